//! Which claims still stand: a claim graph read as an argumentation framework.
//!
//! [`ClaimGraph::dispute`] derives a Dung [`ArgumentationFramework`] from the graph:
//!
//! - every claim and every rebuttal is an argument, named by its id (`C0`, `R3`);
//! - a rebuttal attacks each statement it answers, except dismissals when
//!   [`Dismissals::Ignore`] is chosen (a dismissal waves a claim away without engaging with it;
//!   whether that should count is a modelling choice, so it is an option, counted by default);
//! - an accusation and the accused's denial of it attack each other
//!   ([`Denials::Mutual`], the default): the accusation contradicts the denial as much as the
//!   denial contradicts it. "The accused" includes whoever speaks for it or is part of it at
//!   the time of the denial, following speaks-for and part-of relations whose validity
//!   contains the denial's date: Peskov speaks for the Kremlin, which speaks for Russia, so his
//!   denial is Russia's. With [`Denials::OneWay`] the denial only attacks;
//! - support links ([`Support`](crate::Support)) are not attacks and do not enter a Dung
//!   framework; they are kept in the graph for bipolar readings.
//!
//! The semantics of [`Semantics`] then say which statements stand: [`Dispute::statuses`]
//! gives each statement's [`ArgumentStatus`] (accepted in every extension, in some, or in
//! none), [`Dispute::explain`] says why, with the attackers and defenders named, and
//! [`ClaimGraph::status_history`] gives a statement's status at every date where it changed.
//!
//! # Time
//!
//! [`DeriveOptions::as_of`] keeps only the statements made by a date. A statement counts as
//! made by `t` when its date sorts at or before `t` in the timeline order of
//! [`PartialDate`]: a claim dated `2023-11` is in the dispute from `2023-11` on, including as
//! of `2023-11-20` (a month counts from its start). Undated statements cannot be placed in time
//! and are left out of every dated view. This is the order a history needs: a rebuttal cannot
//! come before what it answers, so a claim of November stands before an answer of the 20th.
//!
//! To use the query layer's notion of time instead, derive from a [`View`]:
//! [`View::dispute`](View::dispute) keeps the statements that pass the view's time
//! filters (as of a date or within a window, with [`Certainty::Certain`](crate::Certainty) by
//! default: a claim dated `2023-11` is then *not* in the view as of `2023-11-20`).
//!
//! ```
//! use claimgraph::*;
//! use claimgraph::argumentation::*;
//! use claimgraph::dispute::*;
//! let mut g = ClaimGraph::new();
//! let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
//! let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
//! let c = g.add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("smuggling"))
//!     .with_about(russia).with_stated("2023-11".parse().unwrap()))?;
//! let r = g.add_rebuttal(Rebuttal::new(russia, RebuttalKind::Denial, c)
//!     .with_stated("2023-11-20".parse().unwrap()))?;
//! let d = g.dispute(DeriveOptions::default());
//! // Accusation and denial attack each other: under grounded semantics neither stands.
//! assert_eq!(d.status(c.into(), Semantics::Grounded), Some(ArgumentStatus::Rejected));
//! assert_eq!(d.status(c.into(), Semantics::Preferred), Some(ArgumentStatus::Credulous));
//! // Before the denial, the accusation stood unopposed.
//! let history = g.status_history(c.into(), Semantics::Grounded, DeriveOptions::default());
//! let shown: Vec<String> = history.iter().map(|h| format!("{} {:?}", h.at, h.status)).collect();
//! assert_eq!(shown, ["2023-11 Skeptical", "2023-11-20 Rejected"]);
//! # let _ = r;
//! # Ok::<(), claimgraph::Error>(())
//! ```

use crate::argumentation::{
    Acceptance, ArgumentId, ArgumentStatus, ArgumentationFramework, Explanation, Label, Reason,
    Semantics,
};
use crate::query::View;
use crate::{
    ActorId, ClaimGraph, PartialDate, RebuttalKind, RelationKind, SpeechAct, StatementId, TimeOrder,
};
use std::collections::BTreeSet;
use std::fmt;

/// Whether a dismissal ("far-fetched") counts as an attack on what it dismisses.
///
/// ```
/// use claimgraph::dispute::{DeriveOptions, Dismissals};
/// let options = DeriveOptions::default().dismissals(Dismissals::Ignore);
/// # let _ = options;
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Dismissals {
    /// A dismissal attacks what it dismisses, like any rebuttal.
    #[default]
    Attack,
    /// A dismissal is an argument but attacks nothing.
    Ignore,
}

crate::names::names! {
    Dismissals in "claimgraph::dispute", "treatment of dismissals";
    Attack => "attack",
    Ignore => "ignore",
}

/// How an accusation and the accused's denial of it relate.
///
/// ```
/// use claimgraph::dispute::{DeriveOptions, Denials};
/// let options = DeriveOptions::default().denials(Denials::OneWay);
/// # let _ = options;
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Denials {
    /// They attack each other.
    #[default]
    Mutual,
    /// Only the denial attacks.
    OneWay,
}

crate::names::names! {
    Denials in "claimgraph::dispute", "treatment of denials";
    Mutual => "mutual",
    OneWay => "one_way",
}

/// How to derive a framework from a claim graph. By value: `DeriveOptions::default()`
/// followed by setters.
///
/// ```
/// use claimgraph::dispute::{DeriveOptions, Dismissals};
/// let options = DeriveOptions::default()
///     .dismissals(Dismissals::Ignore)
///     .as_of("2023-11-20".parse().unwrap());
/// assert_eq!(options.date().unwrap().to_string(), "2023-11-20");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeriveOptions {
    dismissals: Dismissals,
    denials: Denials,
    as_of: Option<PartialDate>,
}

impl DeriveOptions {
    /// Sets whether dismissals attack.
    ///
    /// ```
    /// use claimgraph::dispute::{DeriveOptions, Dismissals};
    /// let o = DeriveOptions::default().dismissals(Dismissals::Ignore);
    /// # let _ = o;
    /// ```
    #[must_use]
    pub fn dismissals(mut self, dismissals: Dismissals) -> Self {
        self.dismissals = dismissals;
        self
    }

    /// Sets how accusations and the accused's denials relate.
    ///
    /// ```
    /// use claimgraph::dispute::{DeriveOptions, Denials};
    /// let o = DeriveOptions::default().denials(Denials::OneWay);
    /// # let _ = o;
    /// ```
    #[must_use]
    pub fn denials(mut self, denials: Denials) -> Self {
        self.denials = denials;
        self
    }

    /// Keeps only the statements made by `date` (see the [module docs](crate::dispute)).
    ///
    /// ```
    /// use claimgraph::dispute::DeriveOptions;
    /// let o = DeriveOptions::default().as_of("2023".parse().unwrap());
    /// assert!(o.date().is_some());
    /// ```
    #[must_use]
    pub fn as_of(mut self, date: PartialDate) -> Self {
        self.as_of = Some(date);
        self
    }

    /// The as-of date, if one is set.
    ///
    /// ```
    /// use claimgraph::dispute::DeriveOptions;
    /// assert!(DeriveOptions::default().date().is_none());
    /// ```
    pub fn date(&self) -> Option<PartialDate> {
        self.as_of
    }
}

/// A claim graph read as an argumentation framework: the framework, and the map between
/// statements and arguments. Made by [`ClaimGraph::dispute`].
///
/// ```
/// use claimgraph::*;
/// use claimgraph::dispute::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
/// let d = g.dispute(DeriveOptions::default());
/// let arg = d.argument(c.into()).unwrap();
/// assert_eq!(d.statement(arg), Some(c.into()));
/// assert_eq!(d.framework().name(arg), "C0");
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Dispute<'g> {
    graph: &'g ClaimGraph,
    framework: ArgumentationFramework,
    /// Statement of each argument, by argument index; sorted, since claims come first and
    /// each kind in id order.
    statements: Vec<StatementId>,
}

impl ClaimGraph {
    /// Derives the argumentation framework of the dispute (see the [module docs](crate::dispute)).
    ///
    /// # Complexity
    /// `O(n + m)` for `n` statements and `m` answers, plus the relations followed to find
    /// who speaks for the accused.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::dispute::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Undercut, c))?;
    /// let d = g.dispute(DeriveOptions::default());
    /// assert_eq!(d.framework().len(), 2);
    /// assert_eq!(d.framework().attack_count(), 1);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn dispute(&self, options: DeriveOptions) -> Dispute<'_> {
        self.dispute_of(options, |date| match options.as_of {
            None => true,
            Some(t) => date.is_some_and(|d| d <= t),
        })
    }

    /// Derives the framework over the statements whose date `keep` accepts.
    pub(crate) fn dispute_of(
        &self,
        options: DeriveOptions,
        keep: impl Fn(Option<PartialDate>) -> bool,
    ) -> Dispute<'_> {
        let mut statements: Vec<StatementId> = Vec::new();
        statements.extend(
            self.claims()
                .filter(|(_, c)| keep(c.stated()))
                .map(|(id, _)| StatementId::from(id)),
        );
        statements.extend(
            self.rebuttals()
                .filter(|(_, r)| keep(r.stated()))
                .map(|(id, _)| StatementId::from(id)),
        );
        let mut framework =
            ArgumentationFramework::with_capacity(statements.len(), statements.len());
        for s in &statements {
            framework.add_argument(s.to_string());
        }
        let arg = |s: StatementId| {
            statements
                .binary_search(&s)
                .ok()
                .map(|i| ArgumentId::new(i as u32))
        };
        for (rid, r) in self.rebuttals() {
            let Some(attacker) = arg(rid.into()) else {
                continue;
            };
            if r.kind() == RebuttalKind::Dismissal && options.dismissals == Dismissals::Ignore {
                continue;
            }
            for &answered in r.answers() {
                let Some(target) = arg(answered) else {
                    continue;
                };
                // Both arguments exist, so adding the attack cannot fail.
                let _ = framework.add_attack(attacker, target);
                if options.denials == Denials::Mutual
                    && r.kind() == RebuttalKind::Denial
                    && let StatementId::Claim(cid) = answered
                    && let Some(claim) = self.claim(cid)
                    && claim.act() == SpeechAct::Accusation
                    && self.acts_for_any(r.by(), claim.about(), r.stated())
                {
                    let _ = framework.add_attack(target, attacker);
                }
            }
        }
        Dispute {
            graph: self,
            framework,
            statements,
        }
    }

    /// Whether `actor` is one of `principals`, or speaks for or is part of one of them (through
    /// any chain of such relations valid at `at`). Iterative, with a visited set.
    fn acts_for_any(
        &self,
        actor: ActorId,
        principals: &[ActorId],
        at: Option<PartialDate>,
    ) -> bool {
        let mut seen = BTreeSet::from([actor]);
        let mut stack = vec![actor];
        while let Some(a) = stack.pop() {
            if principals.contains(&a) {
                return true;
            }
            for (_, rel) in self.relations_of(a) {
                let holds = match at {
                    Some(t) => !matches!(
                        rel.valid().contains(&t),
                        TimeOrder::Before | TimeOrder::After
                    ),
                    None => true,
                };
                if rel.from() == a
                    && matches!(rel.kind(), RelationKind::SpeaksFor | RelationKind::PartOf)
                    && holds
                    && seen.insert(rel.to())
                {
                    stack.push(rel.to());
                }
            }
        }
        false
    }

    /// The status of `statement` under `semantics` at every date where it changed: when it
    /// was made, and after each later statement that changed it. Statements are placed by
    /// their dates as the [module docs](crate::dispute) say; undated ones are left out.
    ///
    /// # Complexity
    /// One derivation and one semantics call per distinct date at or after the statement's
    /// own: `O(k (n + m))` for grounded semantics over `k` dates.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::*;
    /// use claimgraph::dispute::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023-01".parse().unwrap()))?;
    /// let r = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Undercut, c)
    ///     .with_stated("2023-02".parse().unwrap()))?;
    /// g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, r)
    ///     .with_stated("2023-03".parse().unwrap()))?;
    /// let h = g.status_history(c.into(), Semantics::Grounded, DeriveOptions::default());
    /// let shown: Vec<String> = h.iter().map(|s| format!("{} {:?}", s.at, s.status)).collect();
    /// assert_eq!(shown, ["2023-01 Skeptical", "2023-02 Rejected", "2023-03 Skeptical"]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn status_history(
        &self,
        statement: StatementId,
        semantics: Semantics,
        options: DeriveOptions,
    ) -> Vec<StatusChange> {
        let Some(start) = self.statement(statement).and_then(|s| s.stated()) else {
            return Vec::new();
        };
        let mut dates: Vec<PartialDate> = self
            .claims()
            .filter_map(|(_, c)| c.stated())
            .chain(self.rebuttals().filter_map(|(_, r)| r.stated()))
            .filter(|d| *d >= start && options.as_of.is_none_or(|t| *d <= t))
            .collect();
        dates.sort_unstable();
        dates.dedup();
        let mut history: Vec<StatusChange> = Vec::new();
        for at in dates {
            let d = self.dispute(options.as_of(at));
            if let Some(status) = d.status(statement, semantics)
                && history.last().is_none_or(|h| h.status != status)
            {
                history.push(StatusChange { at, status });
            }
        }
        history
    }
}

/// A statement's status from a date on: one step of [`ClaimGraph::status_history`].
///
/// ```
/// use claimgraph::argumentation::ArgumentStatus;
/// use claimgraph::dispute::StatusChange;
/// let s = StatusChange { at: "2023-11-20".parse().unwrap(), status: ArgumentStatus::Rejected };
/// assert_eq!(s.to_string(), "2023-11-20: rejected");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusChange {
    /// From when.
    pub at: PartialDate,
    /// The status from then on.
    pub status: ArgumentStatus,
}

impl fmt::Display for StatusChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.status)
    }
}

impl<'g> Dispute<'g> {
    /// The derived framework, arguments named by statement id.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph};
    /// use claimgraph::dispute::DeriveOptions;
    /// assert!(ClaimGraph::new().dispute(DeriveOptions::default()).framework().is_empty());
    /// ```
    pub fn framework(&self) -> &ArgumentationFramework {
        &self.framework
    }

    /// The argument standing for `statement`; `None` when the statement is not in the
    /// dispute (unknown, or made after the as-of date).
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, ClaimId};
    /// use claimgraph::dispute::DeriveOptions;
    /// let g = ClaimGraph::new();
    /// assert!(g.dispute(DeriveOptions::default()).argument(ClaimId::new(0).into()).is_none());
    /// ```
    pub fn argument(&self, statement: StatementId) -> Option<ArgumentId> {
        self.statements
            .binary_search(&statement)
            .ok()
            .map(|i| ArgumentId::new(i as u32))
    }

    /// The statement an argument stands for.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph};
    /// use claimgraph::argumentation::ArgumentId;
    /// use claimgraph::dispute::DeriveOptions;
    /// let g = ClaimGraph::new();
    /// assert!(g.dispute(DeriveOptions::default()).statement(ArgumentId::new(0)).is_none());
    /// ```
    pub fn statement(&self, argument: ArgumentId) -> Option<StatementId> {
        self.statements.get(argument.index() as usize).copied()
    }

    /// The statements in the dispute, claims first, each kind in id order.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph};
    /// use claimgraph::dispute::DeriveOptions;
    /// assert!(ClaimGraph::new().dispute(DeriveOptions::default()).statements().is_empty());
    /// ```
    pub fn statements(&self) -> &[StatementId] {
        &self.statements
    }

    /// Every statement's status under `semantics`, in the order of
    /// [`statements`](Self::statements).
    ///
    /// # Complexity
    /// Linear for grounded; for the other semantics, that of
    /// [`ArgumentationFramework::statuses`].
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::*;
    /// use claimgraph::dispute::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let d = g.dispute(DeriveOptions::default());
    /// assert_eq!(d.statuses(Semantics::Grounded), [(c.into(), ArgumentStatus::Skeptical)]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn statuses(&self, semantics: Semantics) -> Vec<(StatementId, ArgumentStatus)> {
        self.statements
            .iter()
            .copied()
            .zip(self.framework.statuses(semantics))
            .collect()
    }

    /// One statement's status under `semantics`; `None` when it is not in the dispute.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::*;
    /// use claimgraph::dispute::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let d = g.dispute(DeriveOptions::default());
    /// assert_eq!(d.status(c.into(), Semantics::Preferred), Some(ArgumentStatus::Skeptical));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn status(&self, statement: StatementId, semantics: Semantics) -> Option<ArgumentStatus> {
        let a = self.argument(statement)?;
        // Skeptical and credulous acceptance of one argument, without computing every status.
        let accepted = |how| {
            self.framework
                .is_accepted(a, semantics, how)
                .unwrap_or(false)
        };
        // Credulous first: it fails when there is no extension at all, which is exactly when
        // skeptical acceptance would hold vacuously; otherwise skeptical implies credulous.
        Some(if !accepted(Acceptance::Credulous) {
            ArgumentStatus::Rejected
        } else if accepted(Acceptance::Skeptical) {
            ArgumentStatus::Skeptical
        } else {
            ArgumentStatus::Credulous
        })
    }

    /// Why `statement` has its label under `semantics` (in the grounded or ideal labelling,
    /// or in the first extension found for the others), with attackers and defenders named
    /// by statement and author. `None` when the statement is not in the dispute or the
    /// semantics has no extension.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::*;
    /// use claimgraph::dispute::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Undermine, c))?;
    /// let d = g.dispute(DeriveOptions::default());
    /// let why = d.explain(c.into(), Semantics::Grounded).unwrap();
    /// assert_eq!(why.label(), Label::Out);
    /// assert_eq!(why.to_string(), "C0 (Finland) is OUT: defeated by R0 (Russia), which is IN");
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn explain(
        &self,
        statement: StatementId,
        semantics: Semantics,
    ) -> Option<StatementExplanation<'_, 'g>> {
        let a = self.argument(statement)?;
        let explanation = self.framework.explain_under(a, semantics).ok()??;
        Some(StatementExplanation {
            dispute: self,
            explanation,
        })
    }

    fn describe(&self, a: ArgumentId) -> String {
        match self.statement(a) {
            Some(s) => {
                let who = self
                    .graph
                    .statement(s)
                    .and_then(|st| self.graph.actor(st.author()))
                    .map_or("?", crate::Actor::name);
                format!("{s} ({who})")
            }
            None => a.to_string(),
        }
    }
}

/// Why a statement stands or falls: the framework's [`Explanation`], told with statement ids
/// and authors. Made by [`Dispute::explain`].
///
/// ```
/// use claimgraph::*;
/// use claimgraph::argumentation::*;
/// use claimgraph::dispute::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
/// let d = g.dispute(DeriveOptions::default());
/// let why = d.explain(c.into(), Semantics::Grounded).unwrap();
/// assert_eq!(why.to_string(), "C0 (A) is IN: nothing attacks it");
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct StatementExplanation<'d, 'g> {
    dispute: &'d Dispute<'g>,
    explanation: Explanation,
}

impl StatementExplanation<'_, '_> {
    /// The label explained.
    ///
    /// ```
    /// # use claimgraph::*;
    /// use claimgraph::argumentation::*;
    /// use claimgraph::dispute::*;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let d = g.dispute(DeriveOptions::default());
    /// assert_eq!(d.explain(c.into(), Semantics::Grounded).unwrap().label(), Label::In);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn label(&self) -> Label {
        self.explanation.label
    }

    /// The explanation in terms of arguments, as data.
    ///
    /// ```
    /// # use claimgraph::*;
    /// use claimgraph::argumentation::*;
    /// use claimgraph::dispute::*;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let d = g.dispute(DeriveOptions::default());
    /// let why = d.explain(c.into(), Semantics::Grounded).unwrap();
    /// assert!(matches!(why.explanation().reason, Reason::In { .. }));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn explanation(&self) -> &Explanation {
        &self.explanation
    }
}

impl fmt::Display for StatementExplanation<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.dispute;
        let e = &self.explanation;
        write!(f, "{} is {}: ", d.describe(e.argument), e.label)?;
        match &e.reason {
            Reason::In { defences } if defences.is_empty() => f.write_str("nothing attacks it"),
            Reason::In { defences } => {
                f.write_str("every attacker is answered: ")?;
                for (i, def) in defences.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    match def.defender {
                        Some(x) => write!(f, "{} by {}", d.describe(def.attacker), d.describe(x))?,
                        None => write!(f, "{} (unanswered)", d.describe(def.attacker))?,
                    }
                }
                Ok(())
            }
            Reason::Out {
                defeated_by: Some(x),
            } => write!(f, "defeated by {}, which is IN", d.describe(*x)),
            Reason::Out { defeated_by: None } => f.write_str("attacked by an accepted statement"),
            Reason::Undec {
                undecided_attackers,
            } => {
                f.write_str("undecided, as are its attackers ")?;
                let names: Vec<String> =
                    undecided_attackers.iter().map(|&x| d.describe(x)).collect();
                f.write_str(&names.join(", "))
            }
        }
    }
}

impl<'g> View<'g> {
    /// Derives the argumentation framework from the statements that pass this view's time
    /// filters (as of, window, certainty); the other filters choose what queries list and do
    /// not change what stands. `options.as_of`, if set, is ignored here: the view decides.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::*;
    /// use claimgraph::dispute::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023-11".parse()?))?;
    /// g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Undercut, c).with_stated("2023-11-20".parse()?))?;
    /// let certain = g.as_of("2023-11-20".parse()?).dispute(DeriveOptions::default());
    /// assert_eq!(certain.statements().len(), 1); // November may come after the 20th
    /// let possible = g.as_of("2023-11-20".parse()?).certainty(Certainty::Possible)
    ///     .dispute(DeriveOptions::default());
    /// assert_eq!(possible.status(c.into(), Semantics::Grounded), Some(ArgumentStatus::Rejected));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn dispute(&self, options: DeriveOptions) -> Dispute<'g> {
        let view = *self;
        self.graph()
            .dispute_of(options, move |date| view.in_time_of(date))
    }
}

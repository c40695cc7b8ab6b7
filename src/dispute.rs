//! The plain reading of a dispute: every answer an attack, as a Dung framework.
//!
//! For verdicts an analyst can defend (evidence, graded sources, confidence, preferences,
//! kinds of attack), use [`verdict`](crate::verdict); this module is the plain reading that
//! researchers and ICCMA solvers expect, where the last unanswered word wins.
//!
//! The [`query`](crate::query) layer says who said what, when, and who answered; this layer
//! says what survives the exchange. [`ClaimGraph::dispute`] (or [`View::dispute`], for the
//! dispute as a view sees it) derives a Dung [`ArgumentationFramework`] from the graph, and
//! the semantics of the [`argumentation`](crate::argumentation) layer then decide which
//! statements stand.
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
//!
//! # The derivation
//!
//! - Every claim and every rebuttal in the dispute is an argument, named by its id (`C0`,
//!   `R3`). Arguments follow [`Dispute::statements`]: claims first, then rebuttals, each kind
//!   in id order, so argument `i` is the `i`-th statement, and the same graph always gives the
//!   same framework.
//! - A rebuttal attacks each statement it answers, except dismissals when
//!   [`Dismissals::Ignore`] is chosen (a dismissal waves a claim away without engaging with it;
//!   whether that should count is a modelling choice, so it is an option, counted by default).
//! - An accusation and the accused's denial of it attack each other
//!   ([`Denials::Mutual`], the default): the accusation contradicts the denial as much as the
//!   denial contradicts it. The denial is the accused's when its author answers for the
//!   accused by the crate's one rule of affiliation
//!   ([affiliation and time](crate::query#affiliation-and-time)): Peskov speaks for the
//!   Kremlin, which speaks for Russia, so his denial is Russia's; a denial by the ministry a
//!   brigade is part of is the brigade's. A third party's denial, and every denial under
//!   [`Denials::OneWay`], only attacks.
//! - Support links ([`Support`](crate::Support)) are not attacks and do not enter a Dung
//!   framework; they are kept in the graph for bipolar readings.
//!
//! # Which question, which method
//!
//! | question | method | cost |
//! |---|---|---|
//! | Does this statement stand? | [`Dispute::status`] | credulous acceptance, then skeptical only if it holds; complete, preferred and ideal look only at what can reach the statement |
//! | Which statements stand? | [`Dispute::statuses`] | [`ArgumentationFramework::statuses`]: every status in one call, cheaper than asking one by one |
//! | Why does it stand or fall? | [`Dispute::explain`] | one extension, then the attackers and defenders of the statement, named by statement and author |
//! | Since when? | [`ClaimGraph::status_history`] | one derivation and one status per date on which something was said |
//! | Anything else the semantics can say (extensions, strengths, files) | [`Dispute::framework`] with [`Dispute::argument`] and [`Dispute::statement`] | see [`argumentation`](crate::argumentation) |
//!
//! [`ArgumentStatus::Skeptical`] means the statement stands in every extension (for grounded
//! semantics, simply that it stands), [`ArgumentStatus::Credulous`] that it stands on some
//! coherent reading but not on all, [`ArgumentStatus::Rejected`] that it stands on none.
//!
//! # Time
//!
//! [`DeriveOptions::as_of`] keeps the statements that exist at a date, by the crate's one
//! "as of" rule ([affiliation and time](crate::query#affiliation-and-time)): what a view as
//! of that date sees, so `status --as-of D` and `timeline --as-of D` list the same
//! statements. [`View::dispute`] derives from any view (a window, [`Certainty::Possible`](crate::Certainty)).
//!
//! A status history ([`ClaimGraph::status_history`]) asks a different question: not "what
//! existed at D" but "what had been said up to this point of the timeline". It steps through
//! the timeline order of [`PartialDate`], in which a month sorts before the days within it: a
//! claim dated `2023-11` stands from `2023-11`, and an answer of `2023-11-20` comes after it.
//! Undated statements cannot be placed in the timeline and are left out of a history.
//!
//! # Complexity and determinism
//!
//! Deriving the framework takes `O((n + m) log n)` for `n` statements and `m` answers, plus
//! the relations walked to find who speaks for the accused; asking the semantics costs what
//! the [`argumentation`](crate::argumentation) layer says (linear for grounded). Everything is
//! deterministic: the same graph gives the same framework, the same statuses and the same
//! explanations on every run.
//!
//! # Cookbook
//!
//! Which statements of the reference scenario stand, and why does the Finnish accusation
//! fall?
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use claimgraph::*;
//! use claimgraph::argumentation::{ArgumentStatus, Semantics};
//! use claimgraph::dispute::DeriveOptions;
//! let json = std::fs::read_to_string("examples/scenarios/finland-russia-2023.json").unwrap();
//! let g = ClaimGraph::from_json(&json).unwrap();
//! let d = g.dispute(DeriveOptions::default());
//! let standing: Vec<String> = d.statuses(Semantics::Grounded).into_iter()
//!     .filter(|&(_, status)| status == ArgumentStatus::Skeptical)
//!     .map(|(s, _)| s.to_string()).collect();
//! assert!(standing.contains(&"R1".to_string())); // "used by those who have the right": unanswered
//! let finnish = g.claims().find(|(_, c)| c.allegation().text().contains("smuggling")).unwrap().0;
//! let why = d.explain(finnish.into(), Semantics::Grounded).unwrap();
//! assert_eq!(why.to_string(), "C0 (Finnish government) is OUT: defeated by R0 (Dmitry Peskov), which is IN");
//! # }
//! ```

use crate::argumentation::{
    Acceptance, ArgumentId, ArgumentStatus, ArgumentationFramework, Explanation, Label, Labelling,
    Reason, Semantics,
};
use crate::query::{Roll, View};
use crate::{ClaimGraph, PartialDate, RebuttalKind, SpeechAct, StatementId, Target};
use std::fmt;
use std::sync::OnceLock;

/// Whether a dismissal ("far-fetched") counts as an attack on what it dismisses.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::dispute::{DeriveOptions, Dismissals};
/// let mut g = ClaimGraph::new();
/// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
/// let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
/// let c = g.add_claim(Claim::new(finland, SpeechAct::Assertion, Allegation::new("smuggling")))?;
/// g.add_rebuttal(Rebuttal::new(peskov, RebuttalKind::Dismissal, c).with_text("far-fetched"))?;
/// let counted = g.dispute(DeriveOptions::default());
/// let ignored = g.dispute(DeriveOptions::default().dismissals(Dismissals::Ignore));
/// assert_eq!((counted.framework().attack_count(), ignored.framework().attack_count()), (1, 0));
/// # Ok::<(), claimgraph::Error>(())
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
/// use claimgraph::*;
/// use claimgraph::argumentation::{ArgumentStatus, Semantics};
/// use claimgraph::dispute::{DeriveOptions, Denials};
/// let mut g = ClaimGraph::new();
/// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
/// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("smuggling"))
///     .with_about(russia))?;
/// g.add_rebuttal(Rebuttal::new(russia, RebuttalKind::Denial, c))?;
/// // A bare denial defeats the accusation only if the accusation does not answer it back.
/// let one_way = g.dispute(DeriveOptions::default().denials(Denials::OneWay));
/// assert_eq!(one_way.status(c.into(), Semantics::Grounded), Some(ArgumentStatus::Rejected));
/// let mutual = g.dispute(DeriveOptions::default());
/// assert_eq!(mutual.status(c.into(), Semantics::Preferred), Some(ArgumentStatus::Credulous));
/// # Ok::<(), claimgraph::Error>(())
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
    /// Sets whether dismissals attack ([`Dismissals`] shows the difference).
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::{ArgumentStatus, Semantics};
    /// use claimgraph::dispute::{DeriveOptions, Dismissals};
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    /// let c = g.add_claim(Claim::new(finland, SpeechAct::Assertion, Allegation::new("smuggling")))?;
    /// g.add_rebuttal(Rebuttal::new(peskov, RebuttalKind::Dismissal, c))?;
    /// // Does the claim stand if waving it away is not an argument?
    /// let d = g.dispute(DeriveOptions::default().dismissals(Dismissals::Ignore));
    /// assert_eq!(d.status(c.into(), Semantics::Grounded), Some(ArgumentStatus::Skeptical));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    #[must_use]
    pub fn dismissals(mut self, dismissals: Dismissals) -> Self {
        self.dismissals = dismissals;
        self
    }

    /// Sets how accusations and the accused's denials relate ([`Denials`] shows the
    /// difference).
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::dispute::{DeriveOptions, Denials};
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("smuggling"))
    ///     .with_about(russia))?;
    /// g.add_rebuttal(Rebuttal::new(russia, RebuttalKind::Denial, c))?;
    /// let d = g.dispute(DeriveOptions::default().denials(Denials::OneWay));
    /// assert_eq!(d.framework().attack_count(), 1); // the denial's attack only
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    #[must_use]
    pub fn denials(mut self, denials: Denials) -> Self {
        self.denials = denials;
        self
    }

    /// Keeps only the statements that exist at `date` by the one "as of" rule of the crate
    /// (see [affiliation and time](crate::query#affiliation-and-time)): certainly stated by
    /// then. The same statements as `g.as_of(date)` sees; undated statements are left out.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::dispute::DeriveOptions;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("smuggling"))
    ///     .with_about(russia).with_stated("2023-11".parse()?))?;
    /// g.add_rebuttal(Rebuttal::new(russia, RebuttalKind::Denial, c).with_stated("2023-11-20".parse()?))?;
    /// let before = g.dispute(DeriveOptions::default().as_of("2023-11-19".parse()?));
    /// assert!(before.statements().is_empty()); // the claim of November may come later
    /// let then = g.dispute(DeriveOptions::default().as_of("2023-11".parse()?));
    /// assert_eq!(then.statements().len(), 2); // both were certainly made in November
    /// assert_eq!(then.statements().len(), g.as_of("2023-11".parse()?).claims().count()
    ///     + g.as_of("2023-11".parse()?).rebuttals().count());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
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
    /// // Label a report with the date its dispute was taken at.
    /// let options = DeriveOptions::default().as_of("2023-11-20".parse().unwrap());
    /// let title = options.date().map_or("as recorded".to_string(), |d| format!("as of {d}"));
    /// assert_eq!(title, "as of 2023-11-20");
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
    /// The labelling explanations are told in, per semantics (in `Semantics::ALL` order),
    /// computed on first use: explaining statement after statement solves once, not once each.
    labellings: [OnceLock<Option<Labelling>>; Semantics::ALL.len()],
}

impl ClaimGraph {
    /// Derives the argumentation framework of the dispute (see the [module docs](crate::dispute)).
    ///
    /// # Complexity
    /// `O((n + m) log n)` for `n` statements and `m` answers (each answer finds its argument
    /// by binary search), plus the relations walked to find who speaks for the accused.
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
        // The one "as of" rule, the views' (certainly stated by then): `status --as-of` and
        // `timeline --as-of` see the same statements.
        self.dispute_of(options, |date| {
            options
                .as_of
                .is_none_or(|t| crate::query::exists_at(date, t, crate::Certainty::Certain))
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
        // The one affiliation rule decides whose denial is the accused's, so the layers agree
        // on who answers for whom; one walk caches relations across rebuttals.
        let mut roll = Roll::new(self);
        for (rid, r) in self.rebuttals() {
            let Some(attacker) = arg(rid.into()) else {
                continue;
            };
            if r.kind() == RebuttalKind::Dismissal && options.dismissals == Dismissals::Ignore {
                continue;
            }
            for &answered in r.answers() {
                if let Target::Alternative(claim, _) = answered {
                    // One alternative answered leaves the others standing: the claim falls
                    // only when each of its alternatives is answered.
                    if let Some(target) = arg(claim.into())
                        && self.every_alternative_answered(claim, |_, r| keep(r.stated()))
                    {
                        let _ = framework.add_attack(attacker, target);
                    }
                    continue;
                }
                for bearing in self.resting_on(answered) {
                    if let Some(target) = arg(bearing)
                        && target != attacker
                    {
                        // Both arguments exist, so adding the attack cannot fail.
                        let _ = framework.add_attack(attacker, target);
                    }
                }
                let Some(target) = answered.statement().and_then(arg) else {
                    continue;
                };
                if options.denials == Denials::Mutual
                    && r.kind() == RebuttalKind::Denial
                    && let Target::Claim(cid) = answered
                    && let Some(claim) = self.claim(cid)
                    && claim.act() == SpeechAct::Accusation
                    && claim
                        .about()
                        .iter()
                        .any(|&accused| roll.answers_for(r.by(), accused, r.stated(), true))
                {
                    let _ = framework.add_attack(target, attacker);
                }
            }
        }
        Dispute {
            graph: self,
            framework,
            statements,
            labellings: Default::default(),
        }
    }

    /// The status of `statement` under `semantics` at every date where it changed: when it
    /// was made, and after each later statement that changed it. Statements are placed by
    /// their dates as the [module docs](crate::dispute) say; undated ones are left out.
    ///
    /// # Complexity
    /// One derivation and one [`Dispute::status`] per distinct date at or after the
    /// statement's own: `O(k (n + m) log n)` for grounded semantics over `k` dates.
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
            // A history steps through the timeline order, not through "as of" dates: at
            // `at`, everything that sorts at or before it has been said, so a claim of
            // November stands before the answer of the 20th (see the module's time section).
            let d = self.dispute_of(options, |date| date.is_some_and(|d| d <= at));
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
    /// The derived framework, arguments named by statement id: for anything the
    /// [`argumentation`](crate::argumentation) layer offers beyond statuses and explanations.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::{Format, Gradual};
    /// use claimgraph::dispute::DeriveOptions;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    /// let c = g.add_claim(Claim::new(finland, SpeechAct::Assertion, Allegation::new("smuggling")))?;
    /// g.add_rebuttal(Rebuttal::new(peskov, RebuttalKind::Dismissal, c))?;
    /// let d = g.dispute(DeriveOptions::default());
    /// // How strong is the claim, on a scale, and what would a solver be given?
    /// let strength = Gradual::h_categorizer().evaluate(d.framework());
    /// assert_eq!(strength.score(d.argument(c.into()).unwrap()), 0.5);
    /// let mut apx = Vec::new();
    /// d.framework().write(Format::Apx, &mut apx)?;
    /// assert!(String::from_utf8_lossy(&apx).contains("att(R0,C0)."));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn framework(&self) -> &ArgumentationFramework {
        &self.framework
    }

    /// The argument standing for `statement`; `None` when the statement is not in the
    /// dispute (unknown, undated in a dated dispute, or made after the as-of date).
    ///
    /// # Complexity
    /// `O(log n)` (binary search over the statements).
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::{Acceptance, Semantics};
    /// use claimgraph::dispute::DeriveOptions;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let c = g.add_claim(Claim::new(finland, SpeechAct::Assertion, Allegation::new("smuggling")))?;
    /// let d = g.dispute(DeriveOptions::default());
    /// let a = d.argument(c.into()).unwrap();
    /// assert!(d.framework().is_accepted(a, Semantics::Stable, Acceptance::Skeptical)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn argument(&self, statement: StatementId) -> Option<ArgumentId> {
        self.statements
            .binary_search(&statement)
            .ok()
            .map(|i| ArgumentId::new(i as u32))
    }

    /// The statement an argument stands for; `None` for an id outside the framework.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::Semantics;
    /// use claimgraph::dispute::DeriveOptions;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    /// let c = g.add_claim(Claim::new(finland, SpeechAct::Assertion, Allegation::new("smuggling")))?;
    /// let r = g.add_rebuttal(Rebuttal::new(peskov, RebuttalKind::Undermine, c))?;
    /// let d = g.dispute(DeriveOptions::default());
    /// // Back from the semantics to the graph: the statements a preferred extension holds.
    /// let held: Vec<StatementId> = d.framework().extensions(Semantics::Preferred).next().unwrap()
    ///     .iter().filter_map(|&a| d.statement(a)).collect();
    /// assert_eq!(held, [StatementId::from(r)]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn statement(&self, argument: ArgumentId) -> Option<StatementId> {
        self.statements.get(argument.index() as usize).copied()
    }

    /// The statements in the dispute, claims first, each kind in id order; the `i`-th is
    /// argument `i` of the [`framework`](Self::framework).
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::dispute::DeriveOptions;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let dated = g.add_claim(Claim::new(finland, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023-11".parse()?))?;
    /// g.add_claim(Claim::new(finland, SpeechAct::Assertion, Allegation::new("undated")))?;
    /// let d = g.dispute(DeriveOptions::default().as_of("2023-12".parse()?));
    /// assert_eq!(d.statements(), [StatementId::from(dated)]); // the undated one has no place
    /// # Ok::<(), Box<dyn std::error::Error>>(())
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
    /// # Complexity
    /// One credulous acceptance question, and a skeptical one only when the first holds (see
    /// [`ArgumentationFramework::is_accepted`]); linear for grounded.
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
    /// # Complexity
    /// That of [`ArgumentationFramework::explain_under`]: one extension, then linear.
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
        let explanation = self.framework.explain(self.labelling(semantics)?, a).ok()?;
        Some(StatementExplanation {
            dispute: self,
            explanation,
        })
    }

    /// Every statement's explanation under `semantics`, in the order of
    /// [`statuses`](Self::statuses), from one labelling (the one [`explain`](Self::explain)
    /// uses); empty when the semantics has no extension.
    ///
    /// # Complexity
    ///
    /// One labelling under `semantics`, then `O(n + m)`: explaining statements one by one
    /// would compute the labelling once per statement.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::Semantics;
    /// use claimgraph::dispute::DeriveOptions;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Dismissal, c))?;
    /// let d = g.dispute(DeriveOptions::default());
    /// let lines: Vec<String> =
    ///     d.explain_all(Semantics::Grounded).iter().map(ToString::to_string).collect();
    /// assert_eq!(lines, [
    ///     "C0 (Finland) is OUT: defeated by R0 (Russia), which is IN",
    ///     "R0 (Russia) is IN: nothing attacks it",
    /// ]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn explain_all(&self, semantics: Semantics) -> Vec<StatementExplanation<'_, 'g>> {
        let Some(labelling) = self.labelling(semantics) else {
            return Vec::new();
        };
        self.framework
            .explain_all(labelling)
            .into_iter()
            .map(|explanation| StatementExplanation {
                dispute: self,
                explanation,
            })
            .collect()
    }

    /// The labelling explanations use under `semantics` (the grounded or ideal one, or the
    /// first found), computed once per dispute; `None` when the semantics has no extension.
    fn labelling(&self, semantics: Semantics) -> Option<&Labelling> {
        let i = Semantics::ALL.iter().position(|&s| s == semantics)?;
        self.labellings
            .get(i)?
            .get_or_init(|| self.framework.labellings(semantics).next())
            .as_ref()
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
            // Labellings that are not complete (stage) can leave an argument UNDEC with no
            // UNDEC attacker; say so rather than end on an empty list.
            Reason::Undec {
                undecided_attackers,
            } if undecided_attackers.is_empty() => {
                f.write_str("undecided, though no attacker is IN or undecided")
            }
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
    /// # Complexity
    /// That of [`ClaimGraph::dispute`].
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

#[cfg(test)]
#[allow(clippy::many_single_char_names)] // a, b, x, ... are the usual actor names in tests
mod tests {
    use super::*;
    use crate::{Actor, ActorKind, Allegation, Claim, Interval, Rebuttal, Relation, RelationKind};

    /// An accusation of `b` and a denial by `x`, who speaks for `b` over `valid`.
    fn denial_by_speaker(valid: Interval, denied: Option<&str>) -> bool {
        let mut g = ClaimGraph::new();
        let a = g.add_actor(Actor::new("A", ActorKind::State)).unwrap();
        let b = g.add_actor(Actor::new("B", ActorKind::State)).unwrap();
        let x = g.add_actor(Actor::new("X", ActorKind::Person)).unwrap();
        g.add_relation(Relation::new(x, RelationKind::SpeaksFor, b).with_valid(valid))
            .unwrap();
        let c = g
            .add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))
            .unwrap();
        let mut denial = Rebuttal::new(x, RebuttalKind::Denial, c);
        if let Some(d) = denied {
            denial = denial.with_stated(d.parse().unwrap());
        }
        let r = g.add_rebuttal(denial).unwrap();
        let d = g.dispute(DeriveOptions::default());
        let (ca, ra) = (d.argument(c.into()).unwrap(), d.argument(r.into()).unwrap());
        d.framework().attacks_argument(ca, ra)
    }

    #[test]
    fn a_denial_is_the_accuseds_by_the_query_layers_roll_up_rule() {
        let from = |d: &str| Interval::from_date(d.parse().unwrap());
        // Certainly speaking for B at the time: the denial is B's, and the attack mutual.
        assert!(denial_by_speaker(Interval::ALWAYS, None));
        assert!(denial_by_speaker(from("2023-11"), Some("2023-11-20")));
        // An undated denial follows only relations valid at all times (it used to follow all).
        assert!(!denial_by_speaker(from("2024"), None));
        // A relation that only possibly held is not followed (it used to be).
        assert!(!denial_by_speaker(from("2023-11-20"), Some("2023-11")));
    }

    #[test]
    fn an_undecided_statement_without_undecided_attackers_is_told_so() {
        // A stage labelling is not complete: it can leave an argument UNDEC with no IN and no
        // UNDEC attacker. The text must not end on an empty list of attackers.
        let mut g = ClaimGraph::new();
        let a = g.add_actor(Actor::new("A", ActorKind::State)).unwrap();
        g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))
            .unwrap();
        let d = g.dispute(DeriveOptions::default());
        let told = StatementExplanation {
            dispute: &d,
            explanation: Explanation {
                argument: ArgumentId::new(0),
                label: Label::Undec,
                reason: Reason::Undec {
                    undecided_attackers: Vec::new(),
                },
            },
        };
        assert_eq!(
            told.to_string(),
            "C0 (A) is UNDEC: undecided, though no attacker is IN or undecided"
        );
    }
}

//! What a check returns: a [`Report`] of [`Diagnostic`]s, each with a [`Severity`].

use super::lint::Lint;
use crate::{Certainty, EntityId};

/// How serious a finding is, least first, so the worst of a report is its `max`.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::check::Severity;
/// let mut g = ClaimGraph::new();
/// g.add_event(Event::new("closures take effect"))?; // an orphan event: info
/// let report = g.check(&check::Config::default());
/// let worst = report.iter().map(|d| d.severity()).max();
/// assert_eq!(worst, Some(Severity::Info));
/// assert!(worst < Some(Severity::Warning));
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth knowing; not suspect.
    Info,
    /// Suspect: probably wrong data.
    Warning,
    /// Denied by configuration: a build or pipeline should fail.
    Error,
}
crate::names::names! {
    Severity in "claimgraph::check", "severity";
    Info => "info",
    Warning => "warning",
    Error => "error"
}

impl Severity {
    /// One step less serious; `Info` stays `Info`. What
    /// [`PossibleFindings::Demote`](super::PossibleFindings::Demote) does to a finding that
    /// only partial dates make possible.
    ///
    /// ```
    /// use claimgraph::check::Severity;
    /// let steps: Vec<Severity> = std::iter::successors(Some(Severity::Error), |s| {
    ///     Some(s.demoted()).filter(|d| d != s)
    /// }).collect();
    /// assert_eq!(steps, [Severity::Error, Severity::Warning, Severity::Info]);
    /// ```
    #[must_use]
    pub fn demoted(self) -> Self {
        match self {
            Severity::Error => Severity::Warning,
            Severity::Warning | Severity::Info => Severity::Info,
        }
    }
}

/// One finding: which lint, how serious, how certain, what, about which entities, and how to
/// fix it. Plain data, as a compiler's diagnostics are: rendering is separate (`Display`, and
/// [`Report::to_json`] with the `serde` feature).
///
/// ```
/// use claimgraph::*;
/// use claimgraph::check::{lints, Severity};
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
/// let report = g.check(&check::Config::default());
/// let d = &report.diagnostics()[0];
/// assert_eq!(d.lint(), &lints::UNSOURCED_STATEMENT);
/// assert_eq!(d.severity(), Severity::Warning);
/// assert_eq!(d.certainty(), Certainty::Certain);
/// assert_eq!(d.primary(), EntityId::from(c));
/// assert_eq!(d.related(), [EntityId::from(a)]);
/// assert_eq!(d.message(), "C0 (assertion by A, \"x\") by A0 (A) cites no source");
/// assert_eq!(d.help(), "add the source where the statement was made or reported");
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub(super) lint: &'static Lint,
    pub(super) severity: Severity,
    pub(super) certainty: Certainty,
    pub(super) message: String,
    pub(super) primary: EntityId,
    pub(super) related: Vec<EntityId>,
}

impl Diagnostic {
    /// The lint that found it.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::check::Category;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(a))?;
    /// // Only the logic findings: self-accusation, not the missing source.
    /// let report = g.check(&check::Config::default());
    /// let logic: Vec<&str> = report.iter()
    ///     .filter(|d| d.lint().category() == Category::Logic)
    ///     .map(|d| d.lint().name())
    ///     .collect();
    /// assert_eq!(logic, ["self_accusation"]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn lint(&self) -> &'static Lint {
        self.lint
    }

    /// How serious it is, from the lint's level and the finding's certainty.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::check::{lints, Config, Level, Severity};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let strict = Config::default().level(&lints::UNSOURCED_STATEMENT, Level::Deny);
    /// assert_eq!(g.check(&Config::default()).diagnostics()[0].severity(), Severity::Warning);
    /// assert_eq!(g.check(&strict).diagnostics()[0].severity(), Severity::Error);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// Whether it holds for every reading of the dates, or only for some.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023-11".parse()?))?;
    /// g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, c)
    ///     .with_stated("2023-11-20".parse()?))?; // in November, but maybe before the claim
    /// let report = g.check(&check::Config::default());
    /// let early = report.iter().find(|d| d.lint().name() == "rebuttal_before_statement");
    /// assert_eq!(early.map(|d| d.certainty()), Some(Certainty::Possible));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn certainty(&self) -> Certainty {
        self.certainty
    }

    /// What is wrong, naming the entities by id and by what a reader recognises (`A4 (Dmitry
    /// Peskov)`, a claim's act, author and allegation).
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("Kremlin", ActorKind::Institution))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let report = g.check(&check::Config::default());
    /// assert_eq!(report.diagnostics()[0].message(),
    ///     "C0 (assertion by Kremlin, \"x\") by A0 (Kremlin) cites no source");
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The entity the finding is about: where a fix starts.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("y")))?;
    /// // The claims still to source, by id.
    /// let report = g.check(&check::Config::default());
    /// let todo: Vec<String> = report.iter().map(|d| d.primary().to_string()).collect();
    /// assert_eq!(todo, ["C0", "C1"]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn primary(&self) -> EntityId {
        self.primary
    }

    /// Other entities involved, in the order the message names them.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let r = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, c))?;
    /// let report = g.check(&check::Config::default());
    /// let own = report.iter().find(|d| d.lint().name() == "self_rebuttal").unwrap();
    /// assert_eq!(own.primary(), EntityId::from(r));
    /// assert_eq!(own.related(), [EntityId::from(c), EntityId::from(a)]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn related(&self) -> &[EntityId] {
        &self.related
    }

    /// How to fix it: the lint's [`help`](Lint::help).
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("y")))?;
    /// // One hint per lint, however many findings it has (the report is in lint order).
    /// let report = g.check(&check::Config::default());
    /// let mut hints: Vec<&str> = report.iter().map(|d| d.help()).collect();
    /// hints.dedup();
    /// assert_eq!(hints, ["add the source where the statement was made or reported"]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn help(&self) -> &'static str {
        self.lint.help
    }

    /// The report's order: lint code, primary id, related ids, message.
    pub(super) fn sort_key(&self) -> (&'static str, EntityId, &[EntityId], &str) {
        (self.lint.code, self.primary, &self.related, &self.message)
    }
}

/// The result of [`ClaimGraph::check`](crate::ClaimGraph::check): diagnostics in a
/// deterministic order (lint code, then primary id, then related ids, then message).
///
/// `Display` renders it as rustc renders its diagnostics; with the `serde` feature,
/// [`Report::to_json`] writes it as JSON.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// assert_eq!(g.check(&check::Config::default()).to_string(), "no findings\n");
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
/// let text = g.check(&check::Config::default()).to_string();
/// assert!(text.starts_with("warning[CG0013] unsourced_statement: C0"));
/// assert!(text.ends_with("0 error(s), 1 warning(s), 0 info\n"));
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub(super) diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The diagnostics, in order, as a slice.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let report = g.check(&check::Config::default());
    /// // The first and the last finding, and how many lie between.
    /// if let [first, middle @ .., last] = report.diagnostics() {
    ///     assert_eq!((first.primary().to_string(), last.primary().to_string()), ("A0".into(), "A1".into()));
    ///     assert!(middle.is_empty());
    /// }
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The diagnostics, in order; `for d in &report` does the same.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let report = g.check(&check::Config::default());
    /// for d in &report {
    ///     assert_eq!(d.lint().name(), "orphan_actor");
    /// }
    /// assert_eq!(report.iter().count(), 1);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.diagnostics.iter()
    }

    /// How many diagnostics.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// for name in ["A", "B", "C"] {
    ///     g.add_actor(Actor::new(name, ActorKind::State))?;
    /// }
    /// assert_eq!(g.check(&check::Config::default()).len(), 3); // three orphan actors
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.diagnostics.len()
    }

    /// Whether there are none: the graph checks clean at this configuration.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::check::{Config, Level};
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("A", ActorKind::State))?;
    /// assert!(!g.check(&Config::default()).is_empty());
    /// assert!(g.check(&Config::default().try_level("orphan_actor", Level::Allow)?).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// How many diagnostics have `severity`.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::check::Severity;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// g.add_event(Event::new("e"))?;
    /// let report = g.check(&check::Config::default());
    /// assert_eq!(report.count(Severity::Warning), 1); // unsourced claim
    /// assert_eq!(report.count(Severity::Info), 1); // orphan event
    /// assert_eq!(report.count(Severity::Error), 0);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// The most serious severity found, if any.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::check::Severity;
    /// let mut g = ClaimGraph::new();
    /// assert_eq!(g.check(&check::Config::default()).worst(), None);
    /// g.add_event(Event::new("e"))?;
    /// assert_eq!(g.check(&check::Config::default()).worst(), Some(Severity::Info));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn worst(&self) -> Option<Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }

    /// Whether any diagnostic is an error: a `Deny` lint fired (the CLI then exits with 1).
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::check::{Config, Level};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert!(!g.check(&Config::default()).has_errors());
    /// let strict = Config::default().try_level("unsourced_statement", Level::Deny)?;
    /// assert!(g.check(&strict).has_errors());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn has_errors(&self) -> bool {
        self.worst() == Some(Severity::Error)
    }
}

impl<'r> IntoIterator for &'r Report {
    type Item = &'r Diagnostic;
    type IntoIter = std::slice::Iter<'r, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

//! Which lints run, at which level: [`Config`] and [`PossibleFindings`].

use super::LINTS;
use super::lint::{Category, Level, Lint, UnknownLint};
use super::report::Severity;
use crate::Certainty;
use std::collections::BTreeMap;

/// What to do with [`Certainty::Possible`] findings: those that hold for some readings of
/// partial dates but not all.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::check::{Config, PossibleFindings, Severity};
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
///     .with_stated("2023-11".parse()?))?;
/// g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, c).with_stated("2023-11-20".parse()?))?;
/// let config = |p| Config::default().try_level("rebuttal_before_statement", check::Level::Deny)
///     .map(|c| c.possible_findings(p));
/// let severity = |p| -> Result<Option<Severity>, check::UnknownLint> {
///     Ok(g.check(&config(p)?).iter()
///         .find(|d| d.lint().name() == "rebuttal_before_statement")
///         .map(|d| d.severity()))
/// };
/// assert_eq!(severity(PossibleFindings::Demote)?, Some(Severity::Warning));
/// assert_eq!(severity(PossibleFindings::Keep)?, Some(Severity::Error));
/// assert_eq!(severity(PossibleFindings::Omit)?, None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PossibleFindings {
    /// Report them one severity lower than the lint's level (the default): a partial date is
    /// not an error.
    #[default]
    Demote,
    /// Report them at the lint's level, like certain ones.
    Keep,
    /// Leave them out.
    Omit,
}

/// Which lints run, at which level, and what to do with possible findings.
///
/// By value, as a builder: each setter takes and returns the configuration. A lint at
/// [`Level::Allow`] is not run at all.
///
/// ```
/// use claimgraph::check::{lints, Config, Level, PossibleFindings};
/// let config = Config::default()
///     .level(&lints::UNSOURCED_STATEMENT, Level::Deny)
///     .try_level("orphan_event", Level::Allow)?
///     .possible_findings(PossibleFindings::Omit);
/// assert_eq!(config.level_of(&lints::UNSOURCED_STATEMENT), Level::Deny);
/// assert_eq!(config.level_of(&lints::SELF_REBUTTAL), Level::Warn);
/// # Ok::<(), claimgraph::check::UnknownLint>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// Levels set by the user, by lint code; the others run at their default level.
    levels: BTreeMap<&'static str, Level>,
    possible: PossibleFindings,
}

impl Config {
    /// Every lint at its default level; possible findings demoted. The same as
    /// `Config::default()`.
    ///
    /// ```
    /// use claimgraph::check::{Config, LINTS};
    /// let config = Config::new();
    /// assert!(LINTS.iter().all(|l| config.level_of(l) == l.default_level()));
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `lint`'s level.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::check::{lints, Config, Level};
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("Hungary", ActorKind::State))?;
    /// let quiet = Config::new().level(&lints::ORPHAN_ACTOR, Level::Allow);
    /// assert_eq!(g.check(&Config::new()).len(), 1);
    /// assert!(g.check(&quiet).is_empty());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    #[must_use]
    pub fn level(mut self, lint: &'static Lint, level: Level) -> Self {
        self.levels.insert(lint.code, level);
        self
    }

    /// Sets the level of the lint with this name or code, as a command line gives them.
    ///
    /// # Errors
    /// [`UnknownLint`] when no lint has that name or code.
    ///
    /// ```
    /// use claimgraph::check::{lints, Config, Level};
    /// let c = Config::new().try_level("CG0016", Level::Deny)?.try_level("orphan_event", Level::Warn)?;
    /// assert_eq!(c.level_of(&lints::ORPHAN_ACTOR), Level::Deny);
    /// assert_eq!(c.level_of(&lints::ORPHAN_EVENT), Level::Warn);
    /// # Ok::<(), claimgraph::check::UnknownLint>(())
    /// ```
    pub fn try_level(self, name_or_code: &str, level: Level) -> Result<Self, UnknownLint> {
        let lint = Lint::find(name_or_code).ok_or_else(|| UnknownLint::new(name_or_code))?;
        Ok(self.level(lint, level))
    }

    /// Sets every lint of `category` to `level`.
    ///
    /// ```
    /// use claimgraph::check::{lints, Category, Config, Level};
    /// let c = Config::new().category(Category::Data, Level::Allow);
    /// assert_eq!(c.level_of(&lints::DUPLICATE_CLAIM), Level::Allow);
    /// assert_eq!(c.level_of(&lints::SELF_REBUTTAL), Level::Warn);
    /// ```
    #[must_use]
    pub fn category(mut self, category: Category, level: Level) -> Self {
        for lint in LINTS.iter().filter(|l| l.category == category) {
            self.levels.insert(lint.code, level);
        }
        self
    }

    /// Sets what to do with [`Certainty::Possible`] findings.
    ///
    /// ```
    /// use claimgraph::check::{Config, PossibleFindings};
    /// let strict = Config::new().possible_findings(PossibleFindings::Keep);
    /// assert_ne!(strict, Config::new());
    /// assert_eq!(strict.possible(), PossibleFindings::Keep);
    /// ```
    #[must_use]
    pub fn possible_findings(mut self, treatment: PossibleFindings) -> Self {
        self.possible = treatment;
        self
    }

    /// What is done with possible findings.
    ///
    /// ```
    /// use claimgraph::check::{Config, PossibleFindings};
    /// // Say in a report's header how partial dates were treated.
    /// let note = match Config::new().possible() {
    ///     PossibleFindings::Demote => "possible findings one severity lower",
    ///     PossibleFindings::Keep => "possible findings at the lint's level",
    ///     PossibleFindings::Omit => "possible findings left out",
    /// };
    /// assert_eq!(note, "possible findings one severity lower");
    /// ```
    pub fn possible(&self) -> PossibleFindings {
        self.possible
    }

    /// The level `lint` runs at under this configuration.
    ///
    /// ```
    /// use claimgraph::check::{Category, Config, Level, LINTS};
    /// let strict = Config::new().category(Category::Time, Level::Deny);
    /// let denied = LINTS.iter().filter(|l| strict.level_of(l) == Level::Deny).count();
    /// // Every time lint, and no other (none is denied by default).
    /// let time = LINTS.iter().filter(|l| l.category() == Category::Time).count();
    /// assert_eq!(denied, time);
    /// assert!(time > 0);
    /// ```
    pub fn level_of(&self, lint: &Lint) -> Level {
        self.levels
            .get(lint.code)
            .copied()
            .unwrap_or(lint.default_level)
    }

    /// The severity a finding of `lint` with `certainty` gets, or `None` when it is not
    /// reported.
    pub(super) fn severity(&self, lint: &Lint, certainty: Certainty) -> Option<Severity> {
        let severity = self.level_of(lint).severity()?;
        match (certainty, self.possible) {
            (Certainty::Certain, _) | (Certainty::Possible, PossibleFindings::Keep) => {
                Some(severity)
            }
            (Certainty::Possible, PossibleFindings::Demote) => Some(severity.demoted()),
            (Certainty::Possible, PossibleFindings::Omit) => None,
        }
    }
}

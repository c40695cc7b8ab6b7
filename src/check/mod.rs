//! Consistency checks: lint-style diagnostics for a dispute, as a compiler's lints are for code.
//!
//! A graph can be legal (every reference resolves) and still be suspect: a rebuttal dated before
//! what it rebuts, an actor accusing itself, a claim with no source, two actors with the same
//! name. [`ClaimGraph::check`] runs every enabled lint over the graph and returns a [`Report`]
//! of [`Diagnostic`]s. Errors stop an operation; diagnostics only describe data.
//!
//! ```
//! use claimgraph::*;
//! let mut g = ClaimGraph::new();
//! let a = g.add_actor(Actor::new("Finland", ActorKind::State))?;
//! let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(a))?;
//! let report = g.check(&CheckConfig::default());
//! let names: Vec<&str> = report.iter().map(|d| d.lint().name()).collect();
//! assert_eq!(names, ["self_accusation", "unsourced_statement"]);
//! assert_eq!(report.diagnostics()[0].primary(), EntityId::from(c));
//! assert!(report.to_string().contains("warning[CG0008]"));
//! # Ok::<(), claimgraph::Error>(())
//! ```
//!
//! # Design
//!
//! - **Diagnostics are plain data**, as in rustc, clippy and codespan: a [`Diagnostic`] holds its
//!   [`Lint`], a [`Severity`], a [`Certainty`], a message naming the entities by id and name
//!   (`A4 (Dmitry Peskov)`), the primary subject, related subjects and a hint for the fix.
//!   Rendering is separate: [`Report`] implements `Display` (rustc-like text) and, with the
//!   `serde` feature, [`Report::to_json`].
//! - **One registry**: every lint is a `static` in [`lints`], listed in
//!   [`LINTS`], with a code, a name, a category, a default [`Level`], a summary
//!   and an explanation. The explanation is the lint's documentation *and* the text
//!   [`Lint::explanation`] returns: one source of text. Each explanation's example is a test.
//! - **Codes are stable**: `CG0001`, `CG0002`, ... are assigned once, in the order lints were
//!   added, and never reused or renumbered. A lint that is withdrawn keeps its code, retired.
//! - **Levels** ([`Level::Allow`], [`Level::Info`], [`Level::Warn`], [`Level::Deny`]) are set
//!   per lint with [`CheckConfig::level`] or [`CheckConfig::try_level`] (by name or code). A lint
//!   at `Allow` is not run at all.
//! - **Partial dates are honest**. When a finding holds only for some readings of partial dates
//!   (a rebuttal of `2023-11-20` against a claim of `2023-11`), it is
//!   [`Certainty::Possible`], and by default demoted one severity ([`PossibleFindings`]): a
//!   possible finding of a `Deny` lint is a warning, of a `Warn` lint an info.
//! - **Deterministic order**: by lint code, then primary id, then related ids, then message.
//! - **Never panics, never recurses**: cycles (support, rebuttal, relation) are found with an
//!   iterative Tarjan; "speaks for" chains are walked with a visited set, so relation cycles end.
//! - **Linear time**: each pass builds its own index (sorted hash keys for duplicates, a map
//!   of lowercase names for collisions, compressed adjacency for cycles) rather than comparing
//!   pairs. The graph is first laid out as a snapshot (each kind in one vector, a direct
//!   id → position table, packed facts for the references lints follow), and the lints that
//!   look at one entity share one sweep per kind: on a million claims the cost is memory
//!   traffic, so each claim is read once.
//!
//! # Performance
//!
//! `cargo bench --bench check` (generated disputes; one actor per 100 claims, half as many
//! rebuttals as claims, default levels; two shared cores):
//!
//! | claims | 10^3 | 10^4 | 10^5 | 10^6 |
//! |---|---|---|---|---|
//! | time | 0.46 ms | 4.3 ms | 70 ms | 1.2 s |
//!
//! The cost per claim stays within a small factor (0.4 to 1.2 µs); what grows at 10^6 is cache
//! misses, as the graph (about a gigabyte) no longer fits in any cache.
//!
//! # Decisions where data could be read two ways
//!
//! - "Speaks for" is followed transitively (Peskov → Kremlin → Russia), each link only while
//!   its relation is valid at the statement's date; "part of" is not followed, since a part
//!   does not commit the whole unless a relation says it speaks for it.
//! - An actor "asserts" with any claim whose act is not a denial, and "denies" with a claim whose
//!   act is [`SpeechAct::Denial`](crate::SpeechAct::Denial) (same allegation text, ignoring case
//!   and spacing, about the same actors) or with a rebuttal of kind
//!   [`RebuttalKind::Denial`](crate::RebuttalKind::Denial) answering the assertion.
//! - An actor rebutting its own statement directly is `self_rebuttal`; through a shared
//!   principal (two spokesmen of one state) it is `asserts_and_denies`.
//! - A source "records" a statement only when its speaker or outlet is the statement's author;
//!   other sources may be evidence, older as a rule, and are not compared with its date.
//! - Events are data in their own right (event datasets hold millions nobody cites), so an
//!   uncited event is information, not a warning.
//!
//! # The reference scenario
//!
//! The Finland–Russia scenario (`examples/finland_russia.rs`) checks with no warning and no
//! error at default levels. Its information-level findings, all honest, are:
//!
//! - possible `rebuttal_before_statement` (three times): Peskov's answers of 2023-11-20 against
//!   the accusation dated only to 2023-11;
//! - possible `cites_later_event`: the accusation (2023-11) cites the announcement of
//!   2023-11-16;
//! - `orphan_event`: the closures taking effect (2023-11-19) are told but cited by no statement.

pub mod lints;
mod passes;
mod render;
mod scc;
mod snapshot;

pub use lints::ALL as LINTS;

use crate::{Certainty, ClaimGraph, EntityId};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// What a lint is about: time, logic, or the data itself.
///
/// ```
/// use claimgraph::{lints, Category};
/// assert_eq!(lints::REBUTTAL_BEFORE_STATEMENT.category(), Category::Time);
/// assert_eq!(Category::Logic.to_string(), "logic");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Dates that cannot all be true: answers before questions, relations used outside their
    /// validity.
    Time,
    /// Positions that contradict themselves: self-accusation, asserting and denying, circles.
    Logic,
    /// Data quality: sources, duplicates, collisions, orphans, unknown codes.
    Data,
}

impl Category {
    /// The category's name: `time`, `logic` or `data`.
    ///
    /// ```
    /// assert_eq!(claimgraph::Category::Data.name(), "data");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Category::Time => "time",
            Category::Logic => "logic",
            Category::Data => "data",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a lint is treated: not run, reported as information, as a warning, or as an error.
///
/// ```
/// use claimgraph::{Level, Severity};
/// assert_eq!("deny".parse::<Level>()?, Level::Deny);
/// assert_eq!(Level::Warn.severity(), Some(Severity::Warning));
/// assert_eq!(Level::Allow.severity(), None);
/// # Ok::<(), claimgraph::UnknownLevel>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// The lint is not run.
    Allow,
    /// Findings are reported as [`Severity::Info`]: worth knowing, not suspect.
    Info,
    /// Findings are reported as [`Severity::Warning`].
    Warn,
    /// Findings are reported as [`Severity::Error`]; the CLI exits with status 1.
    Deny,
}

impl Level {
    /// The severity of a certain finding at this level; `None` for [`Level::Allow`].
    ///
    /// ```
    /// use claimgraph::{Level, Severity};
    /// assert_eq!(Level::Deny.severity(), Some(Severity::Error));
    /// ```
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Allow => None,
            Level::Info => Some(Severity::Info),
            Level::Warn => Some(Severity::Warning),
            Level::Deny => Some(Severity::Error),
        }
    }

    /// The level's name: `allow`, `info`, `warn` or `deny`.
    ///
    /// ```
    /// assert_eq!(claimgraph::Level::Warn.name(), "warn");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Deny => "deny",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A level name that is not `allow`, `info`, `warn` or `deny`.
///
/// ```
/// let err = "loud".parse::<claimgraph::Level>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown level `loud` (expected allow, info, warn or deny)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown level `{0}` (expected allow, info, warn or deny)")]
pub struct UnknownLevel(pub String);

impl FromStr for Level {
    type Err = UnknownLevel;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "allow" => Ok(Level::Allow),
            "info" => Ok(Level::Info),
            "warn" => Ok(Level::Warn),
            "deny" => Ok(Level::Deny),
            _ => Err(UnknownLevel(s.to_owned())),
        }
    }
}

/// How serious a finding is, least first.
///
/// ```
/// use claimgraph::Severity;
/// assert!(Severity::Info < Severity::Error);
/// assert_eq!(Severity::Warning.to_string(), "warning");
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

impl Severity {
    /// The severity's name: `info`, `warning` or `error`.
    ///
    /// ```
    /// assert_eq!(claimgraph::Severity::Error.name(), "error");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// One step less serious; `Info` stays `Info`.
    ///
    /// ```
    /// use claimgraph::Severity;
    /// assert_eq!(Severity::Error.demoted(), Severity::Warning);
    /// assert_eq!(Severity::Info.demoted(), Severity::Info);
    /// ```
    #[must_use]
    pub fn demoted(self) -> Self {
        match self {
            Severity::Error => Severity::Warning,
            Severity::Warning | Severity::Info => Severity::Info,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What to do with [`Certainty::Possible`] findings.
///
/// ```
/// use claimgraph::{CheckConfig, PossibleFindings};
/// let strict = CheckConfig::default().possible_findings(PossibleFindings::Keep);
/// # let _ = strict;
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

/// A lint: a stable code, a name, a category, a default level, a summary and an explanation.
///
/// Lints are `static`s of the crate (see [`lints`]); users read them, they do not
/// make them.
///
/// ```
/// use claimgraph::{Lint, Level};
/// let lint = Lint::find("self_rebuttal").unwrap();
/// assert_eq!(lint.code(), "CG0007");
/// assert_eq!(Lint::find("CG0007"), Some(lint));
/// assert_eq!(lint.default_level(), Level::Warn);
/// assert!(lint.explanation().contains("### Fix"));
/// ```
#[derive(Debug)]
pub struct Lint {
    pub(crate) code: &'static str,
    pub(crate) name: &'static str,
    pub(crate) category: Category,
    pub(crate) default_level: Level,
    pub(crate) summary: &'static str,
    pub(crate) help: &'static str,
    pub(crate) explanation: &'static str,
}

impl Lint {
    /// The stable code, `CG` and four digits; never reused.
    ///
    /// ```
    /// assert_eq!(claimgraph::lints::DUPLICATE_CLAIM.code(), "CG0014");
    /// ```
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The name, in snake case.
    ///
    /// ```
    /// assert_eq!(claimgraph::lints::DUPLICATE_CLAIM.name(), "duplicate_claim");
    /// ```
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The category.
    ///
    /// ```
    /// use claimgraph::{lints, Category};
    /// assert_eq!(lints::DUPLICATE_CLAIM.category(), Category::Data);
    /// ```
    pub fn category(&self) -> Category {
        self.category
    }

    /// The level it runs at unless configured otherwise.
    ///
    /// ```
    /// use claimgraph::{lints, Level};
    /// assert_eq!(lints::REBUTTAL_CYCLE.default_level(), Level::Info);
    /// ```
    pub fn default_level(&self) -> Level {
        self.default_level
    }

    /// One line: what it finds.
    ///
    /// ```
    /// assert!(!claimgraph::lints::SELF_REBUTTAL.summary().is_empty());
    /// ```
    pub fn summary(&self) -> &'static str {
        self.summary
    }

    /// The general hint for a fix, as findings carry it.
    ///
    /// ```
    /// assert!(!claimgraph::lints::SELF_REBUTTAL.help().is_empty());
    /// ```
    pub fn help(&self) -> &'static str {
        self.help
    }

    /// The explanation, in Markdown: what it finds, why it matters, an example, the fix. The
    /// same text documents the lint's `static`; its example is a doc test.
    ///
    /// ```
    /// let text = claimgraph::lints::SELF_REBUTTAL.explanation();
    /// assert!(text.contains("### What it finds") && text.contains("### Example"));
    /// ```
    pub fn explanation(&self) -> &'static str {
        self.explanation
    }

    /// Every lint, in code order.
    ///
    /// ```
    /// let all = claimgraph::Lint::all();
    /// assert!(all.windows(2).all(|w| w[0].code() < w[1].code()));
    /// ```
    pub fn all() -> &'static [&'static Lint] {
        LINTS
    }

    /// The lint with this name or code, if any.
    ///
    /// ```
    /// use claimgraph::Lint;
    /// assert_eq!(Lint::find("CG0001").unwrap().name(), "rebuttal_before_statement");
    /// assert!(Lint::find("no_such_lint").is_none());
    /// ```
    pub fn find(name_or_code: &str) -> Option<&'static Lint> {
        LINTS
            .iter()
            .copied()
            .find(|l| l.name == name_or_code || l.code == name_or_code)
    }
}

impl PartialEq for Lint {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Lint {}

impl fmt::Display for Lint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.name)
    }
}

/// A name or code that names no lint.
///
/// ```
/// use claimgraph::{CheckConfig, Level};
/// let err = CheckConfig::default().try_level("nope", Level::Deny).unwrap_err();
/// assert_eq!(err.to_string(), "unknown lint `nope`");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown lint `{0}`")]
pub struct UnknownLint(pub String);

/// Which lints run, at which level, and what to do with possible findings.
///
/// ```
/// use claimgraph::{lints, CheckConfig, Level, PossibleFindings};
/// let config = CheckConfig::default()
///     .level(&lints::UNSOURCED_STATEMENT, Level::Deny)
///     .try_level("orphan_event", Level::Allow)?
///     .possible_findings(PossibleFindings::Omit);
/// assert_eq!(config.level_of(&lints::UNSOURCED_STATEMENT), Level::Deny);
/// assert_eq!(config.level_of(&lints::SELF_REBUTTAL), Level::Warn);
/// # Ok::<(), claimgraph::UnknownLint>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckConfig {
    levels: BTreeMap<&'static str, Level>,
    possible: PossibleFindings,
}

impl CheckConfig {
    /// Every lint at its default level; possible findings demoted.
    ///
    /// ```
    /// assert_eq!(claimgraph::CheckConfig::new(), claimgraph::CheckConfig::default());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `lint`'s level.
    ///
    /// ```
    /// use claimgraph::{lints, CheckConfig, Level};
    /// let c = CheckConfig::new().level(&lints::ORPHAN_ACTOR, Level::Allow);
    /// assert_eq!(c.level_of(&lints::ORPHAN_ACTOR), Level::Allow);
    /// ```
    #[must_use]
    pub fn level(mut self, lint: &'static Lint, level: Level) -> Self {
        self.levels.insert(lint.code, level);
        self
    }

    /// Sets the level of the lint with this name or code.
    ///
    /// # Errors
    /// [`UnknownLint`] when no lint has that name or code.
    ///
    /// ```
    /// use claimgraph::{lints, CheckConfig, Level};
    /// let c = CheckConfig::new().try_level("CG0016", Level::Deny)?;
    /// assert_eq!(c.level_of(&lints::ORPHAN_ACTOR), Level::Deny);
    /// # Ok::<(), claimgraph::UnknownLint>(())
    /// ```
    pub fn try_level(self, name_or_code: &str, level: Level) -> Result<Self, UnknownLint> {
        let lint = Lint::find(name_or_code).ok_or_else(|| UnknownLint(name_or_code.to_owned()))?;
        Ok(self.level(lint, level))
    }

    /// Sets every lint of `category` to `level`.
    ///
    /// ```
    /// use claimgraph::{lints, Category, CheckConfig, Level};
    /// let c = CheckConfig::new().category(Category::Data, Level::Allow);
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
    /// use claimgraph::{CheckConfig, PossibleFindings};
    /// let c = CheckConfig::new().possible_findings(PossibleFindings::Keep);
    /// assert_eq!(c.possible(), PossibleFindings::Keep);
    /// ```
    #[must_use]
    pub fn possible_findings(mut self, treatment: PossibleFindings) -> Self {
        self.possible = treatment;
        self
    }

    /// What is done with possible findings.
    ///
    /// ```
    /// use claimgraph::{CheckConfig, PossibleFindings};
    /// assert_eq!(CheckConfig::new().possible(), PossibleFindings::Demote);
    /// ```
    pub fn possible(&self) -> PossibleFindings {
        self.possible
    }

    /// The level `lint` runs at under this configuration.
    ///
    /// ```
    /// use claimgraph::{lints, CheckConfig, Level};
    /// assert_eq!(CheckConfig::new().level_of(&lints::UNDATED_STATEMENT), Level::Allow);
    /// ```
    pub fn level_of(&self, lint: &Lint) -> Level {
        self.levels
            .get(lint.code)
            .copied()
            .unwrap_or(lint.default_level)
    }

    /// The severity a finding of `lint` with `certainty` gets, or `None` when it is not
    /// reported.
    fn severity(&self, lint: &Lint, certainty: Certainty) -> Option<Severity> {
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

/// One finding: which lint, how serious, how certain, what, about which entities, and how to fix
/// it.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
/// let report = g.check(&CheckConfig::default());
/// let d = &report.diagnostics()[0];
/// assert_eq!(d.lint(), &lints::UNSOURCED_STATEMENT);
/// assert_eq!(d.severity(), Severity::Warning);
/// assert_eq!(d.certainty(), Certainty::Certain);
/// assert_eq!(d.primary(), EntityId::from(c));
/// assert_eq!(d.related(), [EntityId::from(a)]);
/// assert!(d.message().contains("A0 (A)"));
/// assert!(!d.help().is_empty());
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    lint: &'static Lint,
    severity: Severity,
    certainty: Certainty,
    message: String,
    primary: EntityId,
    related: Vec<EntityId>,
    help: Cow<'static, str>,
}

impl Diagnostic {
    /// The lint that found it.
    ///
    /// ```
    /// # use claimgraph::*;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let report = g.check(&CheckConfig::default());
    /// assert_eq!(report.diagnostics()[0].lint().name(), "unsourced_statement");
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn lint(&self) -> &'static Lint {
        self.lint
    }

    /// How serious it is, from the lint's level and the finding's certainty.
    ///
    /// ```
    /// # use claimgraph::*;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let config = CheckConfig::default().level(&lints::UNSOURCED_STATEMENT, Level::Deny);
    /// assert_eq!(g.check(&config).diagnostics()[0].severity(), Severity::Error);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// Whether it holds for every reading of the dates.
    ///
    /// ```
    /// # use claimgraph::*;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert_eq!(g.check(&CheckConfig::default()).diagnostics()[0].certainty(), Certainty::Certain);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn certainty(&self) -> Certainty {
        self.certainty
    }

    /// What is wrong, naming the entities by id and name.
    ///
    /// ```
    /// # use claimgraph::*;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("Kremlin", ActorKind::Institution))?;
    /// # g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let report = g.check(&CheckConfig::default());
    /// assert!(report.diagnostics()[0].message().contains("A0 (Kremlin)"));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The entity the finding is about.
    ///
    /// ```
    /// # use claimgraph::*;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert_eq!(g.check(&CheckConfig::default()).diagnostics()[0].primary(), EntityId::from(c));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn primary(&self) -> EntityId {
        self.primary
    }

    /// Other entities involved, in the order the message names them.
    ///
    /// ```
    /// # use claimgraph::*;
    /// # let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert_eq!(g.check(&CheckConfig::default()).diagnostics()[0].related(), [EntityId::from(a)]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn related(&self) -> &[EntityId] {
        &self.related
    }

    /// How to fix it.
    ///
    /// ```
    /// # use claimgraph::*;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert!(g.check(&CheckConfig::default()).diagnostics()[0].help().contains("source"));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn help(&self) -> &str {
        &self.help
    }

    fn sort_key(&self) -> (&'static str, EntityId, &[EntityId], &str) {
        (self.lint.code, self.primary, &self.related, &self.message)
    }
}

/// The result of [`ClaimGraph::check`]: diagnostics in a deterministic order (lint code, then
/// primary id, then related ids).
///
/// `Display` renders it as rustc renders its diagnostics; with the `serde` feature,
/// [`Report::to_json`] writes it as JSON.
///
/// ```
/// use claimgraph::*;
/// let g = ClaimGraph::new();
/// let report = g.check(&CheckConfig::default());
/// assert!(report.is_empty());
/// assert_eq!(report.to_string(), "no findings\n");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The diagnostics, in order.
    ///
    /// ```
    /// assert!(claimgraph::ClaimGraph::new().check(&Default::default()).diagnostics().is_empty());
    /// ```
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The diagnostics, in order.
    ///
    /// ```
    /// assert_eq!(claimgraph::ClaimGraph::new().check(&Default::default()).iter().count(), 0);
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.diagnostics.iter()
    }

    /// How many diagnostics.
    ///
    /// ```
    /// assert_eq!(claimgraph::ClaimGraph::new().check(&Default::default()).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.diagnostics.len()
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(claimgraph::ClaimGraph::new().check(&Default::default()).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// How many diagnostics have `severity`.
    ///
    /// ```
    /// # use claimgraph::*;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let report = g.check(&CheckConfig::default());
    /// assert_eq!(report.count(Severity::Warning), 1);
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
    /// assert_eq!(claimgraph::ClaimGraph::new().check(&Default::default()).worst(), None);
    /// ```
    pub fn worst(&self) -> Option<Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }

    /// Whether any diagnostic is an error: a `Deny` lint fired (the CLI then exits with 1).
    ///
    /// ```
    /// # use claimgraph::*;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert!(!g.check(&CheckConfig::default()).has_errors());
    /// let strict = CheckConfig::default().try_level("unsourced_statement", Level::Deny)?;
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

impl ClaimGraph {
    /// Runs every lint not at [`Level::Allow`] and reports what it finds.
    ///
    /// Never panics, on any graph; walks cycles and long chains without recursion.
    ///
    /// # Complexity
    /// `O(n log n)` in the number of entities and references (linear but for sorting), with
    /// no pairwise comparison of claims or actors.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b)
    ///     .with_stated("2023-05".parse()?))?;
    /// g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c).with_stated("2023-04-30".parse()?))?;
    /// let report = g.check(&CheckConfig::default().try_level("unsourced_statement", Level::Allow)?);
    /// assert_eq!(report.len(), 1);
    /// assert_eq!(report.diagnostics()[0].lint().name(), "rebuttal_before_statement");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, config: &CheckConfig) -> Report {
        let mut sink = Sink {
            config,
            out: Vec::new(),
        };
        passes::run(self, &mut sink);
        let mut diagnostics = sink.out;
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        Report { diagnostics }
    }
}

/// Where passes put their findings: applies levels and the treatment of possible findings.
pub(crate) struct Sink<'c> {
    config: &'c CheckConfig,
    out: Vec<Diagnostic>,
}

impl Sink<'_> {
    /// Whether `lint` runs at all.
    pub(crate) fn enabled(&self, lint: &Lint) -> bool {
        self.config.level_of(lint) != Level::Allow
    }

    /// Records a finding, unless its level or certainty leaves it out.
    pub(crate) fn emit(
        &mut self,
        lint: &'static Lint,
        certainty: Certainty,
        primary: EntityId,
        related: Vec<EntityId>,
        message: String,
    ) {
        if let Some(severity) = self.config.severity(lint, certainty) {
            self.out.push(Diagnostic {
                lint,
                severity,
                certainty,
                message,
                primary,
                related,
                help: Cow::Borrowed(lint.help),
            });
        }
    }
}

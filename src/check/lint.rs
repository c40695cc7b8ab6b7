//! What a lint is: [`Lint`], its [`Category`] and the [`Level`] it runs at.

use super::LINTS;
use super::report::Severity;
use std::fmt;

/// What a lint is about: time, logic, or the data itself.
///
/// ```
/// use claimgraph::check::{lints, Category, Config, Level};
/// assert_eq!(lints::REBUTTAL_BEFORE_STATEMENT.category(), Category::Time);
/// // Silence the data-quality lints of an imported dataset, keep time and logic.
/// let config = Config::default().category(Category::Data, Level::Allow);
/// assert_eq!(config.level_of(&lints::UNSOURCED_STATEMENT), Level::Allow);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Dates that cannot all be true: answers before questions, relations used outside
    /// their validity.
    Time,
    /// Positions that contradict themselves: self-accusation, asserting and denying,
    /// circles.
    Logic,
    /// Data quality: sources, duplicates, collisions, orphans, unknown codes.
    Data,
}
crate::names::names! {
    Category in "claimgraph::check", "lint category";
    Time => "time",
    Logic => "logic",
    Data => "data"
}

/// How a lint is treated: not run, reported as information, as a warning, or as an error.
///
/// Levels order from most lenient to strictest, so the stricter of two is their `max`.
///
/// ```
/// use claimgraph::check::{Level, Severity};
/// let level: Level = "deny".parse()?;
/// assert_eq!(level.severity(), Some(Severity::Error));
/// assert_eq!(Level::Warn.max(level), Level::Deny);
/// # Ok::<(), claimgraph::ParseNameError>(())
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
crate::names::names! {
    Level in "claimgraph::check", "lint level";
    Allow => "allow",
    Info => "info",
    Warn => "warn",
    Deny => "deny"
}

impl Level {
    /// The severity of a certain finding at this level; `None` for [`Level::Allow`], whose
    /// lint does not run.
    ///
    /// ```
    /// use claimgraph::check::{Level, Severity};
    /// let reported: Vec<Severity> = [Level::Allow, Level::Info, Level::Deny]
    ///     .into_iter()
    ///     .filter_map(Level::severity)
    ///     .collect();
    /// assert_eq!(reported, [Severity::Info, Severity::Error]);
    /// ```
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Allow => None,
            Level::Info => Some(Severity::Info),
            Level::Warn => Some(Severity::Warning),
            Level::Deny => Some(Severity::Error),
        }
    }
}

/// A lint: a stable code, a name, a category, a default level, a summary, a hint for the fix
/// and an explanation.
///
/// Lints are the `static`s of [`lints`](super::lints), all of them in [`LINTS`]; users read
/// them, they do not make them. Two lints are equal when their codes are.
///
/// ```
/// use claimgraph::check::{Level, Lint};
/// let lint = Lint::find("self_rebuttal").unwrap();
/// assert_eq!(Lint::find(lint.code()), Some(lint));
/// // `--explain`: the header line, then the explanation.
/// let page = format!("{lint} ({}, default level {})\n\n{}", lint.category(),
///     lint.default_level(), lint.explanation());
/// assert!(page.starts_with("CG0007 self_rebuttal (logic, default level warn)"));
/// ```
#[derive(Debug)]
pub struct Lint {
    /// The lint's index in [`LINTS`], given by the registry's macro.
    pub(super) slot: usize,
    pub(super) code: &'static str,
    pub(super) name: &'static str,
    pub(super) category: Category,
    pub(super) default_level: Level,
    pub(super) summary: &'static str,
    pub(super) help: &'static str,
    pub(super) explanation: &'static str,
}

impl Lint {
    /// The stable code, `CG` and four digits; never reused.
    ///
    /// ```
    /// use claimgraph::check::LINTS;
    /// // Codes are issued in order, from CG0001, with no gaps.
    /// for (i, lint) in LINTS.iter().enumerate() {
    ///     assert_eq!(lint.code(), format!("CG{:04}", i + 1));
    /// }
    /// ```
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The name, in snake case: what configurations and the CLI's `--deny` take, besides the
    /// code.
    ///
    /// ```
    /// use claimgraph::check::{lints, Config, Level};
    /// let name = lints::DUPLICATE_CLAIM.name();
    /// let config = Config::default().try_level(name, Level::Deny)?;
    /// assert_eq!(config.level_of(&lints::DUPLICATE_CLAIM), Level::Deny);
    /// # Ok::<(), claimgraph::check::UnknownLint>(())
    /// ```
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The category.
    ///
    /// ```
    /// use claimgraph::check::{Category, LINTS};
    /// let data = LINTS.iter().filter(|l| l.category() == Category::Data).count();
    /// let named = LINTS.iter().filter(|l| l.name() == "orphan_actor" || l.name() == "identified_anonymous");
    /// assert!(named.clone().all(|l| l.category() == Category::Data));
    /// assert!(data >= named.count());
    /// ```
    pub fn category(&self) -> Category {
        self.category
    }

    /// The level it runs at unless configured otherwise.
    ///
    /// ```
    /// use claimgraph::check::{Level, LINTS};
    /// // Lints that do not run unless asked for.
    /// let off: Vec<&str> = LINTS.iter()
    ///     .filter(|l| l.default_level() == Level::Allow)
    ///     .map(|l| l.name())
    ///     .collect();
    /// assert_eq!(off, ["undated_statement"]);
    /// ```
    pub fn default_level(&self) -> Level {
        self.default_level
    }

    /// One line: what it finds.
    ///
    /// ```
    /// let lint = &claimgraph::check::lints::SELF_REBUTTAL;
    /// assert_eq!(lint.summary(), "an actor rebuts its own statement");
    /// ```
    pub fn summary(&self) -> &'static str {
        self.summary
    }

    /// The general hint for a fix; every finding of the lint carries it as its
    /// [`help`](super::Diagnostic::help).
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let report = g.check(&check::Config::default());
    /// assert_eq!(report.diagnostics()[0].help(), check::lints::UNSOURCED_STATEMENT.help());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn help(&self) -> &'static str {
        self.help
    }

    /// The explanation, in Markdown: what it finds, why it matters, an example, the fix. The
    /// same text documents the lint's `static`, so its example is a doc test.
    ///
    /// ```
    /// let text = claimgraph::check::lints::SELF_REBUTTAL.explanation();
    /// let sections: Vec<&str> = text.lines().filter(|l| l.starts_with("### ")).collect();
    /// assert_eq!(sections, ["### What it finds", "### Why it matters", "### Example", "### Fix"]);
    /// ```
    pub fn explanation(&self) -> &'static str {
        self.explanation
    }

    /// The lint with this name or code, if any.
    ///
    /// ```
    /// use claimgraph::check::Lint;
    /// assert_eq!(Lint::find("CG0001").unwrap().name(), "rebuttal_before_statement");
    /// assert_eq!(Lint::find("rebuttal_before_statement").unwrap().code(), "CG0001");
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
/// use claimgraph::check::{Config, Level};
/// let err = Config::default().try_level("self_rebutal", Level::Deny).unwrap_err();
/// assert_eq!(err.given(), "self_rebutal");
/// assert_eq!(err.to_string(), "unknown lint `self_rebutal`");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown lint `{given}`")]
pub struct UnknownLint {
    given: String,
}

impl UnknownLint {
    pub(super) fn new(given: &str) -> Self {
        UnknownLint {
            given: given.to_owned(),
        }
    }

    /// The name or code that names no lint, as it was given.
    ///
    /// ```
    /// use claimgraph::check::{Config, Level};
    /// // Collect every unknown name of a list instead of stopping at the first.
    /// let mut config = Config::default();
    /// let mut unknown = Vec::new();
    /// for name in ["orphan_event", "nope", "CG0099"] {
    ///     match config.clone().try_level(name, Level::Allow) {
    ///         Ok(c) => config = c,
    ///         Err(e) => unknown.push(e.given().to_owned()),
    ///     }
    /// }
    /// assert_eq!(unknown, ["nope", "CG0099"]);
    /// ```
    pub fn given(&self) -> &str {
        &self.given
    }
}

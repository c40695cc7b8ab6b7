//! Rendering a report: rustc-like text, and JSON under the `serde` feature.

use super::report::{Diagnostic, Report, Severity};
use crate::Certainty;
use std::fmt;

impl fmt::Display for Diagnostic {
    /// Three lines, as rustc writes a diagnostic:
    ///
    /// ```text
    /// warning[CG0013] unsourced_statement: C0 (assertion by A, "x") by A0 (A) cites no source
    ///   = subject: C0; related: A0
    ///   = help: add the source where the statement was made or reported
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let possible = match self.certainty {
            Certainty::Possible => " (possible)",
            Certainty::Certain => "",
        };
        writeln!(
            f,
            "{}[{}] {}{possible}: {}",
            self.severity,
            self.lint.code(),
            self.lint.name(),
            self.message
        )?;
        write!(f, "  = subject: {}", self.primary)?;
        for (i, related) in self.related.iter().enumerate() {
            let lead = if i == 0 { "; related: " } else { ", " };
            write!(f, "{lead}{related}")?;
        }
        writeln!(f)?;
        write!(f, "  = help: {}", self.help())
    }
}

impl fmt::Display for Report {
    /// Each diagnostic followed by a blank line, then a summary line; `no findings` when empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.diagnostics.is_empty() {
            return writeln!(f, "no findings");
        }
        for d in &self.diagnostics {
            writeln!(f, "{d}\n")?;
        }
        writeln!(
            f,
            "{} error(s), {} warning(s), {} info",
            self.count(Severity::Error),
            self.count(Severity::Warning),
            self.count(Severity::Info)
        )
    }
}

#[cfg(feature = "serde")]
mod json {
    //! The JSON form. Private structs rather than `serde_json::json!`: a `json!` object is a
    //! map whose keys serde_json sorts (unless a crate in the build turns on its
    //! `preserve_order` feature), so the order documented would depend on the build; fields of
    //! a struct come out in declaration order, always.

    use super::super::report::{Diagnostic, Report, Severity};
    use serde::Serialize;

    #[derive(Serialize)]
    struct Document<'r> {
        summary: Summary,
        diagnostics: Vec<Item<'r>>,
    }

    #[derive(Serialize)]
    struct Summary {
        errors: usize,
        warnings: usize,
        info: usize,
    }

    #[derive(Serialize)]
    struct Item<'r> {
        code: &'static str,
        name: &'static str,
        category: &'static str,
        severity: &'static str,
        certainty: &'static str,
        message: &'r str,
        primary: String,
        related: Vec<String>,
        help: &'static str,
    }

    impl<'r> Item<'r> {
        fn new(d: &'r Diagnostic) -> Self {
            Item {
                code: d.lint.code(),
                name: d.lint.name(),
                category: d.lint.category().name(),
                severity: d.severity.name(),
                certainty: d.certainty.name(),
                message: &d.message,
                primary: d.primary.to_string(),
                related: d.related.iter().map(ToString::to_string).collect(),
                help: d.help(),
            }
        }
    }

    impl Report {
        /// The report as a pretty-printed JSON document, keys in this order:
        /// `{"summary": {"errors", "warnings", "info"}, "diagnostics": [...]}`, each
        /// diagnostic with `code`, `name`, `category`, `severity`, `certainty`, `message`,
        /// `primary`, `related` and `help`; ids as the graph writes them (`C0`).
        /// Deterministic: the same graph and configuration give the same bytes.
        ///
        /// ```
        /// use claimgraph::*;
        /// let mut g = ClaimGraph::new();
        /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
        /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
        /// let json = g.check(&check::Config::default()).to_json();
        /// let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        /// assert_eq!(value["diagnostics"][0]["code"], "CG0013");
        /// assert_eq!(value["diagnostics"][0]["primary"], "C0");
        /// assert_eq!(value["summary"]["warnings"], 1);
        /// assert!(json.find("\"summary\"") < json.find("\"diagnostics\""));
        /// # Ok::<(), claimgraph::Error>(())
        /// ```
        pub fn to_json(&self) -> String {
            let doc = Document {
                summary: Summary {
                    errors: self.count(Severity::Error),
                    warnings: self.count(Severity::Warning),
                    info: self.count(Severity::Info),
                },
                diagnostics: self.diagnostics.iter().map(Item::new).collect(),
            };
            // Strings and numbers only: serialising them cannot fail.
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        }
    }
}

//! Rendering a report: rustc-like text, and JSON under the `serde` feature.

use super::{Diagnostic, Report, Severity};
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
        if !self.related.is_empty() {
            let related: Vec<String> = self.related.iter().map(ToString::to_string).collect();
            write!(f, "; related: {}", related.join(", "))?;
        }
        writeln!(f)?;
        write!(f, "  = help: {}", self.help)
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
impl Report {
    /// The report as a JSON document: `{"summary": {...}, "diagnostics": [...]}`, each
    /// diagnostic with `code`, `name`, `category`, `severity`, `certainty`, `message`,
    /// `primary`, `related` and `help`. Deterministic: the same graph gives the same bytes.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let json: serde_json::Value = serde_json::from_str(&g.check(&CheckConfig::default()).to_json()).unwrap();
    /// assert_eq!(json["diagnostics"][0]["code"], "CG0013");
    /// assert_eq!(json["diagnostics"][0]["primary"], "C0");
    /// assert_eq!(json["summary"]["warnings"], 1);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        let diagnostics: Vec<serde_json::Value> = self
            .diagnostics
            .iter()
            .map(|d| {
                serde_json::json!({
                    "code": d.lint.code(),
                    "name": d.lint.name(),
                    "category": d.lint.category().name(),
                    "severity": d.severity.name(),
                    "certainty": d.certainty.name(),
                    "message": d.message,
                    "primary": d.primary.to_string(),
                    "related": d.related.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    "help": d.help,
                })
            })
            .collect();
        let doc = serde_json::json!({
            "summary": {
                "errors": self.count(Severity::Error),
                "warnings": self.count(Severity::Warning),
                "info": self.count(Severity::Info),
            },
            "diagnostics": diagnostics,
        });
        // Serialising a `Value` built of strings and numbers cannot fail.
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    }
}

//! Where in an input something was found: the one position type of every reader and loader.

use std::fmt;

/// A place in an input: a 1-based line, a 1-based column, a JSON path (`nodes[3].type`), any
/// of them, or none (the whole input).
///
/// Every error and finding that can say where it happened carries one: [`ImportError`] and
/// each [`Finding`] of an import report, and the document loader's
/// [`DocumentError`](crate::document::DocumentError). Line-based formats know lines, JSON
/// parsers know lines and columns, and checks on parsed JSON know paths; a position holds
/// what its reader knew, and prints as `path (line L, column C)` with the unknown parts left
/// out.
///
/// [`ImportError`]: super::ImportError
/// [`Finding`]: super::Finding
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use claimgraph::ClaimGraph;
/// // A syntax error knows the line and column, not the path...
/// let e = ClaimGraph::from_aif("{\"nodes\": [\n  {\"nodeID\": }]}").unwrap_err();
/// assert_eq!((e.position().line(), e.position().column()), (Some(2), Some(14)));
/// assert_eq!(e.position().to_string(), "line 2, column 14");
/// // ...and a shape error knows the path, not the line.
/// let e = ClaimGraph::from_aif(r#"{"nodes": 3}"#).unwrap_err();
/// assert_eq!(e.position().path(), "nodes");
/// assert_eq!(e.position().line(), None);
/// # }
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Position {
    line: Option<u64>,
    column: Option<u64>,
    path: String,
}

impl Position {
    /// The whole input: no line, column or path.
    pub(crate) fn whole() -> Self {
        Position::default()
    }

    /// A JSON path.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))] // JSON readers only
    pub(crate) fn at(path: impl Into<String>) -> Self {
        Position {
            path: path.into(),
            ..Position::default()
        }
    }

    /// A 1-based line.
    pub(crate) fn line_at(line: u64) -> Self {
        Position {
            line: Some(line),
            ..Position::default()
        }
    }

    /// Where a JSON parser stopped: serde_json counts lines and columns from 1 and reports 0
    /// when it knows neither (an I/O error before the first byte).
    #[cfg(feature = "serde")]
    pub(crate) fn of_json(e: &serde_json::Error) -> Self {
        let known = |n: usize| (n > 0).then_some(n as u64);
        Position {
            line: known(e.line()),
            column: known(e.line()).and(known(e.column())),
            path: String::new(),
        }
    }

    /// The same place, with a line (a record of a JSON-lines file).
    #[cfg_attr(not(feature = "serde"), allow(dead_code))] // JSON readers only
    #[must_use]
    pub(crate) fn with_line(mut self, line: Option<u64>) -> Self {
        self.line = line;
        self
    }

    /// The same place, with a 1-based column.
    #[must_use]
    pub(crate) fn with_column(mut self, column: u64) -> Self {
        self.column = Some(column);
        self
    }

    /// The same place, with a JSON path.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))] // JSON readers only
    #[must_use]
    pub(crate) fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = path.into();
        self
    }

    /// The 1-based line, when the reader knows it.
    ///
    /// ```
    /// use claimgraph::io::plover::FindingKind;
    /// use claimgraph::{ClaimGraph, io::Limits};
    /// let lines = b"\n\n\"not a record\"\n{\"event\": \"ACCUSE\"}\n";
    /// let import = ClaimGraph::from_plover(&lines[..], &Limits::default())?;
    /// let finding = &import.report().findings()[0];
    /// assert_eq!(finding.kind(), FindingKind::Malformed);
    /// assert_eq!(finding.position().line(), Some(3));
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn line(&self) -> Option<u64> {
        self.line
    }

    /// The 1-based column, when the reader knows it (JSON syntax errors).
    ///
    /// ```
    /// # #[cfg(feature = "serde")] {
    /// use claimgraph::ClaimGraph;
    /// let e = ClaimGraph::from_json(r#"{"format": "claimgraph", "version": }"#).unwrap_err();
    /// assert_eq!(e.position().column(), Some(37));
    /// # }
    /// ```
    pub fn column(&self) -> Option<u64> {
        self.column
    }

    /// The JSON path (`nodes[3].type`, `claims.C3.about`), or `""` when the reader knows
    /// none.
    ///
    /// ```
    /// # #[cfg(feature = "serde")] {
    /// use claimgraph::ClaimGraph;
    /// let doc = r#"{"format": "claimgraph", "version": 1, "events": {"E0": {"description": "x", "date": "2023-13"}}}"#;
    /// let e = ClaimGraph::from_json(doc).unwrap_err();
    /// assert_eq!(e.position().path(), "events.E0.date");
    /// # }
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Whether the position names nothing (the whole input).
    ///
    /// ```
    /// # #[cfg(feature = "serde")] {
    /// use claimgraph::{ClaimGraph, document::DocumentErrorKind};
    /// let e = ClaimGraph::from_json("{\"format\": \"aif\", \"version\": 1}").unwrap_err();
    /// assert_eq!(e.kind(), DocumentErrorKind::UnknownFormat);
    /// assert!(!e.position().is_empty()); // it names the `format` field
    /// # }
    /// ```
    pub fn is_empty(&self) -> bool {
        self.line.is_none() && self.column.is_none() && self.path.is_empty()
    }
}

impl fmt::Display for Position {
    /// `path (line L, column C)`, leaving out what is unknown: `nodes[3]`, `line 7`,
    /// `line 2, column 14`, `[4].date (line 5)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        let Some(line) = self.line else {
            return Ok(());
        };
        if !self.path.is_empty() {
            f.write_str(" (")?;
        }
        write!(f, "line {line}")?;
        if let Some(column) = self.column {
            write!(f, ", column {column}")?;
        }
        if !self.path.is_empty() {
            f.write_str(")")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_leaves_out_what_is_unknown() {
        assert_eq!(Position::whole().to_string(), "");
        assert_eq!(Position::at("nodes[3]").to_string(), "nodes[3]");
        assert_eq!(Position::line_at(7).to_string(), "line 7");
        let both = Position::at("[4].date").with_line(Some(5));
        assert_eq!(both.to_string(), "[4].date (line 5)");
        let full = Position {
            line: Some(2),
            column: Some(14),
            path: "x".into(),
        };
        assert_eq!(full.to_string(), "x (line 2, column 14)");
        assert!(Position::whole().is_empty() && !Position::line_at(1).is_empty());
    }
}

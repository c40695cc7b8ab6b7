//! The one error type of every reader: which format, what went wrong, and where.

use std::fmt;

/// The interchange format a reader was reading.
///
/// ```
/// use claimgraph::InterchangeFormat;
/// assert_eq!(InterchangeFormat::Gdelt.to_string(), "GDELT");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InterchangeFormat {
    /// Argument Interchange Format, AIFdb JSON.
    Aif,
    /// GDELT 2.0 events, tab-separated.
    Gdelt,
    /// PLOVER / POLECAT events, JSON.
    Plover,
}

impl fmt::Display for InterchangeFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InterchangeFormat::Aif => "AIF",
            InterchangeFormat::Gdelt => "GDELT",
            InterchangeFormat::Plover => "PLOVER",
        })
    }
}

/// What kind of failure stopped an import.
///
/// ```
/// use claimgraph::ImportErrorKind;
/// assert_ne!(ImportErrorKind::Syntax, ImportErrorKind::Io);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportErrorKind {
    /// The input could not be read.
    Io,
    /// The input is not well-formed (not JSON, not UTF-8).
    Syntax,
    /// The input is well-formed but not shaped as the format requires (`nodes` missing).
    Structure,
}

/// Why an import stopped, and where: a line number (1-based), a JSON path such as
/// `nodes[3].type`, or both.
///
/// Faults in single records (one bad GDELT line, one malformed AIF node) do not stop an
/// import: they are findings in the import's report. This error is for input that cannot be
/// read at all.
///
/// ```
/// use claimgraph::{ClaimGraph, ImportErrorKind};
/// let err = ClaimGraph::from_aif("{\"nodes\": 3}").unwrap_err();
/// assert_eq!(err.kind(), ImportErrorKind::Structure);
/// assert_eq!(err.path(), "nodes");
/// assert_eq!(err.to_string(), "AIF: at nodes: expected an array of nodes");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct ImportError {
    format: InterchangeFormat,
    kind: ImportErrorKind,
    line: Option<u64>,
    path: String,
    message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.format)?;
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        if !self.path.is_empty() {
            write!(f, "at {}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

impl ImportError {
    pub(crate) fn new(
        format: InterchangeFormat,
        kind: ImportErrorKind,
        line: Option<u64>,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        ImportError {
            format,
            kind,
            line,
            path: path.into(),
            message: message.into(),
        }
    }

    /// The format being read.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, InterchangeFormat};
    /// assert_eq!(ClaimGraph::from_aif("[").unwrap_err().format(), InterchangeFormat::Aif);
    /// ```
    pub fn format(&self) -> InterchangeFormat {
        self.format
    }

    /// What kind of failure it is.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, ImportErrorKind};
    /// assert_eq!(ClaimGraph::from_aif("[").unwrap_err().kind(), ImportErrorKind::Syntax);
    /// ```
    pub fn kind(&self) -> ImportErrorKind {
        self.kind
    }

    /// The 1-based line where it happened, when known.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_aif("{\n\n!").unwrap_err().line(), Some(3));
    /// ```
    pub fn line(&self) -> Option<u64> {
        self.line
    }

    /// The JSON path where it happened (`nodes[3].type`), or `""`.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_aif("[]").unwrap_err().path(), "$");
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What went wrong, without the location.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_aif("[]").unwrap_err().message(), "expected a JSON object");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

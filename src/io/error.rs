//! The one error type of every reader: which format, what went wrong, and where.

use super::Position;
use super::limits::Exceeded;
use std::fmt;

/// The interchange format a reader was reading.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::{Format, Limits};
/// let err = ClaimGraph::from_plover(&b"[1, "[..], &Limits::default()).unwrap_err();
/// assert_eq!(err.format(), Format::Plover);
/// assert!(err.to_string().starts_with("PLOVER: "));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Argument Interchange Format, AIFdb JSON.
    Aif,
    /// GDELT 2.0 events, tab-separated.
    Gdelt,
    /// PLOVER / POLECAT events, JSON.
    Plover,
    /// STIX 2.1 bundles, JSON.
    Stix,
    /// schema.org ClaimReview JSON-LD and the Google Fact Check Tools API's claims.
    ClaimReview,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Aif => "AIF",
            Format::Gdelt => "GDELT",
            Format::Plover => "PLOVER",
            Format::Stix => "STIX",
            Format::ClaimReview => "ClaimReview",
        })
    }
}

/// What kind of failure stopped an import.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::{ImportErrorKind, Limits};
/// let kind = |text: &str| ClaimGraph::from_aif_reader(text.as_bytes(), &Limits::default()).unwrap_err().kind();
/// assert_eq!(kind("{\"nodes\": "), ImportErrorKind::Syntax);
/// assert_eq!(kind("{\"edges\": []}"), ImportErrorKind::Structure);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportErrorKind {
    /// The input could not be read.
    Io,
    /// The input is not well-formed (not JSON, JSON cut short, not UTF-8).
    Syntax,
    /// The input is well-formed but not shaped as the format requires (`nodes` missing).
    Structure,
    /// The input passes one of the [`Limits`](super::Limits): too many bytes or records,
    /// nested too deeply.
    TooLarge,
}

/// Why an import stopped, and where ([`Position`]: a line, a column, a JSON path such as
/// `nodes[3].type`, as the reader knew them).
///
/// Faults in single records (one bad GDELT line, one malformed AIF node) do not stop an
/// import: they are [findings](super::Finding) in the import's report. This error is for
/// input that cannot be read at all, or that passes the [`Limits`](super::Limits); no graph
/// is returned.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::ImportErrorKind;
/// let err = ClaimGraph::from_aif("{\"nodes\": 3}").unwrap_err();
/// assert_eq!(err.kind(), ImportErrorKind::Structure);
/// assert_eq!(err.position().path(), "nodes");
/// assert_eq!(err.to_string(), "AIF: nodes: expected an array of nodes");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct ImportError {
    format: Format,
    kind: ImportErrorKind,
    position: Position,
    message: String,
}

impl fmt::Display for ImportError {
    /// `FORMAT: position: message`, the position left out when it names nothing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.format)?;
        if !self.position.is_empty() {
            write!(f, "{}: ", self.position)?;
        }
        f.write_str(&self.message)
    }
}

impl ImportError {
    pub(crate) fn new(
        format: Format,
        kind: ImportErrorKind,
        position: Position,
        message: impl Into<String>,
    ) -> Self {
        ImportError {
            format,
            kind,
            position,
            message: message.into(),
        }
    }

    /// A JSON parser's error, classified by serde_json's own category, never by its text.
    #[cfg(feature = "serde")]
    pub(crate) fn json(format: Format, e: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        let kind = match e.classify() {
            Category::Io => ImportErrorKind::Io,
            Category::Syntax | Category::Eof => ImportErrorKind::Syntax,
            Category::Data => ImportErrorKind::Structure,
        };
        ImportError::new(format, kind, Position::of_json(e), json_message(e))
    }

    /// A bounded read that stopped: the reader's error, or the byte limit.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn exceeded(format: Format, e: Exceeded, max_bytes: u64) -> Self {
        match e {
            Exceeded::Io(e) => ImportError::io(format, Position::whole(), &e),
            Exceeded::Bytes => ImportError::too_large(
                format,
                Position::whole(),
                &format!("more than the limit of {max_bytes} bytes"),
            ),
        }
    }

    pub(crate) fn io(format: Format, position: Position, e: &std::io::Error) -> Self {
        ImportError::new(format, ImportErrorKind::Io, position, e.to_string())
    }

    pub(crate) fn too_large(format: Format, position: Position, message: &str) -> Self {
        ImportError::new(format, ImportErrorKind::TooLarge, position, message)
    }

    /// Nesting deeper than the limit, at a line and column.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn too_deep(format: Format, (line, column): (u64, u64), max: usize) -> Self {
        let position = Position::line_at(line).with_column(column);
        ImportError::too_large(
            format,
            position,
            &format!("nested deeper than the limit of {max}"),
        )
    }

    /// The format being read.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::Format;
    /// assert_eq!(ClaimGraph::from_aif("[").unwrap_err().format(), Format::Aif);
    /// ```
    pub fn format(&self) -> Format {
        self.format
    }

    /// What kind of failure it is: callers answer bad input (`Syntax`, `Structure`,
    /// `TooLarge`) differently from a failing disk or socket (`Io`).
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::{ImportErrorKind, Limits};
    /// let err = ClaimGraph::from_aif("[").unwrap_err();
    /// let status = match err.kind() {
    ///     ImportErrorKind::Io => 500,
    ///     _ => 400, // the sender's fault
    /// };
    /// assert_eq!(status, 400);
    /// ```
    pub fn kind(&self) -> ImportErrorKind {
        self.kind
    }

    /// Where it happened, as far as the reader knew.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let err = ClaimGraph::from_aif("{\n\n!").unwrap_err();
    /// assert_eq!(err.position().line(), Some(3));
    /// ```
    pub fn position(&self) -> &Position {
        &self.position
    }

    /// What went wrong, without the format and the position.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let err = ClaimGraph::from_aif("[]").unwrap_err();
    /// assert_eq!(err.message(), "expected a JSON object");
    /// assert_eq!(err.position().path(), "$");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// serde_json appends " at line L column C" to its messages; the position is kept apart, in
/// a [`Position`], so the message is cut before that suffix. (Formatting, not
/// classification: the error's kind comes from `classify()`.)
#[cfg(feature = "serde")]
pub(crate) fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    if e.line() == 0 {
        return text;
    }
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match text.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => text,
    }
}

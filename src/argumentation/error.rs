//! Errors of the argumentation layer: building frameworks and reading files.

use super::framework::ArgumentId;
use crate::io::Position;

/// An operation on an [`ArgumentationFramework`](super::ArgumentationFramework) was refused.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, FrameworkError};
/// let mut af = ArgumentationFramework::with_arguments(1)?;
/// let err = af.add_attack(ArgumentId::new(0), ArgumentId::new(5)).unwrap_err();
/// assert_eq!(err.to_string(), "argument a5 is not in the framework (it has 1 arguments)");
/// # Ok::<(), FrameworkError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FrameworkError {
    /// An id that the framework does not hold.
    #[error("argument {argument} is not in the framework (it has {len} arguments)")]
    UnknownArgument {
        /// The offending id.
        argument: ArgumentId,
        /// How many arguments the framework has.
        len: u32,
    },
    /// The framework would grow past [`MAX_ARGUMENTS`](super::MAX_ARGUMENTS).
    #[error(
        "{requested} arguments requested, more than the limit of {}",
        super::MAX_ARGUMENTS
    )]
    TooManyArguments {
        /// The total that was asked for.
        requested: u64,
    },
}

/// Why a framework file could not be read; see [`FormatError`].
///
/// ```
/// use claimgraph::argumentation::{Format, ArgumentationFramework, FormatErrorKind};
/// let err = ArgumentationFramework::parse(Format::Iccma, "p af 2\n1 3\n").unwrap_err();
/// assert!(matches!(err.kind(), FormatErrorKind::ArgumentOutOfRange { .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FormatErrorKind {
    /// No `p af N` header before the first attack (ICCMA 2023).
    #[error("missing `p af N` header")]
    MissingHeader,
    /// A header that is not `p af N` with a number `N`.
    #[error("bad header `{found}`, expected `p af N`")]
    BadHeader {
        /// The header line as read.
        found: String,
    },
    /// A second header.
    #[error("second `p af` header")]
    DuplicateHeader,
    /// The header claims more than [`MAX_ARGUMENTS`](super::MAX_ARGUMENTS) arguments.
    #[error(
        "header claims {claimed} arguments, more than the limit of {}",
        super::MAX_ARGUMENTS
    )]
    TooManyArguments {
        /// The claimed count.
        claimed: u64,
    },
    /// An ICCMA argument number outside `1..=N`.
    #[error("argument {argument} out of range 1..={len}")]
    ArgumentOutOfRange {
        /// The number as read.
        argument: u64,
        /// `N` from the header.
        len: u32,
    },
    /// An attack names an argument that was never declared (APX, TGF).
    #[error("unknown argument `{name}` in attack")]
    UnknownArgument {
        /// The name as read.
        name: String,
    },
    /// A line that does not have the expected shape (a truncated line, a stray token).
    #[error("expected {expected}, found `{found}`")]
    Malformed {
        /// What the line should have been.
        expected: &'static str,
        /// The line as read (cut to 80 characters).
        found: String,
    },
    /// A line is longer than the reader's [`Limits::max_line`](crate::io::Limits::max_line).
    #[error("line longer than the limit of {limit} bytes")]
    LineTooLong {
        /// The limit, in bytes.
        limit: usize,
    },
    /// An argument name that the format cannot hold or that holds control characters
    /// (TGF names cannot hold white space; APX names cannot hold `,`, `(` or `)`).
    #[error("argument name `{name}` {why}")]
    BadName {
        /// The name, cut to 80 characters.
        name: String,
        /// What is wrong with it.
        why: &'static str,
    },
    /// A TGF file whose node list holds lines that look like attacks (`a b`, where `b` is a
    /// node) and that has no `#` line: its attacks would be read as node labels and lost.
    #[error("`{found}` looks like an attack, but the file has no `#` line before its attacks")]
    MissingSeparator {
        /// The first such line, cut to 80 characters.
        found: String,
    },
    /// The input holds more than the reader's [`Limits`](crate::io::Limits) allow: more
    /// bytes than [`max_bytes`](crate::io::Limits::max_bytes), or more arguments (declared
    /// or named) or attacks than [`max_records`](crate::io::Limits::max_records). A declared
    /// `p af N` costs memory for `N` arguments, so it is checked against the limit before
    /// anything is allocated.
    #[error("more than the limit of {limit} {what}")]
    TooLarge {
        /// What was counted: `"bytes"`, `"arguments"` or `"attacks"`.
        what: &'static str,
        /// The limit.
        limit: u64,
    },
    /// A read from the underlying source failed (including invalid UTF-8).
    #[error("read failed: {0}")]
    Io(#[from] std::io::Error),
}

/// A framework file could not be read: where (a [`Position`] holding the 1-based line, the
/// crate's one position type) and why.
///
/// ```
/// use claimgraph::argumentation::{Format, ArgumentationFramework};
/// let err = ArgumentationFramework::parse(Format::Apx, "arg(a).\natt(a,b).\n").unwrap_err();
/// assert_eq!(err.position().line(), Some(2));
/// assert_eq!(err.to_string(), "line 2: unknown argument `b` in attack");
/// ```
#[derive(Debug, thiserror::Error)]
#[error("{position}: {kind}")]
pub struct FormatError {
    position: Position,
    kind: FormatErrorKind,
}

impl FormatError {
    pub(crate) fn new(line: usize, kind: FormatErrorKind) -> Self {
        Self {
            position: Position::line_at(line as u64),
            kind,
        }
    }

    pub(crate) fn malformed(line: usize, expected: &'static str, found: &str) -> Self {
        Self::new(
            line,
            FormatErrorKind::Malformed {
                expected,
                found: super::formats::cut(found),
            },
        )
    }

    /// Where reading stopped: the 1-based line.
    ///
    /// ```
    /// use claimgraph::argumentation::{Format, ArgumentationFramework};
    /// // An attack before the `p af N` header: the file is refused at its first line.
    /// let err = ArgumentationFramework::parse(Format::Iccma, "1 2\np af 2\n").unwrap_err();
    /// assert_eq!(err.position().line(), Some(1));
    /// ```
    pub fn position(&self) -> &Position {
        &self.position
    }

    /// What went wrong.
    ///
    /// ```
    /// use claimgraph::argumentation::{Format, ArgumentationFramework, FormatErrorKind};
    /// let err = ArgumentationFramework::parse(Format::Iccma, "p af x\n").unwrap_err();
    /// assert!(matches!(err.kind(), FormatErrorKind::BadHeader { .. }));
    /// ```
    pub fn kind(&self) -> &FormatErrorKind {
        &self.kind
    }
}

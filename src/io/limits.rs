//! Bounds on what a reader accepts, shared by every interchange reader and the document
//! loader, and the two checks that enforce them before any parsing: input size and nesting.

use std::io::Read;

/// Bounds on what a read will accept, for input from untrusted sources.
///
/// Every reader takes one: the AIF, GDELT and PLOVER readers of [`io`](super) and the
/// [document](crate::document) loader. The defaults protect a server that reads what anyone
/// sends it: memory stays a small multiple of [`max_bytes`](Self::max_bytes), the graph holds
/// at most [`max_records`](Self::max_records) records' worth of entities, and a report keeps
/// [`max_findings`](Self::max_findings) findings in detail however bad the input. Raise them
/// for trusted bulk files; setters take and return the limits by value.
///
/// | limit | default | applies to |
/// |---|---|---|
/// | [`max_bytes`](Self::max_bytes) | 256 MiB | every reader: bytes read in all |
/// | [`max_line`](Self::max_line) | 64 KiB | line-based readers (GDELT, PLOVER JSON lines): a longer line is skipped and reported, never stored |
/// | [`max_depth`](Self::max_depth) | 64 | JSON readers (AIF, PLOVER, documents): arrays and objects nested deeper are refused before parsing |
/// | [`max_records`](Self::max_records) | 2,000,000 | lines (GDELT), records (PLOVER) and nodes (AIF) read |
/// | [`max_findings`](Self::max_findings) | 1000 | findings an import report keeps in detail (all are counted) |
///
/// Passing a limit is an error of kind [`ImportErrorKind::TooLarge`](super::ImportErrorKind)
/// (or [`DocumentErrorKind::TooLarge`](crate::document::DocumentErrorKind)) saying which
/// limit and where; nothing is kept of the partial read.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::{ImportErrorKind, Limits};
/// // A server that takes small PLOVER uploads.
/// let limits = Limits::default().with_max_bytes(64 * 1024).with_max_records(500);
/// let upload = "{\"event\": \"ACCUSE\"}\n".repeat(501);
/// let err = ClaimGraph::from_plover(upload.as_bytes(), &limits).unwrap_err();
/// assert_eq!(err.kind(), ImportErrorKind::TooLarge);
/// assert_eq!(err.to_string(), "PLOVER: line 501: more than the limit of 500 records");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Limits {
    bytes: u64,
    line: usize,
    depth: usize,
    records: u64,
    findings: usize,
}

impl Default for Limits {
    /// 256 MiB, lines of 64 KiB, nesting 64, 2,000,000 records, 1000 findings in detail.
    fn default() -> Self {
        Limits {
            bytes: 256 << 20,
            line: 64 << 10,
            depth: 64,
            records: 2_000_000,
            findings: 1000,
        }
    }
}

impl Limits {
    /// No bound on bytes or records, for trusted local files (a command-line tool reading
    /// the file its user named); lines, nesting and findings keep their default bounds, which
    /// guard memory rather than time.
    ///
    /// ```
    /// use claimgraph::io::Limits;
    /// let trusted = Limits::trusted();
    /// assert_eq!(trusted.max_records(), u64::MAX);
    /// assert_eq!(trusted.max_line(), Limits::default().max_line());
    /// ```
    pub fn trusted() -> Self {
        Limits::default()
            .with_max_bytes(u64::MAX)
            .with_max_records(u64::MAX)
    }

    /// Sets the most bytes read in all.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::Limits;
    /// let small = Limits::default().with_max_bytes(16);
    /// let err = ClaimGraph::from_aif_reader(&br#"{"nodes": [], "edges": []}"#[..], &small).unwrap_err();
    /// assert_eq!(err.message(), "more than the limit of 16 bytes");
    /// ```
    #[must_use]
    pub fn with_max_bytes(mut self, bytes: u64) -> Self {
        self.bytes = bytes;
        self
    }

    /// Sets the longest line a line-based reader stores, in bytes; longer lines are skipped
    /// (without being stored) and reported.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::{Limits, plover::FindingKind};
    /// let limits = Limits::default().with_max_line(64);
    /// let lines = format!("{}\n{}\n", r#"{"event": "ACCUSE", "source": "A", "target": "B"}"#, "x".repeat(100));
    /// let import = ClaimGraph::from_plover(lines.as_bytes(), &limits)?;
    /// assert_eq!(import.report().count(FindingKind::TooLong), 1);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    #[must_use]
    pub fn with_max_line(mut self, bytes: usize) -> Self {
        self.line = bytes;
        self
    }

    /// Sets how deeply JSON arrays and objects may nest (the top level is depth 1).
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::{ImportErrorKind, Limits};
    /// let err = ClaimGraph::from_aif_reader(&b"{\"nodes\": [[[]]]}"[..], &Limits::default().with_max_depth(3))
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), ImportErrorKind::TooLarge);
    /// assert_eq!(err.to_string(), "AIF: line 1, column 13: nested deeper than the limit of 3");
    /// ```
    #[must_use]
    pub fn with_max_depth(mut self, depth: usize) -> Self {
        self.depth = depth;
        self
    }

    /// Sets the most records read: GDELT lines, PLOVER records, AIF nodes.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::Limits;
    /// let err = ClaimGraph::from_gdelt(&b"\n\n\n"[..], &Limits::default().with_max_records(2)).unwrap_err();
    /// assert_eq!(err.to_string(), "GDELT: line 3: more than the limit of 2 records");
    /// ```
    #[must_use]
    pub fn with_max_records(mut self, records: u64) -> Self {
        self.records = records;
        self
    }

    /// Sets how many findings an import report keeps in detail; every finding is counted
    /// whatever this is.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::{Limits, plover::FindingKind};
    /// let import = ClaimGraph::from_plover(&b"[1, 2, 3]"[..], &Limits::default().with_max_findings(1))?;
    /// assert_eq!(import.report().findings().len(), 1);
    /// assert_eq!(import.report().count(FindingKind::Malformed), 3);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    #[must_use]
    pub fn with_max_findings(mut self, findings: usize) -> Self {
        self.findings = findings;
        self
    }

    /// The most bytes read in all.
    ///
    /// ```
    /// use claimgraph::io::Limits;
    /// assert_eq!(Limits::default().max_bytes(), 256 * 1024 * 1024);
    /// ```
    pub fn max_bytes(&self) -> u64 {
        self.bytes
    }

    /// The longest line stored, in bytes.
    ///
    /// ```
    /// use claimgraph::io::Limits;
    /// assert_eq!(Limits::default().max_line(), 64 * 1024);
    /// ```
    pub fn max_line(&self) -> usize {
        self.line
    }

    /// The deepest nesting of JSON arrays and objects.
    ///
    /// ```
    /// use claimgraph::io::Limits;
    /// assert_eq!(Limits::default().max_depth(), 64);
    /// ```
    pub fn max_depth(&self) -> usize {
        self.depth
    }

    /// The most records read.
    ///
    /// ```
    /// use claimgraph::io::Limits;
    /// assert_eq!(Limits::default().max_records(), 2_000_000);
    /// ```
    pub fn max_records(&self) -> u64 {
        self.records
    }

    /// The most findings kept in detail.
    ///
    /// ```
    /// use claimgraph::io::Limits;
    /// assert_eq!(Limits::default().max_findings(), 1000);
    /// ```
    pub fn max_findings(&self) -> usize {
        self.findings
    }
}

/// Why a bounded read stopped.
#[derive(Debug)]
pub(crate) enum Exceeded {
    /// The reader failed.
    Io(std::io::Error),
    /// More bytes than the limit.
    Bytes,
}

/// Reads everything, up to `limits.max_bytes()`: one byte more is [`Exceeded::Bytes`].
#[cfg_attr(not(feature = "serde"), allow(dead_code))] // the whole-input readers are JSON
pub(crate) fn read_bounded(reader: impl Read, limits: &Limits) -> Result<Vec<u8>, Exceeded> {
    let mut bytes = Vec::new();
    reader
        .take(limits.bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Exceeded::Io)?;
    if bytes.len() as u64 > limits.bytes {
        return Err(Exceeded::Bytes);
    }
    Ok(bytes)
}

/// The 1-based line and column of the first `[` or `{` nested deeper than `max`, outside
/// strings; `None` when the text nests no deeper. One pass, constant memory: it runs before
/// the parser so that deep input costs neither stack nor a large tree.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
pub(crate) fn too_deep(bytes: &[u8], max: usize) -> Option<(u64, u64)> {
    let (mut depth, mut line, mut line_start) = (0usize, 1u64, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            line += 1;
            line_start = i + 1;
        }
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some((line, (i - line_start + 1) as u64));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_measured_outside_strings() {
        assert_eq!(too_deep(b"[[]]", 2), None);
        assert_eq!(too_deep(b"[[[]]]", 2), Some((1, 3)));
        assert_eq!(too_deep(br#"["[[[[", "\"[[["]"#, 1), None);
        assert_eq!(too_deep(b"{\"a\":\n  {\"b\": []}}", 2), Some((2, 9)));
        // Unbalanced closers never underflow.
        assert_eq!(too_deep(b"]]]]{", 1), None);
    }

    #[test]
    fn bounded_reads_stop_one_byte_past_the_limit() {
        let limits = Limits::default().with_max_bytes(4);
        assert_eq!(read_bounded(&b"abcd"[..], &limits).unwrap(), b"abcd");
        assert!(matches!(
            read_bounded(&b"abcde"[..], &limits),
            Err(Exceeded::Bytes)
        ));
    }
}

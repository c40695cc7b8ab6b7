//! The one report and the one result shape of every reader.

use super::{Format, ImportError, Limits, Position};
use crate::{ClaimGraph, EntityKind, StatementId};
use std::collections::BTreeMap;
use std::fmt;

/// One thing a reader found: a record skipped, or content it could not carry over. What
/// kind (the format's own enum: [`aif::FindingKind`](super::aif::FindingKind),
/// [`gdelt::FindingKind`](super::gdelt::FindingKind),
/// [`plover::FindingKind`](super::plover::FindingKind)), where, the record's own id in
/// the file when it has one, and a sentence on this case.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::aif::FindingKind;
/// let aif = r#"{"nodes": [{"nodeID": "1", "type": "MA", "text": "Default Rephrase"}], "edges": []}"#;
/// let import = ClaimGraph::from_aif(aif)?;
/// let finding = &import.report().findings()[0];
/// assert_eq!(finding.kind(), FindingKind::Rephrase);
/// assert_eq!(finding.record(), Some("1"));
/// assert_eq!(finding.to_string(),
///     "nodes[0]: MA rephrase node not represented: a rephrase (MA) relation between statements is not represented");
/// # Ok::<(), claimgraph::io::ImportError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding<K> {
    kind: K,
    position: Position,
    record: Option<String>,
    message: String,
}

impl<K: Copy> Finding<K> {
    /// What was found.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::{Limits, plover::FindingKind};
    /// let import = ClaimGraph::from_plover(&b"[{\"event\": \"SHOUT\"}, 3]"[..], &Limits::default())?;
    /// let skipped: Vec<FindingKind> = import.report().findings().iter().map(|f| f.kind()).collect();
    /// assert_eq!(skipped, [FindingKind::EventType, FindingKind::Malformed]);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn kind(&self) -> K {
        self.kind
    }

    /// Where in the input: a line (GDELT, PLOVER JSON lines), a JSON path (AIF, PLOVER
    /// arrays), or both.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let import = ClaimGraph::from_aif(r#"{"nodes": [], "edges": [{"fromID": "1", "toID": "2"}]}"#)?;
    /// assert_eq!(import.report().findings()[0].position().path(), "edges[0]");
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn position(&self) -> &Position {
        &self.position
    }

    /// The record's own id in the file, when it has one and the reader had read it (an AIF
    /// `nodeID`, a PLOVER `id`, a GDELT `GlobalEventID`): what to search the file for.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let import = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "7", "type": "PA"}]}"#)?;
    /// assert_eq!(import.report().findings()[0].record(), Some("7"));
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn record(&self) -> Option<&str> {
        self.record.as_deref()
    }

    /// A sentence on this case: the offending value, or what was done instead.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::Limits;
    /// let import = ClaimGraph::from_plover(&b"[{\"event\": \"SHOUT\"}]"[..], &Limits::default())?;
    /// assert_eq!(import.report().findings()[0].message(), "\"SHOUT\" is not a PLOVER event type");
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl<K: fmt::Display> fmt::Display for Finding<K> {
    /// `position: kind: message`, the position left out when it names nothing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.position.is_empty() {
            write!(f, "{}: ", self.position)?;
        }
        write!(f, "{}: {}", self.kind, self.message)
    }
}

/// What a reader read, what it added to the graph, and what it found on the way.
///
/// One type for every format, generic over the format's kind of finding. The counting rule
/// is the same everywhere: every finding is counted by kind ([`count`](Self::count),
/// [`total`](Self::total)); the first [`Limits::max_findings`] are also kept in detail
/// ([`findings`](Self::findings)), so memory does not grow with bad input.
///
/// `Display` prints a summary: what was read and added, then each kind of finding with its
/// count and its first locations.
///
/// ```
/// use claimgraph::{ClaimGraph, EntityKind};
/// use claimgraph::io::aif::FindingKind;
/// let aif = r#"{"nodes": [
///     {"nodeID": "1", "type": "I", "text": "Taxes should rise"},
///     {"nodeID": "2", "type": "I", "text": "They should not"},
///     {"nodeID": "3", "type": "CA", "text": "Default Conflict"}],
///   "edges": [{"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "1"},
///             {"fromID": "3", "toID": "8"}, {"fromID": "9", "toID": "1"}]}"#;
/// let import = ClaimGraph::from_aif(aif)?;
/// let report = import.report();
/// assert_eq!((report.read(), report.read_of_type("I")), (3, 2));
/// assert_eq!(report.added(EntityKind::Rebuttal), 1);
/// assert_eq!(report.count(FindingKind::Dangling), 2);
/// assert_eq!(report.to_string(), "\
/// AIF: read 3 nodes (CA: 1, I: 2); added 1 actor, 1 claim, 1 rebuttal
/// 2 × edge to a missing node, or repeated node id (edges[2], edges[3])
/// ");
/// # Ok::<(), claimgraph::io::ImportError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report<K> {
    format: Format,
    read: u64,
    types: BTreeMap<String, u64>,
    left_out: u64,
    added: BTreeMap<EntityKind, u64>,
    counts: BTreeMap<K, u64>,
    findings: Vec<Finding<K>>,
    max_findings: usize,
    max_records: u64,
}

/// How many locations `Display` shows per kind of finding.
const SHOWN: usize = 3;

impl<K: Copy + Ord> Report<K> {
    pub(crate) fn new(format: Format, limits: &Limits) -> Self {
        Report {
            format,
            read: 0,
            types: BTreeMap::new(),
            left_out: 0,
            added: BTreeMap::new(),
            counts: BTreeMap::new(),
            findings: Vec::new(),
            max_findings: limits.max_findings(),
            max_records: limits.max_records(),
        }
    }

    /// Counts one record read, of the type the file gives it if any; past
    /// [`Limits::max_records`], the error that stops the read at `position`.
    pub(crate) fn record(
        &mut self,
        ty: Option<&str>,
        position: impl FnOnce() -> Position,
    ) -> Result<(), ImportError> {
        if self.read >= self.max_records {
            return Err(ImportError::too_large(
                self.format,
                position(),
                &format!("more than the limit of {} records", self.max_records),
            ));
        }
        self.read += 1;
        if let Some(ty) = ty {
            match self.types.get_mut(ty) {
                Some(n) => *n += 1,
                None => {
                    self.types.insert(ty.to_owned(), 1);
                }
            }
        }
        Ok(())
    }

    /// Counts one well-formed record left out by choice (not a finding).
    pub(crate) fn leave_out(&mut self) {
        self.left_out += 1;
    }

    /// Takes the counts of entities added from the graph the reader built (every reader
    /// builds a new graph, so what it holds is what was added).
    pub(crate) fn tally(&mut self, graph: &ClaimGraph) {
        for kind in EntityKind::DOCUMENT_ORDER {
            let n = graph.count(kind) as u64;
            if n > 0 {
                self.added.insert(kind, n);
            }
        }
    }

    /// Counts a finding, and keeps it in detail while there is room. `position` and
    /// `message` are only built for the findings kept: bad input costs no formatting.
    pub(crate) fn note(
        &mut self,
        kind: K,
        record: Option<&str>,
        position: impl FnOnce() -> Position,
        message: impl FnOnce() -> String,
    ) {
        *self.counts.entry(kind).or_default() += 1;
        if self.findings.len() < self.max_findings {
            self.findings.push(Finding {
                kind,
                position: position(),
                record: record.map(str::to_owned),
                message: message(),
            });
        }
    }

    /// The format read.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::{Format, Limits};
    /// let import = ClaimGraph::from_gdelt(&b""[..], &Limits::default())?;
    /// assert_eq!(import.report().format(), Format::Gdelt);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn format(&self) -> Format {
        self.format
    }

    /// Records read: GDELT lines (blank ones included), PLOVER records, AIF nodes.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::Limits;
    /// let import = ClaimGraph::from_plover(&b"{\"event\": \"ACCUSE\"}\n\n[1]\n"[..], &Limits::default())?;
    /// // Two records (the blank line is none), neither of which made anything.
    /// assert_eq!(import.report().read(), 2);
    /// assert_eq!(import.report().total(), 2);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn read(&self) -> u64 {
        self.read
    }

    /// Records read of one type, as the file names it: AIF node types (`"I"`, `"CA"`,
    /// ...), PLOVER event types as written (`"DISAPPROVE"`). GDELT lines have no such type:
    /// always 0 there.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let import = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "1", "type": "I", "text": "x"}]}"#)?;
    /// assert_eq!(import.report().read_of_type("I"), 1);
    /// assert_eq!(import.report().read_of_type("RA"), 0);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn read_of_type(&self, ty: &str) -> u64 {
        self.types.get(ty).copied().unwrap_or(0)
    }

    /// Well-formed records left out by choice, not for a fault: GDELT events whose code is
    /// outside the importer's [prefixes](super::gdelt::Importer::with_prefixes).
    ///
    /// ```
    /// use claimgraph::{CameoCode, ClaimGraph};
    /// use claimgraph::io::{Limits, gdelt::Importer};
    /// let mut row = vec![""; 61];
    /// row[1] = "20231120"; row[5] = "FIN"; row[15] = "RUS"; row[26] = "042";
    /// let import = Importer::new().import(row.join("\t").as_bytes(), &Limits::default())?;
    /// assert_eq!((import.report().left_out(), import.report().total()), (1, 0));
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn left_out(&self) -> u64 {
        self.left_out
    }

    /// Entities of one kind added to the graph.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, EntityKind};
    /// let import = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "1", "type": "I", "text": "x"}]}"#)?;
    /// // The claim, and the actor standing for its unknown speaker.
    /// assert_eq!(import.report().added(EntityKind::Claim), 1);
    /// assert_eq!(import.report().added(EntityKind::Actor), 1);
    /// assert_eq!(import.report().added(EntityKind::Claim) as usize, import.graph().claim_count());
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn added(&self, kind: EntityKind) -> u64 {
        self.added.get(&kind).copied().unwrap_or(0)
    }

    /// Findings of one kind, all counted (kept in detail or not).
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::{Limits, plover::FindingKind};
    /// let bad = format!("[{}]", ["3"; 5000].join(","));
    /// let import = ClaimGraph::from_plover(bad.as_bytes(), &Limits::default())?;
    /// assert_eq!(import.report().count(FindingKind::Malformed), 5000);
    /// assert_eq!(import.report().findings().len(), 1000);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn count(&self, kind: K) -> u64 {
        self.counts.get(&kind).copied().unwrap_or(0)
    }

    /// Findings of every kind: 0 when everything read was carried over.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let import = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "1", "type": "I", "text": "x"}]}"#)?;
    /// assert_eq!(import.report().total(), 0);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn total(&self) -> u64 {
        self.counts.values().sum()
    }

    /// The findings kept in detail (the first [`Limits::max_findings`]), in input order.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let aif = r#"{"nodes": [{"type": "I"}, 3, {"nodeID": "1", "type": "I"}],
    ///               "edges": [{"fromID": "1", "toID": "2"}]}"#;
    /// let import = ClaimGraph::from_aif(aif)?;
    /// let paths: Vec<&str> = import.report().findings().iter().map(|f| f.position().path()).collect();
    /// assert_eq!(paths, ["nodes[0]", "nodes[1]", "edges[0]"]);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn findings(&self) -> &[Finding<K>] {
        &self.findings
    }
}

/// What one unit read is called, per format.
fn unit(format: Format) -> &'static str {
    match format {
        Format::Aif => "nodes",
        Format::Gdelt => "lines",
        Format::Plover | Format::ClaimReview => "records",
        Format::Stix => "objects",
    }
}

impl<K: Copy + Ord + fmt::Display> fmt::Display for Report<K> {
    /// A summary: what was read (by type, where the format has types) and added, then one
    /// line per kind of finding with its count and the first few locations.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: read {} {}",
            self.format,
            self.read,
            unit(self.format)
        )?;
        if !self.types.is_empty() {
            let types: Vec<String> = self
                .types
                .iter()
                .map(|(t, n)| format!("{t}: {n}"))
                .collect();
            write!(f, " ({})", types.join(", "))?;
        }
        let added: Vec<String> = self
            .added
            .iter()
            .map(|(kind, &n)| format!("{n} {kind}{}", if n == 1 { "" } else { "s" }))
            .collect();
        if added.is_empty() {
            f.write_str("; added nothing")?;
        } else {
            write!(f, "; added {}", added.join(", "))?;
        }
        if self.left_out > 0 {
            write!(f, "; left out {}", self.left_out)?;
        }
        writeln!(f)?;
        for (&kind, &n) in &self.counts {
            write!(f, "{n} × {kind}")?;
            let mut at = self.findings.iter().filter(|x| x.kind == kind);
            let shown: Vec<String> = at
                .by_ref()
                .take(SHOWN)
                .map(|x| match (&x.record, x.position.is_empty()) {
                    (Some(r), true) => format!("record {r}"),
                    _ => x.position.to_string(),
                })
                .collect();
            if !shown.is_empty() {
                let more = if (shown.len() as u64) < n {
                    ", …"
                } else {
                    ""
                };
                write!(f, " ({}{more})", shown.join(", "))?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

/// What every reader returns: the graph it built and the [`Report`] of the read.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::Limits;
/// let (graph, report) = ClaimGraph::from_gdelt(&b"\n"[..], &Limits::default())?.into_parts();
/// assert!(graph.is_empty());
/// assert_eq!(report.read(), 1);
/// # Ok::<(), claimgraph::io::ImportError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Import<K> {
    pub(super) graph: ClaimGraph,
    pub(super) report: Report<K>,
    /// Which statement each keyed record became; only AIF records are looked up by key.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(super) statements: BTreeMap<String, StatementId>,
}

impl<K> Import<K> {
    pub(crate) fn new(graph: ClaimGraph, report: Report<K>) -> Self {
        Import {
            graph,
            report,
            statements: BTreeMap::new(),
        }
    }

    /// The graph read.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let import = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "1", "type": "I", "text": "x"}]}"#)?;
    /// let (_, claim) = import.graph().claims().next().unwrap();
    /// assert_eq!(claim.allegation().text(), "x");
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn graph(&self) -> &ClaimGraph {
        &self.graph
    }

    /// The report of the read.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::Limits;
    /// let import = ClaimGraph::from_plover(&b"[3]"[..], &Limits::default())?;
    /// if import.report().total() > 0 {
    ///     eprint!("{}", import.report()); // what a command-line tool shows its user
    /// }
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn report(&self) -> &Report<K> {
        &self.report
    }

    /// The graph and the report, to keep the graph after reading the report.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let (mut graph, report) = ClaimGraph::from_aif(r#"{"nodes": []}"#)?.into_parts();
    /// assert_eq!(report.total(), 0);
    /// graph.add_actor(claimgraph::Actor::new("NATO", claimgraph::ActorKind::Alliance)).unwrap();
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn into_parts(self) -> (ClaimGraph, Report<K>) {
        (self.graph, self.report)
    }
}

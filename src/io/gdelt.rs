//! GDELT 2.0 events: a streaming reader of the tab-separated export files.

use super::error::{ImportError, ImportErrorKind, InterchangeFormat};
use crate::{
    Actor, ActorId, ActorKind, Allegation, CameoActorCode, CameoCode, Claim, ClaimGraph,
    CountryCode, PartialDate, Source, SourceId, SourceKind, SpeechAct,
};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::BufRead;

/// Columns of a GDELT 2.0 events row.
pub(crate) const COLUMNS: usize = 61;
const EVENT_ID: usize = 0;
const SQLDATE: usize = 1;
const ACTOR1: usize = 5; // Actor1Code, then Name, CountryCode, ..., Type1Code at +7
const ACTOR2: usize = 15;
const EVENT_CODE: usize = 26;
const SOURCE_URL: usize = 60;
/// Longest line read whole; the rest of a longer line is skipped without being stored.
const MAX_LINE: usize = 64 * 1024;

/// Why one GDELT line was skipped.
///
/// ```
/// use claimgraph::GdeltFaultKind;
/// assert_eq!(GdeltFaultKind::EventCode.to_string(), "malformed CAMEO event code");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum GdeltFaultKind {
    /// The line does not have 61 tab-separated columns.
    ColumnCount,
    /// The line is not UTF-8.
    Encoding,
    /// The line is longer than 64 KiB.
    TooLong,
    /// `EventCode` is not a CAMEO code (`13y`, `16`, empty).
    EventCode,
    /// `SQLDATE` is not a date `YYYYMMDD`.
    Date,
    /// The event has no source actor, or an accusation has no target actor.
    Actor,
    /// The graph refused the claim.
    Rejected,
}

impl fmt::Display for GdeltFaultKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            GdeltFaultKind::ColumnCount => "wrong number of columns",
            GdeltFaultKind::Encoding => "not UTF-8",
            GdeltFaultKind::TooLong => "line too long",
            GdeltFaultKind::EventCode => "malformed CAMEO event code",
            GdeltFaultKind::Date => "malformed SQLDATE",
            GdeltFaultKind::Actor => "missing actor",
            GdeltFaultKind::Rejected => "claim refused by the graph",
        })
    }
}

/// One skipped GDELT line: its 1-based number, why, and details.
///
/// ```
/// use claimgraph::{ClaimGraph, GdeltFaultKind};
/// let import = ClaimGraph::from_gdelt(&b"1\t2\t3\n"[..])?;
/// let fault = &import.report().faults()[0];
/// assert_eq!((fault.line(), fault.kind()), (1, GdeltFaultKind::ColumnCount));
/// assert_eq!(fault.message(), "3 columns, expected 61");
/// # Ok::<(), claimgraph::ImportError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GdeltFault {
    line: u64,
    kind: GdeltFaultKind,
    message: String,
}

impl GdeltFault {
    /// The 1-based line number.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_gdelt(&b"\nx\n"[..])?;
    /// assert_eq!(i.report().faults()[0].line(), 2);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Why the line was skipped.
    ///
    /// ```
    /// # use claimgraph::{ClaimGraph, GdeltFaultKind};
    /// let i = ClaimGraph::from_gdelt(&b"x\n"[..])?;
    /// assert_eq!(i.report().faults()[0].kind(), GdeltFaultKind::ColumnCount);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn kind(&self) -> GdeltFaultKind {
        self.kind
    }

    /// Details: the offending value.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_gdelt(&b"x\n"[..])?;
    /// assert_eq!(i.report().faults()[0].message(), "1 columns, expected 61");
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for GdeltFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}: {}", self.line, self.kind, self.message)
    }
}

/// What a GDELT import read: lines, claims made, lines of other event types, and the faults
/// (every fault counted; the first [`GdeltImporter::max_faults`] kept in detail, so the report
/// stays small on files of any size).
///
/// ```
/// use claimgraph::{ClaimGraph, GdeltFaultKind};
/// let import = ClaimGraph::from_gdelt(&b"bad line\n"[..])?;
/// let r = import.report();
/// assert_eq!((r.lines(), r.claims(), r.other_events()), (1, 0, 0));
/// assert_eq!(r.fault_count(GdeltFaultKind::ColumnCount), 1);
/// # Ok::<(), claimgraph::ImportError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GdeltReport {
    lines: u64,
    claims: u64,
    other: u64,
    counts: BTreeMap<GdeltFaultKind, u64>,
    faults: Vec<GdeltFault>,
}

impl GdeltReport {
    /// Lines read, blank ones included.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_gdelt(&b"\n\n"[..])?.report().lines(), 2);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn lines(&self) -> u64 {
        self.lines
    }

    /// Claims added to the graph.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_gdelt(&b""[..])?.report().claims(), 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn claims(&self) -> u64 {
        self.claims
    }

    /// Well-formed lines whose event is not accusation-like, left out.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_gdelt(&b""[..])?.report().other_events(), 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn other_events(&self) -> u64 {
        self.other
    }

    /// How many lines were skipped for one kind of fault.
    ///
    /// ```
    /// # use claimgraph::{ClaimGraph, GdeltFaultKind};
    /// let i = ClaimGraph::from_gdelt(&b"a\nb\n"[..])?;
    /// assert_eq!(i.report().fault_count(GdeltFaultKind::ColumnCount), 2);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn fault_count(&self, kind: GdeltFaultKind) -> u64 {
        self.counts.get(&kind).copied().unwrap_or(0)
    }

    /// The faults kept in detail, in line order.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert!(ClaimGraph::from_gdelt(&b""[..])?.report().faults().is_empty());
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn faults(&self) -> &[GdeltFault] {
        &self.faults
    }
}

impl fmt::Display for GdeltReport {
    /// A summary: counts, then the faults kept in detail.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "GDELT lines read: {}, claims: {}, other events: {}",
            self.lines, self.claims, self.other
        )?;
        for (kind, n) in &self.counts {
            writeln!(f, "{n} × {kind}")?;
        }
        for fault in &self.faults {
            writeln!(f, "  {fault}")?;
        }
        Ok(())
    }
}

/// A graph read from GDELT, and the report.
///
/// ```
/// use claimgraph::ClaimGraph;
/// let (graph, report) = ClaimGraph::from_gdelt(&b""[..])?.into_parts();
/// assert!(graph.is_empty() && report.faults().is_empty());
/// # Ok::<(), claimgraph::ImportError>(())
/// ```
#[derive(Clone, Debug)]
pub struct GdeltImport {
    graph: ClaimGraph,
    report: GdeltReport,
}

impl GdeltImport {
    /// The graph.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert!(ClaimGraph::from_gdelt(&b""[..])?.graph().is_empty());
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn graph(&self) -> &ClaimGraph {
        &self.graph
    }

    /// The report.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_gdelt(&b""[..])?.report().lines(), 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn report(&self) -> &GdeltReport {
        &self.report
    }

    /// The graph and the report.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let (g, r) = ClaimGraph::from_gdelt(&b""[..])?.into_parts();
    /// assert!(g.is_empty() && r.lines() == 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn into_parts(self) -> (ClaimGraph, GdeltReport) {
        (self.graph, self.report)
    }
}

/// Reads GDELT 2.0 event files into claims; configured by value.
///
/// Each line is one event. An event whose `EventCode` falls under one of the importer's
/// prefixes becomes a [`Claim`] by Actor1 about Actor2:
///
/// | CAMEO | meaning | speech act |
/// |---|---|---|
/// | `111`, `112`, `1121`..`1125`, `114` | criticise, accuse, complain | [`SpeechAct::Accusation`] |
/// | `016`, `12x` | deny responsibility, reject | [`SpeechAct::Denial`] |
/// | `13x` | threaten | [`SpeechAct::Threat`] |
///
/// The claim's allegation is the code's description with the code as its category; its date
/// is `SQLDATE`; `SOURCEURL` becomes an article [`Source`] (one per distinct URL); the GDELT
/// event id is kept in the allegation text (`GDELT event 1234: Accuse`). Actors are
/// deduplicated by code and name: one [`Actor`] per distinct (`ActorNCode`, `ActorNName`),
/// named by `ActorNName` (or the code when the name is empty), with the CAMEO actor code and
/// the country code where valid; of kind state when the code is a bare country code,
/// government when `ActorNType1Code` is `GOV`, unknown otherwise.
///
/// Codes are strings: `016` is not `16`. Faulty lines (wrong column count, a code such as
/// `13y`, a bad date, a missing actor, not UTF-8, longer than 64 KiB) are skipped and
/// reported with their line numbers; blank lines are ignored.
///
/// # Memory
/// The file is read line by line into one reused buffer of at most 64 KiB: memory is that,
/// plus the graph being built, plus one map entry per distinct actor and URL.
///
/// ```
/// use claimgraph::{CameoCode, ClaimGraph, GdeltImporter};
/// let mut row = vec![""; 61];
/// row[0] = "1"; row[1] = "20231120";
/// row[5] = "FINGOV"; row[6] = "FINLAND"; row[7] = "FIN";
/// row[15] = "RUS"; row[16] = "RUSSIA"; row[17] = "RUS";
/// row[26] = "1123"; row[60] = "https://example.org/a";
/// let file = row.join("\t") + "\n";
/// let import = GdeltImporter::new().import(file.as_bytes())?;
/// let g = import.graph();
/// let (_, claim) = g.claims().next().unwrap();
/// assert_eq!(g.actor(claim.claimant()).unwrap().name(), "FINLAND");
/// assert_eq!(g.actor(claim.about()[0]).unwrap().name(), "RUSSIA");
/// assert_eq!(claim.allegation().category(), Some(CameoCode::parse("1123")?));
/// assert_eq!(claim.stated().unwrap().to_string(), "2023-11-20");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct GdeltImporter {
    prefixes: Vec<CameoCode>,
    max_faults: usize,
}

impl Default for GdeltImporter {
    fn default() -> Self {
        GdeltImporter::new()
    }
}

impl GdeltImporter {
    /// An importer of accusation-like events (`111`, `112`, `114`, `016`, `12`, `13`
    /// prefixes) that keeps the first 1000 faults in detail.
    ///
    /// ```
    /// use claimgraph::GdeltImporter;
    /// assert_eq!(GdeltImporter::new().prefixes().len(), 6);
    /// ```
    pub fn new() -> Self {
        GdeltImporter {
            prefixes: ["111", "112", "114", "016", "12", "13"]
                .into_iter()
                .filter_map(|c| CameoCode::parse(c).ok())
                .collect(),
            max_faults: 1000,
        }
    }

    /// Which event codes are imported: those within one of `prefixes`. Codes outside the
    /// three groups of the table above become [`SpeechAct::Assertion`] claims.
    ///
    /// ```
    /// use claimgraph::{CameoCode, GdeltImporter};
    /// let only_accusations = GdeltImporter::new().with_prefixes(vec![CameoCode::parse("112")?]);
    /// assert_eq!(only_accusations.prefixes().len(), 1);
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    #[must_use]
    pub fn with_prefixes(mut self, prefixes: Vec<CameoCode>) -> Self {
        self.prefixes = prefixes;
        self
    }

    /// How many faults the report keeps in detail (all are counted).
    ///
    /// ```
    /// use claimgraph::GdeltImporter;
    /// let r = GdeltImporter::new().with_max_faults(1).import(&b"a\nb\n"[..])?;
    /// assert_eq!(r.report().faults().len(), 1);
    /// assert_eq!(r.report().fault_count(claimgraph::GdeltFaultKind::ColumnCount), 2);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    #[must_use]
    pub fn with_max_faults(mut self, n: usize) -> Self {
        self.max_faults = n;
        self
    }

    /// The prefixes of imported event codes.
    ///
    /// ```
    /// use claimgraph::GdeltImporter;
    /// assert_eq!(GdeltImporter::new().prefixes()[0].as_str(), "111");
    /// ```
    pub fn prefixes(&self) -> &[CameoCode] {
        &self.prefixes
    }

    /// The largest number of faults kept in detail.
    ///
    /// ```
    /// use claimgraph::GdeltImporter;
    /// assert_eq!(GdeltImporter::new().max_faults(), 1000);
    /// ```
    pub fn max_faults(&self) -> usize {
        self.max_faults
    }

    /// Reads a whole file into a new graph.
    ///
    /// # Errors
    /// [`ImportError`] of kind [`ImportErrorKind::Io`], with the line number, when reading
    /// fails. Faulty lines are not errors: they are in the report.
    ///
    /// # Complexity
    /// O(bytes) time; memory as described on [`GdeltImporter`].
    ///
    /// ```
    /// use claimgraph::GdeltImporter;
    /// let import = GdeltImporter::new().import(&b"\n"[..])?;
    /// assert_eq!(import.report().lines(), 1);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn import(&self, reader: impl BufRead) -> Result<GdeltImport, ImportError> {
        let mut graph = ClaimGraph::new();
        let report = self.import_into(&mut graph, reader)?;
        Ok(GdeltImport { graph, report })
    }

    /// Reads a file into an existing graph: new actors are added (not matched against the
    /// graph's own), claims appended.
    ///
    /// # Errors
    /// As [`import`](Self::import).
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, GdeltImporter};
    /// let mut g = ClaimGraph::new();
    /// let report = GdeltImporter::new().import_into(&mut g, &b""[..])?;
    /// assert_eq!(report.claims(), 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn import_into(
        &self,
        graph: &mut ClaimGraph,
        mut reader: impl BufRead,
    ) -> Result<GdeltReport, ImportError> {
        let mut state = State {
            graph,
            report: GdeltReport::default(),
            actors: HashMap::new(),
            sources: HashMap::new(),
            max_faults: self.max_faults,
        };
        let mut buf: Vec<u8> = Vec::with_capacity(4096);
        loop {
            let line_no = state.report.lines + 1;
            let read = next_line(&mut reader, &mut buf).map_err(|e| {
                ImportError::new(
                    InterchangeFormat::Gdelt,
                    ImportErrorKind::Io,
                    Some(line_no),
                    "",
                    e.to_string(),
                )
            })?;
            let Some(too_long) = read else {
                break;
            };
            state.report.lines = line_no;
            if too_long {
                state.fault(
                    line_no,
                    GdeltFaultKind::TooLong,
                    "longer than 64 KiB".into(),
                );
                continue;
            }
            self.line(&mut state, line_no, &buf);
        }
        Ok(state.report)
    }

    fn line(&self, state: &mut State<'_>, line_no: u64, bytes: &[u8]) {
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        let Ok(text) = std::str::from_utf8(bytes) else {
            state.fault(line_no, GdeltFaultKind::Encoding, "invalid UTF-8".into());
            return;
        };
        let mut cols: [&str; COLUMNS] = [""; COLUMNS];
        let mut n = 0usize;
        for field in text.split('\t') {
            if n < COLUMNS {
                cols[n] = field;
            }
            n += 1;
        }
        if n != COLUMNS {
            state.fault(
                line_no,
                GdeltFaultKind::ColumnCount,
                format!("{n} columns, expected {COLUMNS}"),
            );
            return;
        }
        let raw_code = cols[EVENT_CODE].trim();
        let Ok(event) = CameoCode::parse(raw_code) else {
            state.fault(
                line_no,
                GdeltFaultKind::EventCode,
                format!("EventCode {raw_code:?} is not a CAMEO code"),
            );
            return;
        };
        if !self.prefixes.iter().any(|p| event.is_within(*p)) {
            state.report.other += 1;
            return;
        }
        let Some(date) = sql_date(cols[SQLDATE]) else {
            state.fault(
                line_no,
                GdeltFaultKind::Date,
                format!("SQLDATE {:?} is not YYYYMMDD", cols[SQLDATE]),
            );
            return;
        };
        let act = act_of(event);
        let named = |at: usize| !cols[at].trim().is_empty() || !cols[at + 1].trim().is_empty();
        if !named(ACTOR1) {
            state.fault(line_no, GdeltFaultKind::Actor, "no Actor1".into());
            return;
        }
        if act == SpeechAct::Accusation && !named(ACTOR2) {
            state.fault(
                line_no,
                GdeltFaultKind::Actor,
                "an accusation without Actor2".into(),
            );
            return;
        }
        let Some(claimant) = state.actor(&cols[ACTOR1..ACTOR1 + 10]) else {
            state.fault(line_no, GdeltFaultKind::Actor, "no Actor1".into());
            return;
        };
        let target = state.actor(&cols[ACTOR2..ACTOR2 + 10]);
        if act == SpeechAct::Accusation && target.is_none() {
            state.fault(
                line_no,
                GdeltFaultKind::Actor,
                "an accusation without Actor2".into(),
            );
            return;
        }
        let what = event.description().unwrap_or("event");
        let id = cols[EVENT_ID].trim();
        let text = if id.is_empty() {
            what.to_owned()
        } else {
            format!("GDELT event {id}: {what}")
        };
        let mut claim =
            Claim::new(claimant, act, Allegation::new(text).with_category(event)).with_stated(date);
        if let Some(t) = target.filter(|&t| t != claimant) {
            claim = claim.with_about(t);
        } else if act == SpeechAct::Accusation {
            state.fault(
                line_no,
                GdeltFaultKind::Actor,
                "Actor1 accuses itself".into(),
            );
            return;
        }
        if let Some(source) = state.source(cols[SOURCE_URL].trim(), date) {
            claim = claim.with_source(source);
        }
        match state.graph.add_claim(claim) {
            Ok(_) => state.report.claims += 1,
            Err(e) => state.fault(line_no, GdeltFaultKind::Rejected, e.to_string()),
        }
    }
}

fn act_of(code: CameoCode) -> SpeechAct {
    let within = |p: &str| CameoCode::parse(p).is_ok_and(|p| code.is_within(p));
    if within("111") || within("112") || within("114") {
        SpeechAct::Accusation
    } else if within("016") || within("12") {
        SpeechAct::Denial
    } else if within("13") {
        SpeechAct::Threat
    } else {
        SpeechAct::Assertion
    }
}

fn sql_date(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year = s.get(0..4)?.parse().ok()?;
    let month = s.get(4..6)?.parse().ok()?;
    let day = s.get(6..8)?.parse().ok()?;
    PartialDate::day(year, month, day).ok()
}

/// Reads one line (without its `\n`) into `buf`. `None` at the end of input; `Some(true)` when
/// the line was longer than [`MAX_LINE`], whose rest is skipped without being stored.
fn next_line(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> std::io::Result<Option<bool>> {
    buf.clear();
    let mut any = false;
    let mut too_long = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any.then_some(too_long));
        }
        any = true;
        let (part, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], Some(i + 1)),
            None => (chunk, None),
        };
        if !too_long {
            if buf.len() + part.len() > MAX_LINE {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(part);
            }
        }
        let used = done.unwrap_or(chunk.len());
        reader.consume(used);
        if done.is_some() {
            return Ok(Some(too_long));
        }
    }
}

struct State<'g> {
    graph: &'g mut ClaimGraph,
    report: GdeltReport,
    actors: HashMap<(String, String), ActorId>,
    sources: HashMap<String, SourceId>,
    max_faults: usize,
}

impl State<'_> {
    fn fault(&mut self, line: u64, kind: GdeltFaultKind, message: String) {
        *self.report.counts.entry(kind).or_default() += 1;
        if self.report.faults.len() < self.max_faults {
            self.report.faults.push(GdeltFault {
                line,
                kind,
                message,
            });
        }
    }

    /// The actor of ten columns (Code, Name, CountryCode, KnownGroup, Ethnic, Religion1,
    /// Religion2, Type1, Type2, Type3), made on first sight.
    fn actor(&mut self, cols: &[&str]) -> Option<ActorId> {
        let code = cols.first()?.trim();
        let name = cols.get(1)?.trim();
        if code.is_empty() && name.is_empty() {
            return None;
        }
        let key = (code.to_owned(), name.to_owned());
        if let Some(&a) = self.actors.get(&key) {
            return Some(a);
        }
        let country = cols.get(2).map_or("", |c| c.trim());
        let type1 = cols.get(7).map_or("", |c| c.trim());
        let kind = if !code.is_empty() && code == country {
            ActorKind::State
        } else if type1 == "GOV" {
            ActorKind::Government
        } else {
            ActorKind::Unknown
        };
        let mut actor = Actor::new(if name.is_empty() { code } else { name }, kind);
        if let Ok(c) = CameoActorCode::parse(code) {
            actor = actor.with_cameo(c);
        }
        if let Ok(c) = country.parse::<CountryCode>() {
            actor = actor.with_iso3(c);
        }
        let id = self.graph.add_actor(actor).ok()?;
        self.actors.insert(key, id);
        Some(id)
    }

    fn source(&mut self, url: &str, date: PartialDate) -> Option<SourceId> {
        if url.is_empty() {
            return None;
        }
        if let Some(&s) = self.sources.get(url) {
            return Some(s);
        }
        let s = self
            .graph
            .add_source(
                Source::new(SourceKind::Article, url)
                    .with_url(url)
                    .with_date(date),
            )
            .ok()?;
        self.sources.insert(url.to_owned(), s);
        Some(s)
    }
}

impl ClaimGraph {
    /// Reads GDELT 2.0 events with the default [`GdeltImporter`].
    ///
    /// # Errors
    /// As [`GdeltImporter::import`].
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, GdeltFaultKind};
    /// let mut row = vec![""; 61];
    /// row[1] = "20231120"; row[5] = "FIN"; row[15] = "RUS"; row[26] = "13y";
    /// let import = ClaimGraph::from_gdelt(row.join("\t").as_bytes())?;
    /// assert_eq!(import.report().fault_count(GdeltFaultKind::EventCode), 1);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn from_gdelt(reader: impl BufRead) -> Result<GdeltImport, ImportError> {
        GdeltImporter::new().import(reader)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_skipped_without_being_stored() {
        let mut input = vec![b'x'; MAX_LINE * 3];
        input.extend_from_slice(b"\nshort\n");
        let mut r = std::io::BufReader::with_capacity(1024, &input[..]);
        let mut buf = Vec::new();
        assert_eq!(next_line(&mut r, &mut buf).unwrap(), Some(true));
        assert!(buf.capacity() <= MAX_LINE * 2);
        assert_eq!(next_line(&mut r, &mut buf).unwrap(), Some(false));
        assert_eq!(buf, b"short");
        assert_eq!(next_line(&mut r, &mut buf).unwrap(), None);
    }

    #[test]
    fn dates_must_be_eight_digits_of_a_real_day() {
        assert_eq!(sql_date("20231120").unwrap().to_string(), "2023-11-20");
        for bad in [
            "2023112",
            "20231320",
            "2023-11-",
            "",
            "20230230",
            "２0231120",
        ] {
            assert!(sql_date(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn speech_acts_follow_the_code_groups() {
        let act = |s| act_of(CameoCode::parse(s).unwrap());
        assert_eq!(act("1123"), SpeechAct::Accusation);
        assert_eq!(act("111"), SpeechAct::Accusation);
        assert_eq!(act("016"), SpeechAct::Denial);
        assert_eq!(act("125"), SpeechAct::Denial);
        assert_eq!(act("138"), SpeechAct::Threat);
        assert_eq!(act("16"), SpeechAct::Assertion);
    }
}

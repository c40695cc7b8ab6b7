//! PLOVER and POLECAT events: a JSON array (the PLOVER gold-standard records) or JSON lines
//! (POLECAT exports), streamed line by line.

use super::error::{ImportError, ImportErrorKind, InterchangeFormat};
use crate::{
    Actor, ActorId, ActorKind, Allegation, CameoActorCode, Claim, ClaimGraph, Event, PartialDate,
    PloverContext, PloverType, Role, Source, SourceId, SourceKind, SpeechAct,
};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::BufRead;

/// Why a PLOVER record, or part of one, was not carried over.
///
/// ```
/// use claimgraph::PloverNoteKind;
/// assert_eq!(PloverNoteKind::Mode.to_string(), "mode not represented");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum PloverNoteKind {
    /// The record is not JSON, or not an object: skipped.
    Malformed,
    /// The event type is neither a PLOVER 2021 type nor an older name we map: skipped.
    EventType,
    /// An older event name was mapped to PLOVER 2021 (`DISAPPROVE` to `ACCUSE`): kept.
    OlderName,
    /// The record has no source actor: skipped.
    Actor,
    /// The date is missing or unreadable: the record is kept undated.
    Date,
    /// The mode has no place in the model (events and claims carry no mode): dropped.
    Mode,
    /// A context token that is malformed: dropped. (Well-formed tokens outside PLOVER 2021
    /// are kept, and [`PloverContext::is_known`] tells them apart.)
    Context,
    /// An accusation-like record without a target: kept as an event, not a claim.
    Target,
    /// The graph refused the entity: skipped.
    Rejected,
}

impl fmt::Display for PloverNoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PloverNoteKind::Malformed => "malformed record",
            PloverNoteKind::EventType => "unknown event type",
            PloverNoteKind::OlderName => "older event name mapped to PLOVER 2021",
            PloverNoteKind::Actor => "no source actor",
            PloverNoteKind::Date => "missing or unreadable date",
            PloverNoteKind::Mode => "mode not represented",
            PloverNoteKind::Context => "malformed context",
            PloverNoteKind::Target => "accusation without target kept as an event",
            PloverNoteKind::Rejected => "refused by the graph",
        })
    }
}

/// One note: the record's line (JSON lines) or index path (`[12]`), what, and details.
///
/// ```
/// use claimgraph::{ClaimGraph, PloverNoteKind};
/// let i = ClaimGraph::from_plover(&b"{\"event\": \"SHOUT\"}\n"[..])?;
/// let n = &i.report().notes()[0];
/// assert_eq!((n.line(), n.kind()), (Some(1), PloverNoteKind::EventType));
/// # Ok::<(), claimgraph::ImportError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PloverNote {
    line: Option<u64>,
    path: String,
    kind: PloverNoteKind,
    message: String,
}

impl PloverNote {
    /// The 1-based line, for JSON lines input.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_plover(&b"\n3\n"[..])?;
    /// assert_eq!(i.report().notes()[0].line(), Some(2));
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn line(&self) -> Option<u64> {
        self.line
    }

    /// The JSON path of the record or field (`[3].context`), or `""`.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_plover(&b"[{\"event\": \"SHOUT\"}]"[..])?;
    /// assert_eq!(i.report().notes()[0].path(), "[0].event");
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What was not carried over.
    ///
    /// ```
    /// # use claimgraph::{ClaimGraph, PloverNoteKind};
    /// let i = ClaimGraph::from_plover(&b"[3]"[..])?;
    /// assert_eq!(i.report().notes()[0].kind(), PloverNoteKind::Malformed);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn kind(&self) -> PloverNoteKind {
        self.kind
    }

    /// Details.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_plover(&b"[3]"[..])?;
    /// assert_eq!(i.report().notes()[0].message(), "a record is a JSON object");
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for PloverNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{}: {}", self.kind, self.message)
    }
}

/// What a PLOVER import read and what it could not carry over (all notes counted; the first
/// 1000 kept in detail).
///
/// ```
/// use claimgraph::{ClaimGraph, PloverNoteKind};
/// let i = ClaimGraph::from_plover(&br#"[{"event": "DISAPPROVE", "mode": "",
///     "source": [{"actorText": "Albania", "code": "ALB"}],
///     "target": [{"actorText": "Serbia", "code": "SRB"}], "date": "2000-01-01",
///     "text": "Albania on Friday denounced Serbia."}]"#[..])?;
/// let r = i.report();
/// assert_eq!((r.records(), r.claims(), r.events()), (1, 1, 0));
/// assert_eq!(r.count(PloverNoteKind::OlderName), 1);
/// # Ok::<(), claimgraph::ImportError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PloverReport {
    records: u64,
    claims: u64,
    events: u64,
    counts: BTreeMap<PloverNoteKind, u64>,
    notes: Vec<PloverNote>,
}

const MAX_NOTES: usize = 1000;

impl PloverReport {
    /// Records read.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_plover(&b"[]"[..])?.report().records(), 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Claims made (from `ACCUSE`, `REJECT` and `THREATEN` records with a target).
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_plover(&b"[]"[..])?.report().claims(), 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn claims(&self) -> u64 {
        self.claims
    }

    /// Events made (every other kept record).
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_plover(&b"[]"[..])?.report().events(), 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn events(&self) -> u64 {
        self.events
    }

    /// How many notes of one kind.
    ///
    /// ```
    /// # use claimgraph::{ClaimGraph, PloverNoteKind};
    /// let i = ClaimGraph::from_plover(&b"[1, 2]"[..])?;
    /// assert_eq!(i.report().count(PloverNoteKind::Malformed), 2);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn count(&self, kind: PloverNoteKind) -> u64 {
        self.counts.get(&kind).copied().unwrap_or(0)
    }

    /// The notes kept in detail, in input order.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert!(ClaimGraph::from_plover(&b"[]"[..])?.report().notes().is_empty());
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn notes(&self) -> &[PloverNote] {
        &self.notes
    }

    fn note(&mut self, line: Option<u64>, path: String, kind: PloverNoteKind, message: String) {
        *self.counts.entry(kind).or_default() += 1;
        if self.notes.len() < MAX_NOTES {
            self.notes.push(PloverNote {
                line,
                path,
                kind,
                message,
            });
        }
    }
}

impl fmt::Display for PloverReport {
    /// A summary: counts, then notes counted by kind.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "PLOVER records read: {}, claims: {}, events: {}",
            self.records, self.claims, self.events
        )?;
        for (kind, n) in &self.counts {
            writeln!(f, "{n} × {kind}")?;
        }
        Ok(())
    }
}

/// A graph read from PLOVER or POLECAT records, and the report.
///
/// # Mapping
///
/// - Event type: a PLOVER 2021 type, case-insensitive; older names of the PLOVER drafts (as
///   in the gold-standard file) are mapped and noted: `DISAPPROVE` and `INVESTIGATE` to
///   `ACCUSE` (PLOVER 2021 makes them its modes `disapprove` and `investigate`), `DEMAND` to
///   `REQUEST`, `FIGHT` to `ASSAULT` (as CAMEO2PLOVER maps CAMEO `19x`). `DOCUMENT` records
///   (file documentation) and unknown types are skipped and noted.
/// - `ACCUSE`, `REJECT` and `THREATEN` records with a target become a [`Claim`] per source
///   actor, about every target, with speech act accusation, denial or threat. The allegation
///   is the record's `text` (else `eventText`), with its contexts. Without a target they
///   become events.
/// - Every other record becomes an [`Event`] with the PLOVER type, date (and end date),
///   location (`eventLoc.name`), sources as initiators, targets as recipients.
/// - Actors are deduplicated by (`code`, `actorText`): one actor each, named by `actorText`
///   (else the code), with the CAMEO actor code where valid, of kind government when
///   `sector` is `GOV`, unknown otherwise.
/// - Citation: a [`Source`] of kind document titled by the record `id`, with the URL
///   (`url`, `citation_url`), the publication date and the text as a quote.
/// - `context` is a string (comma-separated: `"diplomatic, military"`) or a list; each token
///   becomes a [`PloverContext`]; `refugees` and `resources` are read as `refugee` and
///   `resource`.
/// - `mode` has no place in the model: it is noted and dropped.
/// - POLECAT field names are read too: `event_type`, `event_mode`, `event_context`,
///   `actor`/`actors`, `recipient`/`recipients`, `event_date`/`story_date`, `end_date`,
///   `event_text`, `url`.
///
/// ```
/// use claimgraph::{ClaimGraph, PloverType};
/// // One record per line (JSON lines), as POLECAT names its fields.
/// let line = concat!(
///     r#"{"id": "x1", "event_type": "ASSAULT", "event_date": "2023-11-19", "#,
///     r#""actors": [{"actorText": "Russia", "code": "RUS"}], "#,
///     r#""recipients": [{"actorText": "Ukraine", "code": "UKR"}]}"#,
/// );
/// let import = ClaimGraph::from_plover(line.as_bytes())?;
/// let (_, e) = import.graph().events().next().unwrap();
/// assert_eq!(e.plover(), Some(PloverType::Assault));
/// assert_eq!(e.participants().len(), 2);
/// # Ok::<(), claimgraph::ImportError>(())
/// ```
#[derive(Clone, Debug)]
pub struct PloverImport {
    graph: ClaimGraph,
    report: PloverReport,
}

impl PloverImport {
    /// The graph.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert!(ClaimGraph::from_plover(&b""[..])?.graph().is_empty());
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn graph(&self) -> &ClaimGraph {
        &self.graph
    }

    /// The report.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::from_plover(&b""[..])?.report().records(), 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn report(&self) -> &PloverReport {
        &self.report
    }

    /// The graph and the report.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let (g, r) = ClaimGraph::from_plover(&b"[]"[..])?.into_parts();
    /// assert!(g.is_empty() && r.records() == 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn into_parts(self) -> (ClaimGraph, PloverReport) {
        (self.graph, self.report)
    }
}

fn io_error(e: &std::io::Error, line: Option<u64>) -> ImportError {
    ImportError::new(
        InterchangeFormat::Plover,
        ImportErrorKind::Io,
        line,
        "",
        e.to_string(),
    )
}

impl ClaimGraph {
    /// Reads PLOVER / POLECAT records: a JSON array of records, or JSON lines (one record per
    /// line, streamed). See [`PloverImport`] for the mapping.
    ///
    /// # Errors
    /// [`ImportError`] when reading fails, or when an array is not valid JSON (with the line).
    /// Bad records in JSON lines, and bad records inside a valid array, are notes in the
    /// report.
    ///
    /// # Complexity
    /// O(bytes). JSON lines are read one line at a time; an array is read whole.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, SpeechAct};
    /// let json = br#"[{"id": "r1", "event": "THREATEN", "date": "2023-11-20",
    ///   "source": [{"actorText": "Grushko", "code": "RUSGOV", "sector": "GOV"}],
    ///   "target": [{"actorText": "Finland", "code": "FIN"}],
    ///   "context": "diplomatic, territory", "text": "Grushko warned Finland."}]"#;
    /// let import = ClaimGraph::from_plover(&json[..])?;
    /// let (_, c) = import.graph().claims().next().unwrap();
    /// assert_eq!(c.act(), SpeechAct::Threat);
    /// assert_eq!(c.allegation().contexts().len(), 2);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn from_plover(mut reader: impl BufRead) -> Result<PloverImport, ImportError> {
        let mut im = Importer::default();
        // Look at the first non-blank byte: `[` is an array, anything else JSON lines.
        let first = loop {
            let buf = reader.fill_buf().map_err(|e| io_error(&e, None))?;
            if buf.is_empty() {
                break None;
            }
            if let Some(i) = buf.iter().position(|b| !b.is_ascii_whitespace()) {
                break Some(buf[i]);
            }
            let n = buf.len();
            reader.consume(n);
        };
        if first == Some(b'[') {
            let value: Value = serde_json::from_reader(reader).map_err(|e| {
                let kind = if e.is_io() {
                    ImportErrorKind::Io
                } else {
                    ImportErrorKind::Syntax
                };
                ImportError::new(
                    InterchangeFormat::Plover,
                    kind,
                    (e.line() > 0).then(|| e.line() as u64),
                    "",
                    e.to_string(),
                )
            })?;
            if let Value::Array(records) = value {
                for (i, r) in records.iter().enumerate() {
                    im.record(None, &format!("[{i}]"), r);
                }
            }
        } else {
            let mut line = String::new();
            let mut n = 0u64;
            loop {
                line.clear();
                let read = reader
                    .read_line(&mut line)
                    .map_err(|e| io_error(&e, Some(n + 1)))?;
                if read == 0 {
                    break;
                }
                n += 1;
                if line.trim().is_empty() {
                    continue;
                }
                match serde_json::from_str::<Value>(&line) {
                    Ok(v) => im.record(Some(n), "", &v),
                    Err(e) => {
                        im.report.records += 1;
                        im.report.note(
                            Some(n),
                            String::new(),
                            PloverNoteKind::Malformed,
                            e.to_string(),
                        );
                    }
                }
            }
        }
        Ok(PloverImport {
            graph: im.graph,
            report: im.report,
        })
    }
}

#[derive(Default)]
struct Importer {
    graph: ClaimGraph,
    report: PloverReport,
    actors: HashMap<(String, String), ActorId>,
}

/// The first of `names` present and not null: records name their fields in several ways.
fn field<'v>(obj: &'v Map<String, Value>, names: &[&str]) -> Option<&'v Value> {
    names
        .iter()
        .find_map(|n| obj.get(*n).filter(|v| !v.is_null()))
}

fn string<'v>(obj: &'v Map<String, Value>, names: &[&str]) -> Option<&'v str> {
    field(obj, names)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn plover_type(name: &str) -> Option<(PloverType, bool)> {
    if let Ok(t) = name.parse::<PloverType>() {
        return Some((t, false));
    }
    let older = match name.to_ascii_uppercase().as_str() {
        "DISAPPROVE" | "INVESTIGATE" => PloverType::Accuse,
        "DEMAND" => PloverType::Request,
        "FIGHT" => PloverType::Assault,
        _ => return None,
    };
    Some((older, true))
}

fn date(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    s.parse::<PartialDate>()
        .ok()
        .or_else(|| s.get(..10).and_then(|d| d.parse().ok()))
}

impl Importer {
    fn note(&mut self, line: Option<u64>, path: String, kind: PloverNoteKind, message: String) {
        self.report.note(line, path, kind, message);
    }

    fn actors(&mut self, v: Option<&Value>) -> Vec<ActorId> {
        let list: Vec<&Value> = match v {
            Some(Value::Array(a)) => a.iter().collect(),
            Some(v @ (Value::Object(_) | Value::String(_))) => vec![v],
            _ => Vec::new(),
        };
        let mut out = Vec::new();
        for a in list {
            let (text, code, sector) = match a {
                Value::String(s) => (s.trim(), "", ""),
                Value::Object(o) => (
                    string(o, &["actorText", "name", "actor_name", "text"]).unwrap_or(""),
                    string(o, &["code", "actor_code"]).unwrap_or(""),
                    string(o, &["sector"]).unwrap_or(""),
                ),
                _ => continue,
            };
            if text.is_empty() && code.is_empty() {
                continue;
            }
            let key = (code.to_owned(), text.to_owned());
            let id = if let Some(&id) = self.actors.get(&key) {
                id
            } else {
                let kind = if sector.eq_ignore_ascii_case("GOV") {
                    ActorKind::Government
                } else {
                    ActorKind::Unknown
                };
                let mut actor = Actor::new(if text.is_empty() { code } else { text }, kind);
                if let Ok(c) = CameoActorCode::parse(code) {
                    actor = actor.with_cameo(c);
                }
                let Ok(id) = self.graph.add_actor(actor) else {
                    continue;
                };
                self.actors.insert(key, id);
                id
            };
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }

    fn contexts(&mut self, v: Option<&Value>, line: Option<u64>, path: &str) -> Vec<PloverContext> {
        let tokens: Vec<String> = match v {
            Some(Value::String(s)) => s.split([',', ';']).map(str::to_owned).collect(),
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
            _ => Vec::new(),
        };
        let mut out = Vec::new();
        for t in tokens {
            let t = t.trim().to_ascii_lowercase();
            if t.is_empty() {
                continue;
            }
            let t = match t.as_str() {
                "refugees" => "refugee".to_owned(),
                "resources" => "resource".to_owned(),
                _ => t.replace(' ', "_"),
            };
            match PloverContext::parse(&t) {
                Ok(c) if !out.contains(&c) => out.push(c),
                Ok(_) => {}
                Err(e) => self.note(
                    line,
                    format!("{path}.context"),
                    PloverNoteKind::Context,
                    e.to_string(),
                ),
            }
        }
        out
    }

    #[allow(clippy::too_many_lines)] // one record, field by field
    fn record(&mut self, line: Option<u64>, path: &str, value: &Value) {
        self.report.records += 1;
        let Some(obj) = value.as_object() else {
            self.note(
                line,
                path.to_owned(),
                PloverNoteKind::Malformed,
                "a record is a JSON object".into(),
            );
            return;
        };
        let raw_type = string(obj, &["event", "event_type", "eventType"]).unwrap_or("");
        let Some((ty, older)) = plover_type(raw_type) else {
            self.note(
                line,
                format!("{path}.event"),
                PloverNoteKind::EventType,
                format!("{raw_type:?} is not a PLOVER event type"),
            );
            return;
        };
        if older {
            self.note(
                line,
                format!("{path}.event"),
                PloverNoteKind::OlderName,
                format!("{raw_type} read as {ty}"),
            );
        }
        let sources = self.actors(field(obj, &["source", "actor", "actors"]));
        let targets = self.actors(field(obj, &["target", "recipient", "recipients"]));
        let Some(&first) = sources.first() else {
            self.note(
                line,
                format!("{path}.source"),
                PloverNoteKind::Actor,
                "no source actor".into(),
            );
            return;
        };
        let raw_date = string(obj, &["date", "event_date", "story_date"]);
        let when = raw_date.and_then(date);
        if when.is_none() {
            let message = raw_date.map_or_else(
                || "no date".to_owned(),
                |s| format!("cannot read {s:?} as a date"),
            );
            self.note(line, format!("{path}.date"), PloverNoteKind::Date, message);
        }
        let end = string(obj, &["date_end", "end_date", "endDate"]).and_then(date);
        if let Some(mode) = string(obj, &["mode", "event_mode"]) {
            self.note(
                line,
                format!("{path}.mode"),
                PloverNoteKind::Mode,
                format!("mode {mode:?} dropped"),
            );
        }
        let contexts = self.contexts(field(obj, &["context", "event_context"]), line, path);
        let text = string(obj, &["text", "event_text", "eventText"])
            .unwrap_or(raw_type)
            .to_owned();
        let source = self.citation(obj, when, &text);

        let act = match ty {
            PloverType::Accuse => Some(SpeechAct::Accusation),
            PloverType::Reject => Some(SpeechAct::Denial),
            PloverType::Threaten => Some(SpeechAct::Threat),
            _ => None,
        };
        let about: Vec<ActorId> = targets
            .iter()
            .copied()
            .filter(|t| !sources.contains(t))
            .collect();
        if let Some(act) = act {
            if about.is_empty() {
                self.note(
                    line,
                    format!("{path}.target"),
                    PloverNoteKind::Target,
                    format!("{ty} without a target: imported as an event"),
                );
            } else {
                for &by in &sources {
                    let mut allegation = Allegation::new(text.clone());
                    for c in &contexts {
                        allegation = allegation.with_context(*c);
                    }
                    let mut claim = Claim::new(by, act, allegation);
                    for &t in &about {
                        claim = claim.with_about(t);
                    }
                    if let Some(d) = when {
                        claim = claim.with_stated(d);
                    }
                    if let Some(s) = source {
                        claim = claim.with_source(s);
                    }
                    match self.graph.add_claim(claim) {
                        Ok(_) => self.report.claims += 1,
                        Err(e) => self.note(
                            line,
                            path.to_owned(),
                            PloverNoteKind::Rejected,
                            e.to_string(),
                        ),
                    }
                }
                return;
            }
        }
        let description =
            string(obj, &["eventText", "event_text"]).map_or(text.clone(), str::to_owned);
        let mut event = Event::new(description)
            .with_plover(ty)
            .with_participant(first, Role::Initiator);
        for &s in &sources[1..] {
            event = event.with_participant(s, Role::Initiator);
        }
        for &t in &about {
            event = event.with_participant(t, Role::Recipient);
        }
        if let Some(d) = when {
            event = event.with_date(d);
            if let Some(e) = end {
                event = event.with_end(e);
            }
        }
        if let Some(loc) = obj
            .get("eventLoc")
            .and_then(Value::as_object)
            .and_then(|o| string(o, &["name"]))
        {
            event = event.with_location(loc);
        }
        if let Some(s) = source {
            event = event.with_source(s);
        }
        match self.graph.add_event(event) {
            Ok(_) => self.report.events += 1,
            Err(e) => self.note(
                line,
                path.to_owned(),
                PloverNoteKind::Rejected,
                e.to_string(),
            ),
        }
    }

    fn citation(
        &mut self,
        obj: &Map<String, Value>,
        when: Option<PartialDate>,
        text: &str,
    ) -> Option<SourceId> {
        let id = string(obj, &["id", "event_id"]);
        let url = string(obj, &["url", "citation_url"]);
        let title = id.or(url)?;
        let mut s = Source::new(SourceKind::Document, title).with_quote(text);
        if let Some(u) = url {
            s = s.with_url(u);
        }
        if let Some(d) = when {
            s = s.with_date(d);
        }
        self.graph.add_source(s).ok()
    }
}

//! PLOVER and POLECAT events: a JSON array (the PLOVER gold-standard records) or JSON lines
//! (POLECAT exports), the latter streamed line by line.
//!
//! # Kept
//!
//! - **Event type**: a PLOVER 2021 type, case-insensitive. Older names of the PLOVER drafts
//!   (as in the gold-standard file) are mapped and noted ([`FindingKind::OlderName`]):
//!   `DISAPPROVE` and `INVESTIGATE` to `ACCUSE` (PLOVER 2021 makes them its modes
//!   `disapprove` and `investigate`), `DEMAND` to `REQUEST`, `FIGHT` to `ASSAULT` (as
//!   CAMEO2PLOVER maps CAMEO `19x`).
//! - **Claims**: `ACCUSE`, `REJECT` and `THREATEN` records with a target become a [`Claim`]
//!   per source actor, about every target, with speech act accusation, denial or threat.
//!   The allegation is the record's `text` (else `eventText`), with its contexts.
//! - **Events**: every other record, and claim-like records without a target
//!   ([`FindingKind::Target`]), becomes an [`Event`] with the PLOVER type, date (and end
//!   date), location (`eventLoc.name`), sources as initiators and targets as recipients.
//! - **Actors** are made once per (`code`, `actorText`), named by `actorText` (else the
//!   code), with the CAMEO actor code where valid, of kind government when `sector` is
//!   `GOV`, unknown otherwise.
//! - **Citation**: a [`Source`] of kind document titled by the record `id`, with the URL
//!   (`url`, `citation_url`), the publication date and the text as a quote.
//! - **Contexts**: a string (comma-separated: `"diplomatic, military"`) or a list; each token
//!   becomes a [`PloverContext`]; `refugees` and `resources` are read as `refugee` and
//!   `resource`.
//! - POLECAT field names are read too: `event_type`, `event_mode`, `event_context`,
//!   `actor`/`actors`, `recipient`/`recipients`, `event_date`/`story_date`, `end_date`,
//!   `event_text`, `url`.
//!
//! # Lost
//!
//! `mode` has no place in the model: it is noted ([`FindingKind::Mode`]) and dropped.
//! `DOCUMENT` records (file documentation) and unknown types are skipped and noted, as are
//! records without a source actor. Every other field (coder, story ids, geolocation beyond
//! the place name) is not read.
//!
//! # Input
//!
//! The first non-blank byte decides: `[` is an array, read whole within
//! [`Limits::max_bytes`] and [`Limits::max_depth`] (a syntax error in it stops the import);
//! anything else is JSON lines, one record per line, where a line that is not JSON, too
//! deep or longer than [`Limits::max_line`] is one finding and the import goes on.
//!
//! ```
//! use claimgraph::{ClaimGraph, PloverType};
//! use claimgraph::io::Limits;
//! // One record per line (JSON lines), as POLECAT names its fields.
//! let line = concat!(
//!     r#"{"id": "x1", "event_type": "ASSAULT", "event_date": "2023-11-19", "#,
//!     r#""actors": [{"actorText": "Russia", "code": "RUS"}], "#,
//!     r#""recipients": [{"actorText": "Ukraine", "code": "UKR"}]}"#,
//! );
//! let import = ClaimGraph::from_plover(line.as_bytes(), &Limits::default())?;
//! let (_, e) = import.graph().events().next().unwrap();
//! assert_eq!(e.plover(), Some(PloverType::Assault));
//! assert_eq!(e.participants().len(), 2);
//! # Ok::<(), claimgraph::io::ImportError>(())
//! ```

use super::error::json_message;
use super::intern::{Actors, coded_actor};
use super::limits::{read_bounded, too_deep};
use super::lines::{Line, Lines};
use super::{Format, ImportError, Limits, Position};
use crate::{
    ActorId, ActorKind, Allegation, Claim, ClaimGraph, Event, PartialDate, PloverContext,
    PloverType, Role, Source, SourceId, SourceKind, SpeechAct,
};
use serde_json::{Map, Value};
use std::fmt;
use std::io::BufRead;

/// Why a PLOVER record, or part of one, was not carried over.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::{Limits, plover::FindingKind};
/// let record = br#"{"event": "ACCUSE", "mode": "allege", "source": "Kremlin", "target": "Finland"}"#;
/// let import = ClaimGraph::from_plover(&record[..], &Limits::default())?;
/// assert_eq!(import.graph().claim_count(), 1);
/// assert_eq!(import.report().count(FindingKind::Mode), 1);
/// assert_eq!(FindingKind::Mode.to_string(), "mode not represented");
/// # Ok::<(), claimgraph::io::ImportError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FindingKind {
    /// The record is not JSON, not an object, or nested too deeply: skipped.
    Malformed,
    /// A JSON line longer than [`Limits::max_line`]: skipped without being stored.
    TooLong,
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

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FindingKind::Malformed => "malformed record",
            FindingKind::TooLong => "line too long",
            FindingKind::EventType => "unknown event type",
            FindingKind::OlderName => "older event name mapped to PLOVER 2021",
            FindingKind::Actor => "no source actor",
            FindingKind::Date => "missing or unreadable date",
            FindingKind::Mode => "mode not represented",
            FindingKind::Context => "malformed context",
            FindingKind::Target => "accusation without target kept as an event",
            FindingKind::Rejected => "refused by the graph",
        })
    }
}

/// The report of a PLOVER import.
pub type Report = super::Report<FindingKind>;
/// One finding of a PLOVER import.
pub type Finding = super::Finding<FindingKind>;
/// A graph read from PLOVER, and its report.
pub type Import = super::Import<FindingKind>;

impl ClaimGraph {
    /// Reads PLOVER / POLECAT records, within `limits`: a JSON array of records, or JSON
    /// lines (one record per line, streamed). See [`io::plover`](crate::io::plover) for the
    /// mapping.
    ///
    /// # Errors
    /// [`ImportError`] when reading fails, when an array is not valid JSON (with its line
    /// and column), or past the [`Limits`]. Bad records in JSON lines, and bad records inside
    /// a valid array, are findings in the report.
    ///
    /// # Complexity
    /// O(bytes). JSON lines are read one line at a time; an array is read whole.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, SpeechAct};
    /// use claimgraph::io::Limits;
    /// let json = br#"[{"id": "r1", "event": "THREATEN", "date": "2023-11-20",
    ///   "source": [{"actorText": "Grushko", "code": "RUSGOV", "sector": "GOV"}],
    ///   "target": [{"actorText": "Finland", "code": "FIN"}],
    ///   "context": "diplomatic, territory", "text": "Grushko warned Finland."}]"#;
    /// let import = ClaimGraph::from_plover(&json[..], &Limits::default())?;
    /// let (_, c) = import.graph().claims().next().unwrap();
    /// assert_eq!(c.act(), SpeechAct::Threat);
    /// assert_eq!(c.allegation().contexts().len(), 2);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn from_plover(mut reader: impl BufRead, limits: &Limits) -> Result<Import, ImportError> {
        let mut im = Importer {
            graph: ClaimGraph::new(),
            report: Report::new(Format::Plover, limits),
            actors: Actors::default(),
        };
        if first_byte(&mut reader)? == Some(b'[') {
            im.array(reader, limits)?;
        } else {
            im.lines(reader, limits)?;
        }
        im.report.tally(&im.graph);
        Ok(Import::new(im.graph, im.report))
    }
}

/// The first non-blank byte, left unread; blank bytes before it are consumed.
fn first_byte(reader: &mut impl BufRead) -> Result<Option<u8>, ImportError> {
    loop {
        let buf = reader
            .fill_buf()
            .map_err(|e| ImportError::io(Format::Plover, Position::whole(), &e))?;
        if buf.is_empty() {
            return Ok(None);
        }
        if let Some(i) = buf.iter().position(|b| !b.is_ascii_whitespace()) {
            return Ok(Some(buf[i]));
        }
        let n = buf.len();
        reader.consume(n);
    }
}

/// Where a record is: its line in JSON lines, its index in an array.
#[derive(Clone, Copy)]
enum At {
    Line(u64),
    Index(usize),
}

impl At {
    /// The position of one of the record's fields (`""` for the record itself).
    fn field(self, name: &str) -> Position {
        match self {
            At::Line(n) => Position::at(name).with_line(Some(n)),
            At::Index(i) if name.is_empty() => Position::at(format!("[{i}]")),
            At::Index(i) => Position::at(format!("[{i}].{name}")),
        }
    }
}

/// What an import builds as it goes.
struct Importer {
    graph: ClaimGraph,
    report: Report,
    actors: Actors,
}

/// The fields of one record that every entity made from it shares.
struct Fields<'v> {
    ty: PloverType,
    sources: Vec<ActorId>,
    targets: Vec<ActorId>,
    when: Option<PartialDate>,
    end: Option<PartialDate>,
    contexts: Vec<PloverContext>,
    text: &'v str,
    citation: Option<SourceId>,
}

impl Importer {
    /// A JSON array of records, read whole.
    fn array(&mut self, reader: impl BufRead, limits: &Limits) -> Result<(), ImportError> {
        let bytes = read_bounded(reader, limits)
            .map_err(|e| ImportError::exceeded(Format::Plover, e, limits.max_bytes()))?;
        if let Some(at) = too_deep(&bytes, limits.max_depth()) {
            return Err(ImportError::too_deep(
                Format::Plover,
                at,
                limits.max_depth(),
            ));
        }
        let value: Value =
            serde_json::from_slice(&bytes).map_err(|e| ImportError::json(Format::Plover, &e))?;
        if let Value::Array(records) = value {
            for (i, r) in records.iter().enumerate() {
                self.record(At::Index(i), r)?;
            }
        }
        Ok(())
    }

    /// JSON lines, one record per non-blank line.
    fn lines(&mut self, reader: impl BufRead, limits: &Limits) -> Result<(), ImportError> {
        let mut lines = Lines::new(reader, Format::Plover, limits);
        while let Some((n, line)) = lines.next_line()? {
            let at = At::Line(n);
            let bytes = match line {
                Line::Bytes(b) if b.iter().all(u8::is_ascii_whitespace) => continue,
                Line::Bytes(b) => b,
                Line::TooLong => {
                    self.report.record(None, || at.field(""))?;
                    self.report.note(
                        FindingKind::TooLong,
                        None,
                        || at.field(""),
                        || format!("longer than {} bytes", limits.max_line()),
                    );
                    continue;
                }
            };
            let parsed = match too_deep(bytes, limits.max_depth()) {
                Some((_, column)) => Err((
                    column,
                    format!("nested deeper than the limit of {}", limits.max_depth()),
                )),
                None => serde_json::from_slice::<Value>(bytes)
                    .map_err(|e| (e.column() as u64, json_message(&e))),
            };
            match parsed {
                Ok(v) => self.record(at, &v)?,
                Err((column, message)) => {
                    self.report.record(None, || at.field(""))?;
                    let position = || Position::line_at(n).with_column(column.max(1));
                    self.report
                        .note(FindingKind::Malformed, None, position, || message);
                }
            }
        }
        Ok(())
    }

    fn note(&mut self, kind: FindingKind, id: Option<&str>, at: Position, message: String) {
        self.report.note(kind, id, || at, || message);
    }

    /// One record: its fields, then claims or an event.
    fn record(&mut self, at: At, value: &Value) -> Result<(), ImportError> {
        let obj = value.as_object();
        let raw_type = obj.and_then(|o| string(o, &["event", "event_type", "eventType"]));
        self.report.record(raw_type, || at.field(""))?;
        let Some(obj) = obj else {
            self.note(
                FindingKind::Malformed,
                None,
                at.field(""),
                "a record is a JSON object".into(),
            );
            return Ok(());
        };
        let id = string(obj, &["id", "event_id"]);
        if let Some(fields) = self.fields(at, id, obj) {
            if claim_act(fields.ty).is_some() && !fields.about().is_empty() {
                self.claims(at, id, &fields);
            } else {
                self.event(at, id, obj, &fields);
            }
        }
        Ok(())
    }

    /// The shared fields of a record, with findings for what cannot be read; `None` when the
    /// record is skipped (unknown type, no source actor).
    fn fields<'v>(
        &mut self,
        at: At,
        id: Option<&str>,
        obj: &'v Map<String, Value>,
    ) -> Option<Fields<'v>> {
        let raw_type = string(obj, &["event", "event_type", "eventType"]).unwrap_or("");
        let Some((ty, older)) = plover_type(raw_type) else {
            self.note(
                FindingKind::EventType,
                id,
                at.field("event"),
                format!("{raw_type:?} is not a PLOVER event type"),
            );
            return None;
        };
        if older {
            self.note(
                FindingKind::OlderName,
                id,
                at.field("event"),
                format!("{raw_type} read as {ty}"),
            );
        }
        let sources = self.actors(field(obj, &["source", "actor", "actors"]));
        let targets = self.actors(field(obj, &["target", "recipient", "recipients"]));
        if sources.is_empty() {
            self.note(
                FindingKind::Actor,
                id,
                at.field("source"),
                "no source actor".into(),
            );
            return None;
        }
        let raw_date = string(obj, &["date", "event_date", "story_date"]);
        let when = raw_date.and_then(date);
        if when.is_none() {
            let message = raw_date.map_or_else(
                || "no date".to_owned(),
                |s| format!("cannot read {s:?} as a date"),
            );
            self.note(FindingKind::Date, id, at.field("date"), message);
        }
        let end = string(obj, &["date_end", "end_date", "endDate"]).and_then(date);
        if let Some(mode) = string(obj, &["mode", "event_mode"]) {
            self.note(
                FindingKind::Mode,
                id,
                at.field("mode"),
                format!("mode {mode:?} dropped"),
            );
        }
        let contexts = self.contexts(at, id, field(obj, &["context", "event_context"]));
        let text = string(obj, &["text", "event_text", "eventText"]).unwrap_or(raw_type);
        let citation = self.citation(obj, when, text);
        Some(Fields {
            ty,
            sources,
            targets,
            when,
            end,
            contexts,
            text,
            citation,
        })
    }

    /// One claim per source actor, about every target.
    fn claims(&mut self, at: At, id: Option<&str>, f: &Fields<'_>) {
        let Some(act) = claim_act(f.ty) else { return };
        let about = f.about();
        for &by in &f.sources {
            let mut allegation = Allegation::new(f.text);
            for c in &f.contexts {
                allegation = allegation.with_context(*c);
            }
            let mut claim = Claim::new(by, act, allegation);
            for &t in &about {
                claim = claim.with_about(t);
            }
            if let Some(d) = f.when {
                claim = claim.with_stated(d);
            }
            if let Some(s) = f.citation {
                claim = claim.with_source(s);
            }
            if let Err(e) = self.graph.add_claim(claim) {
                self.note(FindingKind::Rejected, id, at.field(""), e.to_string());
            }
        }
    }

    /// One event: sources as initiators, targets as recipients.
    fn event(&mut self, at: At, id: Option<&str>, obj: &Map<String, Value>, f: &Fields<'_>) {
        let about = f.about();
        if claim_act(f.ty).is_some() {
            self.note(
                FindingKind::Target,
                id,
                at.field("target"),
                format!("{} without a target: imported as an event", f.ty),
            );
        }
        let description = string(obj, &["eventText", "event_text"]).unwrap_or(f.text);
        let mut event = Event::new(description).with_plover(f.ty);
        for &s in &f.sources {
            event = event.with_participant(s, Role::Initiator);
        }
        for &t in &about {
            event = event.with_participant(t, Role::Recipient);
        }
        if let Some(d) = f.when {
            event = event.with_date(d);
            if let Some(e) = f.end {
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
        if let Some(s) = f.citation {
            event = event.with_source(s);
        }
        if let Err(e) = self.graph.add_event(event) {
            self.note(FindingKind::Rejected, id, at.field(""), e.to_string());
        }
    }

    /// The actors of a list of actor objects (or names), each made once.
    fn actors(&mut self, v: Option<&Value>) -> Vec<ActorId> {
        let one = v.filter(|v| v.is_object() || v.is_string());
        let list = match v {
            Some(Value::Array(a)) => a.as_slice(),
            _ => one.map(std::slice::from_ref).unwrap_or_default(),
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
            let made = self.actors.intern(&mut self.graph, code, text, || {
                let kind = if sector.eq_ignore_ascii_case("GOV") {
                    ActorKind::Government
                } else {
                    ActorKind::Unknown
                };
                coded_actor(code, text, kind, "")
            });
            if let Some(id) = made
                && !out.contains(&id)
            {
                out.push(id);
            }
        }
        out
    }

    fn contexts(&mut self, at: At, id: Option<&str>, v: Option<&Value>) -> Vec<PloverContext> {
        let tokens: Vec<&str> = match v {
            Some(Value::String(s)) => s.split([',', ';']).collect(),
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
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
                Err(e) => self.note(FindingKind::Context, id, at.field("context"), e.to_string()),
            }
        }
        out
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

impl Fields<'_> {
    /// The targets that are not also sources: nobody is about themselves.
    fn about(&self) -> Vec<ActorId> {
        self.targets
            .iter()
            .copied()
            .filter(|t| !self.sources.contains(t))
            .collect()
    }
}

/// The speech act of a claim-like type; `None` for the types that become events.
fn claim_act(ty: PloverType) -> Option<SpeechAct> {
    match ty {
        PloverType::Accuse => Some(SpeechAct::Accusation),
        PloverType::Reject => Some(SpeechAct::Denial),
        PloverType::Threaten => Some(SpeechAct::Threat),
        _ => None,
    }
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

/// A PLOVER 2021 type, or an older name mapped to one (`true`).
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

/// ISO 8601 at any precision, or the day of a longer timestamp (`2023-11-20 10:00:00`).
fn date(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    s.parse::<PartialDate>()
        .ok()
        .or_else(|| s.get(..10).and_then(|d| d.parse().ok()))
}

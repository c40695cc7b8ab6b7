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
//! - **Claims**: `ACCUSE`, `REJECT` and `THREATEN` records with a target become one [`Claim`],
//!   a joint statement of every source actor (the first is the claimant, the others
//!   [`joint_with`](crate::Claim::joint_with)), about every target, with speech act
//!   accusation, denial or threat: counted once, attributed to each source. The allegation
//!   is the record's `text` (else `eventText`), with its contexts; the record's `id` is kept
//!   as the claim's key `plover` ([`ClaimGraph::find_key`](crate::ClaimGraph::find_key)).
//!   A record whose sources × targets pass [`MAX_FAN_OUT`] (256; the gold standard's largest
//!   record makes 5) is not a statement coders code: it is kept as one event naming every
//!   source and target instead, and noted ([`FindingKind::FanOut`]).
//! - **Events**: every other record, and claim-like records without a target
//!   ([`FindingKind::Target`]) or past the fan-out bound, becomes an [`Event`] with the PLOVER type, date (and end
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
//! - **Dates**: ISO 8601 at any precision (`2023`, `2023-11`, `2023-11-20`), an RFC 3339
//!   instant, or a timestamp without offset (`2023-11-20 10:00:00`) read as its day once the
//!   time is checked: an impossible time (`2023-11-20T25:00:00Z`) is a finding
//!   ([`FindingKind::Date`]) and the record is kept undated, never cut to a day.
//!
//! # Input
//!
//! A UTF-8 byte-order mark at the start is read past. The first non-blank byte then
//! decides: `[` is an array, streamed record by record within [`Limits::max_bytes`] and
//! [`Limits::max_depth`] (a syntax error in it stops the import); anything else is JSON
//! lines, one record per line, where a line that is not JSON, too deep or longer than
//! [`Limits::max_line`] is one finding and the import goes on. When no more than one
//! non-blank line in ten is a JSON record, the input is not PLOVER: an error, not an empty
//! graph.
//!
//! Each record is read into the fields above only: every other field, and anything nested
//! below the actor objects, is parsed past without being stored. Memory is the graph built,
//! one record's kept fields (or one line's bytes), and one map entry per distinct actor.
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

use super::error::{ImportErrorKind, json_message};
use super::intern::{Actors, coded_actor, quote};
use super::limits::too_deep;
use super::lines::{Line, Lines};
use super::{Format, ImportError, Limits, Position};
use crate::{
    ActorId, ActorKind, Allegation, Claim, ClaimGraph, Event, PartialDate, PloverContext,
    PloverType, Role, Source, SourceId, SourceKind, SpeechAct,
};
use chrono::NaiveTime;
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;
use std::fmt;
use std::io::{BufRead, BufReader, Read};

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
    /// An accusation-like record whose sources × targets pass [`MAX_FAN_OUT`]: kept as one
    /// event naming them all, not as claims.
    FanOut,
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
            FindingKind::FanOut => "too many sources × targets: kept as an event",
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
    /// lines (one record per line). Both are streamed: one record at a time, and only the
    /// fields the reader keeps. See [`io::plover`](crate::io::plover) for the mapping.
    ///
    /// # Errors
    /// [`ImportError`] when reading fails, when an array is not valid JSON (with its line
    /// and column), past the [`Limits`], or when no more than one non-blank line in ten of
    /// JSON lines is a JSON record (the input is not PLOVER). Bad records in JSON lines, and
    /// bad records inside a valid array, are findings in the report.
    ///
    /// # Complexity
    /// O(bytes) time. Memory: the graph built, plus one record's kept fields (an array) or
    /// one line (JSON lines), plus one map entry per distinct actor.
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
            seen: HashSet::new(),
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

/// The UTF-8 byte-order mark some editors write first; it is read past.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The first non-blank byte, left unread; a byte-order mark and blank bytes before it are
/// consumed.
fn first_byte(reader: &mut impl BufRead) -> Result<Option<u8>, ImportError> {
    let io = |e: std::io::Error| ImportError::io(Format::Plover, Position::whole(), &e);
    let buf = reader.fill_buf().map_err(io)?;
    if buf.starts_with(BOM) {
        reader.consume(BOM.len());
    }
    loop {
        let buf = reader.fill_buf().map_err(io)?;
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
    /// A reused set for removing repeats from one record's lists in linear time.
    seen: HashSet<u32>,
}

/// The most claim references one record may make (sources × targets): past it, the record
/// is kept as one event ([`FindingKind::FanOut`]). The gold-standard records make at most 5.
pub const MAX_FAN_OUT: usize = 256;

/// The fields of one record that every entity made from it shares.
struct Fields<'v> {
    ty: PloverType,
    sources: Vec<ActorId>,
    /// The targets that are not also sources: nobody is about themselves.
    about: Vec<ActorId>,
    when: Option<PartialDate>,
    end: Option<PartialDate>,
    contexts: Vec<PloverContext>,
    text: &'v str,
    citation: Option<SourceId>,
}

/// Reads an array's bytes for the JSON parser while checking the byte limit and the nesting
/// depth as they pass: one pass, constant memory, and the parser never sees what is past a
/// limit.
struct Guard<R> {
    inner: R,
    bytes: u64,
    max_bytes: u64,
    depth: usize,
    max_depth: usize,
    line: u64,
    column: u64,
    in_string: bool,
    escaped: bool,
    stop: Option<ImportError>,
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes += n as u64;
        if self.bytes > self.max_bytes {
            self.stop = Some(ImportError::too_large(
                Format::Plover,
                Position::whole(),
                &format!("more than the limit of {} bytes", self.max_bytes),
            ));
            return Err(std::io::Error::other("limit"));
        }
        for &b in &buf[..n] {
            self.column += 1;
            if b == b'\n' {
                self.line += 1;
                self.column = 0;
            }
            if self.in_string {
                match b {
                    _ if self.escaped => self.escaped = false,
                    b'\\' => self.escaped = true,
                    b'"' => self.in_string = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => self.in_string = true,
                b'[' | b'{' => {
                    self.depth += 1;
                    if self.depth > self.max_depth {
                        self.stop = Some(ImportError::too_deep(
                            Format::Plover,
                            (self.line, self.column),
                            self.max_depth,
                        ));
                        return Err(std::io::Error::other("limit"));
                    }
                }
                b']' | b'}' => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
        }
        Ok(n)
    }
}

/// The records of an array, each imported as soon as it is read.
struct Records<'a> {
    im: &'a mut Importer,
    stop: Option<ImportError>,
}

impl<'de> Visitor<'de> for &mut Records<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of records")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        while let Some(element) = seq.next_element::<Element>()? {
            if let Err(e) = self.im.record(At::Index(i), element) {
                self.stop = Some(e);
                return Err(de::Error::custom("stopped"));
            }
            i += 1;
        }
        Ok(())
    }
}

impl Importer {
    /// A JSON array of records, streamed: each record is read into its kept fields, imported,
    /// and dropped before the next.
    fn array(&mut self, reader: impl BufRead, limits: &Limits) -> Result<(), ImportError> {
        let mut guard = Guard {
            inner: reader,
            bytes: 0,
            max_bytes: limits.max_bytes(),
            depth: 0,
            max_depth: limits.max_depth(),
            line: 1,
            column: 0,
            in_string: false,
            escaped: false,
            stop: None,
        };
        let mut records = Records {
            im: self,
            stop: None,
        };
        let result = {
            let mut de = serde_json::Deserializer::from_reader(BufReader::new(&mut guard));
            de.deserialize_seq(&mut records).and_then(|()| de.end())
        };
        match (result, guard.stop, records.stop) {
            (Ok(()), _, _) => Ok(()),
            (Err(_), Some(e), _) | (Err(_), None, Some(e)) => Err(e),
            (Err(e), None, None) => Err(ImportError::json(Format::Plover, &e)),
        }
    }

    /// JSON lines, one record per non-blank line.
    fn lines(&mut self, reader: impl BufRead, limits: &Limits) -> Result<(), ImportError> {
        let mut lines = Lines::new(reader, Format::Plover, limits);
        let (mut non_blank, mut objects) = (0u64, 0u64);
        let mut first_bad: Option<(u64, String)> = None;
        while let Some((n, line)) = lines.next_line()? {
            let at = At::Line(n);
            let bytes = match line {
                Line::Bytes(b) if b.iter().all(u8::is_ascii_whitespace) => continue,
                Line::Bytes(b) => b,
                Line::TooLong => {
                    non_blank += 1;
                    let message = format!("longer than the limit of {} bytes", limits.max_line());
                    first_bad.get_or_insert_with(|| (n, message.clone()));
                    self.report.record(None, || at.field(""))?;
                    self.report
                        .note(FindingKind::TooLong, None, || at.field(""), || message);
                    continue;
                }
            };
            non_blank += 1;
            let parsed = match too_deep(bytes, limits.max_depth()) {
                Some((_, column)) => Err((
                    column,
                    format!("nested deeper than the limit of {}", limits.max_depth()),
                )),
                None => serde_json::from_slice::<Element>(bytes)
                    .map_err(|e| (e.column() as u64, json_message(&e))),
            };
            match parsed {
                Ok(element) => {
                    if matches!(element, Element::Record(_)) {
                        objects += 1;
                    } else {
                        first_bad.get_or_insert_with(|| (n, "not a JSON object".into()));
                    }
                    self.record(at, element)?;
                }
                Err((column, message)) => {
                    first_bad.get_or_insert_with(|| (n, message.clone()));
                    self.report.record(None, || at.field(""))?;
                    let position = || Position::line_at(n).with_column(column.max(1));
                    self.report
                        .note(FindingKind::Malformed, None, position, || message);
                }
            }
        }
        if objects.saturating_mul(10) <= non_blank
            && let Some((line, why)) = first_bad
        {
            return Err(ImportError::new(
                Format::Plover,
                ImportErrorKind::Syntax,
                Position::line_at(line),
                format!(
                    "not PLOVER: {objects} of {non_blank} lines are JSON records (first fault: {why})"
                ),
            ));
        }
        Ok(())
    }

    fn note(&mut self, kind: FindingKind, id: Option<&str>, at: Position, message: String) {
        self.report.note(kind, id, || at, || message);
    }

    /// One record: its fields, then claims or an event.
    fn record(&mut self, at: At, element: Element) -> Result<(), ImportError> {
        let Element::Record(record) = element else {
            self.report.record(None, || at.field(""))?;
            self.note(
                FindingKind::Malformed,
                None,
                at.field(""),
                "a record is a JSON object".into(),
            );
            return Ok(());
        };
        let raw_type = record.string(&["event", "event_type", "eventType"]);
        self.report.record(raw_type, || at.field(""))?;
        let id = record.string(&["id", "event_id"]);
        if let Some(fields) = self.fields(at, id, &record) {
            let pairs = fields.sources.len().saturating_mul(fields.about.len());
            if claim_act(fields.ty).is_some() && pairs > MAX_FAN_OUT {
                self.note(
                    FindingKind::FanOut,
                    id,
                    at.field("target"),
                    format!(
                        "{} sources × {} targets would make {pairs} claim references, more than \
                         {MAX_FAN_OUT}: imported as one event",
                        fields.sources.len(),
                        fields.about.len()
                    ),
                );
                self.event(at, id, &record, &fields);
            } else if claim_act(fields.ty).is_some() && !fields.about.is_empty() {
                let _made = self.claims(at, id, &fields);
            } else {
                if claim_act(fields.ty).is_some() {
                    self.note(
                        FindingKind::Target,
                        id,
                        at.field("target"),
                        format!("{} without a target: imported as an event", fields.ty),
                    );
                }
                self.event(at, id, &record, &fields);
            }
        }
        Ok(())
    }

    /// The shared fields of a record, with findings for what cannot be read; `None` when the
    /// record is skipped (unknown type, no source actor).
    fn fields<'v>(&mut self, at: At, id: Option<&str>, r: &'v Record) -> Option<Fields<'v>> {
        let raw_type = r
            .string(&["event", "event_type", "eventType"])
            .unwrap_or("");
        let Some((ty, older)) = plover_type(raw_type) else {
            self.note(
                FindingKind::EventType,
                id,
                at.field("event"),
                format!("{} is not a PLOVER event type", quote(raw_type)),
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
        let sources = self.actors(r.field(&["source", "actor", "actors"]));
        if sources.is_empty() {
            self.note(
                FindingKind::Actor,
                id,
                at.field("source"),
                "no source actor".into(),
            );
            return None;
        }
        let mut about = self.actors(r.field(&["target", "recipient", "recipients"]));
        self.seen.clear();
        self.seen.extend(sources.iter().map(|s| s.index()));
        about.retain(|t| !self.seen.contains(&t.index()));
        let when = self.date(at, id, r, &["date", "event_date", "story_date"], true);
        let end = self.date(at, id, r, &["date_end", "end_date", "endDate"], false);
        if let Some(mode) = r.string(&["mode", "event_mode"]) {
            self.note(
                FindingKind::Mode,
                id,
                at.field("mode"),
                format!("mode {} dropped", quote(mode)),
            );
        }
        let contexts = self.contexts(at, id, r.field(&["context", "event_context"]));
        let text = r
            .string(&["text", "event_text", "eventText"])
            .unwrap_or(raw_type);
        let citation = self.citation(r, when, text);
        Some(Fields {
            ty,
            sources,
            about,
            when,
            end,
            contexts,
            text,
            citation,
        })
    }

    /// A date field, read whole: a finding when it is there and unreadable, or (for the
    /// record's main date, `required`) when it is missing.
    fn date(
        &mut self,
        at: At,
        id: Option<&str>,
        r: &Record,
        names: &[&str],
        required: bool,
    ) -> Option<PartialDate> {
        let raw = r.string(names);
        let when = raw.and_then(date);
        if when.is_none() && (required || raw.is_some()) {
            let message = raw.map_or_else(
                || "no date".to_owned(),
                |s| {
                    format!(
                        "cannot read {} as a date: the record is kept undated",
                        quote(s)
                    )
                },
            );
            let name = if required { "date" } else { "date_end" };
            self.note(FindingKind::Date, id, at.field(name), message);
        }
        when
    }

    /// One claim, a joint statement of every source actor, about every target; it keeps the
    /// record's id under the `plover` key. Returns whether a claim was made.
    fn claims(&mut self, at: At, id: Option<&str>, f: &Fields<'_>) -> bool {
        let Some(act) = claim_act(f.ty) else {
            return false;
        };
        let Some((&by, others)) = f.sources.split_first() else {
            return false;
        };
        let mut allegation = Allegation::new(f.text);
        for c in &f.contexts {
            allegation = allegation.with_context(*c);
        }
        let mut claim = Claim::new(by, act, allegation);
        for &other in others {
            claim = claim.with_joint(other);
        }
        for &t in &f.about {
            claim = claim.with_about(t);
        }
        if let Some(d) = f.when {
            claim = claim.with_stated(d);
        }
        if let Some(s) = f.citation {
            claim = claim.with_source(s);
        }
        if let Some(id) = id {
            claim = claim.with_keys(crate::Keys::new().with("plover", id));
        }
        match self.graph.add_claim(claim) {
            Ok(_) => true,
            Err(e) => {
                self.note(FindingKind::Rejected, id, at.field(""), e.to_string());
                false
            }
        }
    }

    /// One event: sources as initiators, targets as recipients.
    fn event(&mut self, at: At, id: Option<&str>, r: &Record, f: &Fields<'_>) {
        let description = r.string(&["eventText", "event_text"]).unwrap_or(f.text);
        let mut event = Event::new(description).with_plover(f.ty);
        for &s in &f.sources {
            event = event.with_participant(s, Role::Initiator);
        }
        for &t in &f.about {
            event = event.with_participant(t, Role::Recipient);
        }
        if let Some(d) = f.when {
            event = event.with_date(d);
            if let Some(e) = f.end {
                event = event.with_end(e);
            }
        }
        if let Some(Val::Obj(loc)) = r.field(&["eventLoc"])
            && let Some(name) = loc.string(&["name"])
        {
            event = event.with_location(name);
        }
        if let Some(s) = f.citation {
            event = event.with_source(s);
        }
        if let Some(id) = id {
            event = event.with_keys(crate::Keys::new().with("plover", id));
        }
        if let Err(e) = self.graph.add_event(event) {
            self.note(FindingKind::Rejected, id, at.field(""), e.to_string());
        }
    }

    /// The actors of a list of actor objects (or names), each made once and listed once.
    fn actors(&mut self, v: Option<&Val>) -> Vec<ActorId> {
        let single;
        let list: &[Item] = match v {
            Some(Val::List(items)) => items,
            Some(Val::Str(s)) => {
                single = [Item::Str(s.clone())];
                &single
            }
            Some(Val::Obj(o)) => return self.actor_list(std::iter::once(one_inner(o))),
            _ => &[],
        };
        self.actor_list(list.iter().filter_map(one_item))
    }

    fn actor_list<'a>(
        &mut self,
        actors: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> Vec<ActorId> {
        let mut out = Vec::new();
        self.seen.clear();
        for (text, code, sector) in actors {
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
                && self.seen.insert(id.index())
            {
                out.push(id);
            }
        }
        out
    }

    /// The contexts of a record, each listed once; linear in the number of tokens.
    fn contexts(&mut self, at: At, id: Option<&str>, v: Option<&Val>) -> Vec<PloverContext> {
        let tokens: Vec<&str> = match v {
            Some(Val::Str(s)) => s.split([',', ';']).collect(),
            Some(Val::List(items)) => items
                .iter()
                .filter_map(|i| match i {
                    Item::Str(s) => Some(s.as_str()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let mut out = Vec::new();
        let mut seen = HashSet::new();
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
                Ok(c) => {
                    if seen.insert(c) {
                        out.push(c);
                    }
                }
                Err(_) => self.note(
                    FindingKind::Context,
                    id,
                    at.field("context"),
                    format!("{} is not a context token", quote(&t)),
                ),
            }
        }
        out
    }

    fn citation(&mut self, r: &Record, when: Option<PartialDate>, text: &str) -> Option<SourceId> {
        let id = r.string(&["id", "event_id"]);
        let url = r.string(&["url", "citation_url"]);
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

fn one_item(item: &Item) -> Option<(&str, &str, &str)> {
    match item {
        Item::Str(s) => Some((s.trim(), "", "")),
        Item::Obj(o) => Some(one_inner(o)),
        Item::Other => None,
    }
}

/// An actor object's name, code and sector.
fn one_inner(o: &Inner) -> (&str, &str, &str) {
    (
        o.string(&["actorText", "name", "actor_name", "text"])
            .unwrap_or(""),
        o.string(&["code", "actor_code"]).unwrap_or(""),
        o.string(&["sector"]).unwrap_or(""),
    )
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

/// ISO 8601 at any precision or an RFC 3339 instant; or the day of a timestamp without an
/// offset (`2023-11-20 10:00:00`, `2023-11-20T10:00`), once its time is checked whole: an
/// impossible time (`25:00`) is unreadable, never cut to its day.
fn date(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    if let Ok(d) = s.parse::<PartialDate>() {
        return Some(d);
    }
    let (day, time) = (s.get(..10)?, s.get(11..)?);
    if !matches!(s.as_bytes().get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let time = time.strip_suffix(['Z', 'z']).unwrap_or(time);
    ["%H:%M:%S%.f", "%H:%M"]
        .iter()
        .any(|f| NaiveTime::parse_from_str(time, f).is_ok())
        .then(|| day.parse().ok())
        .flatten()
}

// ---------------------------------------------------------------------------------------
// The record as the reader sees it: typed, tolerant, and only what it keeps.
// ---------------------------------------------------------------------------------------

/// The top-level fields the reader looks at, by the names records give them; any other key
/// is read past ([`IgnoredAny`]) without being stored.
const KEYS: [&str; 27] = [
    "event",
    "event_type",
    "eventType",
    "id",
    "event_id",
    "source",
    "actor",
    "actors",
    "target",
    "recipient",
    "recipients",
    "date",
    "event_date",
    "story_date",
    "date_end",
    "end_date",
    "endDate",
    "mode",
    "event_mode",
    "context",
    "event_context",
    "text",
    "event_text",
    "eventText",
    "url",
    "citation_url",
    "eventLoc",
];

/// The keys read inside an actor object or `eventLoc`.
const INNER_KEYS: [&str; 7] = [
    "actorText",
    "name",
    "actor_name",
    "text",
    "code",
    "actor_code",
    "sector",
];

/// The index of a key in `keys`, or `None` for a key that is read past.
struct KeySeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().position(|k| *k == v))
    }
}

/// A value inside a list or an object of a kept field: a string, an object's strings, or
/// anything else, read past.
enum Item {
    Str(String),
    Obj(Box<Inner>),
    Other,
}

/// The strings of an object inside a kept field (an actor, `eventLoc`), by [`INNER_KEYS`];
/// `None` for absent or null.
#[derive(Default)]
struct Inner([Option<Str>; INNER_KEYS.len()]);

/// A value present and not null: a string, or something else.
enum Str {
    Text(String),
    NotText,
}

/// A string, or `None` for any other value (read past); null is absent.
struct Scalar(Option<Str>);

/// A kept top-level field's value: one level of lists and objects is kept, nothing deeper.
enum Val {
    Null,
    Str(String),
    List(Vec<Item>),
    Obj(Box<Inner>),
    Other,
}

/// One element of the input: a record (an object), or anything else.
enum Element {
    Record(Box<Record>),
    NotObject,
}

/// The kept fields of a record, by [`KEYS`]; `None` for absent. A key given twice keeps
/// its last value, as JSON parsers commonly do.
struct Record([Option<Val>; KEYS.len()]);

macro_rules! read_past {
    () => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(Tolerant::other())
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(Tolerant::other())
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(Tolerant::other())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(Tolerant::other())
        }
    };
}

/// The visitor of one kind of value, with what it makes of values it reads past.
struct Of<T>(std::marker::PhantomData<T>);

impl<T> Of<T> {
    fn new() -> Self {
        Of(std::marker::PhantomData)
    }
}

trait Tolerant: Sized {
    fn other() -> Self;
}

impl Tolerant for Item {
    fn other() -> Self {
        Item::Other
    }
}
impl Tolerant for Scalar {
    fn other() -> Self {
        Scalar(Some(Str::NotText))
    }
}
impl Tolerant for Val {
    fn other() -> Self {
        Val::Other
    }
}
impl Tolerant for Element {
    fn other() -> Self {
        Element::NotObject
    }
}

fn skip_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

fn read_inner<'de, A: MapAccess<'de>>(mut map: A) -> Result<Inner, A::Error> {
    let mut inner = Inner::default();
    while let Some(key) = map.next_key_seed(KeySeed(&INNER_KEYS))? {
        match key {
            Some(k) => {
                let Scalar(v) = map.next_value()?;
                inner.0[k] = v;
            }
            None => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    Ok(inner)
}

impl<'de> Visitor<'de> for Of<Scalar> {
    type Value = Scalar;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value")
    }
    read_past!();
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar(Some(Str::Text(v.to_owned()))))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar(None))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Scalar, A::Error> {
        skip_seq(seq)?;
        Ok(Scalar::other())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::other())
    }
}

impl<'de> Visitor<'de> for Of<Item> {
    type Value = Item;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value")
    }
    read_past!();
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Item, E> {
        Ok(Item::Str(v.to_owned()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Item, E> {
        Ok(Item::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Item, A::Error> {
        skip_seq(seq)?;
        Ok(Item::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Item, A::Error> {
        read_inner(map).map(|i| Item::Obj(Box::new(i)))
    }
}

impl<'de> Visitor<'de> for Of<Val> {
    type Value = Val;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value")
    }
    read_past!();
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Val, E> {
        Ok(Val::Str(v.to_owned()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Val, E> {
        Ok(Val::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Val, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Item>()? {
            items.push(item);
        }
        Ok(Val::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Val, A::Error> {
        read_inner(map).map(|i| Val::Obj(Box::new(i)))
    }
}

impl<'de> Visitor<'de> for Of<Element> {
    type Value = Element;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a record")
    }
    read_past!();
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Element, E> {
        Ok(Element::NotObject)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Element, E> {
        Ok(Element::NotObject)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Element, A::Error> {
        skip_seq(seq)?;
        Ok(Element::NotObject)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Element, A::Error> {
        let mut record = Box::new(Record(Default::default()));
        while let Some(key) = map.next_key_seed(KeySeed(&KEYS))? {
            match key {
                Some(k) => record.0[k] = Some(map.next_value()?),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Element::Record(record))
    }
}

macro_rules! deserialize_any {
    ($($t:ty),*) => {$(
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(Of::<$t>::new())
            }
        }
    )*};
}
deserialize_any!(Item, Scalar, Val, Element);

impl Record {
    /// The first of `names` present and not null: records name their fields in several ways.
    fn field(&self, names: &[&str]) -> Option<&Val> {
        names.iter().find_map(|n| {
            let k = KEYS.iter().position(|k| k == n)?;
            self.0[k].as_ref().filter(|v| !matches!(v, Val::Null))
        })
    }

    /// The field as a trimmed, non-empty string.
    fn string(&self, names: &[&str]) -> Option<&str> {
        match self.field(names)? {
            Val::Str(s) => Some(s.trim()).filter(|s| !s.is_empty()),
            _ => None,
        }
    }
}

impl Inner {
    fn string(&self, names: &[&str]) -> Option<&str> {
        names
            .iter()
            .find_map(|n| {
                let k = INNER_KEYS.iter().position(|k| k == n)?;
                self.0[k].as_ref()
            })
            .and_then(|v| match v {
                Str::Text(s) => Some(s.trim()).filter(|s| !s.is_empty()),
                Str::NotText => None,
            })
    }
}

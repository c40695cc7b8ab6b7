//! GDELT 2.0 events: a streaming reader of the tab-separated export files.
//!
//! Each line is one event of 61 tab-separated columns. An event whose `EventCode` falls
//! under one of the [`Importer`]'s prefixes becomes a [`Claim`] by Actor1 about Actor2:
//!
//! | CAMEO | meaning | speech act |
//! |---|---|---|
//! | `111`, `112`, `1121`..`1125`, `114` | criticise, accuse, complain | [`SpeechAct::Accusation`] |
//! | `016`, `12x` | deny responsibility, reject | [`SpeechAct::Denial`] |
//! | `13x` | threaten | [`SpeechAct::Threat`] |
//! | any other code the prefixes let in | | [`SpeechAct::Assertion`] |
//!
//! # Kept
//!
//! | GDELT column | becomes |
//! |---|---|
//! | `GlobalEventID` | the start of the allegation's text: `GDELT event 1234: Accuse` |
//! | `SQLDATE` | the claim's date, to the day |
//! | `EventCode` | the allegation's CAMEO category; its description ends the text |
//! | `Actor1Code`, `Actor1Name`, `Actor1CountryCode`, `Actor1Type1Code` | the claimant |
//! | `Actor2...` (same columns) | the actor the claim is about |
//! | `SOURCEURL` | an article [`Source`] with that URL and the event's date, one per distinct URL |
//!
//! Actors are made once per distinct (`ActorNCode`, `ActorNName`), named by the name (or
//! the code when the name is empty), with the CAMEO actor code and ISO country code where
//! valid; of kind state when the code is a bare country code, government when
//! `ActorNType1Code` is `GOV`, unknown otherwise. Codes are strings: `016` is not `16`.
//!
//! # Lost
//!
//! Every other column: the Goldstein scale, tone, mentions, geography, the other actor
//! attributes, and the date the event was added. Events outside the prefixes are counted
//! ([`Report::left_out`](super::Report::left_out)) and not kept.
//!
//! # Faulty lines
//!
//! A line with the wrong number of columns, a malformed code (`13y`), a bad date, a
//! `GlobalEventID` that is not a whole number (`abc`, `1e400`), a missing actor, bytes that
//! are not UTF-8, or more than [`Limits::max_line`] bytes is skipped and counted as a
//! [finding](FindingKind) with its line number; blank lines are ignored. An event id read
//! again is a finding too ([`FindingKind::Duplicate`]), naming the line that had it first:
//! one event is one claim. Values are quoted in messages by their first 40 characters.
//!
//! When no more than one non-blank line in ten is a GDELT row (61 tab-separated columns of
//! UTF-8), the input is not GDELT at all (a JSON file, binary zeros): the import fails with
//! an error naming the first faulty line, rather than returning an empty graph.
//!
//! Memory is one reused line buffer, plus the graph being built, plus one map entry per
//! distinct actor and URL, plus 16 bytes (an id and a line number) per claim kept for the
//! duplicate check.

pub(crate) use super::intern::Actors;
use super::intern::{coded_actor, quote};
use super::lines::{Line, Lines};
use super::{Format, ImportError, ImportErrorKind, Limits, Position};
use crate::{
    ActorId, ActorKind, Allegation, CameoCode, Claim, ClaimGraph, PartialDate, Source, SourceId,
    SourceKind, SpeechAct,
};
use std::collections::HashMap;
use std::fmt;
use std::io::BufRead;

/// Columns of a GDELT 2.0 events row.
const COLUMNS: usize = 61;
const EVENT_ID: usize = 0;
const SQLDATE: usize = 1;
/// The first of an actor's ten columns: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
/// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
const ACTOR1: usize = 5;
const ACTOR2: usize = 15;
const EVENT_CODE: usize = 26;
const SOURCE_URL: usize = 60;

/// Why one GDELT line was skipped.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::{Limits, gdelt::FindingKind};
/// let mut row = vec![""; 61];
/// row[1] = "20231120"; row[5] = "FIN"; row[15] = "RUS"; row[26] = "13y";
/// let import = ClaimGraph::from_gdelt(row.join("\t").as_bytes(), &Limits::default())?;
/// assert_eq!(import.report().count(FindingKind::EventCode), 1);
/// assert_eq!(FindingKind::EventCode.to_string(), "malformed CAMEO event code");
/// # Ok::<(), claimgraph::io::ImportError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FindingKind {
    /// The line does not have 61 tab-separated columns.
    ColumnCount,
    /// The line is not UTF-8.
    Encoding,
    /// The line is longer than [`Limits::max_line`].
    TooLong,
    /// `GlobalEventID` is not a whole number that fits 64 bits.
    EventId,
    /// `GlobalEventID` was read before: the event is already a claim.
    Duplicate,
    /// `EventCode` is not a CAMEO code (`13y`, `16`, empty).
    EventCode,
    /// `SQLDATE` is not a date `YYYYMMDD`.
    Date,
    /// The event has no source actor, or an accusation has no target actor.
    Actor,
    /// The graph refused the claim.
    Rejected,
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FindingKind::ColumnCount => "wrong number of columns",
            FindingKind::Encoding => "not UTF-8",
            FindingKind::TooLong => "line too long",
            FindingKind::EventId => "malformed GlobalEventID",
            FindingKind::Duplicate => "repeated GlobalEventID",
            FindingKind::EventCode => "malformed CAMEO event code",
            FindingKind::Date => "malformed SQLDATE",
            FindingKind::Actor => "missing actor",
            FindingKind::Rejected => "claim refused by the graph",
        })
    }
}

/// The report of a GDELT import.
pub type Report = super::Report<FindingKind>;
/// One finding of a GDELT import.
pub type Finding = super::Finding<FindingKind>;
/// A graph read from GDELT, and its report.
pub type Import = super::Import<FindingKind>;

/// Reads GDELT 2.0 event files into claims; the event codes it takes are configured by
/// value. The mapping is in the [module documentation](self).
///
/// ```
/// use claimgraph::{CameoCode, ClaimGraph};
/// use claimgraph::io::{Limits, gdelt::Importer};
/// let mut row = vec![""; 61];
/// row[0] = "1"; row[1] = "20231120";
/// row[5] = "FINGOV"; row[6] = "FINLAND"; row[7] = "FIN";
/// row[15] = "RUS"; row[16] = "RUSSIA"; row[17] = "RUS";
/// row[26] = "1123"; row[60] = "https://example.org/a";
/// let file = row.join("\t") + "\n";
/// let import = Importer::new().import(file.as_bytes(), &Limits::default())?;
/// let g = import.graph();
/// let (_, claim) = g.claims().next().unwrap();
/// assert_eq!(g.actor(claim.claimant()).unwrap().name(), "FINLAND");
/// assert_eq!(g.actor(claim.about()[0]).unwrap().name(), "RUSSIA");
/// assert_eq!(claim.allegation().category(), Some(CameoCode::parse("1123")?));
/// assert_eq!(claim.stated().unwrap().to_string(), "2023-11-20");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Importer {
    prefixes: Vec<CameoCode>,
    /// The speech act of each group of codes, parsed once rather than per line.
    acts: Vec<(CameoCode, SpeechAct)>,
}

impl Default for Importer {
    fn default() -> Self {
        Importer::new()
    }
}

impl Importer {
    /// An importer of accusation-like events: the `111`, `112`, `114`, `016`, `12` and `13`
    /// prefixes.
    ///
    /// ```
    /// use claimgraph::io::gdelt::Importer;
    /// let importer = Importer::new();
    /// let codes: Vec<&str> = importer.prefixes().iter().map(|c| c.as_str()).collect();
    /// assert_eq!(codes, ["111", "112", "114", "016", "12", "13"]);
    /// ```
    pub fn new() -> Self {
        let code = |c: &str| CameoCode::parse(c).ok();
        let acts = [
            ("111", SpeechAct::Accusation),
            ("112", SpeechAct::Accusation),
            ("114", SpeechAct::Accusation),
            ("016", SpeechAct::Denial),
            ("12", SpeechAct::Denial),
            ("13", SpeechAct::Threat),
        ];
        let acts: Vec<(CameoCode, SpeechAct)> = acts
            .into_iter()
            .filter_map(|(c, act)| Some((code(c)?, act)))
            .collect();
        Importer {
            prefixes: acts.iter().map(|&(c, _)| c).collect(),
            acts,
        }
    }

    /// Which event codes are imported: those within one of `prefixes`. Codes outside the
    /// three groups of the module's table become [`SpeechAct::Assertion`] claims.
    ///
    /// ```
    /// use claimgraph::{CameoCode, ClaimGraph, SpeechAct};
    /// use claimgraph::io::{Limits, gdelt::Importer};
    /// let mut row = vec![""; 61];
    /// row[1] = "20231120"; row[5] = "RUS"; row[15] = "FIN"; row[26] = "138";
    /// let rows = format!("{}\n{}\n", row.join("\t"), row.join("\t").replace("\t138\t", "\t1123\t"));
    /// // Threats only: the accusation on line 2 is left out.
    /// let threats = Importer::new().with_prefixes(vec![CameoCode::parse("13")?]);
    /// let import = threats.import(rows.as_bytes(), &Limits::default())?;
    /// assert_eq!(import.graph().claim_count(), 1);
    /// assert_eq!(import.graph().claims().next().unwrap().1.act(), SpeechAct::Threat);
    /// assert_eq!(import.report().left_out(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_prefixes(mut self, prefixes: Vec<CameoCode>) -> Self {
        self.prefixes = prefixes;
        self
    }

    /// The prefixes of imported event codes.
    ///
    /// ```
    /// use claimgraph::CameoCode;
    /// use claimgraph::io::gdelt::Importer;
    /// let accusations = CameoCode::parse("112")?;
    /// assert!(Importer::new().prefixes().iter().any(|p| accusations.is_within(*p)));
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn prefixes(&self) -> &[CameoCode] {
        &self.prefixes
    }

    /// Reads a whole file into a new graph, within `limits`.
    ///
    /// # Errors
    /// [`ImportError`] of kind [`Io`](super::ImportErrorKind::Io), with the line number,
    /// when reading fails; of kind [`TooLarge`](super::ImportErrorKind::TooLarge) past
    /// [`Limits::max_bytes`] or [`Limits::max_records`] lines; of kind
    /// [`Syntax`](super::ImportErrorKind::Syntax), naming the first faulty line, when no
    /// more than one non-blank line in ten is a GDELT row. Other faulty lines are not errors:
    /// they are findings in the report.
    ///
    /// # Complexity
    /// O(bytes) time; memory as the [module documentation](self) says.
    ///
    /// ```
    /// use claimgraph::io::{Limits, gdelt::Importer};
    /// let import = Importer::new().import(&b"\n"[..], &Limits::default())?;
    /// assert_eq!(import.report().read(), 1);
    /// // A file that is not GDELT is an error, not an empty graph.
    /// let err = Importer::new().import(&b"{\"not\": \"gdelt\"}\n"[..], &Limits::default()).unwrap_err();
    /// assert_eq!(err.to_string(), "GDELT: line 1: not GDELT: 0 of 1 lines are rows (first fault: 1 columns, expected 61)");
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn import(&self, reader: impl BufRead, limits: &Limits) -> Result<Import, ImportError> {
        self.import_with(
            reader,
            limits,
            ClaimGraph::new(),
            &mut Actors::default(),
            &mut GraphSink::default(),
        )
    }

    /// [`import`](Importer::import) into `graph`, whose actors `actors` interned (a stream
    /// keeps both across files), with the claims and their sources handed to `sink`.
    pub(crate) fn import_with(
        &self,
        reader: impl BufRead,
        limits: &Limits,
        graph: ClaimGraph,
        actors: &mut Actors,
        sink: &mut dyn Sink,
    ) -> Result<Import, ImportError> {
        let mut lines = Lines::new(reader, Format::Gdelt, limits);
        let mut state = State {
            graph,
            report: Report::new(Format::Gdelt, limits),
            actors,
            sink,
            ids: HashMap::new(),
            non_blank: 0,
            rows: 0,
            first_bad: None,
        };
        while let Some((number, line)) = lines.next_line()? {
            state.report.record(None, || Position::line_at(number))?;
            match line {
                Line::TooLong => {
                    state.non_blank += 1;
                    state.unreadable(number, FindingKind::TooLong, || {
                        format!("longer than the limit of {} bytes", limits.max_line())
                    });
                }
                Line::Bytes(bytes) => self.line(&mut state, number, bytes),
            }
        }
        if state.rows.saturating_mul(10) <= state.non_blank
            && let Some((line, why)) = state.first_bad.take()
        {
            return Err(ImportError::new(
                Format::Gdelt,
                ImportErrorKind::Syntax,
                Position::line_at(line),
                format!(
                    "not GDELT: {} of {} lines are rows (first fault: {why})",
                    state.rows, state.non_blank
                ),
            ));
        }
        state.report.tally(&state.graph);
        Ok(Import::new(state.graph, state.report))
    }

    /// One line: split into columns, then checked and mapped column by column.
    fn line(&self, state: &mut State, number: u64, bytes: &[u8]) {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        state.non_blank += 1;
        let Ok(text) = std::str::from_utf8(bytes) else {
            state.unreadable(number, FindingKind::Encoding, || "invalid UTF-8".into());
            return;
        };
        let mut cols: [&str; COLUMNS] = [""; COLUMNS];
        let n = split_columns(text, &mut cols);
        if n != COLUMNS {
            state.unreadable(number, FindingKind::ColumnCount, || {
                format!("{n} columns, expected {COLUMNS}")
            });
            return;
        }
        state.rows += 1;
        let raw_id = cols[EVENT_ID].trim();
        let id = if raw_id.is_empty() {
            None
        } else if let Some(id) = event_id(raw_id) {
            Some(id)
        } else {
            state.fault(number, FindingKind::EventId, || {
                format!("GlobalEventID {} is not a whole number", quote(raw_id))
            });
            return;
        };
        match self.claim(state, &cols) {
            Ok(Some(claim)) => {
                if let Some(id) = id {
                    if let Some(&first) = state.ids.get(&id) {
                        state.fault(number, FindingKind::Duplicate, || {
                            format!("GlobalEventID {id} was read on line {first}: skipped")
                        });
                        return;
                    }
                    state.ids.insert(id, number);
                }
                if let Err((kind, message)) = state.sink.claim(&mut state.graph, claim) {
                    state.fault(number, kind, || message);
                }
            }
            Ok(None) => state.report.leave_out(),
            Err((kind, message)) => state.fault(number, kind, move || message),
        }
    }

    /// The claim of a well-formed row; `None` for an event outside the prefixes.
    fn claim(
        &self,
        state: &mut State,
        cols: &[&str; COLUMNS],
    ) -> Result<Option<Claim>, (FindingKind, String)> {
        let raw_code = cols[EVENT_CODE].trim();
        let Ok(event) = CameoCode::parse(raw_code) else {
            return Err((
                FindingKind::EventCode,
                format!("EventCode {} is not a CAMEO code", quote(raw_code)),
            ));
        };
        if !self.prefixes.iter().any(|p| event.is_within(*p)) {
            return Ok(None);
        }
        let Some(date) = sql_date(cols[SQLDATE]) else {
            return Err((
                FindingKind::Date,
                format!("SQLDATE {} is not YYYYMMDD", quote(cols[SQLDATE])),
            ));
        };
        let act = self.act_of(event);
        let no_actor = || (FindingKind::Actor, "no Actor1".to_owned());
        let no_target = || {
            (
                FindingKind::Actor,
                "an accusation without Actor2".to_owned(),
            )
        };
        let actor1 = actor_columns(cols, ACTOR1).ok_or_else(no_actor)?;
        let actor2 = actor_columns(cols, ACTOR2);
        if act == SpeechAct::Accusation && actor2.is_none() {
            return Err(no_target());
        }
        let claimant = state.actor(actor1).ok_or_else(no_actor)?;
        let target = actor2.and_then(|a| state.actor(a));
        let what = event.description().unwrap_or("event");
        let id = cols[EVENT_ID].trim();
        let text = if id.is_empty() {
            what.to_owned()
        } else {
            format!("GDELT event {id}: {what}")
        };
        let mut claim =
            Claim::new(claimant, act, Allegation::new(text).with_category(event)).with_stated(date);
        if !id.is_empty() {
            // The row's own id, so that a claim can be traced back to GDELT and found by it.
            claim = claim.with_keys(crate::Keys::new().with("gdelt", id));
        }
        match target {
            Some(t) if t != claimant => claim = claim.with_about(t),
            Some(_) if act == SpeechAct::Accusation => {
                return Err((FindingKind::Actor, "Actor1 accuses itself".to_owned()));
            }
            None if act == SpeechAct::Accusation => return Err(no_target()),
            _ => {}
        }
        let url = cols[SOURCE_URL].trim();
        if let Some(source) = (!url.is_empty())
            .then(|| state.sink.source(&mut state.graph, url, date))
            .flatten()
        {
            claim = claim.with_source(source);
        }
        Ok(Some(claim))
    }

    /// The speech act of an event code, by the groups of the module's table.
    fn act_of(&self, code: CameoCode) -> SpeechAct {
        self.acts
            .iter()
            .find(|(group, _)| code.is_within(*group))
            .map_or(SpeechAct::Assertion, |&(_, act)| act)
    }
}

/// An actor's identifying columns: code, name, country code and first type code, trimmed;
/// `None` when both code and name are empty.
#[derive(Clone, Copy)]
struct ActorColumns<'a> {
    code: &'a str,
    name: &'a str,
    country: &'a str,
    type1: &'a str,
}

fn actor_columns<'a>(cols: &[&'a str; COLUMNS], first: usize) -> Option<ActorColumns<'a>> {
    let at = |k: usize| cols.get(first + k).map_or("", |c| c.trim());
    let a = ActorColumns {
        code: at(0),
        name: at(1),
        country: at(2),
        type1: at(7),
    };
    (!a.code.is_empty() || !a.name.is_empty()).then_some(a)
}

/// Splits a row at its tabs into `cols`, and counts the columns (those past `cols` are
/// counted, not kept). A byte scan: `str::split` with a `char` pattern compares each match
/// through a call to `memcmp`, which on 61 columns a line was a third of the import's time.
fn split_columns<'a>(text: &'a str, cols: &mut [&'a str; COLUMNS]) -> usize {
    let mut n = 0usize;
    let mut start = 0usize;
    let ends = text
        .as_bytes()
        .iter()
        .enumerate()
        .filter_map(|(i, &b)| (b == b'\t').then_some(i))
        .chain(std::iter::once(text.len()));
    for end in ends {
        if let Some(col) = cols.get_mut(n) {
            // Tabs are ASCII, so every cut falls on a character boundary.
            *col = text.get(start..end).unwrap_or("");
        }
        n += 1;
        start = end + 1;
    }
    n
}

/// A `GlobalEventID`: ASCII digits only (no sign, exponent or point), within `u64`.
fn event_id(s: &str) -> Option<u64> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
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

/// Where the claims of an import go: the graph being built (an ordinary import), or a
/// stream of tables (`io::tables::gdelt`).
pub(crate) trait Sink {
    /// The source of an article's URL (never empty), made on first sight.
    fn source(&mut self, graph: &mut ClaimGraph, url: &str, date: PartialDate) -> Option<SourceId>;
    /// Keeps one claim, whose actors are in `graph` and whose source came from
    /// [`source`](Sink::source); an error is a finding of the line.
    fn claim(&mut self, graph: &mut ClaimGraph, claim: Claim) -> Result<(), (FindingKind, String)>;
}

/// The ordinary import: sources and claims into the graph, one source per distinct URL.
#[derive(Default)]
struct GraphSink {
    sources: HashMap<String, SourceId>,
}

impl Sink for GraphSink {
    fn source(&mut self, graph: &mut ClaimGraph, url: &str, date: PartialDate) -> Option<SourceId> {
        if let Some(&s) = self.sources.get(url) {
            return Some(s);
        }
        let s = graph
            .add_source(
                Source::new(SourceKind::Article, url)
                    .with_url(url)
                    .with_date(date),
            )
            .ok()?;
        self.sources.insert(url.to_owned(), s);
        Some(s)
    }

    fn claim(&mut self, graph: &mut ClaimGraph, claim: Claim) -> Result<(), (FindingKind, String)> {
        graph
            .add_claim(claim)
            .map(|_| ())
            .map_err(|e| (FindingKind::Rejected, e.to_string()))
    }
}

/// What an import builds as it goes.
struct State<'s> {
    graph: ClaimGraph,
    report: Report,
    actors: &'s mut Actors,
    sink: &'s mut dyn Sink,
    /// The line of each event id kept as a claim, for the duplicate check.
    ids: HashMap<u64, u64>,
    /// Non-blank lines, and those of them that are rows (61 columns of UTF-8).
    non_blank: u64,
    rows: u64,
    /// The first line that is not a row, and why.
    first_bad: Option<(u64, String)>,
}

impl State<'_> {
    fn fault(&mut self, line: u64, kind: FindingKind, message: impl FnOnce() -> String) {
        self.report
            .note(kind, None, || Position::line_at(line), message);
    }

    /// A line that is not a row at all: a finding, and the first such is remembered for the
    /// error when the input turns out not to be GDELT.
    fn unreadable(&mut self, line: u64, kind: FindingKind, message: impl FnOnce() -> String) {
        if self.first_bad.is_none() {
            let message = message();
            self.first_bad = Some((line, message.clone()));
            self.fault(line, kind, || message);
        } else {
            self.fault(line, kind, message);
        }
    }

    /// The actor of a row, made on first sight.
    fn actor(&mut self, a: ActorColumns<'_>) -> Option<ActorId> {
        self.actors.intern(&mut self.graph, a.code, a.name, || {
            let kind = if !a.code.is_empty() && a.code == a.country {
                ActorKind::State
            } else if a.type1 == "GOV" {
                ActorKind::Government
            } else {
                ActorKind::Unknown
            };
            coded_actor(a.code, a.name, kind, a.country)
        })
    }
}

impl ClaimGraph {
    /// Reads GDELT 2.0 events with the default [`Importer`]
    /// (accusation-like events), within `limits`; see [`io::gdelt`](crate::io::gdelt) for
    /// the mapping.
    ///
    /// # Errors
    /// As [`Importer::import`](crate::io::gdelt::Importer::import).
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, SpeechAct};
    /// use claimgraph::io::Limits;
    /// let mut row = vec![""; 61];
    /// row[1] = "20231120"; row[5] = "FIN"; row[15] = "RUS"; row[26] = "112";
    /// let file = format!("{}\nnot a row\n", row.join("\t"));
    /// let import = ClaimGraph::from_gdelt(file.as_bytes(), &Limits::default())?;
    /// let (_, claim) = import.graph().claims().next().unwrap();
    /// assert_eq!(claim.act(), SpeechAct::Accusation);
    /// assert_eq!(import.report().to_string(), "\
    /// GDELT: read 2 lines; added 2 actors, 1 claim
    /// 1 × wrong number of columns (line 2)
    /// ");
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn from_gdelt(reader: impl BufRead, limits: &Limits) -> Result<Import, ImportError> {
        Importer::new().import(reader, limits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_cut_at_tabs_and_counted_past_the_last() {
        let mut cols = [""; COLUMNS];
        assert_eq!(split_columns("a\t\té\t", &mut cols), 4);
        assert_eq!(&cols[..4], ["a", "", "é", ""]);
        let long = "x\t".repeat(70);
        assert_eq!(split_columns(&long, &mut cols), 71);
        assert_eq!(cols[60], "x");
        assert_eq!(split_columns("", &mut cols), 1);
    }

    #[test]
    fn event_ids_are_whole_numbers_within_64_bits() {
        assert_eq!(event_id("1234"), Some(1234));
        assert_eq!(event_id("18446744073709551615"), Some(u64::MAX));
        for bad in [
            "abc",
            "1e400",
            "-1",
            "+1",
            "1.0",
            "18446744073709551616",
            "１",
        ] {
            assert_eq!(event_id(bad), None, "{bad}");
        }
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
        let importer = Importer::new();
        let act = |s| importer.act_of(CameoCode::parse(s).unwrap());
        assert_eq!(act("1123"), SpeechAct::Accusation);
        assert_eq!(act("111"), SpeechAct::Accusation);
        assert_eq!(act("016"), SpeechAct::Denial);
        assert_eq!(act("125"), SpeechAct::Denial);
        assert_eq!(act("138"), SpeechAct::Threat);
        assert_eq!(act("16"), SpeechAct::Assertion);
        // The groups stay when the prefixes change.
        let narrow = Importer::new().with_prefixes(vec![CameoCode::parse("16").unwrap()]);
        assert_eq!(
            narrow.act_of(CameoCode::parse("138").unwrap()),
            SpeechAct::Threat
        );
    }
}

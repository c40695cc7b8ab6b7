//! The JSON document: a graph written out and read back, losslessly, ids included.
//!
//! # Format
//!
//! A document is one JSON object. `format` and `version` come first and are checked before
//! anything else; then one object per kind of entity, keyed by id, in id order:
//!
//! ```json
//! {
//!   "format": "claimgraph",
//!   "version": 2,
//!   "next_ids": { "claim": 3 },
//!   "actors": {
//!     "A0": { "name": "Finnish government", "kind": "government", "cameo": "FINGOV" },
//!     "A1": { "name": "Russia", "kind": "state", "aliases": ["Moscow"], "iso3": "RUS" }
//!   },
//!   "claims": {
//!     "C0": {
//!       "claimant": "A0",
//!       "act": "accusation",
//!       "about": ["A1"],
//!       "allegation": { "text": "deliberately smuggling asylum seekers", "category": "1123" },
//!       "stated": "2023-11"
//!     }
//!   },
//!   "rebuttals": {
//!     "R0": { "by": "A1", "kind": "denial", "answers": ["C0"], "stated": "2023-11-20" }
//!   }
//! }
//! ```
//!
//! - Sections, all optional: `actors`, `relations`, `sources`, `events`, `claims`,
//!   `rebuttals`, `supports`. Each maps an id (`A0`, `L0`, `S0`, `E0`, `C0`, `R0`, `P0`) to an
//!   entity whose fields are those of the Rust type, in snake case.
//! - References are ids of the right kind, written the same way: a claim's `claimant` must be
//!   an `A` id; a rebuttal's `answers` hold `C`, `R`, `S`, `E` or `P` ids, or an alternative
//!   of a claim as `C0/1`. They may point forwards.
//! - Dates are ISO 8601 at their own precision (`2021`, `2023-04`, `2023-11-16`, or an RFC
//!   3339 instant with an offset); codes are strings (`"016"`, never `16`).
//! - Dates may also be windows, one date known only to lie between two: `[2018-03-04..2018-03-12]`.
//! - `$schema` (optional, any string) tells editors where the JSON Schema is, for completion
//!   and validation; the loader accepts it and does not keep it.
//! - `next_ids` (optional) keeps ids retired by removals from being issued again after a load.
//! - `keys` (on actors, claims, rebuttals, events and sources) maps a scheme to the entity's
//!   key in another system: `"keys": {"gdelt": "1129384756"}`.
//!
//! # Versions
//!
//! This crate writes version 2 and reads versions 1 and 2. Version 2 added, all optional:
//! on claims `joint_with`, `confidence`, `alternatives`, `condition`, `deadline`,
//! `resolution`, `keys`; on rebuttals `about`, `joint_with`, `confidence`, `keys`, and answers
//! to sources, events, supports and alternatives; on events `alleged_by`, `keys`; on actors
//! `anonymous`, `keys` and six kinds; on sources `speakers`, `quotes`, `grading`, `keys` and
//! `reported_in` as a list; the speech act `demand`; date windows. Version 1's single
//! `speaker`, single `quote` (a string) and single `reported_in` (an id) are still read, in
//! either version, and written back in version 2's form: a version 1 document loads unchanged
//! and is written as version 2 without loss. The JSON Schema of version 2 is
//! `schema/claimgraph.schema.json` in the repository.
//! - Unknown fields are errors, so a misspelt field never passes silently.
//! - Objects are objects: an array of an object's values (`"valid": ["2023"]`) is refused
//!   where the object belongs, and so is a key given twice in one object.
//!
//! # Loading untrusted documents
//!
//! Loading takes the [`Limits`] every reader takes: it reads at most
//! [`Limits::max_bytes`] bytes, refuses nesting deeper than [`Limits::max_depth`] before
//! parsing, never panics, never recurses over the data beyond that depth, and holds memory
//! proportional to the input. Every error is a [`DocumentError`] whose [`Position`] names
//! the JSON path (`claims.C3.about`), and the line and column where the parser knows them.
//!
//! ```
//! use claimgraph::ClaimGraph;
//! use claimgraph::document::DocumentErrorKind;
//! use claimgraph::io::Limits;
//! // A service that stores documents of up to 1 MB sent by anyone.
//! let limits = Limits::default().with_max_bytes(1 << 20).with_max_depth(16);
//! let upload = br#"{"format": "claimgraph", "version": 1, "actors": {"A0": {"name": [[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]}}}"#;
//! let err = ClaimGraph::from_json_reader(&upload[..], &limits).unwrap_err();
//! assert_eq!(err.kind(), DocumentErrorKind::TooLarge);
//! assert_eq!(err.to_string(), "line 1, column 79: nested deeper than the limit of 16");
//! ```

use crate::error::Error;
use crate::graph::Entity;
use crate::io::{Exceeded, Limits, Position, json_message, read_bounded, too_deep};
use crate::{
    Actor, ActorId, Claim, ClaimGraph, ClaimId, EntityKind, Event, EventId, Rebuttal, RebuttalId,
    Relation, RelationId, Source, SourceId, Support, SupportId,
};
use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeSet;
use std::fmt;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::marker::PhantomData;
use strict::Strict;

mod strict;

/// The value of a document's `format` field.
///
/// ```
/// assert!(claimgraph::ClaimGraph::new().to_json().contains(claimgraph::document::FORMAT));
/// ```
pub const FORMAT: &str = "claimgraph";
/// The version of the document format this crate writes. It reads this version and every
/// earlier one ([`OLDEST_VERSION`] on).
///
/// ```
/// assert_eq!(claimgraph::document::VERSION, 2);
/// ```
pub const VERSION: u32 = 2;

/// The `$id` of the document format's JSON Schema (version 2), which the repository keeps as
/// `schema/claimgraph.schema.json` and [`json_schema`] generates. It names the schema; nothing
/// is served there (`.invalid` is a reserved domain): point editors at the file.
///
/// ```
/// assert!(claimgraph::document::SCHEMA_ID.ends_with("claimgraph.schema.json"));
/// ```
pub const SCHEMA_ID: &str = "https://claimgraph.invalid/schema/2/claimgraph.schema.json";

/// The JSON Schema (draft 2020-12) of the document format, generated from the model's types
/// (feature `schema`): what [`ClaimGraph::to_json`] writes validates against it, and so does
/// every version 1 document this crate reads. The repository keeps it, pretty-printed, as
/// `schema/claimgraph.schema.json`; editors use it for completion and validation.
///
/// ```
/// let schema = claimgraph::document::json_schema();
/// assert_eq!(schema["$id"], claimgraph::document::SCHEMA_ID);
/// assert_eq!(schema["properties"]["format"]["const"], "claimgraph");
/// assert_eq!(schema["$defs"]["ActorId"]["pattern"], "^A[0-9]+$");
/// ```
#[cfg(feature = "schema")]
pub fn json_schema() -> serde_json::Value {
    crate::schema::document_schema()
}

/// The oldest version of the document format this crate reads.
///
/// ```
/// use claimgraph::ClaimGraph;
/// assert_eq!(claimgraph::document::OLDEST_VERSION, 1);
/// // A version 1 document loads unchanged; it is written back as version 2.
/// let v1 = r#"{"format": "claimgraph", "version": 1,
///   "actors": {"A0": {"name": "Dmitry Peskov", "kind": "person"}},
///   "sources": {"S0": {"kind": "article", "title": "article"},
///               "S1": {"kind": "remarks", "title": "remarks", "speaker": "A0",
///                      "quote": "far-fetched", "reported_in": "S0"}}}"#;
/// let g = ClaimGraph::from_json(v1)?;
/// let s1 = g.source("S1".parse()?).unwrap();
/// assert_eq!(s1.speakers(), ["A0".parse()?]);
/// assert_eq!(s1.quotes()[0].text(), "far-fetched");
/// assert!(g.to_json().contains("\"version\": 2"));
/// assert_eq!(ClaimGraph::from_json(&g.to_json())?, g);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const OLDEST_VERSION: u32 = 1;

/// The kind of problem a [`DocumentError`] reports.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::document::DocumentErrorKind;
/// let err = ClaimGraph::from_json(r#"{"format": "claimgraph", "version": 9}"#).unwrap_err();
/// let advice = match err.kind() {
///     DocumentErrorKind::UnsupportedVersion => "written by a newer claimgraph: upgrade",
///     DocumentErrorKind::Syntax => "not JSON, or cut short",
///     _ => "fix the document at the position given",
/// };
/// assert_eq!(advice, "written by a newer claimgraph: upgrade");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentErrorKind {
    /// Reading the input failed.
    Io,
    /// The input passes the [`Limits`]: more bytes than [`Limits::max_bytes`], or nested
    /// deeper than [`Limits::max_depth`].
    TooLarge,
    /// Not JSON, or JSON cut short, or nested too deeply.
    Syntax,
    /// The `format` field is missing or is not `claimgraph`.
    UnknownFormat,
    /// The `version` field is missing or names a version this crate cannot read.
    UnsupportedVersion,
    /// Valid JSON that does not fit the format: a wrong type, an unknown field, a bad date or
    /// code, a malformed id.
    Invalid,
    /// The same id twice in one section.
    DuplicateId,
    /// A reference to an id the document does not hold.
    DanglingReference,
    /// An entity the graph refuses: an accusation accusing nobody, an event ending before it
    /// begins, a rebuttal answering itself, sources reported in each other in a circle.
    Refused,
}

/// A document could not be loaded: where (a [`Position`]: the JSON path, and the line and
/// column when the parser knows them) and what.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::document::DocumentErrorKind;
/// let doc = r#"{"format": "claimgraph", "version": 1,
///   "actors": {"A0": {"name": "Russia", "kind": "state"}},
///   "claims": {"C0": {"claimant": "A0", "act": "accusation", "about": ["A7"],
///                     "allegation": {"text": "x"}}}}"#;
/// let err = ClaimGraph::from_json(doc).unwrap_err();
/// assert_eq!(err.kind(), DocumentErrorKind::DanglingReference);
/// assert_eq!(err.position().path(), "claims.C0.about");
/// // Found after parsing, and still placed: the line and column of the `about` key.
/// assert_eq!(
///     err.to_string(),
///     "claims.C0.about (line 3, column 60): refers to A7, which the document does not hold"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentError {
    kind: DocumentErrorKind,
    position: Position,
    message: String,
}

impl DocumentError {
    fn new(kind: DocumentErrorKind, path: impl Into<String>, message: impl Into<String>) -> Self {
        DocumentError {
            kind,
            position: Position::at(path),
            message: message.into(),
        }
    }

    /// The kind of problem.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::document::DocumentErrorKind;
    /// assert_eq!(ClaimGraph::from_json("{").unwrap_err().kind(), DocumentErrorKind::Syntax);
    /// ```
    pub fn kind(&self) -> DocumentErrorKind {
        self.kind
    }

    /// Where: the JSON path of the offending value (`claims.C3.stated`; empty for the whole
    /// document), and the line and column where the parser stopped, when known.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let err = ClaimGraph::from_json("{\n  \"format\": ,\n}").unwrap_err();
    /// assert_eq!(err.position().line(), Some(2));
    /// let doc = r#"{"format": "claimgraph", "version": 1, "events": {"E0": {"description": "x", "date": "2023-13"}}}"#;
    /// assert_eq!(ClaimGraph::from_json(doc).unwrap_err().position().path(), "events.E0.date");
    /// ```
    pub fn position(&self) -> &Position {
        &self.position
    }

    /// What is wrong, without the position.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let err = ClaimGraph::from_json(r#"{"format": "aif", "version": 1}"#).unwrap_err();
    /// assert_eq!(err.message(), "the format is `aif`, not `claimgraph`");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for DocumentError {
    /// `position: message`, the position left out when it names nothing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.position.is_empty() {
            write!(f, "{}: ", self.position)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for DocumentError {}

fn section_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Actor => "actors",
        EntityKind::Relation => "relations",
        EntityKind::Claim => "claims",
        EntityKind::Rebuttal => "rebuttals",
        EntityKind::Event => "events",
        EntityKind::Source => "sources",
        EntityKind::Support => "supports",
    }
}

/// Turns a graph's refusal into a document error at the path of the entity and field.
fn refusal(err: Error) -> DocumentError {
    let at = |subject: crate::Subject, field: &str| {
        let id = subject.id().map(|i| i.to_string()).unwrap_or_default();
        format!("{}.{id}.{field}", section_name(subject.kind()))
    };
    match err {
        Error::UnknownReference {
            subject,
            field,
            missing,
        } => DocumentError::new(
            DocumentErrorKind::DanglingReference,
            at(subject, field),
            format!("refers to {missing}, which the document does not hold"),
        ),
        Error::DuplicateReference { subject, field, id } => DocumentError::new(
            DocumentErrorKind::Refused,
            at(subject, field),
            format!("names {id} more than once"),
        ),
        Error::SelfReference { subject, field, id } => DocumentError::new(
            DocumentErrorKind::Refused,
            at(subject, field),
            format!("refers to {id} itself"),
        ),
        Error::ReportingCycle { subject, id } => DocumentError::new(
            DocumentErrorKind::Refused,
            at(subject, "reported_in"),
            format!("the chain of reporting through {id} leads back to this source"),
        ),
        Error::Empty { subject, field } => DocumentError::new(
            DocumentErrorKind::Refused,
            at(subject, field),
            "must not be empty",
        ),
        Error::Time {
            subject,
            field,
            source,
        } => DocumentError::new(
            DocumentErrorKind::Refused,
            at(subject, field),
            source.to_string(),
        ),
        Error::WrongKind {
            subject,
            field,
            id,
            expected,
        } => DocumentError::new(
            DocumentErrorKind::Refused,
            at(subject, field),
            format!("refers to {id}, but must be {expected}"),
        ),
        Error::NoSuchAlternative {
            subject,
            field,
            claim,
            index,
            count,
        } => DocumentError::new(
            DocumentErrorKind::Refused,
            at(subject, field),
            match count {
                0 => format!("refers to {claim}/{index}, but {claim} has no `alternatives`"),
                1 => format!(
                    "refers to {claim}/{index}, but {claim} has one alternative, \
                     {claim}/0 (alternatives are numbered from 0)"
                ),
                _ => format!(
                    "refers to {claim}/{index}, but {claim} has {count} alternatives, \
                     {claim}/0 to {claim}/{} (numbered from 0)",
                    count - 1
                ),
            },
        ),
        Error::TooMany {
            subject,
            field,
            limit,
        } => DocumentError::new(
            DocumentErrorKind::Refused,
            at(subject, field),
            format!("holds more than {limit} entries"),
        ),
        Error::DuplicateKey {
            subject,
            scheme,
            key,
            holder,
        } => DocumentError::new(
            DocumentErrorKind::Refused,
            at(subject, "keys"),
            cut_message(format!("key `{scheme}: {key}` already belongs to {holder}")),
        ),
        other => DocumentError::new(DocumentErrorKind::Refused, "", other.to_string()),
    }
}

/// The line and column (from 1) where the `nth` (from 0) occurrence of the key at `path`
/// (`claims.C0.about`, each part an object key from the root) begins, found by scanning the
/// document once more. Errors found after parsing (a dangling reference, a duplicate id, a
/// refused entity) know only their path; this gives them the place. It holds the path and one
/// frame per open object or array (nesting is bounded by the limits), never the values.
fn locate(bytes: &[u8], path: &str, nth: usize) -> Option<(u64, u64)> {
    let want: Vec<&[u8]> = path.split('.').map(str::as_bytes).collect();
    // Per open container: whether it is an object, and how many of its ancestors' keys (and
    // its own current key) match `want` so far.
    let mut frames: Vec<(bool, usize)> = Vec::new();
    let mut expecting_key = false;
    let mut seen = 0;
    let (mut line, mut column) = (1u64, 0u64);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            line += 1;
            column = 0;
        } else if b & 0xC0 != 0x80 {
            column += 1;
        }
        match b {
            b'{' | b'[' => {
                let matched = match frames.last() {
                    None => 0,
                    Some(&(_, m)) => m,
                };
                frames.push((b == b'{', matched));
                expecting_key = b == b'{';
            }
            b'}' | b']' => {
                frames.pop();
                expecting_key = false;
            }
            b',' => expecting_key = frames.last().is_some_and(|f| f.0),
            b'"' => {
                let (start_line, start_column) = (line, column);
                let begin = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                        column += 1;
                    }
                    if i < bytes.len() && bytes[i] & 0xC0 != 0x80 {
                        column += 1;
                    }
                    i += 1;
                }
                column += 1;
                if expecting_key {
                    let key = &bytes[begin..i.min(bytes.len())];
                    let depth = frames.len();
                    let parent = if depth >= 2 { frames[depth - 2].1 } else { 0 };
                    // The frame's match: its ancestors' match, and this key if it continues it.
                    let ancestors_match = parent == depth - 1;
                    let matched = if ancestors_match && want.get(depth - 1) == Some(&key) {
                        depth
                    } else {
                        parent.min(depth - 1)
                    };
                    if let Some(frame) = frames.last_mut() {
                        frame.1 = matched;
                    }
                    if matched == want.len() && depth == want.len() {
                        if seen == nth {
                            return Some((start_line, start_column));
                        }
                        seen += 1;
                    }
                    expecting_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

impl DocumentError {
    /// The error with the line and column of its path's key in `bytes` (its `nth` occurrence),
    /// unless it has a line already or the path is not found.
    fn located(mut self, bytes: &[u8], nth: usize) -> Self {
        if self.position.line().is_some() {
            return self;
        }
        let path = self.position.path().to_owned();
        // The whole document, or a field it lacks: where the document begins.
        let start = || {
            bytes
                .iter()
                .position(|b| !b.is_ascii_whitespace())
                .map(|at| {
                    let before = &bytes[..at];
                    let line = before.split(|&b| b == b'\n').count() as u64;
                    let column = 1 + before.iter().rev().take_while(|&&b| b != b'\n').count();
                    (line, column as u64)
                })
        };
        let found = if path.is_empty() {
            start()
        } else {
            // The field itself, or else (a field left out) the nearest enclosing key.
            let mut at = path.as_str();
            loop {
                if let Some(found) = locate(bytes, at, nth) {
                    break Some(found);
                }
                match at.rfind('.') {
                    Some(dot) => at = &at[..dot],
                    None => break start(),
                }
            }
        };
        if let Some((line, column)) = found {
            self.position = Position::line_at(line).with_column(column).with_path(path);
        }
        self
    }
}

// ---- writing --------------------------------------------------------------------------------

/// A section of the document: every entity of one kind, keyed by id, streamed from the graph.
struct SectionOut<'g, E>(&'g ClaimGraph, PhantomData<E>);

impl<E: Entity + Serialize> Serialize for SectionOut<'_, E>
where
    E::Id: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.count(E::KIND)))?;
        for (id, e) in self.0.all::<E>() {
            map.serialize_entry(&id, e)?;
        }
        map.end()
    }
}

struct NextIdsOut<'g>(&'g ClaimGraph);

impl Serialize for NextIdsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for kind in EntityKind::DOCUMENT_ORDER {
            map.serialize_entry(&kind.to_string(), &self.0.next_id(kind))?;
        }
        map.end()
    }
}

impl Serialize for ClaimGraph {
    /// Writes the graph as a document (see the [format](crate::document)).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut doc = s.serialize_struct("Document", 10)?;
        doc.serialize_field("format", FORMAT)?;
        doc.serialize_field("version", &VERSION)?;
        doc.serialize_field("next_ids", &NextIdsOut(self))?;
        doc.serialize_field("actors", &SectionOut::<Actor>(self, PhantomData))?;
        doc.serialize_field("relations", &SectionOut::<Relation>(self, PhantomData))?;
        doc.serialize_field("sources", &SectionOut::<Source>(self, PhantomData))?;
        doc.serialize_field("events", &SectionOut::<Event>(self, PhantomData))?;
        doc.serialize_field("claims", &SectionOut::<Claim>(self, PhantomData))?;
        doc.serialize_field("rebuttals", &SectionOut::<Rebuttal>(self, PhantomData))?;
        doc.serialize_field("supports", &SectionOut::<Support>(self, PhantomData))?;
        doc.end()
    }
}

// ---- reading --------------------------------------------------------------------------------

/// The first look at a document: only `format` and `version`, everything else skipped.
#[derive(Deserialize)]
struct Header {
    format: Option<IgnoredOr<String>>,
    version: Option<IgnoredOr<u64>>,
}

/// A value that may be of the wrong type: the header check reports that itself.
enum IgnoredOr<T> {
    Value(T),
    Other,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for IgnoredOr<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Buffering through serde's content type is not public, so try the expected type via
        // an untagged-like visitor on strings and numbers only.
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = IgnoredOr<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(T::deserialize(de::value::StrDeserializer::<E>::new(v))
                    .map_or(IgnoredOr::Other, IgnoredOr::Value))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(T::deserialize(de::value::U64Deserializer::<E>::new(v))
                    .map_or(IgnoredOr::Other, IgnoredOr::Value))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(IgnoredOr::Other)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(IgnoredOr::Other)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(IgnoredOr::Other)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(IgnoredOr::Other)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(IgnoredOr::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(IgnoredOr::Other)
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// A section read back: entities in document order, and the first id that appears twice.
/// A repeated id is kept as data, not as a serde error, so that it is told apart by its
/// type rather than by an error message's text.
struct SectionIn<K, V> {
    entities: Vec<(K, V)>,
    duplicate: Option<K>,
}

impl<K, V> Default for SectionIn<K, V> {
    fn default() -> Self {
        SectionIn {
            entities: Vec::new(),
            duplicate: None,
        }
    }
}

impl<'de, K, V> Deserialize<'de> for SectionIn<K, V>
where
    K: Deserialize<'de> + Ord + Copy,
    V: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V2<K, V>(PhantomData<(K, V)>);
        impl<'de, K, V> Visitor<'de> for V2<K, V>
        where
            K: Deserialize<'de> + Ord + Copy,
            V: Deserialize<'de>,
        {
            type Value = SectionIn<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object mapping ids to entities")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                let mut seen = BTreeSet::new();
                let mut section = SectionIn::default();
                while let Some(k) = a.next_key::<K>()? {
                    if seen.insert(k) {
                        section.entities.push((k, a.next_value::<V>()?));
                    } else {
                        section.duplicate.get_or_insert(k);
                        a.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(section)
            }
        }
        d.deserialize_map(V2(PhantomData))
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct NextIdsIn {
    #[serde(default)]
    actor: u32,
    #[serde(default)]
    relation: u32,
    #[serde(default)]
    source: u32,
    #[serde(default)]
    event: u32,
    #[serde(default)]
    claim: u32,
    #[serde(default)]
    rebuttal: u32,
    #[serde(default)]
    support: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentIn {
    #[allow(dead_code)] // checked by the header pass
    format: IgnoredAny,
    #[allow(dead_code)] // checked by the header pass
    version: IgnoredAny,
    /// Where editors find the JSON Schema ([`SCHEMA_ID`] or a path): any string, not kept.
    #[serde(default, rename = "$schema")]
    #[allow(dead_code)] // read so that it is not an unknown field; never written
    schema: Option<String>,
    #[serde(default)]
    next_ids: NextIdsIn,
    #[serde(default)]
    actors: SectionIn<ActorId, Actor>,
    #[serde(default)]
    relations: SectionIn<RelationId, Relation>,
    #[serde(default)]
    sources: SectionIn<SourceId, Source>,
    #[serde(default)]
    events: SectionIn<EventId, Event>,
    #[serde(default)]
    claims: SectionIn<ClaimId, Claim>,
    #[serde(default)]
    rebuttals: SectionIn<RebuttalId, Rebuttal>,
    #[serde(default)]
    supports: SectionIn<SupportId, Support>,
}

/// Parses with serde_json through [`Strict`] (structs only from objects), naming the path of
/// any error; errors are classified by serde_json's category, never by their text.
fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DocumentError> {
    use serde_json::error::Category;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let mut track = serde_path_to_error::Track::new();
    let value = T::deserialize(Strict(serde_path_to_error::Deserializer::new(
        &mut de, &mut track,
    )))
    .map_err(|inner: serde_json::Error| {
        let path = track.path().to_string();
        let kind = match inner.classify() {
            Category::Io => DocumentErrorKind::Io,
            Category::Syntax | Category::Eof => DocumentErrorKind::Syntax,
            Category::Data => DocumentErrorKind::Invalid,
        };
        let path = if path == "." {
            String::new()
        } else {
            shorten_path(&path)
        };
        DocumentError {
            kind,
            position: Position::of_json(&inner).with_path(path),
            message: shorten(&advise(&json_message(&inner))),
        }
    })?;
    de.end().map_err(|e| DocumentError {
        kind: DocumentErrorKind::Syntax,
        position: Position::of_json(&e),
        message: "trailing characters after the document".to_owned(),
    })?;
    Ok(value)
}

/// serde's messages in the user's terms, with what to do: the closest name to a misspelt field
/// or kind ("did you mean `claimant`?"), a list where one value was given, no "variant" or
/// "sequence".
fn advise(message: &str) -> String {
    for (start, what) in [("unknown field `", "field"), ("unknown variant `", "name")] {
        let Some(rest) = message.strip_prefix(start) else {
            continue;
        };
        let Some(end) = rest.find('`') else {
            continue;
        };
        let (given, tail) = (&rest[..end], &rest[end + 1..]);
        // `$schema` is for editors; it is not worth suggesting.
        let names: Vec<&str> = tail
            .split('`')
            .skip(1)
            .step_by(2)
            .filter(|n| !n.starts_with('$'))
            .collect();
        let mut out = format!("unknown {what} `{given}`");
        if let Some(best) = closest(given, &names) {
            let _ = write!(out, ", did you mean `{best}`?");
        }
        if names.is_empty() {
            out.push_str(" (there are no fields here)");
        } else if given.chars().count() <= QUOTE {
            // A long name is no slip: the list would only push the message past its length.
            if !out.ends_with('?') {
                out.push('.');
            }
            out.push_str(if what == "field" {
                " Fields here: "
            } else {
                " Accepted: "
            });
            for (i, name) in names.iter().enumerate() {
                match i {
                    0 => {}
                    _ if i + 1 == names.len() => out.push_str(" and "),
                    _ => out.push_str(", "),
                }
                let _ = write!(out, "`{name}`");
            }
            out.push('.');
        }
        return out;
    }
    if let Some(given) = message
        .strip_prefix("invalid type: string ")
        .and_then(|rest| rest.strip_suffix(", expected a sequence"))
    {
        return format!("expected a list, found the string {given}: write [{given}]");
    }
    message
        .replace("expected a sequence", "expected a list")
        .replace(
            "expected u32",
            "expected a whole number from 0 to 4294967295",
        )
        .replace("expected u64", "expected a whole number")
}

/// The name in `names` closest to `given` in edit distance, if close enough to be a slip
/// (at most a third of its letters, and two at least, differ).
fn closest<'n>(given: &str, names: &[&'n str]) -> Option<&'n str> {
    if given.chars().count() > 64 {
        return None;
    }
    let given: Vec<char> = given.to_lowercase().chars().collect();
    let mut best: Option<(usize, &str)> = None;
    for name in names {
        let name_chars: Vec<char> = name.chars().collect();
        let d = edit_distance(&given, &name_chars);
        if d <= (name_chars.len() / 3).max(2) && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, name));
        }
    }
    best.map(|(_, name)| name)
}

/// Levenshtein distance, with a transposition of two neighbours counted as one edit.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut before: Vec<usize> = (0..=b.len()).collect();
    let mut previous = before.clone();
    let mut row = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (previous[j] + 1)
                .min(row[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut previous, row.clone());
    }
    previous[b.len()]
}

/// The longest quotation of the input a message keeps, in characters.
const QUOTE: usize = 60;
/// The longest message kept whole, in characters.
const MESSAGE: usize = 240;

/// A message that quotes at most [`QUOTE`] characters of any one key or value between quotes
/// or backticks (then `…`), and is at most [`MESSAGE`] characters long in all: serde and the
/// parsers behind it echo the offending input whole, however large.
fn shorten(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(4 * MESSAGE));
    let mut quoted: Option<(char, usize)> = None; // the open quote, characters inside so far
    let mut escaped = false; // after a backslash inside double quotes
    for c in message.chars() {
        match quoted {
            Some((q, _)) if c == q && !escaped => {
                out.push(c);
                quoted = None;
            }
            Some((q, n)) => {
                escaped = q == '"' && c == '\\' && !escaped;
                if n < QUOTE {
                    out.push(c);
                } else if n == QUOTE {
                    out.push('…');
                }
                quoted = Some((q, n + 1));
            }
            None => {
                out.push(c);
                if c == '`' || c == '"' {
                    quoted = Some((c, 0));
                }
            }
        }
    }
    cut_message(out)
}

/// `out` cut to [`MESSAGE`] characters, `…` marking the cut.
fn cut_message(mut out: String) -> String {
    if let Some((at, _)) = out.char_indices().nth(MESSAGE) {
        out.truncate(at);
        out.push('…');
    }
    out
}

/// A path whose every key is cut to [`QUOTE`] characters (then `…`), and which is at most
/// [`MESSAGE`] characters long: an unknown key is part of the path, however large.
fn shorten_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len().min(4 * MESSAGE));
    for (i, key) in path.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        match key.char_indices().nth(QUOTE) {
            Some((at, _)) => {
                out.push_str(&key[..at]);
                out.push('…');
            }
            None => out.push_str(key),
        }
        if out.len() > MESSAGE {
            break;
        }
    }
    cut_message(out)
}

/// The first repeated id of a section, as an error at the section.
fn no_duplicate<E: Entity>(section: &SectionIn<E::Id, E>) -> Result<(), DocumentError> {
    match section.duplicate {
        Some(id) => Err(DocumentError::new(
            DocumentErrorKind::DuplicateId,
            format!("{}.{}", section_name(E::KIND), id.into()),
            format!("duplicate id {}: each id names one entity", id.into()),
        )),
        None => Ok(()),
    }
}

fn load<E: Entity>(g: &mut ClaimGraph, section: SectionIn<E::Id, E>) -> Result<(), DocumentError> {
    for (id, entity) in section.entities {
        if !g.load_entity(id, entity) {
            // Sections keep repeated keys apart as they are read; this guards the invariant.
            return Err(DocumentError::new(
                DocumentErrorKind::DuplicateId,
                format!("{}.{}", section_name(E::KIND), id.into()),
                "duplicate id",
            ));
        }
    }
    Ok(())
}

impl ClaimGraph {
    /// Reads a document from a string.
    ///
    /// # Errors
    /// A [`DocumentError`] naming the path and the problem; see the [format](crate::document).
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let g = ClaimGraph::from_json(r#"{"format": "claimgraph", "version": 1,
    ///     "actors": {"A0": {"name": "NATO", "kind": "alliance"}}}"#)?;
    /// assert_eq!(g.actor_count(), 1);
    /// # Ok::<(), claimgraph::document::DocumentError>(())
    /// ```
    pub fn from_json(json: &str) -> Result<ClaimGraph, DocumentError> {
        Self::from_json_slice(json.as_bytes(), &Limits::default())
    }

    /// Reads a document from a reader, reading at most `limits.bytes()` bytes.
    ///
    /// # Errors
    /// [`DocumentErrorKind::Io`] when reading fails, [`DocumentErrorKind::TooLarge`] past the
    /// limit; otherwise as [`from_json`](Self::from_json).
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, io::Limits};
    /// let doc = br#"{"format": "claimgraph", "version": 1}"#;
    /// let g = ClaimGraph::from_json_reader(&doc[..], &Limits::default())?;
    /// assert!(g.is_empty());
    /// # Ok::<(), claimgraph::document::DocumentError>(())
    /// ```
    pub fn from_json_reader(
        reader: impl Read,
        limits: &Limits,
    ) -> Result<ClaimGraph, DocumentError> {
        let bytes = read_bounded(reader, limits).map_err(|e| match e {
            Exceeded::Io(e) => DocumentError::new(DocumentErrorKind::Io, "", e.to_string()),
            Exceeded::Bytes => too_large(limits),
        })?;
        Self::from_json_slice(&bytes, limits)
    }

    /// Reads a document from bytes.
    ///
    /// # Errors
    /// As [`from_json_reader`](Self::from_json_reader).
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, document::DocumentErrorKind, io::Limits};
    /// let err = ClaimGraph::from_json_slice(b"{\"format\": \"claimgraph\"}", &Limits::default())
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), DocumentErrorKind::UnsupportedVersion);
    /// ```
    pub fn from_json_slice(bytes: &[u8], limits: &Limits) -> Result<ClaimGraph, DocumentError> {
        Self::from_json_unlocated(bytes, limits).map_err(|e| {
            // A duplicate id is the second key of its name in its section.
            let nth = usize::from(e.kind == DocumentErrorKind::DuplicateId);
            e.located(bytes, nth)
        })
    }

    fn from_json_unlocated(bytes: &[u8], limits: &Limits) -> Result<ClaimGraph, DocumentError> {
        if bytes.len() as u64 > limits.max_bytes() {
            return Err(too_large(limits));
        }
        if let Some((line, column)) = too_deep(bytes, limits.max_depth()) {
            return Err(DocumentError {
                kind: DocumentErrorKind::TooLarge,
                position: Position::line_at(line).with_column(column),
                message: format!("nested deeper than the limit of {}", limits.max_depth()),
            });
        }
        // Fails on syntax, on a document that is not an object, or on a repeated header field.
        let header: Header = parse(bytes)?;
        match header.format {
            Some(IgnoredOr::Value(f)) if f == FORMAT => {}
            Some(IgnoredOr::Value(f)) => {
                let shown: String = f.chars().take(40).collect();
                return Err(DocumentError::new(
                    DocumentErrorKind::UnknownFormat,
                    "format",
                    format!("the format is `{shown}`, not `{FORMAT}`"),
                ));
            }
            _ => {
                return Err(DocumentError::new(
                    DocumentErrorKind::UnknownFormat,
                    "format",
                    format!("missing: a document starts with \"format\": \"{FORMAT}\""),
                ));
            }
        }
        match header.version {
            Some(IgnoredOr::Value(v))
                if (u64::from(OLDEST_VERSION)..=u64::from(VERSION)).contains(&v) => {}
            Some(IgnoredOr::Value(v)) => {
                return Err(DocumentError::new(
                    DocumentErrorKind::UnsupportedVersion,
                    "version",
                    format!(
                        "version {v} is not supported; this crate reads versions \
                         {OLDEST_VERSION} to {VERSION}"
                    ),
                ));
            }
            _ => {
                return Err(DocumentError::new(
                    DocumentErrorKind::UnsupportedVersion,
                    "version",
                    format!(
                        "missing or not a whole number: this crate reads versions \
                         {OLDEST_VERSION} to {VERSION}"
                    ),
                ));
            }
        }
        let doc: DocumentIn = parse(bytes)?;
        no_duplicate(&doc.actors)?;
        no_duplicate(&doc.relations)?;
        no_duplicate(&doc.sources)?;
        no_duplicate(&doc.events)?;
        no_duplicate(&doc.claims)?;
        no_duplicate(&doc.rebuttals)?;
        no_duplicate(&doc.supports)?;
        let mut g = ClaimGraph::new();
        load(&mut g, doc.actors)?;
        load(&mut g, doc.relations)?;
        load(&mut g, doc.sources)?;
        load(&mut g, doc.events)?;
        load(&mut g, doc.claims)?;
        load(&mut g, doc.rebuttals)?;
        load(&mut g, doc.supports)?;
        g.load_links().map_err(refusal)?;
        let n = &doc.next_ids;
        for (kind, next) in [
            (EntityKind::Actor, n.actor),
            (EntityKind::Relation, n.relation),
            (EntityKind::Source, n.source),
            (EntityKind::Event, n.event),
            (EntityKind::Claim, n.claim),
            (EntityKind::Rebuttal, n.rebuttal),
            (EntityKind::Support, n.support),
        ] {
            g.retire_ids_below(kind, next);
        }
        Ok(g)
    }

    /// Writes the graph as a pretty-printed document.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph};
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("NATO", ActorKind::Alliance))?;
    /// let json = g.to_json();
    /// assert!(json.starts_with("{\n  \"format\": \"claimgraph\",\n  \"version\": 2,"));
    /// assert_eq!(ClaimGraph::from_json(&json).unwrap(), g);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        // Serialising plain data into a `Vec` cannot fail: no I/O, no maps with non-string keys.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Writes the graph as a pretty-printed document to `writer`.
    ///
    /// # Errors
    /// Whatever error the writer returns.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let mut out = Vec::new();
    /// ClaimGraph::new().write_json(&mut out)?;
    /// assert!(String::from_utf8(out).unwrap().contains("\"version\": 2"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn write_json(&self, writer: impl Write) -> std::io::Result<()> {
        let mut writer = std::io::BufWriter::new(writer);
        serde_json::to_writer_pretty(&mut writer, self).map_err(std::io::Error::other)?;
        writer.write_all(b"\n")?;
        writer.flush()
    }
}

fn too_large(limits: &Limits) -> DocumentError {
    DocumentError::new(
        DocumentErrorKind::TooLarge,
        "",
        format!(
            "the document is larger than the limit of {} bytes",
            limits.max_bytes()
        ),
    )
}

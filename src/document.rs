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
//!   "version": 1,
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
//!   an `A` id; a rebuttal's `answers` hold `C` or `R` ids. They may point forwards.
//! - Dates are ISO 8601 at their own precision (`2021`, `2023-04`, `2023-11-16`, or an RFC
//!   3339 instant with an offset); codes are strings (`"016"`, never `16`).
//! - `next_ids` (optional) keeps ids retired by removals from being issued again after a load.
//! - Unknown fields are errors, so a misspelt field never passes silently.
//!
//! # Loading untrusted documents
//!
//! Loading never panics and never recurses beyond serde_json's nesting limit (128), reads at
//! most [`Limits::max_bytes`] bytes, and holds memory proportional to the input. Every error
//! is a [`DocumentError`] naming the JSON path (`claims.C3.about`), the line and column where
//! the parser knows them, and the problem.

use crate::error::Error;
use crate::graph::Entity;
use crate::{
    Actor, ActorId, Claim, ClaimGraph, ClaimId, EntityKind, Event, EventId, Rebuttal, RebuttalId,
    Relation, RelationId, Source, SourceId, Support, SupportId,
};
use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeSet;
use std::fmt;
use std::io::{Read, Write};
use std::marker::PhantomData;

/// The value of a document's `format` field.
///
/// ```
/// assert!(claimgraph::ClaimGraph::new().to_json().contains(claimgraph::document::FORMAT));
/// ```
pub const FORMAT: &str = "claimgraph";
/// The version of the document format this crate writes and reads.
///
/// ```
/// assert_eq!(claimgraph::document::VERSION, 1);
/// ```
pub const VERSION: u32 = 1;

/// Bounds on what a load will accept, for documents from untrusted sources.
///
/// ```
/// use claimgraph::{ClaimGraph, Limits};
/// let limits = Limits::default().max_bytes(64);
/// let doc = r#"{"format": "claimgraph", "version": 1, "actors": {"A0": {"name": "a very long name indeed", "kind": "state"}}}"#;
/// let err = ClaimGraph::from_json_reader(doc.as_bytes(), &limits).unwrap_err();
/// assert!(err.to_string().contains("larger than the limit of 64 bytes"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    max_bytes: u64,
}

impl Default for Limits {
    /// At most 1 GiB of input.
    fn default() -> Self {
        Limits { max_bytes: 1 << 30 }
    }
}

impl Limits {
    /// Sets the largest input accepted, in bytes.
    ///
    /// ```
    /// use claimgraph::Limits;
    /// let l = Limits::default().max_bytes(1 << 20);
    /// assert_eq!(l.bytes(), 1 << 20);
    /// ```
    #[must_use]
    pub fn max_bytes(mut self, bytes: u64) -> Self {
        self.max_bytes = bytes;
        self
    }

    /// The largest input accepted, in bytes.
    ///
    /// ```
    /// use claimgraph::Limits;
    /// assert_eq!(Limits::default().bytes(), 1 << 30);
    /// ```
    pub fn bytes(&self) -> u64 {
        self.max_bytes
    }
}

/// The kind of problem a [`DocumentError`] reports.
///
/// ```
/// use claimgraph::{ClaimGraph, DocumentErrorKind};
/// let err = ClaimGraph::from_json(r#"{"format": "claimgraph", "version": 9}"#).unwrap_err();
/// assert_eq!(err.kind(), DocumentErrorKind::UnsupportedVersion);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentErrorKind {
    /// Reading the input failed.
    Io,
    /// The input is larger than [`Limits`] allow.
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

/// A document could not be loaded: where (JSON path, and line and column when the parser
/// knows them) and what.
///
/// ```
/// use claimgraph::{ClaimGraph, DocumentErrorKind};
/// let doc = r#"{"format": "claimgraph", "version": 1,
///   "actors": {"A0": {"name": "Russia", "kind": "state"}},
///   "claims": {"C0": {"claimant": "A0", "act": "accusation", "about": ["A7"],
///                     "allegation": {"text": "x"}}}}"#;
/// let err = ClaimGraph::from_json(doc).unwrap_err();
/// assert_eq!(err.kind(), DocumentErrorKind::DanglingReference);
/// assert_eq!(err.path(), "claims.C0.about");
/// assert_eq!(err.to_string(), "claims.C0.about: refers to A7, which the document does not hold");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentError {
    kind: DocumentErrorKind,
    path: String,
    position: Option<(usize, usize)>,
    message: String,
}

impl DocumentError {
    fn new(kind: DocumentErrorKind, path: impl Into<String>, message: impl Into<String>) -> Self {
        DocumentError {
            kind,
            path: path.into(),
            position: None,
            message: message.into(),
        }
    }

    /// The kind of problem.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, DocumentErrorKind};
    /// assert_eq!(ClaimGraph::from_json("{").unwrap_err().kind(), DocumentErrorKind::Syntax);
    /// ```
    pub fn kind(&self) -> DocumentErrorKind {
        self.kind
    }

    /// The JSON path of the offending value (`claims.C3.stated`); empty for the whole
    /// document.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let doc = r#"{"format": "claimgraph", "version": 1, "events": {"E0": {"description": "x", "date": "2023-13"}}}"#;
    /// assert_eq!(ClaimGraph::from_json(doc).unwrap_err().path(), "events.E0.date");
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The line (from 1) where the parser stopped, when known.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let err = ClaimGraph::from_json("{\n  \"format\": ,\n}").unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// ```
    pub fn line(&self) -> Option<usize> {
        self.position.map(|(l, _)| l)
    }

    /// The column (from 1) where the parser stopped, when known.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let err = ClaimGraph::from_json("[]").unwrap_err();
    /// assert!(err.column().is_some());
    /// ```
    pub fn column(&self) -> Option<usize> {
        self.position.map(|(_, c)| c)
    }

    /// What is wrong, without the path.
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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}", self.path)?;
        }
        if let Some((line, column)) = self.position {
            if self.path.is_empty() {
                write!(f, "line {line}, column {column}")?;
            } else {
                write!(f, " (line {line}, column {column})")?;
            }
        }
        if !self.path.is_empty() || self.position.is_some() {
            f.write_str(": ")?;
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
        other => DocumentError::new(DocumentErrorKind::Refused, "", other.to_string()),
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

const KINDS: [EntityKind; 7] = [
    EntityKind::Actor,
    EntityKind::Relation,
    EntityKind::Source,
    EntityKind::Event,
    EntityKind::Claim,
    EntityKind::Rebuttal,
    EntityKind::Support,
];

impl Serialize for NextIdsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for kind in KINDS {
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

/// A section read back: entities in document order, ids checked unique as they are read.
struct SectionIn<K, V>(Vec<(K, V)>);

impl<K, V> Default for SectionIn<K, V> {
    fn default() -> Self {
        SectionIn(Vec::new())
    }
}

impl<'de, K, V> Deserialize<'de> for SectionIn<K, V>
where
    K: Deserialize<'de> + Ord + Copy + fmt::Display,
    V: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V2<K, V>(PhantomData<(K, V)>);
        impl<'de, K, V> Visitor<'de> for V2<K, V>
        where
            K: Deserialize<'de> + Ord + Copy + fmt::Display,
            V: Deserialize<'de>,
        {
            type Value = SectionIn<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object mapping ids to entities")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                let mut seen = BTreeSet::new();
                let mut out = Vec::new();
                while let Some(k) = a.next_key::<K>()? {
                    if !seen.insert(k) {
                        return Err(de::Error::custom(format!("duplicate id {k}")));
                    }
                    out.push((k, a.next_value::<V>()?));
                }
                Ok(SectionIn(out))
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

fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DocumentError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let kind = match inner.classify() {
            serde_json::error::Category::Io => DocumentErrorKind::Io,
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                DocumentErrorKind::Syntax
            }
            serde_json::error::Category::Data => {
                if inner.to_string().starts_with("duplicate id") {
                    DocumentErrorKind::DuplicateId
                } else {
                    DocumentErrorKind::Invalid
                }
            }
        };
        let message = strip_position(&inner.to_string());
        let path = if path == "." { String::new() } else { path };
        DocumentError {
            kind,
            path,
            position: (inner.line() > 0).then(|| (inner.line(), inner.column())),
            message,
        }
    })?;
    de.end().map_err(|e| DocumentError {
        kind: DocumentErrorKind::Syntax,
        path: String::new(),
        position: Some((e.line(), e.column())),
        message: "trailing characters after the document".to_owned(),
    })?;
    Ok(value)
}

/// serde_json appends " at line L column C" to its messages; the position is reported apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn load<E: Entity>(g: &mut ClaimGraph, section: SectionIn<E::Id, E>) -> Result<(), DocumentError> {
    for (id, entity) in section.0 {
        if !g.load_entity(id, entity) {
            // Sections reject repeated keys as they are read; this guards the invariant.
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
    /// # Ok::<(), claimgraph::DocumentError>(())
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
    /// use claimgraph::{ClaimGraph, Limits};
    /// let doc = br#"{"format": "claimgraph", "version": 1}"#;
    /// let g = ClaimGraph::from_json_reader(&doc[..], &Limits::default())?;
    /// assert!(g.is_empty());
    /// # Ok::<(), claimgraph::DocumentError>(())
    /// ```
    pub fn from_json_reader(
        reader: impl Read,
        limits: &Limits,
    ) -> Result<ClaimGraph, DocumentError> {
        let mut bytes = Vec::new();
        reader
            .take(limits.max_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| DocumentError::new(DocumentErrorKind::Io, "", e.to_string()))?;
        Self::from_json_slice(&bytes, limits)
    }

    /// Reads a document from bytes.
    ///
    /// # Errors
    /// As [`from_json_reader`](Self::from_json_reader).
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, DocumentErrorKind, Limits};
    /// let err = ClaimGraph::from_json_slice(b"{\"format\": \"claimgraph\"}", &Limits::default())
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), DocumentErrorKind::UnsupportedVersion);
    /// ```
    pub fn from_json_slice(bytes: &[u8], limits: &Limits) -> Result<ClaimGraph, DocumentError> {
        if bytes.len() as u64 > limits.max_bytes {
            return Err(DocumentError::new(
                DocumentErrorKind::TooLarge,
                "",
                format!(
                    "the document is larger than the limit of {} bytes",
                    limits.max_bytes
                ),
            ));
        }
        let header: Header = parse(bytes).map_err(|mut e| {
            // The header pass only fails on syntax, or on a document that is not an object.
            if e.kind == DocumentErrorKind::Invalid {
                e.message = format!("a document must be a JSON object ({})", e.message);
            }
            e
        })?;
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
            Some(IgnoredOr::Value(v)) if v == u64::from(VERSION) => {}
            Some(IgnoredOr::Value(v)) => {
                return Err(DocumentError::new(
                    DocumentErrorKind::UnsupportedVersion,
                    "version",
                    format!("version {v} is not supported; this crate reads version {VERSION}"),
                ));
            }
            _ => {
                return Err(DocumentError::new(
                    DocumentErrorKind::UnsupportedVersion,
                    "version",
                    format!("missing or not a whole number: this crate reads version {VERSION}"),
                ));
            }
        }
        let doc: DocumentIn = parse(bytes)?;
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
    /// assert!(json.starts_with("{\n  \"format\": \"claimgraph\",\n  \"version\": 1,"));
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
    /// assert!(String::from_utf8(out).unwrap().contains("\"version\": 1"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn write_json(&self, writer: impl Write) -> std::io::Result<()> {
        let mut writer = std::io::BufWriter::new(writer);
        serde_json::to_writer_pretty(&mut writer, self).map_err(std::io::Error::other)?;
        writer.write_all(b"\n")?;
        writer.flush()
    }
}

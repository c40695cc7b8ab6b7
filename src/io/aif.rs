//! AIF (Argument Interchange Format): the JSON of AIFdb and OVA, read and written.
//!
//! An AIF map is a set of nodes (`nodes`: `nodeID`, `type`, `text`), the edges between them
//! (`edges`: `fromID`, `toID`) and, in dialogical maps, a table of `locutions` (`nodeID`,
//! `personID`, `start`). Node types: **I** (information: what is said), **L** (locution: who
//! said it, `Speaker : text`), **YA** (illocution: how it was said, anchoring an I node to
//! its L node), **RA** (inference), **CA** (conflict), **MA** (rephrase), **PA**
//! (preference), **TA** (transition between locutions).
//!
//! # Import
//!
//! | AIF | becomes |
//! |---|---|
//! | I node, premise of a CA node (`I -> CA -> I`) | a [`Rebuttal`] answering what the CA node points at |
//! | any other I node | a [`Claim`], its speech act read from the YA node anchoring it: "Disagreeing" or "Denying" a denial; "Warning", "Threatening", "Predicting"; anything else an assertion ("Accusing" too: AIF names no accused) |
//! | CA node | the rebuttal's kind, when its text names one of ours (`denial`, `dismissal`, ...; what export writes); else [`RebuttalKind::Denial`] |
//! | CA node attacking an RA node (an undercutter) | an [`RebuttalKind::Undercut`] rebuttal of the RA node's conclusion, noted ([`FindingKind::Undercut`]) |
//! | RA node | one [`Support`] per premise and conclusion |
//! | L node anchored through a YA node (`L -> YA -> I`), and its locution | the statement's speaker and date: the text before ` : ` in the L node (as AIFdb writes it), or `person N` from `personID`; the date from `start` |
//!
//! Speakers become actors of kind [`ActorKind::Unknown`], one per `personID` (or per name
//! when there is no `personID`); statements nobody is known to have said are by an actor
//! named `unknown speaker`. Where a map keeps L nodes but not the YA anchors of assertions
//! (the QT30 maps), an I node whose text is an L node's utterance, ignoring case and
//! punctuation, is taken to be that locution's.
//!
//! I nodes that only attack one another in a circle, with no claim to start from, are read
//! by starting the first as a claim ([`FindingKind::AttackCycle`]).
//!
//! # Lost on import
//!
//! Each noted once per node or edge in the [report](super::Report): MA (rephrase), PA
//! (preference) and TA (transition) nodes; YA nodes that anchor no I node (the "Arguing" of
//! an inference); RA or CA nodes that point at other schemes; self-attacks and
//! self-supports; scheme nodes of too many relations; nodes of unknown type; malformed
//! entries; edges to unknown nodes and
//! repeated node ids; unreadable dates; and node `timestamp`s, which say when the map was
//! annotated, not when anything was said.
//!
//! # Hostile input
//!
//! The file is read in one pass into typed records: fields the reader does not use, however
//! large, are skipped unread, and no tree of the whole file is built. The reader keeps, per
//! node, its id twice (node and index), its text and about 150 bytes of bookkeeping; per
//! edge 16 bytes; per locution its three strings. `null` is AIF's "absent", for a field or
//! a section.
//!
//! - A section (`nodes`, `edges`, `locutions`) of another type than an array, or a section
//!   written twice, is an [`ImportError`] naming it. A field of the wrong type (a `text`
//!   that is a number, a `nodeID` that is an array) or written twice skips its entry, with a
//!   [`FindingKind::Malformed`] finding naming the field (`nodes[3].text`).
//! - A file of which nothing, or not one entry in ten, is AIF is refused, naming the first
//!   entry that is not, rather than read as an empty map.
//! - A CA or RA node that would make more than 8 attacks or supports per edge of its own
//!   (many premises to many targets: p × q relations from p + q edges) is left out
//!   ([`FindingKind::FanOut`]), so the work stays linear in the edges.
//! - Messages quote at most 40 bytes of a value, and a finding's record id at most 64.
//!
//! ```
//! use claimgraph::ClaimGraph;
//! let e = ClaimGraph::from_aif(r#"{"nodes": [], "locutions": 5}"#).unwrap_err();
//! assert_eq!(e.to_string(), "AIF: locutions: expected an array of locutions");
//! let e = ClaimGraph::from_aif(r#"{"nodes": [{"id": 1}, {"id": 2}]}"#).unwrap_err();
//! assert_eq!(e.position().path(), "nodes[0]");
//! ```
//!
//! # Export
//!
//! Each claim and rebuttal is written as an I node with an L node (`Speaker : text`), a YA
//! node (the claim's illocution: "Asserting", "Accusing", "Denying", "Warning",
//! "Threatening", "Predicting"; "Disagreeing" for a rebuttal) and a locution (`personID` is
//! the actor's number, `start` the statement's date); each answer of a rebuttal as a CA node
//! named by the rebuttal's kind; each support as an RA node.
//!
//! Export then import keeps: the claims (text, claimant's name, date, speech act, except
//! that an accusation comes back as an assertion), the rebuttals (text, author's name, kind,
//! the claims and rebuttals answered in order, date) and the supports (premise, conclusion,
//! text). It loses: accusations as such and whom a claim or rebuttal is about, speakers'
//! names containing ` : ` (the L-node separator), motives, aims, actor kinds, codes, keys and
//! the anonymous mark, actors who say nothing, relations, events and sources; the other
//! speakers of a joint statement (a locution has one), confidence, alternatives, conditions,
//! deadlines and resolutions; and answers to one alternative of a claim, to sources, events
//! and supports (AIF has no node for them), so that a rebuttal answering only those comes
//! back as a claim of its own, a denial (its illocution is "Disagreeing").
//!
//! ```
//! use claimgraph::{ClaimGraph, RebuttalKind};
//! use claimgraph::io::aif::FindingKind;
//! let aif = r#"{"nodes": [
//!     {"nodeID": "1", "type": "I", "text": "Finland should close the border"},
//!     {"nodeID": "2", "type": "I", "text": "Closing it is far-fetched"},
//!     {"nodeID": "3", "type": "CA", "text": "dismissal"},
//!     {"nodeID": "4", "type": "MA", "text": "Default Rephrase"}],
//!   "edges": [{"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "1"}]}"#;
//! let import = ClaimGraph::from_aif(aif)?;
//! let g = import.graph();
//! let r = import.statement("2").and_then(|s| s.as_rebuttal()).unwrap();
//! assert_eq!(g.rebuttal(r).unwrap().kind(), RebuttalKind::Dismissal);
//! assert_eq!(g.rebuttal(r).unwrap().answers(), [import.statement("1").unwrap().into()]);
//! assert_eq!(import.report().count(FindingKind::Rephrase), 1);
//! // Written out and read back, the dispute is the same.
//! let again = ClaimGraph::from_aif(&g.to_aif())?;
//! assert_eq!(again.graph().rebuttals().next().unwrap().1.kind(), RebuttalKind::Dismissal);
//! # Ok::<(), claimgraph::io::ImportError>(())
//! ```

use super::intern::Actors;
use super::intern::quote;
use super::limits::{read_bounded, too_deep};
use super::{Format, ImportError, ImportErrorKind, Limits, Position};
use crate::{
    Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, PartialDate, Precision, Rebuttal,
    RebuttalKind, SpeechAct, StatementId, Support, Target,
};
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fmt;
use std::io::Read;

/// What an AIF import could not carry over, one finding per node or edge concerned.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::aif::FindingKind;
/// let aif = r#"{"nodes": [{"nodeID": "1", "type": "PA"}, {"nodeID": "2", "type": "TA"}]}"#;
/// let import = ClaimGraph::from_aif(aif)?;
/// let kinds: Vec<FindingKind> = import.report().findings().iter().map(|f| f.kind()).collect();
/// assert_eq!(kinds, [FindingKind::Preference, FindingKind::Transition]);
/// assert_eq!(FindingKind::Preference.to_string(), "PA preference node not represented");
/// # Ok::<(), claimgraph::io::ImportError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FindingKind {
    /// An MA (rephrase) node: the crate has no rephrase relation.
    Rephrase,
    /// A PA (preference) node: the crate has no preferences between arguments.
    Preference,
    /// A TA (transition) node: the dialogue's turn structure is not kept.
    Transition,
    /// A YA (illocution) node that anchors something other than an I node (for instance the
    /// "Arguing" of an inference).
    Illocution,
    /// A CA node attacking an inference (RA) node, imported as an undercut of its conclusion.
    Undercut,
    /// An RA or CA node whose premise or conclusion is not an I node, or that lacks one.
    Scheme,
    /// A statement attacking itself, or supporting itself: dropped.
    SelfReference,
    /// I nodes that only attack each other in a circle, with no claim to start from: the first
    /// is imported as a claim and its attacks are dropped.
    AttackCycle,
    /// A node of a type AIF does not define.
    UnknownType,
    /// A node, edge or locution that is not shaped as AIF says (missing id, wrong type).
    Malformed,
    /// An edge to or from a node that is not in the file, or a repeated node id.
    Dangling,
    /// A date that could not be read.
    Date,
    /// Annotation timestamps of nodes, which say when the map was drawn, not when anything
    /// was said.
    Timestamps,
    /// A scheme (CA or RA) node relating many premises to many targets, which would make
    /// more than 8 attacks or supports per edge of its own: left out, so that the work of an
    /// import stays linear in its edges.
    FanOut,
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FindingKind::Rephrase => "MA rephrase node not represented",
            FindingKind::Preference => "PA preference node not represented",
            FindingKind::Transition => "TA transition node not represented",
            FindingKind::Illocution => "YA node anchoring no I node not represented",
            FindingKind::Undercut => "CA attack on an inference imported as an undercut",
            FindingKind::Scheme => "scheme node without I-node premise or conclusion",
            FindingKind::SelfReference => "self-attack or self-support dropped",
            FindingKind::AttackCycle => "attack cycle without a claim: attacks dropped",
            FindingKind::UnknownType => "node of unknown type",
            FindingKind::Malformed => "malformed entry skipped",
            FindingKind::Dangling => "edge to a missing node, or repeated node id",
            FindingKind::Date => "unreadable date",
            FindingKind::Timestamps => "annotation timestamps not carried over",
            FindingKind::FanOut => "scheme node relating many premises to many targets left out",
        })
    }
}

/// The report of an AIF import.
pub type Report = super::Report<FindingKind>;
/// One finding of an AIF import.
pub type Finding = super::Finding<FindingKind>;
/// A graph read from AIF, its report, and which statement each I node became.
pub type Import = super::Import<FindingKind>;

impl super::Import<FindingKind> {
    /// The statement an I node (by its AIF `nodeID`) became: to follow the map's own ids
    /// into the graph.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let aif = r#"{"nodes": [{"nodeID": 5, "type": "I", "text": "Taxes should rise"}]}"#;
    /// let import = ClaimGraph::from_aif(aif)?;
    /// let s = import.statement("5").unwrap();
    /// assert_eq!(import.graph().statement(s).unwrap().text(), "Taxes should rise");
    /// assert!(import.statement("6").is_none());
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn statement(&self, node: &str) -> Option<StatementId> {
        self.statements.get(node).copied()
    }
}

impl ClaimGraph {
    /// Reads an AIF (AIFdb JSON) argument map with the default [`Limits`]; see
    /// [`io::aif`](crate::io::aif) for how each node type is mapped and what is reported as
    /// not representable.
    ///
    /// # Errors
    /// [`ImportError`] when the text is not JSON, has no `nodes` array, has a section of
    /// the wrong type or twice, is almost nothing but entries that are not AIF, or passes
    /// the limits. Single malformed nodes, edges and locutions do not stop the import; they
    /// are findings in the report.
    ///
    /// # Complexity
    /// O(n + e) for n nodes and e edges, plus the graph's insertion costs.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let aif = r#"{
    ///   "nodes": [
    ///     {"nodeID": "1", "type": "I", "text": "Finland should close the border"},
    ///     {"nodeID": "2", "type": "I", "text": "Closing it contradicts Finland's interests"},
    ///     {"nodeID": "3", "type": "CA", "text": "Default Conflict"},
    ///     {"nodeID": "4", "type": "L", "text": "Grushko : Closing it contradicts Finland's interests"},
    ///     {"nodeID": "5", "type": "YA", "text": "Asserting"}],
    ///   "edges": [
    ///     {"edgeID": "1", "fromID": "2", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "1"},
    ///     {"edgeID": "3", "fromID": "4", "toID": "5"}, {"edgeID": "4", "fromID": "5", "toID": "2"}],
    ///   "locutions": [{"nodeID": "4", "personID": "12", "start": "2023-11-20 10:00:00"}]
    /// }"#;
    /// let import = ClaimGraph::from_aif(aif)?;
    /// let g = import.graph();
    /// let (_, r) = g.rebuttals().next().unwrap();
    /// assert_eq!(g.actor(r.by()).unwrap().name(), "Grushko");
    /// assert_eq!(r.stated().unwrap().to_string(), "2023-11-20T10:00:00Z");
    /// assert_eq!(r.answers(), [import.statement("1").unwrap().into()]);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn from_aif(json: &str) -> Result<Import, ImportError> {
        read(json.as_bytes(), &Limits::default())
    }

    /// Reads AIF from a reader, within `limits`; as [`from_aif`](Self::from_aif).
    ///
    /// # Errors
    /// As [`from_aif`](Self::from_aif), and [`ImportErrorKind::Io`] when reading fails.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::Limits;
    /// let file = br#"{"nodes": [{"nodeID": "1", "type": "I", "text": "x"}], "edges": []}"#;
    /// let import = ClaimGraph::from_aif_reader(&file[..], &Limits::default())?;
    /// assert_eq!(import.graph().claim_count(), 1);
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn from_aif_reader(reader: impl Read, limits: &Limits) -> Result<Import, ImportError> {
        let bytes = read_bounded(reader, limits)
            .map_err(|e| ImportError::exceeded(Format::Aif, e, limits.max_bytes()))?;
        read(&bytes, limits)
    }

    /// The graph as AIF JSON (pretty-printed); see [`io::aif`](crate::io::aif) for what
    /// [`from_aif`](Self::from_aif) gets back.
    ///
    /// # Complexity
    /// O(n + r) for n entities and r references.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, Rebuttal, RebuttalKind, SpeechAct};
    /// let mut g = ClaimGraph::new();
    /// let fi = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    /// let c = g.add_claim(Claim::new(fi, SpeechAct::Assertion, Allegation::new("Russia steers migrants")))?;
    /// g.add_rebuttal(Rebuttal::new(peskov, RebuttalKind::Dismissal, c).with_text("far-fetched"))?;
    /// let back = ClaimGraph::from_aif(&g.to_aif()).unwrap();
    /// let (_, r) = back.graph().rebuttals().next().unwrap();
    /// assert_eq!(r.kind(), RebuttalKind::Dismissal);
    /// assert_eq!(back.graph().actor(r.by()).unwrap().name(), "Dmitry Peskov");
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn to_aif(&self) -> String {
        let value = export(self);
        serde_json::to_string_pretty(&value).unwrap_or_default()
    }
}

// ---- reading, in stages -----------------------------------------------------------------

/// The whole read: each stage below takes what the ones before it made.
fn read(bytes: &[u8], limits: &Limits) -> Result<Import, ImportError> {
    if bytes.len() as u64 > limits.max_bytes() {
        let e = super::limits::Exceeded::Bytes;
        return Err(ImportError::exceeded(Format::Aif, e, limits.max_bytes()));
    }
    if let Some(at) = too_deep(bytes, limits.max_depth()) {
        return Err(ImportError::too_deep(Format::Aif, at, limits.max_depth()));
    }
    let mut report = Report::new(Format::Aif, limits);
    let (mut map, locutions) = Reader::read(bytes, &mut report)?;
    let speech = Speech::read(&map, &locutions, &mut report);
    drop(locutions);
    let attacks = attacks(&map, &mut report);
    let mut build = Build {
        map: &mut map,
        speech: &speech,
        graph: ClaimGraph::new(),
        report,
        speakers: Actors::default(),
        statements: HashMap::new(),
    };
    build.claims(&attacks);
    build.rebuttals(&attacks);
    build.supports();
    Ok(build.finish())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NodeType {
    I,
    Ra,
    Ca,
    Ma,
    Pa,
    L,
    Ya,
    Ta,
    Other,
}

impl NodeType {
    fn of(s: &str) -> NodeType {
        match s {
            "I" => NodeType::I,
            "RA" => NodeType::Ra,
            "CA" => NodeType::Ca,
            "MA" => NodeType::Ma,
            "PA" => NodeType::Pa,
            "L" => NodeType::L,
            "YA" => NodeType::Ya,
            "TA" => NodeType::Ta,
            _ => NodeType::Other,
        }
    }
}

/// One node kept: its id, type and text, and its place in the file's `nodes` (for the
/// paths of findings, built only for the findings kept).
struct Node {
    id: String,
    ty: NodeType,
    text: String,
    at: usize,
}

impl Node {
    fn path(&self) -> String {
        format!("nodes[{}]", self.at)
    }
}

/// Stage 2, the map: nodes by position in the file, and edges as adjacency lists in file
/// order. Node `n` is `nodes[n]`; ids are looked up once, here.
#[derive(Default)]
struct Diagram {
    nodes: Vec<Node>,
    index: HashMap<String, usize>,
    out: Vec<Vec<usize>>,
    into: Vec<Vec<usize>>,
    /// How many nodes carry an annotation `timestamp`.
    timestamps: usize,
}

impl Diagram {
    /// Keeps one well-formed node; its type, unless its id was taken.
    fn add(&mut self, raw: RawNode, at: usize, report: &mut Report) -> Option<String> {
        if self.index.contains_key(&raw.id) {
            let message = format!(
                "node id {} appears again; the first is kept",
                quote(&raw.id)
            );
            report.note(
                FindingKind::Dangling,
                Some(clip(&raw.id, RECORD)),
                || Position::at(format!("nodes[{at}]")),
                || message,
            );
            return None;
        }
        if raw.timestamp {
            self.timestamps += 1;
        }
        self.index.insert(raw.id.clone(), self.nodes.len());
        self.nodes.push(Node {
            id: raw.id,
            ty: NodeType::of(&raw.ty),
            text: raw.text,
            at,
        });
        Some(raw.ty)
    }

    fn edge(&mut self, (from, to): (String, String), at: usize, report: &mut Report) {
        match (self.index.get(&from), self.index.get(&to)) {
            (Some(&f), Some(&t)) => {
                self.out[f].push(t);
                self.into[t].push(f);
            }
            _ => report.note(
                FindingKind::Dangling,
                None,
                || Position::at(format!("edges[{at}]")),
                || {
                    format!(
                        "edge {} -> {} names a node that is not in the file",
                        quote(&from),
                        quote(&to)
                    )
                },
            ),
        }
    }

    /// The nodes of one type among `list`.
    fn of_type<'a>(&'a self, list: &'a [usize], ty: NodeType) -> impl Iterator<Item = usize> + 'a {
        list.iter()
            .copied()
            .filter(move |&n| self.nodes[n].ty == ty)
    }

    /// Notes a finding on node `n`.
    fn note(
        &self,
        report: &mut Report,
        kind: FindingKind,
        n: usize,
        message: impl FnOnce() -> String,
    ) {
        let node = &self.nodes[n];
        report.note(
            kind,
            Some(clip(&node.id, RECORD)),
            || Position::at(node.path()),
            message,
        );
    }
}

// ---- stage 1, the file: streamed, keeping only what is read ------------------------------

/// The longest prefix of a record id a finding keeps.
const RECORD: usize = 64;
/// The longest prefix of a value a message quotes.
const QUOTED: usize = 40;

/// The first `max` bytes of `s`, cut at a character boundary.
fn clip(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The three sections of a map.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Nodes,
    Edges,
    Locutions,
}

impl Section {
    fn name(self) -> &'static str {
        match self {
            Section::Nodes => "nodes",
            Section::Edges => "edges",
            Section::Locutions => "locutions",
        }
    }

    /// The fields read of each entry; any other field is skipped unread.
    fn fields(self) -> &'static [&'static str] {
        match self {
            Section::Nodes => &["nodeID", "type", "text", "timestamp"],
            Section::Edges => &["fromID", "toID"],
            Section::Locutions => &["nodeID", "personID", "start"],
        }
    }
}

/// What is wrong with one entry, without its values: messages never quote user data here.
#[derive(Clone, Copy)]
enum Problem {
    NotObject,
    Twice,
    Expected {
        want: &'static str,
        found: &'static str,
    },
    Needs(&'static str),
}

/// A fault of one entry: which field, if one, and what.
#[derive(Clone, Copy)]
struct Fault {
    field: Option<&'static str>,
    problem: Problem,
}

impl Fault {
    fn message(self) -> String {
        match self.problem {
            Problem::NotObject => "not an object".into(),
            Problem::Twice => format!("`{}` appears twice", self.field.unwrap_or("")),
            Problem::Expected { want, found } => format!("expected {want}, found {found}"),
            Problem::Needs(message) => message.into(),
        }
    }

    fn path(self, section: Section, at: usize) -> String {
        match self.field {
            Some(f) => format!("{}[{at}].{f}", section.name()),
            None => format!("{}[{at}]", section.name()),
        }
    }
}

/// A field's value, classified without being quoted; arrays and objects are skipped unread.
enum Scalar {
    Str(String),
    Num(String),
    Null,
    Other(&'static str),
}

impl Scalar {
    fn found(&self) -> &'static str {
        match self {
            Scalar::Str(_) => "a string",
            Scalar::Num(_) => "a number",
            Scalar::Null => "null",
            Scalar::Other(k) => k,
        }
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Str(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Scalar, E> {
        Ok(Scalar::Str(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
        Ok(Scalar::Num(v.to_string()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Num(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::Num(v.to_string()))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
        Ok(Scalar::Other("a boolean"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other("an object"))
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

/// A key, matched against a list of names without being kept: its place in the list.
struct Key(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for Key {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|&name| name == v))
    }
}

/// The fields of one entry that the reader reads, or the first fault found in them.
struct Fields(Vec<Option<Scalar>>);

impl Fields {
    fn read<'de, A: MapAccess<'de>>(
        section: Section,
        mut map: A,
    ) -> Result<Result<Fields, Fault>, A::Error> {
        let names = section.fields();
        let mut values: Vec<Option<Scalar>> = names.iter().map(|_| None).collect();
        let mut fault = None;
        while let Some(key) = map.next_key_seed(Key(names))? {
            match key {
                Some(k) if values[k].is_some() => {
                    map.next_value::<IgnoredAny>()?;
                    fault.get_or_insert(Fault {
                        field: Some(names[k]),
                        problem: Problem::Twice,
                    });
                }
                Some(k) => values[k] = Some(map.next_value::<Scalar>()?),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(match fault {
            Some(f) => Err(f),
            None => Ok(Fields(values)),
        })
    }

    /// Field `k` (named `name`), which must be a string, or absent (or null).
    fn string(&mut self, k: usize, name: &'static str) -> Result<Option<String>, Fault> {
        match self.0[k].take() {
            None | Some(Scalar::Null) => Ok(None),
            Some(Scalar::Str(s)) => Ok(Some(s)),
            Some(other) => Err(Fault {
                field: Some(name),
                problem: Problem::Expected {
                    want: "a string",
                    found: other.found(),
                },
            }),
        }
    }

    /// Field `k`, an AIF id: a string, or a number written as a string.
    fn id(&mut self, k: usize, name: &'static str) -> Result<Option<String>, Fault> {
        match self.0[k].take() {
            None | Some(Scalar::Null) => Ok(None),
            Some(Scalar::Str(s) | Scalar::Num(s)) => Ok(Some(s)),
            Some(other) => Err(Fault {
                field: Some(name),
                problem: Problem::Expected {
                    want: "a string or a number",
                    found: other.found(),
                },
            }),
        }
    }
}

/// A well-formed node, before its id is checked against the others.
struct RawNode {
    id: String,
    ty: String,
    text: String,
    timestamp: bool,
}

impl RawNode {
    fn of(mut f: Fields) -> Result<RawNode, Fault> {
        let timestamp = f.0[3].is_some();
        let id = f.id(0, "nodeID")?;
        let ty = f.string(1, "type")?;
        let text = f.string(2, "text")?;
        let (Some(id), Some(ty)) = (id, ty) else {
            return Err(Fault {
                field: None,
                problem: Problem::Needs("a node needs a `nodeID` and a string `type`"),
            });
        };
        Ok(RawNode {
            id,
            ty,
            text: text.unwrap_or_default(),
            timestamp,
        })
    }
}

/// An edge as read: its two ends' ids, or its fault.
type RawEdge = Result<(String, String), Fault>;

fn edge_of(mut f: Fields) -> RawEdge {
    let from = f.id(0, "fromID")?;
    let to = f.id(1, "toID")?;
    match (from, to) {
        (Some(from), Some(to)) => Ok((from, to)),
        _ => Err(Fault {
            field: None,
            problem: Problem::Needs("an edge needs `fromID` and `toID`"),
        }),
    }
}

/// One entry of `locutions`: the node it names, who said it and when.
struct RawLocution {
    node: Option<String>,
    person: Option<String>,
    start: Option<String>,
}

fn locution_of(mut f: Fields) -> Result<RawLocution, Fault> {
    Ok(RawLocution {
        node: f.id(0, "nodeID")?,
        person: f.id(1, "personID")?,
        start: f.string(2, "start")?,
    })
}

/// The locutions as read, each with its place in the file.
type Locutions = Vec<(usize, Result<RawLocution, Fault>)>;

/// Stage 1, the file, read in one pass: nodes are kept as they come, edges resolved as soon
/// as the nodes are known, locutions kept for stage 3; nothing else is kept, so an unknown
/// field costs no memory however large it is. The errors of stage 1 (a section of the wrong
/// type, a repeated section, too many records) are left here and the parser stopped.
struct Reader<'r> {
    report: &'r mut Report,
    map: Diagram,
    /// Whether the `nodes` section has been read, so that edges can be resolved at once.
    nodes_read: bool,
    seen: [bool; 3],
    /// Edges met before the nodes, resolved once they are known.
    pending: Vec<(usize, RawEdge)>,
    locutions: Locutions,
    /// Entries read in the three sections, and how many were not AIF at all.
    entries: u64,
    faults: u64,
    /// The first entry that was not AIF: its path and what was wrong.
    first_fault: Option<(String, String)>,
    error: Option<ImportError>,
}

/// What stage 1 hands on: the map and the locutions.
type Stage1 = (Diagram, Locutions);

impl<'r> Reader<'r> {
    fn read(bytes: &[u8], report: &'r mut Report) -> Result<Stage1, ImportError> {
        let mut reader = Reader {
            report,
            map: Diagram::default(),
            nodes_read: false,
            seen: [false; 3],
            pending: Vec::new(),
            locutions: Vec::new(),
            entries: 0,
            faults: 0,
            first_fault: None,
            error: None,
        };
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let parsed = Root(&mut reader)
            .deserialize(&mut de)
            .and_then(|()| de.end());
        if let Some(e) = reader.error.take() {
            return Err(e);
        }
        parsed.map_err(|e| ImportError::json(Format::Aif, &e))?;
        reader.finish()
    }

    fn shape(path: &str, message: &str) -> ImportError {
        ImportError::new(
            Format::Aif,
            ImportErrorKind::Structure,
            Position::at(path),
            message,
        )
    }

    /// Leaves `e` as the error of the read and returns the parser's error that stops it.
    fn fail<E: de::Error>(&mut self, e: ImportError) -> E {
        self.error = Some(e);
        E::custom("stopped")
    }

    /// Counts one entry, and notes its fault if it has one.
    fn entry<T>(&mut self, section: Section, at: usize, entry: &Result<T, Fault>) {
        self.entries += 1;
        if let Err(fault) = entry {
            self.faults += 1;
            let path = fault.path(section, at);
            if self.first_fault.is_none() {
                self.first_fault = Some((path.clone(), fault.message()));
            }
            self.report.note(
                FindingKind::Malformed,
                None,
                || Position::at(path),
                || fault.message(),
            );
        }
    }

    fn node(&mut self, at: usize, entry: Result<RawNode, Fault>) -> Result<(), ImportError> {
        self.entry(Section::Nodes, at, &entry);
        let ty = entry
            .ok()
            .and_then(|raw| self.map.add(raw, at, self.report));
        // Nodes are tallied by type once they are known good, as the file's own count.
        let ty = ty.as_deref().map(|t| clip(t, QUOTED));
        self.report
            .record(ty, || Position::at(format!("nodes[{at}]")))
    }

    fn edge(&mut self, at: usize, entry: RawEdge) {
        if !self.nodes_read {
            self.pending.push((at, entry));
            return;
        }
        self.entry(Section::Edges, at, &entry);
        if let Ok(pair) = entry {
            self.map.edge(pair, at, self.report);
        }
    }

    /// The nodes are all read: edges can be resolved from now on.
    fn nodes_done(&mut self) {
        self.nodes_read = true;
        self.map.out = vec![Vec::new(); self.map.nodes.len()];
        self.map.into = vec![Vec::new(); self.map.nodes.len()];
        for (at, entry) in std::mem::take(&mut self.pending) {
            self.edge(at, entry);
        }
    }

    fn finish(mut self) -> Result<Stage1, ImportError> {
        if !self.seen[0] {
            return Err(Reader::shape("nodes", "missing: an AIF map has `nodes`"));
        }
        let pending = std::mem::take(&mut self.pending);
        self.nodes_read = true;
        for (at, entry) in pending {
            self.edge(at, entry);
        }
        let locutions = std::mem::take(&mut self.locutions);
        for (at, entry) in &locutions {
            self.entry(Section::Locutions, *at, entry);
        }
        // A file of which nothing, or almost nothing, is AIF is refused, not read as an
        // empty map: no node read at all, or not one entry in ten.
        let none = self.map.nodes.is_empty() && self.faults > 0;
        if none || self.faults.saturating_mul(10) > self.entries.saturating_mul(9) {
            let (path, what) = self.first_fault.take().unwrap_or_default();
            let message = format!(
                "{} of {} nodes, edges and locutions are not AIF (first at {path}: {what})",
                self.faults, self.entries
            );
            return Err(ImportError::new(
                Format::Aif,
                ImportErrorKind::Structure,
                Position::at(path),
                message,
            ));
        }
        Ok((self.map, locutions))
    }
}

/// The top level: an object with `nodes`, `edges` and `locutions`, in any order.
struct Root<'a, 'r>(&'a mut Reader<'r>);

impl<'de> DeserializeSeed<'de> for Root<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl Root<'_, '_> {
    fn not_object<E: de::Error>(self) -> Result<(), E> {
        Err(self.0.fail(Reader::shape("$", "expected a JSON object")))
    }
}

impl<'de> Visitor<'de> for Root<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an AIF map")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.not_object()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.not_object()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.not_object()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.not_object()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.not_object()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.not_object()
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        self.not_object()
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        const SECTIONS: [Section; 3] = [Section::Nodes, Section::Edges, Section::Locutions];
        const NAMES: &[&str] = &["nodes", "edges", "locutions"];
        while let Some(key) = map.next_key_seed(Key(NAMES))? {
            let Some(k) = key else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let section = SECTIONS[k];
            if self.0.seen[k] {
                let e = Reader::shape(section.name(), &format!("`{}` appears twice", NAMES[k]));
                return Err(self.0.fail(e));
            }
            self.0.seen[k] = true;
            map.next_value_seed(List(&mut *self.0, section))?;
            if section == Section::Nodes {
                self.0.nodes_done();
            }
        }
        Ok(())
    }
}

/// One section: an array of entries (null: none).
struct List<'a, 'r>(&'a mut Reader<'r>, Section);

impl<'de> DeserializeSeed<'de> for List<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl List<'_, '_> {
    fn wrong<E: de::Error>(self) -> Result<(), E> {
        let name = self.1.name();
        let e = Reader::shape(name, &format!("expected an array of {name}"));
        Err(self.0.fail(e))
    }
}

impl<'de> Visitor<'de> for List<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.wrong()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.wrong()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.wrong()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.wrong()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.wrong()
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        self.wrong()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        if self.1 == Section::Nodes {
            return self.wrong();
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let List(reader, section) = self;
        let mut at = 0;
        while let Some(entry) = seq.next_element_seed(Entry(section))? {
            match section {
                Section::Nodes => {
                    let node = entry.and_then(RawNode::of);
                    if let Err(e) = reader.node(at, node) {
                        return Err(reader.fail(e));
                    }
                }
                Section::Edges => reader.edge(at, entry.and_then(edge_of)),
                Section::Locutions => reader.locutions.push((at, entry.and_then(locution_of))),
            }
            at += 1;
        }
        Ok(())
    }
}

/// One entry of a section: its fields, or what is wrong with it.
struct Entry(Section);

impl<'de> DeserializeSeed<'de> for Entry {
    type Value = Result<Fields, Fault>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

const NOT_OBJECT: Fault = Fault {
    field: None,
    problem: Problem::NotObject,
};

/// An entry's fields, or its fault; anything that is not an object is skipped unread.
impl<'de> Visitor<'de> for Entry {
    type Value = Result<Fields, Fault>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Err(NOT_OBJECT))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Err(NOT_OBJECT))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Err(NOT_OBJECT))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Err(NOT_OBJECT))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Err(NOT_OBJECT))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Err(NOT_OBJECT))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Err(NOT_OBJECT))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Fields::read(self.0, map)
    }
}

/// A speaker: their `personID`, if the locution gives one, and their name.
#[derive(Clone)]
struct Speaker {
    person: Option<String>,
    name: String,
}

/// Who said a statement and when, as far as the map tells.
#[derive(Clone, Default)]
struct Said {
    speaker: Option<Speaker>,
    date: Option<PartialDate>,
}

/// Stage 3, the dialogue: for each I node, who said it and when (from locutions and L
/// nodes) and how (the speech act of its YA node).
struct Speech {
    said: HashMap<usize, Said>,
    acts: HashMap<usize, SpeechAct>,
}

impl Speech {
    fn read(map: &Diagram, locutions: &Locutions, report: &mut Report) -> Speech {
        let table = locution_table(map, locutions, report);
        let said_at = |n: usize| {
            let (person, date) = table.get(&n).cloned().unwrap_or_default();
            let named = (map.nodes[n].ty == NodeType::L)
                .then(|| speaker_of(&map.nodes[n].text))
                .flatten();
            let speaker = match (person, named) {
                (Some(p), name) => Some(Speaker {
                    name: name.map_or_else(|| format!("person {p}"), str::to_owned),
                    person: Some(p),
                }),
                (None, Some(name)) => Some(Speaker {
                    person: None,
                    name: name.to_owned(),
                }),
                (None, None) => None,
            };
            Said { speaker, date }
        };
        let mut speech = Speech {
            said: HashMap::new(),
            acts: HashMap::new(),
        };
        for (n, node) in map.nodes.iter().enumerate() {
            match node.ty {
                NodeType::I if table.contains_key(&n) => {
                    speech.said.insert(n, said_at(n));
                }
                NodeType::Ya => {
                    let targets: Vec<usize> = map.of_type(&map.out[n], NodeType::I).collect();
                    if targets.is_empty() {
                        map.note(report, FindingKind::Illocution, n, || {
                            format!("illocution {} anchors no I node", quote(&node.text))
                        });
                    }
                    let from_l = map.of_type(&map.into[n], NodeType::L).next();
                    for &t in &targets {
                        speech.acts.entry(t).or_insert_with(|| act_of(&node.text));
                        if let Some(l) = from_l {
                            speech.said.entry(t).or_insert_with(|| said_at(l));
                        }
                    }
                }
                NodeType::Ma => map.note(report, FindingKind::Rephrase, n, || {
                    "a rephrase (MA) relation between statements is not represented".into()
                }),
                NodeType::Pa => map.note(report, FindingKind::Preference, n, || {
                    "a preference (PA) between arguments is not represented".into()
                }),
                NodeType::Ta => map.note(report, FindingKind::Transition, n, || {
                    "a dialogue transition (TA) is not represented".into()
                }),
                NodeType::Other => map.note(report, FindingKind::UnknownType, n, || {
                    "this node type is not part of AIF".into()
                }),
                NodeType::I | NodeType::L | NodeType::Ra | NodeType::Ca => {}
            }
        }
        // Maps such as QT30's keep the L nodes but not the YA anchors of assertions: an I
        // node whose text is an L node's utterance (ignoring case and punctuation) is that
        // locution's.
        let mut utterances: HashMap<String, usize> = HashMap::new();
        for (n, node) in map.nodes.iter().enumerate() {
            if node.ty == NodeType::L {
                let key = normalise(utterance_of(&node.text));
                if !key.is_empty() {
                    utterances.entry(key).or_insert(n);
                }
            }
        }
        for (n, node) in map.nodes.iter().enumerate() {
            if node.ty == NodeType::I
                && !speech.said.contains_key(&n)
                && let Some(&l) = utterances.get(&normalise(&node.text))
            {
                speech.said.insert(n, said_at(l));
            }
        }
        if map.timestamps > 0 {
            let n = map.timestamps;
            report.note(FindingKind::Timestamps, None, || Position::at("nodes"), || {
                format!(
                    "{n} node timestamps record when the map was annotated; statements are dated from locutions instead"
                )
            });
        }
        speech
    }

    fn of(&self, n: usize) -> Said {
        self.said.get(&n).cloned().unwrap_or_default()
    }
}

/// The `locutions` table: the `personID` and date of utterance of each node it names.
/// Malformed entries were noted by stage 1.
fn locution_table(
    map: &Diagram,
    locutions: &Locutions,
    report: &mut Report,
) -> HashMap<usize, (Option<String>, Option<PartialDate>)> {
    let mut table = HashMap::new();
    for (i, l) in locutions {
        let Ok(l) = l else {
            continue;
        };
        let path = || format!("locutions[{i}]");
        let Some(&node) = l.node.as_ref().and_then(|id| map.index.get(id)) else {
            report.note(
                FindingKind::Dangling,
                None,
                || Position::at(path()),
                || "a locution names no node of the file".into(),
            );
            continue;
        };
        let start = l.start.as_deref().and_then(|s| {
            let d = date_of(s);
            if d.is_none() {
                let id = &map.nodes[node].id;
                report.note(
                    FindingKind::Date,
                    Some(clip(id, RECORD)),
                    || Position::at(format!("{}.start", path())),
                    || format!("cannot read {} as a date", quote(s)),
                );
            }
            d
        });
        table.entry(node).or_insert((l.person.clone(), start));
    }
    table
}

/// Stage 4, the conflicts: which I nodes attack which, and how, from the CA nodes. Keyed
/// by attacker, in file order.
type Attacks = BTreeMap<usize, Vec<(usize, RebuttalKind)>>;

fn attacks(map: &Diagram, report: &mut Report) -> Attacks {
    let mut attacks = Attacks::new();
    // Each attack once, however many CA nodes repeat it: a set, not a scan of the list.
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    for (n, node) in map.nodes.iter().enumerate() {
        if node.ty != NodeType::Ca {
            continue;
        }
        let premises: Vec<usize> = map.of_type(&map.into[n], NodeType::I).collect();
        let mut targets: Vec<(usize, RebuttalKind)> = Vec::new();
        for &t in &map.out[n] {
            match map.nodes[t].ty {
                NodeType::I => targets.push((t, rebuttal_kind(&node.text))),
                NodeType::Ra => {
                    map.note(report, FindingKind::Undercut, n, || {
                        format!(
                            "attacks inference {}; imported as an undercut of its conclusion",
                            quote(&map.nodes[t].id)
                        )
                    });
                    let conclusions = map.of_type(&map.out[t], NodeType::I);
                    targets.extend(conclusions.map(|c| (c, RebuttalKind::Undercut)));
                }
                _ => {}
            }
        }
        if premises.is_empty() || targets.is_empty() {
            map.note(report, FindingKind::Scheme, n, || {
                "a conflict needs an I-node premise and an I-node (or inference) target".into()
            });
            continue;
        }
        if too_many(map, report, n, premises.len(), targets.len(), "targets") {
            continue;
        }
        for &p in &premises {
            for &(t, kind) in &targets {
                if p == t {
                    map.note(report, FindingKind::SelfReference, n, || {
                        format!("I node {} attacks itself", quote(&map.nodes[p].id))
                    });
                    continue;
                }
                if seen.insert((p, t)) {
                    attacks.entry(p).or_default().push((t, kind));
                }
            }
        }
    }
    attacks
}

/// How many relations a scheme node may make per edge of its own.
const PER_EDGE: usize = 8;

/// Whether scheme node `n`, relating `premises` to `others`, would make more than
/// [`PER_EDGE`] relations per edge of its own; if so it is noted ([`FindingKind::FanOut`])
/// and left out. This keeps the work of an import linear in its edges.
fn too_many(
    map: &Diagram,
    report: &mut Report,
    n: usize,
    premises: usize,
    others: usize,
    what: &str,
) -> bool {
    let pairs = premises.saturating_mul(others);
    let edges = map.into[n].len() + map.out[n].len();
    if pairs <= PER_EDGE.saturating_mul(edges) {
        return false;
    }
    map.note(report, FindingKind::FanOut, n, || {
        format!(
            "relates {premises} premises to {others} {what}: {pairs} relations from {edges} edges, more than {PER_EDGE} per edge; left out"
        )
    });
    true
}

/// Stages 5 to 7: the graph, built from the stages before.
struct Build<'m> {
    map: &'m mut Diagram,
    speech: &'m Speech,
    graph: ClaimGraph,
    report: Report,
    speakers: Actors,
    statements: HashMap<usize, StatementId>,
}

impl Build<'_> {
    /// The actor who said node `n`: one per `personID`, else per name, else the unknown
    /// speaker.
    fn speaker(&mut self, said: &Said) -> Option<ActorId> {
        let (space, key, name) = match &said.speaker {
            Some(Speaker {
                person: Some(p),
                name,
            }) => ("person", p.as_str(), name.as_str()),
            Some(Speaker { person: None, name }) => ("name", name.as_str(), name.as_str()),
            None => ("", "", "unknown speaker"),
        };
        self.speakers.intern(&mut self.graph, space, key, || {
            Actor::new(name, ActorKind::Unknown)
        })
    }

    fn add_claim(&mut self, n: usize) -> Option<StatementId> {
        let said = self.speech.of(n);
        let by = self.speaker(&said)?;
        let act = self
            .speech
            .acts
            .get(&n)
            .copied()
            .unwrap_or(SpeechAct::Assertion);
        // Each I node's text moves into the graph: it is needed nowhere else from here on.
        let text = std::mem::take(&mut self.map.nodes[n].text);
        let mut claim = Claim::new(by, act, Allegation::new(text));
        if let Some(d) = said.date {
            claim = claim.with_stated(d);
        }
        let id = self.graph.add_claim(claim).ok()?;
        self.statements.insert(n, id.into());
        Some(id.into())
    }

    /// Stage 5: I nodes that attack nothing are claims.
    fn claims(&mut self, attacks: &Attacks) {
        for n in 0..self.map.nodes.len() {
            if self.map.nodes[n].ty == NodeType::I && !attacks.contains_key(&n) {
                self.add_claim(n);
            }
        }
    }

    /// Stage 6: I nodes that attack are rebuttals. Each is added as soon as one statement
    /// it answers exists, found through a queue of the attackers of every statement added
    /// (linear, whatever the node order); answers added later are filled in afterwards, so
    /// attack cycles come out whole. What is left attacks only statements that attack back:
    /// the first such node starts as a claim.
    fn rebuttals(&mut self, attacks: &Attacks) {
        let mut attackers: HashMap<usize, Vec<usize>> = HashMap::new();
        for (&n, list) in attacks {
            for &(t, _) in list {
                attackers.entry(t).or_default().push(n);
            }
        }
        let of = |n: usize| attackers.get(&n).into_iter().flatten().copied();
        let mut queue: VecDeque<usize> = (0..self.map.nodes.len())
            .filter(|n| self.statements.contains_key(n))
            .flat_map(of)
            .collect();
        let mut partial: Vec<usize> = Vec::new();
        let mut unplaced = attacks.keys().copied();
        loop {
            while let Some(n) = queue.pop_front() {
                if self.statements.contains_key(&n) {
                    continue;
                }
                let list = &attacks[&n];
                let known = self.known(list);
                let Some((&first, rest)) = known.split_first() else {
                    continue;
                };
                let said = self.speech.of(n);
                let Some(by) = self.speaker(&said) else {
                    continue;
                };
                let text = std::mem::take(&mut self.map.nodes[n].text);
                let r = answering(
                    Rebuttal::new(by, list[0].1, first).with_text(text),
                    rest,
                    said.date,
                );
                if let Ok(id) = self.graph.add_rebuttal(r) {
                    self.statements.insert(n, id.into());
                    if known.len() < list.len() {
                        partial.push(n);
                    }
                    queue.extend(of(n));
                }
            }
            let Some(n) = unplaced.find(|n| !self.statements.contains_key(n)) else {
                break;
            };
            self.map.note(&mut self.report, FindingKind::AttackCycle, n, || {
                "attacks only statements that attack back; imported as a claim, its attacks dropped"
                    .into()
            });
            if self.add_claim(n).is_some() {
                queue.extend(of(n));
            }
        }
        for n in partial {
            self.complete(n, &attacks[&n]);
        }
    }

    /// The statements made so far among the targets of `list`, in its order.
    fn known(&self, list: &[(usize, RebuttalKind)]) -> Vec<StatementId> {
        list.iter()
            .filter_map(|(t, _)| self.statements.get(t).copied())
            .collect()
    }

    /// Gives the rebuttal of node `n` the answers that were made after it.
    fn complete(&mut self, n: usize, list: &[(usize, RebuttalKind)]) {
        let Some(id) = self.statements.get(&n).and_then(|s| s.as_rebuttal()) else {
            return;
        };
        let Some(old) = self.graph.rebuttal(id).cloned() else {
            return;
        };
        let answers = self.known(list);
        let Some((&first, rest)) = answers.split_first() else {
            return;
        };
        let r = Rebuttal::new(old.by(), old.kind(), first).with_text(old.text().to_owned());
        let _ = self
            .graph
            .replace_rebuttal(id, answering(r, rest, old.stated()));
    }

    /// Stage 7: each RA node supports its conclusions by its premises.
    fn supports(&mut self) {
        let map = &*self.map;
        for (n, node) in map.nodes.iter().enumerate() {
            if node.ty != NodeType::Ra {
                continue;
            }
            let premises: Vec<usize> = map.of_type(&map.into[n], NodeType::I).collect();
            let conclusions: Vec<usize> = map.of_type(&map.out[n], NodeType::I).collect();
            if premises.is_empty()
                || conclusions.is_empty()
                || map.out[n].len() != conclusions.len()
            {
                map.note(&mut self.report, FindingKind::Scheme, n, || {
                    "an inference needs I-node premises and I-node conclusions; links to other schemes are dropped"
                        .into()
                });
            }
            if too_many(
                map,
                &mut self.report,
                n,
                premises.len(),
                conclusions.len(),
                "conclusions",
            ) {
                continue;
            }
            for &p in &premises {
                for &c in &conclusions {
                    let (Some(&ps), Some(&cs)) = (self.statements.get(&p), self.statements.get(&c))
                    else {
                        continue;
                    };
                    if ps == cs {
                        map.note(&mut self.report, FindingKind::SelfReference, n, || {
                            format!("I node {} supports itself", quote(&map.nodes[p].id))
                        });
                        continue;
                    }
                    let text = scheme_text(&node.text, "Default Inference");
                    let _ = self.graph.add_support(Support::new(ps, cs).with_text(text));
                }
            }
        }
    }

    fn finish(mut self) -> Import {
        self.report.tally(&self.graph);
        let mut import = Import::new(self.graph, self.report);
        import.statements = self
            .statements
            .into_iter()
            .map(|(n, s)| (std::mem::take(&mut self.map.nodes[n].id), s))
            .collect();
        import
    }
}

/// A rebuttal that also answers `rest`, dated `date`.
fn answering(mut r: Rebuttal, rest: &[StatementId], date: Option<PartialDate>) -> Rebuttal {
    for s in rest {
        r = r.answering(*s);
    }
    if let Some(d) = date {
        r = r.with_stated(d);
    }
    r
}

/// The utterance of an L node's text: what follows ` : ` (AIFdb), or `:`.
fn utterance_of(text: &str) -> &str {
    text.split_once(" : ")
        .or_else(|| text.split_once(':'))
        .map_or(text, |(_, u)| u)
}

/// A date as AIF writes it (`2016-09-28 17:17:48`, read as UTC) or as export writes it
/// (ISO 8601 at any precision).
fn date_of(s: &str) -> Option<PartialDate> {
    if let Ok(d) = s.parse::<PartialDate>() {
        return Some(d);
    }
    let naive = chrono::NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%d %H:%M:%S").ok()?;
    let utc = chrono::FixedOffset::east_opt(0)?;
    PartialDate::instant(naive.and_local_timezone(utc).single()?).ok()
}

/// The speaker's name in an L node's text: what comes before ` : ` (AIFdb), or before `:`.
fn speaker_of(text: &str) -> Option<&str> {
    let (name, _) = text.split_once(" : ").or_else(|| text.split_once(':'))?;
    let name = name.trim();
    (!name.is_empty() && name.chars().count() <= 80).then_some(name)
}

/// Lowercase letters and digits, words separated by one space.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

fn rebuttal_kind(text: &str) -> RebuttalKind {
    let t = text.trim();
    RebuttalKind::ALL
        .iter()
        .copied()
        .find(|k| t.eq_ignore_ascii_case(k.name()))
        .unwrap_or(RebuttalKind::Denial)
}

/// The speech act of an illocution (YA node text). AIF names no accused, so "Accusing"
/// becomes an assertion: an accusation must say whom it accuses.
fn act_of(illocution: &str) -> SpeechAct {
    let t = illocution.trim();
    if t.eq_ignore_ascii_case("Disagreeing") || t.eq_ignore_ascii_case("Denying") {
        SpeechAct::Denial
    } else if t.eq_ignore_ascii_case("Warning") {
        SpeechAct::Warning
    } else if t.eq_ignore_ascii_case("Threatening") {
        SpeechAct::Threat
    } else if t.eq_ignore_ascii_case("Predicting") {
        SpeechAct::Prediction
    } else if t.eq_ignore_ascii_case("Demanding") {
        SpeechAct::Demand
    } else {
        SpeechAct::Assertion
    }
}

/// The illocution export writes for a claim's speech act.
fn illocution_of(act: SpeechAct) -> &'static str {
    match act {
        SpeechAct::Accusation => "Accusing",
        SpeechAct::Assertion => "Asserting",
        SpeechAct::Denial => "Denying",
        SpeechAct::Warning => "Warning",
        SpeechAct::Threat => "Threatening",
        SpeechAct::Prediction => "Predicting",
        SpeechAct::Demand => "Demanding",
    }
}

fn scheme_text(text: &str, default: &str) -> String {
    if text == default {
        String::new()
    } else {
        text.to_owned()
    }
}

// ---- writing ----------------------------------------------------------------------------

/// AIF's timestamp form, for dates precise to the day or better.
fn aif_timestamp(d: PartialDate) -> Option<String> {
    match d.precision() {
        Precision::Year | Precision::Month | Precision::Window => None,
        Precision::Day => d.as_day().map(|day| format!("{day} 00:00:00")),
        Precision::Instant => d
            .as_instant()
            .map(|t| t.naive_utc().format("%Y-%m-%d %H:%M:%S").to_string()),
    }
}

fn export(g: &ClaimGraph) -> Value {
    let mut nodes: Vec<Value> = Vec::new();
    let mut edges: Vec<Value> = Vec::new();
    let mut locutions: Vec<Value> = Vec::new();
    let edge = |edges: &mut Vec<Value>, from: &str, to: &str| {
        let id = edges.len().to_string();
        edges.push(json!({"edgeID": id, "fromID": from, "toID": to, "formEdgeID": null}));
    };
    let statement = |nodes: &mut Vec<Value>,
                     edges: &mut Vec<Value>,
                     locutions: &mut Vec<Value>,
                     id: String,
                     text: &str,
                     by: ActorId,
                     stated: Option<PartialDate>,
                     illocution: &str| {
        let name = g.actor(by).map_or("unknown speaker", Actor::name);
        let mut node = Map::new();
        node.insert("nodeID".into(), json!(id));
        node.insert("text".into(), json!(text));
        node.insert("type".into(), json!("I"));
        if let Some(t) = stated.and_then(aif_timestamp) {
            node.insert("timestamp".into(), json!(t));
        }
        nodes.push(Value::Object(node));
        let l = format!("L{id}");
        let ya = format!("Y{id}");
        nodes.push(json!({"nodeID": l, "text": format!("{name} : {text}"), "type": "L"}));
        nodes.push(json!({"nodeID": ya, "text": illocution, "type": "YA"}));
        edge(edges, &l, &ya);
        edge(edges, &ya, &id);
        let mut loc = Map::new();
        loc.insert("nodeID".into(), json!(l));
        loc.insert("personID".into(), json!(by.index().to_string()));
        if let Some(d) = stated {
            loc.insert("start".into(), json!(d.to_string()));
        }
        locutions.push(Value::Object(loc));
    };
    for (id, c) in g.claims() {
        statement(
            &mut nodes,
            &mut edges,
            &mut locutions,
            id.to_string(),
            c.allegation().text(),
            c.claimant(),
            c.stated(),
            illocution_of(c.act()),
        );
    }
    for (id, r) in g.rebuttals() {
        statement(
            &mut nodes,
            &mut edges,
            &mut locutions,
            id.to_string(),
            r.text(),
            r.by(),
            r.stated(),
            "Disagreeing",
        );
    }
    for (id, r) in g.rebuttals() {
        for (k, s) in r.answers().iter().enumerate() {
            // AIF attacks I nodes (and inferences, as undercutters, which import reads back
            // as answers to their conclusions): answers to one alternative of a claim, to
            // sources, events and supports have no node to point at and are left out.
            if !matches!(s, Target::Claim(_) | Target::Rebuttal(_)) {
                continue;
            }
            let ca = format!("X{id}-{k}");
            nodes.push(json!({"nodeID": ca, "text": r.kind().name(), "type": "CA"}));
            edge(&mut edges, &id.to_string(), &ca);
            edge(&mut edges, &ca, &s.to_string());
        }
    }
    for (id, s) in g.supports() {
        let ra = format!("S{id}");
        let text = if s.text().is_empty() {
            "Default Inference"
        } else {
            s.text()
        };
        nodes.push(json!({"nodeID": ra, "text": text, "type": "RA"}));
        edge(&mut edges, &s.premise().to_string(), &ra);
        edge(&mut edges, &ra, &s.conclusion().to_string());
    }
    json!({"nodes": nodes, "edges": edges, "locutions": locutions})
}

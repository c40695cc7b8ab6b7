//! AIF (Argument Interchange Format) import and export; the mapping is documented on
//! [`AifImport`].

use super::error::{ImportError, ImportErrorKind, InterchangeFormat};
use crate::{
    Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, PartialDate, Precision, Rebuttal,
    RebuttalKind, SpeechAct, StatementId, Support,
};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::Read;

/// What an AIF import could not carry over, one note per node or edge concerned.
///
/// ```
/// use claimgraph::AifNoteKind;
/// assert_eq!(AifNoteKind::Rephrase.to_string(), "MA rephrase node not represented");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum AifNoteKind {
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
}

impl fmt::Display for AifNoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AifNoteKind::Rephrase => "MA rephrase node not represented",
            AifNoteKind::Preference => "PA preference node not represented",
            AifNoteKind::Transition => "TA transition node not represented",
            AifNoteKind::Illocution => "YA node anchoring no I node not represented",
            AifNoteKind::Undercut => "CA attack on an inference imported as an undercut",
            AifNoteKind::Scheme => "scheme node without I-node premise or conclusion",
            AifNoteKind::SelfReference => "self-attack or self-support dropped",
            AifNoteKind::AttackCycle => "attack cycle without a claim: attacks dropped",
            AifNoteKind::UnknownType => "node of unknown type",
            AifNoteKind::Malformed => "malformed entry skipped",
            AifNoteKind::Dangling => "edge to a missing node, or repeated node id",
            AifNoteKind::Date => "unreadable date",
            AifNoteKind::Timestamps => "annotation timestamps not carried over",
        })
    }
}

/// One thing an import could not carry over: what, where (a JSON path such as `nodes[12]`),
/// and the AIF node id when there is one.
///
/// ```
/// use claimgraph::{AifNoteKind, ClaimGraph};
/// let aif = r#"{"nodes": [{"nodeID": "1", "type": "MA", "text": "Default Rephrase"}], "edges": []}"#;
/// let import = ClaimGraph::from_aif(aif)?;
/// let note = &import.report().notes()[0];
/// assert_eq!(note.kind(), AifNoteKind::Rephrase);
/// assert_eq!(note.node(), Some("1"));
/// assert_eq!(note.path(), "nodes[0]");
/// # Ok::<(), claimgraph::ImportError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AifNote {
    kind: AifNoteKind,
    path: String,
    node: Option<String>,
    message: String,
}

impl AifNote {
    /// What kind of content was not carried over.
    ///
    /// ```
    /// # use claimgraph::{AifNoteKind, ClaimGraph};
    /// let i = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "1", "type": "PA"}]}"#)?;
    /// assert_eq!(i.report().notes()[0].kind(), AifNoteKind::Preference);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn kind(&self) -> AifNoteKind {
        self.kind
    }

    /// Where in the file: a JSON path.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "1", "type": "PA"}]}"#)?;
    /// assert_eq!(i.report().notes()[0].path(), "nodes[0]");
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The AIF node id concerned, if any.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "7", "type": "PA"}]}"#)?;
    /// assert_eq!(i.report().notes()[0].node(), Some("7"));
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn node(&self) -> Option<&str> {
        self.node.as_deref()
    }

    /// A sentence on this case.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "7", "type": "PA"}]}"#)?;
    /// assert!(i.report().notes()[0].message().contains("preference"));
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for AifNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.path, self.kind, self.message)
    }
}

/// What an AIF import read and what it could not carry over.
///
/// ```
/// use claimgraph::{AifNoteKind, ClaimGraph};
/// let aif = r#"{"nodes": [
///     {"nodeID": "1", "type": "I", "text": "Taxes should rise"},
///     {"nodeID": "2", "type": "I", "text": "They should not"},
///     {"nodeID": "3", "type": "CA", "text": "Default Conflict"},
///     {"nodeID": "4", "type": "MA", "text": "Default Rephrase"}],
///   "edges": [{"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "1"}]}"#;
/// let import = ClaimGraph::from_aif(aif)?;
/// assert_eq!(import.report().node_count("I"), 2);
/// assert_eq!(import.report().count(AifNoteKind::Rephrase), 1);
/// assert_eq!(import.graph().claim_count(), 1);
/// assert_eq!(import.graph().rebuttal_count(), 1);
/// # Ok::<(), claimgraph::ImportError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AifReport {
    node_types: BTreeMap<String, usize>,
    notes: Vec<AifNote>,
}

impl AifReport {
    /// Every note, in the order of the file.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_aif(r#"{"nodes": []}"#)?;
    /// assert!(i.report().notes().is_empty());
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn notes(&self) -> &[AifNote] {
        &self.notes
    }

    /// How many notes of one kind.
    ///
    /// ```
    /// # use claimgraph::{AifNoteKind, ClaimGraph};
    /// let i = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "1", "type": "TA"}]}"#)?;
    /// assert_eq!(i.report().count(AifNoteKind::Transition), 1);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn count(&self, kind: AifNoteKind) -> usize {
        self.notes.iter().filter(|n| n.kind == kind).count()
    }

    /// How many nodes of an AIF type (`"I"`, `"CA"`, ...) the file held.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "1", "type": "I", "text": "x"}]}"#)?;
    /// assert_eq!(i.report().node_count("I"), 1);
    /// assert_eq!(i.report().node_count("RA"), 0);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn node_count(&self, node_type: &str) -> usize {
        self.node_types.get(node_type).copied().unwrap_or(0)
    }

    fn note(&mut self, kind: AifNoteKind, path: String, node: Option<&str>, message: String) {
        self.notes.push(AifNote {
            kind,
            path,
            node: node.map(str::to_owned),
            message,
        });
    }
}

impl fmt::Display for AifReport {
    /// A summary: node counts by type, then notes counted by kind.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let types: Vec<String> = self
            .node_types
            .iter()
            .map(|(t, n)| format!("{t}: {n}"))
            .collect();
        writeln!(f, "AIF nodes read: {}", types.join(", "))?;
        let mut counts: BTreeMap<AifNoteKind, usize> = BTreeMap::new();
        for n in &self.notes {
            *counts.entry(n.kind).or_default() += 1;
        }
        if counts.is_empty() {
            writeln!(f, "everything was carried over")?;
        }
        for (kind, n) in counts {
            writeln!(f, "{n} × {kind}")?;
        }
        Ok(())
    }
}

/// A graph read from AIF, the report of what was not carried over, and which statement each
/// I node became.
///
///
/// # Import
///
/// - An **I** node (information) becomes a statement. If it is the premise of a **CA** node
///   (conflict: `I -> CA -> I`) it becomes a [`Rebuttal`] answering what the CA node points at;
///   otherwise a [`Claim`] whose speech act is read from the YA node anchoring it
///   ("Disagreeing" or "Denying": denial; "Warning", "Threatening", "Predicting"; anything
///   else, "Accusing" included since AIF does not name the accused: assertion).
/// - A **CA** node's text names the rebuttal kind when it is one of ours (`denial`,
///   `dismissal`, ...; this is what export writes); AIFdb's "Default Conflict" and other
///   schemes become [`RebuttalKind::Denial`]. A CA node that attacks an **RA** node (an
///   undercutter) becomes an [`RebuttalKind::Undercut`] rebuttal of the RA node's conclusion,
///   and the report says so.
/// - An **RA** node (inference) becomes one [`Support`] per premise and conclusion.
/// - **L** (locution) nodes, anchored to I nodes through **YA** nodes (`L -> YA -> I`), and the
///   `locutions` table carry the speaker (the text before ` : ` in the L node, as AIFdb writes
///   it, or else `person N` from `personID`) and the date of utterance (`start`). Speakers
///   become actors of kind [`ActorKind::Unknown`], one per `personID` (or per name when there is
///   no `personID`); statements nobody is known to have said are by an actor named
///   `unknown speaker`. Where a map keeps L nodes but not the YA anchors of assertions (the
///   QT30 maps), an I node whose text is an L node's utterance, ignoring case and punctuation,
///   is taken to be that locution's.
/// - Not representable, and reported: **MA** (rephrase), **PA** (preference), **TA**
///   (transition) nodes, YA nodes that anchor no I node (the "Arguing" of an inference), RA
///   or CA nodes that
///   point at other schemes, nodes of unknown type, edges to unknown nodes, and the node
///   `timestamp`s (the time of annotation, not of utterance).
///
/// # Export
///
/// Each claim and rebuttal is written as an I node with an L node (`Speaker : text`), a YA
/// node (the claim's illocution: "Asserting", "Accusing", "Denying", "Warning",
/// "Threatening", "Predicting"; "Disagreeing" for a rebuttal) and a locution (`personID` is
/// the actor's number, `start` the statement's date), each rebuttal answer as a CA node named by the rebuttal's kind, each support as an RA node.
///
/// Export then import keeps: the claims (text, claimant's name, date, speech act except
/// accusation, which comes back as an assertion), the rebuttals (text,
/// author's name, kind, the statements answered, in order, and date), the supports (premise,
/// conclusion, text). It does not keep: accusations as such, whom a claim is about,
/// speakers' names containing ` : ` (the L-node separator), motives, aims, actor kinds and codes, actors who say nothing, relations, events and sources.
///
/// ```
/// use claimgraph::ClaimGraph;
/// let import = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": "n1", "type": "I", "text": "x"}]}"#)?;
/// let c = import.statement("n1").unwrap();
/// assert_eq!(import.graph().statement(c).unwrap().text(), "x");
/// let (graph, report) = import.into_parts();
/// assert_eq!(graph.claim_count(), 1);
/// assert!(report.notes().is_empty());
/// # Ok::<(), claimgraph::ImportError>(())
/// ```
#[derive(Clone, Debug)]
pub struct AifImport {
    graph: ClaimGraph,
    report: AifReport,
    statements: BTreeMap<String, StatementId>,
}

impl AifImport {
    /// The graph.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert!(ClaimGraph::from_aif(r#"{"nodes": []}"#)?.graph().is_empty());
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn graph(&self) -> &ClaimGraph {
        &self.graph
    }

    /// The report.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// assert!(ClaimGraph::from_aif(r#"{"nodes": []}"#)?.report().notes().is_empty());
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn report(&self) -> &AifReport {
        &self.report
    }

    /// The statement an I node (by AIF `nodeID`) became.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let i = ClaimGraph::from_aif(r#"{"nodes": [{"nodeID": 5, "type": "I", "text": "x"}]}"#)?;
    /// assert!(i.statement("5").is_some());
    /// assert!(i.statement("6").is_none());
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn statement(&self, node: &str) -> Option<StatementId> {
        self.statements.get(node).copied()
    }

    /// The graph and the report.
    ///
    /// ```
    /// # use claimgraph::ClaimGraph;
    /// let (g, r) = ClaimGraph::from_aif(r#"{"nodes": []}"#)?.into_parts();
    /// assert!(g.is_empty() && r.notes().is_empty());
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn into_parts(self) -> (ClaimGraph, AifReport) {
        (self.graph, self.report)
    }
}

// ---- reading ----------------------------------------------------------------------------

fn err(kind: ImportErrorKind, line: Option<u64>, path: &str, message: &str) -> ImportError {
    ImportError::new(InterchangeFormat::Aif, kind, line, path, message)
}

fn json_error(e: &serde_json::Error) -> ImportError {
    let kind = if e.is_io() {
        ImportErrorKind::Io
    } else {
        ImportErrorKind::Syntax
    };
    let line = (e.line() > 0).then(|| e.line() as u64);
    err(kind, line, "", &e.to_string())
}

/// An AIF id: a string, or a number written as a string.
fn id_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn text_of(v: Option<&Value>) -> &str {
    v.and_then(Value::as_str).unwrap_or("")
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

struct Node {
    id: String,
    ty: NodeType,
    text: String,
    path: String,
}

/// A speaker: the key that identifies them (`personID`, else name) and their name.
#[derive(Clone)]
struct Speaker {
    key: String,
    name: String,
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
    }
}

fn scheme_text(text: &str, default: &str) -> String {
    if text == default {
        String::new()
    } else {
        text.to_owned()
    }
}

impl ClaimGraph {
    /// Reads an AIF (AIFdb JSON) argument map; see [`AifImport`] for how each
    /// node type is mapped and what is reported as not representable.
    ///
    /// # Errors
    /// [`ImportError`] when the text is not JSON or has no `nodes` array. Single malformed
    /// nodes, edges and locutions do not stop the import; they are noted in the report.
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
    /// assert_eq!(r.answers(), [import.statement("1").unwrap()]);
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn from_aif(json: &str) -> Result<AifImport, ImportError> {
        let value: Value = serde_json::from_str(json).map_err(|e| json_error(&e))?;
        import(&value)
    }

    /// Reads AIF from a reader; as [`from_aif`](Self::from_aif).
    ///
    /// # Errors
    /// As [`from_aif`](Self::from_aif), and [`ImportErrorKind::Io`] when reading fails.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let import = ClaimGraph::from_aif_reader(&br#"{"nodes": []}"#[..])?;
    /// assert!(import.graph().is_empty());
    /// # Ok::<(), claimgraph::ImportError>(())
    /// ```
    pub fn from_aif_reader(reader: impl Read) -> Result<AifImport, ImportError> {
        let value: Value =
            serde_json::from_reader(std::io::BufReader::new(reader)).map_err(|e| json_error(&e))?;
        import(&value)
    }

    /// The graph as AIF JSON (pretty-printed); see [`AifImport`] for what
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

struct Importer {
    graph: ClaimGraph,
    report: AifReport,
    actors: HashMap<String, ActorId>,
    unknown: Option<ActorId>,
}

impl Importer {
    fn actor(&mut self, speaker: Option<&Speaker>) -> Option<ActorId> {
        let Some(s) = speaker else {
            if let Some(a) = self.unknown {
                return Some(a);
            }
            let a = self
                .graph
                .add_actor(Actor::new("unknown speaker", ActorKind::Unknown))
                .ok()?;
            self.unknown = Some(a);
            return Some(a);
        };
        if let Some(&a) = self.actors.get(&s.key) {
            return Some(a);
        }
        let a = self
            .graph
            .add_actor(Actor::new(s.name.clone(), ActorKind::Unknown))
            .ok()?;
        self.actors.insert(s.key.clone(), a);
        Some(a)
    }
}

#[allow(clippy::too_many_lines)] // one pass per layer of the format, in order
fn import(value: &Value) -> Result<AifImport, ImportError> {
    let root = value.as_object().ok_or_else(|| {
        err(
            ImportErrorKind::Structure,
            None,
            "$",
            "expected a JSON object",
        )
    })?;
    let raw_nodes = match root.get("nodes") {
        Some(Value::Array(a)) => a.as_slice(),
        Some(_) => {
            return Err(err(
                ImportErrorKind::Structure,
                None,
                "nodes",
                "expected an array of nodes",
            ));
        }
        None => {
            return Err(err(
                ImportErrorKind::Structure,
                None,
                "nodes",
                "missing: an AIF map has `nodes`",
            ));
        }
    };
    let empty = Vec::new();
    let raw_edges = root
        .get("edges")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    let raw_locutions = root
        .get("locutions")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    let mut report = AifReport::default();

    // Nodes.
    let mut nodes: Vec<Node> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut timestamps = 0usize;
    for (i, n) in raw_nodes.iter().enumerate() {
        let path = format!("nodes[{i}]");
        let Some(obj) = n.as_object() else {
            report.note(AifNoteKind::Malformed, path, None, "not an object".into());
            continue;
        };
        let (Some(id), Some(ty)) = (
            id_of(obj.get("nodeID")),
            obj.get("type").and_then(Value::as_str),
        ) else {
            report.note(
                AifNoteKind::Malformed,
                path,
                None,
                "a node needs a `nodeID` and a string `type`".into(),
            );
            continue;
        };
        if index.contains_key(&id) {
            report.note(
                AifNoteKind::Dangling,
                path,
                Some(&id),
                format!("node id {id} appears again; the first is kept"),
            );
            continue;
        }
        *report.node_types.entry(ty.to_owned()).or_default() += 1;
        if obj.contains_key("timestamp") {
            timestamps += 1;
        }
        index.insert(id.clone(), nodes.len());
        nodes.push(Node {
            id,
            ty: NodeType::of(ty),
            text: text_of(obj.get("text")).to_owned(),
            path,
        });
    }

    // Edges, as adjacency lists in file order.
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let mut into: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for (i, e) in raw_edges.iter().enumerate() {
        let path = format!("edges[{i}]");
        let Some(obj) = e.as_object() else {
            report.note(AifNoteKind::Malformed, path, None, "not an object".into());
            continue;
        };
        let (Some(from), Some(to)) = (id_of(obj.get("fromID")), id_of(obj.get("toID"))) else {
            report.note(
                AifNoteKind::Malformed,
                path,
                None,
                "an edge needs `fromID` and `toID`".into(),
            );
            continue;
        };
        match (index.get(&from), index.get(&to)) {
            (Some(&f), Some(&t)) => {
                out[f].push(t);
                into[t].push(f);
            }
            _ => report.note(
                AifNoteKind::Dangling,
                path,
                None,
                format!("edge {from} -> {to} names a node that is not in the file"),
            ),
        }
    }

    // Locutions: speaker key and date of utterance, by node.
    let mut locution: HashMap<usize, (Option<String>, Option<PartialDate>)> = HashMap::new();
    for (i, l) in raw_locutions.iter().enumerate() {
        let path = format!("locutions[{i}]");
        let Some(obj) = l.as_object() else {
            report.note(AifNoteKind::Malformed, path, None, "not an object".into());
            continue;
        };
        let Some(&node) = id_of(obj.get("nodeID")).and_then(|id| index.get(&id)) else {
            report.note(
                AifNoteKind::Dangling,
                path,
                None,
                "a locution names no node of the file".into(),
            );
            continue;
        };
        let person = id_of(obj.get("personID"));
        let start = match obj.get("start") {
            Some(Value::String(s)) => {
                let d = date_of(s);
                if d.is_none() {
                    report.note(
                        AifNoteKind::Date,
                        format!("{path}.start"),
                        Some(&nodes[node].id),
                        format!("cannot read {s:?} as a date"),
                    );
                }
                d
            }
            _ => None,
        };
        locution.entry(node).or_insert((person, start));
    }

    let speaker_of_node = |n: usize| -> Option<Speaker> {
        let (person, _) = locution.get(&n).cloned().unwrap_or((None, None));
        let named = if nodes[n].ty == NodeType::L {
            speaker_of(&nodes[n].text)
        } else {
            None
        };
        match (person, named) {
            (Some(p), Some(name)) => Some(Speaker {
                key: format!("#{p}"),
                name: name.to_owned(),
            }),
            (Some(p), None) => Some(Speaker {
                key: format!("#{p}"),
                name: format!("person {p}"),
            }),
            (None, Some(name)) => Some(Speaker {
                key: name.to_owned(),
                name: name.to_owned(),
            }),
            (None, None) => None,
        }
    };
    let date_of_node = |n: usize| locution.get(&n).and_then(|(_, d)| *d);

    // Speaker and date of each I node: its own locution, or the L node anchored to it.
    let mut said: HashMap<usize, (Option<Speaker>, Option<PartialDate>)> = HashMap::new();
    let mut illocution: HashMap<usize, SpeechAct> = HashMap::new();
    for (n, node) in nodes.iter().enumerate() {
        match node.ty {
            NodeType::I => {
                if locution.contains_key(&n) {
                    said.insert(n, (speaker_of_node(n), date_of_node(n)));
                }
            }
            NodeType::Ya => {
                let targets: Vec<usize> = out[n]
                    .iter()
                    .copied()
                    .filter(|&t| nodes[t].ty == NodeType::I)
                    .collect();
                let from_l = into[n]
                    .iter()
                    .copied()
                    .find(|&f| nodes[f].ty == NodeType::L);
                if targets.is_empty() {
                    report.note(
                        AifNoteKind::Illocution,
                        node.path.clone(),
                        Some(&node.id),
                        format!("illocution {:?} anchors no I node", node.text),
                    );
                }
                for &t in &targets {
                    illocution.entry(t).or_insert_with(|| act_of(&node.text));
                    if let Some(l) = from_l {
                        said.entry(t)
                            .or_insert_with(|| (speaker_of_node(l), date_of_node(l)));
                    }
                }
            }
            NodeType::Ma => report.note(
                AifNoteKind::Rephrase,
                node.path.clone(),
                Some(&node.id),
                "a rephrase (MA) relation between statements is not represented".into(),
            ),
            NodeType::Pa => report.note(
                AifNoteKind::Preference,
                node.path.clone(),
                Some(&node.id),
                "a preference (PA) between arguments is not represented".into(),
            ),
            NodeType::Ta => report.note(
                AifNoteKind::Transition,
                node.path.clone(),
                Some(&node.id),
                "a dialogue transition (TA) is not represented".into(),
            ),
            NodeType::Other => report.note(
                AifNoteKind::UnknownType,
                node.path.clone(),
                Some(&node.id),
                "this node type is not part of AIF".into(),
            ),
            NodeType::L | NodeType::Ra | NodeType::Ca => {}
        }
    }
    // Maps such as QT30's keep the L nodes but not the YA anchors of assertions: an I node
    // whose text is an L node's utterance (ignoring case and punctuation) is that locution's.
    let mut utterances: HashMap<String, usize> = HashMap::new();
    for (n, node) in nodes.iter().enumerate() {
        if node.ty == NodeType::L {
            let utterance = node
                .text
                .split_once(" : ")
                .or_else(|| node.text.split_once(':'))
                .map_or(node.text.as_str(), |(_, u)| u);
            let key = normalise(utterance);
            if !key.is_empty() {
                utterances.entry(key).or_insert(n);
            }
        }
    }
    for (n, node) in nodes.iter().enumerate() {
        if node.ty == NodeType::I
            && !said.contains_key(&n)
            && let Some(&l) = utterances.get(&normalise(&node.text))
        {
            said.insert(n, (speaker_of_node(l), date_of_node(l)));
        }
    }
    if timestamps > 0 {
        report.note(
            AifNoteKind::Timestamps,
            "nodes".into(),
            None,
            format!(
                "{timestamps} node timestamps record when the map was annotated; statements are dated from locutions instead"
            ),
        );
    }

    // Which I nodes attack, and what.
    let mut attacks: BTreeMap<usize, Vec<(usize, RebuttalKind)>> = BTreeMap::new();
    for (n, node) in nodes.iter().enumerate() {
        if node.ty != NodeType::Ca {
            continue;
        }
        let premises: Vec<usize> = into[n]
            .iter()
            .copied()
            .filter(|&f| nodes[f].ty == NodeType::I)
            .collect();
        let mut targets: Vec<(usize, RebuttalKind)> = Vec::new();
        for &t in &out[n] {
            match nodes[t].ty {
                NodeType::I => targets.push((t, rebuttal_kind(&node.text))),
                NodeType::Ra => {
                    let conclusions: Vec<usize> = out[t]
                        .iter()
                        .copied()
                        .filter(|&c| nodes[c].ty == NodeType::I)
                        .collect();
                    report.note(
                        AifNoteKind::Undercut,
                        node.path.clone(),
                        Some(&node.id),
                        format!(
                            "attacks inference {}; imported as an undercut of its conclusion",
                            nodes[t].id
                        ),
                    );
                    targets.extend(conclusions.into_iter().map(|c| (c, RebuttalKind::Undercut)));
                }
                _ => {}
            }
        }
        if premises.is_empty() || targets.is_empty() {
            report.note(
                AifNoteKind::Scheme,
                node.path.clone(),
                Some(&node.id),
                "a conflict needs an I-node premise and an I-node (or inference) target".into(),
            );
            continue;
        }
        for &p in &premises {
            for &(t, kind) in &targets {
                if p == t {
                    report.note(
                        AifNoteKind::SelfReference,
                        node.path.clone(),
                        Some(&node.id),
                        format!("I node {} attacks itself", nodes[p].id),
                    );
                    continue;
                }
                let list = attacks.entry(p).or_default();
                if !list.iter().any(|&(x, _)| x == t) {
                    list.push((t, kind));
                }
            }
        }
    }

    let mut im = Importer {
        graph: ClaimGraph::new(),
        report,
        actors: HashMap::new(),
        unknown: None,
    };
    let mut statements: HashMap<usize, StatementId> = HashMap::new();
    let said_of = |n: usize| said.get(&n).cloned().unwrap_or((None, None));

    // Claims: I nodes that attack nothing.
    let add_claim = |im: &mut Importer, n: usize| -> Option<StatementId> {
        let (speaker, date) = said_of(n);
        let by = im.actor(speaker.as_ref())?;
        let act = illocution.get(&n).copied().unwrap_or(SpeechAct::Assertion);
        let mut claim = Claim::new(by, act, Allegation::new(nodes[n].text.clone()));
        if let Some(d) = date {
            claim = claim.with_stated(d);
        }
        im.graph.add_claim(claim).ok().map(StatementId::from)
    };
    for (n, node) in nodes.iter().enumerate() {
        if node.ty == NodeType::I
            && !attacks.contains_key(&n)
            && let Some(s) = add_claim(&mut im, n)
        {
            statements.insert(n, s);
        }
    }

    // Rebuttals: each added as soon as one statement it answers exists, found through a
    // queue of the attackers of every statement added (linear, whatever the node order);
    // answers added later are filled in afterwards, so attack cycles come out whole.
    let mut attackers: HashMap<usize, Vec<usize>> = HashMap::new();
    for (&n, list) in &attacks {
        for &(t, _) in list {
            attackers.entry(t).or_default().push(n);
        }
    }
    let mut queue: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    for (n, _) in nodes.iter().enumerate() {
        if statements.contains_key(&n) {
            queue.extend(attackers.get(&n).into_iter().flatten().copied());
        }
    }
    let mut partial: Vec<usize> = Vec::new();
    let mut unplaced = attacks.keys().copied();
    loop {
        while let Some(n) = queue.pop_front() {
            if statements.contains_key(&n) {
                continue;
            }
            let list = &attacks[&n];
            let known: Vec<StatementId> = list
                .iter()
                .filter_map(|(t, _)| statements.get(t).copied())
                .collect();
            let Some((first, rest)) = known.split_first() else {
                continue;
            };
            let (speaker, date) = said_of(n);
            let Some(by) = im.actor(speaker.as_ref()) else {
                continue;
            };
            let mut r = Rebuttal::new(by, list[0].1, *first).with_text(nodes[n].text.clone());
            for s in rest {
                r = r.answering(*s);
            }
            if let Some(d) = date {
                r = r.with_stated(d);
            }
            if let Ok(id) = im.graph.add_rebuttal(r) {
                statements.insert(n, id.into());
                if known.len() < list.len() {
                    partial.push(n);
                }
                queue.extend(attackers.get(&n).into_iter().flatten().copied());
            }
        }
        // What is left attacks only statements that attack back, with no claim to start
        // from: start the first as a claim.
        let Some(n) = unplaced.find(|n| !statements.contains_key(n)) else {
            break;
        };
        im.report.note(
            AifNoteKind::AttackCycle,
            nodes[n].path.clone(),
            Some(&nodes[n].id),
            "attacks only statements that attack back; imported as a claim, its attacks dropped"
                .into(),
        );
        if let Some(s) = add_claim(&mut im, n) {
            statements.insert(n, s);
            queue.extend(attackers.get(&n).into_iter().flatten().copied());
        }
    }
    for n in partial {
        let Some(id) = statements.get(&n).and_then(|s| s.as_rebuttal()) else {
            continue;
        };
        let Some(old) = im.graph.rebuttal(id).cloned() else {
            continue;
        };
        let answers: Vec<StatementId> = attacks[&n]
            .iter()
            .filter_map(|(t, _)| statements.get(t).copied())
            .collect();
        let Some((first, rest)) = answers.split_first() else {
            continue;
        };
        let mut r = Rebuttal::new(old.by(), old.kind(), *first).with_text(old.text().to_owned());
        for s in rest {
            r = r.answering(*s);
        }
        if let Some(d) = old.stated() {
            r = r.with_stated(d);
        }
        let _ = im.graph.replace_rebuttal(id, r);
    }

    // Supports.
    for (n, node) in nodes.iter().enumerate() {
        if node.ty != NodeType::Ra {
            continue;
        }
        let premises: Vec<usize> = into[n]
            .iter()
            .copied()
            .filter(|&f| nodes[f].ty == NodeType::I)
            .collect();
        let conclusions: Vec<usize> = out[n]
            .iter()
            .copied()
            .filter(|&t| nodes[t].ty == NodeType::I)
            .collect();
        if premises.is_empty() || conclusions.is_empty() || out[n].len() != conclusions.len() {
            im.report.note(
                AifNoteKind::Scheme,
                node.path.clone(),
                Some(&node.id),
                "an inference needs I-node premises and I-node conclusions; links to other schemes are dropped"
                    .into(),
            );
        }
        for &p in &premises {
            for &c in &conclusions {
                let (Some(&ps), Some(&cs)) = (statements.get(&p), statements.get(&c)) else {
                    continue;
                };
                if ps == cs {
                    im.report.note(
                        AifNoteKind::SelfReference,
                        node.path.clone(),
                        Some(&node.id),
                        format!("I node {} supports itself", nodes[p].id),
                    );
                    continue;
                }
                let text = scheme_text(&node.text, "Default Inference");
                let _ = im.graph.add_support(Support::new(ps, cs).with_text(text));
            }
        }
    }

    let statements = statements
        .into_iter()
        .map(|(n, s)| (nodes[n].id.clone(), s))
        .collect();
    Ok(AifImport {
        graph: im.graph,
        report: im.report,
        statements,
    })
}

// ---- writing ----------------------------------------------------------------------------

/// AIF's timestamp form, for dates precise to the day or better.
fn aif_timestamp(d: PartialDate) -> Option<String> {
    match d.precision() {
        Precision::Year | Precision::Month => None,
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

//! STIX 2.1 bundles, the JSON of threat-intelligence platforms (OpenCTI, MISP) and of the
//! DISARM framework: a claim graph written as a bundle, and bundles read into a claim graph.
//!
//! # Written
//!
//! [`ClaimGraph::to_stix`] (or a [`Writer`] with a creation time) writes one bundle. Every
//! object is a STIX 2.1 object that the OASIS validator (`stix2-validator`) accepts; what
//! STIX has no property for travels in one property extension (below), never in ad-hoc
//! `x_` properties.
//!
//! | claim graph | STIX 2.1 |
//! |---|---|
//! | an actor | `identity` (`identity_class` `individual` for persons, `group` for collectives, `unknown`, else `organization`); a Wikidata item as an `external_references` entry (`source_name` `wikidata`) |
//! | a relation between actors | `relationship` (`part-of` for member of and part of, `related-to` for ally of and speaks for), `start_time`/`stop_time` from its interval |
//! | an accusation about actors | a `campaign` standing for the alleged activity (its `description` is the statement) and one `relationship` `attributed-to` per accused actor, with the statement as `description`; `created_by_ref` is the accuser |
//! | any other claim | a `note`: `abstract` the speech act, `content` the statement, `authors` the claimant, `object_refs` the actors it is about and the events it cites |
//! | a rebuttal | an `opinion` on what it answers (the campaign and its attributions, the note, or the opinion it answers): `strongly-disagree` for denials and counter-accusations, `disagree` otherwise; the text as `explanation`, the speaker as `authors` and `created_by_ref` |
//! | a support | a `relationship` `related-to` from the premise to the conclusion |
//! | an event | an `incident` |
//! | a source | a `report` (`published` its date) whose `object_refs` are what cites it; its address also as an `external_references` entry of every object citing it |
//! | a statement's date | the `created` and `modified` of its objects (start of the day, month or year it names) |
//!
//! # The extension
//!
//! STIX has no place for a speech act, a rebuttal's kind, a date's precision (STIX
//! timestamps are instants), CAMEO and PLOVER codes, motives, aims, aliases of an
//! `identity`, roles in events, source kinds or reporting chains. Each object written
//! carries one property extension, defined once in the bundle by an `extension-definition`
//! whose id is [`EXTENSION_ID`]:
//!
//! ```json
//! "extensions": {
//!   "extension-definition--…": {
//!     "extension_type": "property-extension",
//!     "id": "C0",
//!     "entity": { "claimant": "A0", "act": "accusation", "about": ["A1"], "stated": "2023-11", … }
//!   }
//! }
//! ```
//!
//! `id` is the entity's claim graph id and `entity` the entity exactly as the claim graph
//! [document](crate::document) writes it (the document's format is the extension's schema:
//! one documented, versioned shape, with references as claim graph ids). An `attributed-to`
//! relationship of an accusation carries only `id` (its claim's). The `identity` standing for
//! claimgraph itself (the extension's creator) carries `next_ids`. Reading a bundle that has
//! the extension therefore gives the graph back as it was, ids included; where a STIX tool
//! changed the STIX properties that say the same (an actor's `name`, a statement's
//! `description`, `content` or `explanation`, a report's `name`), those win.
//!
//! # Read
//!
//! [`ClaimGraph::from_stix`] reads any bundle. Objects with the extension are read as
//! above; every other object as follows, and the [`Report`] names each object left out or
//! cut (by its STIX id):
//!
//! | STIX 2.1 | claim graph |
//! |---|---|
//! | `identity`, `threat-actor`, `intrusion-set` | an actor (kind from `identity_class` or `threat_actor_types`; `aliases` kept) |
//! | `relationship` `attributed-to` whose target is an actor | an accusation about the target, by the `created_by_ref` of the relationship or of a `report` listing it, its statement the `description` or "*source* is attributed to *target*"; the source, if an event, is cited |
//! | `campaign`, `incident`, `observed-data` | an event (`first_seen`/`first_observed` as its date) |
//! | `report` | a source (an article; `published` as its date, the first URL of `external_references`) cited by the claims it lists |
//! | `note` | an assertion by its author about the actors it names |
//! | `opinion` `disagree`/`strongly-disagree` | a dismissal/denial by its author of the statements it names |
//! | `relationship` `part-of` between actors | a part-of relation |
//!
//! Timestamps at midnight UTC are read as days; others as instants. Everything else
//! (indicators, malware, attack patterns, sightings, SCOs, custom objects, agreeing
//! opinions, other relationship types) is a finding of kind [`FindingKind::NotRepresented`];
//! properties of a kept object that have no place are a [`FindingKind::Dropped`] naming them.
//!
//! # Lost
//!
//! Writing loses nothing a claim graph holds (the extension keeps it), but a STIX tool that
//! ignores extensions sees no speech acts, kinds or date precision. Reading a foreign bundle
//! keeps the attribution network, events, reports, notes and disagreeing opinions; the
//! technical content of CTI (indicators, malware, observables, kill chains) is left out.
//!
//! ```
//! use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, Rebuttal, RebuttalKind, SpeechAct};
//! let mut g = ClaimGraph::new();
//! let fi = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
//! let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
//! let c = g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new("steering migrants"))
//!     .with_about(ru).with_stated("2023-11".parse().unwrap()))?;
//! g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c).with_text("We do not accept this"))?;
//! let bundle = g.to_stix();
//! assert_eq!(bundle, g.to_stix()); // deterministic ids and order
//! let back = ClaimGraph::from_stix(&bundle).unwrap();
//! assert_eq!(back.graph(), &g);
//! # Ok::<(), claimgraph::Error>(())
//! ```

use super::intern::quote;
use super::{Format, ImportError, ImportErrorKind, Limits, Position, read_bounded, too_deep};
use crate::{
    Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, EntityId, EntityKind, Event, EventId,
    PartialDate, Rebuttal, RebuttalKind, Relation, RelationKind, Source, SourceKind, SpeechAct,
    StatementId,
};
use chrono::{DateTime, NaiveDateTime, Timelike, Utc};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::io::Read;
use uuid::Uuid;

/// The namespace of every UUIDv5 this module makes (itself the UUIDv5 of the name
/// `claimgraph.stix` in the URL namespace). An object's id is the UUIDv5 of its claim graph
/// id and content in this namespace, so the same graph always writes the same ids, and
/// two different entities never share one.
///
/// ```
/// use claimgraph::io::stix::NAMESPACE;
/// assert_eq!(NAMESPACE.get_version_num(), 5);
/// ```
pub const NAMESPACE: Uuid = Uuid::from_u128(0xd840_054f_293e_5df2_8358_90d6_9f21_d0ed);

/// The id of the `extension-definition` every written bundle carries, and under which each
/// object keeps what STIX cannot say (see [the module docs](self#the-extension)).
///
/// ```
/// use claimgraph::io::stix::EXTENSION_ID;
/// assert!(EXTENSION_ID.starts_with("extension-definition--"));
/// ```
pub const EXTENSION_ID: &str = "extension-definition--5ef24a3d-04c5-5286-83f0-83e146e0251e";

/// The `identity` standing for claimgraph, creator of the extension definition.
const CREATOR_ID: &str = "identity--31db8536-76cd-5fdf-83e5-7c075a3f7eb9";

/// Where the extension is documented, as the definition's `schema`.
const SCHEMA_URL: &str = "https://docs.rs/claimgraph/latest/claimgraph/io/stix/index.html";

/// Object types this reader counts as actors.
const ACTOR_TYPES: [&str; 3] = ["identity", "threat-actor", "intrusion-set"];

/// Properties every STIX object may have that a claim graph does not need: never reported
/// as dropped.
const COMMON: [&str; 13] = [
    "type",
    "id",
    "spec_version",
    "created",
    "modified",
    "created_by_ref",
    "object_marking_refs",
    "granular_markings",
    "lang",
    "revoked",
    "confidence",
    "labels",
    "extensions",
];

/// What a STIX import found: an object left out, or part of one.
///
/// ```
/// use claimgraph::io::stix::FindingKind;
/// assert_eq!(FindingKind::NotRepresented.to_string(), "object not represented");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FindingKind {
    /// Not an object, or without a string `type` and `id`: skipped.
    Malformed,
    /// An id given to a second object: the first is kept.
    Duplicate,
    /// An object type (or relationship type, or opinion) a claim graph has no place for:
    /// left out.
    NotRepresented,
    /// An object was kept, but some of its properties have no place: they are named.
    Dropped,
    /// A reference to an object missing from the bundle or left out: dropped, or the object
    /// skipped when it cannot stand without it.
    Dangling,
    /// The claimgraph extension could not be read (edited by hand?): the objects carrying it
    /// were read as plain STIX.
    Extension,
    /// The graph refused the entity: skipped.
    Rejected,
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FindingKind::Malformed => "malformed object",
            FindingKind::Duplicate => "duplicate id",
            FindingKind::NotRepresented => "object not represented",
            FindingKind::Dropped => "properties not represented",
            FindingKind::Dangling => "reference to a missing object",
            FindingKind::Extension => "unreadable claimgraph extension",
            FindingKind::Rejected => "refused by the graph",
        })
    }
}

/// The report of a STIX import.
pub type Report = super::Report<FindingKind>;
/// One finding of a STIX import.
pub type Finding = super::Finding<FindingKind>;
/// A graph read from STIX, and its report.
pub type Import = super::Import<FindingKind>;

// ---- writing ------------------------------------------------------------------------------

/// Writes bundles; holds the one timestamp written where an object has no date of its own
/// (the creation time STIX requires of every object).
///
/// The default is the Unix epoch, so that output depends on the graph alone; pass the time of
/// export for bundles that go into a platform.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::stix::Writer;
/// let at = "2026-01-05T10:00:00Z".parse().unwrap();
/// let bundle = Writer::new().with_created(at).write(&ClaimGraph::new());
/// assert!(bundle.contains("\"created\": \"2026-01-05T10:00:00.000Z\""));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Writer {
    created: DateTime<Utc>,
}

impl Default for Writer {
    fn default() -> Self {
        Writer {
            created: DateTime::<Utc>::UNIX_EPOCH,
        }
    }
}

impl Writer {
    /// A writer with the epoch as default creation time.
    ///
    /// ```
    /// use claimgraph::io::stix::Writer;
    /// assert_eq!(Writer::new(), Writer::default());
    /// ```
    pub fn new() -> Self {
        Writer::default()
    }

    /// Sets the creation time written on objects without a date of their own.
    ///
    /// ```
    /// use claimgraph::io::stix::Writer;
    /// let w = Writer::new().with_created("2026-01-05T10:00:00Z".parse().unwrap());
    /// assert_ne!(w, Writer::new());
    /// ```
    #[must_use]
    pub fn with_created(mut self, at: DateTime<Utc>) -> Self {
        self.created = at;
        self
    }

    /// The bundle, pretty-printed, objects in a fixed order (the definition, then actors,
    /// relations, sources, events, claims, rebuttals, supports, each in id order).
    ///
    /// # Complexity
    /// O((n + r) log n) for n entities and r references.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph};
    /// use claimgraph::io::stix::Writer;
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("NATO", ActorKind::Alliance))?;
    /// let bundle: serde_json::Value = serde_json::from_str(&Writer::new().write(&g)).unwrap();
    /// assert_eq!(bundle["objects"][2]["type"], "identity");
    /// assert_eq!(bundle["objects"][2]["name"], "NATO");
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn write(&self, g: &ClaimGraph) -> String {
        let bundle = Out::new(g, stamp_of(self.created)).bundle();
        serde_json::to_string_pretty(&bundle).unwrap_or_default()
    }
}

/// A STIX timestamp: UTC, milliseconds, `Z`.
fn stamp_of(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// The start of a date as a STIX timestamp, when the year is one STIX can write.
fn stamp(d: PartialDate) -> Option<String> {
    let utc: NaiveDateTime = match d.as_instant() {
        Some(t) => t.naive_utc(),
        None => d.local_span().0,
    };
    (1..=9999)
        .contains(&d.year_number())
        .then(|| stamp_of(utc.and_utc()))
}

fn uuid5(key: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, key.as_bytes())
}

/// The STIX ids of one entity's objects: the main one, and for an accusation one
/// `attributed-to` relationship per accused actor.
struct Ids {
    main: String,
    attributions: Vec<String>,
}

struct Out<'g> {
    g: &'g ClaimGraph,
    default_stamp: String,
    ids: HashMap<EntityId, Ids>,
    /// The objects citing each source, by STIX id.
    citing: BTreeMap<crate::SourceId, Vec<String>>,
}

fn is_attribution(c: &Claim) -> bool {
    c.act() == SpeechAct::Accusation && !c.about().is_empty()
}

impl<'g> Out<'g> {
    fn new(g: &'g ClaimGraph, default_stamp: String) -> Self {
        let mut out = Out {
            g,
            default_stamp,
            ids: HashMap::new(),
            citing: BTreeMap::new(),
        };
        let mut put = |id: EntityId, ty: &str, content: Value, attributions: usize| {
            let key = format!("{id}\n{content}");
            let main = format!("{ty}--{}", uuid5(&key));
            let attributions = (0..attributions)
                .map(|i| {
                    format!(
                        "relationship--{}",
                        uuid5(&format!("{key}\nattributed-to {i}"))
                    )
                })
                .collect();
            out.ids.insert(id, Ids { main, attributions });
        };
        let value = |e: &dyn erased::ToValue| e.to_value();
        for (id, a) in g.actors() {
            put(id.into(), "identity", value(a), 0);
        }
        for (id, r) in g.relations() {
            put(id.into(), "relationship", value(r), 0);
        }
        for (id, s) in g.sources() {
            put(id.into(), "report", value(s), 0);
        }
        for (id, e) in g.events() {
            put(id.into(), "incident", value(e), 0);
        }
        for (id, c) in g.claims() {
            if is_attribution(c) {
                put(id.into(), "campaign", value(c), c.about().len());
            } else {
                put(id.into(), "note", value(c), 0);
            }
        }
        for (id, r) in g.rebuttals() {
            put(id.into(), "opinion", value(r), 0);
        }
        for (id, p) in g.supports() {
            put(id.into(), "relationship", value(p), 0);
        }
        let mut citing: BTreeMap<crate::SourceId, Vec<String>> = BTreeMap::new();
        let mut cite = |sources: &[crate::SourceId], id: EntityId, ids: &HashMap<EntityId, Ids>| {
            for &s in sources {
                if let Some(i) = ids.get(&id) {
                    let list = citing.entry(s).or_default();
                    list.push(i.main.clone());
                    list.extend(i.attributions.iter().cloned());
                }
            }
        };
        for (id, r) in g.relations() {
            cite(r.sources(), id.into(), &out.ids);
        }
        for (id, e) in g.events() {
            cite(e.sources(), id.into(), &out.ids);
        }
        for (id, c) in g.claims() {
            cite(c.sources(), id.into(), &out.ids);
        }
        for (id, r) in g.rebuttals() {
            cite(r.sources(), id.into(), &out.ids);
        }
        out.citing = citing;
        out
    }

    fn id(&self, id: impl Into<EntityId>) -> String {
        self.ids
            .get(&id.into())
            .map(|i| i.main.clone())
            .unwrap_or_default()
    }

    /// The common properties of an SDO or SRO, with its extension.
    fn object(
        &self,
        ty: &str,
        id: EntityId,
        date: Option<PartialDate>,
        entity: Value,
    ) -> Map<String, Value> {
        let created = date
            .and_then(stamp)
            .unwrap_or_else(|| self.default_stamp.clone());
        let mut o = Map::new();
        o.insert("type".into(), json!(ty));
        o.insert("spec_version".into(), json!("2.1"));
        o.insert("id".into(), json!(self.id(id)));
        o.insert("created".into(), json!(created));
        o.insert("modified".into(), json!(created));
        o.insert(
            "extensions".into(),
            extension(&id.to_string(), Some(entity)),
        );
        o
    }

    /// The identity of an actor, when `created_by_ref` may name it.
    fn creator(&self, o: &mut Map<String, Value>, actor: ActorId) {
        if self.g.actor(actor).is_some() {
            o.insert("created_by_ref".into(), json!(self.id(actor)));
        }
    }

    fn name_of(&self, actor: ActorId) -> String {
        self.g
            .actor(actor)
            .map_or_else(|| actor.to_string(), |a| a.name().to_owned())
    }

    fn references(&self, o: &mut Map<String, Value>, sources: &[crate::SourceId]) {
        let refs: Vec<Value> = sources
            .iter()
            .filter_map(|&s| self.g.source(s))
            .map(|s| self.reference(s))
            .collect();
        if !refs.is_empty() {
            o.insert("external_references".into(), Value::Array(refs));
        }
    }

    /// A source as an `external_references` entry: its title, kind and date, and its address
    /// when it is a URI (STIX refuses others; the extension keeps them).
    #[allow(clippy::unused_self)] // beside the other builders of objects
    fn reference(&self, s: &Source) -> Value {
        let mut r = Map::new();
        r.insert("source_name".into(), json!(s.title()));
        let mut words = source_words(s);
        if let Some(u) = s.url() {
            if is_uri(u) {
                r.insert("url".into(), json!(u));
            } else {
                words = format!("{words}; address: {u}");
            }
        }
        r.insert("description".into(), json!(words));
        Value::Object(r)
    }

    /// The STIX ids standing for a statement, as an opinion's `object_refs` names them.
    fn statement_refs(&self, s: StatementId) -> Vec<String> {
        self.ids
            .get(&EntityId::from(s))
            .map(|i| {
                let mut v = vec![i.main.clone()];
                v.extend(i.attributions.iter().cloned());
                v
            })
            .unwrap_or_default()
    }

    #[allow(clippy::too_many_lines)] // one block per kind of entity, in document order
    fn bundle(&self) -> Value {
        let g = self.g;
        let mut objects = vec![self.creator_identity(), self.definition()];
        for (id, a) in g.actors() {
            let mut o = self.object("identity", id.into(), None, to_value(a));
            o.insert("name".into(), json!(a.name()));
            o.insert("identity_class".into(), json!(identity_class(a.kind())));
            if let Some(q) = a.wikidata() {
                o.insert(
                    "external_references".into(),
                    json!([{"source_name": "wikidata", "external_id": q.to_string(),
                            "url": format!("https://www.wikidata.org/wiki/{q}")}]),
                );
            }
            objects.push(Value::Object(o));
        }
        for (id, r) in g.relations() {
            let mut o = self.object("relationship", id.into(), r.valid().start(), to_value(r));
            let ty = match r.kind() {
                RelationKind::MemberOf | RelationKind::PartOf => "part-of",
                RelationKind::AllyOf | RelationKind::SpeaksFor => "related-to",
            };
            o.insert("relationship_type".into(), json!(ty));
            o.insert("description".into(), json!(relation_words(r)));
            o.insert("source_ref".into(), json!(self.id(r.from())));
            o.insert("target_ref".into(), json!(self.id(r.to())));
            let start = r.valid().start().and_then(stamp);
            let stop = r.valid().end().and_then(stamp_of_end);
            if let (Some(a), Some(b)) = (&start, &stop)
                && a >= b
            {
                // STIX wants stop after start; the extension keeps the interval.
            } else {
                if let Some(a) = start {
                    o.insert("start_time".into(), json!(a));
                }
                if let Some(b) = stop {
                    o.insert("stop_time".into(), json!(b));
                }
            }
            self.references(&mut o, r.sources());
            objects.push(Value::Object(o));
        }
        for (id, s) in g.sources() {
            let mut o = self.object("report", id.into(), s.date(), to_value(s));
            o.insert("name".into(), json!(s.title()));
            let published = s
                .date()
                .and_then(stamp)
                .unwrap_or_else(|| self.default_stamp.clone());
            o.insert("published".into(), json!(published));
            o.insert("report_types".into(), json!([report_type(s.kind())]));
            let mut refs = self.citing.get(&id).cloned().unwrap_or_default();
            for a in [s.outlet(), s.speaker()].into_iter().flatten() {
                refs.push(self.id(a));
            }
            if refs.is_empty() {
                // A report must list something; the claimgraph identity stands in.
                refs.push(CREATOR_ID.to_owned());
            }
            o.insert("object_refs".into(), json!(refs));
            if let Some(a) = s.outlet() {
                self.creator(&mut o, a);
            }
            o.insert("external_references".into(), json!([self.reference(s)]));
            objects.push(Value::Object(o));
        }
        for (id, e) in g.events() {
            let mut o = self.object("incident", id.into(), None, to_value(e));
            o.insert("name".into(), json!(e.description()));
            self.references(&mut o, e.sources());
            objects.push(Value::Object(o));
        }
        for (id, c) in g.claims() {
            let entity = to_value(c);
            let text = c.allegation().text();
            if is_attribution(c) {
                let mut o = self.object("campaign", id.into(), c.stated(), entity);
                o.insert("name".into(), json!(short_name(text)));
                o.insert("description".into(), json!(text));
                self.creator(&mut o, c.claimant());
                self.references(&mut o, c.sources());
                let created = o["created"].clone();
                objects.push(Value::Object(o));
                let rels = &self.ids[&EntityId::from(id)].attributions;
                for (&accused, rel) in c.about().iter().zip(rels) {
                    let mut r = Map::new();
                    r.insert("type".into(), json!("relationship"));
                    r.insert("spec_version".into(), json!("2.1"));
                    r.insert("id".into(), json!(rel));
                    r.insert("created".into(), created.clone());
                    r.insert("modified".into(), created.clone());
                    r.insert("relationship_type".into(), json!("attributed-to"));
                    r.insert("description".into(), json!(text));
                    r.insert("source_ref".into(), json!(self.id(id)));
                    r.insert("target_ref".into(), json!(self.id(accused)));
                    self.creator(&mut r, c.claimant());
                    r.insert("extensions".into(), extension(&id.to_string(), None));
                    objects.push(Value::Object(r));
                }
            } else {
                let mut o = self.object("note", id.into(), c.stated(), entity);
                o.insert("abstract".into(), json!(c.act().to_string()));
                o.insert("content".into(), json!(text));
                o.insert("authors".into(), json!([self.name_of(c.claimant())]));
                let mut refs: Vec<String> = c.about().iter().map(|&a| self.id(a)).collect();
                refs.extend(c.events().iter().map(|&e| self.id(e)));
                if refs.is_empty() {
                    refs.push(self.id(c.claimant()));
                }
                o.insert("object_refs".into(), json!(refs));
                self.creator(&mut o, c.claimant());
                self.references(&mut o, c.sources());
                objects.push(Value::Object(o));
            }
        }
        for (id, r) in g.rebuttals() {
            let mut o = self.object("opinion", id.into(), r.stated(), to_value(r));
            let opinion = match r.kind() {
                RebuttalKind::Denial | RebuttalKind::CounterAccusation => "strongly-disagree",
                RebuttalKind::Undercut | RebuttalKind::Undermine | RebuttalKind::Dismissal => {
                    "disagree"
                }
            };
            o.insert("opinion".into(), json!(opinion));
            if !r.text().is_empty() {
                o.insert("explanation".into(), json!(r.text()));
            }
            o.insert("authors".into(), json!([self.name_of(r.by())]));
            let refs: Vec<String> = r
                .statements()
                .flat_map(|s| self.statement_refs(s))
                .collect();
            o.insert("object_refs".into(), json!(refs));
            self.creator(&mut o, r.by());
            self.references(&mut o, r.sources());
            objects.push(Value::Object(o));
        }
        for (id, p) in g.supports() {
            let mut o = self.object("relationship", id.into(), None, to_value(p));
            o.insert("relationship_type".into(), json!("related-to"));
            let words = if p.text().is_empty() {
                "supports".to_owned()
            } else {
                format!("supports: {}", p.text())
            };
            o.insert("description".into(), json!(words));
            o.insert("source_ref".into(), json!(self.id(p.premise())));
            o.insert("target_ref".into(), json!(self.id(p.conclusion())));
            objects.push(Value::Object(o));
        }
        // The bundle's id is that of everything in it.
        let content = Value::Array(objects);
        let id = format!("bundle--{}", uuid5(&content.to_string()));
        json!({"type": "bundle", "id": id, "objects": content})
    }

    fn creator_identity(&self) -> Value {
        let mut next = Map::new();
        for kind in EntityKind::DOCUMENT_ORDER {
            let n = self.g.next_id(kind);
            if n > 0 {
                next.insert(kind.to_string(), json!(n));
            }
        }
        let mut ext = Map::new();
        ext.insert("extension_type".into(), json!("property-extension"));
        ext.insert("next_ids".into(), Value::Object(next));
        json!({
            "type": "identity",
            "spec_version": "2.1",
            "id": CREATOR_ID,
            "created": self.default_stamp,
            "modified": self.default_stamp,
            "name": "claimgraph",
            "identity_class": "system",
            "extensions": {EXTENSION_ID: Value::Object(ext)},
        })
    }

    fn definition(&self) -> Value {
        json!({
            "type": "extension-definition",
            "spec_version": "2.1",
            "id": EXTENSION_ID,
            "created": self.default_stamp,
            "modified": self.default_stamp,
            "created_by_ref": CREATOR_ID,
            "name": "claimgraph",
            "description": "What STIX cannot say of a claim graph entity (speech acts, rebuttal \
                kinds, date precision, codes, motives): `id` is the entity's claimgraph id, \
                `entity` the entity as the claimgraph JSON document writes it.",
            "schema": SCHEMA_URL,
            "version": "1.0.0",
            "extension_types": ["property-extension"],
        })
    }
}

/// The end of a date (the first instant after it), for a relationship's `stop_time`.
fn stamp_of_end(d: PartialDate) -> Option<String> {
    if d.as_instant().is_some() {
        return stamp(d);
    }
    (1..9999)
        .contains(&d.year_number())
        .then(|| stamp_of(d.local_span().1.and_utc()))
}

/// The value `entity` of the extension.
fn to_value<T: serde::Serialize>(e: &T) -> Value {
    serde_json::to_value(e).unwrap_or(Value::Null)
}

/// `to_value` behind a trait object, so `Out::new` can take every kind in one closure.
mod erased {
    pub(super) trait ToValue {
        fn to_value(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> ToValue for T {
        fn to_value(&self) -> serde_json::Value {
            super::to_value(self)
        }
    }
}

fn extension(id: &str, entity: Option<Value>) -> Value {
    let mut ext = Map::new();
    ext.insert("extension_type".into(), json!("property-extension"));
    ext.insert("id".into(), json!(id));
    if let Some(e) = entity {
        ext.insert("entity".into(), e);
    }
    let mut o = Map::new();
    o.insert(EXTENSION_ID.into(), Value::Object(ext));
    Value::Object(o)
}

fn identity_class(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "individual",
        ActorKind::Collective => "group",
        ActorKind::Unknown => "unknown",
        _ => "organization",
    }
}

fn report_type(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Dataset => "observed-data",
        _ => "threat-report",
    }
}

/// Whether STIX (RFC 3986) takes `s` as a URI: a scheme, then printable ASCII without
/// spaces or the characters RFC 3986 excludes.
fn is_uri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_graphic() && !"<>\"{}|\\^`".contains(c))
        && percent_escapes_are_whole(rest)
}

fn percent_escapes_are_whole(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, &c)| {
        c != b'%'
            || (b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    })
}

/// What an `external_references` entry says of a source: its kind and date.
fn source_words(s: &Source) -> String {
    let kind = s.kind().to_string().replace('_', " ");
    match s.date() {
        Some(d) => format!("{kind}, {d}"),
        None => kind,
    }
}

fn relation_words(r: &Relation) -> String {
    let mut s = r.kind().to_string().replace('_', " ");
    if let Some(role) = r.role() {
        s.push_str(" (");
        s.push_str(role);
        s.push(')');
    }
    s
}

/// A campaign's name: the statement, cut at a word boundary near 80 characters.
fn short_name(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        return if text.trim().is_empty() {
            "(no statement)".to_owned()
        } else {
            text.to_owned()
        };
    }
    let cut: String = text.chars().take(MAX).collect();
    let at = cut.rfind(' ').filter(|&i| i > MAX / 2).unwrap_or(cut.len());
    format!("{}…", &cut[..at])
}

// ---- reading ------------------------------------------------------------------------------

impl ClaimGraph {
    /// The graph as a STIX 2.1 bundle, with the epoch as the creation time of undated objects;
    /// see [`io::stix`](crate::io::stix) for the mapping and [`Writer`] to set that time.
    ///
    /// # Complexity
    /// O((n + r) log n) for n entities and r references.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph};
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    /// let bundle: serde_json::Value = serde_json::from_str(&g.to_stix()).unwrap();
    /// assert_eq!(bundle["type"], "bundle");
    /// assert_eq!(bundle["objects"][2]["identity_class"], "individual");
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn to_stix(&self) -> String {
        Writer::new().write(self)
    }

    /// Reads a STIX 2.1 bundle from a string, with the default [`Limits`].
    ///
    /// # Errors
    /// An [`ImportError`] when the text is not JSON, not a bundle (an object with `type`
    /// `bundle` and an array `objects`), or passes a limit.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let bundle = r#"{"type": "bundle", "id": "bundle--1", "objects": [
    ///   {"type": "threat-actor", "id": "threat-actor--1", "name": "Fake BPP"},
    ///   {"type": "identity", "id": "identity--2", "name": "Franistan Intelligence"},
    ///   {"type": "relationship", "id": "relationship--3", "relationship_type": "attributed-to",
    ///    "source_ref": "threat-actor--1", "target_ref": "identity--2"},
    ///   {"type": "malware", "id": "malware--4", "name": "x"}]}"#;
    /// let import = ClaimGraph::from_stix(bundle)?;
    /// let (_, claim) = import.graph().claims().next().unwrap();
    /// assert_eq!(claim.allegation().text(), "Fake BPP is attributed to Franistan Intelligence");
    /// assert_eq!(import.report().findings()[0].record(), Some("malware--4"));
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn from_stix(json: &str) -> Result<Import, ImportError> {
        read(json.as_bytes(), &Limits::default())
    }

    /// Reads a STIX 2.1 bundle from a reader, within `limits`.
    ///
    /// # Errors
    /// As [`from_stix`](Self::from_stix); [`ImportErrorKind::TooLarge`] past a limit.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::{ImportErrorKind, Limits};
    /// let err = ClaimGraph::from_stix_reader(&b"{\"type\": \"indicator\"}"[..], &Limits::default())
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), ImportErrorKind::Structure);
    /// ```
    pub fn from_stix_reader(reader: impl Read, limits: &Limits) -> Result<Import, ImportError> {
        let bytes = read_bounded(reader, limits)
            .map_err(|e| ImportError::exceeded(Format::Stix, e, limits.max_bytes()))?;
        read(&bytes, limits)
    }
}

fn read(bytes: &[u8], limits: &Limits) -> Result<Import, ImportError> {
    if bytes.len() as u64 > limits.max_bytes() {
        let e = super::limits::Exceeded::Bytes;
        return Err(ImportError::exceeded(Format::Stix, e, limits.max_bytes()));
    }
    if let Some(at) = too_deep(bytes, limits.max_depth()) {
        return Err(ImportError::too_deep(Format::Stix, at, limits.max_depth()));
    }
    let root: Value =
        serde_json::from_slice(bytes).map_err(|e| ImportError::json(Format::Stix, &e))?;
    let structure = |path: &str, m: &str| {
        ImportError::new(
            Format::Stix,
            ImportErrorKind::Structure,
            Position::at(path),
            m,
        )
    };
    let Value::Object(mut root) = root else {
        return Err(structure("", "expected a bundle object"));
    };
    if root.get("type").and_then(Value::as_str) != Some("bundle") {
        return Err(structure("type", "expected \"bundle\""));
    }
    let Some(Value::Array(objects)) = root.remove("objects") else {
        return Err(structure("objects", "expected an array of objects"));
    };
    let mut report = Report::new(Format::Stix, limits);
    let mut bundle = Bundle::default();
    for (at, o) in objects.into_iter().enumerate() {
        let ty = o.get("type").and_then(Value::as_str).map(str::to_owned);
        report.record(ty.as_deref(), || Position::at(format!("objects[{at}]")))?;
        let id = o.get("id").and_then(Value::as_str).map(str::to_owned);
        let (Value::Object(map), Some(ty), Some(id)) = (o, ty, id) else {
            report.note(
                FindingKind::Malformed,
                None,
                || Position::at(format!("objects[{at}]")),
                || "an object needs a string `type` and `id`".to_owned(),
            );
            continue;
        };
        if bundle.index.contains_key(&id) {
            report.note(
                FindingKind::Duplicate,
                Some(&id),
                || Position::at(format!("objects[{at}]")),
                || format!("{} appears again; the first is kept", quote(&id)),
            );
            continue;
        }
        bundle.index.insert(id, bundle.objects.len());
        bundle.objects.push(Obj { at, ty, map });
    }
    let mut build = Build {
        bundle,
        report,
        graph: ClaimGraph::new(),
        entity: HashMap::new(),
        unknown: None,
    };
    let foreign = build.own();
    build.foreign(&foreign);
    build.report.tally(&build.graph);
    Ok(Import::new(build.graph, build.report))
}

struct Obj {
    at: usize,
    ty: String,
    map: Map<String, Value>,
}

impl Obj {
    fn id(&self) -> &str {
        self.map
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }
    fn str(&self, key: &str) -> Option<&str> {
        self.map.get(key).and_then(Value::as_str)
    }
    fn refs(&self, key: &str) -> Vec<&str> {
        match self.map.get(key) {
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
            Some(Value::String(s)) => vec![s.as_str()],
            _ => Vec::new(),
        }
    }
    fn position(&self) -> Position {
        Position::at(format!("objects[{}]", self.at))
    }
    fn ext(&self) -> Option<&Map<String, Value>> {
        self.map.get("extensions")?.get(EXTENSION_ID)?.as_object()
    }
}

#[derive(Default)]
struct Bundle {
    objects: Vec<Obj>,
    index: HashMap<String, usize>,
}

struct Build {
    bundle: Bundle,
    report: Report,
    graph: ClaimGraph,
    /// What each STIX object became.
    entity: HashMap<String, EntityId>,
    /// The actor standing for unnamed claimants.
    unknown: Option<ActorId>,
}

fn section(id: &str) -> Option<&'static str> {
    Some(match id.chars().next()? {
        'A' => "actors",
        'L' => "relations",
        'S' => "sources",
        'E' => "events",
        'C' => "claims",
        'R' => "rebuttals",
        'P' => "supports",
        _ => return None,
    })
}

/// Sets `entity[key]` (a path of keys) to a STIX property's string, when both are there.
fn take_over(entity: &mut Value, path: &[&str], value: Option<&str>) {
    let Some(v) = value else { return };
    let mut at = entity;
    for (i, k) in path.iter().enumerate() {
        let Some(next) = at.get_mut(*k) else { return };
        if i + 1 == path.len() {
            if next.is_string() {
                *next = json!(v);
            }
            return;
        }
        at = next;
    }
}

impl Build {
    /// Reads the objects written by claimgraph (those with the extension) as one document;
    /// returns the indices of the other objects, to read as plain STIX.
    fn own(&mut self) -> Vec<usize> {
        let mut sections: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
        let mut next_ids = Map::new();
        let mut mine: Vec<(usize, String)> = Vec::new();
        let mut foreign = Vec::new();
        for (i, o) in self.bundle.objects.iter().enumerate() {
            let Some(ext) = o.ext() else {
                foreign.push(i);
                continue;
            };
            if let Some(Value::Object(n)) = ext.get("next_ids") {
                next_ids.clone_from(n);
                continue;
            }
            let id = ext.get("id").and_then(Value::as_str);
            match (id, ext.get("entity")) {
                (Some(id), Some(entity)) if section(id).is_some() => {
                    let mut entity = entity.clone();
                    match o.ty.as_str() {
                        "identity" => take_over(&mut entity, &["name"], o.str("name")),
                        "campaign" => {
                            take_over(&mut entity, &["allegation", "text"], o.str("description"));
                        }
                        "note" => take_over(&mut entity, &["allegation", "text"], o.str("content")),
                        "opinion" => take_over(&mut entity, &["text"], o.str("explanation")),
                        "incident" => take_over(&mut entity, &["description"], o.str("name")),
                        "report" => take_over(&mut entity, &["title"], o.str("name")),
                        _ => {}
                    }
                    let sec = section(id).unwrap_or("actors");
                    sections
                        .entry(sec)
                        .or_default()
                        .insert(id.to_owned(), entity);
                    mine.push((i, id.to_owned()));
                }
                // An attribution relationship: its claim carries everything.
                (Some(id), None) if o.ty == "relationship" && id.starts_with('C') => {
                    mine.push((i, id.to_owned()));
                }
                _ => foreign.push(i),
            }
        }
        if mine.is_empty() {
            return foreign;
        }
        let mut doc = Map::new();
        doc.insert("format".into(), json!("claimgraph"));
        doc.insert("version".into(), json!(1));
        if !next_ids.is_empty() {
            doc.insert("next_ids".into(), Value::Object(next_ids));
        }
        for (k, v) in sections {
            doc.insert(k.into(), Value::Object(v));
        }
        let text = Value::Object(doc).to_string();
        match ClaimGraph::from_json_slice(text.as_bytes(), &Limits::trusted()) {
            Ok(g) => {
                self.graph = g;
                for (i, id) in mine {
                    if let Some(e) = parse_entity(&id)
                        && self.graph.contains(e)
                    {
                        let stix = self.bundle.objects[i].id().to_owned();
                        self.entity.insert(stix, e);
                    }
                }
                foreign
            }
            Err(e) => {
                let message = e.to_string();
                self.report
                    .note(FindingKind::Extension, None, Position::whole, || message);
                (0..self.bundle.objects.len()).collect()
            }
        }
    }

    fn obj(&self, stix: &str) -> Option<&Obj> {
        self.bundle
            .index
            .get(stix)
            .map(|&i| &self.bundle.objects[i])
    }

    fn dropped(&mut self, i: usize, used: &[&str]) {
        let o = &self.bundle.objects[i];
        let left: Vec<&str> = o
            .map
            .keys()
            .map(String::as_str)
            .filter(|k| !COMMON.contains(k) && !used.contains(k))
            .collect();
        if !left.is_empty() {
            let message = format!("kept; not represented: {}", left.join(", "));
            let (id, pos) = (o.id().to_owned(), o.position());
            self.report
                .note(FindingKind::Dropped, Some(&id), || pos, || message);
        }
    }

    fn left(&mut self, i: usize, why: String) {
        let o = &self.bundle.objects[i];
        let (id, pos) = (o.id().to_owned(), o.position());
        self.report
            .note(FindingKind::NotRepresented, Some(&id), || pos, || why);
    }

    fn rejected(&mut self, i: usize, e: &crate::Error) {
        let o = &self.bundle.objects[i];
        let (id, pos, message) = (o.id().to_owned(), o.position(), e.to_string());
        self.report
            .note(FindingKind::Rejected, Some(&id), || pos, || message);
    }

    fn actor_of(&self, stix: &str) -> Option<ActorId> {
        match self.entity.get(stix) {
            Some(EntityId::ActorId(a)) => Some(*a),
            _ => None,
        }
    }

    /// The author of an object: its `created_by_ref`, else the first name in `authors`, else
    /// the author of a report listing it, else one actor standing for all unknown authors.
    fn author(&mut self, i: usize, reports: &HashMap<String, Vec<usize>>) -> ActorId {
        let o = &self.bundle.objects[i];
        if let Some(a) = o.str("created_by_ref").and_then(|r| self.actor_of(r)) {
            return a;
        }
        if let Some(name) = o.refs("authors").first().map(|s| (*s).to_owned()) {
            let actor = Actor::new(name, ActorKind::Unknown);
            if let Ok(a) = self.graph.actor_or_insert(actor) {
                return a;
            }
        }
        let id = o.id().to_owned();
        for &r in reports.get(&id).into_iter().flatten() {
            if let Some(a) = self.bundle.objects[r]
                .str("created_by_ref")
                .and_then(|c| self.actor_of(c))
            {
                return a;
            }
        }
        if let Some(a) = self.unknown {
            return a;
        }
        let a = self
            .graph
            .add_actor(Actor::new(
                "(author not given in the bundle)",
                ActorKind::Unknown,
            ))
            .unwrap_or(ActorId::new(0));
        self.unknown = Some(a);
        a
    }

    fn date(&self, i: usize, keys: &[&str]) -> Option<PartialDate> {
        let o = &self.bundle.objects[i];
        keys.iter().find_map(|k| o.str(k).and_then(timestamp))
    }

    /// Reads the objects without the extension, kind by kind, so references resolve.
    #[allow(clippy::too_many_lines)] // one pass per kind of object, in order
    fn foreign(&mut self, list: &[usize]) {
        // Reports listing each object, to find authors, dates and sources.
        let mut reports: HashMap<String, Vec<usize>> = HashMap::new();
        for &i in list {
            let o = &self.bundle.objects[i];
            if o.ty == "report" {
                for r in o.refs("object_refs") {
                    reports.entry(r.to_owned()).or_default().push(i);
                }
            }
        }
        // Actors.
        for &i in list {
            let o = &self.bundle.objects[i];
            if !ACTOR_TYPES.contains(&o.ty.as_str()) {
                continue;
            }
            let Some(name) = o.str("name").map(str::to_owned) else {
                let (id, pos) = (o.id().to_owned(), o.position());
                self.report.note(
                    FindingKind::Malformed,
                    Some(&id),
                    || pos,
                    || "no `name`".into(),
                );
                continue;
            };
            let mut actor = Actor::new(name, actor_kind(o));
            for alias in o.refs("aliases") {
                actor = actor.with_alias(alias);
            }
            let stix = o.id().to_owned();
            match self.graph.add_actor(actor) {
                Ok(a) => {
                    self.entity.insert(stix, a.into());
                    self.dropped(
                        i,
                        &["name", "aliases", "identity_class", "threat_actor_types"],
                    );
                }
                Err(e) => self.rejected(i, &e),
            }
        }
        // Events and sources.
        for &i in list {
            let o = &self.bundle.objects[i];
            let stix = o.id().to_owned();
            match o.ty.as_str() {
                "campaign" | "incident" | "observed-data" => {
                    let name = o.str("name").or(o.str("description")).unwrap_or(&o.ty);
                    let mut text = name.to_owned();
                    if let (Some(_), Some(d)) = (o.str("name"), o.str("description")) {
                        text = format!("{text}: {d}");
                    }
                    let mut event = Event::new(text);
                    if let Some(d) = self.date(i, &["first_seen", "first_observed"]) {
                        event = event.with_date(d);
                    }
                    if let Some(d) = self.date(i, &["last_seen", "last_observed"])
                        && event.date().is_none_or(|s| s <= d)
                    {
                        event = event.with_end(d);
                    }
                    match self.graph.add_event(event) {
                        Ok(e) => {
                            self.entity.insert(stix, e.into());
                            self.dropped(
                                i,
                                &[
                                    "name",
                                    "description",
                                    "first_seen",
                                    "last_seen",
                                    "first_observed",
                                    "last_observed",
                                ],
                            );
                        }
                        Err(e) => self.rejected(i, &e),
                    }
                }
                "report" => {
                    let title = o.str("name").unwrap_or("(untitled report)").to_owned();
                    let mut source = Source::new(SourceKind::Article, title);
                    if let Some(d) = self.date(i, &["published"]) {
                        source = source.with_date(d);
                    }
                    if let Some(u) = o
                        .map
                        .get("external_references")
                        .and_then(Value::as_array)
                        .and_then(|a| a.iter().find_map(|r| r.get("url")?.as_str()))
                    {
                        source = source.with_url(u);
                    }
                    if let Some(a) = o.str("created_by_ref").and_then(|r| self.actor_of(r)) {
                        source = source.with_outlet(a);
                    }
                    match self.graph.add_source(source) {
                        Ok(s) => {
                            self.entity.insert(stix, s.into());
                            self.dropped(
                                i,
                                &[
                                    "name",
                                    "published",
                                    "external_references",
                                    "object_refs",
                                    "description",
                                    "report_types",
                                ],
                            );
                        }
                        Err(e) => self.rejected(i, &e),
                    }
                }
                _ => {}
            }
        }
        // Statements: attributions and notes become claims, then opinions rebuttals.
        for &i in list {
            let ty = self.bundle.objects[i].ty.clone();
            match ty.as_str() {
                "relationship" => self.relationship(i, &reports),
                "note" => self.note(i, &reports),
                _ => {}
            }
        }
        let opinions: Vec<usize> = list
            .iter()
            .copied()
            .filter(|&i| self.bundle.objects[i].ty == "opinion")
            .collect();
        for i in self.answer_order(&opinions) {
            self.opinion(i, &reports);
        }
        // What is left.
        for &i in list {
            let o = &self.bundle.objects[i];
            // The extension's own definition is read as the extension, not as an object.
            let kept = self.entity.contains_key(o.id()) || o.id() == EXTENSION_ID;
            let handled = matches!(
                o.ty.as_str(),
                "identity"
                    | "threat-actor"
                    | "intrusion-set"
                    | "campaign"
                    | "incident"
                    | "observed-data"
                    | "report"
                    | "relationship"
                    | "note"
                    | "opinion"
            );
            if !kept && !handled {
                let why = format!("a {} has no place in a claim graph", quote(&o.ty));
                self.left(i, why);
            }
        }
    }

    /// Sources for a statement: the reports listing it.
    fn sources_of(
        &self,
        stix: &str,
        reports: &HashMap<String, Vec<usize>>,
    ) -> Vec<crate::SourceId> {
        let mut out = Vec::new();
        for &r in reports.get(stix).into_iter().flatten() {
            if let Some(EntityId::SourceId(s)) = self.entity.get(self.bundle.objects[r].id())
                && !out.contains(s)
            {
                out.push(*s);
            }
        }
        out
    }

    fn name(&self, stix: &str) -> String {
        self.obj(stix)
            .and_then(|o| o.str("name"))
            .map_or_else(|| stix.to_owned(), str::to_owned)
    }

    fn relationship(&mut self, i: usize, reports: &HashMap<String, Vec<usize>>) {
        let o = &self.bundle.objects[i];
        let rel = o.str("relationship_type").unwrap_or_default().to_owned();
        let (src, dst) = (
            o.str("source_ref").unwrap_or_default().to_owned(),
            o.str("target_ref").unwrap_or_default().to_owned(),
        );
        let stix = o.id().to_owned();
        let description = o.str("description").map(str::to_owned);
        match rel.as_str() {
            "attributed-to" => {
                let Some(accused) = self.actor_of(&dst) else {
                    let why = format!("attributed to {}, which is not an actor kept", quote(&dst));
                    let (pos, id) = (o.position(), stix.clone());
                    self.report
                        .note(FindingKind::Dangling, Some(&id), || pos, || why);
                    return;
                };
                let text = description.unwrap_or_else(|| {
                    format!("{} is attributed to {}", self.name(&src), self.name(&dst))
                });
                let by = self.author(i, reports);
                let mut claim = Claim::new(by, SpeechAct::Accusation, Allegation::new(text))
                    .with_about(accused);
                if let Some(d) = self.date(i, &["start_time", "created"]) {
                    claim = claim.with_stated(d);
                }
                match self.entity.get(&src) {
                    Some(EntityId::EventId(e)) => claim = claim.with_event(*e),
                    Some(EntityId::ActorId(_)) => {}
                    _ => {
                        let why = format!("its source {} was not kept", quote(&src));
                        let (pos, id) = (self.bundle.objects[i].position(), stix.clone());
                        self.report
                            .note(FindingKind::Dangling, Some(&id), || pos, || why);
                    }
                }
                let mut sources = self.sources_of(&stix, reports);
                for s in self.sources_of(&src, reports) {
                    if !sources.contains(&s) {
                        sources.push(s);
                    }
                }
                for s in sources {
                    claim = claim.with_source(s);
                }
                match self.graph.add_claim(claim) {
                    Ok(c) => {
                        self.entity.insert(stix, c.into());
                        self.dropped(
                            i,
                            &[
                                "relationship_type",
                                "source_ref",
                                "target_ref",
                                "description",
                                "start_time",
                                "stop_time",
                            ],
                        );
                    }
                    Err(e) => self.rejected(i, &e),
                }
            }
            "part-of" => {
                let (Some(part), Some(whole)) = (self.actor_of(&src), self.actor_of(&dst)) else {
                    self.left(i, "part-of between objects that are not both actors".into());
                    return;
                };
                match self
                    .graph
                    .add_relation(Relation::new(part, RelationKind::PartOf, whole))
                {
                    Ok(r) => {
                        self.entity.insert(stix, r.into());
                    }
                    Err(e) => self.rejected(i, &e),
                }
            }
            _ => self.left(i, format!("relationship type {} has no place", quote(&rel))),
        }
    }

    fn note(&mut self, i: usize, reports: &HashMap<String, Vec<usize>>) {
        let o = &self.bundle.objects[i];
        let mut text = o.str("content").unwrap_or_default().to_owned();
        if let Some(a) = o.str("abstract") {
            text = format!("{a}: {text}");
        }
        let refs: Vec<String> = o
            .refs("object_refs")
            .into_iter()
            .map(str::to_owned)
            .collect();
        let stix = o.id().to_owned();
        let by = self.author(i, reports);
        let mut claim = Claim::new(by, SpeechAct::Assertion, Allegation::new(text));
        for r in &refs {
            match self.entity.get(r.as_str()) {
                Some(EntityId::ActorId(a)) if !claim.about().contains(a) => {
                    claim = claim.with_about(*a);
                }
                Some(EntityId::EventId(e)) if !claim.events().contains(e) => {
                    claim = claim.with_event(*e);
                }
                _ => {}
            }
        }
        if let Some(d) = self.date(i, &["created"]) {
            claim = claim.with_stated(d);
        }
        for s in self.sources_of(&stix, reports) {
            claim = claim.with_source(s);
        }
        match self.graph.add_claim(claim) {
            Ok(c) => {
                self.entity.insert(stix, c.into());
                self.dropped(i, &["content", "abstract", "object_refs", "authors"]);
            }
            Err(e) => self.rejected(i, &e),
        }
    }

    /// Opinions in an order where each comes after the opinions it answers (a depth-first
    /// walk with an explicit stack; opinions in a cycle come in file order).
    fn answer_order(&self, opinions: &[usize]) -> Vec<usize> {
        let set: BTreeSet<usize> = opinions.iter().copied().collect();
        let mut state: HashMap<usize, u8> = HashMap::new();
        let mut order = Vec::new();
        for &start in opinions {
            if state.contains_key(&start) {
                continue;
            }
            let mut stack = vec![(start, false)];
            while let Some((i, done)) = stack.pop() {
                if done {
                    state.insert(i, 2);
                    order.push(i);
                    continue;
                }
                if state.contains_key(&i) {
                    continue;
                }
                state.insert(i, 1);
                stack.push((i, true));
                for r in self.bundle.objects[i].refs("object_refs") {
                    if let Some(&j) = self.bundle.index.get(r)
                        && set.contains(&j)
                        && !state.contains_key(&j)
                    {
                        stack.push((j, false));
                    }
                }
            }
        }
        order
    }

    fn opinion(&mut self, i: usize, reports: &HashMap<String, Vec<usize>>) {
        let o = &self.bundle.objects[i];
        let kind = match o.str("opinion") {
            Some("strongly-disagree") => RebuttalKind::Denial,
            Some("disagree") => RebuttalKind::Dismissal,
            other => {
                let why = format!(
                    "opinion {} is not a rebuttal",
                    quote(other.unwrap_or("(none)"))
                );
                self.left(i, why);
                return;
            }
        };
        let text = o.str("explanation").unwrap_or_default().to_owned();
        let stix = o.id().to_owned();
        let mut answers: Vec<StatementId> = Vec::new();
        for r in o.refs("object_refs") {
            let s = match self.entity.get(r) {
                Some(EntityId::ClaimId(c)) => StatementId::from(*c),
                Some(EntityId::RebuttalId(x)) => StatementId::from(*x),
                _ => continue,
            };
            if !answers.contains(&s) {
                answers.push(s);
            }
        }
        let Some((&first, rest)) = answers.split_first() else {
            self.left(i, "answers no statement that was kept".into());
            return;
        };
        let by = self.author(i, reports);
        let mut rebuttal = Rebuttal::new(by, kind, first).with_text(text);
        for &s in rest {
            rebuttal = rebuttal.answering(s);
        }
        if let Some(d) = self.date(i, &["created"]) {
            rebuttal = rebuttal.with_stated(d);
        }
        for s in self.sources_of(&stix, reports) {
            rebuttal = rebuttal.with_source(s);
        }
        match self.graph.add_rebuttal(rebuttal) {
            Ok(r) => {
                self.entity.insert(stix, r.into());
                self.dropped(i, &["opinion", "explanation", "object_refs", "authors"]);
            }
            Err(e) => self.rejected(i, &e),
        }
    }
}

fn parse_entity(id: &str) -> Option<EntityId> {
    let n: u32 = id.get(1..)?.parse().ok()?;
    Some(match id.chars().next()? {
        'A' => ActorId::new(n).into(),
        'L' => crate::RelationId::new(n).into(),
        'S' => crate::SourceId::new(n).into(),
        'E' => EventId::new(n).into(),
        'C' => crate::ClaimId::new(n).into(),
        'R' => crate::RebuttalId::new(n).into(),
        'P' => crate::SupportId::new(n).into(),
        _ => return None,
    })
}

fn actor_kind(o: &Obj) -> ActorKind {
    match o.ty.as_str() {
        "identity" => match o.str("identity_class") {
            Some("individual") => ActorKind::Person,
            Some("group") => ActorKind::Collective,
            Some("organization") => ActorKind::Organisation,
            _ => ActorKind::Unknown,
        },
        "threat-actor" => {
            let types = o.refs("threat_actor_types");
            if types.contains(&"nation-state") {
                ActorKind::State
            } else if types
                .iter()
                .any(|t| ["crime-syndicate", "activist", "hacker", "terrorist"].contains(t))
            {
                ActorKind::Collective
            } else {
                ActorKind::Unknown
            }
        }
        _ => ActorKind::Collective,
    }
}

/// A STIX timestamp as a date: midnight UTC (no fraction) as the day, else the instant.
fn timestamp(s: &str) -> Option<PartialDate> {
    let t = DateTime::parse_from_rfc3339(s).ok()?;
    let utc = t.with_timezone(&Utc);
    if utc.num_seconds_from_midnight() == 0 && utc.nanosecond() == 0 {
        let d = utc.date_naive();
        return PartialDate::day(
            chrono::Datelike::year(&d),
            chrono::Datelike::month(&d),
            chrono::Datelike::day(&d),
        )
        .ok();
    }
    PartialDate::instant(t).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_ids_are_the_uuid5_of_their_names() {
        let url = Uuid::NAMESPACE_URL;
        assert_eq!(NAMESPACE, Uuid::new_v5(&url, b"claimgraph.stix"));
        assert_eq!(
            EXTENSION_ID,
            format!("extension-definition--{}", uuid5("extension-definition"))
        );
        assert_eq!(
            CREATOR_ID,
            format!("identity--{}", uuid5("identity claimgraph"))
        );
    }

    #[test]
    fn midnight_reads_as_a_day_and_other_times_as_instants() {
        assert_eq!(
            timestamp("2023-11-20T00:00:00.000Z").unwrap().to_string(),
            "2023-11-20"
        );
        let t = timestamp("2023-11-20T10:30:00Z").unwrap();
        assert!(t.as_instant().is_some());
        assert!(timestamp("yesterday").is_none());
    }

    #[test]
    fn only_uris_are_written_as_urls() {
        assert!(is_uri("https://example.org/a?b=1&c=2"));
        assert!(!is_uri("https://example.org/a?b=1&c=2 (3)"));
        assert!(!is_uri("example.org"));
        assert!(!is_uri("https://example.org/%zz"));
        assert!(!is_uri("https://例え.jp"));
    }

    #[test]
    fn names_are_cut_at_a_word() {
        let long = "word ".repeat(40);
        let n = short_name(&long);
        assert!(n.chars().count() <= 81 && n.ends_with('…'));
        assert_eq!(short_name(""), "(no statement)");
    }
}

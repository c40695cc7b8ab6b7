//! The claim graph: every entity a node of a petgraph `StableGraph`, every reference an edge.
//!
//! The petgraph graph stays private. Users hold typed ids, issued here in increasing order per
//! kind and never reused, even after removals. An index per kind takes an id to its node: a
//! dense vector indexed by the id's number, with an ordered map only for ids far beyond the
//! others (see `index.rs`). A second index takes actor names and aliases to actors, for
//! [`ClaimGraph::actors_named`].

mod debug;
mod entity;
mod index;
mod names;

pub(crate) use entity::Entity;
pub(crate) use names::same_name;

use crate::error::{Error, Subject};
use crate::{
    Actor, ActorId, Claim, ClaimId, EntityId, EntityKind, Event, EventId, PartialDate, Rebuttal,
    RebuttalId, Relation, RelationId, Source, SourceId, StatementId, Support, SupportId, Target,
};
use entity::Ref;
use index::IdIndex;
use names::NameIndex;
use petgraph::Direction::{Incoming, Outgoing};
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, HashSet};

/// A node: an entity with its id. Entities are boxed so that every node is small, whatever
/// the size of the largest kind.
#[derive(Clone, Debug)]
pub(crate) enum Node {
    Actor(ActorId, Box<Actor>),
    Relation(RelationId, Box<Relation>),
    Claim(ClaimId, Box<Claim>),
    Rebuttal(RebuttalId, Box<Rebuttal>),
    Event(EventId, Box<Event>),
    Source(SourceId, Box<Source>),
    Support(SupportId, Box<Support>),
    /// A removed entity's node, kept until the next compaction so that removing never has to
    /// unlink edges from the long edge lists of busy nodes (see [`ClaimGraph::remove`]).
    Removed,
}

impl Node {
    fn is_removed(&self) -> bool {
        matches!(self, Node::Removed)
    }

    /// The entity's id. A removed node has none; callers only ask live nodes.
    fn id(&self) -> EntityId {
        match self {
            Node::Removed => EntityId::ActorId(ActorId::new(u32::MAX)),
            Node::Actor(id, _) => (*id).into(),
            Node::Relation(id, _) => (*id).into(),
            Node::Claim(id, _) => (*id).into(),
            Node::Rebuttal(id, _) => (*id).into(),
            Node::Event(id, _) => (*id).into(),
            Node::Source(id, _) => (*id).into(),
            Node::Support(id, _) => (*id).into(),
        }
    }
}

/// An edge: which field of the referring entity (the edge's source) points at the edge's
/// target. Every edge runs from the entity that refers to the entity referred to, so the
/// entities that depend on a node are exactly its incoming neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Link {
    RelationFrom,
    RelationTo,
    Claimant,
    About,
    Motive,
    RefersTo,
    SourcedBy,
    Rebutter,
    Answers,
    Participant,
    Outlet,
    Speaker,
    ReportedIn,
    Premise,
    Conclusion,
    AllegedBy,
    ResolvedBy,
}

/// What [`ClaimGraph::remove`] does with the entities that refer to the one removed.
///
/// ```
/// use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, Removal, SpeechAct};
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
/// assert!(g.remove(b, Removal::Refuse).is_err()); // the claim is about B
/// let removed = g.remove(b, Removal::Cascade)?;
/// assert_eq!(removed, [b.into(), c.into()]);
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Removal {
    /// Refuse, with [`Error::InUse`], while anything refers to the entity.
    Refuse,
    /// Remove the entity and, transitively, every entity that refers to a removed one: an
    /// actor takes its claims, relations, rebuttals, events it took part in and sources it
    /// spoke or published; a claim takes its rebuttals and supports; and so on.
    Cascade,
}

crate::names::names! {
    Removal in "claimgraph", "removal";
    Refuse => "refuse",
    Cascade => "cascade",
}

/// A claim or a rebuttal, borrowed from the graph: what the two kinds of statement share.
///
/// ```
/// use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, SpeechAct};
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("it rains")))?;
/// let s = g.statement(c.into()).unwrap();
/// assert_eq!(s.author(), a);
/// assert_eq!(s.text(), "it rains");
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Statement<'g> {
    /// A claim.
    Claim(&'g Claim),
    /// A rebuttal.
    Rebuttal(&'g Rebuttal),
}

impl<'g> Statement<'g> {
    /// Who said it: the claimant or the rebutter.
    ///
    /// ```
    /// # use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, SpeechAct};
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert_eq!(g.statement(c.into()).unwrap().author(), a);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn author(&self) -> ActorId {
        match self {
            Statement::Claim(c) => c.claimant(),
            Statement::Rebuttal(r) => r.by(),
        }
    }

    /// When it was stated, if known.
    ///
    /// ```
    /// # use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, SpeechAct};
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023".parse().unwrap()))?;
    /// assert_eq!(g.statement(c.into()).unwrap().stated().unwrap().to_string(), "2023");
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn stated(&self) -> Option<PartialDate> {
        match self {
            Statement::Claim(c) => c.stated(),
            Statement::Rebuttal(r) => r.stated(),
        }
    }

    /// Its words: the allegation's text for a claim, the rebuttal's text for a rebuttal.
    ///
    /// ```
    /// # use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, SpeechAct};
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert_eq!(g.statement(c.into()).unwrap().text(), "x");
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn text(&self) -> &'g str {
        match self {
            Statement::Claim(c) => c.allegation().text(),
            Statement::Rebuttal(r) => r.text(),
        }
    }

    /// Its sources.
    ///
    /// ```
    /// # use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, SpeechAct};
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert!(g.statement(c.into()).unwrap().sources().is_empty());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn sources(&self) -> &'g [SourceId] {
        match self {
            Statement::Claim(c) => c.sources(),
            Statement::Rebuttal(r) => r.sources(),
        }
    }
}

const KINDS: usize = 7;

fn slot(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Actor => 0,
        EntityKind::Relation => 1,
        EntityKind::Claim => 2,
        EntityKind::Rebuttal => 3,
        EntityKind::Event => 4,
        EntityKind::Source => 5,
        EntityKind::Support => 6,
    }
}

fn number(id: EntityId) -> u32 {
    match id {
        EntityId::ActorId(i) => i.index(),
        EntityId::RelationId(i) => i.index(),
        EntityId::ClaimId(i) => i.index(),
        EntityId::RebuttalId(i) => i.index(),
        EntityId::EventId(i) => i.index(),
        EntityId::SourceId(i) => i.index(),
        EntityId::SupportId(i) => i.index(),
    }
}

/// A dispute as a graph: actors and their relations, claims, rebuttals, events, sources, and
/// support between statements.
///
/// Every `add_*` method checks the new entity's references and returns its id, or an
/// [`Error`] naming what is wrong, with the graph unchanged. Ids are issued in increasing
/// order per kind and never reused.
///
/// Lookups by id take constant time (ids index a dense vector; only ids far beyond the others,
/// as a hostile document may hold, fall back to an ordered map, `O(log n)` in the number of
/// such ids). Lookups by name ([`actors_named`](Self::actors_named)) take `O(log n)`. The
/// neighbour queries ([`claims_by`](Self::claims_by), [`rebuttals_of`](Self::rebuttals_of),
/// ...) cost `O(d log d)` for an entity with `d` references to it (they are sorted into id
/// order), and return results in id order. `Debug` prints one line an entity, which is what a failing property test shows.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
/// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
/// let accusation = g.add_claim(
///     Claim::new(finland, SpeechAct::Accusation, Allegation::new("smuggling asylum seekers"))
///         .with_about(russia),
/// )?;
/// let denial = g.add_rebuttal(
///     Rebuttal::new(russia, RebuttalKind::Denial, accusation)
///         .with_text("We do not accept such accusations"),
/// )?;
/// assert_eq!(g.claims_about(russia).map(|(id, _)| id).collect::<Vec<_>>(), [accusation]);
/// assert_eq!(g.rebuttals_of(accusation).map(|(id, _)| id).collect::<Vec<_>>(), [denial]);
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct ClaimGraph {
    graph: StableDiGraph<Node, Link>,
    index: [IdIndex; KINDS],
    next: [u32; KINDS],
    /// Removed nodes still in `graph`, and edges with a removed end: swept by `compact`.
    dead_nodes: usize,
    dead_edges: usize,
    /// Buffers `insert` reuses for an entity's references, raw and resolved.
    scratch: (Vec<Ref>, Vec<(Link, NodeIndex)>),
    /// Actors by name and alias.
    names: NameIndex,
    /// External keys: a hash of (scheme, key) with the entity holding it. The strings stay in
    /// the entity; a lookup checks them there, so a key costs 16 bytes here.
    keys: std::collections::BTreeSet<(u64, EntityId)>,
    /// Keys a loaded document gave twice (entity, scheme, key, first holder), reported by
    /// `load_links`.
    key_clashes: Vec<(EntityId, String, String, EntityId)>,
}

impl ClaimGraph {
    /// An empty graph.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert!(ClaimGraph::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty graph with room for `entities` entities and `references` references, to
    /// avoid reallocating while a large graph is built.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let g = ClaimGraph::with_capacity(1_000, 3_000);
    /// assert!(g.is_empty());
    /// ```
    pub fn with_capacity(entities: usize, references: usize) -> Self {
        ClaimGraph {
            graph: StableDiGraph::with_capacity(entities, references),
            ..Self::default()
        }
    }

    /// Whether the graph holds no entity at all.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph};
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("A", ActorKind::State))?;
    /// assert!(!g.is_empty());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.index.iter().all(IdIndex::is_empty)
    }

    /// How many entities of `kind` the graph holds.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph, EntityKind};
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("A", ActorKind::State))?;
    /// assert_eq!(g.count(EntityKind::Actor), 1);
    /// assert_eq!(g.count(EntityKind::Claim), 0);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn count(&self, kind: EntityKind) -> usize {
        self.index[slot(kind)].len()
    }

    /// How many actors. Shorthand for `count(EntityKind::Actor)`.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::new().actor_count(), 0);
    /// ```
    pub fn actor_count(&self) -> usize {
        self.count(EntityKind::Actor)
    }

    /// How many claims.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::new().claim_count(), 0);
    /// ```
    pub fn claim_count(&self) -> usize {
        self.count(EntityKind::Claim)
    }

    /// How many rebuttals.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::new().rebuttal_count(), 0);
    /// ```
    pub fn rebuttal_count(&self) -> usize {
        self.count(EntityKind::Rebuttal)
    }

    /// How many references (edges) the graph holds in all.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph, Relation, RelationKind};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::Alliance))?;
    /// g.add_relation(Relation::new(a, RelationKind::MemberOf, b))?;
    /// assert_eq!(g.reference_count(), 2);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn reference_count(&self) -> usize {
        self.graph.edge_count() - self.dead_edges
    }

    /// Whether `id` is in the graph.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph, ClaimId};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// assert!(g.contains(a));
    /// assert!(!g.contains(ClaimId::new(0)));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn contains(&self, id: impl Into<EntityId>) -> bool {
        self.node_of(id.into()).is_some()
    }

    /// The id the next entity of `kind` will get.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph, EntityKind, Removal};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.remove(a, Removal::Refuse)?;
    /// // Ids are never reused.
    /// assert_eq!(g.next_id(EntityKind::Actor), 1);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn next_id(&self, kind: EntityKind) -> u32 {
        self.next[slot(kind)]
    }

    fn node_of(&self, id: EntityId) -> Option<NodeIndex> {
        self.index[slot(id.kind())].get(number(id))
    }

    // ---- adding -------------------------------------------------------------------------

    /// Adds an actor.
    ///
    /// # Errors
    /// [`Error::Empty`] for a blank name; [`Error::Full`] when ids run out.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph};
    /// let mut g = ClaimGraph::new();
    /// let nato = g.add_actor(Actor::new("NATO", ActorKind::Alliance))?;
    /// assert_eq!(g.actor(nato).unwrap().name(), "NATO");
    /// assert!(g.add_actor(Actor::new("  ", ActorKind::State)).is_err());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn add_actor(&mut self, actor: Actor) -> Result<ActorId, Error> {
        self.insert(actor)
    }

    /// The actor of the same kind that already goes by `actor`'s name, or else `actor`, added:
    /// what an importer calls for every party it reads, so that "Russia" read twice is one
    /// actor.
    ///
    /// An existing actor matches when its kind equals `actor`'s and its name or one of its
    /// aliases is `actor`'s name under the rule of [`Actor::is_named`] (case and white space
    /// do not count); the first such actor in id order is returned and the graph is left
    /// unchanged (`actor`'s aliases and codes are not merged into it: use
    /// [`replace_actor`](Self::replace_actor) for that). Otherwise `actor` is added, as by
    /// [`add_actor`](Self::add_actor).
    ///
    /// # Errors
    /// As [`add_actor`](Self::add_actor): [`Error::Empty`] for a blank name, with the graph
    /// unchanged.
    ///
    /// # Complexity
    /// `O(log n)` in the number of names and aliases, plus the actors that have the name.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph};
    /// let mut g = ClaimGraph::new();
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State).with_alias("Moscow"))?;
    /// // Rows of an event file name the same parties again and again.
    /// for (name, kind) in [("RUSSIA", ActorKind::State), ("Moscow", ActorKind::State), ("Finland", ActorKind::State)] {
    ///     g.actor_or_insert(Actor::new(name, kind))?;
    /// }
    /// assert_eq!(g.actor_count(), 2); // Russia once, and Finland
    /// assert_eq!(g.actor_or_insert(Actor::new("russia", ActorKind::State))?, russia);
    /// // Another kind is another actor: the Russian government is not the state.
    /// let other = g.actor_or_insert(Actor::new("Russia", ActorKind::Government))?;
    /// assert_ne!(other, russia);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn actor_or_insert(&mut self, actor: Actor) -> Result<ActorId, Error> {
        if let Some((id, _)) = self
            .actors_named(actor.name())
            .find(|(_, a)| a.kind() == actor.kind())
        {
            return Ok(id);
        }
        self.add_actor(actor)
    }

    /// Adds a relation between two actors.
    ///
    /// # Errors
    /// [`Error::UnknownReference`] for an actor or source not in the graph;
    /// [`Error::SelfReference`] for an actor related to itself.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph, Interval, Relation, RelationKind};
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let nato = g.add_actor(Actor::new("NATO", ActorKind::Alliance))?;
    /// let member = g.add_relation(Relation::new(finland, RelationKind::MemberOf, nato)
    ///     .with_valid(Interval::from_date("2023-04".parse().unwrap())))?;
    /// assert_eq!(g.relations_of(nato).count(), 1);
    /// # let _ = member;
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn add_relation(&mut self, relation: Relation) -> Result<RelationId, Error> {
        self.insert(relation)
    }

    /// Adds a claim.
    ///
    /// # Errors
    /// [`Error::UnknownReference`] for a claimant, actor, event or source not in the graph;
    /// [`Error::DuplicateReference`] for a list naming an entity twice; [`Error::Empty`] for
    /// an accusation that accuses nobody.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, SpeechAct};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// assert_eq!(g.claim(c).unwrap().claimant(), a);
    /// // An accusation must accuse someone.
    /// assert!(g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x"))).is_err());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn add_claim(&mut self, claim: Claim) -> Result<ClaimId, Error> {
        self.insert(claim)
    }

    /// Adds a rebuttal of one or more statements.
    ///
    /// # Errors
    /// [`Error::UnknownReference`] for a rebutter, statement, event or source not in the graph;
    /// [`Error::DuplicateReference`] for a statement answered twice.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// let r1 = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Dismissal, c))?;
    /// // A rebuttal can be rebutted.
    /// let r2 = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, r1))?;
    /// assert_eq!(g.rebuttals_of(r1).map(|(id, _)| id).collect::<Vec<_>>(), [r2]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn add_rebuttal(&mut self, rebuttal: Rebuttal) -> Result<RebuttalId, Error> {
        self.insert(rebuttal)
    }

    /// Adds an event.
    ///
    /// # Errors
    /// [`Error::UnknownReference`] for a participant or source not in the graph;
    /// [`Error::Time`] for an end certainly before the date; [`Error::Empty`] for a blank
    /// description.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, Event};
    /// let mut g = ClaimGraph::new();
    /// let e = g.add_event(Event::new("invasion of Ukraine").with_date("2022-02".parse().unwrap()))?;
    /// assert_eq!(g.event(e).unwrap().date().unwrap().to_string(), "2022-02");
    /// let bad = Event::new("x").with_date("2023".parse().unwrap()).with_end("2022".parse().unwrap());
    /// assert!(g.add_event(bad).is_err());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn add_event(&mut self, event: Event) -> Result<EventId, Error> {
        self.insert(event)
    }

    /// Adds a source.
    ///
    /// # Errors
    /// [`Error::UnknownReference`] for an outlet, speaker or reporting source not in the graph.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, Source, SourceKind};
    /// let mut g = ClaimGraph::new();
    /// let article = g.add_source(Source::new(SourceKind::Article, "report"))?;
    /// let remarks = g.add_source(Source::new(SourceKind::Remarks, "remarks").with_reported_in(article))?;
    /// assert_eq!(g.reporting_chain(remarks).collect::<Vec<_>>(), [remarks, article]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn add_source(&mut self, source: Source) -> Result<SourceId, Error> {
        self.insert(source)
    }

    /// Adds a support link from a premise statement to a conclusion statement.
    ///
    /// # Errors
    /// [`Error::UnknownReference`] for a statement not in the graph;
    /// [`Error::SelfReference`] for a statement supporting itself.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c0 = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("p")))?;
    /// let c1 = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("q")))?;
    /// let s = g.add_support(Support::new(c0, c1))?;
    /// assert_eq!(g.supports_of(c1.into()).map(|(id, _)| id).collect::<Vec<_>>(), [s]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn add_support(&mut self, support: Support) -> Result<SupportId, Error> {
        self.insert(support)
    }

    fn insert<E: Entity>(&mut self, entity: E) -> Result<E::Id, Error> {
        let subject = Subject::new(E::KIND);
        // Reuse one buffer for the references: adding a million claims allocates none.
        let (mut raw, mut refs) = std::mem::take(&mut self.scratch);
        let checked = self.validate(&entity, subject, &mut raw, &mut refs);
        let k = slot(E::KIND);
        let n = self.next[k];
        let result = checked.and_then(|()| {
            if n == u32::MAX {
                return Err(Error::Full(E::KIND));
            }
            let id = E::make_id(n);
            let node = self.graph.add_node(entity.into_node(id));
            self.link(node, &refs);
            self.index[k].insert(n, node);
            self.index_names(node);
            self.next[k] = n + 1;
            Ok(id)
        });
        self.scratch = (raw, refs);
        result
    }

    /// Checks an entity against the graph and leaves its references, resolved to nodes, in
    /// `resolved`.
    fn validate<E: Entity>(
        &self,
        entity: &E,
        subject: Subject,
        refs: &mut Vec<Ref>,
        resolved: &mut Vec<(Link, NodeIndex)>,
    ) -> Result<(), Error> {
        entity.check_self(subject)?;
        if let Some(keys) = entity.keys() {
            for (scheme, key) in keys.iter() {
                if let Some(holder) = self.key_holder(scheme, key)
                    && Some(holder) != subject.id()
                {
                    return Err(Error::DuplicateKey {
                        subject,
                        scheme: scheme.to_owned(),
                        key: key.to_owned(),
                        holder,
                    });
                }
            }
        }
        entity.check_in(self, subject)?;
        refs.clear();
        entity.refs(refs);
        resolved.clear();
        for &(link, field, target) in refs.iter() {
            let node = self.node_of(target).ok_or(Error::UnknownReference {
                subject,
                field,
                missing: target,
            })?;
            resolved.push((link, node));
        }
        check_duplicates(refs, subject)
    }

    /// Adds an actor node's names to the name index (other nodes have none).
    fn index_names(&mut self, node: NodeIndex) {
        if let Node::Actor(id, actor) = &self.graph[node] {
            self.names.insert(*id, actor);
        }
        let holder = self.graph[node].id();
        if let Some(keys) = node_keys(&self.graph[node]) {
            let mut clashes = Vec::new();
            let mut add = Vec::new();
            for (scheme, key) in keys.iter() {
                match self.key_holder(scheme, key) {
                    Some(first) if first != holder => {
                        clashes.push((holder, scheme.to_owned(), key.to_owned(), first));
                    }
                    Some(_) => {}
                    None => add.push((key_hash(scheme, key), holder)),
                }
            }
            self.keys.extend(add);
            self.key_clashes.extend(clashes);
        }
    }

    /// Takes an actor node's names out of the name index, before the node changes or goes.
    fn unindex_names(&mut self, node: NodeIndex) {
        if let Node::Actor(id, actor) = &self.graph[node] {
            self.names.remove(*id, actor);
        }
        let holder = self.graph[node].id();
        if let Some(keys) = node_keys(&self.graph[node]) {
            for (scheme, key) in keys.iter() {
                self.keys.remove(&(key_hash(scheme, key), holder));
            }
        }
    }

    /// The entity that holds an external key: the GDELT event a claim was imported from, a
    /// newsroom's case number.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_keys(Keys::new().with("gdelt", "1129384756")))?;
    /// assert_eq!(g.find_key("gdelt", "1129384756"), Some(c.into()));
    /// assert_eq!(g.find_key("gdelt", "1"), None);
    /// // A key belongs to one entity.
    /// let again = Claim::new(a, SpeechAct::Assertion, Allegation::new("y"))
    ///     .with_keys(Keys::new().with("gdelt", "1129384756"));
    /// assert!(matches!(g.add_claim(again), Err(Error::DuplicateKey { .. })));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn find_key(&self, scheme: &str, key: &str) -> Option<EntityId> {
        self.key_holder(scheme, key)
    }

    /// The entity holding a key: among the entities whose keys hash alike, the one that has
    /// it.
    fn key_holder(&self, scheme: &str, key: &str) -> Option<EntityId> {
        let h = key_hash(scheme, key);
        let first = EntityId::ActorId(ActorId::new(0));
        self.keys
            .range((h, first)..)
            .take_while(|(hash, _)| *hash == h)
            .map(|&(_, id)| id)
            .find(|&id| {
                self.node_of(id)
                    .and_then(|n| node_keys(&self.graph[n]))
                    .is_some_and(|k| k.get(scheme) == Some(key))
            })
    }

    fn link(&mut self, node: NodeIndex, refs: &[(Link, NodeIndex)]) {
        for &(link, target) in refs {
            self.graph.add_edge(node, target, link);
        }
    }

    // ---- replacing ----------------------------------------------------------------------

    /// Replaces an actor, returning the old value. References to it are kept.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an id not in the graph; otherwise as
    /// [`add_actor`](Self::add_actor).
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("Helsinki", ActorKind::Unknown))?;
    /// g.replace_actor(a, Actor::new("Finland", ActorKind::State).with_alias("Helsinki"))?;
    /// assert_eq!(g.actor(a).unwrap().name(), "Finland");
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn replace_actor(&mut self, id: ActorId, actor: Actor) -> Result<Actor, Error> {
        self.replace(id, actor)
    }

    /// Replaces a relation, returning the old value.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an id not in the graph; otherwise as
    /// [`add_relation`](Self::add_relation).
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let r = g.add_relation(Relation::new(a, RelationKind::AllyOf, b))?;
    /// let ended = Relation::new(a, RelationKind::AllyOf, b)
    ///     .with_valid(Interval::until("2020".parse().unwrap()));
    /// g.replace_relation(r, ended)?;
    /// assert!(g.relation(r).unwrap().valid().end().is_some());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn replace_relation(
        &mut self,
        id: RelationId,
        relation: Relation,
    ) -> Result<Relation, Error> {
        self.replace(id, relation)
    }

    /// Replaces a claim, returning the old value. Rebuttals of the claim keep answering it.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an id not in the graph; otherwise as
    /// [`add_claim`](Self::add_claim).
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// g.replace_claim(c, Claim::new(a, SpeechAct::Prediction, Allegation::new("x")))?;
    /// assert_eq!(g.claim(c).unwrap().act(), SpeechAct::Prediction);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn replace_claim(&mut self, id: ClaimId, claim: Claim) -> Result<Claim, Error> {
        self.replace(id, claim)
    }

    /// Replaces a rebuttal, returning the old value. This is how rebuttal cycles are made: a
    /// rebuttal can be changed to answer one that answers it.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an id not in the graph; [`Error::SelfReference`] for a
    /// rebuttal answering itself; otherwise as [`add_rebuttal`](Self::add_rebuttal).
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let r1 = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c))?;
    /// let r2 = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, r1))?;
    /// // r1 now also answers r2: a cycle, which argumentation allows.
    /// g.replace_rebuttal(r1, Rebuttal::new(b, RebuttalKind::Denial, c).answering(r2))?;
    /// assert_eq!(g.rebuttals_of(r2).count(), 1);
    /// assert!(g.replace_rebuttal(r1, Rebuttal::new(b, RebuttalKind::Denial, r1)).is_err());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn replace_rebuttal(
        &mut self,
        id: RebuttalId,
        rebuttal: Rebuttal,
    ) -> Result<Rebuttal, Error> {
        self.replace(id, rebuttal)
    }

    /// Replaces an event, returning the old value.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an id not in the graph; otherwise as
    /// [`add_event`](Self::add_event).
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, Event};
    /// let mut g = ClaimGraph::new();
    /// let e = g.add_event(Event::new("closure"))?;
    /// g.replace_event(e, Event::new("closure").with_date("2023-11-19".parse().unwrap()))?;
    /// assert!(g.event(e).unwrap().date().is_some());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn replace_event(&mut self, id: EventId, event: Event) -> Result<Event, Error> {
        self.replace(id, event)
    }

    /// Replaces a source, returning the old value.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an id not in the graph; [`Error::ReportingCycle`] when the
    /// source would end up reported in itself; otherwise as [`add_source`](Self::add_source).
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, Source, SourceKind};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_source(Source::new(SourceKind::Article, "a"))?;
    /// let b = g.add_source(Source::new(SourceKind::Remarks, "b").with_reported_in(a))?;
    /// let err = g.replace_source(a, Source::new(SourceKind::Article, "a").with_reported_in(b));
    /// assert!(err.is_err());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn replace_source(&mut self, id: SourceId, source: Source) -> Result<Source, Error> {
        for &up in source.reported_in() {
            if self.reporting_chain(up).any(|s| s == id) {
                return Err(Error::ReportingCycle {
                    subject: Subject::existing(id),
                    id: up.into(),
                });
            }
        }
        self.replace(id, source)
    }

    /// Replaces a support link, returning the old value.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an id not in the graph; otherwise as
    /// [`add_support`](Self::add_support).
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c0 = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("p")))?;
    /// let c1 = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("q")))?;
    /// let s = g.add_support(Support::new(c0, c1))?;
    /// g.replace_support(s, Support::new(c1, c0))?;
    /// assert_eq!(g.support(s).unwrap().premise(), c1.into());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn replace_support(&mut self, id: SupportId, support: Support) -> Result<Support, Error> {
        self.replace(id, support)
    }

    fn replace<E: Entity>(&mut self, id: E::Id, entity: E) -> Result<E, Error> {
        let eid: EntityId = id.into();
        let old = self.node_of(eid).ok_or(Error::NotFound(eid))?;
        let mut refs = Vec::new();
        self.validate(&entity, Subject::existing(eid), &mut Vec::new(), &mut refs)?;
        let mut current: Vec<(Link, NodeIndex)> = self.live_edges(old, Outgoing).collect();
        let mut wanted = refs.clone();
        current.sort_unstable();
        wanted.sort_unstable();
        if current == wanted {
            // Same references: swap the value in place, no edge changes.
            self.unindex_names(old);
            let old_value = E::from_node_mut(&mut self.graph[old])
                .map(|slot| std::mem::replace(slot, entity))
                .ok_or(Error::NotFound(eid));
            self.index_names(old);
            return old_value;
        }
        // New references. Rather than unlinking the old edges (which costs the length of each
        // target's edge list), retire the old node and give the id a new one; the edges that
        // pointed at the old node are re-made to point at the new one.
        let incoming: Vec<(NodeIndex, Link)> = self
            .graph
            .edges_directed(old, Incoming)
            .filter(|e| !self.graph[e.source()].is_removed())
            .map(|e| (e.source(), *e.weight()))
            .collect();
        self.unindex_names(old);
        let old_value = std::mem::replace(&mut self.graph[old], Node::Removed);
        self.dead_nodes += 1;
        self.dead_edges += current.len() + incoming.len();
        let node = self.graph.add_node(entity.into_node(id));
        self.link(node, &refs);
        for (source, link) in incoming {
            self.graph.add_edge(source, node, link);
        }
        self.index[slot(E::KIND)].insert(number(eid), node);
        self.index_names(node);
        self.compact_if_worthwhile();
        E::take_node(old_value).ok_or(Error::NotFound(eid))
    }

    /// The live edges of a live node in one direction, as (link, other end).
    fn live_edges(
        &self,
        node: NodeIndex,
        dir: petgraph::Direction,
    ) -> impl Iterator<Item = (Link, NodeIndex)> + '_ {
        self.graph.edges_directed(node, dir).filter_map(move |e| {
            let other = if dir == Outgoing {
                e.target()
            } else {
                e.source()
            };
            (!self.graph[other].is_removed()).then_some((*e.weight(), other))
        })
    }

    /// Rebuilds the petgraph graph without removed nodes once they and their edges outnumber
    /// the live ones, so that removal costs amortised constant time per edge.
    fn compact_if_worthwhile(&mut self) {
        let live = self.graph.node_count() - self.dead_nodes + self.reference_count();
        if self.dead_nodes + self.dead_edges > live + 1024 {
            self.compact();
        }
    }

    fn compact(&mut self) {
        let fresh = StableDiGraph::with_capacity(
            self.graph.node_count() - self.dead_nodes,
            self.reference_count(),
        );
        let mut old = std::mem::replace(&mut self.graph, fresh);
        let graph = &mut self.graph;
        for map in &mut self.index {
            map.renumber(|node| {
                let weight = std::mem::replace(&mut old[node], Node::Removed);
                graph.add_node(weight)
            });
        }
        drop(old);
        let nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        let mut refs: Vec<Ref> = Vec::new();
        for node in nodes {
            refs.clear();
            node_refs(&self.graph[node], &mut refs);
            for &(link, _, target) in &refs {
                if let Some(t) = self.node_of(target) {
                    self.graph.add_edge(node, t, link);
                }
            }
        }
        self.dead_nodes = 0;
        self.dead_edges = 0;
    }

    // ---- removing -----------------------------------------------------------------------

    /// Removes an entity, refusing or cascading as `how` says, and returns the ids removed in
    /// id order.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an id not in the graph; [`Error::InUse`] with
    /// [`Removal::Refuse`] while other entities refer to it.
    ///
    /// # Complexity
    /// Proportional to the number of entities removed and their references.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let r = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Undercut, c))?;
    /// let err = g.remove(c, Removal::Refuse).unwrap_err();
    /// assert_eq!(err.to_string(), "C0 is referred to by 1 other entities (R0)");
    /// assert_eq!(g.remove(c, Removal::Cascade)?, [c.into(), r.into()]);
    /// assert!(!g.contains(r));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn remove(
        &mut self,
        id: impl Into<EntityId>,
        how: Removal,
    ) -> Result<Vec<EntityId>, Error> {
        let id = id.into();
        let start = self.node_of(id).ok_or(Error::NotFound(id))?;
        let mut doomed = vec![start];
        match how {
            Removal::Refuse => {
                let mut dependants: Vec<EntityId> = self
                    .live_edges(start, Incoming)
                    .map(|(_, n)| self.graph[n].id())
                    .collect();
                dependants.sort_unstable();
                dependants.dedup();
                if !dependants.is_empty() {
                    let count = dependants.len();
                    dependants.truncate(32);
                    return Err(Error::InUse {
                        entity: id,
                        count,
                        dependants,
                    });
                }
            }
            Removal::Cascade => {
                let mut seen: HashSet<NodeIndex> = HashSet::from([start]);
                let mut i = 0;
                while i < doomed.len() {
                    let node = doomed[i];
                    i += 1;
                    for (_, n) in self.live_edges(node, Incoming) {
                        if seen.insert(n) {
                            doomed.push(n);
                        }
                    }
                }
            }
        }
        // Every live edge into a doomed node comes from another doomed node, so counting the
        // doomed nodes' outgoing edges counts every edge that dies with them, once.
        let dying_edges: usize = doomed
            .iter()
            .map(|&n| self.live_edges(n, Outgoing).count())
            .sum();
        let mut removed = Vec::with_capacity(doomed.len());
        for node in doomed {
            let eid = self.graph[node].id();
            self.index[slot(eid.kind())].remove(number(eid));
            self.unindex_names(node);
            self.graph[node] = Node::Removed;
            removed.push(eid);
        }
        self.dead_nodes += removed.len();
        self.dead_edges += dying_edges;
        self.compact_if_worthwhile();
        removed.sort_unstable();
        Ok(removed)
    }

    // ---- loading ------------------------------------------------------------------------

    /// Puts an entity into the graph under a given id, without edges: the first pass of
    /// loading a document, whose references may point forwards. Returns `false`, changing
    /// nothing, when the id is taken.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn load_entity<E: Entity>(&mut self, id: E::Id, entity: E) -> bool {
        let eid: EntityId = id.into();
        let k = slot(E::KIND);
        if self.index[k].contains(number(eid)) {
            return false;
        }
        let node = self.graph.add_node(entity.into_node(id));
        self.index[k].insert(number(eid), node);
        self.index_names(node);
        self.next[k] = self.next[k].max(number(eid).saturating_add(1));
        true
    }

    /// The second pass of loading: checks every loaded entity as `add_*` would and links its
    /// references. On error, names the entity at fault; the caller drops the graph.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn load_links(&mut self) -> Result<(), Error> {
        let nodes: Vec<NodeIndex> = self
            .index
            .iter()
            .flat_map(|m| m.iter().map(|(_, n)| n))
            .collect();
        let mut refs: Vec<Ref> = Vec::new();
        for node in nodes {
            let subject = Subject::existing(self.graph[node].id());
            node_check(&self.graph[node], subject)?;
            refs.clear();
            node_refs(&self.graph[node], &mut refs);
            for &(link, field, target) in &refs {
                let t = self.node_of(target).ok_or(Error::UnknownReference {
                    subject,
                    field,
                    missing: target,
                })?;
                self.graph.add_edge(node, t, link);
            }
            check_duplicates(&refs, subject)?;
            node_check_in(&self.graph[node], self, subject)?;
        }
        if let Some((holder, scheme, key, first)) = self.key_clashes.first().cloned() {
            return Err(Error::DuplicateKey {
                subject: Subject::existing(holder),
                scheme,
                key,
                holder: first,
            });
        }
        self.check_reporting_acyclic()
    }

    /// Raises the next id of a kind, so that ids used before a save stay retired after it.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn retire_ids_below(&mut self, kind: EntityKind, next: u32) {
        let k = slot(kind);
        self.next[k] = self.next[k].max(next);
    }

    /// A document can state `reported_in` links in a circle, which the API cannot make.
    fn check_reporting_acyclic(&self) -> Result<(), Error> {
        // Depth-first with an explicit stack and three colours (unseen, on the current path,
        // done): meeting a source on the current path means a cycle. Each source and each
        // `reported_in` link is visited once: linear time, no recursion.
        #[derive(Clone, Copy, PartialEq)]
        enum Colour {
            OnPath,
            Done,
        }
        let mut colour: BTreeMap<SourceId, Colour> = BTreeMap::new();
        for (start, _) in self.sources() {
            if colour.contains_key(&start) {
                continue;
            }
            colour.insert(start, Colour::OnPath);
            let mut stack: Vec<(SourceId, usize)> = vec![(start, 0)];
            while let Some(&mut (s, ref mut next)) = stack.last_mut() {
                let ups = self.source(s).map_or(&[][..], Source::reported_in);
                if let Some(&up) = ups.get(*next) {
                    *next += 1;
                    match colour.get(&up) {
                        Some(Colour::OnPath) => {
                            return Err(Error::ReportingCycle {
                                subject: Subject::existing(start),
                                id: up.into(),
                            });
                        }
                        Some(Colour::Done) => {}
                        None => {
                            colour.insert(up, Colour::OnPath);
                            stack.push((up, 0));
                        }
                    }
                } else {
                    colour.insert(s, Colour::Done);
                    stack.pop();
                }
            }
        }
        Ok(())
    }

    // ---- lookups ------------------------------------------------------------------------

    fn get<E: Entity>(&self, id: E::Id) -> Option<&E> {
        let node = self.node_of(id.into())?;
        E::from_node(&self.graph[node]).map(|(_, e)| e)
    }

    pub(crate) fn all<E: Entity>(&self) -> impl Iterator<Item = (E::Id, &E)> + '_ {
        self.index[slot(E::KIND)]
            .iter()
            .filter_map(|(_, n)| E::from_node(&self.graph[n]))
    }

    /// The actor with this id.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorId, ActorKind, ClaimGraph};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// assert_eq!(g.actor(a).unwrap().name(), "A");
    /// assert!(g.actor(ActorId::new(9)).is_none());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.get(id)
    }

    /// The actors that go by `name`, as their name or an alias, in id order.
    ///
    /// Names match under the rule of [`Actor::is_named`]: case and runs of white space do
    /// not count, so `"dmitry  PESKOV"` finds "Dmitry Peskov". A blank `name` finds nobody.
    ///
    /// # Complexity
    /// `O(log n)` in the number of names and aliases in the graph, plus time proportional to
    /// the answer: an index kept up to date by adding, replacing, removing and loading, at
    /// 16 bytes a name.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph};
    /// let mut g = ClaimGraph::new();
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State).with_alias("Moscow"))?;
    /// let kremlin = g.add_actor(Actor::new("Kremlin", ActorKind::Institution).with_alias("Moscow"))?;
    /// let found: Vec<_> = g.actors_named(" moscow ").map(|(id, _)| id).collect();
    /// assert_eq!(found, [russia, kremlin]); // "Moscow" is ambiguous
    /// assert_eq!(g.actors_named("russia").next().map(|(_, a)| a.kind()), Some(ActorKind::State));
    /// assert_eq!(g.actors_named("Finland").count(), 0);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn actors_named<'g>(
        &'g self,
        name: &'g str,
    ) -> impl Iterator<Item = (ActorId, &'g Actor)> + 'g {
        self.names
            .candidates(name)
            .filter_map(move |id| self.actor(id).filter(|a| a.is_named(name)).map(|a| (id, a)))
    }

    /// The relation with this id.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, RelationId};
    /// assert!(ClaimGraph::new().relation(RelationId::new(0)).is_none());
    /// ```
    pub fn relation(&self, id: RelationId) -> Option<&Relation> {
        self.get(id)
    }

    /// The claim with this id.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, ClaimId};
    /// assert!(ClaimGraph::new().claim(ClaimId::new(0)).is_none());
    /// ```
    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.get(id)
    }

    /// The rebuttal with this id.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, RebuttalId};
    /// assert!(ClaimGraph::new().rebuttal(RebuttalId::new(0)).is_none());
    /// ```
    pub fn rebuttal(&self, id: RebuttalId) -> Option<&Rebuttal> {
        self.get(id)
    }

    /// The event with this id.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, EventId};
    /// assert!(ClaimGraph::new().event(EventId::new(0)).is_none());
    /// ```
    pub fn event(&self, id: EventId) -> Option<&Event> {
        self.get(id)
    }

    /// The source with this id.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, SourceId};
    /// assert!(ClaimGraph::new().source(SourceId::new(0)).is_none());
    /// ```
    pub fn source(&self, id: SourceId) -> Option<&Source> {
        self.get(id)
    }

    /// The support link with this id.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, SupportId};
    /// assert!(ClaimGraph::new().support(SupportId::new(0)).is_none());
    /// ```
    pub fn support(&self, id: SupportId) -> Option<&Support> {
        self.get(id)
    }

    /// The claim or rebuttal with this id.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, ClaimId};
    /// assert!(ClaimGraph::new().statement(ClaimId::new(0).into()).is_none());
    /// ```
    pub fn statement(&self, id: StatementId) -> Option<Statement<'_>> {
        match id {
            StatementId::Claim(c) => self.claim(c).map(Statement::Claim),
            StatementId::Rebuttal(r) => self.rebuttal(r).map(Statement::Rebuttal),
        }
    }

    /// Every actor, in id order.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph};
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let names: Vec<_> = g.actors().map(|(_, a)| a.name()).collect();
    /// assert_eq!(names, ["A", "B"]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn actors(&self) -> impl Iterator<Item = (ActorId, &Actor)> + '_ {
        self.all()
    }

    /// Every relation, in id order.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::new().relations().count(), 0);
    /// ```
    pub fn relations(&self) -> impl Iterator<Item = (RelationId, &Relation)> + '_ {
        self.all()
    }

    /// Every claim, in id order.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::new().claims().count(), 0);
    /// ```
    pub fn claims(&self) -> impl Iterator<Item = (ClaimId, &Claim)> + '_ {
        self.all()
    }

    /// Every rebuttal, in id order.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::new().rebuttals().count(), 0);
    /// ```
    pub fn rebuttals(&self) -> impl Iterator<Item = (RebuttalId, &Rebuttal)> + '_ {
        self.all()
    }

    /// Every event, in id order.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::new().events().count(), 0);
    /// ```
    pub fn events(&self) -> impl Iterator<Item = (EventId, &Event)> + '_ {
        self.all()
    }

    /// Every source, in id order.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::new().sources().count(), 0);
    /// ```
    pub fn sources(&self) -> impl Iterator<Item = (SourceId, &Source)> + '_ {
        self.all()
    }

    /// Every support link, in id order.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert_eq!(ClaimGraph::new().supports().count(), 0);
    /// ```
    pub fn supports(&self) -> impl Iterator<Item = (SupportId, &Support)> + '_ {
        self.all()
    }

    // ---- neighbours ---------------------------------------------------------------------

    /// The entities of type `E` whose field `link` points at `target`, in id order.
    fn referrers<E: Entity>(
        &self,
        target: EntityId,
        links: &[Link],
    ) -> std::vec::IntoIter<(E::Id, &E)> {
        let Some(node) = self.node_of(target) else {
            return Vec::new().into_iter();
        };
        let mut found: Vec<(E::Id, &E)> = self
            .live_edges(node, Incoming)
            .filter(|(link, _)| links.contains(link))
            .filter_map(|(_, n)| E::from_node(&self.graph[n]))
            .collect();
        found.sort_unstable_by_key(|(id, _)| *id);
        found.dedup_by_key(|(id, _)| *id);
        found.into_iter()
    }

    /// The claims `actor` made, in id order. Empty for an actor not in the graph.
    ///
    /// # Complexity
    /// `O(d log d)` for an actor with `d` references to it.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert_eq!(g.claims_by(a).map(|(id, _)| id).collect::<Vec<_>>(), [c]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn claims_by(&self, actor: ActorId) -> impl Iterator<Item = (ClaimId, &Claim)> + '_ {
        self.referrers(actor.into(), &[Link::Claimant])
    }

    /// The claims about `actor` (accusing, warning, threatening it), in id order.
    ///
    /// # Complexity
    /// `O(d log d)` for an actor with `d` references to it.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// assert_eq!(g.claims_about(b).map(|(id, _)| id).collect::<Vec<_>>(), [c]);
    /// assert_eq!(g.claims_about(a).count(), 0);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn claims_about(&self, actor: ActorId) -> impl Iterator<Item = (ClaimId, &Claim)> + '_ {
        self.referrers(actor.into(), &[Link::About])
    }

    /// The rebuttals `actor` made, in id order.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let r = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Undercut, c))?;
    /// assert_eq!(g.rebuttals_by(a).map(|(id, _)| id).collect::<Vec<_>>(), [r]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn rebuttals_by(
        &self,
        actor: ActorId,
    ) -> impl Iterator<Item = (RebuttalId, &Rebuttal)> + '_ {
        self.referrers(actor.into(), &[Link::Rebutter])
    }

    /// The rebuttals that answer `target` directly, in id order: a statement (with any of its
    /// alternatives), one alternative of a claim, or a source, event or support.
    ///
    /// # Complexity
    /// `O(d log d)` for a target with `d` references to it.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_alternative(Allegation::new("y")))?;
    /// assert_eq!(g.rebuttals_of(c).count(), 0);
    /// g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, c))?;
    /// g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, Target::Alternative(c, 0)))?;
    /// assert_eq!(g.rebuttals_of(c).count(), 2);
    /// assert_eq!(g.rebuttals_of(Target::Alternative(c, 0)).count(), 1);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn rebuttals_of(
        &self,
        target: impl Into<Target>,
    ) -> impl Iterator<Item = (RebuttalId, &Rebuttal)> + '_ {
        let target = target.into();
        let exact = matches!(target, Target::Alternative(..));
        self.referrers(target.entity(), &[Link::Answers])
            .filter(move |(_, r): &(RebuttalId, &Rebuttal)| !exact || r.answers().contains(&target))
    }

    /// Whether every alternative of `claim` is answered by a rebuttal that `counts` accepts:
    /// the one rule by which a claim with alternatives falls only as a whole, shared by the
    /// plain reading ([`dispute`](crate::dispute)) and the verdicts.
    pub(crate) fn every_alternative_answered(
        &self,
        claim: ClaimId,
        counts: impl Fn(RebuttalId, &Rebuttal) -> bool,
    ) -> bool {
        let count = self.claim(claim).map_or(0, |c| c.alternatives().len());
        let mut answered = vec![false; count];
        for (rid, r) in self.rebuttals_of(claim) {
            if !counts(rid, r) {
                continue;
            }
            for t in r.answers() {
                if let Target::Alternative(c, i) = *t
                    && c == claim
                    && let Some(slot) = answered.get_mut(usize::from(i))
                {
                    *slot = true;
                }
            }
        }
        count > 0 && answered.iter().all(|&a| a)
    }

    /// The rebuttals that name `actor` as the one they accuse ([`Rebuttal::about`]), in id
    /// order.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// let ua = g.add_actor(Actor::new("Ukraine", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(ua, SpeechAct::Accusation, Allegation::new("x")).with_about(ru))?;
    /// let r = g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::CounterAccusation, c).with_about(ua))?;
    /// assert_eq!(g.rebuttals_about(ua).map(|(id, _)| id).collect::<Vec<_>>(), [r]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn rebuttals_about(
        &self,
        actor: ActorId,
    ) -> impl Iterator<Item = (RebuttalId, &Rebuttal)> + '_ {
        self.referrers(actor.into(), &[Link::About])
    }

    /// The relations `actor` takes part in, either side, in id order.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("Peskov", ActorKind::Person))?;
    /// let b = g.add_actor(Actor::new("Kremlin", ActorKind::Institution))?;
    /// let r = g.add_relation(Relation::new(a, RelationKind::SpeaksFor, b))?;
    /// assert_eq!(g.relations_of(a).map(|(id, _)| id).collect::<Vec<_>>(), [r]);
    /// assert_eq!(g.relations_of(b).count(), 1);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn relations_of(
        &self,
        actor: ActorId,
    ) -> impl Iterator<Item = (RelationId, &Relation)> + '_ {
        self.referrers(actor.into(), &[Link::RelationFrom, Link::RelationTo])
    }

    /// The events `actor` took part in, in id order.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let e = g.add_event(Event::new("closes crossings").with_participant(a, Role::Initiator))?;
    /// assert_eq!(g.events_with(a).map(|(id, _)| id).collect::<Vec<_>>(), [e]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn events_with(&self, actor: ActorId) -> impl Iterator<Item = (EventId, &Event)> + '_ {
        self.referrers(actor.into(), &[Link::Participant])
    }

    /// The events a claim cites: those it refers to, then its motive's event if that is not
    /// among them. Empty for a claim not in the graph.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let e = g.add_event(Event::new("accession"))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b)
    ///     .with_motive(Motive::new("retaliation").with_event(e)))?;
    /// assert_eq!(g.events_cited_by(c).map(|(id, _)| id).collect::<Vec<_>>(), [e]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn events_cited_by(&self, claim: ClaimId) -> impl Iterator<Item = (EventId, &Event)> + '_ {
        let mut ids: Vec<EventId> = Vec::new();
        if let Some(c) = self.claim(claim) {
            ids.extend_from_slice(c.events());
            if let Some(m) = c.motive().and_then(crate::Motive::event)
                && !ids.contains(&m)
            {
                ids.push(m);
            }
        }
        ids.into_iter()
            .filter_map(|id| self.event(id).map(|e| (id, e)))
    }

    /// The claims that cite `event`, by reference or as their motive, in id order.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let e = g.add_event(Event::new("x"))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("y")).with_event(e))?;
    /// assert_eq!(g.claims_citing(e).map(|(id, _)| id).collect::<Vec<_>>(), [c]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn claims_citing(&self, event: EventId) -> impl Iterator<Item = (ClaimId, &Claim)> + '_ {
        self.referrers(event.into(), &[Link::RefersTo, Link::Motive])
    }

    /// The support links whose conclusion is `statement`, in id order.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let p = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("p")))?;
    /// let q = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("q")))?;
    /// g.add_support(Support::new(p, q))?;
    /// assert_eq!(g.supports_of(q.into()).count(), 1);
    /// assert_eq!(g.supports_of(p.into()).count(), 0);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn supports_of(
        &self,
        statement: StatementId,
    ) -> impl Iterator<Item = (SupportId, &Support)> + '_ {
        self.referrers(statement.into(), &[Link::Conclusion])
    }

    /// The entities that cite `source`: relations, claims, rebuttals and events, in id order.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let s = g.add_source(Source::new(SourceKind::Article, "report"))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")).with_source(s))?;
    /// assert_eq!(g.citing(s), [EntityId::from(c)]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn citing(&self, source: SourceId) -> Vec<EntityId> {
        let Some(node) = self.node_of(source.into()) else {
            return Vec::new();
        };
        let mut ids: Vec<EntityId> = self
            .live_edges(node, Incoming)
            .filter(|(link, _)| *link == Link::SourcedBy)
            .map(|(_, n)| self.graph[n].id())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The statements whose standing an answer to `target` bears on, in id order: the
    /// statement itself; for a source, the statements that cite it; for an event, the
    /// statements that cite it as evidence (or, for an alleged event, the statement alleging
    /// it); for a support, the statement it supports. An alternative bears on its claim only
    /// together with the others (see [`dispute`](crate::dispute)), so here it gives its claim.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let s = g.add_source(Source::new(SourceKind::Article, "photos"))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")).with_source(s))?;
    /// assert_eq!(g.resting_on(s.into()), [StatementId::from(c)]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn resting_on(&self, target: Target) -> Vec<StatementId> {
        let mut out: Vec<StatementId> = match target {
            Target::Claim(_) | Target::Rebuttal(_) | Target::Alternative(..) => {
                target.statement().into_iter().collect()
            }
            Target::Support(p) => self
                .support(p)
                .map(Support::conclusion)
                .into_iter()
                .collect(),
            Target::Source(s) => self
                .citing(s)
                .into_iter()
                .filter_map(|e| match e {
                    EntityId::ClaimId(c) => Some(c.into()),
                    EntityId::RebuttalId(r) => Some(r.into()),
                    _ => None,
                })
                .collect(),
            Target::Event(e) => {
                let Some(node) = self.node_of(e.into()) else {
                    return Vec::new();
                };
                let mut v: Vec<StatementId> = self
                    .live_edges(node, Incoming)
                    .filter(|(link, _)| *link == Link::RefersTo)
                    .filter_map(|(_, n)| match self.graph[n].id() {
                        EntityId::ClaimId(c) => Some(c.into()),
                        EntityId::RebuttalId(r) => Some(r.into()),
                        _ => None,
                    })
                    .collect();
                v.extend(self.event(e).and_then(Event::alleged_by));
                v
            }
        };
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The chain of reporting from `source` outwards: the source, the one it is reported in,
    /// and so on. Empty for a source not in the graph.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let article = g.add_source(Source::new(SourceKind::Article, "article"))?;
    /// let agency = g.add_source(Source::new(SourceKind::AgencyReport, "agencies").with_reported_in(article))?;
    /// let words = g.add_source(Source::new(SourceKind::Remarks, "Grushko").with_reported_in(agency))?;
    /// assert_eq!(g.reporting_chain(words).collect::<Vec<_>>(), [words, agency, article]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn reporting_chain(&self, source: SourceId) -> impl Iterator<Item = SourceId> + '_ {
        // Breadth first over `reported_in`, each source once: a source carried by several
        // outlets reaches all of them, nearest first.
        let mut seen: HashSet<SourceId> = HashSet::new();
        let mut queue: std::collections::VecDeque<SourceId> =
            self.source(source).map(|_| source).into_iter().collect();
        seen.extend(queue.iter().copied());
        std::iter::from_fn(move || {
            let s = queue.pop_front()?;
            for &up in self.source(s).map_or(&[][..], Source::reported_in) {
                if seen.insert(up) {
                    queue.push_back(up);
                }
            }
            Some(s)
        })
    }

    /// Every violated internal invariant, described; empty for a sound graph. Tests use it to
    /// show that no sequence of operations leaves a dangling reference or a half-applied change.
    #[cfg(test)]
    pub(crate) fn integrity_violations(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut indexed = 0;
        for (k, map) in self.index.iter().enumerate() {
            indexed += map.len();
            for (n, node) in map.iter() {
                match self.graph.node_weight(node) {
                    None => problems.push(format!("index {k}: id {n} points at no node")),
                    Some(w) if number(w.id()) != n || slot(w.id().kind()) != k => {
                        problems.push(format!("index {k}: id {n} points at {}", w.id()));
                    }
                    Some(_) => {}
                }
                if n >= self.next[k] {
                    problems.push(format!(
                        "index {k}: id {n} not below next id {}",
                        self.next[k]
                    ));
                }
            }
        }
        let dead = self.graph.node_weights().filter(|w| w.is_removed()).count();
        if indexed + dead != self.graph.node_count() || dead != self.dead_nodes {
            problems.push(format!(
                "{indexed} ids indexed, {dead} removed ({} counted), {} nodes",
                self.dead_nodes,
                self.graph.node_count()
            ));
        }
        let dead_edges = self
            .graph
            .edge_indices()
            .filter(|&e| {
                self.graph
                    .edge_endpoints(e)
                    .is_some_and(|(a, b)| self.graph[a].is_removed() || self.graph[b].is_removed())
            })
            .count();
        if dead_edges != self.dead_edges {
            problems.push(format!(
                "{dead_edges} dead edges, {} counted",
                self.dead_edges
            ));
        }
        for node in self.graph.node_indices() {
            let w = &self.graph[node];
            if w.is_removed() {
                continue;
            }
            let mut want: Vec<Ref> = Vec::new();
            node_refs(w, &mut want);
            let mut want: Vec<(Link, EntityId)> =
                want.into_iter().map(|(l, _, t)| (l, t)).collect();
            let mut have: Vec<(Link, EntityId)> = self
                .live_edges(node, Outgoing)
                .map(|(link, n)| (link, self.graph[n].id()))
                .collect();
            want.sort_unstable();
            have.sort_unstable();
            if want != have {
                problems.push(format!(
                    "{}: references {want:?} but edges {have:?}",
                    w.id()
                ));
            }
            for (_, target) in &want {
                if self.node_of(*target).is_none() {
                    problems.push(format!("{} refers to missing {target}", w.id()));
                }
            }
        }
        problems
    }
}

/// The references a node's entity holds.
fn node_refs(node: &Node, out: &mut Vec<Ref>) {
    match node {
        Node::Actor(_, e) => e.refs(out),
        Node::Relation(_, e) => e.refs(out),
        Node::Claim(_, e) => e.refs(out),
        Node::Rebuttal(_, e) => e.refs(out),
        Node::Event(_, e) => e.refs(out),
        Node::Source(_, e) => e.refs(out),
        Node::Support(_, e) => e.refs(out),
        Node::Removed => {}
    }
}

/// A fixed hash of a key with its scheme (SipHash with zero keys: the same on every run).
fn key_hash(scheme: &str, key: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    (scheme, key).hash(&mut h);
    h.finish()
}

/// The external keys of a node's entity, for the kinds that have them.
fn node_keys(node: &Node) -> Option<&crate::Keys> {
    match node {
        Node::Actor(_, e) => Entity::keys(&**e),
        Node::Relation(_, e) => Entity::keys(&**e),
        Node::Claim(_, e) => Entity::keys(&**e),
        Node::Rebuttal(_, e) => Entity::keys(&**e),
        Node::Event(_, e) => Entity::keys(&**e),
        Node::Source(_, e) => Entity::keys(&**e),
        Node::Support(_, e) => Entity::keys(&**e),
        Node::Removed => None,
    }
}

/// The checks a node's entity needs against the rest of the graph.
fn node_check_in(node: &Node, g: &ClaimGraph, subject: Subject) -> Result<(), Error> {
    match node {
        Node::Rebuttal(_, e) => e.check_in(g, subject),
        Node::Claim(_, e) => e.check_in(g, subject),
        _ => Ok(()),
    }
}

/// The checks a node's entity needs on its own.
fn node_check(node: &Node, subject: Subject) -> Result<(), Error> {
    match node {
        Node::Actor(_, e) => e.check_self(subject),
        Node::Relation(_, e) => e.check_self(subject),
        Node::Claim(_, e) => e.check_self(subject),
        Node::Rebuttal(_, e) => e.check_self(subject),
        Node::Event(_, e) => e.check_self(subject),
        Node::Source(_, e) => e.check_self(subject),
        Node::Support(_, e) => e.check_self(subject),
        Node::Removed => Ok(()),
    }
}

/// Rejects a list field that names the same entity twice. Small lists are compared pairwise;
/// long ones sorted, so a hostile list of a million entries costs `O(n log n)`.
fn check_duplicates(refs: &[Ref], subject: Subject) -> Result<(), Error> {
    let mut start = 0;
    while start < refs.len() {
        let field = refs[start].1;
        let end = refs[start..]
            .iter()
            .position(|r| r.1 != field)
            .map_or(refs.len(), |p| start + p);
        let group = &refs[start..end];
        if group.len() > 1 {
            let mut ids: Vec<EntityId> = group.iter().map(|r| r.2).collect();
            ids.sort_unstable();
            if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
                return Err(Error::DuplicateReference {
                    subject,
                    field,
                    id: w[0],
                });
            }
        }
        start = end;
    }
    Ok(())
}

impl PartialEq for ClaimGraph {
    /// Two graphs are equal when they hold the same entities under the same ids and would
    /// issue the same next ids.
    fn eq(&self, other: &Self) -> bool {
        self.next == other.next
            && self.index.iter().zip(&other.index).all(|(a, b)| {
                a.len() == b.len()
                    && a.iter().zip(b.iter()).all(|((ia, na), (ib, nb))| {
                        ia == ib && node_eq(&self.graph[na], &other.graph[nb])
                    })
            })
    }
}

impl Eq for ClaimGraph {}

fn node_eq(left: &Node, right: &Node) -> bool {
    match (left, right) {
        (Node::Actor(i, x), Node::Actor(j, y)) => i == j && x == y,
        (Node::Relation(i, x), Node::Relation(j, y)) => i == j && x == y,
        (Node::Claim(i, x), Node::Claim(j, y)) => i == j && x == y,
        (Node::Rebuttal(i, x), Node::Rebuttal(j, y)) => i == j && x == y,
        (Node::Event(i, x), Node::Event(j, y)) => i == j && x == y,
        (Node::Source(i, x), Node::Source(j, y)) => i == j && x == y,
        (Node::Support(i, x), Node::Support(j, y)) => i == j && x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests;

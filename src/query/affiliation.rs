//! The one rule for affiliation: which relations make one actor's words or conduct count as
//! another's, in which direction, and when. Every layer that asks "whose words are these?" or
//! "who answers for the accused?" calls this module: roll-up in queries, the accused's side of
//! unanswered accusations and of disputes, and the speaker chains of checks. The rule is
//! written down once, in the [query module docs](crate::query#affiliation-and-time).

use crate::{ActorId, Certainty, ClaimGraph, Interval, PartialDate, RelationKind, TimeOrder};
use std::collections::{HashMap, HashSet};

/// Which side of a statement an actor stands on, which decides the relations followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// The speaker: whose words a statement is. Follows speaks-for and part-of.
    Speaker,
    /// The accused: whose conduct an accusation is about. Follows part-of only: a state
    /// answers for what its organs and units do, not for what is said of its spokespeople.
    Accused,
}

/// Whether a relation of `kind` is followed, from its `from` to its `to`, on `side`.
/// Member-of and ally-of never are: a member of an alliance or an ally speaks and acts for
/// itself.
pub(crate) fn follows(kind: RelationKind, side: Side) -> bool {
    match kind {
        RelationKind::PartOf => true,
        RelationKind::SpeaksFor => side == Side::Speaker,
        RelationKind::MemberOf | RelationKind::AllyOf => false,
    }
}

/// Whether any side follows relations of `kind`.
pub(crate) fn is_affiliation(kind: RelationKind) -> bool {
    follows(kind, Side::Speaker) || follows(kind, Side::Accused)
}

/// How certainly a relation valid over `valid` holds for something at `date`: certainly when
/// its validity certainly contains the date, possibly when partial dates leave it open, not
/// at all when the date falls outside. An undated statement is certainly covered only by a
/// relation valid at all times (an undated relation), and possibly by any other.
pub(crate) fn holds(valid: Interval, date: Option<PartialDate>) -> Option<Certainty> {
    match date {
        None if valid == Interval::ALWAYS => Some(Certainty::Certain),
        None => Some(Certainty::Possible),
        Some(d) => match valid.contains(&d) {
            TimeOrder::Same => Some(Certainty::Certain),
            TimeOrder::Overlapping => Some(Certainty::Possible),
            TimeOrder::Before | TimeOrder::After => None,
        },
    }
}

/// One affiliation link leaving an actor: to whom, over which validity, by which relation.
type Link = (ActorId, Interval, RelationKind);

/// The affiliation walk, with the links leaving each actor cached, so that a query touching
/// many statements looks each actor's relations up once, and with buffers reused from one
/// statement to the next, so that the walk allocates nothing once warm. Counting follows
/// only links that certainly hold ([`holds`] answers [`Certainty::Certain`]).
pub(crate) struct Roll<'g> {
    graph: &'g ClaimGraph,
    /// Links leaving each actor, by actor index: read up front for whole-graph queries.
    dense: Vec<Vec<Link>>,
    /// The same, read on demand: for queries that touch few actors.
    lazy: HashMap<ActorId, Vec<Link>>,
    complete: bool,
    out: Vec<ActorId>,
    seen: HashSet<ActorId>,
}

/// Up to this many principals, the walk checks for repeats by scanning; beyond, with a set.
const LINEAR_VISITED: usize = 32;

impl<'g> Roll<'g> {
    pub(crate) fn new(graph: &'g ClaimGraph) -> Self {
        Roll {
            graph,
            dense: Vec::new(),
            lazy: HashMap::new(),
            complete: false,
            out: Vec::new(),
            seen: HashSet::new(),
        }
    }

    /// With every relation read up front: for queries over the whole graph.
    pub(crate) fn complete(graph: &'g ClaimGraph) -> Self {
        let mut dense: Vec<Vec<Link>> = Vec::new();
        for (_, r) in graph.relations() {
            if is_affiliation(r.kind()) {
                let i = r.from().index() as usize;
                if dense.len() <= i {
                    dense.resize_with(i + 1, Vec::new);
                }
                dense[i].push((r.to(), r.valid(), r.kind()));
            }
        }
        Roll {
            dense,
            complete: true,
            ..Roll::new(graph)
        }
    }

    /// The cheaper of the two for a query whose statements have `speakers` distinct authors:
    /// reading every relation costs a step per relation; reading an actor's relations on
    /// demand costs a step per reference to the actor (the graph's references per actor, on
    /// average), for each author and about as many principals.
    pub(crate) fn for_work(graph: &'g ClaimGraph, speakers: usize) -> Self {
        let per_actor = graph.reference_count() / graph.actor_count().max(1);
        let on_demand = speakers.saturating_mul(2).saturating_mul(per_actor.max(1));
        if graph.count(crate::EntityKind::Relation) <= on_demand {
            Roll::complete(graph)
        } else {
            Roll::new(graph)
        }
    }

    /// `actor` first, then everyone whose words `actor`'s are at `date` (those it speaks for
    /// or is part of), transitively, in breadth-first order; each once. Into a buffer the
    /// next call reuses.
    pub(crate) fn principals_in(
        &mut self,
        actor: ActorId,
        date: Option<PartialDate>,
    ) -> &[ActorId] {
        self.walk(Side::Speaker, actor, date)
    }

    /// `actor` first, then everyone who answers for `actor`'s conduct at `date` (what it is
    /// part of), transitively, in breadth-first order; each once. Into a buffer the next call
    /// reuses.
    pub(crate) fn accountable_in(
        &mut self,
        actor: ActorId,
        date: Option<PartialDate>,
    ) -> &[ActorId] {
        self.walk(Side::Accused, actor, date)
    }

    /// Whether a statement by `speaker` at `date` is an answer by `accused` (or, for
    /// `rolled`, by someone who answers for it): the speaker's principals meet the accused's
    /// accountable actors. Without roll-up, only the accused itself answers.
    pub(crate) fn answers_for(
        &mut self,
        speaker: ActorId,
        accused: ActorId,
        date: Option<PartialDate>,
        rolled: bool,
    ) -> bool {
        if speaker == accused {
            return true;
        }
        if !rolled {
            return false;
        }
        let accountable = self.walk(Side::Accused, accused, date).to_vec();
        self.walk(Side::Speaker, speaker, date)
            .iter()
            .any(|p| accountable.contains(p))
    }

    fn links(&mut self, a: ActorId) -> &[Link] {
        if self.complete {
            return self
                .dense
                .get(a.index() as usize)
                .map_or(&[], Vec::as_slice);
        }
        let graph = self.graph;
        self.lazy.entry(a).or_insert_with(|| {
            graph
                .relations_of(a)
                .filter(|(_, r)| r.from() == a && is_affiliation(r.kind()))
                .map(|(_, r)| (r.to(), r.valid(), r.kind()))
                .collect()
        })
    }

    fn walk(&mut self, side: Side, actor: ActorId, date: Option<PartialDate>) -> &[ActorId] {
        let mut out = std::mem::take(&mut self.out);
        let mut seen = std::mem::take(&mut self.seen);
        out.clear();
        seen.clear();
        out.push(actor);
        let mut i = 0;
        while let Some(&a) = out.get(i) {
            i += 1;
            for &(to, valid, kind) in self.links(a) {
                if !follows(kind, side) || holds(valid, date) != Some(Certainty::Certain) {
                    continue;
                }
                let fresh = if out.len() < LINEAR_VISITED {
                    !out.contains(&to)
                } else {
                    if seen.is_empty() {
                        seen.extend(out.iter().copied());
                    }
                    seen.insert(to)
                };
                if fresh {
                    out.push(to);
                }
            }
        }
        self.out = out;
        self.seen = seen;
        &self.out
    }

    /// Everyone who might speak as `actor` at some time: the reverse closure over the
    /// speaker side's relations, whatever their validity; `actor` first.
    pub(crate) fn agents(&self, actor: ActorId) -> Vec<ActorId> {
        self.reverse(Side::Speaker, actor)
    }

    /// Everyone `actor` might answer for at some time: the reverse closure over the accused
    /// side's relations (its parts, their parts), whatever their validity; `actor` first.
    pub(crate) fn parts(&self, actor: ActorId) -> Vec<ActorId> {
        self.reverse(Side::Accused, actor)
    }

    fn reverse(&self, side: Side, actor: ActorId) -> Vec<ActorId> {
        let mut out = vec![actor];
        let mut seen: HashSet<ActorId> = HashSet::from([actor]);
        let mut i = 0;
        while let Some(&a) = out.get(i) {
            i += 1;
            for (_, r) in self.graph.relations_of(a) {
                if r.to() == a && follows(r.kind(), side) && seen.insert(r.from()) {
                    out.push(r.from());
                }
            }
        }
        out
    }
}

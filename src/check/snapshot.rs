//! A snapshot of the graph for checking: every entity of each kind in one contiguous vector, in
//! id order, with a direct id → position table where ids are dense, and packed facts for the
//! references lints follow. Passes read the snapshot instead of the graph, so the sweeps over
//! a million claims walk arrays rather than search a tree for every reference.

use crate::{
    Actor, ActorId, Claim, ClaimGraph, ClaimId, Event, EventId, PartialDate, Rebuttal, RebuttalId,
    Relation, RelationId, Source, SourceId, SpeechAct, Statement, StatementId, Support, SupportId,
};

/// An id with a number, as the graph issues them.
pub(crate) trait Numbered: Copy + Ord {
    fn number(self) -> u32;
}

macro_rules! numbered {
    ($($id:ty),*) => {$(
        impl Numbered for $id {
            fn number(self) -> u32 {
                self.index()
            }
        }
    )*};
}
numbered!(ActorId, ClaimId, RebuttalId, EventId, SourceId);

/// The entities of one kind, in id order.
pub(crate) struct Table<'g, I, E> {
    items: Vec<(I, &'g E)>,
    /// `direct[n]` is one more than the position of id number `n`, or 0 for none. Built only
    /// when ids are dense enough that the table is not much larger than the items, so a
    /// document with a few huge ids costs no memory.
    direct: Vec<u32>,
}

impl<'g, I: Numbered, E> Table<'g, I, E> {
    fn new(items: Vec<(I, &'g E)>) -> Self {
        let top = items.last().map_or(0, |(id, _)| id.number() as usize + 1);
        let direct = if top <= items.len().saturating_mul(4).saturating_add(1024) {
            let mut direct = vec![0u32; top];
            for (pos, (id, _)) in items.iter().enumerate() {
                direct[id.number() as usize] = pos as u32 + 1;
            }
            direct
        } else {
            Vec::new()
        };
        Table { items, direct }
    }

    /// The position of `id` among the items.
    pub(crate) fn position(&self, id: I) -> Option<usize> {
        if self.direct.is_empty() {
            return self.items.binary_search_by_key(&id, |(i, _)| *i).ok();
        }
        match self.direct.get(id.number() as usize) {
            Some(&p) if p > 0 => Some(p as usize - 1),
            _ => None,
        }
    }

    pub(crate) fn get(&self, id: I) -> Option<&'g E> {
        self.position(id).map(|p| self.items[p].1)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (I, &'g E)> + '_ {
        self.items.iter().copied()
    }

    /// The id at `position`.
    pub(crate) fn at(&self, position: usize) -> I {
        self.items[position].0
    }

    pub(crate) fn ids(&self) -> impl Iterator<Item = I> + '_ {
        self.items.iter().map(|(id, _)| *id)
    }

    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }
}

/// What other entities' lints read of a statement, packed so that following a reference
/// (a rebuttal to what it answers) touches one small record instead of the boxed statement.
#[derive(Clone, Copy)]
pub(crate) struct StatementFacts {
    pub(crate) author: ActorId,
    pub(crate) stated: Option<PartialDate>,
    /// A claim's act; `None` for a rebuttal.
    pub(crate) act: Option<SpeechAct>,
}

impl StatementFacts {
    /// Whether this is a claim whose act is a denial.
    pub(crate) fn denies(&self) -> bool {
        self.act == Some(SpeechAct::Denial)
    }
}

/// What statements' lints read of a source, packed likewise.
#[derive(Clone, Copy)]
pub(crate) struct SourceFacts {
    pub(crate) speaker: Option<ActorId>,
    pub(crate) outlet: Option<ActorId>,
    pub(crate) date: Option<PartialDate>,
}

/// The graph, laid out for checking.
pub(crate) struct Snapshot<'g> {
    claim_facts: Vec<StatementFacts>,
    rebuttal_facts: Vec<StatementFacts>,
    source_facts: Vec<SourceFacts>,
    event_starts: Vec<Option<PartialDate>>,
    pub(crate) actors: Table<'g, ActorId, Actor>,
    pub(crate) claims: Table<'g, ClaimId, Claim>,
    pub(crate) rebuttals: Table<'g, RebuttalId, Rebuttal>,
    pub(crate) events: Table<'g, EventId, Event>,
    pub(crate) sources: Table<'g, SourceId, Source>,
    relations: Vec<(RelationId, &'g Relation)>,
    supports: Vec<(SupportId, &'g Support)>,
}

impl<'g> Snapshot<'g> {
    pub(crate) fn new(g: &'g ClaimGraph) -> Self {
        let claims = Table::new(g.claims().collect());
        let rebuttals = Table::new(g.rebuttals().collect());
        let sources = Table::new(g.sources().collect());
        let events = Table::new(g.events().collect());
        Snapshot {
            claim_facts: claims
                .iter()
                .map(|(_, c)| StatementFacts {
                    author: c.claimant(),
                    stated: c.stated(),
                    act: Some(c.act()),
                })
                .collect(),
            rebuttal_facts: rebuttals
                .iter()
                .map(|(_, r)| StatementFacts {
                    author: r.by(),
                    stated: r.stated(),
                    act: None,
                })
                .collect(),
            source_facts: sources
                .iter()
                .map(|(_, s)| SourceFacts {
                    speaker: s.speaker(),
                    outlet: s.outlet(),
                    date: s.date(),
                })
                .collect(),
            event_starts: events.iter().map(|(_, e)| e.date()).collect(),
            actors: Table::new(g.actors().collect()),
            claims,
            rebuttals,
            events,
            sources,
            relations: g.relations().collect(),
            supports: g.supports().collect(),
        }
    }

    /// The packed facts of every claim, in id order.
    pub(crate) fn claim_facts(&self) -> &[StatementFacts] {
        &self.claim_facts
    }

    /// The packed facts of a statement.
    pub(crate) fn statement_facts(&self, id: StatementId) -> Option<StatementFacts> {
        match id {
            StatementId::Claim(c) => self.claims.position(c).map(|p| self.claim_facts[p]),
            StatementId::Rebuttal(r) => self.rebuttals.position(r).map(|p| self.rebuttal_facts[p]),
        }
    }

    /// The packed facts of a source.
    pub(crate) fn source_facts(&self, id: SourceId) -> Option<SourceFacts> {
        self.sources.position(id).map(|p| self.source_facts[p])
    }

    /// When an event starts, if it is in the graph and dated.
    pub(crate) fn event_start(&self, id: EventId) -> Option<PartialDate> {
        self.events.position(id).and_then(|p| self.event_starts[p])
    }

    pub(crate) fn actors(&self) -> impl Iterator<Item = (ActorId, &'g Actor)> + '_ {
        self.actors.iter()
    }
    pub(crate) fn claims(&self) -> impl Iterator<Item = (ClaimId, &'g Claim)> + '_ {
        self.claims.iter()
    }
    pub(crate) fn rebuttals(&self) -> impl Iterator<Item = (RebuttalId, &'g Rebuttal)> + '_ {
        self.rebuttals.iter()
    }
    pub(crate) fn events(&self) -> impl Iterator<Item = (EventId, &'g Event)> + '_ {
        self.events.iter()
    }
    pub(crate) fn sources(&self) -> impl Iterator<Item = (SourceId, &'g Source)> + '_ {
        self.sources.iter()
    }
    pub(crate) fn relations(&self) -> impl Iterator<Item = (RelationId, &'g Relation)> + '_ {
        self.relations.iter().copied()
    }
    pub(crate) fn supports(&self) -> impl Iterator<Item = (SupportId, &'g Support)> + '_ {
        self.supports.iter().copied()
    }
    pub(crate) fn actor(&self, id: ActorId) -> Option<&'g Actor> {
        self.actors.get(id)
    }
    pub(crate) fn claim(&self, id: ClaimId) -> Option<&'g Claim> {
        self.claims.get(id)
    }
    pub(crate) fn event(&self, id: EventId) -> Option<&'g Event> {
        self.events.get(id)
    }
    pub(crate) fn source(&self, id: SourceId) -> Option<&'g Source> {
        self.sources.get(id)
    }
    pub(crate) fn relation(&self, id: RelationId) -> Option<&'g Relation> {
        self.relations
            .binary_search_by_key(&id, |(i, _)| *i)
            .ok()
            .map(|p| self.relations[p].1)
    }
    pub(crate) fn statement(&self, id: StatementId) -> Option<Statement<'g>> {
        match id {
            StatementId::Claim(c) => self.claims.get(c).map(Statement::Claim),
            StatementId::Rebuttal(r) => self.rebuttals.get(r).map(Statement::Rebuttal),
        }
    }

    /// Dense position of a statement: claims first, then rebuttals.
    pub(crate) fn statement_position(&self, id: StatementId) -> Option<usize> {
        match id {
            StatementId::Claim(c) => self.claims.position(c),
            StatementId::Rebuttal(r) => self.rebuttals.position(r).map(|p| p + self.claims.len()),
        }
    }
}

//! The data lints: sources, duplicates, name collisions, orphans, unknown codes, dates.

use super::Context;
use crate::check::lint::Lint;
use crate::check::lints as l;
use crate::check::sink::Sink;
use crate::check::snapshot::{Numbered, Snapshot, Table};
use crate::check::text::{Fnv, normalized, same_allegation};
use crate::{
    Actor, ActorId, Claim, ClaimId, EntityId, Event, EventId, Rebuttal, Relation, Source, SourceId,
    SpeechAct, Statement, StatementId,
};
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

/// `unsourced_statement` and `undated_statement`, for one claim or rebuttal.
pub(super) fn statement(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    (sid, s): (StatementId, Statement<'_>),
) {
    if s.sources().is_empty() && sink.on(&l::UNSOURCED_STATEMENT) {
        sink.certain(&l::UNSOURCED_STATEMENT, sid, || {
            let message = format!(
                "{} by {} cites no source",
                cx.n.statement(sid),
                cx.n.actor(s.author())
            );
            (message, vec![s.author().into()])
        });
    }
    if s.stated().is_none() && sink.on(&l::UNDATED_STATEMENT) {
        sink.certain(&l::UNDATED_STATEMENT, sid, || {
            let message = format!("{} has no date", cx.n.statement(sid));
            (message, vec![s.author().into()])
        });
    }
    let joint = match s {
        Statement::Claim(c) => c.joint_with(),
        Statement::Rebuttal(r) => r.joint_with(),
    };
    if joint.contains(&s.author()) && sink.on(&l::REPEATED_SPEAKER) {
        sink.certain(&l::REPEATED_SPEAKER, sid, || {
            let message = format!(
                "{} lists {}, who made it, again among its other speakers",
                cx.n.statement(sid),
                cx.n.actor(s.author())
            );
            (message, vec![s.author().into()])
        });
    }
}

/// `identified_anonymous`, for one actor.
pub(super) fn actor(cx: &Context<'_, '_>, sink: &mut Sink, id: ActorId, a: &Actor) {
    if !a.is_anonymous() || !sink.on(&l::IDENTIFIED_ANONYMOUS) {
        return;
    }
    let ids: Vec<String> = a
        .iso3()
        .map(|c| format!("country code {c}"))
        .into_iter()
        .chain(a.wikidata().map(|q| format!("Wikidata id {q}")))
        .collect();
    if ids.is_empty() {
        return;
    }
    sink.certain(&l::IDENTIFIED_ANONYMOUS, id, || {
        let message = format!(
            "{} is marked anonymous but has {}, which says who it is",
            cx.n.actor(id),
            ids.join(" and ")
        );
        (message, Vec::new())
    });
}

/// `misplaced_condition` and `misplaced_deadline`, for one claim.
fn misplaced(cx: &Context<'_, '_>, sink: &mut Sink, id: ClaimId, c: &Claim) {
    if c.condition().is_some() && !c.act().takes_condition() && sink.on(&l::MISPLACED_CONDITION) {
        sink.certain(&l::MISPLACED_CONDITION, id, || {
            let message = format!(
                "{} is {} {}, which takes no condition, yet has one",
                cx.n.statement(id.into()),
                article(c.act()),
                c.act().name()
            );
            (message, vec![c.claimant().into()])
        });
    }
    if (c.deadline().is_some() || c.resolution().is_some())
        && c.act() != SpeechAct::Demand
        && sink.on(&l::MISPLACED_DEADLINE)
    {
        sink.certain(&l::MISPLACED_DEADLINE, id, || {
            let what = match (c.deadline().is_some(), c.resolution().is_some()) {
                (true, true) => "a deadline and a resolution",
                (true, false) => "a deadline",
                _ => "a resolution",
            };
            let message = format!(
                "{} is {} {}, not a demand, yet has {what}",
                cx.n.statement(id.into()),
                article(c.act()),
                c.act().name()
            );
            (message, vec![c.claimant().into()])
        });
    }
}

/// "a" or "an" before an act's name.
fn article(act: SpeechAct) -> &'static str {
    match act {
        SpeechAct::Accusation | SpeechAct::Assertion => "an",
        _ => "a",
    }
}

/// `misplaced_condition`, `misplaced_deadline`, and `unknown_code` for a claim's allegation:
/// its CAMEO category and its PLOVER contexts.
pub(super) fn claim(cx: &Context<'_, '_>, sink: &mut Sink, id: ClaimId, c: &Claim) {
    misplaced(cx, sink, id, c);
    if !sink.on(&l::UNKNOWN_CODE) {
        return;
    }
    let a = c.allegation();
    if let Some(code) = a.category().filter(|c| !c.is_known()) {
        unknown_code(cx, sink, id.into(), CAMEO, code.as_str());
    }
    for ctx in a.contexts().iter().filter(|c| !c.is_known()) {
        unknown_code(cx, sink, id.into(), PLOVER, ctx.as_str());
    }
}

/// `unknown_code`, for an event's CAMEO code.
pub(super) fn event(cx: &Context<'_, '_>, sink: &mut Sink, id: EventId, e: &Event) {
    if !sink.on(&l::UNKNOWN_CODE) {
        return;
    }
    if let Some(code) = e.cameo().filter(|c| !c.is_known()) {
        unknown_code(cx, sink, id.into(), CAMEO, code.as_str());
    }
}

/// The data lints that compare entities with one another: `duplicate_claim` (with
/// `allegations`, each claim's allegation key in snapshot order, when it runs) and
/// `name_collision`. The orphan lints are [`References`], marked during the sweeps.
pub(super) fn whole(cx: &Context<'_, '_>, sink: &mut Sink, allegations: &[u64]) {
    if sink.on(&l::DUPLICATE_CLAIM) {
        duplicate_claim(cx, sink, allegations);
    }
    if sink.on(&l::NAME_COLLISION) {
        name_collision(cx, sink);
    }
}

/// What an unknown code is, and the standard that does not list it.
type Standard = (&'static str, &'static str);
const CAMEO: Standard = ("CAMEO code", "CAMEO");
const PLOVER: Standard = ("PLOVER context", "PLOVER");

fn unknown_code(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    id: EntityId,
    (what, standard): Standard,
    code: &str,
) {
    sink.certain(&l::UNKNOWN_CODE, id, || {
        let message = format!(
            "{} uses {what} `{code}`, which is not in {standard}",
            cx.n.entity(id)
        );
        (message, Vec::new())
    });
}

fn duplicate_claim(cx: &Context<'_, '_>, sink: &mut Sink, allegations: &[u64]) {
    let g = cx.g;
    // Keys from the packed facts and the allegation keys: no claim is read unless its key is
    // shared.
    let mut keys: Vec<(u64, ClaimId)> = g
        .claims
        .ids()
        .zip(g.claim_facts())
        .zip(allegations)
        .map(|((id, facts), &allegation)| {
            let mut h = Fnv::new();
            facts.author.hash(&mut h);
            facts.act.hash(&mut h);
            facts.stated.hash(&mut h);
            h.write_u64(allegation);
            (h.finish(), id)
        })
        .collect();
    keys.sort_unstable();
    let same = |a: &Claim, b: &Claim| {
        a.claimant() == b.claimant()
            && a.act() == b.act()
            && a.stated() == b.stated()
            && same_allegation(a, b)
    };
    let mut firsts: Vec<ClaimId> = Vec::new();
    for run in keys.chunk_by(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
        // Distinct claims of the run (hash collisions aside, there is one).
        firsts.clear();
        for &(_, id) in run {
            let Some(c) = g.claim(id) else { continue };
            let original = firsts
                .iter()
                .copied()
                .find(|&f| g.claim(f).is_some_and(|o| same(o, c)));
            let Some(first) = original else {
                firsts.push(id);
                continue;
            };
            sink.certain(&l::DUPLICATE_CLAIM, id, || {
                let message = format!(
                    "{} duplicates {}: same claimant, act, targets, allegation and date",
                    cx.n.statement(id.into()),
                    cx.n.statement(first.into())
                );
                (message, vec![first.into()])
            });
        }
    }
}

fn name_collision(cx: &Context<'_, '_>, sink: &mut Sink) {
    let mut seen: HashMap<String, ActorId> = HashMap::new();
    let mut collisions: BTreeMap<(ActorId, ActorId), String> = BTreeMap::new();
    for (id, a) in cx.g.actors() {
        for name in std::iter::once(a.name()).chain(a.aliases().iter().map(String::as_str)) {
            let key: String = normalized(name).collect();
            match seen.get(&key) {
                Some(&first) if first != id => {
                    collisions.entry((id, first)).or_insert(key);
                }
                Some(_) => {}
                None => {
                    seen.insert(key, id);
                }
            }
        }
    }
    for ((later, first), name) in collisions {
        sink.certain(&l::NAME_COLLISION, later, || {
            let message = format!(
                "{} and {} share the name \"{name}\"",
                cx.n.actor(later),
                cx.n.actor(first)
            );
            (message, vec![first.into()])
        });
    }
}

/// The orphan lints: which actors, events and sources something refers to, marked during the
/// sweeps, then what nothing marked. Each table exists only when its lint runs.
pub(super) struct References<'s, 'g> {
    g: &'s Snapshot<'g>,
    actors: Vec<bool>,
    events: Vec<bool>,
    sources: Vec<bool>,
}

fn mark<I: Numbered, E>(seen: &mut [bool], table: &Table<'_, I, E>, id: I) {
    if seen.is_empty() {
        return;
    }
    if let Some(p) = table.position(id) {
        seen[p] = true;
    }
}

impl<'s, 'g> References<'s, 'g> {
    pub(super) fn new(g: &'s Snapshot<'g>, sink: &Sink) -> Self {
        let table = |lint, len: usize| {
            if sink.on(lint) {
                vec![false; len]
            } else {
                Vec::new()
            }
        };
        References {
            g,
            actors: table(&l::ORPHAN_ACTOR, g.actors.len()),
            events: table(&l::ORPHAN_EVENT, g.events.len()),
            sources: table(&l::ORPHAN_SOURCE, g.sources.len()),
        }
    }

    fn actor(&mut self, id: ActorId) {
        mark(&mut self.actors, &self.g.actors, id);
    }

    fn event_id(&mut self, id: EventId) {
        mark(&mut self.events, &self.g.events, id);
    }

    fn source_id(&mut self, id: SourceId) {
        mark(&mut self.sources, &self.g.sources, id);
    }

    pub(super) fn claim(&mut self, c: &Claim) {
        self.actor(c.claimant());
        c.about().iter().for_each(|&a| self.actor(a));
        c.events().iter().for_each(|&e| self.event_id(e));
        if let Some(e) = c.motive().and_then(crate::Motive::event) {
            self.event_id(e);
        }
        c.sources().iter().for_each(|&x| self.source_id(x));
    }

    pub(super) fn rebuttal(&mut self, r: &Rebuttal) {
        self.actor(r.by());
        r.events().iter().for_each(|&e| self.event_id(e));
        r.sources().iter().for_each(|&x| self.source_id(x));
    }

    pub(super) fn relation(&mut self, r: &Relation) {
        self.actor(r.from());
        self.actor(r.to());
        r.sources().iter().for_each(|&x| self.source_id(x));
    }

    pub(super) fn event(&mut self, e: &Event) {
        e.participants().iter().for_each(|p| self.actor(p.actor()));
        e.sources().iter().for_each(|&x| self.source_id(x));
    }

    pub(super) fn source(&mut self, s: &Source) {
        s.outlet()
            .into_iter()
            .chain(s.speakers().iter().copied())
            .chain(s.quotes().iter().filter_map(crate::Quote::speaker))
            .for_each(|a| self.actor(a));
        for &up in s.reported_in() {
            self.source_id(up);
        }
    }

    /// Reports what nothing refers to.
    pub(super) fn report(&self, cx: &Context<'_, '_>, sink: &mut Sink) {
        let g = self.g;
        let actors = (
            &l::ORPHAN_ACTOR,
            "is referred to by no claim, rebuttal, relation, event or source",
        );
        orphans(cx, sink, actors, &self.actors, &g.actors);
        let events = (&l::ORPHAN_EVENT, "is cited by no claim or rebuttal");
        orphans(cx, sink, events, &self.events, &g.events);
        let sources = (
            &l::ORPHAN_SOURCE,
            "is cited by nothing, and nothing is reported in it",
        );
        orphans(cx, sink, sources, &self.sources, &g.sources);
    }
}

/// Reports each entity of `table` that `seen` leaves unmarked, with `lint`: "`name` `what`".
fn orphans<I: Numbered + Into<EntityId>, E>(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    (lint, what): (&'static Lint, &str),
    seen: &[bool],
    table: &Table<'_, I, E>,
) {
    for (p, _) in seen.iter().enumerate().filter(|(_, s)| !**s) {
        let id: EntityId = table.at(p).into();
        sink.certain(lint, id, || {
            (format!("{} {what}", cx.n.entity(id)), Vec::new())
        });
    }
}

//! The passes, grouped as the lint categories are ([`time`], [`logic`], [`data`]), and the
//! sweep that drives them.
//!
//! Each category module offers hooks for one entity at a time (`statement`, `claim`,
//! `rebuttal`, `answer`, `relation`, `event`, `actor`), which [`run`] calls from one sweep per entity kind, and a
//! `whole` pass for its lints that compare entities with one another. Every hook asks the
//! [`Sink`] whether its lint runs, so a lint at `Allow` costs a table read per entity.

mod data;
mod logic;
mod time;

use super::lints as l;
use super::names::Names;
use super::sink::Sink;
use super::snapshot::Snapshot;
use super::speakers::Speakers;
use super::text::allegation_hash;
use crate::{Certainty, ClaimGraph, Statement, StatementId};
use std::fmt;

/// What every pass reads: the snapshot, the namer for messages, and who speaks for whom.
struct Context<'s, 'g> {
    g: &'s Snapshot<'g>,
    n: Names<'s, 'g>,
    speakers: Speakers,
}

/// Runs the enabled lints. Lints that look at one entity at a time share one sweep per kind,
/// so each entity is read once however many lints run (on a million claims, memory traffic
/// and not arithmetic is the cost); the lints that need the whole graph run after, on indexes
/// the sweeps built.
pub(super) fn run(graph: &ClaimGraph, sink: &mut Sink) {
    let g = &Snapshot::new(graph);
    let cx = &Context {
        g,
        n: Names(g),
        speakers: Speakers::new(g),
    };
    let mut references = data::References::new(g, sink);
    // Allegation keys, for the two lints that match claims by allegation.
    let keyed = sink.on(&l::DUPLICATE_CLAIM) || sink.on(&l::ASSERTS_AND_DENIES);
    let mut allegations: Vec<u64> = Vec::with_capacity(if keyed { g.claims.len() } else { 0 });

    for (id, c) in g.claims() {
        let statement = (StatementId::from(id), Statement::Claim(c));
        time::statement(cx, sink, statement);
        time::claim(cx, sink, id, c);
        logic::claim(cx, sink, id, c);
        data::statement(cx, sink, statement);
        data::claim(cx, sink, id, c);
        if keyed {
            allegations.push(allegation_hash(c));
        }
        references.claim(c);
    }
    for (id, r) in g.rebuttals() {
        let statement = (StatementId::from(id), Statement::Rebuttal(r));
        time::statement(cx, sink, statement);
        data::statement(cx, sink, statement);
        logic::rebuttal(cx, sink, id, r);
        for answered in r.statements() {
            let Some(facts) = g.statement_facts(answered) else {
                continue;
            };
            time::answer(cx, sink, (id, r), (answered, facts));
            logic::answer(cx, sink, (id, r), (answered, facts));
        }
        references.rebuttal(r);
    }
    for (id, r) in g.relations() {
        time::relation(cx, sink, id, r);
        references.relation(r);
    }
    for (id, e) in g.events() {
        time::event(cx, sink, id, e);
        data::event(cx, sink, id, e);
        references.event(e);
    }
    for (_, s) in g.sources() {
        references.source(s);
    }
    for (id, a) in g.actors() {
        data::actor(cx, sink, id, a);
    }

    time::whole(cx, sink);
    logic::whole(cx, sink, &allegations);
    data::whole(cx, sink, &allegations);
    references.report(cx, sink);
}

/// The message in the wording that fits `certainty`; only that one is formatted.
fn worded(
    certainty: Certainty,
    certain: fmt::Arguments<'_>,
    possible: fmt::Arguments<'_>,
) -> String {
    match certainty {
        Certainty::Certain => fmt::format(certain),
        Certainty::Possible => fmt::format(possible),
    }
}

//! The time lints: dates that cannot all be true.

use super::{Context, worded};
use crate::check::lint::Lint;
use crate::check::lints as l;
use crate::check::sink::Sink;
use crate::check::snapshot::StatementFacts;
use crate::check::speakers::holds;
use crate::{
    ActorId, Certainty, Claim, ClaimId, EntityId, Event, EventId, Interval, PartialDate, Rebuttal,
    RebuttalId, Relation, RelationId, RelationKind, Statement, StatementId, TimeOrder,
};
use std::collections::BTreeMap;

/// `first` certainly before `second`, possibly before it, or neither.
fn before(first: PartialDate, second: PartialDate) -> Option<Certainty> {
    match first.compare(&second) {
        TimeOrder::Before => Some(Certainty::Certain),
        TimeOrder::Overlapping => Some(Certainty::Possible),
        TimeOrder::After | TimeOrder::Same => None,
    }
}

/// A finding on a statement whose date disagrees with that of one other entity: the
/// statement is the primary subject, the other the related one, and `words` makes the
/// message from their names.
fn two_dates(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    (lint, certainty): (&'static Lint, Certainty),
    (statement, other): (StatementId, EntityId),
    words: impl FnOnce(&str, &str) -> String,
) {
    sink.emit(lint, certainty, statement, || {
        let (who, what) = (cx.n.statement(statement), cx.n.entity(other));
        (words(&who, &what), vec![other])
    });
}

/// The time lints of one statement, claim or rebuttal.
pub(super) fn statement(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    (sid, s): (StatementId, Statement<'_>),
) {
    let Some(d) = s.stated() else { return };
    if sink.on(&l::CITES_LATER_EVENT) {
        cites_later_event(cx, sink, (sid, s), d);
    }
    if sink.on(&l::SPEAKS_OUTSIDE_VALIDITY) {
        speaks_outside_validity(cx, sink, (sid, s), d);
    }
    if sink.on(&l::SOURCE_PREDATES_STATEMENT) {
        source_predates_statement(cx, sink, (sid, s), d);
    }
}

/// `rebuttal_before_statement`, for one statement a rebuttal answers.
pub(super) fn answer(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    (rid, r): (RebuttalId, &Rebuttal),
    (answered, s): (StatementId, StatementFacts),
) {
    if !sink.on(&l::REBUTTAL_BEFORE_STATEMENT) {
        return;
    }
    let (Some(dr), Some(ds)) = (r.stated(), s.stated) else {
        return;
    };
    let Some(certainty) = before(dr, ds) else {
        return;
    };
    let finding = (&l::REBUTTAL_BEFORE_STATEMENT, certainty);
    two_dates(
        cx,
        sink,
        finding,
        (rid.into(), answered.into()),
        |who, what| {
            worded(
                certainty,
                format_args!("{who} is dated {dr}, before {what}, which it answers, dated {ds}"),
                format_args!(
                    "{who}, dated {dr}, may come before {what}, which it answers, dated {ds}"
                ),
            )
        },
    );
}

/// `interval_end_before_start`, for a relation's validity.
pub(super) fn relation(cx: &Context<'_, '_>, sink: &mut Sink, id: RelationId, r: &Relation) {
    interval_end_before_start(cx, sink, id.into(), r.valid().start(), r.valid().end());
}

/// `interval_end_before_start`, for an event's span, and `alleged_after_statement`.
pub(super) fn event(cx: &Context<'_, '_>, sink: &mut Sink, id: EventId, e: &Event) {
    interval_end_before_start(cx, sink, id.into(), e.date(), e.end());
    if sink.on(&l::ALLEGED_AFTER_STATEMENT) {
        alleged_after_statement(cx, sink, id, e);
    }
}

/// `deadline_before_demand` and `resolution_before_demand`, for one claim. Both look at any
/// claim with a deadline or resolution: on a non-demand they are `misplaced_deadline` too,
/// but the dates are wrong all the same.
pub(super) fn claim(cx: &Context<'_, '_>, sink: &mut Sink, id: ClaimId, c: &Claim) {
    let Some(d) = c.stated() else { return };
    if let Some(deadline) = c.deadline()
        && sink.on(&l::DEADLINE_BEFORE_DEMAND)
        && let Some(certainty) = before(deadline, d)
    {
        sink.emit(&l::DEADLINE_BEFORE_DEMAND, certainty, id, || {
            let who = cx.n.statement(id.into());
            let message = worded(
                certainty,
                format_args!("{who}, dated {d}, has a deadline before it, {deadline}"),
                format_args!(
                    "{who}, dated {d}, has a deadline that may come before it, {deadline}"
                ),
            );
            (message, vec![c.claimant().into()])
        });
    }
    if let Some(resolved) = c.resolution().and_then(crate::Resolution::date)
        && sink.on(&l::RESOLUTION_BEFORE_DEMAND)
        && let Some(certainty) = before(resolved, d)
    {
        sink.emit(&l::RESOLUTION_BEFORE_DEMAND, certainty, id, || {
            let who = cx.n.statement(id.into());
            let message = worded(
                certainty,
                format_args!("{who}, dated {d}, is resolved earlier, on {resolved}"),
                format_args!("{who}, dated {d}, may be resolved before it was made ({resolved})"),
            );
            // What resolved it, when recorded: the graph holds it (a checked reference).
            let related = c.resolution().and_then(crate::Resolution::by);
            (
                message,
                related.map(crate::Target::entity).into_iter().collect(),
            )
        });
    }
}

fn alleged_after_statement(cx: &Context<'_, '_>, sink: &mut Sink, id: EventId, e: &Event) {
    let (Some(start), Some(by)) = (e.date(), e.alleged_by()) else {
        return;
    };
    let Some(facts) = cx.g.statement_facts(by) else {
        return;
    };
    // A warning, threat, prediction or demand may tell of what is still to come.
    if facts.act.is_some_and(crate::SpeechAct::is_forward_looking) {
        return;
    }
    let Some(d) = facts.stated else { return };
    let Some(certainty) = before(d, start) else {
        return;
    };
    sink.emit(&l::ALLEGED_AFTER_STATEMENT, certainty, id, || {
        let (what, who) = (cx.n.event(id), cx.n.statement(by));
        let message = worded(
            certainty,
            format_args!("{what} begins on {start}, after {who}, which alleges it, dated {d}"),
            format_args!("{what} may begin ({start}) after {who}, which alleges it, dated {d}"),
        );
        (message, vec![by.into()])
    });
}

/// The time lints that compare entities with one another.
pub(super) fn whole(cx: &Context<'_, '_>, sink: &mut Sink) {
    if sink.on(&l::OVERLAPPING_RELATIONS) {
        overlapping_relations(cx, sink);
    }
}

fn cites_later_event(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    (sid, s): (StatementId, Statement<'_>),
    d: PartialDate,
) {
    let (events, motive) = match s {
        Statement::Claim(c) if c.act().is_forward_looking() => return,
        Statement::Claim(c) => {
            let motive = c.motive().and_then(crate::Motive::event);
            (c.events(), motive.filter(|m| !c.events().contains(m)))
        }
        Statement::Rebuttal(r) => (r.events(), None),
    };
    for e in events.iter().copied().chain(motive) {
        let Some(start) = cx.g.event_start(e) else {
            continue;
        };
        let Some(certainty) = before(d, start) else {
            continue;
        };
        let finding = (&l::CITES_LATER_EVENT, certainty);
        two_dates(cx, sink, finding, (sid, e.into()), |who, what| {
            worded(
                certainty,
                format_args!("{who}, dated {d}, cites {what}, which begins later, on {start}"),
                format_args!("{who}, dated {d}, cites {what}, which may begin later ({start})"),
            )
        });
    }
}

fn speaks_outside_validity(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    (sid, s): (StatementId, Statement<'_>),
    d: PartialDate,
) {
    let Some(links) = cx.speakers.links(s.author()) else {
        return;
    };
    let certainty = match links.iter().filter_map(|l| holds(l.2, Some(d))).max() {
        Some(Certainty::Certain) => return,
        Some(Certainty::Possible) => Certainty::Possible,
        None => Certainty::Certain,
    };
    sink.emit(&l::SPEAKS_OUTSIDE_VALIDITY, certainty, sid, || {
        let described: Vec<String> = links
            .iter()
            .take(3)
            .map(|(r, _, valid)| format!("{} valid {valid}", cx.n.relation(*r)))
            .collect();
        let verb = match certainty {
            Certainty::Certain => "falls",
            Certainty::Possible => "may fall",
        };
        let message = format!(
            "{}, dated {d}, {verb} outside every \"speaks for\" relation of {}: {}",
            cx.n.statement(sid),
            cx.n.actor(s.author()),
            described.join("; ")
        );
        let mut related = vec![s.author().into()];
        related.extend(links.iter().map(|l| EntityId::from(l.0)));
        (message, related)
    });
}

fn source_predates_statement(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    (sid, s): (StatementId, Statement<'_>),
    d: PartialDate,
) {
    for &src in s.sources() {
        // Only a source of the author's own words records the statement; any other may be
        // evidence it cites, which is older as a rule (satellite images of September).
        let Some(ds) =
            cx.g.source_facts(src)
                .filter(|x| x.speaker == Some(s.author()) || x.outlet == Some(s.author()))
                .and_then(|x| x.date)
        else {
            continue;
        };
        let Some(certainty) = before(ds, d) else {
            continue;
        };
        let finding = (&l::SOURCE_PREDATES_STATEMENT, certainty);
        two_dates(cx, sink, finding, (sid, src.into()), |who, what| {
            worded(
                certainty,
                format_args!("{who}, dated {d}, cites {what}, dated earlier, {ds}"),
                format_args!("{who}, dated {d}, cites {what}, which may be earlier ({ds})"),
            )
        });
    }
}

fn interval_end_before_start(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    id: EntityId,
    start: Option<PartialDate>,
    end: Option<PartialDate>,
) {
    if !sink.on(&l::INTERVAL_END_BEFORE_START) {
        return;
    }
    let (Some(start), Some(end)) = (start, end) else {
        return;
    };
    let Some(certainty) = before(end, start) else {
        return;
    };
    sink.emit(&l::INTERVAL_END_BEFORE_START, certainty, id, || {
        let verb = match certainty {
            Certainty::Certain => "ends",
            Certainty::Possible => "may end",
        };
        let message = format!(
            "{} {verb} ({end}) before it starts ({start})",
            cx.n.entity(id)
        );
        (message, Vec::new())
    });
}

fn overlapping_relations(cx: &Context<'_, '_>, sink: &mut Sink) {
    // Groups of a size beyond this are swept in start order instead of compared pairwise.
    const PAIRWISE: usize = 32;
    let mut groups: BTreeMap<(ActorId, RelationKind, ActorId), Vec<(RelationId, Interval)>> =
        BTreeMap::new();
    for (id, r) in cx.g.relations() {
        groups
            .entry((r.from(), r.kind(), r.to()))
            .or_default()
            .push((id, r.valid()));
    }
    let mut emit = |later: (RelationId, Interval), earlier: (RelationId, Interval)| {
        let certainty = match later.1.overlaps(&earlier.1) {
            Some(true) => Certainty::Certain,
            None => Certainty::Possible,
            Some(false) => return,
        };
        sink.emit(&l::OVERLAPPING_RELATIONS, certainty, later.0, || {
            let verb = match certainty {
                Certainty::Certain => "overlaps",
                Certainty::Possible => "may overlap",
            };
            let message = format!(
                "{} {verb} {}: valid {} and {}",
                cx.n.relation(later.0),
                cx.n.relation(earlier.0),
                later.1,
                earlier.1
            );
            (message, vec![earlier.0.into()])
        });
    };
    for mut group in groups.into_values() {
        if group.len() <= PAIRWISE {
            for j in 1..group.len() {
                for i in 0..j {
                    emit(group[j], group[i]);
                }
            }
            continue;
        }
        // Sweep: in start order, compare each relation with the one reaching furthest so far.
        group.sort_by_key(|(id, v)| (v.start(), *id));
        let mut reach = group[0];
        for &next in &group[1..] {
            let (later, earlier) = if next.0 > reach.0 {
                (next, reach)
            } else {
                (reach, next)
            };
            emit(later, earlier);
            let reaches_further = match (next.1.end(), reach.1.end()) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(a), Some(b)) => a > b,
            };
            if reaches_further {
                reach = next;
            }
        }
    }
}

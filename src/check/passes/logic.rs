//! The logic lints: positions that contradict themselves, and circles.

use super::{Context, worded};
use crate::check::lint::Lint;
use crate::check::lints as l;
use crate::check::scc::{Csr, cycles};
use crate::check::sink::Sink;
use crate::check::snapshot::StatementFacts;
use crate::check::text::same_allegation;
use crate::{
    ActorId, Certainty, Claim, ClaimId, EntityId, Interval, Rebuttal, RebuttalId, RebuttalKind,
    RelationKind, SourceId, SpeechAct, StatementId, Target,
};
use std::collections::{HashMap, HashSet};

/// `self_accusation`, for one claim.
pub(super) fn claim(cx: &Context<'_, '_>, sink: &mut Sink, cid: ClaimId, c: &Claim) {
    if sink.on(&l::SELF_ACCUSATION)
        && c.act() == SpeechAct::Accusation
        && c.about().contains(&c.claimant())
    {
        sink.certain(&l::SELF_ACCUSATION, cid, || {
            let message = format!(
                "{} accuses itself in {}",
                cx.n.actor(c.claimant()),
                cx.n.statement(cid.into())
            );
            (message, vec![c.claimant().into()])
        });
    }
}

/// `answers_uncited_source`, for one rebuttal: each source it answers must be cited (directly
/// or up a reporting chain) by one of the statements it answers, when it answers any.
pub(super) fn rebuttal(cx: &Context<'_, '_>, sink: &mut Sink, rid: RebuttalId, r: &Rebuttal) {
    if !sink.on(&l::ANSWERS_UNCITED_SOURCE) || r.statements().next().is_none() {
        return;
    }
    for target in r.answers() {
        let Target::Source(src) = *target else {
            continue;
        };
        if r.statements().any(|s| cites(cx, s, src)) {
            continue;
        }
        sink.certain(&l::ANSWERS_UNCITED_SOURCE, rid, || {
            let answered: Vec<EntityId> = r.statements().map(EntityId::from).collect();
            let message = format!(
                "{} answers {}, which none of the statements it answers cites: {}",
                cx.n.statement(rid.into()),
                cx.n.source(src),
                cx.n.list(&answered)
            );
            let mut related = vec![EntityId::from(src)];
            related.extend(answered);
            (message, related)
        });
    }
}

/// Whether `statement` cites `source`, or a source reported in it (breadth of the reporting
/// chains, each source once: chains may share outlets).
fn cites(cx: &Context<'_, '_>, statement: StatementId, source: SourceId) -> bool {
    let Some(s) = cx.g.statement(statement) else {
        return false;
    };
    let mut seen: HashSet<SourceId> = HashSet::new();
    let mut next: Vec<SourceId> = s.sources().to_vec();
    while let Some(x) = next.pop() {
        if x == source {
            return true;
        }
        if seen.insert(x)
            && let Some(found) = cx.g.source(x)
        {
            next.extend(found.reported_in().iter().filter(|up| !seen.contains(up)));
        }
    }
    false
}

/// `self_rebuttal` and the rebuttal half of `asserts_and_denies`, for one statement a
/// rebuttal answers.
pub(super) fn answer(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    (rid, r): (RebuttalId, &Rebuttal),
    (answered, s): (StatementId, StatementFacts),
) {
    if s.author == r.by() {
        if sink.on(&l::SELF_REBUTTAL) {
            sink.certain(&l::SELF_REBUTTAL, rid, || {
                let message = format!(
                    "{} rebuts {}, its own statement",
                    cx.n.actor(r.by()),
                    cx.n.statement(answered)
                );
                (message, vec![answered.into(), r.by().into()])
            });
        }
        return;
    }
    // A denial answering a statement of the same principal (an actor answering itself
    // directly is `self_rebuttal`).
    if sink.on(&l::ASSERTS_AND_DENIES) && r.kind() == RebuttalKind::Denial && !s.denies() {
        let principal = cx
            .speakers
            .shared_principal((s.author, s.stated), (r.by(), r.stated()));
        if let Some(p) = principal {
            contradiction(cx, sink, p, answered, rid.into());
        }
    }
}

/// The logic lints that need the whole graph: the claim half of `asserts_and_denies`
/// (`allegations` holds each claim's allegation key, in snapshot order, when it runs) and the
/// three cycle lints.
pub(super) fn whole(cx: &Context<'_, '_>, sink: &mut Sink, allegations: &[u64]) {
    if sink.on(&l::ASSERTS_AND_DENIES) {
        denial_claims(cx, sink, allegations);
    }
    if sink.on(&l::CIRCULAR_SUPPORT) {
        circular_support(cx, sink);
    }
    if sink.on(&l::REBUTTAL_CYCLE) {
        rebuttal_cycle(cx, sink);
    }
    if sink.on(&l::RELATION_CYCLE) {
        relation_cycle(cx, sink);
    }
}

fn contradiction(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    (p, certainty): (ActorId, Certainty),
    asserting: StatementId,
    denying: StatementId,
) {
    sink.emit(&l::ASSERTS_AND_DENIES, certainty, denying, || {
        let n = &cx.n;
        let (who, says, denies) = (n.actor(p), n.statement(asserting), n.statement(denying));
        let message = worded(
            certainty,
            format_args!(
                "{who} both asserts and denies one allegation: {says} asserts it and \
                 {denies} denies it, each by {} or someone speaking for it",
                n.actor_name(p)
            ),
            format_args!(
                "{who} may both assert and deny one allegation: {says} asserts it and \
                 {denies} denies it, if the \"speaks for\" relations held at their dates"
            ),
        );
        (message, vec![asserting.into(), p.into()])
    });
}

/// A denial claim and an asserting claim with the same allegation about the same actors.
fn denial_claims(cx: &Context<'_, '_>, sink: &mut Sink, allegations: &[u64]) {
    let (g, speakers) = (cx.g, &cx.speakers);
    let claims = || g.claims.ids().zip(g.claim_facts()).zip(allegations);
    let denials: Vec<(u64, ClaimId, StatementFacts)> = claims()
        .filter(|((_, f), _)| f.denies())
        .map(|((id, f), &h)| (h, id, *f))
        .collect();
    if denials.is_empty() {
        return;
    }
    let wanted: HashSet<u64> = denials.iter().map(|d| d.0).collect();
    let mut asserting: HashMap<(u64, ActorId), (ClaimId, Certainty)> = HashMap::new();
    for ((id, f), &h) in claims() {
        if !wanted.contains(&h) || f.denies() {
            continue;
        }
        for &(p, certainty) in speakers.principals(f.author, f.stated).iter() {
            asserting.entry((h, p)).or_insert((id, certainty));
        }
    }
    if asserting.is_empty() {
        return;
    }
    for (h, did, d) in denials {
        let mut best: Option<((ActorId, Certainty), ClaimId)> = None;
        for &(p, cd) in speakers.principals(d.author, d.stated).iter() {
            let Some(&(cid, ca)) = asserting.get(&(h, p)) else {
                continue;
            };
            let same = g
                .claim(cid)
                .zip(g.claim(did))
                .is_some_and(|(c, d)| same_allegation(c, d));
            let certainty = cd.min(ca);
            if same && best.is_none_or(|((_, bc), _)| certainty > bc) {
                best = Some(((p, certainty), cid));
            }
        }
        if let Some((p, cid)) = best {
            contradiction(cx, sink, p, cid.into(), did.into());
        }
    }
}

/// Reports each cycle among dense nodes `0..ids.len()` (named by `ids`) joined by `edges`,
/// as `what` ("statements support each other in a circle").
fn report_cycles(
    cx: &Context<'_, '_>,
    sink: &mut Sink,
    lint: &'static Lint,
    ids: &[EntityId],
    edges: &[(u32, u32)],
    what: &str,
) {
    for component in cycles(&Csr::new(ids.len(), edges)) {
        let members: Vec<EntityId> = component.iter().map(|&i| ids[i as usize]).collect();
        sink.certain(lint, members[0], || {
            let message = format!("{} {what}: {}", members.len(), cx.n.list(&members));
            (message, members[1..].to_vec())
        });
    }
}

fn circular_support(cx: &Context<'_, '_>, sink: &mut Sink) {
    let g = cx.g;
    if g.supports().next().is_none() {
        return;
    }
    // Statements in their dense order: claims first, then rebuttals.
    let ids: Vec<EntityId> = g
        .claims
        .ids()
        .map(EntityId::from)
        .chain(g.rebuttals.ids().map(EntityId::from))
        .collect();
    let edges: Vec<(u32, u32)> = g
        .supports()
        .filter_map(|(_, s)| {
            Some((
                g.statement_position(s.premise())? as u32,
                g.statement_position(s.conclusion())? as u32,
            ))
        })
        .collect();
    let what = "statements support each other in a circle";
    report_cycles(cx, sink, &l::CIRCULAR_SUPPORT, &ids, &edges, what);
}

fn rebuttal_cycle(cx: &Context<'_, '_>, sink: &mut Sink) {
    let g = cx.g;
    let mut edges: Vec<(u32, u32)> = Vec::new();
    for (i, (_, r)) in g.rebuttals().enumerate() {
        for a in r.answers() {
            if let crate::Target::Rebuttal(t) = *a
                && let Some(target) = g.rebuttals.position(t)
            {
                edges.push((i as u32, target as u32));
            }
        }
    }
    if edges.is_empty() {
        return;
    }
    let ids: Vec<EntityId> = g.rebuttals.ids().map(EntityId::from).collect();
    let what = "rebuttals answer each other in a cycle";
    report_cycles(cx, sink, &l::REBUTTAL_CYCLE, &ids, &edges, what);
}

fn relation_cycle(cx: &Context<'_, '_>, sink: &mut Sink) {
    const NONE: u32 = u32::MAX;
    let g = cx.g;
    if g.relations().next().is_none() {
        return;
    }
    for kind in [
        RelationKind::SpeaksFor,
        RelationKind::PartOf,
        RelationKind::MemberOf,
    ] {
        let mut edges: Vec<(u32, u32)> = Vec::new();
        let mut dated: Vec<(u32, u32)> = Vec::new();
        for (_, r) in g.relations().filter(|(_, r)| r.kind() == kind) {
            if let (Some(a), Some(b)) = (g.actors.position(r.from()), g.actors.position(r.to())) {
                edges.push((a as u32, b as u32));
                if r.valid() != Interval::ALWAYS {
                    dated.push((a as u32, b as u32));
                }
            }
        }
        if edges.is_empty() {
            continue;
        }
        let components = cycles(&Csr::new(g.actors.len(), &edges));
        let mut component_of = vec![NONE; g.actors.len()];
        for (k, members) in components.iter().enumerate() {
            for &v in members {
                component_of[v as usize] = k as u32;
            }
        }
        // A cycle with a dated relation inside may never exist at once: possible, not certain.
        let mut has_dated = vec![false; components.len()];
        for (a, b) in dated {
            let k = component_of[a as usize];
            if k != NONE && k == component_of[b as usize] {
                has_dated[k as usize] = true;
            }
        }
        for (members, dated) in components.iter().zip(has_dated) {
            let members: Vec<EntityId> = members
                .iter()
                .map(|&v| g.actors.at(v as usize).into())
                .collect();
            let certainty = if dated {
                Certainty::Possible
            } else {
                Certainty::Certain
            };
            sink.emit(&l::RELATION_CYCLE, certainty, members[0], || {
                let message = format!(
                    "{} actors are linked in a cycle of \"{kind}\" relations: {}",
                    members.len(),
                    cx.n.list(&members)
                );
                (message, members[1..].to_vec())
            });
        }
    }
}

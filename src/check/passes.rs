//! The passes: one function per lint, each building the index it needs and emitting into the
//! [`Sink`]. Passes of lints at `Allow` are skipped.
// The snapshot `g`, the namer `n`, a statement `s` and its id: short names keep the many
// small lint functions readable.
#![allow(clippy::many_single_char_names)]

use super::Sink;
use super::lints as l;
use super::scc::{Csr, cycles};
use super::snapshot::{Numbered, Snapshot, StatementFacts, Table};
use crate::Certainty;
use crate::{
    ActorId, Claim, ClaimGraph, ClaimId, EntityId, Event, EventId, Interval, PartialDate, Rebuttal,
    RebuttalId, Relation, RelationId, RelationKind, Source, SourceId, SpeechAct, Statement,
    StatementId, TimeOrder,
};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// Which lints run, read once from the sink.
#[allow(clippy::struct_excessive_bools)] // one flag per lint is what this is
struct Enabled {
    rebuttal_before_statement: bool,
    cites_later_event: bool,
    speaks_outside_validity: bool,
    interval_end_before_start: bool,
    source_predates_statement: bool,
    self_rebuttal: bool,
    self_accusation: bool,
    asserts_and_denies: bool,
    unsourced_statement: bool,
    duplicate_claim: bool,
    unknown_code: bool,
    undated_statement: bool,
}

/// Runs the enabled lints. Lints that look at one entity at a time share one sweep per kind,
/// so each entity is read once however many lints run (on a million claims, memory traffic
/// and not arithmetic is the cost); the lints that need the whole graph run after.
#[allow(clippy::too_many_lines)] // one sweep per kind, in a row, reads best as one function
pub(super) fn run(graph: &ClaimGraph, sink: &mut Sink<'_>) {
    let g = &Snapshot::new(graph);
    let n = &Names(g);
    let speakers = &Speakers::new(g);
    let on = Enabled {
        rebuttal_before_statement: sink.enabled(&l::REBUTTAL_BEFORE_STATEMENT),
        cites_later_event: sink.enabled(&l::CITES_LATER_EVENT),
        speaks_outside_validity: sink.enabled(&l::SPEAKS_OUTSIDE_VALIDITY),
        interval_end_before_start: sink.enabled(&l::INTERVAL_END_BEFORE_START),
        source_predates_statement: sink.enabled(&l::SOURCE_PREDATES_STATEMENT),
        self_rebuttal: sink.enabled(&l::SELF_REBUTTAL),
        self_accusation: sink.enabled(&l::SELF_ACCUSATION),
        asserts_and_denies: sink.enabled(&l::ASSERTS_AND_DENIES),
        unsourced_statement: sink.enabled(&l::UNSOURCED_STATEMENT),
        duplicate_claim: sink.enabled(&l::DUPLICATE_CLAIM),
        unknown_code: sink.enabled(&l::UNKNOWN_CODE),
        undated_statement: sink.enabled(&l::UNDATED_STATEMENT),
    };
    let mut marks = References::new(
        g,
        sink.enabled(&l::ORPHAN_ACTOR),
        sink.enabled(&l::ORPHAN_EVENT),
        sink.enabled(&l::ORPHAN_SOURCE),
    );
    let hashing = on.duplicate_claim || on.asserts_and_denies;
    let mut hashes: Vec<u64> = Vec::with_capacity(if hashing { g.claims.len() } else { 0 });
    let mut cited: Vec<EventId> = Vec::new();

    for (cid, c) in g.claims() {
        let (sid, s) = (StatementId::from(cid), Statement::Claim(c));
        statement_lints(g, n, speakers, &on, sink, (sid, s), &mut cited);
        if on.self_accusation {
            self_accusation(n, sink, cid, c);
        }
        if on.unknown_code {
            unknown_claim_codes(n, sink, cid, c);
        }
        if hashing {
            hashes.push(allegation_hash(c));
        }
        marks.claim(c);
    }
    for (rid, r) in g.rebuttals() {
        statement_lints(
            g,
            n,
            speakers,
            &on,
            sink,
            (rid.into(), Statement::Rebuttal(r)),
            &mut cited,
        );
        for &answered in r.answers() {
            let Some(s) = g.statement_facts(answered) else {
                continue;
            };
            if on.rebuttal_before_statement {
                rebuttal_before_statement(n, sink, (rid, r), (answered, s));
            }
            if on.self_rebuttal {
                self_rebuttal(n, sink, (rid, r), (answered, s));
            }
            if on.asserts_and_denies {
                denial_of_own_principal(n, speakers, sink, (rid, r), (answered, s));
            }
        }
        marks.rebuttal(r);
    }
    for (id, r) in g.relations() {
        if on.interval_end_before_start {
            interval_end_before_start(n, sink, id.into(), r.valid().start(), r.valid().end());
        }
        marks.relation(r);
    }
    for (id, e) in g.events() {
        if on.interval_end_before_start {
            interval_end_before_start(n, sink, id.into(), e.date(), e.end());
        }
        if on.unknown_code {
            unknown_event_code(n, sink, id, e);
        }
        marks.event(e);
    }
    for (_, s) in g.sources() {
        marks.source(s);
    }

    if on.asserts_and_denies {
        denial_claims(g, n, speakers, sink, &hashes);
    }
    if on.duplicate_claim {
        duplicate_claim(g, n, sink, &hashes);
    }
    if sink.enabled(&l::OVERLAPPING_RELATIONS) {
        overlapping_relations(g, n, sink);
    }
    if sink.enabled(&l::CIRCULAR_SUPPORT) {
        circular_support(g, n, sink);
    }
    if sink.enabled(&l::REBUTTAL_CYCLE) {
        rebuttal_cycle(g, n, sink);
    }
    if sink.enabled(&l::RELATION_CYCLE) {
        relation_cycle(g, n, sink);
    }
    if sink.enabled(&l::NAME_COLLISION) {
        name_collision(g, n, sink);
    }
    marks.report(n, sink);
}

/// The lints every statement, claim or rebuttal, goes through.
fn statement_lints<'g>(
    g: &Snapshot<'g>,
    n: &Names<'_, '_>,
    speakers: &Speakers,
    on: &Enabled,
    sink: &mut Sink<'_>,
    (sid, s): (StatementId, Statement<'g>),
    cited: &mut Vec<EventId>,
) {
    if on.cites_later_event {
        cites_later_event(g, n, sink, (sid, s), cited);
    }
    if on.speaks_outside_validity {
        speaks_outside_validity(n, speakers, sink, (sid, s));
    }
    if on.source_predates_statement {
        source_predates_statement(g, n, sink, (sid, s));
    }
    if on.unsourced_statement {
        unsourced_statement(n, sink, (sid, s));
    }
    if on.undated_statement {
        undated_statement(n, sink, (sid, s));
    }
}

// ---- naming entities in messages ------------------------------------------------------------

/// Names entities for messages: the id, then what a reader recognises (a name, a description).
struct Names<'s, 'g>(&'s Snapshot<'g>);

fn excerpt(text: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = text.chars().take(MAX).collect();
    if text.chars().nth(MAX).is_some() {
        out.push('…');
    }
    format!("\"{out}\"")
}

impl Names<'_, '_> {
    fn actor_name(&self, id: ActorId) -> &str {
        self.0.actor(id).map_or("?", crate::Actor::name)
    }

    fn actor(&self, id: ActorId) -> String {
        format!("{id} ({})", self.actor_name(id))
    }

    fn statement(&self, id: StatementId) -> String {
        match self.0.statement(id) {
            Some(Statement::Claim(c)) => format!(
                "{id} ({} by {}, {})",
                c.act(),
                self.actor_name(c.claimant()),
                excerpt(c.allegation().text())
            ),
            Some(Statement::Rebuttal(r)) if r.text().is_empty() => {
                format!("{id} ({} by {})", r.kind(), self.actor_name(r.by()))
            }
            Some(Statement::Rebuttal(r)) => format!(
                "{id} ({} by {}, {})",
                r.kind(),
                self.actor_name(r.by()),
                excerpt(r.text())
            ),
            None => id.to_string(),
        }
    }

    fn event(&self, id: EventId) -> String {
        self.0.event(id).map_or_else(
            || id.to_string(),
            |e| format!("{id} ({})", excerpt(e.description())),
        )
    }

    fn source(&self, id: SourceId) -> String {
        self.0.source(id).map_or_else(
            || id.to_string(),
            |s| format!("{id} ({})", excerpt(s.title())),
        )
    }

    fn relation(&self, id: RelationId) -> String {
        self.0.relation(id).map_or_else(
            || id.to_string(),
            |r| {
                format!(
                    "{id} ({} {} {})",
                    self.actor_name(r.from()),
                    r.kind(),
                    self.actor_name(r.to())
                )
            },
        )
    }

    fn entity(&self, id: EntityId) -> String {
        match id {
            EntityId::ActorId(a) => self.actor(a),
            EntityId::ClaimId(c) => self.statement(c.into()),
            EntityId::RebuttalId(r) => self.statement(r.into()),
            EntityId::EventId(e) => self.event(e),
            EntityId::SourceId(s) => self.source(s),
            EntityId::RelationId(r) => self.relation(r),
            EntityId::SupportId(p) => p.to_string(),
        }
    }

    /// Up to five entities by name, then how many more.
    fn list(&self, ids: &[EntityId]) -> String {
        const SHOWN: usize = 5;
        let mut parts: Vec<String> = ids.iter().take(SHOWN).map(|&i| self.entity(i)).collect();
        if ids.len() > SHOWN {
            parts.push(format!("{} more", ids.len() - SHOWN));
        }
        parts.join(", ")
    }
}

fn sentence(certainty: Certainty, certain: &str, possible: &str) -> String {
    match certainty {
        Certainty::Certain => certain.to_owned(),
        Certainty::Possible => possible.to_owned(),
    }
}

/// `first` certainly before `second`, possibly before it, or neither.
fn before(first: PartialDate, second: PartialDate) -> Option<Certainty> {
    match first.compare(&second) {
        TimeOrder::Before => Some(Certainty::Certain),
        TimeOrder::Overlapping => Some(Certainty::Possible),
        TimeOrder::After | TimeOrder::Same => None,
    }
}

fn statements<'a, 'g>(
    g: &'a Snapshot<'g>,
) -> impl Iterator<Item = (StatementId, Statement<'g>)> + 'a {
    g.claims()
        .map(|(id, c)| (StatementId::from(id), Statement::Claim(c)))
        .chain(
            g.rebuttals()
                .map(|(id, r)| (StatementId::from(id), Statement::Rebuttal(r))),
        )
}

// ---- time ---------------------------------------------------------------------------------

fn rebuttal_before_statement(
    n: &Names<'_, '_>,
    sink: &mut Sink<'_>,
    (rid, r): (RebuttalId, &Rebuttal),
    (answered, s): (StatementId, StatementFacts),
) {
    let (Some(dr), Some(ds)) = (r.stated(), s.stated) else {
        return;
    };
    let Some(certainty) = before(dr, ds) else {
        return;
    };
    let (who, what) = (n.statement(rid.into()), n.statement(answered));
    let message = sentence(
        certainty,
        &format!("{who} is dated {dr}, before {what}, which it answers, dated {ds}"),
        &format!("{who}, dated {dr}, may come before {what}, which it answers, dated {ds}"),
    );
    sink.emit(
        &l::REBUTTAL_BEFORE_STATEMENT,
        certainty,
        rid.into(),
        vec![answered.into()],
        message,
    );
}

fn cites_later_event<'g>(
    g: &Snapshot<'g>,
    n: &Names<'_, '_>,
    sink: &mut Sink<'_>,
    (sid, s): (StatementId, Statement<'g>),
    cited: &mut Vec<EventId>,
) {
    let Some(d) = s.stated() else { return };
    cited.clear();
    match s {
        Statement::Claim(c) if c.act().is_forward_looking() => return,
        Statement::Claim(c) => {
            cited.extend_from_slice(c.events());
            if let Some(m) = c.motive().and_then(crate::Motive::event)
                && !cited.contains(&m)
            {
                cited.push(m);
            }
        }
        Statement::Rebuttal(r) => cited.extend_from_slice(r.events()),
    }
    for &e in cited.iter() {
        let Some(start) = g.event_start(e) else {
            continue;
        };
        let Some(certainty) = before(d, start) else {
            continue;
        };
        let (who, what) = (n.statement(sid), n.event(e));
        let message = sentence(
            certainty,
            &format!("{who}, dated {d}, cites {what}, which begins later, on {start}"),
            &format!("{who}, dated {d}, cites {what}, which may begin later ({start})"),
        );
        sink.emit(
            &l::CITES_LATER_EVENT,
            certainty,
            sid.into(),
            vec![e.into()],
            message,
        );
    }
}

/// Who speaks for whom: each actor's "speaks for" relations, for following chains.
struct Speakers {
    links: BTreeMap<ActorId, Vec<(RelationId, ActorId, Interval)>>,
    /// The principals of actors whose every reachable link holds at all times.
    timeless: BTreeMap<ActorId, Vec<(ActorId, Certainty)>>,
}

/// Whether a relation valid over `valid` holds at `date`: certainly, possibly, or not at all.
/// An undated statement is only certainly covered by a relation valid at all times.
fn holds(valid: Interval, date: Option<PartialDate>) -> Option<Certainty> {
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

impl Speakers {
    /// Chains longer than this are walked per statement rather than remembered.
    const REMEMBERED: usize = 64;

    fn new(g: &Snapshot<'_>) -> Self {
        let mut links: BTreeMap<ActorId, Vec<_>> = BTreeMap::new();
        for (id, r) in g.relations() {
            if r.kind() == RelationKind::SpeaksFor {
                links
                    .entry(r.from())
                    .or_default()
                    .push((id, r.to(), r.valid()));
            }
        }
        let mut speakers = Speakers {
            links,
            timeless: BTreeMap::new(),
        };
        // Remember the principals of actors whose whole chain holds at all times: they do not
        // depend on the date, and most data records spokesmen without dates.
        let mut timeless = BTreeMap::new();
        for &actor in speakers.links.keys() {
            if let Some(found) = speakers.walk(actor, None, Self::REMEMBERED, true) {
                timeless.insert(actor, found);
            }
        }
        speakers.timeless = timeless;
        speakers
    }

    /// The actor and everyone it speaks for at `date`, transitively, each with how certainly;
    /// sorted by actor.
    fn principals(
        &self,
        actor: ActorId,
        date: Option<PartialDate>,
    ) -> Cow<'_, [(ActorId, Certainty)]> {
        if let Some(found) = self.timeless.get(&actor) {
            return Cow::Borrowed(found);
        }
        if !self.links.contains_key(&actor) {
            return Cow::Owned(vec![(actor, Certainty::Certain)]);
        }
        Cow::Owned(
            self.walk(actor, date, usize::MAX, false)
                .unwrap_or_default(),
        )
    }

    /// A breadth-first walk with a visited map, so relation cycles end. `None` when more than
    /// `limit` actors are found, or when `timeless_only` and a link has a validity.
    fn walk(
        &self,
        actor: ActorId,
        date: Option<PartialDate>,
        limit: usize,
        timeless_only: bool,
    ) -> Option<Vec<(ActorId, Certainty)>> {
        let mut found: BTreeMap<ActorId, Certainty> = BTreeMap::new();
        found.insert(actor, Certainty::Certain);
        // Certain links first, so that an actor reached both ways counts as certain.
        for wanted in [Certainty::Certain, Certainty::Possible] {
            let mut queue: Vec<ActorId> = found
                .iter()
                .filter(|&(_, &c)| c >= wanted)
                .map(|(&a, _)| a)
                .collect();
            while let Some(a) = queue.pop() {
                for &(_, to, valid) in self.links.get(&a).map_or(&[][..], Vec::as_slice) {
                    if timeless_only && valid != Interval::ALWAYS {
                        return None;
                    }
                    let Some(link) = holds(valid, date) else {
                        continue;
                    };
                    if link < wanted || found.contains_key(&to) {
                        continue;
                    }
                    found.insert(to, wanted);
                    if found.len() > limit {
                        return None;
                    }
                    queue.push(to);
                }
            }
        }
        Some(found.into_iter().collect())
    }
}

fn speaks_outside_validity(
    n: &Names<'_, '_>,
    speakers: &Speakers,
    sink: &mut Sink<'_>,
    (sid, s): (StatementId, Statement<'_>),
) {
    let Some(d) = s.stated() else { return };
    let Some(links) = speakers.links.get(&s.author()) else {
        return;
    };
    let best = links.iter().filter_map(|l| holds(l.2, Some(d))).max();
    let certainty = match best {
        Some(Certainty::Certain) => return,
        Some(Certainty::Possible) => Certainty::Possible,
        None => Certainty::Certain,
    };
    let described: Vec<String> = links
        .iter()
        .take(3)
        .map(|(r, _, valid)| format!("{} valid {valid}", n.relation(*r)))
        .collect();
    let (who, author) = (n.statement(sid), n.actor(s.author()));
    let message = sentence(
        certainty,
        &format!(
            "{who}, dated {d}, falls outside every \"speaks for\" relation of {author}: {}",
            described.join("; ")
        ),
        &format!(
            "{who}, dated {d}, may fall outside every \"speaks for\" relation of {author}: {}",
            described.join("; ")
        ),
    );
    let mut related = vec![s.author().into()];
    related.extend(links.iter().map(|l| EntityId::from(l.0)));
    sink.emit(
        &l::SPEAKS_OUTSIDE_VALIDITY,
        certainty,
        sid.into(),
        related,
        message,
    );
}

fn interval_end_before_start(
    n: &Names<'_, '_>,
    sink: &mut Sink<'_>,
    id: EntityId,
    start: Option<PartialDate>,
    end: Option<PartialDate>,
) {
    let (Some(start), Some(end)) = (start, end) else {
        return;
    };
    let Some(certainty) = before(end, start) else {
        return;
    };
    let who = n.entity(id);
    let message = sentence(
        certainty,
        &format!("{who} ends ({end}) before it starts ({start})"),
        &format!("{who} may end ({end}) before it starts ({start})"),
    );
    sink.emit(
        &l::INTERVAL_END_BEFORE_START,
        certainty,
        id,
        Vec::new(),
        message,
    );
}

fn overlapping_relations(g: &Snapshot<'_>, n: &Names<'_, '_>, sink: &mut Sink<'_>) {
    // Groups of a size beyond this are swept in start order instead of compared pairwise.
    const PAIRWISE: usize = 32;
    let mut groups: BTreeMap<(ActorId, RelationKind, ActorId), Vec<(RelationId, Interval)>> =
        BTreeMap::new();
    for (id, r) in g.relations() {
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
        let (a, b) = (n.relation(later.0), n.relation(earlier.0));
        let message = sentence(
            certainty,
            &format!("{a} overlaps {b}: valid {} and {}", later.1, earlier.1),
            &format!("{a} may overlap {b}: valid {} and {}", later.1, earlier.1),
        );
        sink.emit(
            &l::OVERLAPPING_RELATIONS,
            certainty,
            later.0.into(),
            vec![earlier.0.into()],
            message,
        );
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

fn source_predates_statement<'g>(
    g: &Snapshot<'g>,
    n: &Names<'_, '_>,
    sink: &mut Sink<'_>,
    (sid, s): (StatementId, Statement<'g>),
) {
    let Some(d) = s.stated() else { return };
    for &src in s.sources() {
        // Only a source of the author's own words records the statement; any other may be
        // evidence it cites, which is older as a rule (satellite images of September).
        let Some(ds) = g
            .source_facts(src)
            .filter(|x| x.speaker == Some(s.author()) || x.outlet == Some(s.author()))
            .and_then(|x| x.date)
        else {
            continue;
        };
        let Some(certainty) = before(ds, d) else {
            continue;
        };
        let (who, what) = (n.statement(sid), n.source(src));
        let message = sentence(
            certainty,
            &format!("{who}, dated {d}, cites {what}, dated earlier, {ds}"),
            &format!("{who}, dated {d}, cites {what}, which may be earlier ({ds})"),
        );
        sink.emit(
            &l::SOURCE_PREDATES_STATEMENT,
            certainty,
            sid.into(),
            vec![src.into()],
            message,
        );
    }
}

// ---- logic --------------------------------------------------------------------------------

fn self_rebuttal(
    n: &Names<'_, '_>,
    sink: &mut Sink<'_>,
    (rid, r): (RebuttalId, &Rebuttal),
    (answered, s): (StatementId, StatementFacts),
) {
    if s.author != r.by() {
        return;
    }
    let message = format!(
        "{} rebuts {}, its own statement",
        n.actor(r.by()),
        n.statement(answered)
    );
    sink.emit(
        &l::SELF_REBUTTAL,
        Certainty::Certain,
        rid.into(),
        vec![answered.into(), r.by().into()],
        message,
    );
}

fn self_accusation(n: &Names<'_, '_>, sink: &mut Sink<'_>, cid: ClaimId, c: &Claim) {
    if c.act() == SpeechAct::Accusation && c.about().contains(&c.claimant()) {
        let message = format!(
            "{} accuses itself in {}",
            n.actor(c.claimant()),
            n.statement(cid.into())
        );
        sink.emit(
            &l::SELF_ACCUSATION,
            Certainty::Certain,
            cid.into(),
            vec![c.claimant().into()],
            message,
        );
    }
}

/// The principal both sides share, best certainty first, then smallest id.
fn shared_principal(
    speakers: &Speakers,
    a: ActorId,
    da: Option<PartialDate>,
    b: ActorId,
    db: Option<PartialDate>,
) -> Option<(ActorId, Certainty)> {
    if !speakers.links.contains_key(&a) && !speakers.links.contains_key(&b) {
        return (a == b).then_some((a, Certainty::Certain));
    }
    let pa = speakers.principals(a, da);
    let pb = speakers.principals(b, db);
    let mut best: Option<(ActorId, Certainty)> = None;
    for &(actor, ca) in pa.iter() {
        if let Ok(i) = pb.binary_search_by_key(&actor, |p| p.0) {
            let c = ca.min(pb[i].1);
            if best.is_none_or(|(_, bc)| c > bc) {
                best = Some((actor, c));
            }
        }
    }
    best
}

fn contradiction(
    n: &Names<'_, '_>,
    sink: &mut Sink<'_>,
    (p, certainty): (ActorId, Certainty),
    asserting: StatementId,
    denying: StatementId,
) {
    let message = sentence(
        certainty,
        &format!(
            "{} both asserts and denies one allegation: {} asserts it and {} denies it, \
             each by {} or someone speaking for it",
            n.actor(p),
            n.statement(asserting),
            n.statement(denying),
            n.actor_name(p)
        ),
        &format!(
            "{} may both assert and deny one allegation: {} asserts it and {} denies it, \
             if the \"speaks for\" relations held at their dates",
            n.actor(p),
            n.statement(asserting),
            n.statement(denying)
        ),
    );
    sink.emit(
        &l::ASSERTS_AND_DENIES,
        certainty,
        denying.into(),
        vec![asserting.into(), p.into()],
        message,
    );
}

/// A denial answering a statement of the same principal (an actor answering itself directly
/// is `self_rebuttal`).
fn denial_of_own_principal(
    n: &Names<'_, '_>,
    speakers: &Speakers,
    sink: &mut Sink<'_>,
    (rid, r): (RebuttalId, &Rebuttal),
    (answered, s): (StatementId, StatementFacts),
) {
    if r.kind() != crate::RebuttalKind::Denial || s.author == r.by() || s.denies() {
        return;
    }
    if let Some(p) = shared_principal(speakers, s.author, s.stated, r.by(), r.stated()) {
        contradiction(n, sink, p, answered, rid.into());
    }
}

/// A denial claim and an asserting claim with the same allegation about the same actors;
/// `hashes` holds each claim's allegation hash, in snapshot order.
fn denial_claims(
    g: &Snapshot<'_>,
    n: &Names<'_, '_>,
    speakers: &Speakers,
    sink: &mut Sink<'_>,
    hashes: &[u64],
) {
    let claims = || g.claims.ids().zip(g.claim_facts()).zip(hashes);
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
            contradiction(n, sink, p, cid.into(), did.into());
        }
    }
}

/// Cycles among `nodes` dense nodes, reported with `ids` naming each node.
fn report_cycles(
    sink: &mut Sink<'_>,
    lint: &'static super::Lint,
    ids: &[EntityId],
    edges: &[(u32, u32)],
    describe: impl Fn(&[EntityId]) -> (String, Certainty),
) {
    for component in cycles(&Csr::new(ids.len(), edges)) {
        let members: Vec<EntityId> = component.iter().map(|&i| ids[i as usize]).collect();
        let (message, certainty) = describe(&members);
        sink.emit(lint, certainty, members[0], members[1..].to_vec(), message);
    }
}

fn circular_support(g: &Snapshot<'_>, n: &Names<'_, '_>, sink: &mut Sink<'_>) {
    if g.supports().next().is_none() {
        return;
    }
    let ids: Vec<StatementId> = statements(g).map(|(id, _)| id).collect();
    let edges: Vec<(u32, u32)> = g
        .supports()
        .filter_map(|(_, s)| {
            Some((
                g.statement_position(s.premise())? as u32,
                g.statement_position(s.conclusion())? as u32,
            ))
        })
        .collect();
    let entities: Vec<EntityId> = ids.iter().map(|&i| i.into()).collect();
    report_cycles(sink, &l::CIRCULAR_SUPPORT, &entities, &edges, |m| {
        let message = format!(
            "{} statements support each other in a circle: {}",
            m.len(),
            n.list(m)
        );
        (message, Certainty::Certain)
    });
}

fn rebuttal_cycle(g: &Snapshot<'_>, n: &Names<'_, '_>, sink: &mut Sink<'_>) {
    let ids: Vec<crate::RebuttalId> = g.rebuttals().map(|(id, _)| id).collect();
    let mut edges: Vec<(u32, u32)> = Vec::new();
    for (i, (_, r)) in g.rebuttals().enumerate() {
        for a in r.answers() {
            if let Some(target) = a
                .as_rebuttal()
                .and_then(|t| g.rebuttals.position(t))
                .map(|p| p as u32)
            {
                edges.push((i as u32, target));
            }
        }
    }
    if edges.is_empty() {
        return;
    }
    let entities: Vec<EntityId> = ids.iter().map(|&i| i.into()).collect();
    report_cycles(sink, &l::REBUTTAL_CYCLE, &entities, &edges, |m| {
        let message = format!(
            "{} rebuttals answer each other in a cycle: {}",
            m.len(),
            n.list(m)
        );
        (message, Certainty::Certain)
    });
}

fn relation_cycle(g: &Snapshot<'_>, n: &Names<'_, '_>, sink: &mut Sink<'_>) {
    const NONE: u32 = u32::MAX;
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
            let message = format!(
                "{} actors are linked in a cycle of \"{kind}\" relations: {}",
                members.len(),
                n.list(&members)
            );
            sink.emit(
                &l::RELATION_CYCLE,
                certainty,
                members[0],
                members[1..].to_vec(),
                message,
            );
        }
    }
}

// ---- data ---------------------------------------------------------------------------------

fn unsourced_statement(
    n: &Names<'_, '_>,
    sink: &mut Sink<'_>,
    (sid, s): (StatementId, Statement<'_>),
) {
    if s.sources().is_empty() {
        let message = format!(
            "{} by {} cites no source",
            n.statement(sid),
            n.actor(s.author())
        );
        sink.emit(
            &l::UNSOURCED_STATEMENT,
            Certainty::Certain,
            sid.into(),
            vec![s.author().into()],
            message,
        );
    }
}

/// FNV-1a: a small, fast, deterministic hasher for the keys of duplicate detection (the
/// standard hasher is seeded per process unless built by hand, and slower).
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The text as compared: lowercase, runs of white space as one space, trimmed.
fn normalized(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split_whitespace()
        .enumerate()
        .flat_map(|(i, word)| (i > 0).then_some(' ').into_iter().chain(word.chars()))
        .flat_map(char::to_lowercase)
}

/// Hashes the normalised text (as [`normalized`] yields it) as UTF-8 bytes, with a fast path
/// for ASCII, which most allegations are.
fn hash_text(h: &mut Fnv, text: &str) {
    if text.is_ascii() {
        let mut pending_space = false;
        let mut started = false;
        for &b in text.as_bytes() {
            if char::from(b).is_whitespace() {
                pending_space = started;
            } else {
                if pending_space {
                    h.write_u8(b' ');
                    pending_space = false;
                }
                started = true;
                h.write_u8(b.to_ascii_lowercase());
            }
        }
        return;
    }
    let mut buf = [0u8; 4];
    for c in normalized(text) {
        h.write(c.encode_utf8(&mut buf).as_bytes());
    }
}

/// A hash of the actors a claim is about that ignores their order.
fn about_hash(about: &[ActorId]) -> u64 {
    about.iter().fold(0u64, |acc, a| {
        let mut h = Fnv::new();
        a.hash(&mut h);
        acc.wrapping_add(h.finish())
    })
}

fn same_about(a: &[ActorId], b: &[ActorId]) -> bool {
    let mut x = a.to_vec();
    let mut y = b.to_vec();
    x.sort_unstable();
    y.sort_unstable();
    x == y
}

fn allegation_hash(c: &crate::Claim) -> u64 {
    let mut h = Fnv::new();
    hash_text(&mut h, c.allegation().text());
    h.write_u64(about_hash(c.about()));
    h.finish()
}

fn same_allegation(a: &crate::Claim, b: &crate::Claim) -> bool {
    normalized(a.allegation().text()).eq(normalized(b.allegation().text()))
        && same_about(a.about(), b.about())
}

fn duplicate_claim(g: &Snapshot<'_>, n: &Names<'_, '_>, sink: &mut Sink<'_>, hashes: &[u64]) {
    // Keys from the packed facts and the allegation hashes: no claim is read unless its key
    // is shared.
    let mut keys: Vec<(u64, ClaimId)> = g
        .claims
        .ids()
        .zip(g.claim_facts())
        .zip(hashes)
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
    let same = |a: &crate::Claim, b: &crate::Claim| {
        a.claimant() == b.claimant()
            && a.act() == b.act()
            && a.stated() == b.stated()
            && same_allegation(a, b)
    };
    let mut start = 0;
    while start < keys.len() {
        let end = keys[start..]
            .iter()
            .position(|k| k.0 != keys[start].0)
            .map_or(keys.len(), |p| start + p);
        if end - start == 1 {
            start = end;
            continue;
        }
        // Distinct claims of the run (hash collisions aside, there is one).
        let mut firsts: Vec<ClaimId> = Vec::new();
        for &(_, id) in &keys[start..end] {
            let Some(c) = g.claim(id) else { continue };
            let original = firsts
                .iter()
                .copied()
                .find(|&f| g.claim(f).is_some_and(|o| same(o, c)));
            match original {
                Some(first) => {
                    let message = format!(
                        "{} duplicates {}: same claimant, act, targets, allegation and date",
                        n.statement(id.into()),
                        n.statement(first.into())
                    );
                    sink.emit(
                        &l::DUPLICATE_CLAIM,
                        Certainty::Certain,
                        id.into(),
                        vec![first.into()],
                        message,
                    );
                }
                None => firsts.push(id),
            }
        }
        start = end;
    }
}

fn name_collision(g: &Snapshot<'_>, n: &Names<'_, '_>, sink: &mut Sink<'_>) {
    let mut seen: HashMap<String, ActorId> = HashMap::new();
    let mut collisions: BTreeMap<(ActorId, ActorId), String> = BTreeMap::new();
    for (id, a) in g.actors() {
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
        let message = format!(
            "{} and {} share the name \"{name}\"",
            n.actor(later),
            n.actor(first)
        );
        sink.emit(
            &l::NAME_COLLISION,
            Certainty::Certain,
            later.into(),
            vec![first.into()],
            message,
        );
    }
}

/// Which actors, events and sources something refers to, marked during the sweeps; each
/// table exists only when its orphan lint runs.
struct References<'s, 'g> {
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
    fn new(g: &'s Snapshot<'g>, actors: bool, events: bool, sources: bool) -> Self {
        let table = |on: bool, len: usize| if on { vec![false; len] } else { Vec::new() };
        References {
            g,
            actors: table(actors, g.actors.len()),
            events: table(events, g.events.len()),
            sources: table(sources, g.sources.len()),
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

    fn claim(&mut self, c: &Claim) {
        self.actor(c.claimant());
        c.about().iter().for_each(|&a| self.actor(a));
        c.events().iter().for_each(|&e| self.event_id(e));
        if let Some(e) = c.motive().and_then(crate::Motive::event) {
            self.event_id(e);
        }
        c.sources().iter().for_each(|&x| self.source_id(x));
    }

    fn rebuttal(&mut self, r: &Rebuttal) {
        self.actor(r.by());
        r.events().iter().for_each(|&e| self.event_id(e));
        r.sources().iter().for_each(|&x| self.source_id(x));
    }

    fn relation(&mut self, r: &Relation) {
        self.actor(r.from());
        self.actor(r.to());
        r.sources().iter().for_each(|&x| self.source_id(x));
    }

    fn event(&mut self, e: &Event) {
        e.participants().iter().for_each(|p| self.actor(p.actor()));
        e.sources().iter().for_each(|&x| self.source_id(x));
    }

    fn source(&mut self, s: &Source) {
        s.outlet()
            .into_iter()
            .chain(s.speaker())
            .for_each(|a| self.actor(a));
        if let Some(up) = s.reported_in() {
            self.source_id(up);
        }
    }

    /// Reports what nothing refers to.
    fn report(&self, n: &Names<'_, '_>, sink: &mut Sink<'_>) {
        fn unmarked(seen: &[bool]) -> impl Iterator<Item = usize> + '_ {
            seen.iter()
                .enumerate()
                .filter(|(_, s)| !**s)
                .map(|(p, _)| p)
        }
        for p in unmarked(&self.actors) {
            let id = self.g.actors.at(p);
            let message = format!(
                "{} is referred to by no claim, rebuttal, relation, event or source",
                n.actor(id)
            );
            sink.emit(
                &l::ORPHAN_ACTOR,
                Certainty::Certain,
                id.into(),
                Vec::new(),
                message,
            );
        }
        for p in unmarked(&self.events) {
            let id = self.g.events.at(p);
            let message = format!("{} is cited by no claim or rebuttal", n.event(id));
            sink.emit(
                &l::ORPHAN_EVENT,
                Certainty::Certain,
                id.into(),
                Vec::new(),
                message,
            );
        }
        for p in unmarked(&self.sources) {
            let id = self.g.sources.at(p);
            let message = format!(
                "{} is cited by nothing, and nothing is reported in it",
                n.source(id)
            );
            sink.emit(
                &l::ORPHAN_SOURCE,
                Certainty::Certain,
                id.into(),
                Vec::new(),
                message,
            );
        }
    }
}

fn unknown_claim_codes(n: &Names<'_, '_>, sink: &mut Sink<'_>, id: ClaimId, c: &Claim) {
    let a = c.allegation();
    if let Some(code) = a.category().filter(|c| !c.is_known()) {
        let what = format!("CAMEO code `{}`, which is not in CAMEO", code.as_str());
        unknown_code(n, sink, id.into(), &what);
    }
    for ctx in a.contexts().iter().filter(|c| !c.is_known()) {
        let what = format!("PLOVER context `{}`, which is not in PLOVER", ctx.as_str());
        unknown_code(n, sink, id.into(), &what);
    }
}

fn unknown_event_code(n: &Names<'_, '_>, sink: &mut Sink<'_>, id: EventId, e: &Event) {
    if let Some(code) = e.cameo().filter(|c| !c.is_known()) {
        let what = format!("CAMEO code `{}`, which is not in CAMEO", code.as_str());
        unknown_code(n, sink, id.into(), &what);
    }
}

fn unknown_code(n: &Names<'_, '_>, sink: &mut Sink<'_>, id: EntityId, what: &str) {
    let message = format!("{} uses {what}", n.entity(id));
    sink.emit(
        &l::UNKNOWN_CODE,
        Certainty::Certain,
        id,
        Vec::new(),
        message,
    );
}

fn undated_statement(
    n: &Names<'_, '_>,
    sink: &mut Sink<'_>,
    (sid, s): (StatementId, Statement<'_>),
) {
    if s.stated().is_none() {
        let message = format!("{} has no date", n.statement(sid));
        sink.emit(
            &l::UNDATED_STATEMENT,
            Certainty::Certain,
            sid.into(),
            vec![s.author().into()],
            message,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slow_hash(text: &str) -> u64 {
        let mut h = Fnv::new();
        let mut buf = [0u8; 4];
        for c in normalized(text) {
            h.write(c.encode_utf8(&mut buf).as_bytes());
        }
        h.finish()
    }

    #[test]
    fn the_ascii_fast_path_hashes_as_the_general_one() {
        for text in [
            "",
            "  a  B\tc\n",
            "Smuggling  migrants ",
            "x\u{b}y",
            "\u{212a}elvin",
        ] {
            let mut h = Fnv::new();
            hash_text(&mut h, text);
            assert_eq!(h.finish(), slow_hash(text), "{text:?}");
        }
        let hash = |t: &str| {
            let mut h = Fnv::new();
            hash_text(&mut h, t);
            h.finish()
        };
        // The Kelvin sign lowercases to an ASCII `k`: both paths meet.
        assert_eq!(hash("\u{212a}elvin"), hash("kelvin"));
        assert_eq!(hash(" Smuggling\u{a0}migrants"), hash("smuggling migrants"));
    }
}

//! The passes: one function per lint, each building the index it needs and emitting into the
//! [`Sink`]. Passes of lints at `Allow` are skipped.

use super::lints as l;
use super::scc::{Csr, cycles};
use super::{Certainty, Sink};
use crate::{
    ActorId, ClaimGraph, ClaimId, EntityId, EventId, Interval, PartialDate, RelationId,
    RelationKind, SourceId, SpeechAct, Statement, StatementId, TimeOrder,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// A pass: runs one lint over the graph it closes over.
type Pass<'a> = &'a dyn Fn(&mut Sink<'_>);

pub(super) fn run(g: &ClaimGraph, sink: &mut Sink<'_>) {
    let n = Names(g);
    let speakers = Speakers::new(g);
    let passes: [(&super::Lint, Pass<'_>); 20] = [
        (&l::REBUTTAL_BEFORE_STATEMENT, &|s| {
            rebuttal_before_statement(g, &n, s);
        }),
        (&l::CITES_LATER_EVENT, &|s| cites_later_event(g, &n, s)),
        (&l::SPEAKS_OUTSIDE_VALIDITY, &|s| {
            speaks_outside_validity(g, &n, &speakers, s);
        }),
        (&l::INTERVAL_END_BEFORE_START, &|s| {
            interval_end_before_start(g, &n, s);
        }),
        (&l::OVERLAPPING_RELATIONS, &|s| {
            overlapping_relations(g, &n, s);
        }),
        (&l::SOURCE_PREDATES_STATEMENT, &|s| {
            source_predates_statement(g, &n, s);
        }),
        (&l::SELF_REBUTTAL, &|s| self_rebuttal(g, &n, s)),
        (&l::SELF_ACCUSATION, &|s| self_accusation(g, &n, s)),
        (&l::ASSERTS_AND_DENIES, &|s| {
            asserts_and_denies(g, &n, &speakers, s);
        }),
        (&l::CIRCULAR_SUPPORT, &|s| circular_support(g, &n, s)),
        (&l::REBUTTAL_CYCLE, &|s| rebuttal_cycle(g, &n, s)),
        (&l::RELATION_CYCLE, &|s| relation_cycle(g, &n, s)),
        (&l::UNSOURCED_STATEMENT, &|s| {
            unsourced_statement(g, &n, s);
        }),
        (&l::DUPLICATE_CLAIM, &|s| duplicate_claim(g, &n, s)),
        (&l::NAME_COLLISION, &|s| name_collision(g, &n, s)),
        (&l::ORPHAN_ACTOR, &|s| orphan_actor(g, &n, s)),
        (&l::ORPHAN_EVENT, &|s| orphan_event(g, &n, s)),
        (&l::ORPHAN_SOURCE, &|s| orphan_source(g, &n, s)),
        (&l::UNKNOWN_CODE, &|s| unknown_code(g, &n, s)),
        (&l::UNDATED_STATEMENT, &|s| undated_statement(g, &n, s)),
    ];
    for (lint, pass) in passes {
        if sink.enabled(lint) {
            pass(sink);
        }
    }
}

// ---- naming entities in messages ------------------------------------------------------------

/// Names entities for messages: the id, then what a reader recognises (a name, a description).
struct Names<'g>(&'g ClaimGraph);

fn excerpt(text: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = text.chars().take(MAX).collect();
    if text.chars().nth(MAX).is_some() {
        out.push('…');
    }
    format!("\"{out}\"")
}

impl Names<'_> {
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

fn statements(g: &ClaimGraph) -> impl Iterator<Item = (StatementId, Statement<'_>)> + '_ {
    g.claims()
        .map(|(id, c)| (StatementId::from(id), Statement::Claim(c)))
        .chain(
            g.rebuttals()
                .map(|(id, r)| (StatementId::from(id), Statement::Rebuttal(r))),
        )
}

// ---- time ---------------------------------------------------------------------------------

fn rebuttal_before_statement(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    for (rid, r) in g.rebuttals() {
        let Some(dr) = r.stated() else { continue };
        for &answered in r.answers() {
            let Some(ds) = g.statement(answered).and_then(|s| s.stated()) else {
                continue;
            };
            let Some(certainty) = before(dr, ds) else {
                continue;
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
    }
}

fn cites_later_event(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    let mut cited: Vec<EventId> = Vec::new();
    for (sid, s) in statements(g) {
        let Some(d) = s.stated() else { continue };
        cited.clear();
        match s {
            Statement::Claim(c) if c.act().is_forward_looking() => continue,
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
        for &e in &cited {
            let Some(start) = g.event(e).and_then(crate::Event::date) else {
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
}

/// Who speaks for whom: each actor's "speaks for" relations, for following chains.
struct Speakers {
    links: BTreeMap<ActorId, Vec<(RelationId, ActorId, Interval)>>,
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
    fn new(g: &ClaimGraph) -> Self {
        let mut links: BTreeMap<ActorId, Vec<_>> = BTreeMap::new();
        for (id, r) in g.relations() {
            if r.kind() == RelationKind::SpeaksFor {
                links
                    .entry(r.from())
                    .or_default()
                    .push((id, r.to(), r.valid()));
            }
        }
        Speakers { links }
    }

    /// The actor and everyone it speaks for at `date`, transitively, each with how certainly;
    /// sorted by actor. A breadth-first walk with a visited map, so relation cycles end.
    fn principals(&self, actor: ActorId, date: Option<PartialDate>) -> Vec<(ActorId, Certainty)> {
        let mut found: BTreeMap<ActorId, Certainty> = BTreeMap::new();
        found.insert(actor, Certainty::Certain);
        if !self.links.contains_key(&actor) {
            return vec![(actor, Certainty::Certain)];
        }
        // Certain links first, so that an actor reached both ways counts as certain.
        for wanted in [Certainty::Certain, Certainty::Possible] {
            let mut queue: Vec<ActorId> = found
                .iter()
                .filter(|&(_, &c)| c >= wanted)
                .map(|(&a, _)| a)
                .collect();
            while let Some(a) = queue.pop() {
                for &(_, to, valid) in self.links.get(&a).map_or(&[][..], Vec::as_slice) {
                    let Some(link) = holds(valid, date) else {
                        continue;
                    };
                    if link < wanted || found.contains_key(&to) {
                        continue;
                    }
                    found.insert(to, wanted);
                    queue.push(to);
                }
            }
        }
        found.into_iter().collect()
    }
}

fn speaks_outside_validity(
    g: &ClaimGraph,
    n: &Names<'_>,
    speakers: &Speakers,
    sink: &mut Sink<'_>,
) {
    if speakers.links.is_empty() {
        return;
    }
    for (sid, s) in statements(g) {
        let Some(d) = s.stated() else { continue };
        let Some(links) = speakers.links.get(&s.author()) else {
            continue;
        };
        let best = links.iter().filter_map(|l| holds(l.2, Some(d))).max();
        let certainty = match best {
            Some(Certainty::Certain) => continue,
            Some(Certainty::Possible) => Certainty::Possible,
            None => Certainty::Certain,
        };
        let relations: Vec<EntityId> = links.iter().map(|l| l.0.into()).collect();
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
        related.extend(relations);
        sink.emit(
            &l::SPEAKS_OUTSIDE_VALIDITY,
            certainty,
            sid.into(),
            related,
            message,
        );
    }
}

fn interval_end_before_start(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    let spans = g
        .relations()
        .map(|(id, r)| (EntityId::from(id), r.valid().start(), r.valid().end()))
        .chain(
            g.events()
                .map(|(id, e)| (EntityId::from(id), e.date(), e.end())),
        );
    for (id, start, end) in spans {
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        let Some(certainty) = before(end, start) else {
            continue;
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
}

fn overlapping_relations(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
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

fn source_predates_statement(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    for (sid, s) in statements(g) {
        let Some(d) = s.stated() else { continue };
        for &src in s.sources() {
            // Only a source of the author's own words records the statement; any other may be
            // evidence it cites, which is older as a rule (satellite images of September).
            let Some(ds) = g
                .source(src)
                .filter(|x| x.speaker() == Some(s.author()) || x.outlet() == Some(s.author()))
                .and_then(crate::Source::date)
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
}

// ---- logic --------------------------------------------------------------------------------

fn self_rebuttal(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    for (rid, r) in g.rebuttals() {
        for &answered in r.answers() {
            if g.statement(answered).is_some_and(|s| s.author() == r.by()) {
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
        }
    }
}

fn self_accusation(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    for (cid, c) in g.claims() {
        if c.act() == SpeechAct::Accusation && c.about_actors().contains(&c.claimant()) {
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
    for &(actor, ca) in &pa {
        if let Ok(i) = pb.binary_search_by_key(&actor, |p| p.0) {
            let c = ca.min(pb[i].1);
            if best.is_none_or(|(_, bc)| c > bc) {
                best = Some((actor, c));
            }
        }
    }
    best
}

fn asserts_and_denies(g: &ClaimGraph, n: &Names<'_>, speakers: &Speakers, sink: &mut Sink<'_>) {
    let emit = |sink: &mut Sink<'_>,
                principal: (ActorId, Certainty),
                asserting: StatementId,
                denying: StatementId| {
        let (p, certainty) = principal;
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
    };

    // A denial answering a statement of the same principal (an actor answering itself directly
    // is `self_rebuttal`).
    for (rid, r) in g.rebuttals() {
        if r.kind() != crate::RebuttalKind::Denial {
            continue;
        }
        for &answered in r.answers() {
            let Some(s) = g.statement(answered) else {
                continue;
            };
            if s.author() == r.by()
                || matches!(s, Statement::Claim(c) if c.act() == SpeechAct::Denial)
            {
                continue;
            }
            if let Some(p) = shared_principal(speakers, s.author(), s.stated(), r.by(), r.stated())
            {
                emit(sink, p, answered, rid.into());
            }
        }
    }

    // A denial claim and an asserting claim with the same allegation about the same actors.
    let denials: Vec<(u64, ClaimId)> = g
        .claims()
        .filter(|(_, c)| c.act() == SpeechAct::Denial)
        .map(|(id, c)| (allegation_hash(c), id))
        .collect();
    if denials.is_empty() {
        return;
    }
    let wanted: HashSet<u64> = denials.iter().map(|d| d.0).collect();
    let mut asserting: HashMap<(u64, ActorId), (ClaimId, Certainty)> = HashMap::new();
    for (id, c) in g.claims() {
        if c.act() == SpeechAct::Denial {
            continue;
        }
        let h = allegation_hash(c);
        if !wanted.contains(&h) {
            continue;
        }
        for (p, certainty) in speakers.principals(c.claimant(), c.stated()) {
            asserting.entry((h, p)).or_insert((id, certainty));
        }
    }
    for (h, did) in denials {
        let Some(d) = g.claim(did) else { continue };
        let mut best: Option<((ActorId, Certainty), ClaimId)> = None;
        for (p, cd) in speakers.principals(d.claimant(), d.stated()) {
            let Some(&(cid, ca)) = asserting.get(&(h, p)) else {
                continue;
            };
            let same = g.claim(cid).is_some_and(|c| same_allegation(c, d));
            let certainty = cd.min(ca);
            if same && best.is_none_or(|((_, bc), _)| certainty > bc) {
                best = Some(((p, certainty), cid));
            }
        }
        if let Some((p, cid)) = best {
            emit(sink, p, cid.into(), did.into());
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

fn position<T: Ord>(sorted: &[T], id: &T) -> Option<u32> {
    sorted.binary_search(id).ok().map(|i| i as u32)
}

fn circular_support(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    if g.supports().next().is_none() {
        return;
    }
    let ids: Vec<StatementId> = statements(g).map(|(id, _)| id).collect();
    let edges: Vec<(u32, u32)> = g
        .supports()
        .filter_map(|(_, s)| {
            Some((
                position(&ids, &s.premise())?,
                position(&ids, &s.conclusion())?,
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

fn rebuttal_cycle(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    let ids: Vec<crate::RebuttalId> = g.rebuttals().map(|(id, _)| id).collect();
    let mut edges: Vec<(u32, u32)> = Vec::new();
    for (i, (_, r)) in g.rebuttals().enumerate() {
        for a in r.answers() {
            if let Some(target) = a.as_rebuttal().and_then(|t| position(&ids, &t)) {
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

fn relation_cycle(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    if g.relations().next().is_none() {
        return;
    }
    let ids: Vec<ActorId> = g.actors().map(|(id, _)| id).collect();
    let entities: Vec<EntityId> = ids.iter().map(|&i| i.into()).collect();
    for kind in [
        RelationKind::SpeaksFor,
        RelationKind::PartOf,
        RelationKind::MemberOf,
    ] {
        let mut edges: Vec<(u32, u32)> = Vec::new();
        // Whether every relation of this kind between two actors holds at all times.
        let mut dated: HashSet<(u32, u32)> = HashSet::new();
        for (_, r) in g.relations().filter(|(_, r)| r.kind() == kind) {
            if let (Some(a), Some(b)) = (position(&ids, &r.from()), position(&ids, &r.to())) {
                edges.push((a, b));
                if r.valid() != Interval::ALWAYS {
                    dated.insert((a, b));
                }
            }
        }
        if edges.is_empty() {
            continue;
        }
        let in_cycle_dated = |members: &[EntityId]| {
            let set: Vec<u32> = members
                .iter()
                .filter_map(|e| match e {
                    EntityId::ActorId(a) => position(&ids, a),
                    _ => None,
                })
                .collect();
            let mut sorted = set.clone();
            sorted.sort_unstable();
            dated
                .iter()
                .any(|(a, b)| sorted.binary_search(a).is_ok() && sorted.binary_search(b).is_ok())
        };
        report_cycles(sink, &l::RELATION_CYCLE, &entities, &edges, |m| {
            // Dated relations may hold at different times, so the cycle may never exist at once.
            let certainty = if in_cycle_dated(m) {
                Certainty::Possible
            } else {
                Certainty::Certain
            };
            let message = format!(
                "{} actors are linked in a cycle of \"{kind}\" relations: {}",
                m.len(),
                n.list(m)
            );
            (message, certainty)
        });
    }
}

// ---- data ---------------------------------------------------------------------------------

fn unsourced_statement(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    for (sid, s) in statements(g) {
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

fn hash_text(h: &mut Fnv, text: &str) {
    for c in normalized(text) {
        h.write_u32(u32::from(c));
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
    h.write_u64(about_hash(c.about_actors()));
    h.finish()
}

fn same_allegation(a: &crate::Claim, b: &crate::Claim) -> bool {
    normalized(a.allegation().text()).eq(normalized(b.allegation().text()))
        && same_about(a.about_actors(), b.about_actors())
}

fn duplicate_claim(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    let mut keys: Vec<(u64, ClaimId)> = g
        .claims()
        .map(|(id, c)| {
            let mut h = Fnv::new();
            c.claimant().hash(&mut h);
            c.act().hash(&mut h);
            c.stated().hash(&mut h);
            h.write_u64(allegation_hash(c));
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

fn name_collision(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
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

/// Marks which ids of one kind something refers to.
struct Marks<K> {
    ids: Vec<K>,
    seen: Vec<bool>,
}

impl<K: Ord + Copy> Marks<K> {
    fn new(ids: Vec<K>) -> Self {
        let seen = vec![false; ids.len()];
        Marks { ids, seen }
    }
    fn mark(&mut self, id: K) {
        if let Ok(i) = self.ids.binary_search(&id) {
            self.seen[i] = true;
        }
    }
    fn unmarked(&self) -> impl Iterator<Item = K> + '_ {
        self.ids
            .iter()
            .zip(&self.seen)
            .filter(|(_, s)| !**s)
            .map(|(id, _)| *id)
    }
}

fn orphan_actor(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    let mut marks = Marks::new(g.actors().map(|(id, _)| id).collect());
    for (_, c) in g.claims() {
        marks.mark(c.claimant());
        c.about_actors().iter().for_each(|&a| marks.mark(a));
    }
    for (_, r) in g.rebuttals() {
        marks.mark(r.by());
    }
    for (_, r) in g.relations() {
        marks.mark(r.from());
        marks.mark(r.to());
    }
    for (_, e) in g.events() {
        e.participants().iter().for_each(|p| marks.mark(p.actor()));
    }
    for (_, s) in g.sources() {
        s.outlet()
            .into_iter()
            .chain(s.speaker())
            .for_each(|a| marks.mark(a));
    }
    for id in marks.unmarked() {
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
}

fn orphan_event(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    let mut marks = Marks::new(g.events().map(|(id, _)| id).collect());
    if marks.ids.is_empty() {
        return;
    }
    for (_, c) in g.claims() {
        c.events().iter().for_each(|&e| marks.mark(e));
        if let Some(e) = c.motive().and_then(crate::Motive::event) {
            marks.mark(e);
        }
    }
    for (_, r) in g.rebuttals() {
        r.events().iter().for_each(|&e| marks.mark(e));
    }
    for id in marks.unmarked() {
        let message = format!("{} is cited by no claim or rebuttal", n.event(id));
        sink.emit(
            &l::ORPHAN_EVENT,
            Certainty::Certain,
            id.into(),
            Vec::new(),
            message,
        );
    }
}

fn orphan_source(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    let mut marks = Marks::new(g.sources().map(|(id, _)| id).collect());
    if marks.ids.is_empty() {
        return;
    }
    for (_, s) in statements(g) {
        s.sources().iter().for_each(|&x| marks.mark(x));
    }
    for (_, r) in g.relations() {
        r.sources().iter().for_each(|&x| marks.mark(x));
    }
    for (_, e) in g.events() {
        e.sources().iter().for_each(|&x| marks.mark(x));
    }
    for (_, s) in g.sources() {
        if let Some(up) = s.reported_in_source() {
            marks.mark(up);
        }
    }
    for id in marks.unmarked() {
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

fn unknown_code(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    let emit = |sink: &mut Sink<'_>, id: EntityId, what: String| {
        let message = format!("{} uses {what}", n.entity(id));
        sink.emit(
            &l::UNKNOWN_CODE,
            Certainty::Certain,
            id,
            Vec::new(),
            message,
        );
    };
    for (id, c) in g.claims() {
        let a = c.allegation();
        if let Some(code) = a.category().filter(|c| !c.is_known()) {
            emit(
                sink,
                id.into(),
                format!("CAMEO code `{}`, which is not in CAMEO", code.as_str()),
            );
        }
        for ctx in a.contexts().iter().filter(|c| !c.is_known()) {
            emit(
                sink,
                id.into(),
                format!("PLOVER context `{}`, which is not in PLOVER", ctx.as_str()),
            );
        }
    }
    for (id, e) in g.events() {
        if let Some(code) = e.cameo().filter(|c| !c.is_known()) {
            emit(
                sink,
                id.into(),
                format!("CAMEO code `{}`, which is not in CAMEO", code.as_str()),
            );
        }
    }
}

fn undated_statement(g: &ClaimGraph, n: &Names<'_>, sink: &mut Sink<'_>) {
    for (sid, s) in statements(g) {
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
}

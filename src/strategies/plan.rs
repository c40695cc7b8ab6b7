//! The plan a generated graph is built from: a flat list of planned entities, each with the
//! fields it cannot do without (its core) and a list of optional parts.
//!
//! A reference is the plan index of its target, fixed when the plan is drawn. Leaving entities
//! out, or parts of them, never changes what the others refer to: that is what lets a failing
//! case shrink one entity at a time without the rest of the graph being reshuffled.

use super::content::{self, Rng};
use super::{Cycles, Field, GraphStrategy};
use crate::{
    ActorKind, CameoActorCode, CameoCode, CountryCode, PartialDate, PloverContext, PloverType,
    RebuttalKind, RelationKind, Role, SourceKind, SpeechAct, WikidataId,
};

/// A planned entity's position in [`Plan::entities`].
pub(super) type Ix = usize;

/// What an entity cannot do without.
#[derive(Clone, Debug)]
pub(super) enum Core {
    Actor(String, ActorKind),
    Source(SourceKind, String),
    Event(String),
    Relation(Ix, RelationKind, Ix),
    Claim(Ix, SpeechAct, String),
    /// Its answers are parts; it is left out when none of them can be kept.
    Rebuttal(Ix, RebuttalKind),
    Support(Ix, Ix),
}

/// An optional field, or one item of an optional list.
#[derive(Clone, Debug)]
pub(super) enum Part {
    Alias(String),
    Iso3(CountryCode),
    ActorCode(CameoActorCode),
    Wikidata(WikidataId),
    /// An event's or a source's date, a statement's stated date, a relation's start.
    Date(PartialDate),
    /// An event's or a relation's end.
    End(PartialDate),
    Role(String),
    Outlet(Ix),
    Speaker(Ix),
    Audience(String),
    Url(String),
    Quote(String),
    ReportedIn(Ix),
    Participant(Ix, Role),
    Location(String),
    EventCode(CameoCode),
    Plover(PloverType),
    About(Ix),
    Category(CameoCode),
    Context(PloverContext),
    Motive(String, Option<Ix>),
    Aim(String),
    Answer(Ix),
    Text(String),
    Event(Ix),
    Source(Ix),
}

#[derive(Clone, Debug)]
pub(super) struct Planned {
    pub(super) core: Core,
    pub(super) parts: Vec<Part>,
}

#[derive(Clone, Debug, Default)]
pub(super) struct Plan {
    pub(super) entities: Vec<Planned>,
}

/// Where each kind's entities start in the plan; kinds follow each other in build order.
#[derive(Clone, Copy, Default)]
struct Ranges {
    actors: (Ix, Ix),
    sources: (Ix, Ix),
    events: (Ix, Ix),
    claims: (Ix, Ix),
    rebuttals: (Ix, Ix),
}

fn any_in(rng: &mut Rng, (lo, hi): (Ix, Ix)) -> Option<Ix> {
    (hi > lo).then(|| lo + rng.below(hi - lo))
}

/// An index in `lo..hi` other than `not`, when there is one.
fn other_in(rng: &mut Rng, (lo, hi): (Ix, Ix), not: Ix) -> Option<Ix> {
    let n = hi.saturating_sub(lo);
    if n < 2 {
        return any_in(rng, (lo, hi)).filter(|&i| i != not);
    }
    let i = lo + rng.below(n - 1);
    Some(if i >= not { i + 1 } else { i })
}

fn size(rng: &mut Rng, range: &::proptest::collection::SizeRange) -> usize {
    let (lo, hi) = range.start_end_incl();
    rng.between(lo, hi)
}

struct Drawer<'s> {
    rng: Rng,
    knobs: &'s GraphStrategy,
    plan: Plan,
}

impl Drawer<'_> {
    fn share(&mut self, field: Field) -> bool {
        let p = self.knobs.shares[field as usize];
        self.rng.chance(p)
    }

    fn dated(&mut self) -> Option<PartialDate> {
        if self.rng.chance(self.knobs.dated) {
            content::date(&mut self.rng, &self.knobs.dates)
        } else {
            None
        }
    }

    fn text(&mut self, table: &[&str]) -> String {
        let serial = self.plan.entities.len();
        content::text(&mut self.rng, table, self.knobs.pool, serial)
    }

    fn push(&mut self, core: Core, parts: Vec<Part>) {
        self.plan.entities.push(Planned { core, parts });
    }
}

/// Draws a plan from `seed`, shaped by the strategy's knobs.
pub(super) fn draw(knobs: &GraphStrategy, seed: u64) -> Plan {
    let mut d = Drawer {
        rng: Rng::new(seed),
        knobs,
        plan: Plan::default(),
    };
    let n_claims = size(&mut d.rng, &knobs.claims);
    let mut n_actors = size(&mut d.rng, &knobs.actors);
    if n_claims > 0 {
        n_actors = n_actors.max(1);
    }
    let n_sources = size(&mut d.rng, &knobs.sources);
    let n_events = size(&mut d.rng, &knobs.events);
    let n_relations = size(&mut d.rng, &knobs.relations);
    let n_rebuttals = if n_claims > 0 {
        size(&mut d.rng, &knobs.rebuttals)
    } else {
        0
    };
    let n_supports = size(&mut d.rng, &knobs.supports);
    let mut r = Ranges::default();
    let mark = |d: &Drawer<'_>| d.plan.entities.len();

    r.actors.0 = mark(&d);
    for _ in 0..n_actors {
        actor(&mut d);
    }
    r.actors.1 = mark(&d);
    r.sources.0 = mark(&d);
    for _ in 0..n_sources {
        let here = mark(&d);
        source(&mut d, r, here);
    }
    r.sources.1 = mark(&d);
    r.events = (mark(&d), mark(&d) + n_events);
    for _ in 0..n_events {
        event(&mut d, r);
    }
    for _ in 0..n_relations {
        relation(&mut d, r);
    }
    r.claims = (mark(&d), mark(&d) + n_claims);
    for _ in 0..n_claims {
        claim(&mut d, r);
    }
    r.rebuttals = (mark(&d), mark(&d) + n_rebuttals);
    for _ in 0..n_rebuttals {
        let here = mark(&d);
        rebuttal(&mut d, r, here);
    }
    for _ in 0..n_supports {
        support(&mut d, r);
    }
    d.plan
}

fn actor(d: &mut Drawer<'_>) {
    let row = if d.knobs.pool == 0 {
        d.plan.entities.len()
    } else {
        d.rng.below(d.knobs.pool)
    };
    let names: Vec<&str> = content::ACTORS.iter().map(|a| a.0).collect();
    // Unique names are numbered even within the table, as other unique texts are.
    let name = if d.knobs.pool == 0 {
        format!("{} ({row})", names[row % names.len()])
    } else {
        content::entry(&names, row)
    };
    let kind = *d.rng.of(ActorKind::ALL);
    let mut parts = Vec::new();
    while parts.len() < 2 && d.share(Field::Aliases) {
        parts.push(Part::Alias(d.text(content::ALIASES)));
    }
    if d.share(Field::ActorCodes)
        && let Some(c) = content::country(&mut d.rng, row)
    {
        parts.push(Part::Iso3(c));
    }
    if d.share(Field::ActorCodes)
        && let Some(c) = content::actor_code(&mut d.rng, row)
    {
        parts.push(Part::ActorCode(c));
    }
    if d.share(Field::ActorCodes)
        && let Some(q) = content::wikidata(row)
    {
        parts.push(Part::Wikidata(q));
    }
    d.push(Core::Actor(name, kind), parts);
}

fn source(d: &mut Drawer<'_>, r: Ranges, here: Ix) {
    let kind = *d.rng.of(SourceKind::ALL);
    let title = d.text(content::SOURCES);
    let mut parts = Vec::new();
    if d.share(Field::SourceDetails)
        && let Some(a) = any_in(&mut d.rng, r.actors)
    {
        parts.push(Part::Outlet(a));
    }
    if d.share(Field::SourceDetails)
        && let Some(a) = any_in(&mut d.rng, r.actors)
    {
        parts.push(Part::Speaker(a));
    }
    if d.share(Field::SourceDetails) {
        parts.push(Part::Audience(d.text(content::AUDIENCES)));
    }
    if d.share(Field::SourceDetails) {
        parts.push(Part::Url(d.text(content::URLS)));
    }
    if d.share(Field::SourceDetails) {
        parts.push(Part::Quote(d.text(content::REBUTTALS)));
    }
    if let Some(date) = d.dated() {
        parts.push(Part::Date(date));
    }
    // Only earlier sources: a reporting chain never closes on itself.
    if d.share(Field::ReportingChains)
        && let Some(up) = any_in(&mut d.rng, (r.sources.0, here))
    {
        parts.push(Part::ReportedIn(up));
    }
    d.push(Core::Source(kind, title), parts);
}

fn citations(d: &mut Drawer<'_>, r: Ranges, events: bool, parts: &mut Vec<Part>) {
    if events
        && d.share(Field::Citations)
        && let Some(e) = any_in(&mut d.rng, r.events)
    {
        parts.push(Part::Event(e));
    }
    if d.share(Field::Citations)
        && let Some(s) = any_in(&mut d.rng, r.sources)
    {
        parts.push(Part::Source(s));
    }
}

fn event(d: &mut Drawer<'_>, r: Ranges) {
    let description = d.text(content::EVENTS);
    let mut parts = Vec::new();
    let date = d.dated();
    if let Some(date) = date {
        parts.push(Part::Date(date));
    }
    // An end that certainly comes before the start is refused by the model: left out.
    if d.share(Field::EventDetails)
        && let Some(end) = d.dated()
        && date.is_none_or(|start| end.compare(&start) != crate::TimeOrder::Before)
    {
        parts.push(Part::End(end));
    }
    let mut who: Vec<Ix> = Vec::new();
    for i in 0..d.rng.below(4) {
        if let Some(a) = any_in(&mut d.rng, r.actors)
            && !who.contains(&a)
        {
            who.push(a);
            let role = match i {
                0 => Role::Initiator,
                1 => Role::Recipient,
                _ => *d.rng.of(&[Role::Participant, Role::Observer]),
            };
            parts.push(Part::Participant(a, role));
        }
    }
    if d.share(Field::EventDetails) {
        parts.push(Part::Location(d.text(content::LOCATIONS)));
    }
    if d.share(Field::EventDetails)
        && let Some(c) = content::cameo(&mut d.rng)
    {
        parts.push(Part::EventCode(c));
    }
    if d.share(Field::EventDetails) {
        parts.push(Part::Plover(*d.rng.of(PloverType::ALL)));
    }
    citations(d, r, false, &mut parts);
    d.push(Core::Event(description), parts);
}

fn relation(d: &mut Drawer<'_>, r: Ranges) {
    let Some(from) = any_in(&mut d.rng, r.actors) else {
        return;
    };
    let Some(to) = other_in(&mut d.rng, r.actors, from) else {
        return;
    };
    let kind = *d.rng.of(RelationKind::ALL);
    let mut parts = Vec::new();
    let start = d.dated();
    if let Some(start) = start {
        parts.push(Part::Date(start));
    }
    if let Some(end) = d.dated()
        && start.is_none_or(|s| end.compare(&s) != crate::TimeOrder::Before)
    {
        parts.push(Part::End(end));
    }
    if d.share(Field::RelationDetails) {
        parts.push(Part::Role(d.text(content::ROLES)));
    }
    citations(d, r, false, &mut parts);
    d.push(Core::Relation(from, kind, to), parts);
}

fn claim(d: &mut Drawer<'_>, r: Ranges) {
    let Some(by) = any_in(&mut d.rng, r.actors) else {
        return;
    };
    let act = d
        .rng
        .weighted(&d.knobs.speech_acts)
        .unwrap_or(SpeechAct::Accusation);
    let text = d.text(content::ALLEGATIONS);
    let mut parts = Vec::new();
    // Someone else, when there is anyone else: self-accusation is legal but rare.
    let about = other_in(&mut d.rng, r.actors, by).unwrap_or(by);
    if act == SpeechAct::Accusation || d.rng.chance(0.7) {
        parts.push(Part::About(about));
    }
    if d.share(Field::ExtraTargets)
        && let Some(more) = other_in(&mut d.rng, r.actors, about)
        && more != by
    {
        parts.push(Part::About(more));
    }
    if d.share(Field::Categories)
        && let Some(c) = content::cameo(&mut d.rng)
    {
        parts.push(Part::Category(c));
    }
    let mut contexts = Vec::new();
    while contexts.len() < 2 && d.share(Field::Contexts) {
        if let Some(c) = content::plover_context(&mut d.rng)
            && !contexts.contains(&c)
        {
            contexts.push(c);
            parts.push(Part::Context(c));
        }
    }
    if d.share(Field::Motives) {
        let text = d.text(content::MOTIVES);
        let event = if d.rng.chance(0.5) {
            any_in(&mut d.rng, r.events)
        } else {
            None
        };
        parts.push(Part::Motive(text, event));
    }
    if d.share(Field::Aims) {
        parts.push(Part::Aim(d.text(content::AIMS)));
    }
    if let Some(date) = d.dated() {
        parts.push(Part::Date(date));
    }
    citations(d, r, true, &mut parts);
    d.push(Core::Claim(by, act, text), parts);
}

fn rebuttal(d: &mut Drawer<'_>, r: Ranges, here: Ix) {
    let Some(by) = any_in(&mut d.rng, r.actors) else {
        return;
    };
    let kind = d
        .rng
        .weighted(&d.knobs.rebuttal_kinds)
        .unwrap_or(RebuttalKind::Denial);
    let earlier = (r.claims.0, here);
    // Half the time a chain: the rebuttal answers the one made just before it.
    let first = if here > r.rebuttals.0 && d.rng.chance(0.5) {
        here - 1
    } else {
        match any_in(&mut d.rng, earlier) {
            Some(s) => s,
            None => return,
        }
    };
    let mut parts = vec![Part::Answer(first)];
    if d.share(Field::ExtraTargets)
        && let Some(more) = other_in(&mut d.rng, earlier, first)
    {
        parts.push(Part::Answer(more));
    }
    // A later rebuttal answered closes a cycle once that one answers back.
    if d.knobs.cycles == Cycles::Allow
        && d.rng.chance(0.125)
        && let Some(later) = any_in(&mut d.rng, (here + 1, r.rebuttals.1))
    {
        parts.push(Part::Answer(later));
    }
    if d.share(Field::Texts) {
        parts.push(Part::Text(d.text(content::REBUTTALS)));
    }
    if let Some(date) = d.dated() {
        parts.push(Part::Date(date));
    }
    citations(d, r, true, &mut parts);
    d.push(Core::Rebuttal(by, kind), parts);
}

fn support(d: &mut Drawer<'_>, r: Ranges) {
    let statements = (r.claims.0, r.rebuttals.1);
    let Some(premise) = any_in(&mut d.rng, statements) else {
        return;
    };
    let Some(conclusion) = other_in(&mut d.rng, statements, premise) else {
        return;
    };
    let mut parts = Vec::new();
    if d.share(Field::Texts) {
        parts.push(Part::Text(d.text(content::MOTIVES)));
    }
    d.push(Core::Support(premise, conclusion), parts);
}

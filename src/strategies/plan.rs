//! The plan a generated graph is built from: a flat list of planned entities, each with the
//! fields it cannot do without (its core) and a list of optional parts.
//!
//! A reference is the plan index of its target, fixed when the plan is drawn. Leaving entities
//! out, or parts of them, never changes what the others refer to: that is what lets a failing
//! case shrink one entity at a time without the rest of the graph being reshuffled.

use super::content::{self, Rng};
use super::{Cycles, Field, GraphStrategy};
use crate::{
    ActorKind, CameoActorCode, CameoCode, CountryCode, Credibility, Grading, Likelihood, Outcome,
    PartialDate, PloverContext, PloverType, QuoteForm, RebuttalKind, RelationKind, Reliability,
    Role, SourceKind, SpeechAct, WikidataId,
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
    /// A quote's text, form and speaker.
    Quote(String, QuoteForm, Option<Ix>),
    ReportedIn(Ix),
    Grading(Grading),
    /// An external key (scheme, key): unique in the plan, as keys are in a graph.
    Key(&'static str, String),
    Anonymous,
    /// A second (third) speaker of a joint claim or rebuttal.
    Joint(Ix),
    /// A speaker's confidence, with the speaker's wording or without.
    Confidence(Likelihood, Option<&'static str>),
    /// A claim's alternative, with its place among the claim's planned alternatives.
    Alternative(u16, String),
    /// An answer to alternative `k` (counted among the claim's planned alternatives).
    AnswerAlternative(Ix, u16),
    Condition(String),
    Deadline(PartialDate),
    /// A demand's outcome, date and the event or statement that resolved it.
    Resolution(Outcome, Option<PartialDate>, Option<Ix>),
    /// The statement that alleges an event (planned after it: added once it exists).
    AllegedBy(Ix),
    Participant(Ix, Role),
    Location(String),
    EventCode(CameoCode),
    Plover(PloverType),
    About(Ix),
    Category(CameoCode),
    Context(PloverContext),
    Motive(String, Option<Ix>),
    Aim(String),
    /// An answer: a statement, a source, an event or (planned after it) a support.
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

/// Key schemes, as importers name them.
const SCHEMES: &[&str] = &["gdelt", "plover", "row"];

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

    /// Up to two keys of distinct schemes; the plan index makes each key unique.
    fn keys(&mut self, parts: &mut Vec<Part>) {
        let serial = self.plan.entities.len();
        let first = self.rng.below(SCHEMES.len());
        for k in 0..2 {
            if self.share(Field::Keys) {
                let scheme = SCHEMES[(first + k) % SCHEMES.len()];
                parts.push(Part::Key(scheme, format!("{scheme}-{serial}")));
            }
        }
    }

    fn confidence(&mut self) -> Option<Part> {
        if !self.share(Field::Confidence) {
            return None;
        }
        let level = *self.rng.of(Likelihood::ALL);
        let wording = if self.rng.chance(0.5) {
            Some(*self.rng.of(content::WORDINGS))
        } else {
            None
        };
        Some(Part::Confidence(level, wording))
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
    let supports_start = mark(&d);
    for _ in 0..n_supports {
        support(&mut d, r);
    }
    let supports = (supports_start, mark(&d));
    alleged(&mut d, r);
    answers_to_supports(&mut d, r, supports);
    d.plan
}

/// Events alleged by a statement: the statements are planned after the events, so the link
/// is added to the event's parts now and made once the statement exists.
fn alleged(d: &mut Drawer<'_>, r: Ranges) {
    let statements = (r.claims.0, r.rebuttals.1);
    for e in r.events.0..r.events.1 {
        if d.share(Field::Evidence)
            && d.rng.chance(0.5)
            && let Some(s) = any_in(&mut d.rng, statements)
        {
            d.plan.entities[e].parts.push(Part::AllegedBy(s));
        }
    }
}

/// Rebuttals answering a support ("the simulations show otherwise"): supports are planned
/// last, so the answer joins the rebuttal's parts now and is made once the support exists.
fn answers_to_supports(d: &mut Drawer<'_>, r: Ranges, supports: (Ix, Ix)) {
    if d.knobs.cycles == Cycles::Forbid {
        return;
    }
    for s in supports.0..supports.1 {
        if d.share(Field::Evidence)
            && d.rng.chance(0.5)
            && let Some(by) = any_in(&mut d.rng, r.rebuttals)
        {
            d.plan.entities[by].parts.push(Part::Answer(s));
        }
    }
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
    // "An EU spokesperson": one actor in four at most, and never with a country or a
    // Wikidata id, which would say who it is.
    let anonymous = d.share(Field::Anonymous) && d.rng.chance(0.25);
    if anonymous {
        parts.push(Part::Anonymous);
    }
    if !anonymous
        && d.share(Field::ActorCodes)
        && let Some(c) = content::country(&mut d.rng, row)
    {
        parts.push(Part::Iso3(c));
    }
    if d.share(Field::ActorCodes)
        && let Some(c) = content::actor_code(&mut d.rng, row)
    {
        parts.push(Part::ActorCode(c));
    }
    if !anonymous
        && d.share(Field::ActorCodes)
        && let Some(q) = content::wikidata(row)
    {
        parts.push(Part::Wikidata(q));
    }
    d.keys(&mut parts);
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
    let mut speakers = Vec::new();
    if d.share(Field::SourceDetails)
        && let Some(a) = any_in(&mut d.rng, r.actors)
    {
        speakers.push(a);
        parts.push(Part::Speaker(a));
        // A press conference with several speakers.
        if d.share(Field::JointSpeakers)
            && let Some(b) = other_in(&mut d.rng, r.actors, a)
        {
            speakers.push(b);
            parts.push(Part::Speaker(b));
        }
    }
    if d.share(Field::SourceDetails) {
        parts.push(Part::Audience(d.text(content::AUDIENCES)));
    }
    if d.share(Field::SourceDetails) {
        parts.push(Part::Url(d.text(content::URLS)));
    }
    let mut quotes = 0;
    while quotes < 2 && d.share(Field::SourceDetails) {
        quotes += 1;
        let text = d.text(content::REBUTTALS);
        let form = *d.rng.of(QuoteForm::ALL);
        // Attributed to one of the source's speakers, or to someone it reports.
        let speaker = if d.rng.chance(0.5) {
            if speakers.is_empty() || d.rng.chance(0.3) {
                any_in(&mut d.rng, r.actors)
            } else {
                Some(*d.rng.of(&speakers))
            }
        } else {
            None
        };
        parts.push(Part::Quote(text, form, speaker));
    }
    if let Some(date) = d.dated() {
        parts.push(Part::Date(date));
    }
    // Only earlier sources: a reporting chain never closes on itself. Up to two outlets.
    if d.share(Field::ReportingChains)
        && let Some(up) = any_in(&mut d.rng, (r.sources.0, here))
    {
        parts.push(Part::ReportedIn(up));
        if d.share(Field::ReportingChains)
            && let Some(more) = other_in(&mut d.rng, (r.sources.0, here), up)
        {
            parts.push(Part::ReportedIn(more));
        }
    }
    if d.share(Field::Confidence) {
        let reliability = *d.rng.of(&Reliability::ALL);
        let credibility = *d.rng.of(&Credibility::ALL);
        parts.push(Part::Grading(Grading::new(reliability, credibility)));
    }
    d.keys(&mut parts);
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
    d.keys(&mut parts);
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
    let stated = d.dated();
    if let Some(date) = stated {
        parts.push(Part::Date(date));
    }
    citations(d, r, true, &mut parts);
    joint(d, r, by, &mut parts);
    if let Some(c) = d.confidence() {
        parts.push(c);
    }
    // "Either a direct act by the state, or it lost control of the agent."
    if d.share(Field::Alternatives) && d.rng.chance(0.5) {
        for k in 0..2 {
            parts.push(Part::Alternative(k, d.text(content::ALTERNATIVES)));
        }
    }
    if act.takes_condition() && d.share(Field::Demands) {
        parts.push(Part::Condition(d.text(content::CONDITIONS)));
    }
    if act == SpeechAct::Demand && d.share(Field::Demands) {
        demand(d, r, stated, &mut parts);
    }
    d.keys(&mut parts);
    d.push(Core::Claim(by, act, text), parts);
}

/// Other speakers of a joint statement: up to two, never the claimant.
fn joint(d: &mut Drawer<'_>, r: Ranges, by: Ix, parts: &mut Vec<Part>) {
    let mut with: Vec<Ix> = Vec::new();
    while with.len() < 2 && d.share(Field::JointSpeakers) && d.rng.chance(0.6) {
        match other_in(&mut d.rng, r.actors, by) {
            Some(a) if !with.contains(&a) => {
                with.push(a);
                parts.push(Part::Joint(a));
            }
            _ => break,
        }
    }
}

/// A demand's deadline and resolution, mostly after it was stated (the lints find the rest).
fn demand(d: &mut Drawer<'_>, r: Ranges, stated: Option<PartialDate>, parts: &mut Vec<Part>) {
    let later = |d: &mut Drawer<'_>| {
        let date = content::date(&mut d.rng, &d.knobs.dates)?;
        match stated {
            Some(s) if date.compare(&s) == crate::TimeOrder::Before && d.rng.chance(0.8) => None,
            _ => Some(date),
        }
    };
    if let Some(deadline) = later(d) {
        parts.push(Part::Deadline(deadline));
    }
    if d.rng.chance(0.6) {
        let outcome = *d.rng.of(Outcome::ALL);
        let date = later(d);
        // Resolved by an event, or by an earlier claim (a refusal, a withdrawal).
        let by = if d.rng.chance(0.5) {
            any_in(&mut d.rng, r.events)
        } else {
            any_in(&mut d.rng, (r.claims.0, d.plan.entities.len()))
        };
        parts.push(Part::Resolution(outcome, date, by));
    }
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
    let mut evidence_only = false;
    if d.share(Field::Evidence) {
        let before = parts.len();
        evidence(d, r, earlier, &mut parts);
        // Now and then only the evidence: "the images are doctored", answering nothing else.
        if parts.len() > before && d.rng.chance(0.25) {
            parts.remove(0);
            evidence_only = parts.len() == 1;
        }
    }
    // A later rebuttal answered closes a cycle once that one answers back. Not from a
    // rebuttal answering only evidence: a cycle of rebuttals then answers no claim at all.
    if d.knobs.cycles == Cycles::Allow
        && !evidence_only
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
    // Whom a counter-accusation blames, whom an undermine says made the evidence.
    if matches!(
        kind,
        RebuttalKind::CounterAccusation | RebuttalKind::Undermine
    ) && d.share(Field::CounterAccusations)
        && let Some(a) = other_in(&mut d.rng, r.actors, by)
    {
        parts.push(Part::About(a));
    }
    joint(d, r, by, &mut parts);
    if let Some(c) = d.confidence() {
        parts.push(c);
    }
    d.keys(&mut parts);
    d.push(Core::Rebuttal(by, kind), parts);
}

/// Answers to evidence and to alternatives: a source, an event, one alternative of an earlier
/// claim that has them (only an index it has). Without cycles, only alternatives: an answer
/// to evidence attacks every statement resting on it, later ones included.
fn evidence(d: &mut Drawer<'_>, r: Ranges, earlier: (Ix, Ix), parts: &mut Vec<Part>) {
    let pick = if d.knobs.cycles == Cycles::Forbid {
        2
    } else {
        d.rng.below(3)
    };
    match pick {
        0 => {
            if let Some(s) = any_in(&mut d.rng, r.sources) {
                parts.push(Part::Answer(s));
            }
        }
        1 => {
            if let Some(e) = any_in(&mut d.rng, r.events) {
                parts.push(Part::Answer(e));
            }
        }
        _ => {
            let with: Vec<(Ix, u16)> = (earlier.0..earlier.1.min(r.claims.1))
                .filter_map(|c| {
                    let n = d.plan.entities[c]
                        .parts
                        .iter()
                        .filter(|p| matches!(p, Part::Alternative(..)))
                        .count();
                    u16::try_from(n).ok().filter(|&n| n > 0).map(|n| (c, n))
                })
                .collect();
            if !with.is_empty() {
                let (claim, count) = *d.rng.of(&with);
                let which = u16::try_from(d.rng.below(usize::from(count))).unwrap_or(0);
                parts.push(Part::AnswerAlternative(claim, which));
            }
        }
    }
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

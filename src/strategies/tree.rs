//! Building a graph from a plan, and shrinking it: first whole entities are left out (in halving
//! chunks, the latest first), then optional parts one at a time.

use super::GeneratedGraph;
use super::plan::{Core, Ix, Part, Plan};
use crate::{
    Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, Estimate, Event, EventId, Interval,
    Keys, Motive, Quote, Rebuttal, RebuttalId, RebuttalKind, Relation, RelationKind, Resolution,
    Source, SourceId, SourceKind, SpeechAct, StatementId, Support, SupportId, Target,
};
use ::proptest::strategy::ValueTree;

/// What the plan's entities became in the graph, by plan index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Made {
    Nothing,
    Actor(ActorId),
    Source(SourceId),
    Event(EventId),
    Statement(StatementId),
    Support(SupportId),
    Other,
}

/// The keys among an entity's parts.
fn keys(parts: &[&Part]) -> Option<Keys> {
    let mut keys = Keys::new();
    for p in parts {
        if let Part::Key(scheme, key) = p {
            keys = keys.with(*scheme, key.clone());
        }
    }
    (!keys.is_empty()).then_some(keys)
}

fn estimate(level: crate::Likelihood, wording: Option<&str>) -> Estimate {
    let e = Estimate::new(level);
    match wording {
        Some(w) => e.with_wording(w),
        None => e,
    }
}

/// Builds the graph holding the plan's entities that are `alive`, with their parts that are
/// `kept` (flat, entity after entity). Returns which plan entities made it into the graph.
///
/// Rules, so that leaving one entity out disturbs no other reference:
/// - optional references to an entity left out are dropped;
/// - the actor a claim or rebuttal is made by (and the first accused of an accusation) falls
///   back to the first actor still in the graph, so that actors can shrink away;
/// - a rebuttal with no answer left, a support or relation with an end left out, is left out;
/// - an answer to an alternative names the alternative planned, wherever it now stands among
///   those kept, and is dropped with it.
fn build(plan: &Plan, alive: &[bool], kept: &[bool]) -> (ClaimGraph, Vec<bool>) {
    let mut b = Builder {
        g: ClaimGraph::new(),
        made: vec![Made::Nothing; plan.entities.len()],
        first_actor: None,
        forward: Vec::new(),
        alleged: Vec::new(),
        alternatives: vec![Vec::new(); plan.entities.len()],
    };
    let mut at = 0;
    for (ix, planned) in plan.entities.iter().enumerate() {
        let flags = &kept[at..at + planned.parts.len()];
        at += planned.parts.len();
        if !alive[ix] {
            continue;
        }
        let parts: Vec<&Part> = planned
            .parts
            .iter()
            .zip(flags)
            .filter_map(|(p, &k)| k.then_some(p))
            .collect();
        let made = match &planned.core {
            Core::Actor(name, kind) => b.actor(name, *kind, &parts),
            Core::Source(kind, title) => b.source(*kind, title, &parts),
            Core::Event(description) => b.event(ix, description, &parts),
            Core::Relation(from, kind, to) => b.relation(*from, *kind, *to, &parts),
            Core::Claim(by, act, text) => b.claim(ix, *by, *act, text, &parts),
            Core::Rebuttal(by, kind) => b.rebuttal(ix, *by, *kind, &parts),
            Core::Support(premise, conclusion) => b.support(*premise, *conclusion, &parts),
        };
        if let (None, Made::Actor(a)) = (b.first_actor, made) {
            b.first_actor = Some(a);
        }
        b.made[ix] = made;
    }
    b.close_cycles();
    b.allege();
    let made = b.made.into_iter().map(|m| m != Made::Nothing).collect();
    (b.g, made)
}

struct Builder {
    g: ClaimGraph,
    made: Vec<Made>,
    first_actor: Option<ActorId>,
    /// Rebuttals with answers to later rebuttals and supports, added once those exist.
    forward: Vec<(RebuttalId, Vec<Ix>)>,
    /// Events alleged by statements planned after them.
    alleged: Vec<(EventId, Ix)>,
    /// For each planned claim, where each planned alternative stands among those kept.
    alternatives: Vec<Vec<Option<u16>>>,
}

impl Builder {
    fn actor_at(&self, i: Ix) -> Option<ActorId> {
        match self.made[i] {
            Made::Actor(a) => Some(a),
            _ => None,
        }
    }

    fn source_at(&self, i: Ix) -> Option<SourceId> {
        match self.made[i] {
            Made::Source(s) => Some(s),
            _ => None,
        }
    }

    fn event_at(&self, i: Ix) -> Option<EventId> {
        match self.made[i] {
            Made::Event(e) => Some(e),
            _ => None,
        }
    }

    fn statement_at(&self, i: Ix) -> Option<StatementId> {
        match self.made[i] {
            Made::Statement(s) => Some(s),
            _ => None,
        }
    }

    /// What an answer names: a statement, a source, an event or a support that was made.
    fn target_at(&self, i: Ix) -> Option<Target> {
        match self.made[i] {
            Made::Statement(s) => Some(s.into()),
            Made::Source(s) => Some(s.into()),
            Made::Event(e) => Some(e.into()),
            Made::Support(s) => Some(s.into()),
            _ => None,
        }
    }

    fn actor(&mut self, name: &str, kind: ActorKind, parts: &[&Part]) -> Made {
        let mut a = Actor::new(name, kind);
        if let Some(k) = keys(parts) {
            a = a.with_keys(k);
        }
        for p in parts {
            a = match p {
                Part::Anonymous => a.with_anonymous(),
                Part::Alias(x) => a.with_alias(x.clone()),
                Part::Iso3(c) => a.with_iso3(*c),
                Part::ActorCode(c) => a.with_cameo(*c),
                Part::Wikidata(q) => a.with_wikidata(*q),
                _ => a,
            };
        }
        self.g.add_actor(a).map_or(Made::Nothing, Made::Actor)
    }

    fn source(&mut self, kind: SourceKind, title: &str, parts: &[&Part]) -> Made {
        let mut s = Source::new(kind, title);
        if let Some(k) = keys(parts) {
            s = s.with_keys(k);
        }
        for p in parts {
            s = match p {
                Part::Outlet(i) => match self.actor_at(*i) {
                    Some(a) => s.with_outlet(a),
                    None => s,
                },
                Part::Speaker(i) => match self.actor_at(*i) {
                    Some(a) if !s.speakers().contains(&a) => s.with_speaker(a),
                    _ => s,
                },
                Part::Audience(x) => s.with_audience(x.clone()),
                Part::Url(x) => s.with_url(x.clone()),
                Part::Quote(x, form, speaker) => {
                    let mut q = Quote::new(x.clone()).with_form(*form);
                    if let Some(a) = speaker.and_then(|i| self.actor_at(i)) {
                        q = q.with_speaker(a);
                    }
                    s.with_quoted(q)
                }
                Part::Date(d) => s.with_date(*d),
                Part::ReportedIn(i) => match self.source_at(*i) {
                    Some(up) if !s.reported_in().contains(&up) => s.with_reported_in(up),
                    _ => s,
                },
                Part::Grading(g) => s.with_grading(*g),
                _ => s,
            };
        }
        self.g.add_source(s).map_or(Made::Nothing, Made::Source)
    }

    fn event(&mut self, ix: Ix, description: &str, parts: &[&Part]) -> Made {
        let mut e = Event::new(description);
        if let Some(k) = keys(parts) {
            e = e.with_keys(k);
        }
        let mut alleged = None;
        for p in parts {
            if let Part::AllegedBy(i) = p {
                alleged = Some(*i);
            }
            e = match p {
                Part::Date(d) => e.with_date(*d),
                Part::End(d) => e.with_end(*d),
                Part::Participant(i, role) => match self.actor_at(*i) {
                    Some(a) => e.with_participant(a, *role),
                    None => e,
                },
                Part::Location(x) => e.with_location(x.clone()),
                Part::EventCode(c) => e.with_cameo(*c),
                Part::Plover(t) => e.with_plover(*t),
                Part::Source(i) => match self.source_at(*i) {
                    Some(s) => e.with_source(s),
                    None => e,
                },
                _ => e,
            };
        }
        match self.g.add_event(e) {
            Ok(id) => {
                // The plan only has statements, planned after the event, allege it.
                if let Some(i) = alleged.filter(|&i| i > ix) {
                    self.alleged.push((id, i));
                }
                Made::Event(id)
            }
            Err(_) => Made::Nothing,
        }
    }

    /// Alleged events, once the statements alleging them exist.
    fn allege(&mut self) {
        for (id, i) in std::mem::take(&mut self.alleged) {
            if let Some(s) = self.statement_at(i)
                && let Some(e) = self.g.event(id)
            {
                let e = e.clone().with_alleged_by(s);
                // The statement exists: the graph accepts it.
                let _ = self.g.replace_event(id, e);
            }
        }
    }

    fn relation(&mut self, from: Ix, kind: RelationKind, to: Ix, parts: &[&Part]) -> Made {
        let (Some(from), Some(to)) = (self.actor_at(from), self.actor_at(to)) else {
            return Made::Nothing;
        };
        let mut r = Relation::new(from, kind, to);
        let (mut start, mut end) = (None, None);
        for p in parts {
            match p {
                Part::Date(d) => start = Some(*d),
                Part::End(d) => end = Some(*d),
                Part::Role(x) => r = r.with_role(x.clone()),
                Part::Source(i) => {
                    if let Some(s) = self.source_at(*i) {
                        r = r.with_source(s);
                    }
                }
                _ => {}
            }
        }
        // The plan only pairs an end with a start it does not precede.
        if let Ok(valid) = Interval::new(start, end) {
            r = r.with_valid(valid);
        }
        self.g
            .add_relation(r)
            .map_or(Made::Nothing, |_| Made::Other)
    }

    fn claim(&mut self, ix: Ix, by: Ix, act: SpeechAct, text: &str, parts: &[&Part]) -> Made {
        let Some(by) = self.actor_at(by).or(self.first_actor) else {
            return Made::Nothing;
        };
        let mut allegation = Allegation::new(text);
        for p in parts {
            allegation = match p {
                Part::Category(c) => allegation.with_category(*c),
                Part::Context(c) => allegation.with_context(*c),
                _ => allegation,
            };
        }
        let mut c = Claim::new(by, act, allegation);
        if let Some(k) = keys(parts) {
            c = c.with_keys(k);
        }
        let mut about = Vec::new();
        let mut alternatives: Vec<Option<u16>> = Vec::new();
        for p in parts {
            c = match p {
                Part::Joint(i) => match self.actor_at(*i) {
                    Some(a) if a != by && !c.joint_with().contains(&a) => c.with_joint(a),
                    _ => c,
                },
                Part::Confidence(level, wording) => c.with_confidence(estimate(*level, *wording)),
                Part::Alternative(k, x) => {
                    let k = usize::from(*k);
                    if alternatives.len() <= k {
                        alternatives.resize(k + 1, None);
                    }
                    alternatives[k] = u16::try_from(c.alternatives().len()).ok();
                    c.with_alternative(Allegation::new(x.clone()))
                }
                Part::Condition(x) => c.with_condition(x.clone()),
                Part::Deadline(d) => c.with_deadline(*d),
                Part::Resolution(outcome, date, resolver) => {
                    let mut r = Resolution::new(*outcome);
                    if let Some(d) = date {
                        r = r.with_date(*d);
                    }
                    if let Some(t @ (Target::Event(_) | Target::Claim(_) | Target::Rebuttal(_))) =
                        resolver.and_then(|i| self.target_at(i))
                    {
                        r = r.with_by(t);
                    }
                    c.with_resolution(r)
                }
                Part::About(i) => match self.actor_at(*i) {
                    Some(a) if !about.contains(&a) => {
                        about.push(a);
                        c.with_about(a)
                    }
                    _ => c,
                },
                Part::Motive(text, e) => {
                    let mut m = Motive::new(text.clone());
                    if let Some(e) = e.and_then(|e| self.event_at(e)) {
                        m = m.with_event(e);
                    }
                    c.with_motive(m)
                }
                Part::Aim(x) => c.with_aim(x.clone()),
                Part::Date(d) => c.with_stated(*d),
                Part::Event(i) => match self.event_at(*i) {
                    Some(e) => c.with_event(e),
                    None => c,
                },
                Part::Source(i) => match self.source_at(*i) {
                    Some(s) => c.with_source(s),
                    None => c,
                },
                _ => c,
            };
        }
        // An accusation accuses someone: the first actor left, when its own are gone.
        if about.is_empty()
            && act == SpeechAct::Accusation
            && let Some(a) = self.first_actor
        {
            c = c.with_about(a);
        }
        match self.g.add_claim(c) {
            Ok(id) => {
                self.alternatives[ix] = alternatives;
                Made::Statement(id.into())
            }
            Err(_) => Made::Nothing,
        }
    }

    /// Alternative `k` as planned for the claim planned at `i`, where it stands now.
    fn alternative_at(&self, i: Ix, k: u16) -> Option<Target> {
        let Made::Statement(StatementId::Claim(c)) = self.made[i] else {
            return None;
        };
        let now = (*self.alternatives[i].get(usize::from(k))?)?;
        Some(Target::Alternative(c, now))
    }

    fn rebuttal(&mut self, ix: Ix, by: Ix, kind: RebuttalKind, parts: &[&Part]) -> Made {
        let Some(by) = self.actor_at(by).or(self.first_actor) else {
            return Made::Nothing;
        };
        let mut answers: Vec<Target> = Vec::new();
        let mut later = Vec::new();
        for p in parts {
            let target = match p {
                Part::Answer(i) if *i > ix => {
                    later.push(*i);
                    None
                }
                Part::Answer(i) => self.target_at(*i),
                Part::AnswerAlternative(i, k) => self.alternative_at(*i, *k),
                _ => None,
            };
            if let Some(t) = target
                && !answers.contains(&t)
            {
                answers.push(t);
            }
        }
        let Some((&first, rest)) = answers.split_first() else {
            return Made::Nothing;
        };
        let mut r = Rebuttal::new(by, kind, first);
        for s in rest {
            r = r.answering(*s);
        }
        if let Some(k) = keys(parts) {
            r = r.with_keys(k);
        }
        for p in parts {
            r = match p {
                Part::About(i) => match self.actor_at(*i) {
                    Some(a) if !r.about().contains(&a) => r.with_about(a),
                    _ => r,
                },
                Part::Joint(i) => match self.actor_at(*i) {
                    Some(a) if a != by && !r.joint_with().contains(&a) => r.with_joint(a),
                    _ => r,
                },
                Part::Confidence(level, wording) => r.with_confidence(estimate(*level, *wording)),
                Part::Text(x) => r.with_text(x.clone()),
                Part::Date(d) => r.with_stated(*d),
                Part::Event(i) => match self.event_at(*i) {
                    Some(e) => r.with_event(e),
                    None => r,
                },
                Part::Source(i) => match self.source_at(*i) {
                    Some(s) => r.with_source(s),
                    None => r,
                },
                _ => r,
            };
        }
        match self.g.add_rebuttal(r) {
            Ok(id) => {
                if !later.is_empty() {
                    self.forward.push((id, later));
                }
                Made::Statement(id.into())
            }
            Err(_) => Made::Nothing,
        }
    }

    fn support(&mut self, premise: Ix, conclusion: Ix, parts: &[&Part]) -> Made {
        let (Some(p), Some(c)) = (self.statement_at(premise), self.statement_at(conclusion)) else {
            return Made::Nothing;
        };
        let mut s = Support::new(p, c);
        for part in parts {
            if let Part::Text(x) = part {
                s = s.with_text(x.clone());
            }
        }
        self.g.add_support(s).map_or(Made::Nothing, Made::Support)
    }

    /// Answers to later rebuttals and supports, once those exist: this is how cycles close.
    fn close_cycles(&mut self) {
        for (id, later) in std::mem::take(&mut self.forward) {
            for i in later {
                if let Some(t) = self.target_at(i)
                    && let Some(r) = self.g.rebuttal(id)
                    && !r.answers().contains(&t)
                {
                    let r = r.clone().answering(t);
                    // Both ends exist and differ: the graph accepts it.
                    let _ = self.g.replace_rebuttal(id, r);
                }
            }
        }
    }
}

/// Where shrinking stands.
#[derive(Clone, Copy, Debug)]
enum Phase {
    /// Leaving out up to `chunk` entities at a time, walking the plan from its end; `next` is
    /// the plan index (counted from the end) to look at next.
    Remove {
        chunk: usize,
        next: usize,
    },
    /// Leaving out optional parts one at a time; `next` is the flat part index to look at next.
    Strip {
        next: usize,
    },
    Done,
}

/// The last simplification, so that [`ValueTree::complicate`] can undo it.
#[derive(Clone, Debug)]
enum Undo {
    Removed(Vec<Ix>),
    Stripped(usize),
}

/// The value tree of [`GraphStrategy`](super::GraphStrategy): a drawn plan, which entities and
/// parts of it are still in, and the graph they make.
///
/// Shrinking leaves out whole entities first (halving chunks, latest first), then optional
/// parts (an alias, a date, one accused actor, one answer), and goes round again while anything
/// goes. A
/// reference names a planned entity, never a position in what is left, so leaving one entity out
/// changes no other entity's references: a two-entity counterexample shrinks to two entities
/// and the actors they need.
///
/// ```
/// use claimgraph::strategies::graphs;
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
///
/// let mut tree = graphs().claims(3..=3).new_tree(&mut TestRunner::deterministic()).unwrap();
/// assert_eq!(tree.current().claim_count(), 3);
/// while tree.simplify() {} // accept every simplification
/// assert!(tree.current().is_empty());
/// ```
#[derive(Clone, Debug)]
pub struct GraphValueTree {
    plan: Plan,
    alive: Vec<bool>,
    kept: Vec<bool>,
    /// The first flat part index of each planned entity, and one past the last.
    starts: Vec<usize>,
    made: Vec<bool>,
    current: GeneratedGraph,
    phase: Phase,
    undo: Option<Undo>,
    /// Whether a simplification was kept since the current pass began.
    progress: bool,
}

impl GraphValueTree {
    pub(super) fn new(plan: Plan) -> Self {
        let n = plan.entities.len();
        let mut starts = Vec::with_capacity(n + 1);
        let mut total = 0;
        for e in &plan.entities {
            starts.push(total);
            total += e.parts.len();
        }
        starts.push(total);
        let alive = vec![true; n];
        let kept = vec![true; total];
        let (graph, made) = build(&plan, &alive, &kept);
        GraphValueTree {
            plan,
            alive,
            kept,
            starts,
            made,
            current: GeneratedGraph::from(graph),
            phase: Phase::Remove {
                chunk: n.div_ceil(2).max(1),
                next: 0,
            },
            undo: None,
            progress: false,
        }
    }

    fn rebuild(&mut self) {
        let (graph, made) = build(&self.plan, &self.alive, &self.kept);
        self.current = GeneratedGraph::from(graph);
        self.made = made;
    }

    /// The entity a flat part index belongs to.
    fn owner(&self, part: usize) -> Ix {
        // `starts` is sorted; the owner is the last entity starting at or before `part`.
        self.starts
            .partition_point(|&s| s <= part)
            .saturating_sub(1)
    }
}

impl ValueTree for GraphValueTree {
    type Value = GeneratedGraph;

    fn current(&self) -> GeneratedGraph {
        self.current.clone()
    }

    fn simplify(&mut self) -> bool {
        // A simplification not undone since was kept: the case still failed without it.
        if self.undo.take().is_some() {
            self.progress = true;
        }
        let n = self.plan.entities.len();
        loop {
            match self.phase {
                Phase::Remove { chunk, next } => {
                    let mut out = Vec::new();
                    let mut k = next;
                    while k < n && out.len() < chunk {
                        let ix = n - 1 - k;
                        if self.alive[ix] && self.made[ix] {
                            out.push(ix);
                        }
                        k += 1;
                    }
                    if out.is_empty() {
                        self.phase = if chunk > 1 {
                            Phase::Remove {
                                chunk: chunk / 2,
                                next: 0,
                            }
                        } else if std::mem::take(&mut self.progress) {
                            Phase::Remove { chunk: 1, next: 0 }
                        } else {
                            Phase::Strip { next: 0 }
                        };
                        continue;
                    }
                    self.phase = Phase::Remove { chunk, next: k };
                    for &ix in &out {
                        self.alive[ix] = false;
                    }
                    self.undo = Some(Undo::Removed(out));
                    self.rebuild();
                    return true;
                }
                Phase::Strip { next } => {
                    let found = (next..self.kept.len()).find(|&p| {
                        let ix = self.owner(p);
                        self.kept[p] && self.alive[ix] && self.made[ix]
                    });
                    let Some(p) = found else {
                        // Parts gone may free entities to go, and the other way round.
                        self.phase = if std::mem::take(&mut self.progress) {
                            Phase::Remove { chunk: 1, next: 0 }
                        } else {
                            Phase::Done
                        };
                        continue;
                    };
                    self.phase = Phase::Strip { next: p + 1 };
                    self.kept[p] = false;
                    self.undo = Some(Undo::Stripped(p));
                    self.rebuild();
                    return true;
                }
                Phase::Done => return false,
            }
        }
    }

    fn complicate(&mut self) -> bool {
        match self.undo.take() {
            None => false,
            Some(Undo::Removed(out)) => {
                for ix in out {
                    self.alive[ix] = true;
                }
                self.rebuild();
                true
            }
            Some(Undo::Stripped(p)) => {
                self.kept[p] = true;
                self.rebuild();
                true
            }
        }
    }
}

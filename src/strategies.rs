//! Strategies for property tests: valid claim graphs of tunable size and shape, and partial
//! dates. Enabled by the `proptest` feature.
//!
//! Every graph a strategy yields was built through the public API, so it is valid by
//! construction; shrinking works on the recipe, so a failing case shrinks to a small graph.
//!
//! ```
//! use claimgraph::strategies::graphs;
//! use proptest::prelude::*;
//!
//! proptest!(|(g in graphs().actors(1..=5).claims(0..=20).rebuttals(0..=30))| {
//!     // Every rebuttal answers statements that exist.
//!     for (_, r) in g.rebuttals() {
//!         for s in r.answers() {
//!             prop_assert!(g.statement(*s).is_some());
//!         }
//!     }
//! });
//! ```

use crate::{
    Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, Event, EventId, PartialDate,
    Rebuttal, RebuttalId, RebuttalKind, Relation, RelationKind, Role, Source, SourceId, SourceKind,
    SpeechAct, StatementId, Support, TimeOrder,
};
use ::proptest::collection::{SizeRange, vec};
use ::proptest::option;
use ::proptest::prelude::*;
use ::proptest::strategy::{NewTree, ValueTree};
use ::proptest::test_runner::TestRunner;

/// A strategy for partial dates of every precision, years 1990 to 2030.
///
/// ```
/// use claimgraph::strategies::partial_dates;
/// use proptest::prelude::*;
/// proptest!(|(d in partial_dates())| {
///     prop_assert_eq!(d.to_string().parse::<claimgraph::PartialDate>().unwrap(), d);
/// });
/// ```
pub fn partial_dates() -> BoxedStrategy<PartialDate> {
    use chrono::{FixedOffset, NaiveDate};
    prop_oneof![
        (1990i32..=2030).prop_map(|y| PartialDate::year(y).ok()),
        (1990i32..=2030, 1u32..=12).prop_map(|(y, m)| PartialDate::month(y, m).ok()),
        (1990i32..=2030, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| PartialDate::day(y, m, d).ok()),
        (
            1990i32..=2030,
            1u32..=12,
            1u32..=28,
            0u32..24,
            0u32..60,
            -12i32..=14
        )
            .prop_map(|(y, m, d, h, min, off)| {
                let offset = FixedOffset::east_opt(off * 3600)?;
                let local = NaiveDate::from_ymd_opt(y, m, d)?.and_hms_opt(h, min, 0)?;
                PartialDate::instant(local.and_local_timezone(offset).single()?).ok()
            }),
    ]
    .prop_filter_map("a date that exists", |d| d)
    .boxed()
}

/// Whether generated graphs may hold rebuttal cycles (a rebuttal answering one that answers
/// it), which argumentation allows.
///
/// ```
/// use claimgraph::strategies::{graphs, Cycles};
/// let acyclic = graphs().cycles(Cycles::Forbid);
/// # let _ = acyclic;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cycles {
    /// Some rebuttals are made to answer later ones, closing cycles.
    Allow,
    /// Every rebuttal answers only statements made before it.
    Forbid,
}

/// A strategy for valid claim graphs: actors, relations, sources, events, claims, rebuttal
/// chains and trees (and cycles, unless forbidden), and supports. Made by [`graphs`].
///
/// ```
/// use claimgraph::strategies::graphs;
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// let mut runner = TestRunner::deterministic();
/// let g = graphs().claims(5..=5).new_tree(&mut runner).unwrap().current();
/// assert_eq!(g.claim_count(), 5);
/// ```
#[derive(Clone, Debug)]
pub struct GraphStrategy {
    actors: SizeRange,
    relations: SizeRange,
    sources: SizeRange,
    events: SizeRange,
    claims: SizeRange,
    rebuttals: SizeRange,
    supports: SizeRange,
    cycles: Cycles,
}

/// Graphs with up to 8 actors, 16 claims and 24 rebuttals, and everything else in proportion;
/// tune with the by-value setters of [`GraphStrategy`].
///
/// ```
/// use claimgraph::strategies::graphs;
/// let big = graphs().actors(50..=100).claims(500..=1000).rebuttals(500..=1000);
/// # let _ = big;
/// ```
pub fn graphs() -> GraphStrategy {
    GraphStrategy {
        actors: (1..=8).into(),
        relations: (0..=6).into(),
        sources: (0..=4).into(),
        events: (0..=6).into(),
        claims: (0..=16).into(),
        rebuttals: (0..=24).into(),
        supports: (0..=4).into(),
        cycles: Cycles::Allow,
    }
}

macro_rules! knob {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[must_use]
        pub fn $name(mut self, size: impl Into<SizeRange>) -> Self {
            self.$name = size.into();
            self
        }
    };
}

impl GraphStrategy {
    knob!(
        /// How many actors; at least one is always made when there are claims to make.
        ///
        /// ```
        /// let s = claimgraph::strategies::graphs().actors(3..=3);
        /// # let _ = s;
        /// ```
        actors
    );
    knob!(
        /// How many relations to attempt (one relating an actor to itself is skipped).
        ///
        /// ```
        /// let s = claimgraph::strategies::graphs().relations(0..=2);
        /// # let _ = s;
        /// ```
        relations
    );
    knob!(
        /// How many sources.
        ///
        /// ```
        /// let s = claimgraph::strategies::graphs().sources(1..=3);
        /// # let _ = s;
        /// ```
        sources
    );
    knob!(
        /// How many events.
        ///
        /// ```
        /// let s = claimgraph::strategies::graphs().events(0..=10);
        /// # let _ = s;
        /// ```
        events
    );
    knob!(
        /// How many claims.
        ///
        /// ```
        /// let s = claimgraph::strategies::graphs().claims(10..=20);
        /// # let _ = s;
        /// ```
        claims
    );
    knob!(
        /// How many rebuttals (none when there is no claim to answer).
        ///
        /// ```
        /// let s = claimgraph::strategies::graphs().rebuttals(0..=100);
        /// # let _ = s;
        /// ```
        rebuttals
    );
    knob!(
        /// How many support links to attempt.
        ///
        /// ```
        /// let s = claimgraph::strategies::graphs().supports(0..=0);
        /// # let _ = s;
        /// ```
        supports
    );

    /// Whether rebuttal cycles may appear.
    ///
    /// ```
    /// use claimgraph::strategies::{graphs, Cycles};
    /// let s = graphs().cycles(Cycles::Forbid);
    /// # let _ = s;
    /// ```
    #[must_use]
    pub fn cycles(mut self, cycles: Cycles) -> Self {
        self.cycles = cycles;
        self
    }

    fn recipe(&self) -> BoxedStrategy<ClaimGraph> {
        let date = || option::of(partial_dates());
        let actors = vec(0usize..ActorKind::ALL.len(), self.actors.clone());
        let relations = vec(
            (any::<u16>(), any::<u16>(), 0u8..4, date(), date()),
            self.relations.clone(),
        );
        let sources = vec(
            (
                0u8..8,
                option::of(any::<u16>()),
                option::of(any::<u16>()),
                date(),
            ),
            self.sources.clone(),
        );
        let events = vec(
            (vec(any::<u16>(), 0..3), date(), date()),
            self.events.clone(),
        );
        let claims = vec(
            (
                any::<u16>(),
                0u8..6,
                vec(any::<u16>(), 1..3),
                option::of(any::<u16>()),
                option::of(any::<u16>()),
                date(),
            ),
            self.claims.clone(),
        );
        let rebuttals = vec(
            (any::<u16>(), 0u8..5, any::<u32>(), any::<bool>(), date()),
            self.rebuttals.clone(),
        );
        let cycle_links: SizeRange = match self.cycles {
            Cycles::Allow => (0..4).into(),
            Cycles::Forbid => (0..=0).into(),
        };
        let cycles = vec((any::<u16>(), any::<u16>()), cycle_links);
        let supports = vec((any::<u32>(), any::<u32>()), self.supports.clone());
        (
            actors, relations, sources, events, claims, rebuttals, cycles, supports,
        )
            .prop_map(|(a, l, s, e, c, r, cy, p)| build(&a, &l, &s, &e, &c, &r, &cy, &p))
            .boxed()
    }
}

type Dated = Option<PartialDate>;

/// Picks one of `n` items by a generated number.
fn pick(x: impl Into<u64>, n: usize) -> Option<usize> {
    (n > 0).then(|| usize::try_from(x.into() % n as u64).unwrap_or(0))
}

#[allow(
    clippy::too_many_arguments,
    clippy::type_complexity,
    clippy::too_many_lines
)] // one recipe, one pass per kind
fn build(
    actors: &[usize],
    relations: &[(u16, u16, u8, Dated, Dated)],
    sources: &[(u8, Option<u16>, Option<u16>, Dated)],
    events: &[(Vec<u16>, Dated, Dated)],
    claims: &[(u16, u8, Vec<u16>, Option<u16>, Option<u16>, Dated)],
    rebuttals: &[(u16, u8, u32, bool, Dated)],
    cycles: &[(u16, u16)],
    supports: &[(u32, u32)],
) -> ClaimGraph {
    let mut g = ClaimGraph::new();
    let mut actor_ids: Vec<ActorId> = Vec::new();
    let kinds = actors
        .iter()
        .copied()
        .chain((actors.is_empty() && !claims.is_empty()).then_some(0));
    for (i, k) in kinds.enumerate() {
        let kind = ActorKind::ALL[k % ActorKind::ALL.len()];
        if let Ok(id) = g.add_actor(Actor::new(format!("Actor {i}"), kind)) {
            actor_ids.push(id);
        }
    }
    let actor = |x: u16| pick(x, actor_ids.len()).map(|i| actor_ids[i]);
    for &(from, to, kind, start, end) in relations {
        let (Some(from), Some(to)) = (actor(from), actor(to)) else {
            continue;
        };
        let kind = RelationKind::ALL[usize::from(kind) % RelationKind::ALL.len()];
        let valid = crate::Interval::new(start, end)
            .unwrap_or_else(|_| crate::Interval::new(start, None).unwrap_or_default());
        let _ = g.add_relation(Relation::new(from, kind, to).with_valid(valid));
    }
    let mut source_ids: Vec<SourceId> = Vec::new();
    for &(kind, up, speaker, date) in sources {
        let mut s = Source::new(
            SourceKind::ALL[usize::from(kind) % SourceKind::ALL.len()],
            format!("Source {}", source_ids.len()),
        );
        if let Some(i) = up.and_then(|u| pick(u, source_ids.len())) {
            s = s.with_reported_in(source_ids[i]);
        }
        if let Some(a) = speaker.and_then(actor) {
            s = s.with_speaker(a);
        }
        if let Some(d) = date {
            s = s.with_date(d);
        }
        if let Ok(id) = g.add_source(s) {
            source_ids.push(id);
        }
    }
    let mut event_ids: Vec<EventId> = Vec::new();
    for (who, date, end) in events {
        let mut e = Event::new(format!("Event {}", event_ids.len()));
        let mut seen = Vec::new();
        for (i, a) in who.iter().filter_map(|&x| actor(x)).enumerate() {
            if !seen.contains(&a) {
                seen.push(a);
                e = e.with_participant(
                    a,
                    if i == 0 {
                        Role::Initiator
                    } else {
                        Role::Recipient
                    },
                );
            }
        }
        if let Some(d) = date {
            e = e.with_date(*d);
        }
        if let Some(x) = end
            && date.is_none_or(|d| x.compare(&d) != TimeOrder::Before)
        {
            e = e.with_end(*x);
        }
        if let Ok(id) = g.add_event(e) {
            event_ids.push(id);
        }
    }
    let mut statements: Vec<StatementId> = Vec::new();
    for (by, act, about, event, source, stated) in claims {
        let Some(by) = actor(*by) else { continue };
        let mut c = Claim::new(
            by,
            SpeechAct::ALL[usize::from(*act) % SpeechAct::ALL.len()],
            Allegation::new(format!("allegation {}", statements.len())),
        );
        let mut seen = Vec::new();
        for a in about.iter().filter_map(|&x| actor(x)) {
            if !seen.contains(&a) {
                seen.push(a);
                c = c.with_about(a);
            }
        }
        if let Some(i) = event.and_then(|x| pick(x, event_ids.len())) {
            c = c.with_event(event_ids[i]);
        }
        if let Some(i) = source.and_then(|x| pick(x, source_ids.len())) {
            c = c.with_source(source_ids[i]);
        }
        if let Some(d) = stated {
            c = c.with_stated(*d);
        }
        if let Ok(id) = g.add_claim(c) {
            statements.push(id.into());
        }
    }
    let mut rebuttal_ids: Vec<RebuttalId> = Vec::new();
    for &(by, kind, target, chain, stated) in rebuttals {
        let Some(by) = actor(by) else { continue };
        // A chain answers the latest rebuttal; otherwise any earlier statement.
        let answered = match (chain, rebuttal_ids.last()) {
            (true, Some(&last)) => Some(StatementId::from(last)),
            _ => pick(target, statements.len()).map(|i| statements[i]),
        };
        let Some(answered) = answered else { continue };
        let mut r = Rebuttal::new(
            by,
            RebuttalKind::ALL[usize::from(kind) % RebuttalKind::ALL.len()],
            answered,
        )
        .with_text(format!("rebuttal {}", rebuttal_ids.len()));
        if let Some(d) = stated {
            r = r.with_stated(d);
        }
        if let Ok(id) = g.add_rebuttal(r) {
            rebuttal_ids.push(id);
            statements.push(id.into());
        }
    }
    for &(a, b) in cycles {
        let (Some(i), Some(j)) = (pick(a, rebuttal_ids.len()), pick(b, rebuttal_ids.len())) else {
            continue;
        };
        let (ri, rj) = (rebuttal_ids[i], rebuttal_ids[j]);
        if let Some(r) = g.rebuttal(ri).cloned()
            && ri != rj
            && !r.answers().contains(&rj.into())
        {
            let _ = g.replace_rebuttal(ri, r.answering(rj));
        }
    }
    for &(a, b) in supports {
        let (Some(i), Some(j)) = (pick(a, statements.len()), pick(b, statements.len())) else {
            continue;
        };
        if i != j {
            let _ = g.add_support(Support::new(statements[i], statements[j]));
        }
    }
    g
}

impl Strategy for GraphStrategy {
    type Tree = Box<dyn ValueTree<Value = ClaimGraph>>;
    type Value = ClaimGraph;

    fn new_tree(&self, runner: &mut TestRunner) -> NewTree<Self> {
        self.recipe().new_tree(runner)
    }
}

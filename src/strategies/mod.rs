//! Strategies for property tests: valid claim graphs of tunable size, shape and content, and
//! partial dates. Enabled by the `proptest` feature.
//!
//! ```
//! use claimgraph::strategies::graphs;
//! use proptest::prelude::*;
//!
//! proptest!(|(g in graphs().actors(1..=5).claims(0..=20).rebuttals(0..=30))| {
//!     // Every rebuttal answers statements or evidence that exist.
//!     for (_, r) in g.rebuttals() {
//!         for t in r.answers() {
//!             prop_assert!(g.contains(t.entity()));
//!         }
//!     }
//! });
//! ```
//!
//! # What a generated graph holds
//!
//! Every graph is built through the graph's own `add_*` methods, so it is valid by construction.
//! By default ([`Richness::Typical`]) it exercises what the model can carry: actors with
//! aliases, country codes, CAMEO actor codes and Wikidata ids; claims of every speech act with
//! CAMEO categories, PLOVER contexts, motives (some pointing at an event), aims, cited events and
//! sources; rebuttals of every kind answering one statement or several, in chains, trees and
//! cycles; sources with outlets, speakers and reporting chains; events with participants, ends,
//! locations and codes; relations with validity intervals and roles; supports; dates of every
//! precision, windows included. And what the model's second edition added: joint statements,
//! confidence with and without the speaker's wording, alternatives and answers to one of them,
//! demands with conditions, deadlines and resolutions, conditional threats and warnings, whom a
//! counter-accusation or undermine accuses, answers to sources, events and supports, events
//! alleged by a statement, anonymous actors and every actor kind, keys (each unique in the
//! graph), sources with several speakers, quotes (with form and speaker) and outlets, and
//! Admiralty gradings. Names and texts are drawn from small pools ([`GraphStrategy::pool`]), so two actors
//! share a name and two claims an allegation text, as in real data.
//!
//! The knobs are by-value methods of [`GraphStrategy`]: sizes ([`actors`](GraphStrategy::actors),
//! [`claims`](GraphStrategy::claims), ...), content ([`richness`](GraphStrategy::richness),
//! [`share`](GraphStrategy::share), [`pool`](GraphStrategy::pool)), statements
//! ([`speech_acts`](GraphStrategy::speech_acts),
//! [`rebuttal_kinds`](GraphStrategy::rebuttal_kinds), [`cycles`](GraphStrategy::cycles)) and
//! time ([`dated`](GraphStrategy::dated), [`precisions`](GraphStrategy::precisions),
//! [`years`](GraphStrategy::years)).
//!
//! # Shrinking
//!
//! A generated graph is drawn as a plan of entities in which every reference names a planned
//! entity. Shrinking leaves entities out (many at a time, then one at a time), then optional
//! parts of those left (an alias, a date, one of several answers); references to what was left
//! out are dropped, never moved to another entity, so a counterexample that needs two entities
//! shrinks to those two and the actor that makes them. See [`GraphValueTree`].
//!
//! # Failure output
//!
//! The value is a [`GeneratedGraph`]: a [`ClaimGraph`](crate::ClaimGraph) (it derefs to one)
//! whose `Debug` lists one entity per line, which is what proptest prints for a failing case:
//!
//! ```text
//! minimal failing input: g = GeneratedGraph {
//!     A0 actor "Finland" state
//!     C0 claim A0 assertion "the crossings are used by those who have the right to do so"
//!     R0 rebuttal A0 dismissal answers [C0]
//! }
//! ```

mod content;
mod listing;
mod plan;
mod tree;

pub use listing::GeneratedGraph;
pub use tree::GraphValueTree;

use crate::{PartialDate, Precision, RebuttalKind, SpeechAct};
use ::proptest::collection::SizeRange;
use ::proptest::prelude::*;
use ::proptest::strategy::{NewTree, Union};
use ::proptest::test_runner::TestRunner;
use content::DateShape;
use std::ops::RangeInclusive;

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
    /// Every rebuttal answers only statements made before it (or their alternatives), and no
    /// evidence: an answer to a source, an event or a support attacks every statement resting
    /// on it, later ones included.
    Forbid,
}

/// How much optional content generated entities carry: sets the [`share`](GraphStrategy::share)
/// of every [`Field`] at once.
///
/// ```
/// use claimgraph::strategies::{graphs, Richness};
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
///
/// let rich = graphs().richness(Richness::Rich).actors(4..=4);
/// let g = rich.new_tree(&mut TestRunner::deterministic()).unwrap().current();
/// // Every actor has aliases, and a country code unless it is anonymous.
/// assert!(g.actors().all(|(_, a)| !a.aliases().is_empty()
///     && (a.iso3().is_some() || a.is_anonymous())));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Richness {
    /// Only what the model requires, and structure (who claims what about whom, what answers
    /// what): no aliases, codes, categories, motives, aims, texts of rebuttals, citations.
    Bare,
    /// Each optional field is present on about two entities in five (the default).
    Typical,
    /// Each optional field is present wherever the graph allows it.
    Rich,
}

impl Richness {
    fn share(self) -> f64 {
        match self {
            Richness::Bare => 0.0,
            Richness::Typical => 0.4,
            Richness::Rich => 1.0,
        }
    }
}

/// A group of optional fields whose frequency [`GraphStrategy::share`] sets.
///
/// ```
/// use claimgraph::strategies::{graphs, Field};
/// // Every claim has a motive; nothing else changes.
/// let s = graphs().share(Field::Motives, 1.0);
/// # let _ = s;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// Actor aliases (up to two per actor).
    Aliases,
    /// Actor codes: ISO 3166 country code, CAMEO actor code, Wikidata id (each drawn apart).
    ActorCodes,
    /// An allegation's CAMEO category (a code the codebook lists, often from the accuse family).
    Categories,
    /// An allegation's PLOVER contexts (up to two).
    Contexts,
    /// A claim's motive; half of them point at an event.
    Motives,
    /// A claim's aim.
    Aims,
    /// Events and sources cited by claims, rebuttals, events and relations.
    Citations,
    /// A source reported in an earlier source.
    ReportingChains,
    /// A source's outlet, speaker, audience, URL and quote.
    SourceDetails,
    /// An event's end, location, CAMEO code and PLOVER type.
    EventDetails,
    /// A relation's role.
    RelationDetails,
    /// Texts of rebuttals and supports.
    Texts,
    /// A second actor a claim is about, a second statement a rebuttal answers.
    ExtraTargets,
    /// Joint statements (up to two more speakers of a claim or rebuttal) and a source's
    /// second speaker.
    JointSpeakers,
    /// A speaker's ICD 203 confidence (with their wording half the time) and a source's
    /// Admiralty grading.
    Confidence,
    /// Two alternatives of a claim (on half the claims the share picks).
    Alternatives,
    /// Conditions of demands, threats and warnings; deadlines and resolutions of demands.
    Demands,
    /// Rebuttals answering sources, events, supports and alternatives; events alleged by a
    /// statement.
    Evidence,
    /// Whom a counter-accusation or an undermine accuses.
    CounterAccusations,
    /// Anonymous actors (at most one in four of those the share picks).
    Anonymous,
    /// External keys (up to two schemes per actor, claim, rebuttal, event and source).
    Keys,
}

impl Field {
    /// Every field, in declaration order.
    ///
    /// ```
    /// use claimgraph::strategies::Field;
    /// assert_eq!(Field::ALL.len(), 21);
    /// ```
    pub const ALL: &'static [Field] = &[
        Field::Aliases,
        Field::ActorCodes,
        Field::Categories,
        Field::Contexts,
        Field::Motives,
        Field::Aims,
        Field::Citations,
        Field::ReportingChains,
        Field::SourceDetails,
        Field::EventDetails,
        Field::RelationDetails,
        Field::Texts,
        Field::ExtraTargets,
        Field::JointSpeakers,
        Field::Confidence,
        Field::Alternatives,
        Field::Demands,
        Field::Evidence,
        Field::CounterAccusations,
        Field::Anonymous,
        Field::Keys,
    ];
}

const MAX_WEIGHT: u32 = 1 << 24;

const FIELDS: usize = Field::ALL.len();

/// A probability from a knob: NaN counts as 0, and the value is clamped to 0..=1.
fn probability(p: f64) -> f64 {
    if p.is_nan() { 0.0 } else { p.clamp(0.0, 1.0) }
}

/// Weights for every item of `all`, those not listed weighing 0; equal weights when every
/// weight would be 0, so that a strategy never runs out of choices. A weight counts for at most
/// 2^24, so that sums never overflow.
fn weights<T: Copy + PartialEq, const N: usize>(
    all: &[T],
    given: impl IntoIterator<Item = (T, u32)>,
) -> [(T, u32); N] {
    let mut out: [(T, u32); N] = std::array::from_fn(|i| (all[i], 0));
    for (item, w) in given {
        if let Some(slot) = out.iter_mut().find(|(x, _)| *x == item) {
            slot.1 = slot.1.saturating_add(w).min(MAX_WEIGHT);
        }
    }
    if out.iter().all(|&(_, w)| w == 0) {
        for slot in &mut out {
            slot.1 = 1;
        }
    }
    out
}

/// A strategy for valid claim graphs: actors, relations, sources, events, claims, rebuttal
/// chains and trees (and cycles, unless forbidden), and supports, with the content the model
/// can carry. Made by [`graphs`]; yields [`GeneratedGraph`]s.
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
    shares: [f64; FIELDS],
    pool: usize,
    dated: f64,
    dates: DateShape,
    speech_acts: [(SpeechAct, u32); 7],
    rebuttal_kinds: [(RebuttalKind, u32); 5],
}

/// Graphs with up to 8 actors, 16 claims and 24 rebuttals, and everything else in proportion;
/// [`Richness::Typical`] content; names and texts from pools of 5; seven statements in ten
/// dated, in the years 2019 to 2024; every speech act and rebuttal kind equally likely. Tune with
/// the by-value methods of [`GraphStrategy`].
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
        shares: [Richness::Typical.share(); FIELDS],
        pool: 5,
        dated: 0.7,
        dates: DateShape::default(),
        speech_acts: weights(SpeechAct::ALL, SpeechAct::ALL.iter().map(|&a| (a, 1))),
        rebuttal_kinds: weights(RebuttalKind::ALL, RebuttalKind::ALL.iter().map(|&k| (k, 1))),
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
        /// How many relations to attempt (none when there are fewer than two actors).
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
        /// How many support links to attempt (none without two statements).
        ///
        /// ```
        /// let s = claimgraph::strategies::graphs().supports(0..=0);
        /// # let _ = s;
        /// ```
        supports
    );

    /// Whether rebuttal cycles may appear (they do by default).
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

    /// Sets how often every optional [`Field`] is present; later [`share`](Self::share) calls
    /// adjust single fields.
    ///
    /// ```
    /// use claimgraph::strategies::{graphs, Field, Richness};
    /// // Everything, except aliases.
    /// let s = graphs().richness(Richness::Rich).share(Field::Aliases, 0.0);
    /// # let _ = s;
    /// ```
    #[must_use]
    pub fn richness(mut self, richness: Richness) -> Self {
        self.shares = [richness.share(); FIELDS];
        self
    }

    /// How often `field` is present where the graph allows it: 0 never, 1 always (clamped to
    /// that range; NaN counts as 0).
    ///
    /// ```
    /// use claimgraph::strategies::{graphs, Field};
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    ///
    /// let s = graphs().claims(5..=5).share(Field::Aims, 1.0).share(Field::Motives, 0.0);
    /// let g = s.new_tree(&mut TestRunner::deterministic()).unwrap().current();
    /// assert!(g.claims().all(|(_, c)| c.aim().is_some() && c.motive().is_none()));
    /// ```
    #[must_use]
    pub fn share(mut self, field: Field, share: f64) -> Self {
        self.shares[field as usize] = probability(share);
        self
    }

    /// Names and texts (actor names, allegations, event descriptions, source titles, motives,
    /// aims, ...) are drawn from pools of `size` entries per kind, so that entities share them
    /// once there are more entities than entries; `0` makes every one distinct. Default 5.
    ///
    /// ```
    /// use claimgraph::strategies::graphs;
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    ///
    /// let g = graphs().actors(3..=3).pool(1).new_tree(&mut TestRunner::deterministic())
    ///     .unwrap().current();
    /// let names: Vec<&str> = g.actors().map(|(_, a)| a.name()).collect();
    /// assert!(names.iter().all(|n| *n == names[0]));
    /// ```
    #[must_use]
    pub fn pool(mut self, size: usize) -> Self {
        self.pool = size;
        self
    }

    /// How often a date is known: a claim's or rebuttal's stated date, an event's date and end,
    /// a source's date, a relation's start and end. 0 never, 1 always (clamped; NaN counts as
    /// 0). Default 0.7.
    ///
    /// ```
    /// use claimgraph::strategies::graphs;
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    ///
    /// let g = graphs().claims(4..=4).dated(1.0).new_tree(&mut TestRunner::deterministic())
    ///     .unwrap().current();
    /// assert!(g.claims().all(|(_, c)| c.stated().is_some()));
    /// ```
    #[must_use]
    pub fn dated(mut self, share: f64) -> Self {
        self.dated = probability(share);
        self
    }

    /// How often each precision of a date appears, by weight; precisions not listed never do
    /// (all do, equally, when every weight is 0). Default: year 1, month 2, day 3, instant 1.
    ///
    /// ```
    /// use claimgraph::Precision;
    /// use claimgraph::strategies::graphs;
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    ///
    /// let s = graphs().claims(4..=4).dated(1.0).precisions([(Precision::Month, 1)]);
    /// let g = s.new_tree(&mut TestRunner::deterministic()).unwrap().current();
    /// assert!(g.claims().all(|(_, c)| c.stated().unwrap().precision() == Precision::Month));
    /// ```
    #[must_use]
    pub fn precisions(mut self, weights: impl IntoIterator<Item = (Precision, u32)>) -> Self {
        self.dates.precisions = self::weights(&PRECISIONS, weights);
        self
    }

    /// The years dates fall in (clamped to the years a [`PartialDate`] can hold, -9999 to
    /// 9999). A narrow range makes dates collide and overlap often. Default 2019 to 2024.
    ///
    /// ```
    /// use claimgraph::strategies::graphs;
    /// let s = graphs().years(2023..=2023);
    /// # let _ = s;
    /// ```
    #[must_use]
    pub fn years(mut self, years: RangeInclusive<i32>) -> Self {
        self.dates.years = year_range(&years);
        self
    }

    /// How often each speech act appears among claims, by weight; acts not listed never do
    /// (all do, equally, when every weight is 0). Default: all equally.
    ///
    /// ```
    /// use claimgraph::SpeechAct;
    /// use claimgraph::strategies::graphs;
    /// // Mostly accusations, some denials, nothing else.
    /// let s = graphs().speech_acts([(SpeechAct::Accusation, 4), (SpeechAct::Denial, 1)]);
    /// # let _ = s;
    /// ```
    #[must_use]
    pub fn speech_acts(mut self, weights: impl IntoIterator<Item = (SpeechAct, u32)>) -> Self {
        self.speech_acts = self::weights(SpeechAct::ALL, weights);
        self
    }

    /// How often each kind of rebuttal appears, by weight; kinds not listed never do (all do,
    /// equally, when every weight is 0). Default: all equally.
    ///
    /// ```
    /// use claimgraph::RebuttalKind;
    /// use claimgraph::strategies::graphs;
    /// let s = graphs().rebuttal_kinds([(RebuttalKind::Denial, 1)]);
    /// # let _ = s;
    /// ```
    #[must_use]
    pub fn rebuttal_kinds(
        mut self,
        weights: impl IntoIterator<Item = (RebuttalKind, u32)>,
    ) -> Self {
        self.rebuttal_kinds = self::weights(RebuttalKind::ALL, weights);
        self
    }
}

const PRECISIONS: [Precision; 5] = [
    Precision::Year,
    Precision::Month,
    Precision::Day,
    Precision::Instant,
    Precision::Window,
];

fn year_range(years: &RangeInclusive<i32>) -> (i32, i32) {
    let lo = (*years.start()).clamp(-9999, 9999);
    let hi = (*years.end()).clamp(-9999, 9999);
    (lo.min(hi), hi.max(lo))
}

impl Strategy for GraphStrategy {
    type Tree = GraphValueTree;
    type Value = GeneratedGraph;

    fn new_tree(&self, runner: &mut TestRunner) -> NewTree<Self> {
        let seed = runner.rng().next_u64();
        Ok(GraphValueTree::new(plan::draw(self, seed)))
    }
}

/// A strategy for partial dates of every precision, years 2019 to 2024 unless set otherwise.
/// Made by [`partial_dates`].
///
/// ```
/// use claimgraph::Precision;
/// use claimgraph::strategies::partial_dates;
/// use proptest::prelude::*;
/// proptest!(|(d in partial_dates().years(1990..=1990).precisions([(Precision::Year, 1)]))| {
///     prop_assert_eq!(d.to_string(), "1990");
/// });
/// ```
#[derive(Clone, Debug)]
pub struct PartialDateStrategy {
    shape: DateShape,
}

/// Partial dates of every precision (weighted as for [`GraphStrategy::precisions`]), in the
/// years 2019 to 2024, so that they meet the dates of [`graphs`]. Shrinks toward coarser dates
/// early in the range.
///
/// ```
/// use claimgraph::strategies::partial_dates;
/// use proptest::prelude::*;
/// proptest!(|(d in partial_dates())| {
///     prop_assert_eq!(d.to_string().parse::<claimgraph::PartialDate>().unwrap(), d);
/// });
/// ```
pub fn partial_dates() -> PartialDateStrategy {
    PartialDateStrategy {
        shape: DateShape::default(),
    }
}

impl PartialDateStrategy {
    /// The years dates fall in, as for [`GraphStrategy::years`].
    ///
    /// ```
    /// let s = claimgraph::strategies::partial_dates().years(1990..=2030);
    /// # let _ = s;
    /// ```
    #[must_use]
    pub fn years(mut self, years: RangeInclusive<i32>) -> Self {
        self.shape.years = year_range(&years);
        self
    }

    /// How often each precision appears, as for [`GraphStrategy::precisions`].
    ///
    /// ```
    /// use claimgraph::Precision;
    /// let s = claimgraph::strategies::partial_dates().precisions([(Precision::Day, 1)]);
    /// # let _ = s;
    /// ```
    #[must_use]
    pub fn precisions(mut self, weights: impl IntoIterator<Item = (Precision, u32)>) -> Self {
        self.shape.precisions = self::weights(&PRECISIONS, weights);
        self
    }

    fn union(&self) -> Union<BoxedStrategy<PartialDate>> {
        use chrono::{FixedOffset, NaiveDate};
        let (lo, hi) = self.shape.years;
        let arm = |p: Precision| -> BoxedStrategy<PartialDate> {
            match p {
                Precision::Year => (lo..=hi)
                    .prop_filter_map("a year", |y| PartialDate::year(y).ok())
                    .boxed(),
                Precision::Month => (lo..=hi, 1u32..=12)
                    .prop_filter_map("a month", |(y, m)| PartialDate::month(y, m).ok())
                    .boxed(),
                Precision::Day => (lo..=hi, 1u32..=12, 1u32..=31)
                    .prop_filter_map("a day that exists", |(y, m, d)| {
                        PartialDate::day(y, m, d).ok()
                    })
                    .boxed(),
                Precision::Window => (lo..=hi, 1u32..=12, 1u32..=28, 1u64..=40)
                    .prop_filter_map("a window of days that exist", |(y, m, d, k)| {
                        let first = NaiveDate::from_ymd_opt(y, m, d)?;
                        let last = first.checked_add_days(chrono::Days::new(k))?;
                        PartialDate::window(first.into(), last.into()).ok()
                    })
                    .boxed(),
                Precision::Instant => (
                    lo..=hi,
                    1u32..=12,
                    1u32..=28,
                    0u32..24,
                    0u32..60,
                    -24i32..=28,
                )
                    .prop_filter_map("an instant that exists", |(y, m, d, h, min, half_hours)| {
                        let offset = FixedOffset::east_opt(half_hours * 1800)?;
                        let local = NaiveDate::from_ymd_opt(y, m, d)?.and_hms_opt(h, min, 0)?;
                        PartialDate::instant(local.and_local_timezone(offset).single()?).ok()
                    })
                    .boxed(),
            }
        };
        Union::new_weighted(
            self.shape
                .precisions
                .iter()
                .filter(|&&(_, w)| w > 0)
                .map(|&(p, w)| (w, arm(p)))
                .collect(),
        )
    }
}

impl Strategy for PartialDateStrategy {
    type Tree = <Union<BoxedStrategy<PartialDate>> as Strategy>::Tree;
    type Value = PartialDate;

    fn new_tree(&self, runner: &mut TestRunner) -> NewTree<Self> {
        self.union().new_tree(runner)
    }
}

#[cfg(test)]
mod tests;

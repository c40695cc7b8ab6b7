//! The accusation network: pairs (accuser, accused) with their allegations, counts and dates;
//! reciprocity; per-actor summaries.
// "Accuser" and "accused" are the domain's words, however alike they look.
#![allow(clippy::similar_names)]

use super::{Roll, View};
use crate::{ActorId, CameoCode, ClaimId, PartialDate, RebuttalId, RebuttalKind, StatementId};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One allegation within a [`Pair`]: accusing statements with the same text and CAMEO
/// category, counted, with the first and last dates they were stated.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// for when in ["2021", "2023-11-20"] {
///     g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("espionage"))
///         .with_about(b).with_stated(when.parse()?))?;
/// }
/// let network = g.view().accusations();
/// let allegation = &network.pairs[0].allegations[0];
/// assert_eq!((allegation.text, allegation.statements.len()), ("espionage", 2));
/// assert_eq!(allegation.first.unwrap().to_string(), "2021");
/// assert_eq!(allegation.last.unwrap().to_string(), "2023-11-20");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllegationCount<'g> {
    /// The allegation's text.
    pub text: &'g str,
    /// Its CAMEO category, if coded.
    pub category: Option<CameoCode>,
    /// The statements making it, in id order (accusation claims today).
    pub statements: Vec<StatementId>,
    /// The earliest date among them, in timeline order; `None` when all are undated.
    pub first: Option<PartialDate>,
    /// The latest date among them, in timeline order.
    pub last: Option<PartialDate>,
}

/// An ordered pair of the accusation network: `accuser` accuses `accused`, `count` times.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
/// let pair = &g.view().accusations().pairs[0];
/// assert_eq!((pair.accuser, pair.accused, pair.count), (a, b, 1));
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair<'g> {
    /// Who accuses.
    pub accuser: ActorId,
    /// Who is accused.
    pub accused: ActorId,
    /// How many distinct statements accuse (the allegations' statements, together).
    pub count: usize,
    /// The earliest date of any of them, in timeline order.
    pub first: Option<PartialDate>,
    /// The latest date of any of them, in timeline order.
    pub last: Option<PartialDate>,
    /// The allegations, in order of their first claim's id.
    pub allegations: Vec<AllegationCount<'g>>,
}

impl Pair<'_> {
    /// Every statement of the pair, in id order.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c1 = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// let c2 = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("y")).with_about(b))?;
    /// assert_eq!(g.view().accusations().pairs[0].statements(), [c1.into(), c2.into()]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn statements(&self) -> Vec<StatementId> {
        let mut all: Vec<StatementId> = self
            .allegations
            .iter()
            .flat_map(|a| a.statements.iter().copied())
            .collect();
        all.sort_unstable();
        all
    }
}

/// The accusation network: its pairs, sorted by accuser then accused.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
/// g.add_claim(Claim::new(b, SpeechAct::Accusation, Allegation::new("y")).with_about(a))?;
/// let network = g.view().accusations();
/// assert_eq!(network.len(), 2);
/// assert!(network.pair(b, a).is_some());
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Network<'g> {
    /// The pairs, sorted by accuser, then accused.
    pub pairs: Vec<Pair<'g>>,
}

impl<'g> Network<'g> {
    /// How many pairs: distinct (accuser, accused) edges, however many claims each counts.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// for allegation in ["smuggling asylum seekers", "destabilising Finland"] {
    ///     g.add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new(allegation))
    ///         .with_about(russia))?;
    /// }
    /// let network = g.view().accusations();
    /// assert_eq!((network.len(), network.pairs[0].count), (1, 2));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether there is no pair at all.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// g.add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("smuggling"))
    ///     .with_about(russia).with_stated("2023-11".parse()?))?;
    /// assert!(g.as_of("2023-10".parse()?).accusations().is_empty()); // nothing said yet
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// How many distinct statements accuse, over all pairs: rolled up, one accusation makes
    /// a pair for its author and for each actor it speaks as, but counts once here.
    ///
    /// # Complexity
    /// `O(t log t)` over the network's (pair, statement) entries.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::query::Attribution;
    /// let mut g = ClaimGraph::new();
    /// let pm = g.add_actor(Actor::new("Prime minister", ActorKind::Person))?;
    /// let gov = g.add_actor(Actor::new("Government", ActorKind::Government))?;
    /// let state = g.add_actor(Actor::new("State", ActorKind::State))?;
    /// let other = g.add_actor(Actor::new("Other", ActorKind::State))?;
    /// g.add_relation(Relation::new(pm, RelationKind::SpeaksFor, gov))?;
    /// g.add_relation(Relation::new(gov, RelationKind::PartOf, state))?;
    /// g.add_claim(Claim::new(pm, SpeechAct::Accusation, Allegation::new("x")).with_about(other))?;
    /// let network = g.view().attribution(Attribution::RollUp).accusations();
    /// assert_eq!((network.len(), network.statement_count()), (3, 1));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn statement_count(&self) -> usize {
        let mut all: Vec<StatementId> = self
            .pairs
            .iter()
            .flat_map(|p| {
                p.allegations
                    .iter()
                    .flat_map(|a| a.statements.iter().copied())
            })
            .collect();
        all.sort_unstable();
        all.dedup();
        all.len()
    }

    /// The pair `accuser` → `accused`, if any.
    ///
    /// # Complexity
    /// `O(log p)` for `p` pairs (binary search).
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// assert!(g.view().accusations().pair(a, b).is_some());
    /// assert!(g.view().accusations().pair(b, a).is_none());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn pair(&self, accuser: ActorId, accused: ActorId) -> Option<&Pair<'g>> {
        self.pairs
            .binary_search_by_key(&(accuser, accused), |p| (p.accuser, p.accused))
            .ok()
            .map(|i| &self.pairs[i])
    }
}

/// What one side of a [`Reciprocal`] says about the other: its claims about the other, its
/// rebuttals of the other's statements, how many of them accuse, and when.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b)
///     .with_stated("2014-07".parse()?))?;
/// let r = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c).with_stated("2014-07-21".parse()?))?;
/// let rec = g.view().reciprocal(a, b);
/// assert_eq!((rec.second_on_first.rebuttals.as_slice(), rec.second_on_first.accusations), ([r].as_slice(), 0));
/// assert_eq!(rec.second_on_first.first.unwrap().to_string(), "2014-07-21");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Said {
    /// Claims by this side about the other, of any act (or the view's act filter's), in id
    /// order.
    pub claims: Vec<ClaimId>,
    /// Rebuttals by this side answering the other side's statements, in id order.
    pub rebuttals: Vec<RebuttalId>,
    /// How many of these statements accuse the other side: claims of the accusing act
    /// ([`SpeechAct::Accusation`](crate::SpeechAct::Accusation), or the act filter's) and
    /// counter-accusations. Each statement counts once.
    pub accusations: usize,
    /// The earliest date of any of them, in timeline order; `None` when all are undated.
    pub first: Option<PartialDate>,
    /// The latest date of any of them, in timeline order.
    pub last: Option<PartialDate>,
}

impl Said {
    /// How many statements in all: claims and rebuttals, each once.
    ///
    /// ```
    /// use claimgraph::query::Said;
    /// assert_eq!(Said::default().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.claims.len() + self.rebuttals.len()
    }

    /// Whether this side said nothing about the other.
    ///
    /// ```
    /// use claimgraph::query::Said;
    /// assert!(Said::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty() && self.rebuttals.is_empty()
    }
}

/// What two actors say about each other: each side's claims about the other and its answers
/// to the other's statements, counted, with their first and last dates. Rolled up, a
/// spokesperson's words count as the side's, and a statement about or answering one of the
/// side's parts counts as about or answering the side.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
/// let r = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::CounterAccusation, c))?;
/// let rec = g.view().reciprocal(a, b);
/// assert_eq!(rec.first_on_second.claims, [c]);
/// assert_eq!(rec.second_on_first.rebuttals, [r]);
/// assert!(rec.is_mutual());
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reciprocal {
    /// What the first actor says about the second.
    pub first_on_second: Said,
    /// What the second actor says about the first.
    pub second_on_first: Said,
}

impl Reciprocal {
    /// Whether each side accuses the other, by a claim or a counter-accusation.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("smuggling"))
    ///     .with_about(russia))?;
    /// g.add_rebuttal(Rebuttal::new(russia, RebuttalKind::Denial, c))?;
    /// assert!(!g.view().reciprocal(finland, russia).is_mutual()); // a denial accuses nobody
    /// g.add_rebuttal(Rebuttal::new(russia, RebuttalKind::CounterAccusation, c))?;
    /// assert!(g.view().reciprocal(finland, russia).is_mutual());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn is_mutual(&self) -> bool {
        self.first_on_second.accusations > 0 && self.second_on_first.accusations > 0
    }
}

/// One actor's place in the accusation network.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
/// g.add_claim(Claim::new(b, SpeechAct::Accusation, Allegation::new("y")).with_about(a))?;
/// let s = &g.view().summary().actors[0];
/// assert_eq!((s.actor, s.out_degree, s.in_degree, s.reciprocated), (a, 1, 1, 1));
/// assert_eq!(s.reciprocity(), Some(1.0));
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorSummary {
    /// The actor.
    pub actor: ActorId,
    /// Accusations it made: the distinct statements of its pairs as accuser, leaving out
    /// accusations of itself (they are no edge between two actors; the `self_accusation` lint
    /// finds them). One statement about three actors counts once.
    pub made: usize,
    /// Accusations it received: the distinct statements of its pairs as accused, leaving out
    /// accusations by itself. Rolled up, a ministry's accusation and its state's (the same
    /// statement) count once.
    pub received: usize,
    /// How many distinct actors it accuses.
    pub out_degree: usize,
    /// How many distinct actors accuse it.
    pub in_degree: usize,
    /// How many of those it accuses accuse it in turn.
    pub reciprocated: usize,
}

impl ActorSummary {
    /// The share of the actors it accuses that accuse it back, or `None` if it accuses nobody.
    ///
    /// ```
    /// use claimgraph::query::ActorSummary;
    /// let s = ActorSummary { actor: claimgraph::ActorId::new(0), made: 4, received: 0,
    ///     out_degree: 4, in_degree: 1, reciprocated: 1 };
    /// assert_eq!(s.reciprocity(), Some(0.25));
    /// ```
    #[allow(clippy::cast_precision_loss)] // degrees far below 2^52
    pub fn reciprocity(&self) -> Option<f64> {
        (self.out_degree > 0).then(|| self.reciprocated as f64 / self.out_degree as f64)
    }
}

/// The accusation network summed up per actor, as plain data to print or plot.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// let c = g.add_actor(Actor::new("C", ActorKind::State))?;
/// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
/// g.add_claim(Claim::new(c, SpeechAct::Accusation, Allegation::new("y")).with_about(b))?;
/// let summary = g.view().summary();
/// assert_eq!(summary.most_accused(1)[0].actor, b);
/// assert_eq!(summary.most_accusing(2).iter().map(|s| s.actor).collect::<Vec<_>>(), [a, c]);
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Every actor that accuses another or is accused by another, in id order (an actor that
    /// only accuses itself is not here, as [`ActorSummary::made`] leaves self-accusations
    /// out).
    pub actors: Vec<ActorSummary>,
}

impl Summary {
    /// The `n` most accused actors: by accusations received, most first, ties by id. Actors
    /// that received none are left out, so fewer than `n` may come back.
    ///
    /// # Complexity
    /// `O(a log a)` for the summary's `a` actors.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let [russia, belarus, finland, west] = ["Russia", "Belarus", "Finland", "Western countries"]
    ///     .map(|name| g.add_actor(Actor::new(name, ActorKind::State)).unwrap());
    /// for (accuser, accused) in [(finland, russia), (west, russia), (west, belarus)] {
    ///     g.add_claim(Claim::new(accuser, SpeechAct::Accusation, Allegation::new("x")).with_about(accused))?;
    /// }
    /// let top: Vec<ActorId> = g.view().summary().most_accused(5).iter().map(|s| s.actor).collect();
    /// assert_eq!(top, [russia, belarus]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn most_accused(&self, n: usize) -> Vec<&ActorSummary> {
        let mut v: Vec<&ActorSummary> = self.actors.iter().filter(|s| s.received > 0).collect();
        v.sort_by_key(|s| (std::cmp::Reverse(s.received), s.actor));
        v.truncate(n);
        v
    }

    /// The `n` most accusing actors: by accusations made, most first, ties by id. Actors
    /// that made none are left out, so fewer than `n` may come back.
    ///
    /// # Complexity
    /// `O(a log a)` for the summary's `a` actors.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let [russia, belarus, finland, west] = ["Russia", "Belarus", "Finland", "Western countries"]
    ///     .map(|name| g.add_actor(Actor::new(name, ActorKind::State)).unwrap());
    /// for (accuser, accused) in [(finland, russia), (west, russia), (west, belarus)] {
    ///     g.add_claim(Claim::new(accuser, SpeechAct::Accusation, Allegation::new("x")).with_about(accused))?;
    /// }
    /// let summary = g.view().summary();
    /// let top = summary.most_accusing(1);
    /// assert_eq!((top[0].actor, top[0].made, top[0].out_degree), (west, 2, 2));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn most_accusing(&self, n: usize) -> Vec<&ActorSummary> {
        let mut v: Vec<&ActorSummary> = self.actors.iter().filter(|s| s.made > 0).collect();
        v.sort_by_key(|s| (std::cmp::Reverse(s.made), s.actor));
        v.truncate(n);
        v
    }
}

fn earlier(a: Option<PartialDate>, b: Option<PartialDate>) -> Option<PartialDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

fn later(a: Option<PartialDate>, b: Option<PartialDate>) -> Option<PartialDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

/// One statement that accuses, as the counting code sees it: who said it, about whom, when,
/// and what. Every accusation query reads statements through [`View::accusing`], the one
/// place that decides which statements accuse.
pub(super) struct Accusing<'g> {
    pub(super) id: StatementId,
    pub(super) speaker: ActorId,
    pub(super) about: &'g [ActorId],
    pub(super) stated: Option<PartialDate>,
    pub(super) text: &'g str,
    pub(super) category: Option<CameoCode>,
}

/// Which accusing statements a query needs: all of them, those about an actor, or those
/// by some speakers. Narrow scopes let the per-actor queries cost in proportion to the
/// answer.
#[derive(Clone, Copy)]
pub(super) enum Scope<'a> {
    All,
    About(ActorId),
    By(&'a [ActorId]),
}

/// Builds pairs from (accuser, accused, statement) triples in any order: collects them,
/// sorts them by pair and statement id, and groups runs. Sorting a flat vector beats hashing
/// each triple into a map of pairs by a wide margin on large graphs (no per-entry lookups, no
/// rehashing, sequential memory).
#[derive(Default)]
struct Aggregator<'g> {
    edges: Vec<Edge<'g>>,
}

/// One (accuser, accused, statement) triple, carrying what the pairs need of the statement:
/// once sorted by pair the statements would be read in random order, and on large graphs
/// those cache misses cost more than everything else together.
struct Edge<'g> {
    key: u64,
    id: StatementId,
    category: Option<CameoCode>,
    when: Option<PartialDate>,
    text: &'g str,
}

/// Runs of statements in a pair longer than this group their allegations through a hash
/// map; shorter ones by a linear scan, which is faster for the usual handful.
const LINEAR_GROUPING: usize = 16;

impl<'g> Aggregator<'g> {
    fn add(&mut self, accuser: ActorId, accused: ActorId, a: &Accusing<'g>) {
        self.edges.push(Edge {
            key: (u64::from(accuser.index()) << 32) | u64::from(accused.index()),
            id: a.id,
            category: a.category,
            when: a.stated,
            text: a.text,
        });
    }

    fn finish(mut self) -> Network<'g> {
        self.edges.sort_unstable_by_key(|e| (e.key, e.id));
        // A statement counts once per pair, however many ways it reaches the pair.
        self.edges.dedup_by_key(|e| (e.key, e.id));
        // Sized exactly: growing a vector of a million pairs would copy it several times.
        let runs = self.edges.chunk_by(|a, b| a.key == b.key).count();
        let mut pairs: Vec<Pair<'g>> = Vec::with_capacity(runs);
        let mut lookup: HashMap<(Option<CameoCode>, &'g str), usize> = HashMap::new();
        for run in self.edges.chunk_by(|a, b| a.key == b.key) {
            let key = run[0].key;
            let mut pair = Pair {
                accuser: ActorId::new((key >> 32) as u32),
                accused: ActorId::new((key & 0xFFFF_FFFF) as u32),
                count: run.len(),
                first: None,
                last: None,
                allegations: Vec::with_capacity(1),
            };
            lookup.clear();
            for e in run {
                pair.first = earlier(pair.first, e.when);
                pair.last = later(pair.last, e.when);
                let found = if run.len() <= LINEAR_GROUPING {
                    pair.allegations
                        .iter()
                        .position(|a| a.category == e.category && a.text == e.text)
                } else {
                    lookup.get(&(e.category, e.text)).copied()
                };
                let at = found.unwrap_or_else(|| {
                    pair.allegations.push(AllegationCount {
                        text: e.text,
                        category: e.category,
                        statements: Vec::new(),
                        first: None,
                        last: None,
                    });
                    let at = pair.allegations.len() - 1;
                    if run.len() > LINEAR_GROUPING {
                        lookup.insert((e.category, e.text), at);
                    }
                    at
                });
                let entry = &mut pair.allegations[at];
                entry.statements.push(e.id);
                entry.first = earlier(entry.first, e.when);
                entry.last = later(entry.last, e.when);
            }
            pairs.push(pair);
        }
        Network { pairs }
    }
}

impl<'g> View<'g> {
    /// The accusing statements of the view in `scope`, in id order within each kind: the one
    /// place that decides what counts as an accusation. Today these are the claims of the
    /// accusing act ([`SpeechAct::Accusation`](crate::SpeechAct::Accusation), or the act
    /// filter's). A counter-accusation that names whom it accuses (a rebuttal's `about`,
    /// once the model has it) joins here, in each arm, and every count follows.
    ///
    /// Each is handed to `each` with the walk, as it is found: collecting them first would
    /// cost a pass over memory the size of the answer.
    pub(super) fn accusing(
        self,
        roll: &mut Roll<'g>,
        scope: Scope<'_>,
        mut each: impl FnMut(&mut Roll<'g>, Accusing<'g>),
    ) {
        let graph = self.graph;
        let claims: Box<dyn Iterator<Item = _>> = match scope {
            Scope::All => Box::new(graph.claims()),
            Scope::About(actor) => Box::new(graph.claims_about(actor)),
            Scope::By(speakers) => Box::new(
                speakers
                    .iter()
                    .flat_map(move |&speaker| graph.claims_by(speaker)),
            ),
        };
        for (id, c) in claims {
            if self.is_accusation(roll, c) {
                // A joint statement is one statement by each of its speakers; the pairs it
                // makes are counted once per statement all the same.
                for speaker in c.speakers() {
                    each(
                        roll,
                        Accusing {
                            id: id.into(),
                            speaker,
                            about: c.about(),
                            stated: c.stated(),
                            text: c.allegation().text(),
                            category: c.allegation().category(),
                        },
                    );
                }
            }
        }
        // A counter-accusation (or an undermine) that names whom it blames accuses them too.
        let rebuttals: Box<dyn Iterator<Item = _>> = match scope {
            Scope::All => Box::new(graph.rebuttals().filter(|(_, r)| !r.about().is_empty())),
            Scope::About(actor) => Box::new(graph.rebuttals_about(actor)),
            Scope::By(speakers) => Box::new(
                speakers
                    .iter()
                    .flat_map(move |&speaker| graph.rebuttals_by(speaker)),
            ),
        };
        for (id, r) in rebuttals {
            if self.is_counter_accusation(roll, r) {
                for speaker in r.speakers() {
                    each(
                        roll,
                        Accusing {
                            id: id.into(),
                            speaker,
                            about: r.about(),
                            stated: r.stated(),
                            text: r.text(),
                            category: r.kind().cameo(),
                        },
                    );
                }
            }
        }
    }

    /// Adds a statement's pairs: its speaker (and, rolled up, everyone it speaks as) against
    /// each actor it accuses (and, rolled up, everyone who answers for them). A pair of an
    /// actor with itself is kept only when the speaker names itself, so roll-up never
    /// invents a self-accusation and never loses a statement.
    fn add_accusing(
        &self,
        agg: &mut Aggregator<'g>,
        roll: &mut Roll<'g>,
        buffers: &mut (Vec<ActorId>, Vec<(ActorId, bool)>),
        a: &Accusing<'g>,
    ) {
        let (accusers, accused) = buffers;
        accusers.clear();
        accused.clear();
        if self.rolls_up() {
            accusers.extend_from_slice(roll.principals_in(a.speaker, a.stated));
            for &named in a.about {
                for (i, &x) in roll.accountable_in(named, a.stated).iter().enumerate() {
                    match accused.iter_mut().find(|(y, _)| *y == x) {
                        Some(entry) => entry.1 |= i == 0,
                        None => accused.push((x, i == 0)),
                    }
                }
            }
        } else {
            accusers.push(a.speaker);
            accused.extend(a.about.iter().map(|&x| (x, true)));
        }
        for &(target, named) in accused.iter() {
            for (i, &accuser) in accusers.iter().enumerate() {
                if accuser != target || (i == 0 && named) {
                    agg.add(accuser, target, a);
                }
            }
        }
    }

    /// The network of the accusing statements in `scope`.
    fn network(self, roll: &mut Roll<'g>, scope: Scope<'_>) -> Network<'g> {
        let mut agg = Aggregator {
            edges: Vec::with_capacity(match scope {
                Scope::All => self.graph.claim_count(),
                Scope::About(_) | Scope::By(_) => 0,
            }),
        };
        let mut buffers = (Vec::new(), Vec::new());
        self.accusing(roll, scope, |roll, a| {
            self.add_accusing(&mut agg, roll, &mut buffers, &a);
        });
        agg.finish()
    }

    /// The whole accusation network: for every accusation in the view (every claim of the
    /// [`act`](View::act) filter's act, accusation by default), one pair per accuser and
    /// accused, with the allegations, counts of distinct statements and dates. Rolled up
    /// ([`Attribution::RollUp`](super::Attribution::RollUp)), a statement makes a pair for
    /// each actor its author speaks as and each actor that answers for the accused, by the
    /// [one rule of affiliation](crate::query#affiliation-and-time); each pair still counts
    /// each statement once, and [`Network::statement_count`] counts it once in all.
    ///
    /// # Complexity
    /// `O(c + t log t)` for the graph's `c` claims and the `t` (accuser, accused, statement)
    /// triples the accusations in the view give: the triples are sorted, then grouped into
    /// pairs in one pass. Rolled up, every affiliation relation is read once, and each
    /// accusation's author and accused are walked up.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("y")).with_about(b))?;
    /// let network = g.view().accusations();
    /// assert_eq!(network.pairs[0].count, 1);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn accusations(self) -> Network<'g> {
        let mut roll = if self.rolls_up() {
            Roll::complete(self.graph)
        } else {
            Roll::new(self.graph)
        };
        self.network(&mut roll, Scope::All)
    }

    /// Who accuses `actor`, of what: the network's pairs with `actor` as the accused. Rolled
    /// up, this takes in accusations of its parts (a brigade's, for its state).
    ///
    /// # Complexity
    /// Proportional to the claims about `actor` (and, rolled up, about its parts), times
    /// their log, not to the graph.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// let pairs = g.view().accusations_against(b);
    /// assert_eq!(pairs[0].accuser, a);
    /// assert!(g.view().accusations_against(a).is_empty());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn accusations_against(self, actor: ActorId) -> Vec<Pair<'g>> {
        let parts = if self.rolls_up() {
            Roll::new(self.graph).parts(actor)
        } else {
            vec![actor]
        };
        let bound: usize = parts
            .iter()
            .map(|&p| self.graph.claims_about(p).count())
            .sum();
        let mut roll = self.roll_for(bound);
        let mut agg = Aggregator::default();
        let mut buffers = (Vec::new(), Vec::new());
        for &part in &parts {
            self.accusing(&mut roll, Scope::About(part), |roll, a| {
                self.add_accusing(&mut agg, roll, &mut buffers, &a);
            });
        }
        let mut pairs = agg.finish().pairs;
        pairs.retain(|p| p.accused == actor);
        pairs
    }

    /// Whom `actor` accuses, of what: the network's pairs with `actor` as the accuser. Rolled
    /// up, this takes in what its spokespeople and parts said while they spoke for it.
    ///
    /// # Complexity
    /// Proportional to the claims of `actor` (and, rolled up, of those who may speak for it).
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::query::*;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let gov = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// g.add_relation(Relation::new(gov, RelationKind::PartOf, finland))?;
    /// g.add_claim(Claim::new(gov, SpeechAct::Accusation, Allegation::new("x")).with_about(russia))?;
    /// assert!(g.view().accusations_by(finland).is_empty());
    /// let rolled = g.view().attribution(Attribution::RollUp).accusations_by(finland);
    /// assert_eq!((rolled[0].accuser, rolled[0].accused), (finland, russia));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn accusations_by(self, actor: ActorId) -> Vec<Pair<'g>> {
        let speakers = if self.rolls_up() {
            Roll::new(self.graph).agents(actor)
        } else {
            vec![actor]
        };
        // Rolled up, the walk visits each claim's speaker and each actor it accuses: as many
        // actors as claims, at most.
        let claims: usize = speakers
            .iter()
            .map(|&s| self.graph.claims_by(s).count())
            .sum();
        let mut roll = self.roll_for(speakers.len() + claims);
        let mut pairs = self.network(&mut roll, Scope::By(&speakers)).pairs;
        pairs.retain(|p| p.accuser == actor);
        pairs
    }

    /// Who may speak for each side, and what each side answers for: the sides themselves,
    /// or, rolled up, their agents and parts.
    fn sides(&self, first: ActorId, second: ActorId) -> ([Vec<ActorId>; 2], [Vec<ActorId>; 2]) {
        let walk = Roll::new(self.graph);
        let rolled = self.rolls_up();
        let agents = |side: ActorId| {
            if rolled {
                walk.agents(side)
            } else {
                vec![side]
            }
        };
        let parts = |side: ActorId| if rolled { walk.parts(side) } else { vec![side] };
        (
            [agents(first), agents(second)],
            [parts(first), parts(second)],
        )
    }

    /// Adds to `found` the rebuttals by `side` that name `other` (or, rolled up, what it
    /// answers for) as the one to blame, among those about `part`: a counter-accusation of a
    /// third party's statement.
    fn blaming(
        &self,
        (roll, filter_roll): (&mut Roll<'g>, &mut Roll<'g>),
        (part, side, other, rolled): (ActorId, ActorId, ActorId, bool),
        found: &mut BTreeSet<RebuttalId>,
    ) {
        for (rid, r) in self.graph.rebuttals_about(part) {
            if !found.contains(&rid)
                && self.selects_rebuttal(filter_roll, r)
                && r.speakers()
                    .any(|sp| self.speaks_as(roll, sp, side, r.stated()))
                && r.about().iter().any(|&x| {
                    x == other || (rolled && roll.accountable_in(x, r.stated()).contains(&other))
                })
            {
                found.insert(rid);
            }
        }
    }

    /// What `first` and `second` say about each other: each side's claims about the other,
    /// its rebuttals of the other's statements, how many of them accuse, first and last
    /// dates. Rolled up, a spokesperson's or a part's words count as the side's, and claims
    /// about a side's parts, or answers to what its spokespeople said, count as about it
    /// (by the [one rule of affiliation](crate::query#affiliation-and-time)).
    ///
    /// # Complexity
    /// Proportional to the statements by and about either side (and, rolled up, those who
    /// may speak for it or are part of it), not to the graph.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let x = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// let y = g.add_claim(Claim::new(b, SpeechAct::Accusation, Allegation::new("y")).with_about(a))?;
    /// let rec = g.view().reciprocal(a, b);
    /// assert_eq!((rec.first_on_second.claims, rec.second_on_first.claims), (vec![x], vec![y]));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn reciprocal(self, first: ActorId, second: ActorId) -> Reciprocal {
        let rolled = self.rolls_up();
        let (agents, parts) = self.sides(first, second);
        // The walk visits the authors of the claims about either side and of the answers:
        // the claims about the sides bound their number.
        let bound = agents.iter().chain(&parts).map(Vec::len).sum::<usize>()
            + self.graph.claims_about(first).count()
            + self.graph.claims_about(second).count();
        let mut roll = self.roll_for(bound);
        // The actor filter's walk, apart from the attribution's.
        let mut filter_roll = Roll::new(self.graph);
        let mut out = Reciprocal::default();
        for (from, to, said) in [
            (0, 1, &mut out.first_on_second),
            (1, 0, &mut out.second_on_first),
        ] {
            let (side, other) = ([first, second][from], [first, second][to]);
            // Whether a statement about `x` at `date` is about the other side.
            let about_other = |roll: &mut Roll<'g>, x: ActorId, date| {
                x == other || (rolled && roll.accountable_in(x, date).contains(&other))
            };
            let mut claims = BTreeSet::new();
            let mut rebuttals = BTreeSet::new();
            // The accusing statements, as every accusation count reads them.
            let mut accusing: BTreeSet<StatementId> = BTreeSet::new();
            for &part in &parts[to] {
                self.accusing(&mut filter_roll, Scope::About(part), |_, a| {
                    if self.speaks_as(&mut roll, a.speaker, side, a.stated)
                        && a.about.iter().any(|&x| about_other(&mut roll, x, a.stated))
                    {
                        accusing.insert(a.id);
                    }
                });
                // Claims of any act by this side about the other (or one of its parts).
                for (id, c) in self.graph.claims_about(part) {
                    if !claims.contains(&id)
                        && self.selects_claim(&mut filter_roll, c)
                        && c.speakers()
                            .any(|p| self.speaks_as(&mut roll, p, side, c.stated()))
                        && c.about()
                            .iter()
                            .any(|&x| about_other(&mut roll, x, c.stated()))
                    {
                        claims.insert(id);
                    }
                }
                self.blaming(
                    (&mut roll, &mut filter_roll),
                    (part, side, other, rolled),
                    &mut rebuttals,
                );
            }
            // Rebuttals by this side answering statements the other side made.
            for &speaker in &agents[to] {
                let made: Vec<(StatementId, Option<PartialDate>)> = self
                    .graph
                    .claims_by(speaker)
                    .map(|(id, c)| (id.into(), c.stated()))
                    .chain(
                        self.graph
                            .rebuttals_by(speaker)
                            .map(|(id, r)| (id.into(), r.stated())),
                    )
                    .collect();
                for (statement, date) in made {
                    if !self.speaks_as(&mut roll, speaker, other, date) {
                        continue;
                    }
                    for (rid, r) in self.graph.rebuttals_of(statement) {
                        if self.selects_rebuttal(&mut filter_roll, r)
                            && self.speaks_as(&mut roll, r.by(), side, r.stated())
                        {
                            rebuttals.insert(rid);
                            // A counter-accusation of the other side's statement accuses it.
                            if r.kind() == RebuttalKind::CounterAccusation {
                                accusing.insert(rid.into());
                            }
                        }
                    }
                }
            }
            for &id in &accusing {
                match id {
                    StatementId::Claim(c) => claims.insert(c),
                    StatementId::Rebuttal(r) => rebuttals.insert(r),
                };
            }
            said.accusations = accusing.len();
            said.claims = claims.into_iter().collect();
            said.rebuttals = rebuttals.into_iter().collect();
            let ids = said.claims.iter().map(|&c| StatementId::from(c));
            for id in ids.chain(said.rebuttals.iter().map(|&r| r.into())) {
                let d = self.graph.statement(id).and_then(|s| s.stated());
                said.first = earlier(said.first, d);
                said.last = later(said.last, d);
            }
        }
        out
    }

    /// Whether `author`, speaking at `date`, speaks as `side`: is it, or, rolled up, speaks
    /// for it or is part of it then.
    fn speaks_as(
        &self,
        roll: &mut Roll<'g>,
        author: ActorId,
        side: ActorId,
        date: Option<PartialDate>,
    ) -> bool {
        author == side || (self.rolls_up() && roll.principals_in(author, date).contains(&side))
    }

    /// In and out degree, accusations made and received, and reciprocity for every actor in
    /// the accusation network.
    ///
    /// # Complexity
    /// That of [`accusations`](View::accusations), plus `O(p log p)` over its `p` pairs.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// let s = g.view().summary();
    /// assert_eq!(s.actors.len(), 2);
    /// assert_eq!((s.actors[1].actor, s.actors[1].received), (b, 1));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn summary(self) -> Summary {
        let network = self.accusations();
        summarise(&network)
    }
}

/// Sums a network up per actor. Linear after sorting: reciprocity is found by walking the
/// pairs (sorted by key) against their reversed keys (sorted too), since binary searches per
/// pair miss the cache on every step of large networks. Accusations made and received are
/// distinct statements per actor: the pairs of one accuser are consecutive, and the reversed
/// keys group the pairs of one accused, so each actor's statements are deduplicated in a
/// small local buffer, never in one sort of every (actor, statement) entry. Without roll-up
/// (`rolled` false) a statement has one author, so it lies in one pair per accused at most,
/// and an accused's count is the sum of its pairs' counts, read in the same pass.
pub(crate) fn summarise(network: &Network<'_>) -> Summary {
    let key = |a: ActorId, b: ActorId| (u64::from(a.index()) << 32) | u64::from(b.index());
    let pairs = &network.pairs;
    // Reversed keys, each with its pair's position: grouped by accused once sorted.
    let mut reversed: Vec<(u64, usize)> = pairs
        .iter()
        .enumerate()
        .map(|(i, p)| (key(p.accused, p.accuser), i))
        .collect();
    reversed.sort_unstable();
    // Keyed by id, not indexed by it: ids may be sparse (a document may hold `A4294967294`).
    let mut by_actor: BTreeMap<ActorId, ActorSummary> = BTreeMap::new();
    let mut r = 0;
    for p in pairs {
        if p.accuser == p.accused {
            continue;
        }
        let k = key(p.accuser, p.accused);
        while reversed.get(r).is_some_and(|&(x, _)| x < k) {
            r += 1;
        }
        let reciprocated = reversed.get(r).is_some_and(|&(x, _)| x == k);
        let s = by_actor
            .entry(p.accuser)
            .or_insert_with(|| blank(p.accuser));
        s.out_degree += 1;
        s.reciprocated += usize::from(reciprocated);
        let s = by_actor
            .entry(p.accused)
            .or_insert_with(|| blank(p.accused));
        s.in_degree += 1;
    }
    let mut buffer: Vec<StatementId> = Vec::new();
    // Made: the pairs of each accuser, consecutive in the network's order.
    for run in pairs.chunk_by(|a, b| a.accuser == b.accuser) {
        let counted = || run.iter().filter(|p| p.accuser != p.accused);
        let made = distinct(&mut buffer, counted());
        if let Some(s) = by_actor.get_mut(&run[0].accuser) {
            s.made = made;
        }
    }
    // Received: the pairs of each accused, grouped by the sorted reversed keys; distinct
    // statements, since a joint statement (or, rolled up, one statement) reaches an accused
    // through several accusers.
    for run in reversed.chunk_by(|a, b| a.0 >> 32 == b.0 >> 32) {
        let counted = || {
            run.iter()
                .map(|&(_, i)| &pairs[i])
                .filter(|p| p.accuser != p.accused)
        };
        let received = distinct(&mut buffer, counted());
        if let Some(first) = counted().next()
            && let Some(s) = by_actor.get_mut(&first.accused)
        {
            s.received = received;
        }
    }
    Summary {
        actors: by_actor.into_values().collect(),
    }
}

/// How many distinct statements the pairs hold together: a pair's own count when there is
/// one pair, else a sort of their statements in `buffer`.
fn distinct<'a, 'g: 'a>(
    buffer: &mut Vec<StatementId>,
    mut pairs: impl Iterator<Item = &'a Pair<'g>>,
) -> usize {
    let Some(first) = pairs.next() else {
        return 0;
    };
    let Some(second) = pairs.next() else {
        return first.count;
    };
    buffer.clear();
    for p in [first, second].into_iter().chain(pairs) {
        for a in &p.allegations {
            buffer.extend_from_slice(&a.statements);
        }
    }
    buffer.sort_unstable();
    buffer.dedup();
    buffer.len()
}

fn blank(actor: ActorId) -> ActorSummary {
    ActorSummary {
        actor,
        made: 0,
        received: 0,
        out_degree: 0,
        in_degree: 0,
        reciprocated: 0,
    }
}

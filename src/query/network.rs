//! The accusation network: pairs (accuser, accused) with their allegations, counts and dates;
//! reciprocity; per-actor summaries.
// "Accuser" and "accused" are the domain's words, however alike they look.
#![allow(clippy::similar_names)]

use super::{Roll, View};
use crate::{
    ActorId, CameoCode, Claim, ClaimId, PartialDate, RebuttalId, RebuttalKind, StatementId,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One allegation within a [`Pair`]: claims with the same text and CAMEO category, counted,
/// with the first and last dates they were stated.
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
/// assert_eq!((allegation.text, allegation.claims.len()), ("espionage", 2));
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
    /// The claims making it, in id order.
    pub claims: Vec<ClaimId>,
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
    /// How many claims (the allegations' claims, together).
    pub count: usize,
    /// The earliest date of any of them, in timeline order.
    pub first: Option<PartialDate>,
    /// The latest date of any of them, in timeline order.
    pub last: Option<PartialDate>,
    /// The allegations, in order of their first claim's id.
    pub allegations: Vec<AllegationCount<'g>>,
}

impl Pair<'_> {
    /// Every claim of the pair, in id order.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c1 = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// let c2 = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("y")).with_about(b))?;
    /// assert_eq!(g.view().accusations().pairs[0].claims(), [c1, c2]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn claims(&self) -> Vec<ClaimId> {
        let mut all: Vec<ClaimId> = self
            .allegations
            .iter()
            .flat_map(|a| a.claims.iter().copied())
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

/// Mutual accusations between two actors: each side's accusations of the other, and the
/// counter-accusations each made in answer to the other's statements.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
/// let r = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::CounterAccusation, c))?;
/// let rec = g.view().reciprocal(a, b);
/// assert_eq!(rec.first_accuses_second, [c]);
/// assert!(rec.second_accuses_first.is_empty());
/// assert_eq!(rec.second_counters_first, [r]);
/// assert!(rec.is_mutual());
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reciprocal {
    /// Claims by the first actor accusing the second, in id order.
    pub first_accuses_second: Vec<ClaimId>,
    /// Claims by the second accusing the first.
    pub second_accuses_first: Vec<ClaimId>,
    /// Counter-accusations by the first answering statements of the second.
    pub first_counters_second: Vec<RebuttalId>,
    /// Counter-accusations by the second answering statements of the first.
    pub second_counters_first: Vec<RebuttalId>,
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
        (!self.first_accuses_second.is_empty() || !self.first_counters_second.is_empty())
            && (!self.second_accuses_first.is_empty() || !self.second_counters_first.is_empty())
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
    /// Accusations it made: the sum of its pairs' counts as accuser, leaving out accusations
    /// of itself (they are no edge between two actors; the `self_accusation` lint finds them).
    pub made: usize,
    /// Accusations it received: the sum of its pairs' counts as accused, leaving out
    /// accusations by itself.
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

/// Builds pairs from (accuser, accused, claim) triples in any order: collects them, sorts
/// them by pair and claim id, and groups runs. Sorting a flat vector beats hashing each triple
/// into a map of pairs by a wide margin on large graphs (no per-entry lookups, no rehashing,
/// sequential memory).
#[derive(Default)]
struct Aggregator<'g> {
    edges: Vec<Edge<'g>>,
}

/// One (accuser, accused, claim) triple, carrying what the pairs need of the claim: once
/// sorted by pair the claims would be read in random order, and on large graphs those cache
/// misses cost more than everything else together.
struct Edge<'g> {
    key: u64,
    id: ClaimId,
    category: Option<CameoCode>,
    when: Option<PartialDate>,
    text: &'g str,
}

/// Runs of claims in a pair longer than this group their allegations through a hash map;
/// shorter ones by a linear scan, which is faster for the usual handful.
const LINEAR_GROUPING: usize = 16;

impl<'g> Aggregator<'g> {
    fn add(&mut self, accuser: ActorId, accused: ActorId, id: ClaimId, claim: &'g Claim) {
        let allegation = claim.allegation();
        self.edges.push(Edge {
            key: (u64::from(accuser.index()) << 32) | u64::from(accused.index()),
            id,
            category: allegation.category(),
            when: claim.stated(),
            text: allegation.text(),
        });
    }

    fn finish(mut self) -> Network<'g> {
        self.edges.sort_unstable_by_key(|e| (e.key, e.id));
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
                        claims: Vec::new(),
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
                entry.claims.push(e.id);
                entry.first = earlier(entry.first, e.when);
                entry.last = later(entry.last, e.when);
            }
            pairs.push(pair);
        }
        Network { pairs }
    }
}

impl<'g> View<'g> {
    /// Adds a claim's pairs: its claimant (and, rolled up, its principals) against each actor
    /// it is about. A principal's pair with itself is skipped; the claimant's own never is,
    /// so roll-up never loses a statement.
    fn add_claim(&self, agg: &mut Aggregator<'g>, roll: &mut Roll<'g>, id: ClaimId, c: &'g Claim) {
        let single = [c.claimant()];
        let accusers: &[ActorId] = if self.rolls_up() {
            roll.principals_in(c.claimant(), c.stated())
        } else {
            &single
        };
        for &accused in c.about() {
            for (i, &accuser) in accusers.iter().enumerate() {
                if i == 0 || accuser != accused {
                    agg.add(accuser, accused, id, c);
                }
            }
        }
    }

    /// The whole accusation network: for every accusation in the view (every claim of the
    /// [`act`](View::act) filter's act, accusation by default), one pair per accuser and
    /// accused, with the allegations, counts and dates.
    ///
    /// # Complexity
    /// `O(c + t log t)` for the graph's `c` claims and the `t` (accuser, accused, claim)
    /// triples the accusations in the view give: the triples are sorted, then grouped into
    /// pairs in one pass. Rolled up, every speaks-for and part-of relation is read once, and
    /// each accusation's claimant is walked up to its principals.
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
        let mut agg = Aggregator {
            edges: Vec::with_capacity(self.graph.claim_count()),
        };
        let mut roll = if self.rolls_up() {
            Roll::complete(self.graph)
        } else {
            Roll::new(self.graph)
        };
        for (id, c) in self.graph.claims() {
            if self.is_accusation(&mut roll, c) {
                self.add_claim(&mut agg, &mut roll, id, c);
            }
        }
        agg.finish()
    }

    /// Who accuses `actor`, of what: the network's pairs with `actor` as the accused.
    ///
    /// # Complexity
    /// Proportional to the claims about `actor` (times their log), not to the graph.
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
        let mut agg = Aggregator::default();
        let claims: Vec<_> = self.graph.claims_about(actor).collect();
        let mut claimants: Vec<ActorId> = claims.iter().map(|(_, c)| c.claimant()).collect();
        claimants.sort_unstable();
        claimants.dedup();
        let mut roll = self.roll_for(claimants.len());
        for (id, c) in claims {
            if self.is_accusation(&mut roll, c) {
                self.add_claim(&mut agg, &mut roll, id, c);
            }
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
        let mut agg = Aggregator::default();
        let speakers = if self.rolls_up() {
            Roll::new(self.graph).agents(actor)
        } else {
            vec![actor]
        };
        let mut roll = self.roll_for(speakers.len());
        let claims: Vec<_> = speakers
            .into_iter()
            .flat_map(|speaker| self.graph.claims_by(speaker))
            .collect();
        for (id, c) in claims {
            if self.is_accusation(&mut roll, c) {
                self.add_claim(&mut agg, &mut roll, id, c);
            }
        }
        let mut pairs = agg.finish().pairs;
        pairs.retain(|p| p.accuser == actor);
        pairs
    }

    /// Mutual accusations and counter-accusations between `first` and `second`. Rolled up,
    /// a spokesperson's words count as the side's.
    ///
    /// # Complexity
    /// Proportional to the claims about either actor and the rebuttals of their claims.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let x = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// let y = g.add_claim(Claim::new(b, SpeechAct::Accusation, Allegation::new("y")).with_about(a))?;
    /// let rec = g.view().reciprocal(a, b);
    /// assert_eq!((rec.first_accuses_second, rec.second_accuses_first), (vec![x], vec![y]));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn reciprocal(self, first: ActorId, second: ActorId) -> Reciprocal {
        // The claims about either side bound the number of distinct speakers from above.
        let bound =
            self.graph.claims_about(first).count() + self.graph.claims_about(second).count();
        let mut roll = self.roll_for(bound);
        let speakers_of = |side: ActorId| {
            if self.rolls_up() {
                roll.agents(side)
            } else {
                vec![side]
            }
        };
        let speakers = [speakers_of(first), speakers_of(second)];
        let mut speaks_as = |author: ActorId, date, side: ActorId| {
            if self.rolls_up() {
                roll.principals(author, date).contains(&side)
            } else {
                author == side
            }
        };
        // The actor filter's walk, apart from the attribution's, which `speaks_as` holds.
        let mut filter_roll = Roll::new(self.graph);
        let mut out = Reciprocal::default();
        for (from, to, to_speakers, claims, counters) in [
            (
                first,
                second,
                &speakers[1],
                &mut out.first_accuses_second,
                &mut out.first_counters_second,
            ),
            (
                second,
                first,
                &speakers[0],
                &mut out.second_accuses_first,
                &mut out.second_counters_first,
            ),
        ] {
            for (id, c) in self.graph.claims_about(to) {
                if self.is_accusation(&mut filter_roll, c)
                    && speaks_as(c.claimant(), c.stated(), from)
                {
                    claims.push(id);
                }
            }
            // Counter-accusations by `from` answering statements of `to`: look from the
            // statements `to` (or those who may speak for it) made, at the answers they drew.
            let mut found = BTreeSet::new();
            let mut statements: Vec<StatementId> = Vec::new();
            for &speaker in to_speakers {
                for (id, c) in self.graph.claims_by(speaker) {
                    if speaks_as(speaker, c.stated(), to) {
                        statements.push(id.into());
                    }
                }
                for (id, r) in self.graph.rebuttals_by(speaker) {
                    if speaks_as(speaker, r.stated(), to) {
                        statements.push(id.into());
                    }
                }
            }
            for s in statements {
                for (rid, r) in self.graph.rebuttals_of(s) {
                    if r.kind() == RebuttalKind::CounterAccusation
                        && self.in_time(r.stated())
                        && speaks_as(r.by(), r.stated(), from)
                    {
                        found.insert(rid);
                    }
                }
            }
            counters.extend(found);
        }
        out
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

/// Sums a network up per actor. Linear after one sort: reciprocity is found by walking the
/// pairs (sorted by key) against their reversed keys (sorted too), since binary searches per
/// pair miss the cache on every step of large networks.
pub(crate) fn summarise(network: &Network<'_>) -> Summary {
    let key = |a: ActorId, b: ActorId| (u64::from(a.index()) << 32) | u64::from(b.index());
    let mut reversed: Vec<u64> = network
        .pairs
        .iter()
        .map(|p| key(p.accused, p.accuser))
        .collect();
    reversed.sort_unstable();
    // Keyed by id, not indexed by it: ids may be sparse (a document may hold `A4294967294`).
    let mut by_actor: BTreeMap<ActorId, ActorSummary> = BTreeMap::new();
    let mut r = 0;
    for p in &network.pairs {
        if p.accuser == p.accused {
            continue;
        }
        let k = key(p.accuser, p.accused);
        while reversed.get(r).is_some_and(|&x| x < k) {
            r += 1;
        }
        let reciprocated = reversed.get(r) == Some(&k);
        let s = by_actor
            .entry(p.accuser)
            .or_insert_with(|| blank(p.accuser));
        s.made += p.count;
        s.out_degree += 1;
        s.reciprocated += usize::from(reciprocated);
        let s = by_actor
            .entry(p.accused)
            .or_insert_with(|| blank(p.accused));
        s.received += p.count;
        s.in_degree += 1;
    }
    Summary {
        actors: by_actor.into_values().collect(),
    }
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

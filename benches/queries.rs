//! Query benchmarks on generated graphs: 10^4 actors (fewer for the smallest sizes), 10^3 to
//! 10^6 claims, a tenth as many rebuttals, and a spokesperson hierarchy for roll-up.
//!
//! ```text
//! cargo bench --bench queries
//! ```
//!
//! Each bench checks its result against what the generator put in, so a fast wrong answer
//! fails instead of looking good.
//!
//! Times are the benchmark thread's CPU time (Linux `/proc/thread-self/schedstat`), not wall
//! time: the machines these run on are shared, and wall time there measures the neighbours.
//! Where that file cannot be read, the bench falls back to wall time and says so.
// criterion's macros define undocumented items.
#![allow(missing_docs)]

use claimgraph::query::{Attribution, Unanswered};
use claimgraph::{
    Actor, ActorId, ActorKind, Allegation, CameoCode, Claim, ClaimGraph, PartialDate, Rebuttal,
    RebuttalKind, Relation, RelationKind, SpeechAct, StatementId,
};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

#[path = "common/cpu_time.rs"]
mod cpu_time;
use cpu_time::CpuTime;

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

struct Generated {
    graph: ClaimGraph,
    actors: Vec<ActorId>,
    /// Claims about each actor, by actor index (all are accusations).
    about: Vec<usize>,
}

/// A deterministic generator (splitmix64), so every run builds the same graph.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn generate(claims: usize) -> Generated {
    let n_actors = (claims / 10).clamp(10, 10_000);
    let mut g = ClaimGraph::with_capacity(claims * 2, claims * 5);
    let mut rng = Rng(claims as u64);
    let actors: Vec<ActorId> = (0..n_actors)
        .map(|i| {
            g.add_actor(Actor::new(format!("actor {i}"), ActorKind::State))
                .unwrap()
        })
        .collect();
    // Every tenth actor is a state; the nine after it speak for it (spokespeople), valid
    // from 2005 on, so roll-up has work to do and dates to check.
    let from_2005 = claimgraph::Interval::from_date(PartialDate::year(2005).unwrap());
    for i in 0..n_actors {
        if i % 10 != 0 {
            let state = actors[i - i % 10];
            g.add_relation(
                Relation::new(actors[i], RelationKind::SpeaksFor, state).with_valid(from_2005),
            )
            .unwrap();
        }
    }
    let codes: Vec<CameoCode> = ["112", "1121", "1122", "1123", "1124", "1125"]
        .iter()
        .map(|c| c.parse().unwrap())
        .collect();
    let mut about = vec![0; n_actors];
    let mut claim_ids = Vec::with_capacity(claims);
    for _ in 0..claims {
        let by = rng.below(n_actors);
        let mut target = rng.below(n_actors);
        if target == by {
            target = (target + 1) % n_actors;
        }
        about[target] += 1;
        let day = PartialDate::day(
            2000 + i32::try_from(rng.below(24)).unwrap(),
            1 + rng.below(12) as u32,
            1 + rng.below(28) as u32,
        )
        .unwrap();
        let k = rng.below(codes.len());
        let id = g
            .add_claim(
                Claim::new(
                    actors[by],
                    SpeechAct::Accusation,
                    Allegation::new(format!("allegation {k}")).with_category(codes[k]),
                )
                .with_about(actors[target])
                .with_stated(day),
            )
            .unwrap();
        claim_ids.push(id);
    }
    for _ in 0..claims / 10 {
        let c = claim_ids[rng.below(claims)];
        let by = g.claim(c).unwrap().about()[0];
        g.add_rebuttal(Rebuttal::new(by, RebuttalKind::Denial, c))
            .unwrap();
    }
    Generated {
        graph: g,
        actors,
        about,
    }
}

fn config() -> Criterion<CpuTime> {
    Criterion::default()
        .with_measurement(CpuTime::new())
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

fn queries(c: &mut Criterion<CpuTime>) {
    for &size in &SIZES {
        let gen_ = generate(size);
        let g = &gen_.graph;
        // The actor accused most, and a state, to ask about.
        let (target, expected) = gen_
            .about
            .iter()
            .enumerate()
            .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))
            .map(|(i, n)| (gen_.actors[i], *n))
            .unwrap();

        let mut group = c.benchmark_group("accusation network");
        group.bench_function(BenchmarkId::new("whole, by author", size), |b| {
            b.iter(|| {
                let n = g.view().accusations();
                assert_eq!(n.pairs.iter().map(|p| p.count).sum::<usize>(), size);
                black_box(n.len())
            });
        });
        group.bench_function(BenchmarkId::new("whole, rolled up", size), |b| {
            b.iter(|| {
                let n = g.view().attribution(Attribution::RollUp).accusations();
                assert!(n.pairs.iter().map(|p| p.count).sum::<usize>() >= size);
                black_box(n.len())
            });
        });
        group.bench_function(BenchmarkId::new("against one actor", size), |b| {
            b.iter(|| {
                let pairs = g.view().accusations_against(black_box(target));
                assert_eq!(pairs.iter().map(|p| p.count).sum::<usize>(), expected);
                black_box(pairs.len())
            });
        });
        group.bench_function(
            BenchmarkId::new("against one actor, rolled up", size),
            |b| {
                b.iter(|| {
                    let pairs = g
                        .view()
                        .attribution(Attribution::RollUp)
                        .accusations_against(black_box(target));
                    assert!(pairs.iter().map(|p| p.count).sum::<usize>() >= expected);
                    black_box(pairs.len())
                });
            },
        );
        group.bench_function(BenchmarkId::new("by one state, rolled up", size), |b| {
            let state = gen_.actors[0];
            b.iter(|| {
                let pairs = g
                    .view()
                    .attribution(Attribution::RollUp)
                    .accusations_by(black_box(state));
                assert!(pairs.iter().all(|p| p.accuser == state));
                black_box(pairs.len())
            });
        });
        group.finish();

        let mut group = c.benchmark_group("as of");
        let t = PartialDate::year(2010).unwrap();
        group.bench_function(BenchmarkId::new("make the view", size), |b| {
            b.iter(|| black_box(g.as_of(black_box(t))));
        });
        group.bench_function(BenchmarkId::new("network as of 2010", size), |b| {
            b.iter(|| {
                let n = g.as_of(t).accusations();
                assert!(n.pairs.iter().map(|p| p.count).sum::<usize>() < size);
                black_box(n.len())
            });
        });
        group.bench_function(BenchmarkId::new("unanswered by the accused", size), |b| {
            b.iter(|| {
                let u = g.view().unanswered(Unanswered::ByAccused);
                assert!(u.len() >= size - size / 10);
                black_box(u.len())
            });
        });
        group.bench_function(BenchmarkId::new("summary", size), |b| {
            b.iter(|| {
                let s = g.view().summary();
                assert!(!s.actors.is_empty());
                black_box(s.actors.len())
            });
        });
        group.finish();
    }
}

fn threads(c: &mut Criterion<CpuTime>) {
    let mut group = c.benchmark_group("thread");
    for &depth in &SIZES {
        let mut graph = ClaimGraph::with_capacity(depth + 10, depth * 3);
        let first = graph.add_actor(Actor::new("A", ActorKind::State)).unwrap();
        let second = graph.add_actor(Actor::new("B", ActorKind::State)).unwrap();
        let root = graph
            .add_claim(
                Claim::new(first, SpeechAct::Accusation, Allegation::new("x")).with_about(second),
            )
            .unwrap();
        let mut last: StatementId = root.into();
        for i in 0..depth {
            let by = if i % 2 == 0 { second } else { first };
            last = graph
                .add_rebuttal(Rebuttal::new(by, RebuttalKind::Denial, last))
                .unwrap()
                .into();
        }
        group.bench_function(BenchmarkId::new("chain", depth), |bench| {
            bench.iter(|| {
                let thread = graph.view().thread(black_box(root.into())).unwrap();
                assert_eq!(thread.entries.len(), depth);
                black_box(thread.entries.len())
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = config();
    targets = queries, threads
}
criterion_main!(benches);

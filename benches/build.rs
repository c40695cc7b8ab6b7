//! Building a graph through the API: claims and rebuttals at 10^3 to 10^6, and the memory each
//! costs.
//!
//! ```text
//! cargo bench --bench build
//! ```

// criterion_group! makes an undocumented public function.
#![allow(missing_docs)]

use claimgraph::{
    Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, ClaimId, Rebuttal, RebuttalKind,
    SpeechAct, StatementId,
};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

/// A small deterministic generator (xorshift), so every run builds the same graph.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// `n` accusations among `n / 100` actors (at least 10), then `n` rebuttals, each answering a
/// random earlier statement: trees, chains and fan-outs mixed.
fn build(n: usize) -> ClaimGraph {
    let actors = (n / 100).max(10);
    let mut g = ClaimGraph::with_capacity(actors + 2 * n, 5 * n);
    let ids: Vec<ActorId> = (0..actors)
        .map(|i| {
            g.add_actor(Actor::new(format!("actor {i}"), ActorKind::State))
                .unwrap()
        })
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut statements: Vec<StatementId> = Vec::with_capacity(2 * n);
    for _ in 0..n {
        let by = ids[rng.below(actors)];
        let about = ids[rng.below(actors)];
        let c: ClaimId = g
            .add_claim(
                Claim::new(by, SpeechAct::Accusation, Allegation::new("smuggling"))
                    .with_about(about),
            )
            .unwrap();
        statements.push(c.into());
    }
    for _ in 0..n {
        let by = ids[rng.below(actors)];
        let answered = statements[rng.below(statements.len())];
        let r = g
            .add_rebuttal(Rebuttal::new(by, RebuttalKind::Denial, answered))
            .unwrap();
        statements.push(r.into());
    }
    g
}

/// Resident memory of this process in bytes, where Linux tells it.
fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// Prints the memory a claim and a rebuttal cost, measured by building 10^6 of each.
fn footprint() {
    const N: usize = 1_000_000;
    let before = resident_bytes();
    let claims_only = {
        let mut g = ClaimGraph::new();
        let a = g.add_actor(Actor::new("a", ActorKind::State)).unwrap();
        let b = g.add_actor(Actor::new("b", ActorKind::State)).unwrap();
        for _ in 0..N {
            g.add_claim(
                Claim::new(a, SpeechAct::Accusation, Allegation::new("smuggling")).with_about(b),
            )
            .unwrap();
        }
        let mid = resident_bytes();
        let first = g.claims().next().unwrap().0;
        for _ in 0..N {
            g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, first))
                .unwrap();
        }
        let after = resident_bytes();
        black_box(&g);
        (mid, after)
    };
    if let (Some(b), (Some(m), Some(a))) = (before, claims_only) {
        println!(
            "footprint: {} bytes per claim, {} bytes per rebuttal (resident memory over 10^6 of each)",
            (m - b) / N as u64,
            (a - m) / N as u64
        );
    }
}

fn bench_build(c: &mut Criterion) {
    footprint();
    let mut group = c.benchmark_group("build");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .warm_up_time(Duration::from_secs(1));
    for n in [1_000, 10_000, 100_000, 1_000_000] {
        group.bench_with_input(BenchmarkId::new("claims_and_rebuttals", n), &n, |b, &n| {
            b.iter_with_large_drop(|| {
                let g = build(n);
                assert_eq!(g.claim_count(), n);
                assert_eq!(g.rebuttal_count(), n);
                g
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench_build);
criterion_main!(benches);

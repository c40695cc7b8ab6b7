//! Verdicts of every statement of a dispute under grounded semantics, in the structured
//! reading and in the plain Dung one, from 10^3 to 10^6 statements; each checks its result.
//!
//! Run with `cargo bench --bench verdicts`.

// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use claimgraph::argumentation::Semantics;
use claimgraph::verdict::{Reading, Verdict};
use claimgraph::{
    Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, ClaimId, Event, Rebuttal, RebuttalId,
    RebuttalKind, Source, SourceKind, SpeechAct, Target,
};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// A deterministic pseudo-random generator (64-bit LCG), so runs are comparable.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % u64::from(n.max(1))) as u32
    }
}

/// `n` statements: half claims (a third citing an event, a sixth a graded source), half
/// rebuttals (denials, undermines, counter-accusations) answering earlier statements.
fn dispute(n: u32) -> ClaimGraph {
    let mut rng = Lcg(11);
    let mut g = ClaimGraph::with_capacity(n as usize * 2, n as usize * 3);
    let actors: Vec<ActorId> = (0..100)
        .map(|i| {
            g.add_actor(Actor::new(format!("actor {i}"), ActorKind::State))
                .unwrap()
        })
        .collect();
    let event = g.add_event(Event::new("border crossings rose")).unwrap();
    let graded = g
        .add_source(Source::new(SourceKind::Document, "report").with_grading("B2".parse().unwrap()))
        .unwrap();
    let claims = n / 2;
    for i in 0..claims {
        let by = actors[rng.below(100) as usize];
        let about = actors[(rng.below(99) as usize + 1 + by.index() as usize) % 100];
        let mut c = Claim::new(by, SpeechAct::Accusation, Allegation::new("x")).with_about(about);
        match i % 6 {
            0 | 3 => c = c.with_event(event),
            1 => c = c.with_source(graded),
            _ => {}
        }
        g.add_claim(c).unwrap();
    }
    let kinds = [
        RebuttalKind::Denial,
        RebuttalKind::Undermine,
        RebuttalKind::CounterAccusation,
    ];
    for i in 0..n - claims {
        let target: Target = if i > 0 && rng.below(3) == 0 {
            RebuttalId::new(rng.below(i)).into()
        } else {
            ClaimId::new(rng.below(claims)).into()
        };
        let by = actors[rng.below(100) as usize];
        let mut r = Rebuttal::new(by, kinds[rng.below(3) as usize], target);
        if i % 5 == 0 {
            r = r.with_event(event);
        }
        g.add_rebuttal(r).unwrap();
    }
    g
}

fn verdicts(c: &mut Criterion) {
    let mut group = c.benchmark_group("verdicts_grounded");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    for n in [1_000u32, 10_000, 100_000, 1_000_000] {
        let g = dispute(n);
        // The structured reading leaves evidence standing where the plain one lets the last
        // word win: check both give a verdict to every statement, and that they differ.
        let structured = g.verdicts(&Reading::new()).all(Semantics::Grounded);
        let plain = g.verdicts(&Reading::plain()).all(Semantics::Grounded);
        assert_eq!(structured.len(), n as usize);
        assert_ne!(structured, plain);
        assert!(structured.iter().any(|(_, v)| *v == Verdict::Stands));
        for (name, reading) in [("structured", Reading::new()), ("plain", Reading::plain())] {
            group.bench_with_input(BenchmarkId::new(name, n), &g, |b, g| {
                b.iter(|| black_box(g.verdicts(&reading).all(Semantics::Grounded).len()));
            });
        }
    }
    group.finish();
}

criterion_group!(benches, verdicts);
criterion_main!(benches);

//! Benchmarks of the argumentation layer; each checks its own result.
//!
//! Run with `cargo bench --bench semantics`.

// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use claimgraph::argumentation::{
    Acceptance, ArgumentId, ArgumentationFramework, Format, Semantics,
};
use claimgraph::io::Limits;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// A deterministic pseudo-random generator (64-bit LCG), so runs are comparable.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % u64::from(n)) as u32
    }
}

fn chain(n: u32) -> ArgumentationFramework {
    let mut af = ArgumentationFramework::with_arguments(n).expect("size");
    for i in 1..n {
        af.add_attack(ArgumentId::new(i - 1), ArgumentId::new(i))
            .expect("in range");
    }
    af.compact();
    af
}

fn random(n: u32, per_argument: u32, seed: u64) -> ArgumentationFramework {
    let mut rng = Lcg(seed);
    let mut af = ArgumentationFramework::with_arguments(n).expect("size");
    for _ in 0..n * per_argument {
        let (a, b) = (rng.below(n), rng.below(n));
        af.add_attack(ArgumentId::new(a), ArgumentId::new(b))
            .expect("in range");
    }
    af.compact();
    af
}

fn iccma_text(n: u32, per_argument: u32) -> String {
    let mut rng = Lcg(7);
    let mut text = format!("p af {n}\n");
    for _ in 0..n * per_argument {
        let _ = writeln!(text, "{} {}", rng.below(n) + 1, rng.below(n) + 1);
    }
    text
}

fn grounded(c: &mut Criterion) {
    let mut group = c.benchmark_group("grounded");
    for n in [1_000u32, 10_000, 100_000, 1_000_000] {
        let af = chain(n);
        assert_eq!(af.grounded_extension().len(), n.div_ceil(2) as usize);
        group.bench_with_input(BenchmarkId::new("chain", n), &af, |b, af| {
            b.iter(|| black_box(af.grounded_extension().len()));
        });
        let af = random(n, 2, 42);
        let labelling = af.grounded_labelling();
        assert!(labelling.is_complete(&af));
        let size = labelling.extension().len();
        group.bench_with_input(BenchmarkId::new("random_2n_attacks", n), &af, |b, af| {
            b.iter(|| assert_eq!(black_box(af.grounded_extension().len()), size));
        });
    }
    group.finish();
}

fn read(c: &mut Criterion) {
    let mut group = c.benchmark_group("read_iccma");
    group.measurement_time(Duration::from_secs(3));
    for n in [10_000u32, 100_000, 1_000_000] {
        let text = iccma_text(n, 2);
        group.bench_with_input(BenchmarkId::new("2n_attacks", n), &text, |b, text| {
            b.iter(|| {
                let af = ArgumentationFramework::read_with(
                    Format::Iccma,
                    text.as_bytes(),
                    &Limits::trusted(),
                )
                .expect("valid");
                assert_eq!(af.len(), n as usize);
                black_box(af.attack_count())
            });
        });
    }
    group.finish();
}

fn hard(c: &mut Criterion) {
    let mut group = c.benchmark_group("search");
    let af = random(60, 2, 3);
    let counts: Vec<usize> = [Semantics::Complete, Semantics::Preferred, Semantics::Stable]
        .iter()
        .map(|&s| af.extensions(s).count())
        .collect();
    assert!(counts[0] >= counts[1] && counts[1] >= 1);
    for (sem, count) in [Semantics::Complete, Semantics::Preferred, Semantics::Stable]
        .into_iter()
        .zip(counts)
    {
        group.bench_with_input(
            BenchmarkId::new(sem.to_string(), "random60"),
            &af,
            |b, af| {
                b.iter(|| assert_eq!(black_box(af.extensions(sem).count()), count));
            },
        );
    }
    let dense = random(120, 20, 11);
    let stable = dense.extensions(Semantics::Stable).count();
    group.bench_with_input(BenchmarkId::new("ST", "dense120x20"), &dense, |b, af| {
        b.iter(|| assert_eq!(black_box(af.extensions(Semantics::Stable).count()), stable));
    });
    group.finish();
}

/// `n / 4` copies of the floating-reinstatement gadget: `a <-> b`, both attack `c`, `c`
/// attacks `d`. Grounded decides nothing; there are `2^(n/4)` preferred and stable extensions,
/// `3^(n/4)` complete ones; `d` is skeptically preferred and in the ideal extension.
#[allow(clippy::many_single_char_names)] // a, b, c, d are the textbook argument names
fn gadgets(n: u32) -> ArgumentationFramework {
    let mut af = ArgumentationFramework::with_arguments(n).expect("size");
    for g in 0..n / 4 {
        let [a, b, c, d] = [0, 1, 2, 3].map(|k| ArgumentId::new(4 * g + k));
        for (x, y) in [(a, b), (b, a), (a, c), (b, c), (c, d)] {
            af.add_attack(x, y).expect("in range");
        }
    }
    af.compact();
    af
}

/// Every semantics from 10^3 to 10^6 arguments on [`gadgets`]:
/// one extension (the first the procedure meets), and for complete, preferred, stable,
/// semi-stable and stage the acceptance of the last argument; ideal and the credulous set of preferred cover every
/// argument.
fn per_semantics(c: &mut Criterion) {
    let mut group = c.benchmark_group("semantics");
    for n in [1_000u32, 10_000, 100_000, 1_000_000] {
        let af = gadgets(n);
        let last = ArgumentId::new(n - 1);
        for &sem in Semantics::ALL {
            group.bench_with_input(BenchmarkId::new(format!("SE-{sem}"), n), &af, |b, af| {
                b.iter(|| black_box(af.some_extension(sem).expect("exists")));
            });
        }
        for sem in [
            Semantics::Complete,
            Semantics::Preferred,
            Semantics::Stable,
            Semantics::SemiStable,
            Semantics::Stage,
        ] {
            for (task, acc) in [("DC", Acceptance::Credulous), ("DS", Acceptance::Skeptical)] {
                let expected = !(sem == Semantics::Complete && acc == Acceptance::Skeptical);
                group.bench_with_input(
                    BenchmarkId::new(format!("{task}-{sem}"), n),
                    &af,
                    |b, af| {
                        b.iter(|| {
                            let yes = af.is_accepted(last, sem, acc).expect("known");
                            assert_eq!(black_box(yes), expected);
                        });
                    },
                );
            }
        }
        group.bench_with_input(BenchmarkId::new("EC-PR", n), &af, |b, af| {
            b.iter(|| {
                let cred = af.accepted(Semantics::Preferred, Acceptance::Credulous);
                assert_eq!(black_box(cred.len()), (n / 4 * 3) as usize);
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    // Ten samples after a short warm-up: the large sizes take seconds per iteration.
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    targets = grounded, read, hard, per_semantics
}
criterion_main!(benches);

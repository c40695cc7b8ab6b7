//! `ClaimGraph::check` on generated disputes of 10^3 to 10^6 claims, with every default lint.
//!
//! Each graph has one actor per 100 claims (10^4 actors for 10^6 claims), half as many
//! rebuttals as claims, an event and a source per ten claims, "speaks for" relations for a
//! fifth of the actors, and support links for a tenth of the claims. The data is mostly
//! consistent, as curated data is, with planted anomalies the bench counts to check the report
//! it measures: every 50th claim has no source, every 100th rebuttal is dated a year before the
//! claim it answers, and one event in a hundred happens after the claims that cite it.
#![allow(missing_docs)] // criterion's macros generate undocumented functions

use claimgraph::check::{Config, Severity, lints};
use claimgraph::{
    Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, ClaimId, Event, EventId, PartialDate,
    Rebuttal, RebuttalKind, Relation, RelationKind, Role, Source, SourceId, SourceKind, SpeechAct,
    Support,
};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

/// A small deterministic generator (64-bit LCG, high bits), so every run builds the same graph.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn day(rng: &mut Lcg) -> PartialDate {
    let year = 2020 + i32::try_from(rng.below(4)).unwrap_or(0);
    date_in(rng, year)
}

fn date_in(rng: &mut Lcg, year: i32) -> PartialDate {
    let month = 1 + u32::try_from(rng.below(12)).unwrap_or(0);
    let d = 1 + u32::try_from(rng.below(28)).unwrap_or(0);
    // Valid by construction: a quarter of dates known only to the month.
    if rng.below(4) == 0 {
        PartialDate::month(year, month).expect("valid month")
    } else {
        PartialDate::day(year, month, d).expect("valid day")
    }
}

/// What the generator planted.
struct Planted {
    unsourced: usize,
    early_rebuttals: usize,
}

/// The generated graph and the anomalies planted in it.
fn generate(claims: usize) -> (ClaimGraph, Planted) {
    let mut rng = Lcg(0x5eed);
    let actors = (claims / 100).max(10);
    let mut g = ClaimGraph::with_capacity(claims * 2, claims * 6);
    let actor_ids: Vec<ActorId> = (0..actors)
        .map(|i| {
            g.add_actor(Actor::new(format!("Actor {i}"), ActorKind::State))
                .expect("valid actor")
        })
        .collect();
    for i in (0..actors / 5).map(|i| i * 5) {
        let principal = actor_ids[(i + 1 + rng.below(4)) % actors];
        g.add_relation(Relation::new(
            actor_ids[i],
            RelationKind::SpeaksFor,
            principal,
        ))
        .expect("valid relation");
    }
    let source_ids: Vec<SourceId> = (0..claims / 10)
        .map(|i| {
            g.add_source(
                Source::new(SourceKind::Article, format!("Article {i}"))
                    .with_outlet(actor_ids[rng.below(actors)])
                    .with_date(day(&mut rng)),
            )
            .expect("valid source")
        })
        .collect();
    let event_ids: Vec<EventId> = (0..claims / 10)
        .map(|i| {
            g.add_event(
                Event::new(format!("Event {i}"))
                    .with_date(date_in(&mut rng, if i % 100 == 0 { 2024 } else { 2019 }))
                    .with_participant(actor_ids[rng.below(actors)], Role::Initiator),
            )
            .expect("valid event")
        })
        .collect();
    let acts = [
        SpeechAct::Accusation,
        SpeechAct::Assertion,
        SpeechAct::Denial,
        SpeechAct::Warning,
    ];
    let mut unsourced = 0;
    let mut claim_ids: Vec<(ClaimId, PartialDate)> = Vec::with_capacity(claims);
    for i in 0..claims {
        let by = actor_ids[rng.below(actors)];
        let about = actor_ids[rng.below(actors)];
        let act = acts[rng.below(acts.len())];
        let stated = day(&mut rng);
        let mut c = Claim::new(by, act, Allegation::new(format!("allegation number {i}")))
            .with_about(about)
            .with_stated(stated);
        if !event_ids.is_empty() && rng.below(2) == 0 {
            c = c.with_event(event_ids[rng.below(event_ids.len())]);
        }
        if i % 50 == 0 || source_ids.is_empty() {
            unsourced += 1;
        } else {
            c = c.with_source(source_ids[rng.below(source_ids.len())]);
        }
        claim_ids.push((g.add_claim(c).expect("valid claim"), stated));
    }
    let mut early_rebuttals = 0;
    for i in 0..claims / 2 {
        let (answered, stated) = claim_ids[rng.below(claim_ids.len())];
        let by = actor_ids[rng.below(actors)];
        let when = if i % 100 == 0 {
            early_rebuttals += 1;
            PartialDate::year(stated.year_number() - 1).expect("valid year")
        } else {
            stated
        };
        let mut r = Rebuttal::new(by, RebuttalKind::Denial, answered).with_stated(when);
        if !source_ids.is_empty() {
            r = r.with_source(source_ids[rng.below(source_ids.len())]);
        }
        g.add_rebuttal(r).expect("valid rebuttal");
    }
    for _ in 0..claims / 10 {
        let (a, b) = (rng.below(claims), rng.below(claims));
        if a != b {
            g.add_support(Support::new(claim_ids[a.min(b)].0, claim_ids[a.max(b)].0))
                .expect("valid support");
        }
    }
    let planted = Planted {
        unsourced,
        early_rebuttals,
    };
    (g, planted)
}

fn bench_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for claims in [1_000, 10_000, 100_000, 1_000_000] {
        let (g, planted) = generate(claims);
        let config = Config::default();
        // The bench checks what it measures: the planted anomalies are all found, and the
        // report is the same every time.
        let report = g.check(&config);
        let found = |lint| report.iter().filter(|d| d.lint() == lint).count();
        assert_eq!(found(&lints::UNSOURCED_STATEMENT), planted.unsourced);
        assert_eq!(
            found(&lints::REBUTTAL_BEFORE_STATEMENT),
            planted.early_rebuttals
        );
        assert!(found(&lints::CITES_LATER_EVENT) > 0);
        eprintln!("check/{claims}: {} findings", report.len());
        assert_eq!(report.count(Severity::Error), 0);
        group.bench_with_input(BenchmarkId::from_parameter(claims), &g, |b, g| {
            b.iter(|| {
                let r = black_box(g).check(&config);
                assert_eq!(r.len(), report.len());
                r
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench_check);
criterion_main!(benches);

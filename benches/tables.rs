//! Arrow / Parquet tables: a graph to record batches and back, written to Parquet and read
//! back, a month loaded from a year, and GDELT lines streamed into monthly Parquet files.
//!
//! ```text
//! cargo bench --features parquet --bench tables
//! CLAIMGRAPH_BENCH_LARGE=1 cargo bench --features parquet --bench tables   # adds 10^7 claims
//! ```
//!
//! Graphs: accusations between 1,000 actors over the twelve months of 2023, one day each, a
//! CAMEO category, and one article source per ten claims; a tenth as many denials. Each bench
//! checks what it read against what it wrote, so a fast wrong answer fails. Times are the
//! bench thread's CPU time (see `common/cpu_time.rs`).
#![allow(missing_docs)] // criterion's macros write undocumented functions

use claimgraph::io::Limits;
use claimgraph::io::gdelt::Importer;
use claimgraph::io::tables::Table;
use claimgraph::io::tables::gdelt::{Stream, StreamOptions};
use claimgraph::io::tables::parquet::{self, Selection};
use claimgraph::{
    Actor, ActorId, ActorKind, Allegation, CameoCode, Claim, ClaimGraph, PartialDate, Rebuttal,
    RebuttalKind, Source, SourceKind, SpeechAct,
};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::path::PathBuf;
use std::time::Duration;

#[path = "common/cpu_time.rs"]
mod cpu_time;
use cpu_time::CpuTime;
#[path = "common/gdelt_row.rs"]
mod gdelt_row;
use gdelt_row::row;

/// splitmix64: the same graph on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

/// `claims` accusations in time order (ids rise with the date, as an import's do).
fn generate(claims: usize) -> ClaimGraph {
    let mut g = ClaimGraph::with_capacity(claims * 2, claims * 3);
    let mut rng = Rng(claims as u64);
    let actors: Vec<ActorId> = (0..1000)
        .map(|i| {
            g.add_actor(Actor::new(format!("actor {i}"), ActorKind::State))
                .unwrap()
        })
        .collect();
    let category = CameoCode::parse("1123").unwrap();
    let mut source = None;
    for i in 0..claims {
        let day = i * 365 / claims;
        let date = chrono::NaiveDate::from_yo_opt(2023, 1 + day as u32).unwrap();
        let stated = PartialDate::day(
            2023,
            chrono::Datelike::month(&date),
            chrono::Datelike::day(&date),
        )
        .unwrap();
        if i % 10 == 0 {
            source = Some(
                g.add_source(
                    Source::new(SourceKind::Article, format!("story {i}"))
                        .with_url(format!("https://news.example.org/{i}"))
                        .with_date(stated),
                )
                .unwrap(),
            );
        }
        let a = actors[rng.below(actors.len())];
        let mut b = actors[rng.below(actors.len())];
        if a == b {
            b = actors[(rng.below(actors.len() - 1) + 1 + a.index() as usize) % actors.len()];
        }
        let mut c = Claim::new(
            a,
            SpeechAct::Accusation,
            Allegation::new("aggression").with_category(category),
        )
        .with_about(b)
        .with_stated(stated);
        if let Some(s) = source {
            c = c.with_source(s);
        }
        let id = g.add_claim(c).unwrap();
        if i % 10 == 5 {
            g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, id).with_stated(stated))
                .unwrap();
        }
    }
    g
}

fn sizes() -> Vec<usize> {
    let mut s = vec![1_000, 10_000, 100_000, 1_000_000];
    if std::env::var_os("CLAIMGRAPH_BENCH_LARGE").is_some() {
        s.push(10_000_000);
    }
    s
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimgraph-bench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn tables(c: &mut Criterion<CpuTime>) {
    let mut group = c.benchmark_group("tables");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .warm_up_time(Duration::from_secs(1));
    for n in sizes() {
        let g = generate(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("to_tables", n), &g, |b, g| {
            b.iter(|| {
                let t = g.to_tables().unwrap();
                assert_eq!(t.get(Table::Claims).num_rows(), n);
                t
            });
        });
        let t = g.to_tables().unwrap();
        group.bench_with_input(BenchmarkId::new("from_tables", n), &t, |b, t| {
            b.iter(|| {
                let back = ClaimGraph::from_tables(t).unwrap();
                assert_eq!(back.claim_count(), n);
                back
            });
        });
        drop(t);
        let dir = temp("write");
        group.bench_with_input(BenchmarkId::new("write_parquet", n), &g, |b, g| {
            b.iter(|| parquet::write(g, &dir).unwrap());
        });
        group.bench_with_input(BenchmarkId::new("read_parquet", n), &dir, |b, dir| {
            b.iter(|| {
                let back = parquet::read(dir).unwrap();
                assert_eq!(back.claim_count(), n);
                back
            });
        });
        let month = g
            .claims()
            .filter(|(_, c)| c.stated().and_then(|d| d.month_number()) == Some(6))
            .count();
        group.bench_with_input(BenchmarkId::new("load_one_month", n), &dir, |b, dir| {
            b.iter(|| {
                let loaded =
                    parquet::load(dir, &Selection::Window("2023-06".parse().unwrap())).unwrap();
                assert_eq!(loaded.graph().claim_count(), month);
                loaded
            });
        });
        let _ = std::fs::remove_dir_all(&dir);
    }
    group.finish();
}

fn stream(c: &mut Criterion<CpuTime>) {
    let mut group = c.benchmark_group("gdelt_to_parquet");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .warm_up_time(Duration::from_secs(1));
    for lines in [1_000usize, 10_000, 100_000, 1_000_000] {
        let input: String = (0..lines).map(row).collect();
        let dir = temp("stream");
        group.throughput(Throughput::Elements(lines as u64));
        group.bench_with_input(BenchmarkId::from_parameter(lines), &input, |b, input| {
            b.iter(|| {
                let _ = std::fs::remove_dir_all(&dir);
                let mut s =
                    Stream::create(&dir, Importer::new(), StreamOptions::default()).unwrap();
                s.read(input.as_bytes(), &Limits::default()).unwrap();
                let written = s.finish().unwrap();
                assert_eq!(written.claims() as usize, lines.div_ceil(10));
                written
            });
        });
        let _ = std::fs::remove_dir_all(&dir);
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(CpuTime::new());
    targets = tables, stream
}
criterion_main!(benches);

//! The accusation network in SQL (DataFusion over the Parquet tables) against
//! `View::accusations` in memory, on the same graph: 1,000 states accusing one another in
//! 10^6 claims (and 10^7 with `CLAIMGRAPH_BENCH_LARGE=1`) over the twelve months of 2023,
//! day dates, one claim in fifty undated; one `edges` row per claim.
//!
//! Only the query is timed: the graph is built and written before, and the files are
//! registered once (DataFusion reads their footers then). Each SQL run reads the `edges`
//! and `actors` files, sorts within each pair, joins the names and collects the answer into
//! `Pair`s. Before timing, the bench checks that both answers are the same.
//!
//! `cargo bench -p claimgraph-sql --bench network`

// criterion_group! makes an undocumented public function.
#![allow(missing_docs)]

#[path = "../tests/common/generate.rs"]
mod generate;

use claimgraph::io::tables::parquet;
use claimgraph_sql::{Network, Pair};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

const ACTORS: u32 = 1_000;

fn network(c: &mut Criterion) {
    let mut sizes = vec![1_000_000u32];
    if std::env::var_os("CLAIMGRAPH_BENCH_LARGE").is_some() {
        sizes.push(10_000_000);
    }
    let mut group = c.benchmark_group("network");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    for claims in sizes {
        let g = generate::network(ACTORS, claims, 42);
        let dir = std::env::temp_dir().join(format!(
            "claimgraph-sql-bench-{claims}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        parquet::write(&g, &dir).expect("the tables are written");
        let sql = Network::open(&dir).expect("the tables register");

        let expected = Pair::from_network(&g, &g.view().accusations());
        let answer = sql.pairs().expect("the query runs");
        assert_eq!(answer.len(), expected.len());
        assert!(answer == expected, "SQL and memory disagree");

        group.bench_with_input(BenchmarkId::new("sql", claims), &sql, |b, sql| {
            b.iter(|| black_box(sql.pairs().expect("the query runs").len()));
        });
        group.bench_with_input(BenchmarkId::new("in_memory", claims), &g, |b, g| {
            b.iter(|| black_box(g.view().accusations().pairs.len()));
        });
        std::fs::remove_dir_all(&dir).expect("the bench's files are removed");
    }
    group.finish();
}

criterion_group!(benches, network);
criterion_main!(benches);

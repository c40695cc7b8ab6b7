//! GDELT import throughput, in lines per second: rows generated in memory from a block of
//! 1000 distinct rows (100 actors, one line in ten accusation-like), replayed as a stream.
#![allow(missing_docs)] // criterion's macros write undocumented functions

use claimgraph::io::Limits;
use claimgraph::{ClaimGraph, EntityKind};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::io::Read;
use std::time::Duration;

#[path = "common/gdelt_row.rs"]
mod gdelt_row;
use gdelt_row::row;

/// Replays `block` until `lines` lines have been read.
struct Replay<'a> {
    block: &'a [u8],
    left: usize,
    at: usize,
}

impl Read for Replay<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.block.len() {
            if self.left == 0 {
                return Ok(0);
            }
            self.left -= 1;
            self.at = 0;
        }
        let k = out.len().min(self.block.len() - self.at);
        out[..k].copy_from_slice(&self.block[self.at..self.at + k]);
        self.at += k;
        Ok(k)
    }
}

fn gdelt(c: &mut Criterion) {
    let per_block = 1000;
    let block: String = (0..per_block).map(row).collect();
    let mut group = c.benchmark_group("gdelt_import");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_secs(1));
    for lines in [1_000usize, 10_000, 100_000, 1_000_000] {
        group.throughput(Throughput::Elements(lines as u64));
        group.bench_with_input(BenchmarkId::from_parameter(lines), &lines, |b, &lines| {
            b.iter(|| {
                let reader = Replay {
                    block: block.as_bytes(),
                    left: lines / per_block,
                    at: block.len(),
                };
                let import =
                    ClaimGraph::from_gdelt(std::io::BufReader::new(reader), &Limits::default())
                        .unwrap();
                assert_eq!(import.report().read(), lines as u64);
                assert_eq!(
                    import.report().added(EntityKind::Claim),
                    (lines / 10) as u64
                );
                assert_eq!(import.report().total(), 0);
                import
            });
        });
    }
    group.finish();
}

criterion_group!(benches, gdelt);
criterion_main!(benches);

//! GDELT import throughput, in lines per second: rows generated in memory from a block of
//! 1000 distinct rows (100 actors, one line in ten accusation-like), replayed as a stream.
#![allow(missing_docs)] // criterion's macros write undocumented functions

use claimgraph::io::Limits;
use claimgraph::{ClaimGraph, EntityKind};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::io::Read;
use std::time::Duration;

fn row(i: usize) -> String {
    let mut cols = vec![String::new(); 61];
    cols[0] = (1_100_000_000 + i).to_string();
    cols[1] = format!("2023{:02}{:02}", 1 + i % 12, 1 + i % 28);
    cols[2] = "202311".into();
    cols[3] = "2023".into();
    cols[4] = "2023.8822".into();
    cols[5] = format!("C{:02}GOV", i % 100);
    cols[6] = format!("COUNTRY {}", i % 100);
    cols[7] = format!("C{:02}", i % 100);
    cols[12] = "GOV".into();
    cols[15] = format!("C{:02}", (i * 7 + 3) % 100);
    cols[16] = format!("NATION {}", (i * 7 + 3) % 100);
    cols[26] = if i.is_multiple_of(10) { "1123" } else { "042" }.into();
    cols[27] = cols[26][..3].to_string();
    cols[28] = cols[26][..2].to_string();
    cols[29] = "3".into();
    cols[30] = "-2.0".into();
    cols[34] = "-4.1".into();
    cols[36] = "Helsinki, Uusimaa, Finland".into();
    cols[40] = "60.1756".into();
    cols[41] = "24.9342".into();
    cols[59] = "20231120143000".into();
    cols[60] = format!("https://news.example.org/2023/11/20/story-{}", i % 300);
    cols.join("\t") + "\n"
}

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

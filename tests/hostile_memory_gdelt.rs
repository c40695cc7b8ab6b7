//! Memory of the GDELT reader on large input: peak heap bytes per input byte, for rows kept
//! and for rows left out.
#![allow(clippy::cast_precision_loss)] // ratios of sizes far below 2^52

#[path = "common/heap.rs"]
mod heap;

use claimgraph::ClaimGraph;
use claimgraph::io::Limits;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// A row of realistic width: 61 columns, the numeric ones filled as GDELT fills them.
fn row(i: usize, code: &str) -> String {
    let mut c = vec![String::new(); 61];
    c[0] = (1_100_000_000 + i).to_string();
    c[1] = "20231120".into();
    c[2] = "202311".into();
    c[3] = "2023".into();
    c[4] = "2023.8822".into();
    c[5] = format!("A{}", i % 5000);
    c[6] = format!("ACTOR {}", i % 5000);
    c[15] = format!("B{}", i % 4999);
    c[16] = format!("OTHER {}", i % 4999);
    c[25] = "1".into();
    c[26] = code.into();
    c[27] = code.into();
    c[28] = code[..2].into();
    c[29] = "3".into();
    c[30] = "-2.0".into();
    c[31] = "4".into();
    c[32] = "1".into();
    c[33] = "4".into();
    c[34] = "-5.3".into();
    c[59] = "20231120143000".into();
    c[60] = format!("https://example.org/news/2023/11/20/article-{i}.html");
    c.join("\t") + "\n"
}

fn peak_per_byte(name: &str, input: &[u8], claims: usize) -> f64 {
    let (import, per_byte) = heap::per_input_byte(&format!("GDELT {name}"), input, |bytes| {
        ClaimGraph::from_gdelt(bytes, &Limits::trusted()).unwrap()
    });
    assert_eq!(import.graph().claim_count(), claims, "{name}");
    per_byte
}

#[test]
fn the_reader_holds_a_bounded_multiple_of_its_input() {
    let n = 100_000;
    // Every row distinct (id and URL): a claim and an article source each, as in the
    // issue's 10^6-row file (10.8 bytes a byte then).
    let kept: String = (0..n).map(|i| row(i, "112")).collect();
    let per_byte = peak_per_byte("distinct rows, kept", kept.as_bytes(), n);
    assert!(per_byte < 6.0, "{per_byte:.2}");
    // Rows left out by the prefixes: nothing is kept, so the peak is the line buffer.
    let left_out: String = (0..n).map(|i| row(i, "042")).collect();
    let per_byte = peak_per_byte("rows left out", left_out.as_bytes(), 0);
    assert!(per_byte < 0.01, "{per_byte:.4}");
}

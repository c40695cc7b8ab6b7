//! Memory of the PLOVER reader on large input: peak heap bytes per input byte, as an array
//! and as JSON lines, for records kept and for records mostly skipped.
#![cfg(feature = "serde")]
#![allow(clippy::cast_precision_loss)] // ratios of sizes far below 2^52

#[path = "common/heap.rs"]
mod heap;

use claimgraph::ClaimGraph;
use claimgraph::io::Limits;
use std::fmt::Write as _;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

fn peak_per_byte(name: &str, input: &[u8], claims: usize) -> f64 {
    let (import, per_byte) = heap::per_input_byte(&format!("PLOVER {name}"), input, |bytes| {
        ClaimGraph::from_plover(bytes, &Limits::trusted()).unwrap()
    });
    assert_eq!(import.graph().claim_count(), claims, "{name}");
    per_byte
}

#[test]
fn the_reader_holds_a_bounded_multiple_of_its_input() {
    let n = 100_000;
    // Kept records: distinct ids (one citation source each), two actors, one claim each,
    // with fields the reader does not keep; the shape of the issue's 10^6-record file.
    let mut lines = String::new();
    for i in 0..n {
        let _ = writeln!(
            lines,
            r#"{{"id": "PLOVER-{i}", "event": "ACCUSE", "date": "2023-11-20", "source": [{{"actorText": "A{}", "code": "RUS"}}], "target": [{{"actorText": "B{}", "code": "FIN"}}], "context": "diplomatic", "text": "A accused B {i}.", "coder": "x", "version": "1", "textInfo": {{"markup": "(SRC: A) accused (TAR: B)"}}}}"#,
            i % 1000,
            i % 997
        );
    }
    let array = format!("[{}]", lines.trim_end().replace('\n', ",\n"));
    // The graph keeps a claim, a source and its strings per record (~600 bytes, by design);
    // the reader adds one record's fields, its actor map and buffers. Before issue 16 an
    // array took 20 bytes a byte (a serde_json::Value tree of the whole file).
    let kept_lines = peak_per_byte("JSON lines, kept", lines.as_bytes(), n);
    let kept_array = peak_per_byte("array, kept", array.as_bytes(), n);
    assert!(kept_lines < 4.0, "{kept_lines:.2}");
    assert!(kept_array < 4.0, "{kept_array:.2}");
    // Mostly skipped: DOCUMENT records with a large field the reader never reads. What is
    // skipped is never stored: the peak is the reader's own overhead.
    let mut skipped = String::new();
    for i in 0..n / 10 {
        let _ = writeln!(
            skipped,
            "{{\"id\": \"D{i}\", \"event\": \"DOCUMENT\", \"comment\": \"{}\", \"extra\": [[1, 2], {{\"a\": \"b\"}}]}}",
            "z".repeat(1000)
        );
    }
    let skipped_array = format!("[{}]", skipped.trim_end().replace('\n', ",\n"));
    let skip_lines = peak_per_byte("JSON lines, skipped", skipped.as_bytes(), 0);
    let skip_array = peak_per_byte("array, skipped", skipped_array.as_bytes(), 0);
    assert!(skip_lines < 0.05, "{skip_lines:.3}");
    assert!(skip_array < 0.05, "{skip_array:.3}");
}

//! Memory of the JSON document loader on hostile input: bytes of heap per byte read.
#![cfg(feature = "serde")]
#![allow(clippy::cast_precision_loss)] // ratios of sizes far below 2^52

#[path = "common/heap.rs"]
mod heap;

use claimgraph::ClaimGraph;
use claimgraph::document::DocumentErrorKind;
use std::fmt::Write as _;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

fn doc(body: &str) -> String {
    format!(r#"{{"format": "claimgraph", "version": 1, {body}}}"#)
}

const HEAD: &str =
    r#""actors": {"A0": {"name": "a", "kind": "state"}, "A1": {"name": "b", "kind": "state"}}"#;

fn claim(i: usize) -> String {
    format!(
        r#""C{i}": {{"claimant": "A0", "act": "accusation", "about": ["A1"], "allegation": {{"text": "x{i}"}}}}"#
    )
}

/// `n` rebuttals, the `i`th answering `answer(i)`, after one claim.
fn rebuttals(n: usize, answer: impl Fn(usize) -> String) -> String {
    let mut body = format!(r#"{HEAD}, "claims": {{{}}}, "rebuttals": {{"#, claim(0));
    for i in 0..n {
        if i > 0 {
            body.push(',');
        }
        let _ = write!(
            body,
            r#""R{i}": {{"by": "A1", "kind": "denial", "answers": ["{}"]}}"#,
            answer(i)
        );
    }
    body.push('}');
    doc(&body)
}

#[test]
fn the_loader_holds_a_bounded_multiple_of_its_input() {
    let n = 100_000;
    let spread = (0..n).map(claim).collect::<Vec<_>>().join(",");
    let loads = [
        (
            "1e5 claims spread out",
            doc(&format!(r#"{HEAD}, "claims": {{{spread}}}"#)),
        ),
        (
            "one claim, 1e5 rebuttals answering it",
            rebuttals(n, |_| "C0".to_owned()),
        ),
        (
            "a chain of 1e5 rebuttals",
            rebuttals(n, |i| {
                if i == 0 {
                    "C0".to_owned()
                } else {
                    format!("R{}", i - 1)
                }
            }),
        ),
    ];
    for (name, text) in &loads {
        let (g, peak) = heap::peak_bytes(|| ClaimGraph::from_json(text));
        let g = g.unwrap();
        assert!(g.claim_count() + g.rebuttal_count() >= n);
        let per_byte = peak as f64 / text.len() as f64;
        eprintln!(
            "{name}: {} bytes read, peak heap {peak} bytes ({per_byte:.1} per byte)",
            text.len()
        );
        // The graph itself: each entity's record, its place in the petgraph, its id index and
        // its links, a few hundred bytes for an entity written in 60 to 100 bytes.
        assert!(
            per_byte < 20.0,
            "{name}: peak {per_byte:.1} bytes per input byte"
        );
    }
    // An unknown field holding 20 MB is refused at its key: the value is skipped unbuilt.
    let big = 20 << 20;
    let mut array = String::with_capacity(big + 64);
    array.push('[');
    while array.len() < big {
        array.push_str("[1, {\"a\": \"b\"}],");
    }
    array.push_str("0]");
    let mut object = String::with_capacity(big + 64);
    object.push('{');
    for i in 0..big / 16 {
        let _ = write!(object, "\"k{i:010}\": 1,");
    }
    object.push_str("\"z\": 0}");
    for (name, value) in [("array", array), ("object", object)] {
        let text = doc(&format!(r#""unknown": {value}"#));
        let (e, peak) = heap::peak_bytes(|| ClaimGraph::from_json(&text));
        let e = e.unwrap_err();
        assert_eq!(
            (e.kind(), e.position().path()),
            (DocumentErrorKind::Invalid, "unknown")
        );
        let per_byte = peak as f64 / text.len() as f64;
        eprintln!(
            "unknown field, a 20 MB {name}: {} bytes read, peak heap {peak} bytes ({per_byte:.4} per byte)",
            text.len()
        );
        // Nothing of the value is built: a few kilobytes of error, path and scratch.
        assert!(peak < 64 << 10, "a 20 MB unknown {name}: peak {peak} bytes");
    }
}

//! Memory of the AIF reader on hostile and ordinary input: bytes of heap per byte read.
//!
//! The reader keeps, per node, its id (twice: in the node and in the id index), its text
//! and a few words of bookkeeping, and, per edge, two adjacency entries; the graph it builds
//! holds each statement's text once more. An ordinary map spends at least 60 bytes of JSON
//! on a node (`{"nodeID": "..", "type": "I", "text": ".."}`) and 30 on an edge, so the
//! reader's own structures stay a small multiple of its input; what it does not keep
//! (unknown fields, however large) costs nothing.
//!
//! Measured (issue 16, before the streamed reader: a `serde_json::Value` of the whole file):
//! ordinary map 9.2 bytes per byte (now 1.9), an unknown 15 MB array 33 (now 0.003), an
//! unknown field in every node 32 (now 0.1), a 300 x 300 CA fan 189 (now 6.5 at 3000 x 3000).
//! The bounds below leave about twice the room measured.
#![cfg(feature = "serde")]
#![allow(clippy::cast_precision_loss, clippy::many_single_char_names)] // ratios of sizes far below 2^52; a test fixture

#[path = "common/heap.rs"]
mod heap;

use claimgraph::{
    Actor, ActorKind, Allegation, Claim, ClaimGraph, Rebuttal, RebuttalKind, SpeechAct, Support,
};
use std::fmt::Write as _;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// A dialogical map as export writes it: claims, rebuttals and supports, each statement with
/// its L and YA nodes and its locution.
fn ordinary(n: usize) -> String {
    let mut g = ClaimGraph::new();
    let a = g
        .add_actor(Actor::new("Speaker A", ActorKind::Person))
        .unwrap();
    let b = g
        .add_actor(Actor::new("Speaker B", ActorKind::Person))
        .unwrap();
    let mut last = None;
    for i in 0..n {
        let c = g
            .add_claim(
                Claim::new(
                    a,
                    SpeechAct::Assertion,
                    Allegation::new(format!("claim number {i} says something")),
                )
                .with_stated("2020-10-15".parse().unwrap()),
            )
            .unwrap();
        g.add_rebuttal(
            Rebuttal::new(b, RebuttalKind::Denial, c).with_text(format!("no, {i} is wrong")),
        )
        .unwrap();
        if let Some(p) = last {
            g.add_support(Support::new(p, c)).unwrap();
        }
        last = Some(c);
    }
    g.to_aif()
}

#[test]
fn the_aif_reader_holds_a_bounded_multiple_of_its_input() {
    let mut cases: Vec<(&str, String, f64)> = Vec::new();
    // An ordinary map of some 10 MB.
    cases.push(("ordinary map", ordinary(5_000), 4.0));
    // An unknown field holding a large array, beside a small map: skipped, not kept.
    let mut junk = String::from("[");
    for i in 0..600_000 {
        let _ = write!(junk, "{{\"k\": [{i}, \"value\"]}},");
    }
    junk.push_str("0]");
    let small = ordinary(10);
    let with_junk = format!("{{\"junk\": {junk}, {}", &small[1..]);
    cases.push(("unknown field, large array", with_junk, 0.1));
    // The same in every node.
    let mut nodes = Vec::new();
    for i in 0..2_000 {
        nodes.push(format!(
            r#"{{"nodeID": "{i}", "type": "I", "text": "statement {i}", "extra": [{}]}}"#,
            "[1, \"two\", {\"three\": 3}],".repeat(200) + "0"
        ));
    }
    cases.push((
        "unknown field in every node",
        format!(r#"{{"nodes": [{}]}}"#, nodes.join(",")),
        0.5,
    ));
    // The CA fan of the issue: p premises and p targets of one conflict.
    let p = 3_000;
    let mut nodes: Vec<String> = (0..2 * p)
        .map(|i| format!(r#"{{"nodeID": "i{i}", "type": "I", "text": "statement {i}"}}"#))
        .collect();
    nodes.push(r#"{"nodeID": "x", "type": "CA", "text": "Default Conflict"}"#.into());
    let mut edges = Vec::new();
    for i in 0..p {
        edges.push(format!(r#"{{"fromID": "i{i}", "toID": "x"}}"#));
        edges.push(format!(r#"{{"fromID": "x", "toID": "i{}"}}"#, p + i));
    }
    let fan = format!(
        r#"{{"nodes": [{}], "edges": [{}]}}"#,
        nodes.join(","),
        edges.join(",")
    );
    // Its nodes are short (45 bytes of JSON each), so the graph's own cost per statement
    // (about 200 bytes: entity, petgraph node, index entry, answers) dominates.
    cases.push(("CA fan, 3000 x 3000", fan, 10.0));
    for (case, aif, bound) in &cases {
        let (import, peak) = heap::peak_bytes(|| ClaimGraph::from_aif(aif));
        let import = import.unwrap();
        assert!(import.graph().claim_count() > 0, "{case}");
        let per_byte = peak as f64 / aif.len() as f64;
        eprintln!(
            "AIF {case}: {} bytes read, peak heap {peak} bytes ({per_byte:.2} per byte)",
            aif.len()
        );
        assert!(
            per_byte < *bound,
            "AIF {case}: peak {per_byte:.2} bytes per input byte, bound {bound}"
        );
    }
}

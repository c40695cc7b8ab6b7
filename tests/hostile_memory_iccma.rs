//! Memory of the ICCMA / APX / TGF readers on hostile input: bytes of heap per byte read.
#![allow(clippy::cast_precision_loss)] // ratios of sizes far below 2^52

#[path = "common/heap.rs"]
mod heap;

use claimgraph::argumentation::{ArgumentationFramework, Format};

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

#[test]
fn readers_hold_a_bounded_multiple_of_their_input() {
    use std::fmt::Write as _;
    let n = 100_000;
    let mut apx = String::new();
    for i in 0..n {
        let _ = writeln!(apx, "arg(a{i}).");
    }
    for i in 1..n {
        let _ = writeln!(apx, "att(a{}, a{i}).", i - 1);
    }
    let (af, peak) = heap::peak_bytes(|| ArgumentationFramework::parse(Format::Apx, &apx));
    assert_eq!(af.unwrap().len(), n);
    let per_byte = peak as f64 / apx.len() as f64;
    eprintln!(
        "APX: {} bytes read, peak heap {peak} bytes ({per_byte:.1} per byte)",
        apx.len()
    );
    assert!(
        per_byte < 6.0,
        "APX peak {per_byte:.1} bytes per input byte"
    );
}

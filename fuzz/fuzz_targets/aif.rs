//! The AIF reader on arbitrary bytes: never a panic.
#![no_main]
use claimgraph::ClaimGraph;
use claimgraph::io::Limits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = ClaimGraph::from_aif_reader(data, &Limits::default());
});

//! The JSON document loader on arbitrary bytes: never a panic; a loaded graph writes back.
#![no_main]
use claimgraph::ClaimGraph;
use claimgraph::io::Limits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(g) = ClaimGraph::from_json_slice(data, &Limits::default()) {
        let _ = g.to_json();
    }
});

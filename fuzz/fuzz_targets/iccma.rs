//! The ICCMA 2023, APX and TGF readers on arbitrary bytes (the first byte picks the format):
//! never a panic; a framework read writes back in its format when its names allow.
#![no_main]
use claimgraph::argumentation::{ArgumentationFramework, Format};
use claimgraph::io::Limits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let format = Format::ALL[usize::from(first) % Format::ALL.len()];
    let limits = Limits::default().with_max_records(100_000);
    if let Ok(af) = ArgumentationFramework::read_with(format, rest, &limits) {
        let _ = af.write(format, std::io::sink());
    }
});

//! The real data in `../shared/data`: found, or the test fails loudly, unless
//! `CLAIMGRAPH_SKIP_DATA=1` says to skip.

use std::path::PathBuf;

/// The data folder, or `None` (after saying so) when `CLAIMGRAPH_SKIP_DATA=1` and it is absent.
///
/// # Panics
/// When the folder is missing and skipping was not asked for.
pub fn data_dir(test: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data"));
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CLAIMGRAPH_SKIP_DATA").as_deref() == Ok("1") {
        eprintln!(
            "{test}: skipped: {} is missing and CLAIMGRAPH_SKIP_DATA=1",
            dir.display()
        );
        return None;
    }
    panic!(
        "{test}: the real-data folder {} is missing; provide it, or set CLAIMGRAPH_SKIP_DATA=1 to skip",
        dir.display()
    );
}

/// Every `.json` file under `data/aif`, sorted.
#[allow(dead_code)] // not every test file reads AIF
pub fn aif_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.join("aif")];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("the aif folder is readable") {
            let p = entry.expect("a directory entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "json") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

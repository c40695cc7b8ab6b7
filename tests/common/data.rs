//! The real data in `../shared/data`, beside the repository.
//!
//! A user's clone has no such folder: there, every test that needs it says that it was skipped,
//! and why, and passes. CI sets `CLAIMGRAPH_REQUIRE_DATA=1`, which turns a missing folder into
//! a failure, so CI can never skip these tests in silence.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The tests that have said they were skipped.
static SAID: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// The variable that makes the data required.
pub const REQUIRE: &str = "CLAIMGRAPH_REQUIRE_DATA";

/// `../shared/data/<sub>` (or the data folder itself for `""`), or `None` after printing that
/// `test` was skipped because it is missing.
///
/// # Panics
/// When the folder is missing and `CLAIMGRAPH_REQUIRE_DATA=1`.
pub fn data_dir_of(test: &str, sub: &str) -> Option<PathBuf> {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data"));
    let dir = if sub.is_empty() {
        root.to_path_buf()
    } else {
        root.join(sub)
    };
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var(REQUIRE).as_deref() != Ok("1"),
        "{test}: the real-data folder {} is missing and {REQUIRE}=1 requires it",
        dir.display()
    );
    // Said once per test (a property test asks once per case), and written to the process's
    // standard error rather than through `eprintln!`, which the test harness captures: a user
    // must see that the test was skipped even when it passes.
    let first = match SAID.lock() {
        Ok(mut said) => said.insert(test.to_owned()),
        Err(_) => true,
    };
    if !first {
        return None;
    }
    let _ = writeln!(
        std::io::stderr(),
        "{test}: skipped: the real-data folder {} is missing (a clone has none; CI provides it \
         and sets {REQUIRE}=1)",
        dir.display()
    );
    None
}

/// The data folder, or `None` after printing that `test` was skipped.
///
/// # Panics
/// When the folder is missing and `CLAIMGRAPH_REQUIRE_DATA=1`.
#[allow(dead_code)] // not every test file reads the whole folder
pub fn data_dir(test: &str) -> Option<PathBuf> {
    data_dir_of(test, "")
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

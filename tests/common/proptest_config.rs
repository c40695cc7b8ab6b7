//! One proptest configuration for the integration tests.
//!
//! proptest's default keeps failures beside the crate's `lib.rs`, which an integration test
//! cannot find (it warns on every run); these tests keep them beside their own source file
//! instead (`tests/NAME.proptest-regressions`), where proptest replays them first.

use proptest::test_runner::{Config, FileFailurePersistence};

/// `cases` cases, failures kept beside the test's source file.
pub fn cases(cases: u32) -> Config {
    Config {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..Config::with_cases(cases)
    }
}

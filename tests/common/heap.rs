//! Peak heap use of a closure, for the hostile-input tests' memory bounds.
//!
//! A test binary that uses this declares `#[global_allocator] static ALLOC: dhat::Alloc =
//! dhat::Alloc;` and measures in one `#[test]` at a time (dhat allows one profiler per
//! process), so each such binary holds a single test that runs its cases in turn.

/// The most bytes live on the heap at once while `f` ran, above what was live before.
pub fn peak_bytes<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let _profiler = dhat::Profiler::builder()
        .testing()
        .trim_backtraces(Some(1))
        .build();
    let before = dhat::HeapStats::get().curr_bytes as u64;
    let value = f();
    let peak = dhat::HeapStats::get().max_bytes as u64;
    (value, peak.saturating_sub(before))
}

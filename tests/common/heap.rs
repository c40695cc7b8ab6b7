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

/// Runs `read` over `input`; prints and returns what it returned and its peak heap per input
/// byte, labelled `what`.
#[allow(dead_code)] // not every memory test reads a byte slice
#[allow(clippy::cast_precision_loss)] // sizes far below 2^52
pub fn per_input_byte<T>(what: &str, input: &[u8], read: impl FnOnce(&[u8]) -> T) -> (T, f64) {
    let (value, peak) = peak_bytes(|| read(input));
    let per_byte = peak as f64 / input.len().max(1) as f64;
    eprintln!(
        "{what}: {} bytes read, peak heap {peak} bytes ({per_byte:.2} per input byte)",
        input.len()
    );
    (value, per_byte)
}

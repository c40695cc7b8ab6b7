//! The benches' clock: the benchmark thread's CPU time (Linux `/proc/thread-self/schedstat`),
//! not wall time, since the machines these run on are shared and wall time there measures the
//! neighbours. Where that file cannot be read, wall time, and a line saying so.

use criterion::measurement::{Measurement, ValueFormatter, WallTime};

/// CPU time of the calling thread, in nanoseconds, or wall time since `start` when the
/// kernel does not report it.
pub struct CpuTime {
    start: std::time::Instant,
    wall: WallTime,
}

impl CpuTime {
    pub fn new() -> Self {
        if Self::thread_cpu().is_none() {
            eprintln!("no /proc/thread-self/schedstat: measuring wall time");
        }
        CpuTime {
            start: std::time::Instant::now(),
            wall: WallTime,
        }
    }

    fn thread_cpu() -> Option<u64> {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    }

    fn now(&self) -> u64 {
        Self::thread_cpu()
            .unwrap_or_else(|| u64::try_from(self.start.elapsed().as_nanos()).unwrap_or(u64::MAX))
    }
}

impl Measurement for CpuTime {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        self.now()
    }
    fn end(&self, start: u64) -> u64 {
        self.now().saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    #[allow(clippy::cast_precision_loss)] // nanoseconds far below 2^52 per sample
    fn to_f64(&self, value: &u64) -> f64 {
        *value as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        // Values are nanoseconds, as wall time's are: its formatter prints them.
        self.wall.formatter()
    }
}

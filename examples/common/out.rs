//! The examples' one way to print a line, shared by `finland_russia` and the `claimgraph` CLI.

/// Prints a line to standard output. A closed pipe (`claimgraph ... | head`) ends the program
/// quietly with status 0, as command-line tools do, where `println!` would panic; any other
/// write error ends it with a message and status 2.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
            eprintln!("error: cannot write the output: {e}");
            std::process::exit(2);
        }
    }};
}

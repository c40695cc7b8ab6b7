//! `lints`: every lint with its code, name, default level and summary; `--explain NAME` prints
//! one lint's explanation.

use crate::Failure;
use crate::check::write_out;
use claimgraph::check::{LINTS, Lint};
use std::fmt::Write;

/// Prints the table of lints, or one lint's explanation.
///
/// # Errors
/// A [`Failure`] (status 2) when `explain` names no lint.
pub fn run(explain: Option<&str>) -> Result<(), Failure> {
    if let Some(name) = explain {
        let lint = Lint::find(name)
            .ok_or_else(|| Failure::new(format!("unknown lint `{name}`; `lints` lists them")))?;
        return write_out(&format!(
            "{lint} ({}, default level {})\n\n{}\n",
            lint.category(),
            lint.default_level(),
            lint.explanation()
        ));
    }
    let mut out = format!(
        "{:<7} {:<26} {:<6} {:<6} summary\n",
        "code", "name", "level", "group"
    );
    for lint in LINTS {
        // Writing to a `String` cannot fail.
        let _ = writeln!(
            out,
            "{:<7} {:<26} {:<6} {:<6} {}",
            lint.code(),
            lint.name(),
            lint.default_level().name(),
            lint.category().name(),
            lint.summary()
        );
    }
    write_out(&out)
}

//! `check FILE`: the consistency report of a document, as text or JSON.

use crate::Failure;
use claimgraph::ClaimGraph;
use claimgraph::check::{Config, Level, PossibleFindings};
use clap::{Args, ValueEnum};

/// How to print the report.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// rustc-like text.
    Human,
    /// A JSON document.
    Json,
}

/// What to do with findings that only partial dates make possible.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Possible {
    /// One severity lower than the lint's level.
    Demote,
    /// At the lint's level.
    Keep,
    /// Left out.
    Omit,
}

/// Options of `check`.
#[derive(Args)]
pub struct CheckArgs {
    /// The JSON document to read.
    pub file: std::path::PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Report this lint (name or code) as an error; repeatable.
    #[arg(long, value_name = "LINT")]
    pub deny: Vec<String>,
    /// Report this lint as a warning; repeatable.
    #[arg(long, value_name = "LINT")]
    pub warn: Vec<String>,
    /// Report this lint as information; repeatable.
    #[arg(long, value_name = "LINT")]
    pub info: Vec<String>,
    /// Do not run this lint; repeatable.
    #[arg(long, value_name = "LINT")]
    pub allow: Vec<String>,
    /// What to do with findings that only partial dates make possible.
    #[arg(long, value_enum, default_value = "demote")]
    pub possible: Possible,
}

/// The configuration the options ask for: levels applied allow, info, warn, then deny, so the
/// strictest wins when a lint is named twice.
///
/// # Errors
/// A [`Failure`] (status 2) naming an unknown lint.
pub fn config(args: &CheckArgs) -> Result<Config, Failure> {
    let mut config = Config::default().possible_findings(match args.possible {
        Possible::Demote => PossibleFindings::Demote,
        Possible::Keep => PossibleFindings::Keep,
        Possible::Omit => PossibleFindings::Omit,
    });
    for (names, level) in [
        (&args.allow, Level::Allow),
        (&args.info, Level::Info),
        (&args.warn, Level::Warn),
        (&args.deny, Level::Deny),
    ] {
        for name in names {
            config = config
                .try_level(name, level)
                .map_err(|e| Failure::new(format!("{e}; `lints` lists them")))?;
        }
    }
    Ok(config)
}

/// Prints the report.
///
/// # Errors
/// A [`Failure`] (status 2) for an unknown lint; a silent one (status 1, no message: the report
/// says it all) when any finding is an error.
pub fn run(g: &ClaimGraph, args: &CheckArgs) -> Result<(), Failure> {
    let report = g.check(&config(args)?);
    let text = match args.format {
        Format::Human => report.to_string(),
        Format::Json => report.to_json() + "\n",
    };
    write_out(&text)?;
    if report.has_errors() {
        return Err(Failure {
            message: String::new(),
            status: 1,
        });
    }
    Ok(())
}

/// Writes to standard output; a closed pipe (`check FILE | head`) ends the output quietly
/// instead of panicking as `print!` would.
///
/// # Errors
/// A [`Failure`] (status 2) for any other write error.
pub fn write_out(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::new(format!("cannot write the output: {e}")))
        }
        _ => Ok(()),
    }
}

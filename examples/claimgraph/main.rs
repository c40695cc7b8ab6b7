//! `claimgraph`: a command-line tool over claim-graph documents.
//!
//! ```text
//! cargo run --example claimgraph -- show examples/scenarios/finland-russia-2023.json
//! ```
//!
//! Each subcommand lives in its own file beside this one. Errors go to standard error with a
//! non-zero exit status; the tool never panics on bad input.

use claimgraph::ClaimGraph;
use claimgraph::io::Limits;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[macro_use]
#[path = "../common/out.rs"]
mod out;

mod check;
mod export;
mod import;
mod lints;
mod query;
mod show;
mod status;

/// Read, query and check claim graphs: who accuses whom of what, and who denies it.
#[derive(Parser)]
#[command(name = "claimgraph", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load a document and print a summary: counts, actors, claims and their rebuttals.
    Show {
        /// The JSON document to read.
        file: PathBuf,
    },
    /// Write a document as a picture (DOT, Mermaid) or in an interchange format.
    Export(export::Args),
    /// Read an interchange file (AIF, GDELT, PLOVER) and write it as a document.
    Import(import::Args),
    #[command(flatten)]
    Query(query::QueryCommand),
    /// Check a document for suspect data; exit status 1 when a finding is an error.
    Check(check::CheckArgs),
    /// List every lint with its code, name, default level and summary.
    Lints {
        /// Print this lint's full explanation instead.
        #[arg(long, value_name = "LINT")]
        explain: Option<String>,
    },
    /// Which claims and rebuttals stand under an argumentation semantics, and why.
    Status {
        /// The JSON document to read.
        file: PathBuf,
        /// The semantics, by name or ICCMA code: grounded (GR), complete (CO), preferred
        /// (PR), stable (ST), semi_stable (SST), stage (STG), ideal (ID).
        #[arg(long, default_value = "grounded")]
        semantics: claimgraph::argumentation::Semantics,
        /// Only what had been said by this date (2023, 2023-11, 2023-11-20), as every query's
        /// `--as-of` decides it.
        #[arg(long)]
        as_of: Option<claimgraph::PartialDate>,
        /// With `--as-of`, also keep what only possibly came by then (partial or missing
        /// dates), as the queries' `--possible` does.
        #[arg(long)]
        possible: bool,
        /// Print this statement's status over time instead (C0, R3).
        #[arg(long)]
        history: Option<claimgraph::StatementId>,
    },
}

/// An error to print: the message, and the exit status to leave with.
pub struct Failure {
    message: String,
    status: u8,
}

impl Failure {
    /// A failure with exit status 2 (bad input or usage).
    pub fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            status: 2,
        }
    }
}

/// Loads a document, turning any problem into a message that names the file.
///
/// # Errors
/// A [`Failure`] when the file cannot be read or is not a valid document.
pub fn load(path: &Path) -> Result<ClaimGraph, Failure> {
    let file = std::fs::File::open(path)
        .map_err(|e| Failure::new(format!("cannot open {}: {e}", path.display())))?;
    ClaimGraph::from_json_reader(std::io::BufReader::new(file), &Limits::default())
        .map_err(|e| Failure::new(format!("{}: {e}", path.display())))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Show { file } => load(&file).map(|g| show::run(&g)),
        Command::Export(args) => export::run(&args),
        Command::Import(args) => import::run(&args),
        Command::Query(q) => query::run(&q),
        Command::Check(args) => load(&args.file).and_then(|g| check::run(&g, &args)),
        Command::Lints { explain } => lints::run(explain.as_deref()),
        Command::Status {
            file,
            semantics,
            as_of,
            possible,
            history,
        } => {
            let certainty = if possible {
                claimgraph::Certainty::Possible
            } else {
                claimgraph::Certainty::Certain
            };
            load(&file).and_then(|g| status::run(&g, semantics, as_of, certainty, history))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A failure already reported on standard output (a denied finding) has no message.
        Err(f) if f.message.is_empty() => ExitCode::from(f.status),
        Err(f) => {
            eprintln!("error: {}", f.message);
            ExitCode::from(f.status)
        }
    }
}

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
    /// Which claims and rebuttals stand, which are contested, which are defeated, and why:
    /// the structured reading (evidence, grading, confidence, preferences) or the plain one.
    Status(status::Args),
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
        Command::Status(args) => status::run(&args),
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

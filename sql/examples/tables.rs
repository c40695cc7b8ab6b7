//! Writes a claim graph's tables as Parquet files, and optionally its accusation network as
//! computed in memory (`View::accusations`), for checking other engines against it:
//!
//! ```text
//! cargo run -p claimgraph-sql --example tables -- DOCUMENT.json DIR [--answer FILE.json]
//! cargo run -p claimgraph-sql --example tables -- --generate CLAIMS DIR [--answer FILE.json]
//! ```
//!
//! `--generate` makes the bench's network: 1,000 states, CLAIMS accusations over 2023. The
//! answer is a JSON array of `[accuser, accused, statements, first, last]`, by accuser and
//! accused. `.ci/tables.sh` writes the scenarios' tables with this until
//! `claimgraph export --to parquet` is on the same branch; `sql/README.md` checks Spark SQL
//! and DuckDB against the answer.

#[path = "../tests/common/generate.rs"]
mod generate;

use claimgraph::ClaimGraph;
use claimgraph::io::tables::parquet;
use std::process::ExitCode;

const USAGE: &str = "usage: tables (DOCUMENT.json | --generate CLAIMS) DIR [--answer FILE.json]";

fn run(args: &[String]) -> Result<(), String> {
    let (g, rest) = match args {
        [flag, claims, rest @ ..] if flag == "--generate" => {
            let claims: u32 = claims
                .parse()
                .map_err(|e| format!("--generate {claims}: {e}"))?;
            (generate::network(1_000, claims, 42), rest)
        }
        [document, rest @ ..] => {
            let json = std::fs::read_to_string(document).map_err(|e| format!("{document}: {e}"))?;
            let g = ClaimGraph::from_json(&json).map_err(|e| format!("{document}: {e}"))?;
            (g, rest)
        }
        [] => return Err(USAGE.to_owned()),
    };
    let (dir, answer) = match rest {
        [dir] => (dir, None),
        [dir, flag, file] if flag == "--answer" => (dir, Some(file)),
        _ => return Err(USAGE.to_owned()),
    };
    parquet::write(&g, dir).map_err(|e| e.to_string())?;
    if let Some(file) = answer {
        let mut pairs: Vec<_> = g
            .view()
            .accusations()
            .pairs
            .iter()
            .map(|p| {
                serde_json::json!([
                    p.accuser.index(),
                    p.accused.index(),
                    p.count,
                    p.first.map(|d| d.to_string()),
                    p.last.map(|d| d.to_string()),
                ])
            })
            .collect();
        pairs.sort_by_key(|p| (p[0].as_u64(), p[1].as_u64()));
        let text = serde_json::to_string(&pairs).map_err(|e| e.to_string())?;
        std::fs::write(file, text).map_err(|e| format!("{file}: {e}"))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tables: {e}");
            ExitCode::FAILURE
        }
    }
}

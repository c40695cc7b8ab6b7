//! `import --from FORMAT FILE... [--to document|parquet] [-o OUT]`: reads interchange files
//! and writes the claim-graph document (or, for GDELT, Parquet tables by month); what could
//! not be carried over goes to standard error. `import --from parquet DIR [--window DATE |
//! --pair A B]` loads tables (or a slice of them) back into a document.

use crate::Failure;
use crate::export::write_out;
use claimgraph::ClaimGraph;
use claimgraph::io::{Import, ImportError, Limits};
use std::path::PathBuf;

/// The formats `import` reads.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    /// AIF JSON (AIFdb, OVA).
    Aif,
    /// GDELT 2.0 events, tab-separated (streamed).
    Gdelt,
    /// PLOVER / POLECAT records: a JSON array, or JSON lines (streamed).
    Plover,
    /// A STIX 2.1 bundle. Kept: identities, threat actors and intrusion sets as actors,
    /// `attributed-to` as accusations, campaigns/incidents/observed data as events, reports as
    /// sources, notes as assertions, disagreeing opinions as rebuttals. Left (each object named
    /// on standard error): indicators, malware, attack patterns, observables, sightings, other
    /// relationship types, agreeing opinions. Bundles written by `export --to stix` come back
    /// whole.
    Stix,
    /// schema.org ClaimReview JSON-LD (an object, an array, `@graph`, an HTML page with
    /// ld+json blocks) or the Google Fact Check Tools API's claims. Kept: the claim, its
    /// claimant, date and appearances; each review as a denial (false-ish rating), a
    /// supporting assertion (true-ish) or an undermining rebuttal (mixed), by the fact-checker,
    /// with the rating as published and the review as a source. Left: the speech act (read as
    /// an assertion), images, job titles and affiliations, languages.
    Claimreview,
    /// A directory of Parquet tables (`export --to parquet`, or `import --from gdelt --to
    /// parquet`), whole or a slice (`--window`, `--pair`); needs the `parquet` feature.
    Parquet,
}

/// What `import` writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum To {
    /// The claim-graph JSON document.
    #[default]
    Document,
    /// Parquet tables partitioned by month, streamed in bounded memory (GDELT only; `-o DIR`
    /// required; needs the `parquet` feature).
    Parquet,
}

/// Arguments of `import`.
#[derive(clap::Args)]
pub struct Args {
    /// The format to read.
    #[arg(long = "from", value_enum)]
    from: Format,
    /// The file to read (GDELT: one or more files, read in order as one stream).
    #[arg(required = true, num_args = 1..)]
    files: Vec<PathBuf>,
    /// What to write.
    #[arg(long = "to", value_enum, default_value_t)]
    to: To,
    /// Where to write the document (standard output when absent), or the directory of
    /// tables.
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// Parquet: only the statements stated within this date's span (`2023-11`, `2023`,
    /// `[2023-11-01..2023-12-15]`), with what they need.
    #[arg(long, conflicts_with = "pair")]
    window: Option<String>,
    /// Parquet: only what these two actors (ids, `A3 A7`) say about each other, with what
    /// it needs.
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pair: Option<Vec<String>>,
}

fn open(path: &PathBuf) -> Result<std::io::BufReader<std::fs::File>, Failure> {
    std::fs::File::open(path)
        .map(std::io::BufReader::new)
        .map_err(|e| Failure::new(format!("cannot open {}: {e}", path.display())))
}

/// Reads the file, prints the report to standard error and writes the document. The file is
/// the user's own choice, so bytes and records are not capped ([`Limits::trusted`]); lines
/// and nesting are.
///
/// # Errors
/// A [`Failure`] when the file cannot be read or imported, or the output cannot be written.
pub fn run(args: &Args) -> Result<(), Failure> {
    let limits = Limits::trusted();
    if args.to == To::Parquet {
        return match args.from {
            Format::Gdelt => gdelt_to_parquet(args, &limits),
            _ => Err(Failure::new(
                "--to parquet streams GDELT only; for other formats import to a document, then `export --to parquet`",
            )),
        };
    }
    if matches!(args.from, Format::Parquet) {
        return from_parquet(args);
    }
    if args.window.is_some() || args.pair.is_some() {
        return Err(Failure::new(
            "--window and --pair select from Parquet tables (--from parquet)",
        ));
    }
    let [path] = args.files.as_slice() else {
        return match args.from {
            Format::Gdelt => Err(Failure::new(
                "several GDELT files make one stream: use --to parquet, or join them first (cat)",
            )),
            _ => Err(Failure::new("one file at a time")),
        };
    };
    let fail = |e: ImportError| Failure::new(format!("{}: {e}", path.display()));
    let file = open(path)?;
    let graph: ClaimGraph = match args.from {
        Format::Aif => report(ClaimGraph::from_aif_reader(file, &limits).map_err(fail)?),
        Format::Plover => report(ClaimGraph::from_plover(file, &limits).map_err(fail)?),
        Format::Gdelt => report(ClaimGraph::from_gdelt(file, &limits).map_err(fail)?),
        Format::Claimreview => report(ClaimGraph::from_claim_review(file, &limits).map_err(fail)?),
        Format::Stix => report(ClaimGraph::from_stix_reader(file, &limits).map_err(fail)?),
        Format::Parquet => unreachable!("handled above"),
    };
    write_out(args.output.as_ref(), &graph.to_json())
}

/// `import --from gdelt FILES... --to parquet -o DIR`: every file into one stream.
#[cfg(feature = "parquet")]
fn gdelt_to_parquet(args: &Args, limits: &Limits) -> Result<(), Failure> {
    use claimgraph::io::gdelt::Importer;
    use claimgraph::io::tables::gdelt::{Stream, StreamOptions};
    let Some(dir) = &args.output else {
        return Err(Failure::new("--to parquet needs -o DIR"));
    };
    let mut stream = Stream::create(dir, Importer::new(), StreamOptions::default())
        .map_err(|e| Failure::new(e.to_string()))?;
    for path in &args.files {
        let report = stream
            .read(open(path)?, limits)
            .map_err(|e| Failure::new(format!("{}: {e}", path.display())))?;
        eprint!("{}: {report}", path.display());
    }
    let written = stream.finish().map_err(|e| Failure::new(e.to_string()))?;
    eprintln!(
        "wrote {} claims, {} edges, {} sources and {} actors over {} months into {} files in {}",
        written.claims(),
        written.edges(),
        written.sources(),
        written.actors(),
        written.months(),
        written.files(),
        dir.display()
    );
    Ok(())
}

/// `import --from parquet DIR [--window DATE | --pair A B]`: tables, or a slice, to a document.
#[cfg(feature = "parquet")]
fn from_parquet(args: &Args) -> Result<(), Failure> {
    use claimgraph::io::tables::parquet::{self, Selection};
    let [dir] = args.files.as_slice() else {
        return Err(Failure::new("--from parquet reads one directory"));
    };
    let selection = match (&args.window, &args.pair) {
        (Some(w), _) => Some(Selection::Window(
            w.parse()
                .map_err(|e| Failure::new(format!("--window {w:?}: {e}")))?,
        )),
        (None, Some(pair)) => {
            let id = |s: &String| {
                s.parse::<claimgraph::ActorId>()
                    .map_err(|e| Failure::new(format!("--pair {s:?}: {e}")))
            };
            Some(Selection::Pair(id(&pair[0])?, id(&pair[1])?))
        }
        (None, None) => None,
    };
    let fail = |e: claimgraph::io::tables::TableError| Failure::new(e.to_string());
    let graph = match selection {
        Some(s) => {
            let loaded = parquet::load(dir, &s).map_err(fail)?;
            eprintln!("{}", loaded.report());
            loaded.into_graph()
        }
        None => parquet::read(dir).map_err(fail)?,
    };
    write_out(args.output.as_ref(), &graph.to_json())
}

#[cfg(not(feature = "parquet"))]
fn gdelt_to_parquet(_: &Args, _: &Limits) -> Result<(), Failure> {
    Err(Failure::new(
        "--to parquet needs the `parquet` feature (cargo run --features parquet)",
    ))
}

#[cfg(not(feature = "parquet"))]
fn from_parquet(_: &Args) -> Result<(), Failure> {
    Err(Failure::new(
        "--from parquet needs the `parquet` feature (cargo run --features parquet)",
    ))
}

/// Prints the report to standard error; the graph goes on.
fn report<K: Copy + Ord + std::fmt::Display>(import: Import<K>) -> ClaimGraph {
    let (graph, report) = import.into_parts();
    eprint!("{report}");
    graph
}

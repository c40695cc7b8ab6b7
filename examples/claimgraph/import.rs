//! `import --from FORMAT FILE [-o OUT]`: reads an interchange file and writes the claim-graph
//! document; what could not be carried over goes to standard error.

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
}

/// Arguments of `import`.
#[derive(clap::Args)]
pub struct Args {
    /// The format to read.
    #[arg(long = "from", value_enum)]
    from: Format,
    /// The file to read.
    file: PathBuf,
    /// Where to write the document; standard output when absent.
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
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
    let fail = |e: ImportError| Failure::new(format!("{}: {e}", args.file.display()));
    let limits = Limits::trusted();
    let file = open(&args.file)?;
    let graph: ClaimGraph = match args.from {
        Format::Aif => report(ClaimGraph::from_aif_reader(file, &limits).map_err(fail)?),
        Format::Plover => report(ClaimGraph::from_plover(file, &limits).map_err(fail)?),
        Format::Gdelt => report(ClaimGraph::from_gdelt(file, &limits).map_err(fail)?),
        Format::Claimreview => report(ClaimGraph::from_claim_review(file, &limits).map_err(fail)?),
        Format::Stix => report(ClaimGraph::from_stix_reader(file, &limits).map_err(fail)?),
    };
    write_out(args.output.as_ref(), &graph.to_json())
}

/// Prints the report to standard error; the graph goes on.
fn report<K: Copy + Ord + std::fmt::Display>(import: Import<K>) -> ClaimGraph {
    let (graph, report) = import.into_parts();
    eprint!("{report}");
    graph
}

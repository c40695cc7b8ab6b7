//! `import --from FORMAT FILE [-o OUT]`: reads an interchange file and writes the claim-graph
//! document; what could not be carried over goes to standard error.

use crate::Failure;
use crate::export::write_out;
use claimgraph::ClaimGraph;
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

/// Reads the file, prints the report to standard error and writes the document.
///
/// # Errors
/// A [`Failure`] when the file cannot be read or imported, or the output cannot be written.
pub fn run(args: &Args) -> Result<(), Failure> {
    let fail = |e: claimgraph::ImportError| Failure::new(format!("{}: {e}", args.file.display()));
    let graph: ClaimGraph = match args.from {
        Format::Aif => {
            let import = ClaimGraph::from_aif_reader(open(&args.file)?).map_err(fail)?;
            eprint!("{}", import.report());
            import.into_parts().0
        }
        Format::Plover => {
            let import = ClaimGraph::from_plover(open(&args.file)?).map_err(fail)?;
            eprint!("{}", import.report());
            import.into_parts().0
        }
        Format::Gdelt => {
            let import = ClaimGraph::from_gdelt(open(&args.file)?).map_err(fail)?;
            eprint!("{}", import.report());
            import.into_parts().0
        }
    };
    write_out(args.output.as_ref(), &graph.to_json())
}

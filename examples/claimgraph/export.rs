//! `export --to FORMAT FILE [-o OUT]`: writes a document in another format.

use crate::{Failure, load};
use std::path::PathBuf;

/// The formats `export` writes.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    /// Graphviz DOT (render with `dot -Tsvg`).
    Dot,
    /// A Mermaid flowchart.
    Mermaid,
    /// AIF JSON (AIFdb, OVA).
    Aif,
}

/// Arguments of `export`.
#[derive(clap::Args)]
pub struct Args {
    /// The format to write.
    #[arg(long = "to", value_enum)]
    to: Format,
    /// The JSON document to read.
    file: PathBuf,
    /// Where to write; standard output when absent.
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
}

/// Reads the document and writes it in the chosen format.
///
/// # Errors
/// A [`Failure`] when the document cannot be read or the output cannot be written.
pub fn run(args: &Args) -> Result<(), Failure> {
    let g = load(&args.file)?;
    let text = match args.to {
        Format::Dot => g.to_dot(),
        Format::Mermaid => g.to_mermaid(),
        Format::Aif => g.to_aif(),
    };
    write_out(args.output.as_ref(), &text)
}

/// Writes `text` to `output`, or to standard output.
///
/// # Errors
/// A [`Failure`] naming the file when it cannot be written.
pub fn write_out(output: Option<&PathBuf>, text: &str) -> Result<(), Failure> {
    if let Some(path) = output {
        std::fs::write(path, text)
            .map_err(|e| Failure::new(format!("cannot write {}: {e}", path.display())))
    } else {
        print!("{text}");
        Ok(())
    }
}

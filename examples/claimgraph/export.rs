//! `export --to FORMAT FILE [-o OUT]`: writes a document in another format.

use crate::{Failure, load};
use claimgraph::io::claimreview::Verdict;
use claimgraph::{ClaimId, PartialDate};
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
    /// schema.org ClaimReview JSON-LD of one claim (`--claim`, `--reviewer`, `--rating`,
    /// `--date`).
    Claimreview,
    /// The dispute as an argumentation framework in the ICCMA 2023 format (`p af N`, then
    /// the defeats of the chosen reading: the structured one by default, `--plain` for every
    /// attack), with `#` comments naming the statement each argument number stands for; feed
    /// it to the `iccma` example or any ICCMA solver.
    Iccma,
    /// A STIX 2.1 bundle. Nothing is lost: what STIX has no property for (speech acts, kinds,
    /// date precision, codes) travels in the claimgraph extension, which STIX tools that
    /// ignore extensions do not show. `--created` sets the creation time of undated objects.
    Stix,
    /// A self-contained HTML report to read in a browser (needs the `html` feature): the
    /// dispute drawn, the threads with each statement's status and reasons, the timeline,
    /// actors and sources. Lost: codes (CAMEO, PLOVER), motives' events, relation intervals,
    /// and the graph drawing past 150 statements; it cannot be read back.
    Html,
    /// Arrow / Parquet tables, one file per table, into the directory `-o DIR` (needs the
    /// `parquet` feature): for DataFusion, Spark, DuckDB, pyarrow. Nothing is lost; the
    /// tables' contract is in the `claimgraph::io::tables` docs.
    Parquet,
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
    /// ClaimReview: the claim reviewed, by id.
    #[arg(long, default_value = "C0")]
    claim: String,
    /// ClaimReview: the reviewing organisation.
    #[arg(long, default_value = "claimgraph")]
    reviewer: String,
    /// ClaimReview: the verdict, in words ("False", "Misleading", "Plausible").
    #[arg(long, default_value = "Unrated")]
    rating: String,
    /// ClaimReview: the date of the review (ISO 8601); required, so the output is reproducible.
    #[arg(long)]
    date: Option<String>,
    /// ClaimReview: where the review is published.
    #[arg(long)]
    url: Option<String>,
    /// ICCMA: how to read the dispute (see `status --help`).
    #[command(flatten)]
    reading: crate::status::ReadingArgs,
    /// HTML: the page's title.
    #[arg(long, default_value = "Dispute report")]
    title: String,
    /// STIX: the creation time written on objects without a date of their own (RFC 3339);
    /// the Unix epoch when absent, so the output depends on the document alone.
    #[arg(long)]
    created: Option<String>,
}

fn verdict(args: &Args) -> Result<Verdict, Failure> {
    let date: PartialDate = match &args.date {
        Some(d) => d
            .parse()
            .map_err(|e| Failure::new(format!("--date {d:?}: {e}")))?,
        None => {
            return Err(Failure::new(
                "--to claimreview needs --date (the review's date)",
            ));
        }
    };
    let mut v = Verdict::new(args.reviewer.clone(), args.rating.clone(), date);
    if let Some(u) = &args.url {
        v = v.with_url(u.clone());
    }
    Ok(v)
}

/// Reads the document and writes it in the chosen format.
///
/// # Errors
/// A [`Failure`] when the document cannot be read or the output cannot be written.
pub fn run(args: &Args) -> Result<(), Failure> {
    let g = load(&args.file)?;
    let text = match args.to {
        Format::Parquet => return parquet(&g, args.output.as_ref()),
        Format::Dot => g.to_dot(),
        Format::Mermaid => g.to_mermaid(),
        Format::Aif => g.to_aif(),
        Format::Claimreview => {
            let claim: ClaimId = args
                .claim
                .parse()
                .map_err(|e| Failure::new(format!("--claim {:?}: {e}", args.claim)))?;
            g.to_claim_review(claim, &verdict(args)?)
                .map_err(|e| Failure::new(format!("--claim: {e}")))?
        }
        Format::Iccma => iccma(&g, &args.reading.reading(None)),
        Format::Stix => {
            let mut w = claimgraph::io::stix::Writer::new();
            if let Some(c) = &args.created {
                let at = chrono::DateTime::parse_from_rfc3339(c)
                    .map_err(|e| Failure::new(format!("--created {c:?}: {e}")))?;
                w = w.with_created(at.to_utc());
            }
            w.write(&g)
        }
        Format::Html => html(&g, &args.title)?,
    };
    write_out(args.output.as_ref(), &text)
}

#[cfg(feature = "parquet")]
fn parquet(g: &claimgraph::ClaimGraph, dir: Option<&PathBuf>) -> Result<(), Failure> {
    let Some(dir) = dir else {
        return Err(Failure::new("--to parquet needs -o DIR"));
    };
    claimgraph::io::tables::parquet::write(g, dir).map_err(|e| Failure::new(e.to_string()))
}

#[cfg(not(feature = "parquet"))]
fn parquet(_: &claimgraph::ClaimGraph, _: Option<&PathBuf>) -> Result<(), Failure> {
    Err(Failure::new(
        "--to parquet needs the `parquet` feature (cargo run --features parquet)",
    ))
}

#[cfg(feature = "html")]
#[allow(clippy::unnecessary_wraps)] // the same signature as without the feature
fn html(g: &claimgraph::ClaimGraph, title: &str) -> Result<String, Failure> {
    Ok(claimgraph::io::html::Options::new()
        .with_title(title)
        .write(g))
}

#[cfg(not(feature = "html"))]
fn html(_: &claimgraph::ClaimGraph, _: &str) -> Result<String, Failure> {
    Err(Failure::new(
        "--to html needs the `html` feature (cargo run --features html)",
    ))
}

/// The ICCMA 2023 text of the dispute's framework, with the statement of each argument number
/// in a comment line after the header.
fn iccma(g: &claimgraph::ClaimGraph, reading: &claimgraph::verdict::Reading) -> String {
    use std::fmt::Write as _;
    let d = g.verdicts(reading);
    let text = d
        .framework()
        .to_format_string(claimgraph::argumentation::Format::Iccma);
    let (header, attacks) = text.split_once('\n').unwrap_or((text.as_str(), ""));
    let mut out = format!("{header}\n");
    for (i, s) in d.statements().iter().enumerate() {
        let _ = writeln!(out, "# {} {s}", i + 1);
    }
    out.push_str(attacks);
    out
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
        use std::io::Write as _;
        match std::io::stdout().lock().write_all(text.as_bytes()) {
            // A closed pipe (`| head`) is the reader's choice, not an error.
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                Err(Failure::new(format!("cannot write the output: {e}")))
            }
            _ => Ok(()),
        }
    }
}

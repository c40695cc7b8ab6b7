//! Interchange formats and pictures: reading other formats into a claim graph, and writing
//! a graph out in them.
//!
//! | module | format | direction | entry points on [`ClaimGraph`](crate::ClaimGraph) |
//! |---|---|---|---|
//! | [`aif`] (serde) | AIF, the JSON of AIFdb and OVA | both | [`from_aif`](crate::ClaimGraph::from_aif), [`from_aif_reader`](crate::ClaimGraph::from_aif_reader), [`to_aif`](crate::ClaimGraph::to_aif) |
//! | [`gdelt`] | GDELT 2.0 events, tab-separated | read, streamed | [`from_gdelt`](crate::ClaimGraph::from_gdelt), [`gdelt::Importer`] |
//! | [`plover`] (serde) | PLOVER / POLECAT records, a JSON array or JSON lines (streamed) | read | [`from_plover`](crate::ClaimGraph::from_plover) |
//! | [`claimreview`] (serde) | schema.org `ClaimReview` JSON-LD (pages, feeds, `@graph`), Google Fact Check Tools claims | both | [`from_claim_review`](crate::ClaimGraph::from_claim_review), [`to_claim_review`](crate::ClaimGraph::to_claim_review) |
//! | [`stix`] (serde) | STIX 2.1 bundles (OpenCTI, MISP, DISARM) | both | [`from_stix`](crate::ClaimGraph::from_stix), [`from_stix_reader`](crate::ClaimGraph::from_stix_reader), [`to_stix`](crate::ClaimGraph::to_stix) |
//! | `html` (feature `html`) | a self-contained HTML report: the dispute drawn, the threads, the timeline | write | `to_html` |
//! | [`picture`] | Graphviz DOT, Mermaid | write | [`to_dot`](crate::ClaimGraph::to_dot), [`to_mermaid`](crate::ClaimGraph::to_mermaid) |
//! | `tables` (features `arrow`, `parquet`) | Arrow record batches and Parquet files, one table per kind plus who accuses whom; GDELT streamed to Parquet by month; a window or a pair loaded back | both, lossless | `to_tables`, `from_tables`, `to_parquet`, `from_parquet` |
//!
//! The crate's own lossless format is the JSON [document](crate::document); the formats here
//! each keep part of a claim graph, and each module says which part: a table of what
//! becomes what, then what is lost.
//!
//! # One shape for every reader
//!
//! - **Limits.** Every reader takes [`Limits`] (bytes, line length, nesting, records,
//!   findings kept), with defaults that protect a server; the document loader takes the same.
//!   Only string entry points (`from_aif(&str)`) use the defaults silently.
//! - **Errors stop; findings do not.** Input that cannot be read at all, or that passes a
//!   limit, is an [`ImportError`]: one type for every format, with a [`Format`], an
//!   [`ImportErrorKind`] and a [`Position`] (line, column and/or JSON path, as the reader knew
//!   them). No graph is returned then, so nothing half-read is kept. A fault in one record
//!   (a GDELT line with 57 columns, an AIF node without an id, a PLOVER record of an unknown
//!   type), and content a claim graph cannot say (AIF rephrases, PLOVER modes), is a
//!   [`Finding`] in the [`Report`]: the record is skipped or the content dropped, and the
//!   import goes on.
//! - **One report.** [`Report`] is generic over each format's own kind of finding
//!   ([`aif::FindingKind`], [`gdelt::FindingKind`], [`plover::FindingKind`],
//!   [`stix::FindingKind`], [`claimreview::FindingKind`]), so a finding is always typed by what it can be in its format, while counting and printing are one
//!   rule: every finding counted by kind, the first [`Limits::max_findings`] kept in detail,
//!   and `Display` showing each kind's count with its first locations. Every reader returns
//!   an [`Import`]: the graph and the report.
//! - **Bounded work.** Line formats are streamed through one reused, size-capped buffer;
//!   JSON nesting is measured before parsing; nothing recurses over user data (threads of
//!   rebuttals are walked with explicit stacks).
//! - **Deterministic writers.** Entities in id order; JSON objects with sorted keys.
//!
//! ```
//! use claimgraph::ClaimGraph;
//! use claimgraph::io::{ImportError, Limits};
//!
//! // A service that accepts GDELT uploads of up to 10 MB and 50,000 lines.
//! fn accept(upload: &[u8]) -> Result<String, ImportError> {
//!     let limits = Limits::default().with_max_bytes(10_000_000).with_max_records(50_000);
//!     let import = ClaimGraph::from_gdelt(upload, &limits)?;
//!     Ok(format!("{} claims; {}", import.graph().claim_count(), import.report()))
//! }
//! assert!(accept(b"\n")?.starts_with("0 claims; GDELT: read 1 lines"));
//! // Input that is not GDELT at all is an error, not an empty graph.
//! assert!(accept(b"not GDELT\n").is_err());
//! # Ok::<(), ImportError>(())
//! ```

mod error;
mod intern;
mod limits;
mod lines;
mod position;
mod report;

#[cfg(feature = "serde")]
pub(crate) use error::json_message;
pub use error::{Format, ImportError, ImportErrorKind};
pub use limits::Limits;
#[cfg(feature = "serde")]
pub(crate) use limits::{Exceeded, read_bounded, too_deep};
pub use position::Position;
pub use report::{Finding, Import, Report};

#[cfg(feature = "serde")]
pub mod aif;
#[cfg(feature = "serde")]
pub mod claimreview;
pub mod gdelt;
#[cfg(feature = "html")]
pub mod html;
pub mod picture;
#[cfg(feature = "serde")]
pub mod plover;
#[cfg(feature = "serde")]
pub mod stix;
#[cfg(feature = "arrow")]
pub mod tables;

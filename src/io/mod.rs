//! Interchange formats and pictures, one file per format.
//!
//! Readers never panic and never trust their input: each returns a typed error that says
//! where (a line, or a JSON path) and, where the format holds more than a claim graph can say,
//! a report of what was left out. Writers are deterministic: entities in id order.
//!
//! - pictures: [`ClaimGraph::to_dot`] (Graphviz) and [`ClaimGraph::to_mermaid`];

mod dot;
mod error;
mod mermaid;
mod style;
pub use error::{ImportError, ImportErrorKind, InterchangeFormat};
#[cfg(feature = "serde")]
mod aif;
#[cfg(feature = "serde")]
pub use aif::{AifImport, AifNote, AifNoteKind, AifReport};
mod gdelt;
pub use gdelt::{GdeltFault, GdeltFaultKind, GdeltImport, GdeltImporter, GdeltReport};
#[cfg(feature = "serde")]
mod plover;
#[cfg(feature = "serde")]
pub use plover::{PloverImport, PloverNote, PloverNoteKind, PloverReport};
#[cfg(feature = "serde")]
mod claimreview;
#[cfg(feature = "serde")]
pub use claimreview::Verdict;

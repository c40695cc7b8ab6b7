//! Interchange formats and pictures, one file per format, each adding methods to
//! [`ClaimGraph`](crate::ClaimGraph) the way `document.rs` does (`from_*` to read, `to_*` to
//! write), so the public surface stays flat.
//!
//! | file | direction | entry points |
//! |---|---|---|
//! | `dot.rs`, `mermaid.rs` (+ `style.rs`, shared look) | export | `to_dot`, `to_mermaid` |
//! | `aif.rs` (serde) | both | `from_aif`, `from_aif_reader`, `to_aif` |
//! | `gdelt.rs` | import, streamed | `from_gdelt`, `GdeltImporter` |
//! | `plover.rs` (serde) | import, JSON lines streamed | `from_plover` |
//! | `claimreview.rs` (serde) | export | `to_claim_review`, `Verdict` |
//!
//! Design:
//! - Readers never panic and never trust their input. Input that cannot be read at all is an
//!   [`ImportError`] (one type for every format: format, kind, line and/or JSON path).
//!   Faults in single records (a GDELT line with 57 columns, an AIF node without an id, a
//!   PLOVER record with an unknown type) are not errors: the record is skipped and the
//!   format's report says which, where and why, alongside what the format holds that a
//!   claim graph cannot say (AIF rephrases, preferences and transitions; PLOVER modes).
//! - Line formats are streamed through one reused, size-capped buffer; reports count every
//!   finding and keep the first thousand in detail, so memory does not grow with bad input.
//! - Nothing recurses over user data; threads of rebuttals are walked with explicit stacks.
//! - Writers are deterministic: entities in id order, JSON objects with sorted keys.

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

//! The typed model: actors and the relations between them, claims and rebuttals (statements),
//! events, sources, and support between statements.
//!
//! Each entity is a plain value built with a constructor that takes the required fields and
//! by-value `with_*` setters for the rest. Values refer to each other by typed ids; the
//! [`ClaimGraph`](crate::ClaimGraph) checks every reference when an entity is added.

mod actor;
mod event;
#[cfg(feature = "serde")]
mod forms;
mod grading;
mod keys;
mod source;
mod statement;

pub use actor::{Actor, ActorKind, CountryCode, Relation, RelationKind, WikidataId};
pub use event::{Event, Participant, Role};
pub use grading::{Credibility, Estimate, Grading, GradingError, Likelihood, Reliability};
pub use keys::Keys;
pub use source::{Quote, QuoteForm, Source, SourceKind};
pub use statement::{
    Allegation, Claim, Motive, Outcome, Rebuttal, RebuttalKind, Resolution, SpeechAct, Support,
};

//! `claimgraph` models public disputes: who accuses whom of what, who denies it, when, on what
//! evidence, and which claims still stand.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
mod ids;

pub use error::{Error, ParseIdError, Subject};
pub use ids::{
    ActorId, ClaimId, EntityId, EntityKind, EventId, RebuttalId, RelationId, SourceId, StatementId,
    SupportId,
};
mod time;
pub use time::{Interval, PartialDate, Precision, TimeError, TimeOrder};
mod codes;
mod codes_table;
pub use codes::{CameoActorCode, CameoCode, CodeError, PloverContext, PloverMode, PloverType};
mod model;
pub use model::{
    Actor, ActorKind, Allegation, Claim, CountryCode, Event, Motive, Participant, Rebuttal,
    RebuttalKind, Relation, RelationKind, Role, Source, SourceKind, SpeechAct, Support, WikidataId,
};
mod graph;
pub use graph::{ClaimGraph, Removal, Statement};
#[cfg(feature = "serde")]
pub mod document;
#[cfg(feature = "serde")]
pub use document::{DocumentError, DocumentErrorKind, Limits};
mod check;
#[cfg(feature = "proptest")]
pub mod strategies;
pub use check::{
    Category, Certainty, CheckConfig, Diagnostic, LINTS, Level, Lint, PossibleFindings, Report,
    Severity, UnknownLevel, UnknownLint, lints,
};

//! `claimgraph` models public disputes: who accuses whom of what, who denies it, when, on what
//! evidence, and which claims still stand.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
mod ids;

pub use error::ParseIdError;
pub use ids::{
    ActorId, ClaimId, EntityId, EntityKind, EventId, RebuttalId, RelationId, SourceId,
    StatementId, SupportId,
};

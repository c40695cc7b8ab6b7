//! Errors: what stops an operation. Suspect but legal data is a diagnostic, not an error.

use crate::ids::{EntityId, EntityKind};
use crate::time::TimeError;
use std::fmt;

/// A string could not be read as an id of the expected kind.
///
/// ```
/// use claimgraph::ClaimId;
/// let err = "X1".parse::<ClaimId>().unwrap_err();
/// assert_eq!(err.to_string(), "`X1` is not a claim id");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not a {expected} id")]
pub struct ParseIdError {
    pub(crate) input: String,
    pub(crate) expected: &'static str,
}

/// The entity an error is about: an entity already in the graph, or a new one being added.
///
/// ```
/// use claimgraph::{ClaimId, EntityKind, Subject};
/// assert_eq!(Subject::new(EntityKind::Claim).to_string(), "new claim");
/// assert_eq!(Subject::existing(ClaimId::new(3)).to_string(), "claim C3");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Subject {
    kind: EntityKind,
    id: Option<EntityId>,
}

impl Subject {
    /// A new entity of a kind, not yet in the graph.
    ///
    /// ```
    /// use claimgraph::{EntityKind, Subject};
    /// assert_eq!(Subject::new(EntityKind::Actor).id(), None);
    /// ```
    pub fn new(kind: EntityKind) -> Self {
        Subject { kind, id: None }
    }

    /// An entity in the graph.
    ///
    /// ```
    /// use claimgraph::{ActorId, Subject};
    /// assert_eq!(Subject::existing(ActorId::new(1)).id(), Some(ActorId::new(1).into()));
    /// ```
    pub fn existing(id: impl Into<EntityId>) -> Self {
        let id = id.into();
        Subject {
            kind: id.kind(),
            id: Some(id),
        }
    }

    /// The kind of entity.
    ///
    /// ```
    /// use claimgraph::{EntityKind, Subject};
    /// assert_eq!(Subject::new(EntityKind::Event).kind(), EntityKind::Event);
    /// ```
    pub fn kind(&self) -> EntityKind {
        self.kind
    }

    /// The entity's id, when it is already in the graph.
    ///
    /// ```
    /// use claimgraph::{EntityKind, Subject};
    /// assert!(Subject::new(EntityKind::Event).id().is_none());
    /// ```
    pub fn id(&self) -> Option<EntityId> {
        self.id
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.id {
            Some(id) => write!(f, "{} {id}", self.kind),
            None => write!(f, "new {}", self.kind),
        }
    }
}

/// Why an operation on a [`ClaimGraph`](crate::ClaimGraph) was refused. The graph is left
/// exactly as it was.
///
/// Each variant names the entity concerned, the field, and the ids at fault.
///
/// ```
/// use claimgraph::{Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, Error, SpeechAct};
/// let mut g = ClaimGraph::new();
/// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
/// let ghost = ActorId::new(99);
/// let err = g
///     .add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("x")).about(ghost))
///     .unwrap_err();
/// assert_eq!(err.to_string(), "new claim: `about` refers to A99, which is not in the graph");
/// assert!(matches!(err, Error::UnknownReference { .. }));
/// assert_eq!(g.claim_count(), 0);
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A field refers to an entity that is not in the graph.
    #[error("{subject}: `{field}` refers to {missing}, which is not in the graph")]
    UnknownReference {
        /// The entity being added or replaced.
        subject: Subject,
        /// The field holding the reference.
        field: &'static str,
        /// The id that was not found.
        missing: EntityId,
    },
    /// A list field names the same entity twice.
    #[error("{subject}: `{field}` names {id} more than once")]
    DuplicateReference {
        /// The entity being added or replaced.
        subject: Subject,
        /// The list field.
        field: &'static str,
        /// The repeated id.
        id: EntityId,
    },
    /// An entity refers to itself where that makes no sense: a rebuttal answering itself, an
    /// actor related to itself, a statement supporting itself, a source reported in itself.
    #[error("{subject}: `{field}` refers to {id} itself")]
    SelfReference {
        /// The entity being added or replaced.
        subject: Subject,
        /// The field.
        field: &'static str,
        /// The id referred to, which is the entity's own (or, for a new relation, its actor).
        id: EntityId,
    },
    /// Sources reported in each other in a circle.
    #[error("{subject}: `reported_in` {id} leads back to the source itself")]
    ReportingCycle {
        /// The source being replaced.
        subject: Subject,
        /// The source it would be reported in.
        id: EntityId,
    },
    /// A required field is empty: an actor without a name, an accusation that accuses nobody,
    /// a rebuttal that answers nothing.
    #[error("{subject}: `{field}` must not be empty")]
    Empty {
        /// The entity being added or replaced.
        subject: Subject,
        /// The empty field.
        field: &'static str,
    },
    /// A date or interval is impossible: an end before its start.
    #[error("{subject}: `{field}`: {source}")]
    Time {
        /// The entity being added or replaced.
        subject: Subject,
        /// The field.
        field: &'static str,
        /// What is wrong.
        source: TimeError,
    },
    /// The id is not in the graph (never issued, or removed).
    #[error("{0} is not in the graph")]
    NotFound(EntityId),
    /// An entity cannot be removed while others refer to it.
    #[error("{entity} is referred to by {count} other entities ({})", list_ids(.dependants))]
    InUse {
        /// The entity that was to be removed.
        entity: EntityId,
        /// How many entities refer to it.
        count: usize,
        /// The first of them, in id order (at most 32).
        dependants: Vec<EntityId>,
    },
    /// All 2^32 - 1 ids of a kind have been issued.
    #[error("no {0} ids are left")]
    Full(EntityKind),
}

fn list_ids(ids: &[EntityId]) -> String {
    let mut s = String::new();
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&id.to_string());
    }
    s
}

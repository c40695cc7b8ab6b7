//! Errors: what stops an operation. Suspect but legal data is a diagnostic, not an error.

use crate::codes::CodeError;
use crate::ids::{EntityId, EntityKind};
use crate::time::TimeError;
use std::fmt;

/// A string could not be read as an id of the expected kind.
///
/// ```
/// use claimgraph::{ClaimId, EntityKind, StatementId};
/// let err = "X1".parse::<ClaimId>().unwrap_err();
/// assert_eq!(err.to_string(), "`X1` is not a claim id");
/// assert_eq!((err.input(), err.expected()), ("X1", &[EntityKind::Claim][..]));
///
/// // A statement id may name a claim or a rebuttal.
/// let err = "A3".parse::<StatementId>().unwrap_err();
/// assert_eq!(err.expected(), [EntityKind::Claim, EntityKind::Rebuttal]);
/// assert_eq!(err.to_string(), "`A3` is not a claim or rebuttal id");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseIdError {
    input: String,
    expected: &'static [EntityKind],
}

impl ParseIdError {
    /// Keeps the first 40 characters of the input.
    pub(crate) fn new(input: &str, expected: &'static [EntityKind]) -> Self {
        ParseIdError {
            input: input.chars().take(40).collect(),
            expected,
        }
    }

    /// The text that was rejected (cut to 40 characters).
    ///
    /// ```
    /// use claimgraph::ActorId;
    /// let err = "A-1".parse::<ActorId>().unwrap_err();
    /// assert_eq!(err.input(), "A-1");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The kinds of entity an id was expected for: one kind, or a claim and a rebuttal for a
    /// [`StatementId`](crate::StatementId).
    ///
    /// ```
    /// use claimgraph::{EntityKind, EventId};
    /// let err = "E1x".parse::<EventId>().unwrap_err();
    /// assert!(err.expected().contains(&EntityKind::Event));
    /// ```
    pub fn expected(&self) -> &'static [EntityKind] {
        self.expected
    }
}

impl fmt::Display for ParseIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not ", self.input)?;
        let first = self.expected.first().map_or("", |k| k.name());
        let article = if first.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an "
        } else {
            "a "
        };
        f.write_str(article)?;
        write_list(f, self.expected.iter().map(|k| k.name()), "or")?;
        f.write_str(" id")
    }
}

impl std::error::Error for ParseIdError {}

/// A string is not one of the names of an enum's values: `"rumour"` is not a
/// [`SpeechAct`](crate::SpeechAct). Every named enum's `FromStr` returns it.
///
/// ```
/// use claimgraph::{ParseNameError, SpeechAct};
/// let err = "rumour".parse::<SpeechAct>().unwrap_err();
/// assert_eq!(err.input(), "rumour");
/// assert_eq!(err.what(), "speech act");
/// assert!(err.expected().contains(&"accusation"));
/// assert_eq!(
///     err.to_string(),
///     "`rumour` is not a speech act \
///      (expected accusation, assertion, denial, warning, threat, prediction or demand)"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseNameError {
    input: String,
    what: &'static str,
    expected: &'static [&'static str],
    aliases: &'static [&'static str],
}

impl ParseNameError {
    /// Keeps the first 40 characters of the input.
    pub(crate) fn new(
        input: &str,
        what: &'static str,
        expected: &'static [&'static str],
        aliases: &'static [&'static str],
    ) -> Self {
        ParseNameError {
            input: input.chars().take(40).collect(),
            what,
            expected,
            aliases,
        }
    }

    /// The text that was rejected (cut to 40 characters).
    ///
    /// ```
    /// use claimgraph::RelationKind;
    /// assert_eq!("friend_of".parse::<RelationKind>().unwrap_err().input(), "friend_of");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What kind of value was expected, in words (`"relation kind"`).
    ///
    /// ```
    /// use claimgraph::{ActorKind, RelationKind};
    /// let kinds = ["x".parse::<ActorKind>().unwrap_err(), "x".parse::<RelationKind>().unwrap_err()]
    ///     .map(|e| e.what());
    /// assert_eq!(kinds, ["actor kind", "relation kind"]);
    /// ```
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The names accepted, in declaration order.
    ///
    /// ```
    /// use claimgraph::Role;
    /// let err = "host".parse::<Role>().unwrap_err();
    /// assert_eq!(err.expected(), ["initiator", "recipient", "participant", "observer"]);
    /// ```
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }

    /// Other spellings accepted besides the names, matched ignoring ASCII case: the ICCMA
    /// codes for a semantics; empty for most enums.
    ///
    /// ```
    /// use claimgraph::argumentation::Semantics;
    /// let err = "XX".parse::<Semantics>().unwrap_err();
    /// assert!(err.aliases().contains(&"PR"));
    /// assert_eq!("pr".parse::<Semantics>(), Ok(Semantics::Preferred));
    /// ```
    pub fn aliases(&self) -> &'static [&'static str] {
        self.aliases
    }
}

impl fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not {} {} (expected ",
            self.input,
            article(self.what),
            self.what
        )?;
        write_list(f, self.expected.iter().copied(), "or")?;
        if !self.aliases.is_empty() {
            f.write_str("; or ")?;
            write_list(f, self.aliases.iter().copied(), "or")?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for ParseNameError {}

/// `a` or `an` before a noun phrase, by its first letter: good enough for the fixed phrases
/// the crate's errors use ("an actor kind", "an ISO 3166 alpha-3 code", "a CAMEO event code").
pub(crate) fn article(noun: &str) -> &'static str {
    match noun.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U') => "an",
        _ => "a",
    }
}

/// Writes `a`, `a or b`, `a, b or c`.
fn write_list<'a>(
    f: &mut fmt::Formatter<'_>,
    items: impl ExactSizeIterator<Item = &'a str>,
    last: &str,
) -> fmt::Result {
    let n = items.len();
    for (i, item) in items.enumerate() {
        if i > 0 {
            f.write_str(if i + 1 == n { " " } else { ", " })?;
            if i + 1 == n {
                write!(f, "{last} ")?;
            }
        }
        f.write_str(item)?;
    }
    Ok(())
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
/// use claimgraph::{Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, ClaimId, Error, SpeechAct};
/// let mut g = ClaimGraph::new();
/// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
/// let ghost = ActorId::new(99);
/// let err = g
///     .add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("x")).with_about(ghost))
///     .unwrap_err();
/// assert_eq!(err.to_string(), "new claim: `about` refers to A99, which is not in the graph");
/// assert!(matches!(err, Error::UnknownReference { .. }));
/// assert_eq!(g.claim_count(), 0);
///
/// // Reading ids, names, dates and codes converts into `Error` with `?`.
/// fn dated(g: &mut ClaimGraph, who: &str, act: &str, when: &str) -> Result<ClaimId, Error> {
///     let claim = Claim::new(who.parse()?, act.parse()?, Allegation::new("x"));
///     g.add_claim(claim.with_stated(when.parse()?))
/// }
/// assert!(dated(&mut g, "A0", "assertion", "2023-11").is_ok());
/// assert!(matches!(dated(&mut g, "C0", "assertion", "2023"), Err(Error::Id(_))));
/// assert!(matches!(dated(&mut g, "A0", "rumour", "2023"), Err(Error::Name(_))));
/// let Err(Error::Date(e)) = dated(&mut g, "A0", "warning", "2023-13") else { unreachable!() };
/// assert_eq!(e.to_string(), "`2023-13` is not a date: month 13 is out of range (1 to 12)");
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
    /// A field refers to an entity of a kind it cannot hold: a demand resolved "by" a source.
    #[error("{subject}: `{field}` refers to {id}, but must be {expected}")]
    WrongKind {
        /// The entity being added or replaced.
        subject: Subject,
        /// The field.
        field: &'static str,
        /// The id given.
        id: EntityId,
        /// What the field takes, in words.
        expected: &'static str,
    },
    /// A rebuttal answers an alternative that its claim does not have (`C0/3` when C0 has
    /// two alternatives), or a claim is replaced by one with fewer alternatives than its
    /// rebuttals answer.
    #[error("{subject}: `{field}` refers to alternative {index} of {claim}, which has {count}")]
    NoSuchAlternative {
        /// The entity being added or replaced.
        subject: Subject,
        /// The field.
        field: &'static str,
        /// The claim.
        claim: EntityId,
        /// The alternative's place, from 0.
        index: u16,
        /// How many alternatives the claim has.
        count: usize,
    },
    /// A list is longer than the model can number.
    #[error("{subject}: `{field}` holds more than {limit} entries")]
    TooMany {
        /// The entity being added or replaced.
        subject: Subject,
        /// The field.
        field: &'static str,
        /// The most it can hold.
        limit: usize,
    },
    /// Two entities would share an external key (the same scheme and key).
    #[error("{subject}: key `{scheme}:{key}` already belongs to {holder}")]
    DuplicateKey {
        /// The entity being added or replaced.
        subject: Subject,
        /// The key's scheme.
        scheme: String,
        /// The key.
        key: String,
        /// The entity that has it.
        holder: EntityId,
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
    /// A code could not be read (`"13y"` as a CAMEO event code). Made by `?` from a
    /// [`CodeError`].
    #[error(transparent)]
    Code(#[from] CodeError),
    /// A date or interval could not be made (`"2023-13"`). Made by `?` from a [`TimeError`];
    /// [`Error::Time`] is the same fault found in an entity's field.
    #[error(transparent)]
    Date(#[from] TimeError),
    /// An id could not be read. Made by `?` from a [`ParseIdError`].
    #[error(transparent)]
    Id(#[from] ParseIdError),
    /// A name is not one of an enum's (`"rumour"` as a speech act). Made by `?` from a
    /// [`ParseNameError`].
    #[error(transparent)]
    Name(#[from] ParseNameError),
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

//! Typed identifiers issued by a [`ClaimGraph`](crate::ClaimGraph).

use std::fmt;

/// Defines one identifier newtype. Every id type shares the same shape, so they are made here
/// once: `Copy`, ordered by issue order, shown with a one-letter prefix, serialised as a bare
/// integer.
macro_rules! define_id {
    ($(#[$meta:meta])* $name:ident, $prefix:literal, $kind:expr) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u32);

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        let kind = $kind.name();
                        let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
                        write!(f, "{article} {kind} id such as \"{}0\"", $prefix)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        $name::parse_strict(v).ok_or_else(|| {
                            E::custom(crate::ParseIdError::new(v, &[$kind]))
                        })
                    }
                }
                d.deserialize_str(Visitor)
            }
        }

        impl $name {
            /// The kind of entity this id names.
            ///
            /// ```
            #[doc = concat!("use claimgraph::{", stringify!($name), ", EntityKind};")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::KIND, ", stringify!($kind), ");")]
            /// ```
            pub const KIND: EntityKind = $kind;

            /// Makes an id from its number.
            ///
            /// Ids are issued by the graph; making one by hand is useful for looking an entity
            /// up by a number read from elsewhere (a document, a command line). An id that the
            /// graph never issued simply finds nothing.
            ///
            /// ```
            #[doc = concat!("use claimgraph::", stringify!($name), ";")]
            #[doc = concat!("let id = ", stringify!($name), "::new(7);")]
            /// assert_eq!(id.index(), 7);
            #[doc = concat!("assert_eq!(id.to_string(), \"", $prefix, "7\");")]
            /// ```
            pub const fn new(index: u32) -> Self {
                Self(index)
            }

            /// The id's number.
            ///
            /// ```
            #[doc = concat!("use claimgraph::", stringify!($name), ";")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::new(3).index(), 3);")]
            /// ```
            pub const fn index(self) -> u32 {
                self.0
            }

            /// Reads the prefixed form only (`C12`), as documents write ids.
            #[cfg_attr(not(feature = "serde"), allow(dead_code))]
            pub(crate) fn parse_strict(s: &str) -> Option<Self> {
                let digits = s.strip_prefix($prefix)?;
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                digits.parse::<u32>().ok().map(Self)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}{}", $prefix, self.0)
            }
        }

        impl fmt::Display for $name {
            /// Shows `C12`; honours width and alignment (`{:<4}`).
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(&format!("{}{}", $prefix, self.0))
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::ParseIdError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let digits = s.strip_prefix($prefix).unwrap_or(s);
                digits
                    .parse::<u32>()
                    .map(Self)
                    .map_err(|_| crate::ParseIdError::new(s, &[$kind]))
            }
        }

        impl From<$name> for EntityId {
            fn from(id: $name) -> Self {
                EntityId::$name(id)
            }
        }
    };
}

define_id!(
    /// Identifies an [`Actor`](crate::Actor) in a graph. Shown as `A0`, `A1`, ...
    ActorId, "A", EntityKind::Actor
);
define_id!(
    /// Identifies a [`Relation`](crate::Relation) between two actors. Shown as `L0`, `L1`, ...
    RelationId, "L", EntityKind::Relation
);
define_id!(
    /// Identifies a [`Claim`](crate::Claim). Shown as `C0`, `C1`, ...
    ClaimId, "C", EntityKind::Claim
);
define_id!(
    /// Identifies a [`Rebuttal`](crate::Rebuttal). Shown as `R0`, `R1`, ...
    RebuttalId, "R", EntityKind::Rebuttal
);
define_id!(
    /// Identifies an [`Event`](crate::Event). Shown as `E0`, `E1`, ...
    EventId, "E", EntityKind::Event
);
define_id!(
    /// Identifies a [`Source`](crate::Source). Shown as `S0`, `S1`, ...
    SourceId, "S", EntityKind::Source
);
define_id!(
    /// Identifies a [`Support`](crate::Support) link between two statements. Shown as `P0`,
    /// `P1`, ...
    SupportId, "P", EntityKind::Support
);

/// The kinds of entity a graph holds.
///
/// ```
/// use claimgraph::{ClaimId, EntityKind};
/// assert_eq!(ClaimId::KIND, EntityKind::Claim);
/// assert_eq!(EntityKind::Claim.to_string(), "claim");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    /// An [`Actor`](crate::Actor).
    Actor,
    /// A [`Relation`](crate::Relation).
    Relation,
    /// A [`Claim`](crate::Claim).
    Claim,
    /// A [`Rebuttal`](crate::Rebuttal).
    Rebuttal,
    /// An [`Event`](crate::Event).
    Event,
    /// A [`Source`](crate::Source).
    Source,
    /// A [`Support`](crate::Support).
    Support,
}

impl EntityKind {
    /// Every kind in the order of the JSON document's sections, which reports follow too:
    /// what is referred to before what refers to it.
    pub(crate) const DOCUMENT_ORDER: [EntityKind; 7] = [
        EntityKind::Actor,
        EntityKind::Relation,
        EntityKind::Source,
        EntityKind::Event,
        EntityKind::Claim,
        EntityKind::Rebuttal,
        EntityKind::Support,
    ];
}

crate::names::names! {
    EntityKind in "claimgraph", "entity kind";
    Actor => "actor",
    Relation => "relation",
    Claim => "claim",
    Rebuttal => "rebuttal",
    Event => "event",
    Source => "source",
    Support => "support",
}

/// Any entity's id: what errors and removal reports name.
///
/// ```
/// use claimgraph::{ClaimId, EntityId};
/// let id: EntityId = ClaimId::new(4).into();
/// assert_eq!(id.to_string(), "C4");
/// ```
#[allow(clippy::enum_variant_names)] // the variants are the id types themselves
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityId {
    /// An actor.
    ActorId(ActorId),
    /// A relation.
    RelationId(RelationId),
    /// A claim.
    ClaimId(ClaimId),
    /// A rebuttal.
    RebuttalId(RebuttalId),
    /// An event.
    EventId(EventId),
    /// A source.
    SourceId(SourceId),
    /// A support link.
    SupportId(SupportId),
}

impl EntityId {
    /// The kind of entity the id names.
    ///
    /// ```
    /// use claimgraph::{ActorId, EntityId, EntityKind};
    /// assert_eq!(EntityId::from(ActorId::new(0)).kind(), EntityKind::Actor);
    /// ```
    pub fn kind(self) -> EntityKind {
        match self {
            EntityId::ActorId(_) => EntityKind::Actor,
            EntityId::RelationId(_) => EntityKind::Relation,
            EntityId::ClaimId(_) => EntityKind::Claim,
            EntityId::RebuttalId(_) => EntityKind::Rebuttal,
            EntityId::EventId(_) => EntityKind::Event,
            EntityId::SourceId(_) => EntityKind::Source,
            EntityId::SupportId(_) => EntityKind::Support,
        }
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntityId::ActorId(id) => id.fmt(f),
            EntityId::RelationId(id) => id.fmt(f),
            EntityId::ClaimId(id) => id.fmt(f),
            EntityId::RebuttalId(id) => id.fmt(f),
            EntityId::EventId(id) => id.fmt(f),
            EntityId::SourceId(id) => id.fmt(f),
            EntityId::SupportId(id) => id.fmt(f),
        }
    }
}

/// A statement: something an actor said that can be answered, either a claim or a rebuttal.
///
/// Rebuttals answer statements, so a rebuttal can itself be rebutted. Written `C3` or `R5`, in
/// documents as in [`Display`](std::fmt::Display).
///
/// ```
/// use claimgraph::{ClaimId, StatementId};
/// let s: StatementId = ClaimId::new(3).into();
/// assert_eq!(s.to_string(), "C3");
/// assert_eq!(s.as_claim(), Some(ClaimId::new(3)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatementId {
    /// A claim.
    Claim(ClaimId),
    /// A rebuttal.
    Rebuttal(RebuttalId),
}

impl StatementId {
    /// The claim, when the statement is one.
    ///
    /// ```
    /// use claimgraph::{RebuttalId, StatementId};
    /// assert_eq!(StatementId::from(RebuttalId::new(1)).as_claim(), None);
    /// ```
    pub fn as_claim(self) -> Option<ClaimId> {
        match self {
            StatementId::Claim(id) => Some(id),
            StatementId::Rebuttal(_) => None,
        }
    }

    /// The rebuttal, when the statement is one.
    ///
    /// ```
    /// use claimgraph::{RebuttalId, StatementId};
    /// let id = RebuttalId::new(1);
    /// assert_eq!(StatementId::from(id).as_rebuttal(), Some(id));
    /// ```
    pub fn as_rebuttal(self) -> Option<RebuttalId> {
        match self {
            StatementId::Rebuttal(id) => Some(id),
            StatementId::Claim(_) => None,
        }
    }
}

impl From<ClaimId> for StatementId {
    fn from(id: ClaimId) -> Self {
        StatementId::Claim(id)
    }
}

impl From<RebuttalId> for StatementId {
    fn from(id: RebuttalId) -> Self {
        StatementId::Rebuttal(id)
    }
}

impl From<StatementId> for EntityId {
    fn from(id: StatementId) -> Self {
        match id {
            StatementId::Claim(c) => c.into(),
            StatementId::Rebuttal(r) => r.into(),
        }
    }
}

impl fmt::Display for StatementId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatementId::Claim(id) => id.fmt(f),
            StatementId::Rebuttal(id) => id.fmt(f),
        }
    }
}

impl std::str::FromStr for StatementId {
    type Err = crate::ParseIdError;

    /// Reads `C3` as a claim and `R5` as a rebuttal.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ClaimId::parse_strict(s)
            .map(StatementId::Claim)
            .or_else(|| RebuttalId::parse_strict(s).map(StatementId::Rebuttal))
            .ok_or_else(|| crate::ParseIdError::new(s, &[EntityKind::Claim, EntityKind::Rebuttal]))
    }
}

#[cfg(feature = "serde")]
crate::codes::string_serde!(StatementId => "a claim or rebuttal id such as \"C0\" or \"R0\"");

/// What a rebuttal answers: a statement (a claim, one alternative of a claim, a rebuttal) or
/// the evidence a statement rests on (a source, an event, a support).
///
/// "The images are doctored" answers a source; "not a single missile crossed the border"
/// answers an event; "the simulations show otherwise" answers a support. Written as the id
/// (`C0`, `R1`, `S2`, `E3`, `P4`), and an alternative of a claim as the claim's id, `/` and
/// the alternative's place counted from 0 (`C0/1`, the second alternative of C0).
///
/// ```
/// use claimgraph::{ClaimId, SourceId, StatementId, Target};
/// let doctored: Target = "S2".parse()?;
/// assert_eq!(doctored, Target::Source(SourceId::new(2)));
/// assert_eq!(doctored.statement(), None);
/// let second: Target = "C0/1".parse()?;
/// assert_eq!(second, Target::Alternative(ClaimId::new(0), 1));
/// assert_eq!(second.statement(), Some(StatementId::Claim(ClaimId::new(0))));
/// assert_eq!(second.to_string(), "C0/1");
/// # Ok::<(), claimgraph::ParseIdError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// A claim as a whole.
    Claim(ClaimId),
    /// One alternative of a claim ("or it lost control of the agent"), by its place in
    /// [`Claim::alternatives`](crate::Claim::alternatives), counted from 0.
    Alternative(ClaimId, u16),
    /// A rebuttal.
    Rebuttal(RebuttalId),
    /// A source: its authenticity or reliability ("the images are fakes").
    Source(SourceId),
    /// An event: that it happened as told ("not a single missile crossed the border").
    Event(EventId),
    /// A support: the link between a premise and what it supports.
    Support(SupportId),
}

impl Target {
    /// The statement answered, when the target is one (an alternative answers its claim).
    ///
    /// ```
    /// use claimgraph::{EventId, RebuttalId, StatementId, Target};
    /// assert_eq!(Target::from(RebuttalId::new(1)).statement(), Some(RebuttalId::new(1).into()));
    /// assert_eq!(Target::from(EventId::new(1)).statement(), None);
    /// ```
    pub fn statement(self) -> Option<StatementId> {
        match self {
            Target::Claim(c) | Target::Alternative(c, _) => Some(StatementId::Claim(c)),
            Target::Rebuttal(r) => Some(StatementId::Rebuttal(r)),
            Target::Source(_) | Target::Event(_) | Target::Support(_) => None,
        }
    }

    /// The entity answered: the claim, for an alternative of it.
    ///
    /// ```
    /// use claimgraph::{ClaimId, EntityId, Target};
    /// let t = Target::Alternative(ClaimId::new(3), 0);
    /// assert_eq!(t.entity(), EntityId::from(ClaimId::new(3)));
    /// ```
    pub fn entity(self) -> EntityId {
        match self {
            Target::Claim(c) | Target::Alternative(c, _) => c.into(),
            Target::Rebuttal(r) => r.into(),
            Target::Source(s) => s.into(),
            Target::Event(e) => e.into(),
            Target::Support(p) => p.into(),
        }
    }

    /// Whether the target is evidence (a source, an event, a support) rather than a statement.
    ///
    /// ```
    /// use claimgraph::{ClaimId, SupportId, Target};
    /// assert!(Target::from(SupportId::new(0)).is_evidence());
    /// assert!(!Target::from(ClaimId::new(0)).is_evidence());
    /// ```
    pub fn is_evidence(self) -> bool {
        self.statement().is_none()
    }
}

macro_rules! target_from {
    ($($id:ident => $variant:ident),*) => {$(
        impl From<$id> for Target {
            fn from(id: $id) -> Self {
                Target::$variant(id)
            }
        }
    )*};
}
target_from!(ClaimId => Claim, RebuttalId => Rebuttal, SourceId => Source, EventId => Event,
    SupportId => Support);

impl From<StatementId> for Target {
    fn from(id: StatementId) -> Self {
        match id {
            StatementId::Claim(c) => Target::Claim(c),
            StatementId::Rebuttal(r) => Target::Rebuttal(r),
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Alternative(c, i) => f.pad(&format!("{c}/{i}")),
            other => other.entity().fmt(f),
        }
    }
}

const TARGET_KINDS: &[EntityKind] = &[
    EntityKind::Claim,
    EntityKind::Rebuttal,
    EntityKind::Source,
    EntityKind::Event,
    EntityKind::Support,
];

impl std::str::FromStr for Target {
    type Err = crate::ParseIdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || crate::ParseIdError::new(s, TARGET_KINDS);
        if let Some((claim, place)) = s.split_once('/') {
            let claim = ClaimId::parse_strict(claim).ok_or_else(err)?;
            if place.is_empty() || !place.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            return place
                .parse::<u16>()
                .map(|i| Target::Alternative(claim, i))
                .map_err(|_| err());
        }
        ClaimId::parse_strict(s)
            .map(Target::Claim)
            .or_else(|| RebuttalId::parse_strict(s).map(Target::Rebuttal))
            .or_else(|| SourceId::parse_strict(s).map(Target::Source))
            .or_else(|| EventId::parse_strict(s).map(Target::Event))
            .or_else(|| SupportId::parse_strict(s).map(Target::Support))
            .ok_or_else(err)
    }
}

#[cfg(feature = "serde")]
crate::codes::string_serde!(Target => "a claim, rebuttal, source, event or support id such as \"C0\", or an alternative of a claim such as \"C0/1\"");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_with_or_without_prefix() {
        assert_eq!("C12".parse::<ClaimId>().unwrap(), ClaimId::new(12));
        assert_eq!("12".parse::<ClaimId>().unwrap(), ClaimId::new(12));
        let err = "R12".parse::<ClaimId>().unwrap_err();
        assert_eq!(err.to_string(), "`R12` is not a claim id");
        assert!("C-1".parse::<ClaimId>().is_err());
        assert_eq!(ClaimId::parse_strict("C7"), Some(ClaimId::new(7)));
        assert_eq!(ClaimId::parse_strict("7"), None);
        assert_eq!(ClaimId::parse_strict("C+7"), None);
        assert_eq!(ClaimId::parse_strict("C99999999999"), None);
        assert_eq!(
            "R2".parse::<StatementId>().unwrap(),
            RebuttalId::new(2).into()
        );
    }

    #[test]
    fn ids_order_by_number() {
        assert!(ClaimId::new(2) < ClaimId::new(10));
        let mut v = [
            StatementId::from(RebuttalId::new(0)),
            ClaimId::new(5).into(),
        ];
        v.sort();
        assert_eq!(v[0], StatementId::Claim(ClaimId::new(5)));
    }
}

//! What the graph needs to know about each kind of entity: its id type, how it is stored, and
//! which other entities it refers to. One trait, so that adding, replacing, removing and
//! checking are written once for all kinds.

use super::{ClaimGraph, Link, Node};
use crate::error::{Error, Subject};
use crate::{
    Actor, ActorId, Claim, ClaimId, EntityId, EntityKind, Event, EventId, Rebuttal, RebuttalId,
    Relation, RelationId, Source, SourceId, SpeechAct, Support, SupportId, Target,
};

/// A reference from one entity to another: the edge kind, the field it lives in, the target.
pub(crate) type Ref = (Link, &'static str, EntityId);

pub(crate) trait Entity: Sized + 'static {
    type Id: Copy + Ord + Into<EntityId>;
    const KIND: EntityKind;

    fn make_id(n: u32) -> Self::Id;
    fn into_node(self, id: Self::Id) -> Node;
    fn from_node(node: &Node) -> Option<(Self::Id, &Self)>;
    fn from_node_mut(node: &mut Node) -> Option<&mut Self>;
    fn take_node(node: Node) -> Option<Self>;

    /// Every reference the entity holds, in field order.
    fn refs(&self, out: &mut Vec<Ref>);

    /// Checks that need nothing but the entity itself.
    fn check_self(&self, subject: Subject) -> Result<(), Error>;
    /// Its external keys, for the kinds that have them.
    fn keys(&self) -> Option<&crate::Keys> {
        None
    }
    /// Checks against the rest of the graph, after its references resolve: that an answered
    /// alternative exists, that a claim keeps the alternatives its rebuttals answer.
    fn check_in(&self, _graph: &ClaimGraph, _subject: Subject) -> Result<(), Error> {
        Ok(())
    }
}

macro_rules! node_access {
    ($ty:ident, $id:ident, $variant:ident) => {
        fn make_id(n: u32) -> $id {
            $id::new(n)
        }
        fn into_node(self, id: $id) -> Node {
            Node::$variant(id, Box::new(self))
        }
        fn from_node(node: &Node) -> Option<($id, &$ty)> {
            match node {
                Node::$variant(id, e) => Some((*id, e)),
                _ => None,
            }
        }
        fn from_node_mut(node: &mut Node) -> Option<&mut $ty> {
            match node {
                Node::$variant(_, e) => Some(e),
                _ => None,
            }
        }
        fn take_node(node: Node) -> Option<$ty> {
            match node {
                Node::$variant(_, e) => Some(*e),
                _ => None,
            }
        }
    };
}

fn not_blank(text: &str, subject: Subject, field: &'static str) -> Result<(), Error> {
    if text.trim().is_empty() {
        Err(Error::Empty { subject, field })
    } else {
        Ok(())
    }
}

/// Drops repeated references pushed since `start` (same link, field and id).
fn dedup_tail(out: &mut Vec<Ref>, start: usize) {
    out[start..].sort_unstable_by_key(|r| r.2);
    let mut keep = start;
    for i in start..out.len() {
        if keep == start || out[keep - 1].2 != out[i].2 {
            out.swap(keep, i);
            keep += 1;
        }
    }
    out.truncate(keep);
}

fn push_all<I: Into<EntityId> + Copy>(
    out: &mut Vec<Ref>,
    link: Link,
    field: &'static str,
    ids: &[I],
) {
    out.extend(ids.iter().map(|&id| (link, field, id.into())));
}

impl Entity for Actor {
    type Id = ActorId;
    const KIND: EntityKind = EntityKind::Actor;
    node_access!(Actor, ActorId, Actor);

    fn refs(&self, _out: &mut Vec<Ref>) {}

    fn keys(&self) -> Option<&crate::Keys> {
        Some(Actor::keys(self))
    }

    fn check_self(&self, subject: Subject) -> Result<(), Error> {
        not_blank(self.name(), subject, "name")
    }
}

impl Entity for Relation {
    type Id = RelationId;
    const KIND: EntityKind = EntityKind::Relation;
    node_access!(Relation, RelationId, Relation);

    fn refs(&self, out: &mut Vec<Ref>) {
        out.push((Link::RelationFrom, "from", self.from().into()));
        out.push((Link::RelationTo, "to", self.to().into()));
        push_all(out, Link::SourcedBy, "sources", self.sources());
    }

    fn check_self(&self, subject: Subject) -> Result<(), Error> {
        if self.from() == self.to() {
            return Err(Error::SelfReference {
                subject,
                field: "to",
                id: self.to().into(),
            });
        }
        Ok(())
    }
}

impl Entity for Claim {
    type Id = ClaimId;
    const KIND: EntityKind = EntityKind::Claim;
    node_access!(Claim, ClaimId, Claim);

    fn refs(&self, out: &mut Vec<Ref>) {
        out.push((Link::Claimant, "claimant", self.claimant().into()));
        push_all(out, Link::Claimant, "joint_with", self.joint_with());
        push_all(out, Link::About, "about", self.about());
        if let Some(event) = self.motive().and_then(crate::Motive::event) {
            out.push((Link::Motive, "motive.event", event.into()));
        }
        push_all(out, Link::RefersTo, "events", self.events());
        push_all(out, Link::SourcedBy, "sources", self.sources());
        if let Some(by) = self.resolution().and_then(crate::Resolution::by) {
            out.push((Link::ResolvedBy, "resolution.by", by.entity()));
        }
    }

    fn keys(&self) -> Option<&crate::Keys> {
        Some(Claim::keys(self))
    }

    fn check_in(&self, graph: &ClaimGraph, subject: Subject) -> Result<(), Error> {
        // Replacing a claim must keep every alternative its rebuttals answer.
        let Some(EntityId::ClaimId(me)) = subject.id() else {
            return Ok(());
        };
        for (_, r) in graph.rebuttals_of(me) {
            for target in r.answers() {
                if let Target::Alternative(claim, index) = *target
                    && claim == me
                    && usize::from(index) >= self.alternatives().len()
                {
                    return Err(Error::NoSuchAlternative {
                        subject,
                        field: "alternatives",
                        claim: me.into(),
                        index,
                        count: self.alternatives().len(),
                    });
                }
            }
        }
        Ok(())
    }

    fn check_self(&self, subject: Subject) -> Result<(), Error> {
        if self.act() == SpeechAct::Accusation && self.about().is_empty() {
            return Err(Error::Empty {
                subject,
                field: "about",
            });
        }
        if let Some(by) = self.resolution().and_then(crate::Resolution::by)
            && !matches!(
                by,
                Target::Claim(_) | Target::Rebuttal(_) | Target::Event(_)
            )
        {
            return Err(Error::WrongKind {
                subject,
                field: "resolution.by",
                id: by.entity(),
                expected: "a claim, a rebuttal or an event",
            });
        }
        if self.alternatives().len() > usize::from(u16::MAX) {
            return Err(Error::TooMany {
                subject,
                field: "alternatives",
                limit: usize::from(u16::MAX),
            });
        }
        Ok(())
    }
}

impl Entity for Rebuttal {
    type Id = RebuttalId;
    const KIND: EntityKind = EntityKind::Rebuttal;
    node_access!(Rebuttal, RebuttalId, Rebuttal);

    fn refs(&self, out: &mut Vec<Ref>) {
        out.push((Link::Rebutter, "by", self.by().into()));
        push_all(out, Link::Rebutter, "joint_with", self.joint_with());
        // Two alternatives of one claim are one edge to the claim; the targets themselves are
        // checked for repeats in `check_self`.
        let start = out.len();
        out.extend(
            self.answers()
                .iter()
                .map(|t| (Link::Answers, "answers", t.entity())),
        );
        dedup_tail(out, start);
        push_all(out, Link::About, "about", self.about());
        push_all(out, Link::RefersTo, "events", self.events());
        push_all(out, Link::SourcedBy, "sources", self.sources());
    }

    fn keys(&self) -> Option<&crate::Keys> {
        Some(Rebuttal::keys(self))
    }

    fn check_in(&self, graph: &ClaimGraph, subject: Subject) -> Result<(), Error> {
        for target in self.answers() {
            if let Target::Alternative(claim, index) = *target {
                let count = graph.claim(claim).map_or(0, |c| c.alternatives().len());
                if usize::from(index) >= count {
                    return Err(Error::NoSuchAlternative {
                        subject,
                        field: "answers",
                        claim: claim.into(),
                        index,
                        count,
                    });
                }
            }
        }
        Ok(())
    }

    fn check_self(&self, subject: Subject) -> Result<(), Error> {
        if self.answers().is_empty() {
            return Err(Error::Empty {
                subject,
                field: "answers",
            });
        }
        let mut targets = self.answers().to_vec();
        targets.sort_unstable();
        if let Some(w) = targets.windows(2).find(|w| w[0] == w[1]) {
            return Err(Error::DuplicateReference {
                subject,
                field: "answers",
                id: w[0].entity(),
            });
        }
        if let Some(EntityId::RebuttalId(me)) = subject.id()
            && self.answers().contains(&Target::Rebuttal(me))
        {
            return Err(Error::SelfReference {
                subject,
                field: "answers",
                id: me.into(),
            });
        }
        Ok(())
    }
}

impl Entity for Event {
    type Id = EventId;
    const KIND: EntityKind = EntityKind::Event;
    node_access!(Event, EventId, Event);

    fn refs(&self, out: &mut Vec<Ref>) {
        out.extend(
            self.participants()
                .iter()
                .map(|p| (Link::Participant, "participants", p.actor().into())),
        );
        push_all(out, Link::SourcedBy, "sources", self.sources());
        if let Some(statement) = self.alleged_by() {
            out.push((Link::AllegedBy, "alleged_by", statement.into()));
        }
    }

    fn keys(&self) -> Option<&crate::Keys> {
        Some(Event::keys(self))
    }

    fn check_self(&self, subject: Subject) -> Result<(), Error> {
        not_blank(self.description(), subject, "description")?;
        if let (Some(start), Some(end)) = (self.date(), self.end()) {
            crate::Interval::new(Some(start), Some(end)).map_err(|source| Error::Time {
                subject,
                field: "end",
                source,
            })?;
        }
        Ok(())
    }
}

impl Entity for Source {
    type Id = SourceId;
    const KIND: EntityKind = EntityKind::Source;
    node_access!(Source, SourceId, Source);

    fn refs(&self, out: &mut Vec<Ref>) {
        if let Some(a) = self.outlet() {
            out.push((Link::Outlet, "outlet", a.into()));
        }
        push_all(out, Link::Speaker, "speakers", self.speakers());
        // Several quotes by one speaker are one edge to the speaker.
        let start = out.len();
        out.extend(
            self.quotes()
                .iter()
                .filter_map(crate::Quote::speaker)
                .map(|a| (Link::Speaker, "quotes.speaker", a.into())),
        );
        dedup_tail(out, start);
        push_all(out, Link::ReportedIn, "reported_in", self.reported_in());
    }

    fn keys(&self) -> Option<&crate::Keys> {
        Some(Source::keys(self))
    }

    fn check_self(&self, subject: Subject) -> Result<(), Error> {
        if let Some(EntityId::SourceId(me)) = subject.id()
            && self.reported_in().contains(&me)
        {
            return Err(Error::SelfReference {
                subject,
                field: "reported_in",
                id: me.into(),
            });
        }
        Ok(())
    }
}

impl Entity for Support {
    type Id = SupportId;
    const KIND: EntityKind = EntityKind::Support;
    node_access!(Support, SupportId, Support);

    fn refs(&self, out: &mut Vec<Ref>) {
        out.push((Link::Premise, "premise", self.premise().into()));
        out.push((Link::Conclusion, "conclusion", self.conclusion().into()));
    }

    fn check_self(&self, subject: Subject) -> Result<(), Error> {
        if self.premise() == self.conclusion() {
            return Err(Error::SelfReference {
                subject,
                field: "conclusion",
                id: self.conclusion().into(),
            });
        }
        Ok(())
    }
}

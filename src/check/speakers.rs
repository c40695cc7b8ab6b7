//! Who speaks for whom, for the lints that read a spokesperson's words as its principal's
//! (`speaks_outside_validity`, `asserts_and_denies`). The relations followed, their direction
//! and when they hold are the crate's one rule of affiliation, the queries' and the
//! disputes' ([affiliation and time](crate::query#affiliation-and-time)); the checks keep,
//! besides, the links that only possibly hold, to report what they would change as possible
//! findings.

use super::snapshot::Snapshot;
use crate::query::affiliation::{Side, follows};
use crate::{ActorId, Certainty, Interval, PartialDate, RelationId, RelationKind};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// One "speaks for" link: the relation, whom it speaks for, and when.
pub(super) type Link = (RelationId, ActorId, Interval);

/// Each actor's "speaks for" links, the links the speaker side of affiliation follows, and
/// the principals of those whose chains never depend on a date.
pub(super) struct Speakers {
    /// "Speaks for" links only: the `speaks_outside_validity` lint is about them.
    links: BTreeMap<ActorId, Vec<Link>>,
    /// Every link the speaker side follows (speaks for, part of).
    up: BTreeMap<ActorId, Vec<Link>>,
    /// The principals of actors whose every reachable link holds at all times.
    timeless: BTreeMap<ActorId, Vec<(ActorId, Certainty)>>,
}

pub(super) use crate::query::affiliation::holds;

impl Speakers {
    /// Chains longer than this are walked per statement rather than remembered.
    const REMEMBERED: usize = 64;

    pub(super) fn new(g: &Snapshot<'_>) -> Self {
        let mut links: BTreeMap<ActorId, Vec<_>> = BTreeMap::new();
        let mut up: BTreeMap<ActorId, Vec<_>> = BTreeMap::new();
        for (id, r) in g.relations() {
            if follows(r.kind(), Side::Speaker) {
                up.entry(r.from())
                    .or_default()
                    .push((id, r.to(), r.valid()));
            }
            if r.kind() == RelationKind::SpeaksFor {
                links
                    .entry(r.from())
                    .or_default()
                    .push((id, r.to(), r.valid()));
            }
        }
        let mut speakers = Speakers {
            links,
            up,
            timeless: BTreeMap::new(),
        };
        // Remember the principals of actors whose whole chain holds at all times: they do not
        // depend on the date, and most data records spokesmen without dates.
        let mut timeless = BTreeMap::new();
        for &actor in speakers.up.keys() {
            if let Some(found) = speakers.walk(actor, None, Self::REMEMBERED, true) {
                timeless.insert(actor, found);
            }
        }
        speakers.timeless = timeless;
        speakers
    }

    /// The actor's own "speaks for" links; `None` when it speaks for nobody.
    pub(super) fn links(&self, actor: ActorId) -> Option<&[Link]> {
        self.links.get(&actor).map(Vec::as_slice)
    }

    /// Whether the actor speaks as anybody else (speaks for or is part of someone).
    pub(super) fn speaks(&self, actor: ActorId) -> bool {
        self.up.contains_key(&actor)
    }

    /// The actor and everyone it speaks for at `date`, transitively, each with how certainly;
    /// sorted by actor.
    pub(super) fn principals(
        &self,
        actor: ActorId,
        date: Option<PartialDate>,
    ) -> Cow<'_, [(ActorId, Certainty)]> {
        if let Some(found) = self.timeless.get(&actor) {
            return Cow::Borrowed(found);
        }
        if !self.speaks(actor) {
            return Cow::Owned(vec![(actor, Certainty::Certain)]);
        }
        Cow::Owned(
            self.walk(actor, date, usize::MAX, false)
                .unwrap_or_default(),
        )
    }

    /// A walk with a visited map, so relation cycles end. `None` when more than `limit`
    /// actors are found, or when `timeless_only` and a link has a validity.
    fn walk(
        &self,
        actor: ActorId,
        date: Option<PartialDate>,
        limit: usize,
        timeless_only: bool,
    ) -> Option<Vec<(ActorId, Certainty)>> {
        let mut found: BTreeMap<ActorId, Certainty> = BTreeMap::new();
        found.insert(actor, Certainty::Certain);
        // Certain links first, so that an actor reached both ways counts as certain.
        for wanted in [Certainty::Certain, Certainty::Possible] {
            let mut queue: Vec<ActorId> = found
                .iter()
                .filter(|&(_, &c)| c >= wanted)
                .map(|(&a, _)| a)
                .collect();
            while let Some(a) = queue.pop() {
                for &(_, to, valid) in self.up.get(&a).map_or(&[][..], Vec::as_slice) {
                    if timeless_only && valid != Interval::ALWAYS {
                        return None;
                    }
                    let Some(link) = holds(valid, date) else {
                        continue;
                    };
                    if link < wanted || found.contains_key(&to) {
                        continue;
                    }
                    found.insert(to, wanted);
                    if found.len() > limit {
                        return None;
                    }
                    queue.push(to);
                }
            }
        }
        Some(found.into_iter().collect())
    }

    /// The principal both sides share, best certainty first, then smallest id: `a` speaking
    /// at `da` and `b` at `db`.
    pub(super) fn shared_principal(
        &self,
        (a, da): (ActorId, Option<PartialDate>),
        (b, db): (ActorId, Option<PartialDate>),
    ) -> Option<(ActorId, Certainty)> {
        if !self.speaks(a) && !self.speaks(b) {
            return (a == b).then_some((a, Certainty::Certain));
        }
        let pa = self.principals(a, da);
        let pb = self.principals(b, db);
        let mut best: Option<(ActorId, Certainty)> = None;
        for &(actor, ca) in pa.iter() {
            if let Ok(i) = pb.binary_search_by_key(&actor, |p| p.0) {
                let c = ca.min(pb[i].1);
                if best.is_none_or(|(_, bc)| c > bc) {
                    best = Some((actor, c));
                }
            }
        }
        best
    }
}

#[cfg(all(test, feature = "proptest"))]
mod tests {
    use super::*;
    use crate::query::Roll;
    use crate::strategies::graphs;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100))]

        /// One rule of affiliation: whom the checks certainly read a statement as is whom the
        /// queries and disputes roll it up to, for every author and date of the graph.
        #[test]
        fn checks_and_queries_walk_the_same_affiliations(
            g in graphs().relations(0..=12).claims(0..=20).rebuttals(0..=10),
        ) {
            let snapshot = Snapshot::new(&g);
            let speakers = Speakers::new(&snapshot);
            let mut roll = Roll::new(&g);
            let statements = g.claims().map(|(_, c)| (c.claimant(), c.stated()))
                .chain(g.rebuttals().map(|(_, r)| (r.by(), r.stated())));
            for (author, date) in statements {
                let mut certain: Vec<ActorId> = speakers.principals(author, date).iter()
                    .filter(|p| p.1 == Certainty::Certain).map(|p| p.0).collect();
                certain.sort_unstable();
                let mut rolled = roll.principals_in(author, date).to_vec();
                rolled.sort_unstable();
                prop_assert_eq!(certain, rolled);
            }
        }
    }
}

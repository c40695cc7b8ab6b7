//! Properties of every graph the strategies make: the document round trip is the identity,
//! output is deterministic, and no reference dangles.
#![cfg(all(feature = "proptest", feature = "serde"))]

#[path = "common/proptest_config.rs"]
mod proptest_config;

use claimgraph::strategies::{Cycles, Richness, graphs};
use claimgraph::*;
use proptest::prelude::*;

proptest! {
    #![proptest_config(proptest_config::cases(200))]

    #[test]
    fn json_round_trip_is_the_identity(g in graphs()) {
        let json = g.to_json();
        let back = ClaimGraph::from_json(&json).unwrap();
        prop_assert_eq!(&back, &g);
        // And the output is deterministic: the same graph writes the same bytes.
        prop_assert_eq!(back.to_json(), json);
    }

    /// Every field the model has, filled wherever it can be, survives the document.
    #[test]
    fn json_round_trip_keeps_every_field(
        g in graphs().richness(Richness::Rich).relations(0..=8).supports(0..=8)
    ) {
        let back = ClaimGraph::from_json(&g.to_json()).unwrap();
        prop_assert_eq!(&back, &g);
        for ((_, a), (_, b)) in back.claims().zip(g.claims()) {
            prop_assert_eq!(a.motive(), b.motive());
            prop_assert_eq!(a.allegation(), b.allegation());
        }
    }

    /// The fields of the model's second edition, field by field (the graph equality above
    /// covers them too; this says which, and that the documents carry each).
    #[test]
    fn json_round_trip_keeps_the_second_edition_fields(
        g in graphs().richness(Richness::Rich).relations(0..=4).supports(0..=8)
    ) {
        let back = ClaimGraph::from_json(&g.to_json()).unwrap();
        for ((i, a), (j, b)) in back.actors().zip(g.actors()) {
            prop_assert_eq!(i, j);
            prop_assert_eq!(a.is_anonymous(), b.is_anonymous());
            prop_assert_eq!(a.kind(), b.kind());
            prop_assert_eq!(a.keys(), b.keys());
        }
        for ((i, a), (j, b)) in back.claims().zip(g.claims()) {
            prop_assert_eq!(i, j);
            prop_assert_eq!(a.joint_with(), b.joint_with());
            prop_assert_eq!(a.confidence(), b.confidence());
            prop_assert_eq!(a.alternatives(), b.alternatives());
            prop_assert_eq!(a.condition(), b.condition());
            prop_assert_eq!(a.deadline(), b.deadline());
            prop_assert_eq!(a.resolution(), b.resolution());
            prop_assert_eq!(a.keys(), b.keys());
        }
        for ((i, a), (j, b)) in back.rebuttals().zip(g.rebuttals()) {
            prop_assert_eq!(i, j);
            prop_assert_eq!(a.answers(), b.answers());
            prop_assert_eq!(a.about(), b.about());
            prop_assert_eq!(a.joint_with(), b.joint_with());
            prop_assert_eq!(a.confidence(), b.confidence());
            prop_assert_eq!(a.keys(), b.keys());
        }
        for ((i, a), (j, b)) in back.events().zip(g.events()) {
            prop_assert_eq!(i, j);
            prop_assert_eq!(a.alleged_by(), b.alleged_by());
            prop_assert_eq!(a.keys(), b.keys());
        }
        for ((i, a), (j, b)) in back.sources().zip(g.sources()) {
            prop_assert_eq!(i, j);
            prop_assert_eq!(a.speakers(), b.speakers());
            prop_assert_eq!(a.quotes(), b.quotes());
            prop_assert_eq!(a.reported_in(), b.reported_in());
            prop_assert_eq!(a.grading(), b.grading());
            prop_assert_eq!(a.keys(), b.keys());
        }
    }

    /// Every key of every entity leads back to it, in the graph made and in the graph read
    /// back from its document; a key nobody holds leads nowhere.
    #[test]
    fn find_key_finds_every_key_of_every_entity(g in graphs()) {
        let back = ClaimGraph::from_json(&g.to_json()).unwrap();
        let mut keyed: Vec<(EntityId, &Keys)> = Vec::new();
        keyed.extend(g.actors().map(|(id, a)| (id.into(), a.keys())));
        keyed.extend(g.claims().map(|(id, c)| (id.into(), c.keys())));
        keyed.extend(g.rebuttals().map(|(id, r)| (id.into(), r.keys())));
        keyed.extend(g.events().map(|(id, e)| (id.into(), e.keys())));
        keyed.extend(g.sources().map(|(id, s)| (id.into(), s.keys())));
        for (id, keys) in keyed {
            for (scheme, key) in keys.iter() {
                prop_assert_eq!(g.find_key(scheme, key), Some(id), "{}:{}", scheme, key);
                prop_assert_eq!(back.find_key(scheme, key), Some(id), "{}:{}", scheme, key);
                // The key under another scheme is another key.
                prop_assert_eq!(g.find_key("no-such-scheme", key), None);
            }
        }
        prop_assert_eq!(g.find_key("gdelt", "no such key"), None);
    }

    #[test]
    fn every_reference_resolves(g in graphs().claims(0..=40).rebuttals(0..=60)) {
        for (_, c) in g.claims() {
            prop_assert!(g.actor(c.claimant()).is_some());
            prop_assert!(c.about().iter().all(|a| g.actor(*a).is_some()));
            prop_assert!(c.events().iter().all(|e| g.event(*e).is_some()));
            prop_assert!(c.sources().iter().all(|s| g.source(*s).is_some()));
        }
        for (id, r) in g.rebuttals() {
            prop_assert!(g.actor(r.by()).is_some());
            for s in r.answers() {
                prop_assert!(g.contains(s.entity()));
                prop_assert!(g.rebuttals_of(*s).any(|(x, _)| x == id));
            }
        }
    }

    #[test]
    fn cascading_removal_of_any_actor_leaves_no_reference_to_it(
        g in graphs().cycles(Cycles::Allow),
        pick in any::<prop::sample::Index>(),
    ) {
        let mut g = g;
        let actors: Vec<ActorId> = g.actors().map(|(id, _)| id).collect();
        prop_assume!(!actors.is_empty());
        let gone = actors[pick.index(actors.len())];
        let removed = g.remove(gone, Removal::Cascade).unwrap();
        prop_assert!(removed.contains(&gone.into()));
        for (_, c) in g.claims() {
            prop_assert!(c.claimant() != gone && !c.about().contains(&gone));
        }
        for (_, r) in g.rebuttals() {
            prop_assert!(r.by() != gone);
            prop_assert!(r.answers().iter().all(|s| g.contains(s.entity())));
        }
        // What is left still round-trips, removed ids and all.
        let back = ClaimGraph::from_json(&g.to_json()).unwrap();
        prop_assert_eq!(back, g);
    }
}

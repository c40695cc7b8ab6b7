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

//! A large accusation network made quickly and deterministically, for the tests and the bench:
//! `actors` states accusing one another in `claims` accusation claims over the twelve months
//! of 2023, with day dates, and one claim in fifty undated.

use claimgraph::{
    Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, PartialDate, SpeechAct,
};

/// A 64-bit linear congruential generator (Knuth's MMIX constants): enough to spread
/// accusations, and the same sequence on every machine.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        u32::try_from((self.0 >> 33) % u64::from(n)).expect("below a u32")
    }
}

/// The graph: claim `i`'s claimant and accused drawn from `actors`, its day from 2023.
pub fn network(actors: u32, claims: u32, seed: u64) -> ClaimGraph {
    let mut g = ClaimGraph::new();
    let ids: Vec<ActorId> = (0..actors)
        .map(|i| {
            g.add_actor(Actor::new(format!("Actor {i}"), ActorKind::State))
                .expect("a new actor is always accepted")
        })
        .collect();
    let mut rng = Lcg(seed);
    for _ in 0..claims {
        let from = rng.below(actors) as usize;
        let to = (from + 1 + rng.below(actors - 1) as usize) % ids.len();
        let mut claim = Claim::new(
            ids[from],
            SpeechAct::Accusation,
            Allegation::new("interference"),
        )
        .with_about(ids[to]);
        if rng.below(50) != 0 {
            let month = 1 + rng.below(12);
            let day = 1 + rng.below(28);
            claim = claim.with_stated(PartialDate::day(2023, month, day).expect("a real day"));
        }
        g.add_claim(claim)
            .expect("claims between known actors are accepted");
    }
    g
}

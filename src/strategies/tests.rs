use super::content::{self, ACTORS};
use super::*;
use crate::{CameoActorCode, CameoCode, CountryCode, EntityKind, WikidataId};
use ::proptest::strategy::ValueTree;

#[test]
fn every_table_entry_is_a_valid_code() {
    for &(name, iso3, cameo, q) in ACTORS {
        assert!(iso3.parse::<CountryCode>().is_ok(), "{name}");
        assert!(CameoActorCode::parse(cameo).is_ok(), "{name}");
        assert!(format!("Q{q}").parse::<WikidataId>().is_ok(), "{name}");
    }
    let mut rng = content::Rng::new(7);
    for _ in 0..500 {
        let c: CameoCode = content::cameo(&mut rng).unwrap();
        assert!(c.is_known(), "{c:?}");
        assert!(content::plover_context(&mut rng).unwrap().is_known());
        assert!(content::actor_code(&mut rng, 3).is_some());
    }
}

fn trees(strategy: &GraphStrategy, n: u64) -> impl Iterator<Item = GraphValueTree> + '_ {
    (0..n).map(move |seed| GraphValueTree::new(plan::draw(strategy, seed)))
}

/// The builder never has to skip a planned entity for want of a valid reference: the plan only
/// refers to what it has planned before (or, for answers that close cycles, after).
#[test]
fn every_planned_entity_is_built_and_the_graph_is_sound() {
    for richness in [Richness::Bare, Richness::Typical, Richness::Rich] {
        let s = graphs()
            .richness(richness)
            .relations(0..=10)
            .supports(0..=10);
        for (seed, tree) in trees(&s, 300).enumerate() {
            let g = tree.current();
            let planned = plan::draw(&s, seed as u64).entities.len();
            let held: usize = EntityKind::ALL.iter().map(|&k| g.count(k)).sum();
            assert_eq!(held, planned, "seed {seed}, {richness:?}: {g:?}");
            assert!(g.integrity_violations().is_empty(), "seed {seed}: {g:?}");
        }
    }
}

/// Whatever shrinking keeps or undoes, every intermediate graph is sound, and accepting every
/// step ends in the empty graph.
#[test]
fn every_shrink_step_is_a_sound_graph() {
    let s = graphs()
        .richness(Richness::Rich)
        .relations(0..=6)
        .supports(0..=6);
    for (seed, mut tree) in trees(&s, 40).enumerate() {
        let mut step = 0u32;
        while tree.simplify() {
            step += 1;
            assert!(tree.current().integrity_violations().is_empty());
            // Undo every third step, as a passing test would make the runner do.
            if step.is_multiple_of(3) {
                assert!(tree.complicate());
                assert!(tree.current().integrity_violations().is_empty());
            }
        }
        assert!(!tree.complicate(), "seed {seed}: nothing left to undo");
        // Undone steps stay: what is left is what shrinking could not take away.
        assert!(tree.current().integrity_violations().is_empty());
    }
    let mut all = trees(&s, 1).next().unwrap();
    while all.simplify() {}
    assert!(all.current().is_empty());
}

#[test]
fn weights_fall_back_to_equal_and_never_overflow() {
    let w: [(Precision, u32); 4] = weights(&PRECISIONS, []);
    assert!(w.iter().all(|&(_, x)| x == 1));
    let w: [(Precision, u32); 4] = weights(
        &PRECISIONS,
        [(Precision::Day, u32::MAX), (Precision::Year, u32::MAX)],
    );
    assert_eq!(w.iter().map(|&(_, x)| u64::from(x)).sum::<u64>(), 2 << 24);
    assert!(probability(f64::NAN) <= 0.0 && probability(-1.0) <= 0.0);
    assert!(probability(7.0) >= 1.0);
    let (hi, lo) = (20_000, -20_000);
    assert_eq!(year_range(&(hi..=lo)), (-9999, 9999));
}

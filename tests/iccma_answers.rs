//! Every answer of the ICCMA tasks checked by an independent checker: `SE` extensions and the
//! witnesses of `DC` / `DS` answers ([`ArgumentationFramework::witness`]).
//!
//! The checker below works from the attack list alone (no library code): conflict-freeness,
//! admissibility, completeness and stability are linear checks; maximality (preferred:
//! no admissible superset; semi-stable: no complete extension with a larger range; stage: no
//! conflict-free set with a larger range) and the absence of a witness are checked by going
//! through every subset, on frameworks of up to 9 arguments. On the ICCMA instances under
//! `../shared/data/iccma` the linear checks run.

#[path = "common/proptest_config.rs"]
mod proptest_config;

#[path = "common/data.rs"]
mod data;

use claimgraph::argumentation::{
    Acceptance, ArgumentId, ArgumentationFramework, Extension, Format, Semantics,
};
use claimgraph::io::Limits;
use proptest::prelude::*;

/// The checker: the framework as attacker lists, nothing else.
struct Checker {
    n: usize,
    attackers: Vec<Vec<usize>>,
}

impl Checker {
    fn new(n: usize, attacks: &[(usize, usize)]) -> Self {
        let mut attackers = vec![Vec::new(); n];
        for &(a, b) in attacks {
            attackers[b].push(a);
        }
        Self { n, attackers }
    }

    fn of(af: &ArgumentationFramework) -> Self {
        let attacks: Vec<(usize, usize)> = af
            .attacks()
            .map(|(a, b)| (a.index() as usize, b.index() as usize))
            .collect();
        Self::new(af.len(), &attacks)
    }

    fn attacked(&self, set: &[bool]) -> Vec<bool> {
        (0..self.n)
            .map(|x| self.attackers[x].iter().any(|&b| set[b]))
            .collect()
    }

    fn conflict_free(&self, set: &[bool]) -> bool {
        let hit = self.attacked(set);
        (0..self.n).all(|x| !(set[x] && hit[x]))
    }

    fn defended(&self, set: &[bool]) -> Vec<bool> {
        let hit = self.attacked(set);
        (0..self.n)
            .map(|x| self.attackers[x].iter().all(|&b| hit[b]))
            .collect()
    }

    fn admissible(&self, set: &[bool]) -> bool {
        let d = self.defended(set);
        self.conflict_free(set) && (0..self.n).all(|x| !set[x] || d[x])
    }

    fn complete(&self, set: &[bool]) -> bool {
        let d = self.defended(set);
        self.admissible(set) && (0..self.n).all(|x| set[x] == d[x])
    }

    fn range(&self, set: &[bool]) -> Vec<bool> {
        let hit = self.attacked(set);
        (0..self.n).map(|x| set[x] || hit[x]).collect()
    }

    fn stable(&self, set: &[bool]) -> bool {
        self.conflict_free(set) && self.range(set).iter().all(|&r| r)
    }

    /// What any extension of `semantics` must satisfy, checked in linear time.
    fn linear(&self, semantics: Semantics, set: &[bool]) -> bool {
        match semantics {
            Semantics::Stage => self.conflict_free(set),
            Semantics::Stable => self.stable(set),
            Semantics::Ideal => self.admissible(set),
            _ => self.complete(set),
        }
    }

    /// Every subset (at most 12 arguments), as membership vectors.
    fn subsets(&self) -> Vec<Vec<bool>> {
        assert!(self.n <= 12);
        (0u32..1 << self.n)
            .map(|m| (0..self.n).map(|x| m & (1 << x) != 0).collect())
            .collect()
    }

    /// The extensions of `semantics`, by definition over every subset (ranges compared as
    /// bit masks, each computed once).
    fn extensions(&self, semantics: Semantics) -> Vec<Vec<bool>> {
        let all = self.subsets();
        let mask = |s: &[bool]| -> u32 {
            s.iter()
                .enumerate()
                .fold(0, |acc, (x, &b)| acc | (u32::from(b) << x))
        };
        let inside = |a: u32, b: u32| a != b && a & b == a;
        let complete: Vec<&Vec<bool>> = all.iter().filter(|s| self.complete(s)).collect();
        let maximal_range = |sets: &[&Vec<bool>]| -> Vec<Vec<bool>> {
            let ranges: Vec<u32> = sets.iter().map(|s| mask(&self.range(s))).collect();
            sets.iter()
                .zip(&ranges)
                .filter(|&(_, &r)| !ranges.iter().any(|&t| inside(r, t)))
                .map(|(s, _)| (*s).clone())
                .collect()
        };
        match semantics {
            Semantics::Complete => complete.into_iter().cloned().collect(),
            Semantics::Stable => all.iter().filter(|s| self.stable(s)).cloned().collect(),
            Semantics::Grounded => {
                let g = (0..self.n).map(|x| complete.iter().all(|s| s[x])).collect();
                vec![g]
            }
            Semantics::Preferred => {
                let masks: Vec<u32> = complete.iter().map(|s| mask(s)).collect();
                complete
                    .iter()
                    .zip(&masks)
                    .filter(|&(_, &m)| !masks.iter().any(|&t| inside(m, t)))
                    .map(|(s, _)| (*s).clone())
                    .collect()
            }
            Semantics::SemiStable => maximal_range(&complete),
            Semantics::Stage => {
                let cf: Vec<&Vec<bool>> = all.iter().filter(|s| self.conflict_free(s)).collect();
                maximal_range(&cf)
            }
            Semantics::Ideal => {
                let preferred: Vec<u32> = self
                    .extensions(Semantics::Preferred)
                    .iter()
                    .map(|p| mask(p))
                    .collect();
                let candidates: Vec<u32> = all
                    .iter()
                    .filter(|s| self.admissible(s))
                    .map(|s| mask(s))
                    .filter(|&m| preferred.iter().all(|&p| m & p == m))
                    .collect();
                let largest = *candidates
                    .iter()
                    .find(|&&s| candidates.iter().all(|&t| t & s == t))
                    .expect("the ideal extension exists");
                vec![(0..self.n).map(|x| largest & (1 << x) != 0).collect()]
            }
        }
    }
}

fn members(n: usize, e: &Extension) -> Vec<bool> {
    let mut v = vec![false; n];
    for a in e {
        v[a.index() as usize] = true;
    }
    v
}

fn build(n: usize, attacks: &[(usize, usize)]) -> ArgumentationFramework {
    let mut af = ArgumentationFramework::with_arguments(n as u32).expect("small");
    for &(a, b) in attacks {
        af.add_attack(ArgumentId::new(a as u32), ArgumentId::new(b as u32))
            .expect("in range");
    }
    af
}

fn medium() -> impl Strategy<Value = (usize, Vec<(usize, usize)>)> {
    (2usize..=9).prop_flat_map(|n| {
        (
            Just(n),
            proptest::collection::vec((0..n, 0..n), 0..=(3 * n)),
        )
    })
}

/// Checks `SE` and every `DC` / `DS` witness of `af` against the checker's own extensions.
fn check_all(af: &ArgumentationFramework, checker: &Checker) -> Result<(), TestCaseError> {
    let n = checker.n;
    for &sem in Semantics::ALL {
        let exts = checker.extensions(sem);
        match af.some_extension(sem) {
            Some(e) => {
                let m = members(n, &e);
                prop_assert!(
                    exts.contains(&m),
                    "SE-{}: {:?} is not an extension",
                    sem.iccma(),
                    e
                );
            }
            None => prop_assert!(exts.is_empty(), "SE-{}: none found", sem.iccma()),
        }
        for x in 0..n {
            let a = ArgumentId::new(x as u32);
            let cred = af.witness(a, sem, Acceptance::Credulous).expect("known");
            match &cred {
                Some(e) => {
                    let m = members(n, e);
                    prop_assert!(
                        m[x] && exts.contains(&m),
                        "DC-{} {x}: bad witness {:?}",
                        sem.iccma(),
                        e
                    );
                }
                None => prop_assert!(!exts.iter().any(|s| s[x]), "DC-{} {x}: missed", sem.iccma()),
            }
            let skep = af.witness(a, sem, Acceptance::Skeptical).expect("known");
            match &skep {
                Some(e) => {
                    let m = members(n, e);
                    prop_assert!(
                        !m[x] && exts.contains(&m),
                        "DS-{} {x}: bad witness {:?}",
                        sem.iccma(),
                        e
                    );
                }
                None => prop_assert!(exts.iter().all(|s| s[x]), "DS-{} {x}: missed", sem.iccma()),
            }
            // The decision agrees with its witness.
            prop_assert_eq!(
                af.is_accepted(a, sem, Acceptance::Credulous)
                    .expect("known"),
                cred.is_some()
            );
            prop_assert_eq!(
                af.is_accepted(a, sem, Acceptance::Skeptical)
                    .expect("known"),
                skep.is_none()
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(proptest_config::cases(24))]

    /// Up to 9 arguments and 27 attacks: every answer against the extensions by definition.
    #[test]
    fn answers_match_the_definitions((n, attacks) in medium()) {
        let af = build(n, &attacks);
        check_all(&af, &Checker::new(n, &attacks))?;
    }
}

#[test]
fn iccma_instance_answers_pass_the_linear_checks() {
    let Some(root) = data::data_dir_of("iccma_instance_answers", "iccma") else {
        return;
    };
    for rel in [
        "large/admbuster_1000.af",
        "large/a1210993_20150717_0403.gml.80.af",
        "oracle/misc/huston_merge_2015-12.gml.80.apx",
    ] {
        let path = root.join(rel);
        let format = Format::from_path(&path).unwrap_or(Format::Iccma);
        let text = std::fs::read_to_string(&path).expect("readable");
        let af = ArgumentationFramework::read_with(format, text.as_bytes(), &Limits::trusted())
            .expect("well-formed");
        let checker = Checker::of(&af);
        for sem in [
            Semantics::Preferred,
            Semantics::Stable,
            Semantics::SemiStable,
            Semantics::Stage,
            Semantics::Ideal,
        ] {
            if let Some(e) = af.some_extension(sem) {
                assert!(
                    checker.linear(sem, &members(af.len(), &e)),
                    "SE-{} {rel}",
                    sem.iccma()
                );
            }
        }
    }
}

/// A seeded random framework of `n` arguments and `m` attacks drawn uniformly (a linear
/// congruential generator: the same frameworks on every run).
fn random(seed: u64, n: usize, m: usize) -> Vec<(usize, usize)> {
    let mut s = seed;
    let mut next = |k: usize| {
        s = s
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((s >> 33) % k as u64) as usize
    };
    (0..m).map(|_| (next(n), next(n))).collect()
}

/// Seeded random frameworks of 120 to 2,000 arguments, sparse and dense: `SE` under every
/// semantics and the stable, semi-stable and stage witnesses of every 24th argument pass the
/// linear checks, and each decision agrees with its witness. (Before stage and semi-stable
/// questions were cut to the argument's weakly connected component, an isolated argument
/// among 300 took minutes. Known still slow, so not here: the stage credulous questions of
/// argument 96 in `random(1, 300, 600)` and argument 0 in `random(2, 1000, 1500)`, where the
/// counter-example loop meets thousands of maximal ranges; Scalop takes more than 60 s on
/// the second.)
#[test]
fn random_answers_pass_the_linear_checks() {
    let mut cases: Vec<(u64, usize, usize)> = (0..6).map(|seed| (seed, 120, 240)).collect();
    cases.extend([(3, 2000, 2600), (4, 150, 2000)]);
    for (seed, n, m) in cases {
        let attacks = random(seed, n, m);
        let af = build(n, &attacks);
        let checker = Checker::new(n, &attacks);
        for &sem in Semantics::ALL {
            if let Some(e) = af.some_extension(sem) {
                assert!(
                    checker.linear(sem, &members(n, &e)),
                    "SE-{} seed {seed}: {e:?}",
                    sem.iccma()
                );
            } else {
                assert_eq!(sem, Semantics::Stable, "only stable may have no extension");
            }
        }
        for x in (0..n).step_by(24) {
            let a = ArgumentId::new(x as u32);
            for sem in [Semantics::Stable, Semantics::SemiStable, Semantics::Stage] {
                for acc in [Acceptance::Credulous, Acceptance::Skeptical] {
                    let w = af.witness(a, sem, acc).expect("known");
                    if let Some(e) = &w {
                        let m = members(n, e);
                        assert_eq!(m[x], acc == Acceptance::Credulous, "{sem} {acc:?} {x}");
                        assert!(checker.linear(sem, &m), "{sem} {acc:?} {x}: bad witness");
                    }
                    assert_eq!(
                        af.is_accepted(a, sem, acc).expect("known"),
                        w.is_some() == (acc == Acceptance::Credulous),
                        "{sem} {acc:?} {x}: decision and witness disagree"
                    );
                }
            }
        }
    }
}

/// The smallest shape of the long runs: an isolated argument beside `k` disjoint three-cycles,
/// which have `3^k` maximal ranges together. The isolated argument is in every stage extension
/// and a cycle argument in some but not all; range maximisation over the whole framework met
/// every one of the `3^k` ranges before it could say so (k = 12: 531,441 rounds).
#[test]
fn an_isolated_argument_beside_many_cycles_is_answered_at_once() {
    let k = 12;
    let n = 1 + 3 * k;
    let attacks: Vec<(usize, usize)> = (0..k)
        .flat_map(|c| {
            let b = 1 + 3 * c;
            [(b, b + 1), (b + 1, b + 2), (b + 2, b)]
        })
        .collect();
    let af = build(n, &attacks);
    let checker = Checker::new(n, &attacks);
    let isolated = ArgumentId::new(0);
    let cycle = ArgumentId::new(1);
    assert!(
        af.is_accepted(isolated, Semantics::Stage, Acceptance::Skeptical)
            .expect("known")
    );
    assert!(
        af.witness(isolated, Semantics::Stage, Acceptance::Skeptical)
            .expect("known")
            .is_none()
    );
    let yes = af
        .witness(cycle, Semantics::Stage, Acceptance::Credulous)
        .expect("known");
    let yes = yes.expect("a cycle argument is in some stage extension");
    assert!(yes.contains(cycle) && yes.contains(isolated) && yes.len() == 1 + k);
    assert!(checker.linear(Semantics::Stage, &members(n, &yes)));
    let no = af
        .witness(cycle, Semantics::Stage, Acceptance::Skeptical)
        .expect("known");
    let no = no.expect("and not in every one");
    assert!(!no.contains(cycle) && checker.linear(Semantics::Stage, &members(n, &no)));
    assert!(
        !af.is_accepted(cycle, Semantics::Stage, Acceptance::Skeptical)
            .expect("known")
    );
    // Semi-stable: every cycle is undecided, the isolated argument grounded IN.
    assert!(
        af.is_accepted(isolated, Semantics::SemiStable, Acceptance::Skeptical)
            .expect("known")
    );
    assert!(
        !af.is_accepted(cycle, Semantics::SemiStable, Acceptance::Credulous)
            .expect("known")
    );
}

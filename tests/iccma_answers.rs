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

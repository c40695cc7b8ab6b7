//! Property tests: every semantics against a brute-force reference on small random frameworks
//! (subset enumeration is allowed here, and only here, on at most 7 arguments).

#[path = "common/proptest_config.rs"]
mod proptest_config;

use std::collections::BTreeSet;

use claimgraph::argumentation::{
    Acceptance, ArgumentId, ArgumentStatus, ArgumentationFramework, Extension, Format, Label,
    Labelling, Semantics,
};
use claimgraph::io::Limits;
use proptest::prelude::*;

type Set = u32; // bitmask over at most 7 arguments

struct Brute {
    n: u32,
    attacks: Vec<(u32, u32)>,
}

impl Brute {
    fn attacks(&self, a: u32, b: u32) -> bool {
        self.attacks.contains(&(a, b))
    }
    fn attacked_by(&self, s: Set) -> Set {
        let mut out = 0;
        for &(a, b) in &self.attacks {
            if s & (1 << a) != 0 {
                out |= 1 << b;
            }
        }
        out
    }
    fn conflict_free(&self, s: Set) -> bool {
        self.attacked_by(s) & s == 0
    }
    fn defends(&self, s: Set, a: u32) -> bool {
        let hit = self.attacked_by(s);
        (0..self.n).all(|b| !self.attacks(b, a) || hit & (1 << b) != 0)
    }
    fn admissible(&self, s: Set) -> bool {
        self.conflict_free(s) && (0..self.n).all(|a| s & (1 << a) == 0 || self.defends(s, a))
    }
    fn complete(&self, s: Set) -> bool {
        self.admissible(s) && (0..self.n).all(|a| !self.defends(s, a) || s & (1 << a) != 0)
    }
    fn all(&self) -> impl Iterator<Item = Set> + '_ {
        0..(1u32 << self.n)
    }
    fn range(&self, s: Set) -> Set {
        s | self.attacked_by(s)
    }
    fn maximal(sets: &[Set], key: impl Fn(Set) -> Set) -> Vec<Set> {
        sets.iter()
            .copied()
            .filter(|&s| {
                !sets
                    .iter()
                    .any(|&t| key(t) != key(s) && key(t) & key(s) == key(s))
            })
            .collect()
    }
    fn extensions(&self, sem: Semantics) -> Vec<Set> {
        let full = (1u32 << self.n) - 1;
        let co: Vec<Set> = self.all().filter(|&s| self.complete(s)).collect();
        let mut out = match sem {
            Semantics::Complete => co.clone(),
            Semantics::Grounded => vec![co.iter().fold(full, |acc, &s| acc & s)],
            Semantics::Preferred => Self::maximal(&co, |s| s),
            Semantics::Stable => self
                .all()
                .filter(|&s| self.conflict_free(s) && self.range(s) == full)
                .collect(),
            Semantics::SemiStable => Self::maximal(&co, |s| self.range(s)),
            Semantics::Stage => {
                let cf: Vec<Set> = self.all().filter(|&s| self.conflict_free(s)).collect();
                Self::maximal(&cf, |s| self.range(s))
            }
            Semantics::Ideal => {
                let pr = Self::maximal(&co, |s| s);
                let meet = pr.iter().fold(full, |acc, &s| acc & s);
                let adm: Vec<Set> = self
                    .all()
                    .filter(|&s| s & meet == s && self.admissible(s))
                    .collect();
                vec![adm.iter().fold(0, |acc, &s| acc | s)]
            }
        };
        out.sort_unstable();
        out.dedup();
        out
    }
}

fn to_set(e: &Extension) -> Set {
    e.iter().fold(0, |acc, a| acc | (1 << a.index()))
}

fn build(n: u32, attacks: &[(u32, u32)]) -> ArgumentationFramework {
    let mut af = ArgumentationFramework::with_arguments(n).expect("small");
    for &(a, b) in attacks {
        af.add_attack(ArgumentId::new(a), ArgumentId::new(b))
            .expect("in range");
    }
    af
}

fn ours(af: &ArgumentationFramework, sem: Semantics) -> Vec<Set> {
    let mut v: Vec<Set> = af.extensions(sem).map(|e| to_set(&e)).collect();
    let len = v.len();
    v.sort_unstable();
    v.dedup();
    assert_eq!(v.len(), len, "{sem}: an extension was reported twice");
    v
}

fn framework() -> impl Strategy<Value = (u32, Vec<(u32, u32)>)> {
    (1u32..=7).prop_flat_map(|n| {
        (
            Just(n),
            proptest::collection::vec((0..n, 0..n), 0..=(n * n) as usize),
        )
    })
}

proptest! {
    #![proptest_config(proptest_config::cases(200))]

    #[test]
    fn every_semantics_matches_brute_force((n, attacks) in framework()) {
        let af = build(n, &attacks);
        let brute = Brute { n, attacks: attacks.clone() };
        for &sem in Semantics::ALL {
            prop_assert_eq!(ours(&af, sem), brute.extensions(sem), "{}", sem);
        }
    }

    #[test]
    fn acceptance_and_statuses_match_brute_force((n, attacks) in framework()) {
        let af = build(n, &attacks);
        let brute = Brute { n, attacks: attacks.clone() };
        for &sem in Semantics::ALL {
            let exts = brute.extensions(sem);
            let statuses = af.statuses(sem);
            for a in 0..n {
                let bit = 1 << a;
                let cred = exts.iter().any(|&s| s & bit != 0);
                let skep = exts.iter().all(|&s| s & bit != 0);
                let id = ArgumentId::new(a);
                prop_assert_eq!(af.is_accepted(id, sem, Acceptance::Credulous).unwrap(), cred, "{} cred {}", sem, a);
                prop_assert_eq!(af.is_accepted(id, sem, Acceptance::Skeptical).unwrap(), skep, "{} skep {}", sem, a);
                let expected = match (exts.is_empty(), skep, cred) {
                    (false, true, _) => ArgumentStatus::Skeptical,
                    (_, _, true) => ArgumentStatus::Credulous,
                    _ => ArgumentStatus::Rejected,
                };
                prop_assert_eq!(statuses[a as usize], expected, "{} status {}", sem, a);
            }
        }
    }

    /// Seven disjoint 2-cycles beside a small framework multiply its extensions by 128, past
    /// the point where statuses stop enumerating and ask one question per argument; nothing
    /// about the small part may change.
    #[test]
    fn many_extensions_change_no_status((n, attacks) in framework()) {
        let small = build(n, &attacks);
        let mut big = build(n + 14, &attacks);
        for k in 0..7 {
            let (x, y) = (ArgumentId::new(n + 2 * k), ArgumentId::new(n + 2 * k + 1));
            big.add_attack(x, y).unwrap();
            big.add_attack(y, x).unwrap();
        }
        for sem in [Semantics::Complete, Semantics::Preferred, Semantics::Stable, Semantics::Ideal] {
            let vacuous = sem == Semantics::Stable && small.some_extension(sem).is_none();
            for acc in [Acceptance::Credulous, Acceptance::Skeptical] {
                let got = big.accepted(sem, acc);
                let (inside, cycles): (Vec<ArgumentId>, Vec<ArgumentId>) =
                    got.iter().partition(|a| a.index() < n);
                let expected = small.accepted(sem, acc).into_vec();
                prop_assert_eq!(&inside, &expected, "{} {:?}", sem, acc);
                // The cycles' arguments are each in some extension and in not all of them,
                // except that ideal takes none, and without a stable extension skeptical
                // acceptance is vacuous and credulous acceptance empty.
                let all_of_them = sem != Semantics::Ideal
                    && (acc == Acceptance::Credulous) != vacuous;
                let expected_cycles = if all_of_them { 14 } else { 0 };
                prop_assert_eq!(cycles.len(), expected_cycles, "{} {:?}", sem, acc);
            }
            let (big_st, small_st) = (big.statuses(sem), small.statuses(sem));
            prop_assert_eq!(&big_st[..n as usize], small_st.as_slice(), "{}", sem);
            for a in (0..n).map(ArgumentId::new) {
                prop_assert_eq!(
                    big.is_accepted(a, sem, Acceptance::Skeptical).unwrap(),
                    small.is_accepted(a, sem, Acceptance::Skeptical).unwrap(),
                    "{} skeptical {}", sem, a
                );
            }
        }
    }

    #[test]
    fn structural_properties((n, attacks) in framework()) {
        let af = build(n, &attacks);
        let co: Vec<Extension> = af.extensions(Semantics::Complete).collect();
        let grounded = af.grounded_extension();
        // grounded = intersection of complete extensions, and inside each
        let meet: BTreeSet<ArgumentId> = af
            .arguments()
            .filter(|&a| co.iter().all(|e| e.contains(a)))
            .collect();
        prop_assert_eq!(grounded.iter().copied().collect::<BTreeSet<_>>(), meet);
        for e in &co {
            prop_assert!(grounded.is_subset(e));
        }
        let co_sets: BTreeSet<Extension> = co.iter().cloned().collect();
        let pr: BTreeSet<Extension> = af.extensions(Semantics::Preferred).collect();
        let st: BTreeSet<Extension> = af.extensions(Semantics::Stable).collect();
        prop_assert!(st.is_subset(&pr));
        prop_assert!(pr.is_subset(&co_sets));
        // preferred = maximal complete
        let maximal: BTreeSet<Extension> = co
            .iter()
            .filter(|e| !co.iter().any(|f| f != *e && e.is_subset(f)))
            .cloned()
            .collect();
        prop_assert_eq!(&pr, &maximal);
        for &sem in Semantics::ALL {
            for (e, l) in af.extensions(sem).zip(af.labellings(sem)) {
                prop_assert!(af.is_conflict_free(e.as_slice()), "{} conflict", sem);
                prop_assert_eq!(l.extension(), e.clone(), "{} views agree", sem);
                if sem != Semantics::Stage {
                    prop_assert!(af.is_admissible(e.as_slice()), "{} admissible", sem);
                    prop_assert!(l.is_admissible(&af));
                }
                if matches!(sem, Semantics::Complete | Semantics::Preferred | Semantics::Grounded | Semantics::Stable | Semantics::SemiStable) {
                    prop_assert!(l.is_complete(&af), "{} labelling complete", sem);
                }
                if sem == Semantics::Stable {
                    prop_assert!(l.with_label(Label::Undec).next().is_none());
                }
                // explanations agree with labels
                for a in af.arguments() {
                    let why = af.explain(&l, a).unwrap();
                    prop_assert_eq!(why.label, l.label(a));
                }
            }
        }
        // the grounded labelling is complete
        prop_assert!(af.grounded_labelling().is_complete(&af));
        let _ = Labelling::from_extension(&af, &grounded);
    }

    #[test]
    fn formats_round_trip((n, attacks) in framework()) {
        let af = build(n, &attacks);
        for format in [Format::Iccma, Format::Apx, Format::Tgf] {
            let back = ArgumentationFramework::parse(format, &af.to_format_string(format)).unwrap();
            prop_assert_eq!(back.len(), af.len());
            prop_assert_eq!(back.attacks().collect::<Vec<_>>(), af.attacks().collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_iccma_reader_does_not_depend_on_its_buffer(
        (n, attacks) in framework(),
        crlf in any::<bool>(),
        extra in proptest::option::of((0usize..60, "(# x|0 1|1 99|9999999999 1|12345678901 1|1 2 3|x)")),
        max_bytes in 0u64..300,
        max_records in 0u64..60,
        max_line in 1usize..12,
    ) {
        // A buffer of one byte never holds a whole line, so every line takes the line-by-line
        // path; a large one lets the in-place fast path take the plain attack lines. Frameworks,
        // errors and their line numbers must be the same, limits included.
        let eol = if crlf { "\r\n" } else { "\n" };
        let mut lines: Vec<String> = attacks.iter().map(|(a, b)| format!("{} {}", a + 1, b + 1)).collect();
        if let Some((at, line)) = &extra {
            lines.insert(at % (lines.len() + 1), line.clone());
        }
        let text = format!("p af {n}{eol}{}{eol}", lines.join(eol));
        let read = |cap: usize, limits: &Limits| {
            ArgumentationFramework::read_with(
                Format::Iccma,
                std::io::BufReader::with_capacity(cap, text.as_bytes()),
                limits,
            )
            .map(|af| (af.len(), af.attacks().collect::<Vec<_>>()))
            .map_err(|e| e.to_string())
        };
        let tight = Limits::default()
            .with_max_bytes(max_bytes)
            .with_max_records(max_records)
            .with_max_line(max_line);
        for limits in [Limits::default(), tight] {
            let slow = read(1, &limits);
            for cap in [7, 64, 1 << 16] {
                prop_assert_eq!(&read(cap, &limits), &slow, "buffer {}", cap);
            }
        }
    }

    #[test]
    fn readers_never_panic(text in "(p af [0-9]{1,3}\n)?([0-9 a-z(),.#%\n-]{0,60})") {
        for format in [Format::Iccma, Format::Apx, Format::Tgf] {
            let _ = ArgumentationFramework::parse(format, &text);
        }
    }
}

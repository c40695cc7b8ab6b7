//! Stable extensions by backtracking search with propagation.
//!
//! A stable extension is a conflict-free set that attacks every argument outside it. The search
//! keeps, for every argument, whether it is IN, excluded from IN, or still free, how many
//! IN arguments attack it, and how many *candidates* it has left (itself if free, plus its
//! free attackers): an argument neither IN nor attacked by an IN argument needs one of them
//! IN. The counts are kept up to date with every change, so an argument left with a single
//! candidate is forced at once (propagation) and one with none is a dead end at once. At a
//! branching point the search picks an unsettled argument with few candidates (the fewest,
//! unless a binary choice turns up after a bounded look; settled arguments leave the scan, so
//! a path of decisions costs linear time): branch `i` puts candidate `i` IN and excludes
//! candidates `0..i`, so the branches are disjoint and every stable extension is found exactly
//! once. Making an argument IN excludes all its attackers and targets at once, which prunes
//! dense frameworks hard; this beats the generic SAT encoding on them by orders of magnitude.
//!
//! The search is iterative (a stack of branching frames and an undo trail), starts from the
//! grounded extension (IN in every stable extension), and yields extensions lazily.

use super::framework::{ArgumentId, ArgumentationFramework};
use super::grounded::grounded_labels;
use super::labelling::{Extension, Label};

/// How many unsettled arguments a branching step examines before it settles for a binary
/// choice; it looks at every one when no binary choice turns up.
const LOOK: usize = 32;

/// Where an argument stands in a search: undecided, IN, or ruled out of IN.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum St {
    Free,
    In,
    Excluded,
}

/// The IN arguments of a search state, as an extension.
pub(crate) fn in_arguments(af: &ArgumentationFramework, status: &[St]) -> Extension {
    Extension::from_sorted(
        af.arguments()
            .filter(|a| status[a.ix()] == St::In)
            .collect(),
    )
}

enum Change {
    Status(u32, St),
    Cover(u32),
    /// The settled argument was swap-removed from this position of `active`.
    Settle(u32, u32),
}

struct Frame {
    candidates: Vec<u32>,
    next: usize,
    /// Trail length when the frame was made (restored when it is done).
    mark: usize,
    /// Trail length before the current branch's choice: the exclusions of the earlier
    /// candidates lie below it and stay for the later branches.
    branch_mark: usize,
}

enum Select {
    Solution,
    Conflict,
    Branch(Vec<u32>),
}

/// Lazy enumeration of stable extensions, optionally with arguments forced IN or out.
pub(crate) struct StableSearch<'a> {
    af: &'a ArgumentationFramework,
    status: Vec<St>,
    cover: Vec<u32>,
    /// Free arguments among an argument and its attackers: its candidates.
    cands: Vec<u32>,
    /// Arguments whose candidates dropped to one or none: forced or dead, handled first.
    hot: Vec<u32>,
    /// Arguments the grounded labelling leaves undecided and no decision settled yet: the only
    /// ones that need scanning.
    active: Vec<u32>,
    trail: Vec<Change>,
    frames: Vec<Frame>,
    started: bool,
    done: bool,
    /// Branching steps left before the search gives up (see [`Self::with_budget`]).
    budget: u64,
    /// Whether the search gave up for lack of budget (its answers are then incomplete).
    gave_up: bool,
}

/// A constraint on one argument for acceptance queries and searches.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Require {
    In(ArgumentId),
    NotIn(ArgumentId),
}

impl<'a> StableSearch<'a> {
    pub(crate) fn new(af: &'a ArgumentationFramework, require: &[Require]) -> Self {
        let n = af.len();
        let mut s = Self {
            af,
            status: vec![St::Free; n],
            cover: vec![0; n],
            cands: af
                .arguments()
                .map(|a| 1 + af.attackers_of(a).iter().filter(|&&b| b != a).count() as u32)
                .collect(),
            hot: Vec::new(),
            active: Vec::new(),
            trail: Vec::new(),
            frames: Vec::new(),
            started: false,
            done: false,
            budget: u64::MAX,
            gave_up: false,
        };
        let grounded = grounded_labels(af);
        let mut ok = true;
        for a in af.arguments() {
            if af.attacks_argument(a, a) {
                s.exclude(a.index());
            }
        }
        for a in af.arguments() {
            match grounded[a.ix()] {
                Label::In => ok &= s.set_in(a.index()),
                Label::Undec => s.active.push(a.index()),
                Label::Out => {}
            }
        }
        for r in require {
            ok &= match *r {
                Require::In(a) => s.set_in(a.index()),
                Require::NotIn(a) => s.exclude(a.index()),
            };
        }
        s.trail.clear();
        if !ok {
            s.done = true;
        }
        s
    }

    fn exclude(&mut self, a: u32) -> bool {
        match self.status[a as usize] {
            St::In => false,
            St::Excluded => true,
            St::Free => {
                self.trail.push(Change::Status(a, St::Free));
                self.status[a as usize] = St::Excluded;
                self.leave_free(a);
                true
            }
        }
    }

    fn set_in(&mut self, a: u32) -> bool {
        match self.status[a as usize] {
            St::In => return true,
            St::Excluded => return false,
            St::Free => {}
        }
        self.trail.push(Change::Status(a, St::Free));
        self.status[a as usize] = St::In;
        self.leave_free(a);
        let af = self.af;
        let id = ArgumentId::new(a);
        for &b in af.attackers_of(id) {
            if !self.exclude(b.index()) {
                return false;
            }
        }
        for &t in af.targets_of(id) {
            if !self.exclude(t.index()) {
                return false;
            }
            self.cover[t.ix()] += 1;
            self.trail.push(Change::Cover(t.index()));
        }
        true
    }

    /// `a` stopped being free: one candidate less for it and for everything it attacks.
    fn leave_free(&mut self, a: u32) {
        let id = ArgumentId::new(a);
        self.lose_candidate(a);
        for &t in self.af.targets_of(id) {
            if t != id {
                self.lose_candidate(t.index());
            }
        }
    }

    fn lose_candidate(&mut self, u: u32) {
        let k = &mut self.cands[u as usize];
        *k -= 1;
        if *k <= 1 && self.status[u as usize] != St::In && self.cover[u as usize] == 0 {
            self.hot.push(u);
        }
    }

    fn undo(&mut self, mark: usize) {
        self.hot.clear();
        while self.trail.len() > mark {
            match self.trail.pop() {
                Some(Change::Status(a, old)) => {
                    let id = ArgumentId::new(a);
                    self.cands[a as usize] += 1;
                    for &t in self.af.targets_of(id) {
                        if t != id {
                            self.cands[t.ix()] += 1;
                        }
                    }
                    self.status[a as usize] = old;
                }
                Some(Change::Cover(t)) => self.cover[t as usize] -= 1,
                Some(Change::Settle(i, a)) => unswap_remove(&mut self.active, i as usize, a),
                None => break,
            }
        }
    }

    fn candidates(&self, u: u32) -> Vec<u32> {
        let mut c: Vec<u32> = Vec::new();
        if self.status[u as usize] == St::Free {
            c.push(u);
        }
        for &b in self.af.attackers_of(ArgumentId::new(u)) {
            if self.status[b.ix()] == St::Free && b.index() != u {
                c.push(b.index());
            }
        }
        c
    }

    /// Propagates forced choices, then reports a solution, a dead end, or a branching point.
    fn select(&mut self) -> Select {
        loop {
            // Forced choices and dead ends first, as the counts found them.
            while let Some(u) = self.hot.pop() {
                if self.status[u as usize] == St::In || self.cover[u as usize] > 0 {
                    continue;
                }
                let forced = match self.cands[u as usize] {
                    0 => false,
                    1 => {
                        let c = self.candidates(u);
                        c.len() == 1 && self.set_in(c[0])
                    }
                    _ => true,
                };
                if !forced {
                    self.hot.clear();
                    return Select::Conflict;
                }
            }
            let mut best: Option<(usize, u32)> = None;
            let mut i = 0;
            while i < self.active.len() {
                let u = self.active[i];
                if self.status[u as usize] == St::In || self.cover[u as usize] > 0 {
                    // Settled for the whole subtree: drop it from the scan (undone on
                    // backtrack), so that a path of decisions costs linear time in total.
                    self.active.swap_remove(i);
                    self.trail.push(Change::Settle(i as u32, u));
                    continue;
                }
                i += 1;
                let k = self.cands[u as usize] as usize;
                if k == 0 {
                    return Select::Conflict;
                }
                if best.is_none_or(|(bk, _)| k < bk) {
                    best = Some((k, u));
                }
                // A forced choice, or a binary one after a bounded look: take it (forced ones
                // and dead ends elsewhere were handled above, so this only picks a branch).
                if k == 1 || (k == 2 && i >= LOOK) {
                    break;
                }
            }
            match best {
                None => return Select::Solution,
                Some((1, u)) => {
                    let c = self.candidates(u);
                    if c.len() != 1 || !self.set_in(c[0]) {
                        return Select::Conflict;
                    }
                }
                Some((_, u)) => return Select::Branch(self.candidates(u)),
            }
        }
    }

    fn extension(&self) -> Extension {
        in_arguments(self.af, &self.status)
    }

    /// Limits the search to `steps` search nodes in total (each a round of propagation ending
    /// in a solution, a dead end or a branching point); past that it ends and
    /// [`Self::gave_up`] says so. Counted in nodes, not time, so deterministic.
    pub(crate) fn with_budget(mut self, steps: u64) -> Self {
        self.budget = steps;
        self
    }

    /// Removes the budget (to enumerate everything once a first answer came in time).
    pub(crate) fn lift_budget(&mut self) {
        self.budget = u64::MAX;
    }

    /// Whether the search ran out of budget: an end reported after that proves nothing.
    pub(crate) fn gave_up(&self) -> bool {
        self.gave_up
    }

    pub(crate) fn next_extension(&mut self) -> Option<Extension> {
        if self.done {
            return None;
        }
        let mut descend = !self.started;
        self.started = true;
        loop {
            if descend {
                if self.budget == 0 {
                    self.gave_up = true;
                    self.done = true;
                    return None;
                }
                self.budget -= 1;
                match self.select() {
                    Select::Solution => return Some(self.extension()),
                    Select::Conflict => {}
                    Select::Branch(candidates) => {
                        let mark = self.trail.len();
                        self.frames.push(Frame {
                            candidates,
                            next: 0,
                            mark,
                            branch_mark: mark,
                        });
                    }
                }
            }
            let Some(frame) = self.frames.last_mut() else {
                self.done = true;
                return None;
            };
            let (mark, branch_mark, idx) = (frame.mark, frame.branch_mark, frame.next);
            let previous = idx.checked_sub(1).map(|i| frame.candidates[i]);
            let chosen = frame.candidates.get(idx).copied();
            frame.next += 1;
            // Branch `idx` excludes candidates `0..idx`: undo the previous branch and exclude
            // its candidate on top of the earlier exclusions (linear in the candidates).
            self.undo(branch_mark);
            let alive = previous.is_none_or(|c| self.exclude(c));
            let (Some(chosen), true) = (chosen, alive) else {
                self.frames.pop();
                self.undo(mark);
                descend = false;
                continue;
            };
            let frame = self.frames.last_mut().expect("top frame");
            frame.branch_mark = self.trail.len();
            descend = self.set_in(chosen);
        }
    }
}

/// Undoes `v.swap_remove(i)` that removed `x`, restoring the exact order.
pub(crate) fn unswap_remove(v: &mut Vec<u32>, i: usize, x: u32) {
    if i == v.len() {
        v.push(x);
    } else {
        let moved = std::mem::replace(&mut v[i], x);
        v.push(moved);
    }
}

impl Iterator for StableSearch<'_> {
    type Item = Extension;

    fn next(&mut self) -> Option<Extension> {
        self.next_extension()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_stable_extension_once() {
        // Two independent 2-cycles: four stable extensions.
        let mut af = ArgumentationFramework::with_arguments(4).unwrap();
        for (x, y) in [(0, 1), (1, 0), (2, 3), (3, 2)] {
            af.add_attack(ArgumentId::new(x), ArgumentId::new(y))
                .unwrap();
        }
        let mut all: Vec<Extension> = StableSearch::new(&af, &[]).collect();
        all.sort();
        assert_eq!(all.len(), 4);
        all.dedup();
        assert_eq!(all.len(), 4);
        let with0 = StableSearch::new(&af, &[Require::In(ArgumentId::new(0))]).count();
        assert_eq!(with0, 2);
        let without0 = StableSearch::new(&af, &[Require::NotIn(ArgumentId::new(0))]).count();
        assert_eq!(without0, 2);
    }

    #[test]
    fn self_attack_blocks_stability() {
        let mut af = ArgumentationFramework::with_arguments(1).unwrap();
        af.add_attack(ArgumentId::new(0), ArgumentId::new(0))
            .unwrap();
        assert_eq!(StableSearch::new(&af, &[]).count(), 0);
    }
}

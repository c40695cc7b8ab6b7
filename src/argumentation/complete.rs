//! Complete and preferred extensions by backtracking search with propagation.
//!
//! A complete extension is an admissible set (conflict-free, attacking every attacker of its
//! members) that contains every argument it defends. The search keeps, for every argument,
//! whether it is IN, excluded from IN, or still free, how many IN arguments attack it
//! (`cover`: it is OUT when this is positive) and how many of its attackers are not OUT yet
//! (`open`: the set defends it when this reaches zero). It starts from the grounded extension,
//! which is in every complete extension.
//!
//! Propagation, after every choice:
//!
//! - making `a` IN excludes its attackers and targets; each attacker that is not OUT yet becomes
//!   an *obligation*: one of its free attackers must be IN;
//! - an argument whose attackers are all OUT is defended: a free one is made IN (completeness),
//!   an excluded one is a dead end;
//! - an obligation with no free attacker left is a dead end, one with exactly one is forced.
//!
//! When no obligation is left open the IN set is a complete extension (a *closed* node). The
//! search branches in two ways, both disjoint so that every complete extension is reached
//! exactly once: at the open obligation with the fewest candidates (branch `i` puts candidate
//! `i` IN and excludes the earlier ones), and at a closed node over the free arguments in index
//! order (branch `i` adds the `i`-th free argument with the earlier ones excluded), which finds
//! the strictly larger complete extensions.
//!
//! Complete extensions are reported at their closed node (pre-order). Preferred extensions are
//! reported after the subtree below a closed node is done (post-order), and only if no closed
//! node was found below it and no preferred extension reported earlier contains it: a strict
//! superset of an extension always lies in an earlier branch (it contains whichever candidate
//! the smaller one took, so it cannot be in a later branch that excludes it), so the maximal
//! ones come first.
//!
//! Every step is iterative: a stack of branching frames and an undo trail; no recursion over
//! the framework.

use super::framework::{ArgumentId, ArgumentationFramework};
use super::grounded::grounded_labels;
use super::labelling::{Extension, Label};
use super::stable::{Require, St, in_arguments, unswap_remove};

/// One undoable change.
enum Change {
    /// The argument had this status before.
    Status(u32, St),
    /// `cover` (and `weight`) of the argument was incremented.
    Cover(u32),
    /// An obligation on the argument was pushed (and its `weight` incremented).
    Obligation(u32),
    /// The met obligation on this argument was swap-removed from this position.
    Settle(u32, u32),
}

/// Which extensions a search reports.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// Every complete extension.
    Complete,
    /// The inclusion-maximal complete extensions.
    Preferred,
}

enum Branch {
    /// One of `candidates` must be IN (to make an obligation OUT).
    Defend { candidates: Vec<u32>, next: usize },
    /// A closed node: try each free argument in `active` from `cursor` on.
    Extend { cursor: usize, found_below: bool },
}

struct Frame {
    branch: Branch,
    /// Trail length when the frame was made (restored when it is done).
    mark: usize,
    /// Trail length before the current branch's choice (restored before the next branch).
    branch_mark: usize,
    /// The argument the current branch made IN; excluded for the later branches.
    tried: Option<u32>,
}

/// What [`CompleteSearch::run`] stopped at.
enum Found {
    /// A closed node (complete mode): the current state is the extension.
    Closed,
    /// A preferred extension (the state has moved on).
    Preferred(Extension),
    /// Nothing more.
    Done,
}

enum Select {
    Closed,
    Conflict,
    Defend(Vec<u32>),
}

/// Lazy enumeration of complete or preferred extensions, optionally with arguments forced IN
/// or out.
pub(crate) struct CompleteSearch<'a> {
    af: &'a ArgumentationFramework,
    mode: Mode,
    status: Vec<St>,
    cover: Vec<u32>,
    /// `cover` plus the obligations on the argument: positive when it is or must become OUT.
    weight: Vec<u32>,
    /// Attackers whose weight is zero.
    open: Vec<u32>,
    /// Attackers not excluded: at zero the argument can never be OUT.
    live: Vec<u32>,
    /// Arguments the grounded labelling leaves undecided, in index order.
    active: Vec<u32>,
    obligations: Vec<u32>,
    /// Arguments found defended, waiting to be made IN.
    pending: Vec<u32>,
    /// Excluded arguments with one attacker left that is not OUT: that attacker must never
    /// become OUT (else the argument would be defended), so its attackers are excluded.
    protect: Vec<u32>,
    /// Arguments left without an attacker that could be IN: they can never be OUT, so nothing
    /// they attack can be IN, and an obligation on them cannot be met.
    never_out: Vec<u32>,
    trail: Vec<Change>,
    frames: Vec<Frame>,
    /// Preferred extensions reported so far (preferred mode).
    found: Vec<Extension>,
    /// Trail length of the root state (grounded plus pinned facts).
    root: usize,
    /// Whether the root state is consistent.
    root_ok: bool,
    started: bool,
    done: bool,
    /// Search nodes left before the search gives up (see [`Self::set_budget`]); `None` once
    /// it has given up for lack of them (its `None` answers then prove nothing).
    budget: Option<u64>,
}

impl<'a> CompleteSearch<'a> {
    pub(crate) fn new(af: &'a ArgumentationFramework, mode: Mode, require: &[Require]) -> Self {
        let n = af.len();
        let mut s = Self {
            af,
            mode,
            status: vec![St::Free; n],
            cover: vec![0; n],
            weight: vec![0; n],
            open: af
                .arguments()
                .map(|a| af.attackers_of(a).len() as u32)
                .collect(),
            live: af
                .arguments()
                .map(|a| af.attackers_of(a).len() as u32)
                .collect(),
            active: Vec::new(),
            obligations: Vec::new(),
            pending: Vec::new(),
            protect: Vec::new(),
            never_out: Vec::new(),
            trail: Vec::new(),
            frames: Vec::new(),
            found: Vec::new(),
            root: 0,
            root_ok: true,
            started: false,
            done: false,
            budget: Some(u64::MAX),
        };
        let grounded = grounded_labels(af);
        let mut ok = true;
        for a in af.arguments() {
            if af.attacks_argument(a, a) {
                ok &= s.exclude(a.index());
            }
        }
        for a in af.arguments() {
            match grounded[a.ix()] {
                Label::In => ok &= s.set_in(a.index()),
                Label::Undec => s.active.push(a.index()),
                Label::Out => {}
            }
        }
        ok &= s.propagate();
        // The grounded state is never undone.
        s.trail.clear();
        s.root_ok = ok;
        s.restart(require);
        s
    }

    /// Applies one requirement to the current state.
    fn apply(&mut self, r: Require) -> bool {
        match r {
            Require::In(a) => self.set_in(a.index()) && self.propagate(),
            Require::NotIn(a) => self.exclude(a.index()) && self.propagate(),
        }
    }

    /// Starts the search again from the root, with `require` for this run only. Costs the
    /// work done since the root, not a new set-up.
    pub(crate) fn restart(&mut self, require: &[Require]) {
        self.undo(self.root);
        self.frames.clear();
        self.found.clear();
        self.started = false;
        self.done = !self.root_ok;
        for &r in require {
            if self.done {
                break;
            }
            self.done = !self.apply(r);
        }
    }

    /// Limits the search to `steps` search nodes in total, over every later run: when they are
    /// spent, runs end without an answer and [`Self::gave_up`] says so. Counted in nodes, not
    /// time, so the same on every run.
    pub(crate) fn set_budget(&mut self, steps: u64) {
        self.budget = Some(steps);
    }

    /// Whether the search ran out of budget: an end reported after that proves nothing.
    pub(crate) fn gave_up(&self) -> bool {
        self.budget.is_none()
    }

    /// Adds `r` to the root for every later run (for facts already proven, which only prune).
    pub(crate) fn pin(&mut self, r: Require) {
        self.restart(&[]);
        self.root_ok = self.root_ok && self.apply(r);
        self.root = self.trail.len();
        self.done = !self.root_ok;
    }

    /// The arguments made IN since the root in the current (closed) state.
    fn members_since_root(&self) -> Vec<ArgumentId> {
        self.trail[self.root..]
            .iter()
            .filter_map(|c| match *c {
                Change::Status(a, St::Free) if self.status[a as usize] == St::In => {
                    Some(ArgumentId::new(a))
                }
                _ => None,
            })
            .collect()
    }

    /// The first complete extension of this run, as the arguments it adds to the root (in
    /// no particular order); `None` when there is none.
    pub(crate) fn first_members(&mut self) -> Option<Vec<ArgumentId>> {
        debug_assert_eq!(self.mode, Mode::Complete);
        match self.run() {
            Found::Closed => Some(self.members_since_root()),
            Found::Preferred(e) => Some(e.into_vec()),
            Found::Done => None,
        }
    }

    /// Marks `a` as not IN. Fails when it is IN, or when the IN set already defends it.
    fn exclude(&mut self, a: u32) -> bool {
        match self.status[a as usize] {
            St::In => false,
            St::Excluded => true,
            St::Free => {
                self.trail.push(Change::Status(a, St::Free));
                self.status[a as usize] = St::Excluded;
                for &d in self.af.targets_of(ArgumentId::new(a)) {
                    self.live[d.ix()] -= 1;
                    if self.live[d.ix()] == 0 {
                        self.never_out.push(d.index());
                    }
                }
                match self.open[a as usize] {
                    0 => false,
                    1 => {
                        self.protect.push(a);
                        true
                    }
                    _ => true,
                }
            }
        }
    }

    /// Makes `a` IN with its direct consequences; arguments this defends go to `pending`.
    fn set_in(&mut self, a: u32) -> bool {
        match self.status[a as usize] {
            St::In => return true,
            St::Excluded => return false,
            St::Free => {}
        }
        self.trail.push(Change::Status(a, St::Free));
        self.status[a as usize] = St::In;
        let af = self.af;
        let id = ArgumentId::new(a);
        for &b in af.attackers_of(id) {
            if !self.exclude(b.index()) {
                return false;
            }
            if self.cover[b.ix()] == 0 {
                self.obligations.push(b.index());
                self.trail.push(Change::Obligation(b.index()));
                if !self.raise(b.index()) {
                    return false;
                }
            }
        }
        for &t in af.targets_of(id) {
            if !self.exclude(t.index()) {
                return false;
            }
            self.cover[t.ix()] += 1;
            self.trail.push(Change::Cover(t.index()));
            if !self.raise(t.index()) {
                return false;
            }
        }
        true
    }

    /// Increments the weight of `t` (the caller has trailed it). When `t` becomes (or must
    /// become) OUT, everything it attacks loses one open attacker. The loop always runs to the
    /// end so that undoing restores every count.
    fn raise(&mut self, t: u32) -> bool {
        self.weight[t as usize] += 1;
        if self.weight[t as usize] != 1 {
            return true;
        }
        let mut ok = true;
        for &u in self.af.targets_of(ArgumentId::new(t)) {
            let o = &mut self.open[u.ix()];
            *o -= 1;
            match (*o, self.status[u.ix()]) {
                (0, St::Free) => self.pending.push(u.index()),
                (0, St::Excluded) => ok = false,
                (1, St::Excluded) => self.protect.push(u.index()),
                _ => {}
            }
        }
        ok
    }

    fn lower(&mut self, t: u32) {
        self.weight[t as usize] -= 1;
        if self.weight[t as usize] == 0 {
            for &u in self.af.targets_of(ArgumentId::new(t)) {
                self.open[u.ix()] += 1;
            }
        }
    }

    /// Makes every pending (defended) argument IN and protects the last open attacker of
    /// every excluded argument, until nothing changes.
    fn propagate(&mut self) -> bool {
        let af = self.af;
        loop {
            let ok = if let Some(u) = self.pending.pop() {
                self.set_in(u)
            } else if let Some(x) = self.protect.pop() {
                match (self.status[x as usize], self.open[x as usize]) {
                    (St::Excluded, 0) => false,
                    (St::Excluded, 1) => {
                        let id = ArgumentId::new(x);
                        // The last attacker that is not (bound to be) OUT must stay so: nothing
                        // attacking it may be IN, and (IN or UNDEC) nothing it attacks may be IN.
                        let y = af
                            .attackers_of(id)
                            .iter()
                            .find(|y| self.weight[y.ix()] == 0);
                        y.is_none_or(|&y| {
                            af.attackers_of(y).iter().all(|z| self.exclude(z.index()))
                                && af.targets_of(y).iter().all(|z| self.exclude(z.index()))
                        })
                    }
                    _ => true,
                }
            } else if let Some(d) = self.never_out.pop() {
                self.cover[d as usize] > 0
                    || (self.weight[d as usize] == 0
                        && af
                            .targets_of(ArgumentId::new(d))
                            .iter()
                            .all(|t| self.exclude(t.index())))
            } else {
                return true;
            };
            if !ok {
                self.pending.clear();
                self.protect.clear();
                self.never_out.clear();
                return false;
            }
        }
    }

    fn undo(&mut self, mark: usize) {
        self.pending.clear();
        self.protect.clear();
        self.never_out.clear();
        while self.trail.len() > mark {
            match self.trail.pop() {
                Some(Change::Status(a, old)) => {
                    if self.status[a as usize] == St::Excluded {
                        for &d in self.af.targets_of(ArgumentId::new(a)) {
                            self.live[d.ix()] += 1;
                        }
                    }
                    self.status[a as usize] = old;
                }
                Some(Change::Cover(t)) => {
                    self.cover[t as usize] -= 1;
                    self.lower(t);
                }
                Some(Change::Obligation(b)) => {
                    self.obligations.pop();
                    self.lower(b);
                }
                Some(Change::Settle(i, b)) => unswap_remove(&mut self.obligations, i as usize, b),
                None => break,
            }
        }
    }

    /// The free attackers of `b`, at most `limit` of them counted.
    fn candidate_count(&self, b: u32, limit: usize) -> usize {
        let mut k = 0;
        for &c in self.af.attackers_of(ArgumentId::new(b)) {
            if k >= limit {
                break;
            }
            if self.status[c.ix()] == St::Free {
                k += 1;
            }
        }
        k
    }

    fn candidates(&self, b: u32) -> Vec<u32> {
        self.af
            .attackers_of(ArgumentId::new(b))
            .iter()
            .filter(|c| self.status[c.ix()] == St::Free)
            .map(|c| c.index())
            .collect()
    }

    /// Forces single-candidate obligations, then reports a closed node, a dead end, or the
    /// obligation to branch on.
    fn select(&mut self) -> Select {
        loop {
            let mut best: Option<(usize, u32)> = None;
            let mut i = 0;
            while i < self.obligations.len() {
                let b = self.obligations[i];
                if self.cover[b as usize] > 0 {
                    // Met for the whole subtree: drop it from the scan (undone on backtrack).
                    self.obligations.swap_remove(i);
                    self.trail.push(Change::Settle(i as u32, b));
                    continue;
                }
                i += 1;
                let limit = best.map_or(usize::MAX, |(k, _)| k);
                let k = self.candidate_count(b, limit);
                if k == 0 {
                    return Select::Conflict;
                }
                if best.is_none_or(|(bk, _)| k < bk) {
                    best = Some((k, b));
                    if k == 1 {
                        break;
                    }
                }
            }
            match best {
                None => return Select::Closed,
                Some((1, b)) => {
                    let c = self.candidates(b);
                    if c.len() != 1 || !(self.set_in(c[0]) && self.propagate()) {
                        return Select::Conflict;
                    }
                }
                Some((_, b)) => return Select::Defend(self.candidates(b)),
            }
        }
    }

    fn extension(&self) -> Extension {
        in_arguments(self.af, &self.status)
    }

    /// Tells the nearest enclosing closed node that a larger complete extension exists, and
    /// returns its cursor (0 at the root).
    fn note_closed_below(&mut self) -> usize {
        for f in self.frames.iter_mut().rev() {
            if let Branch::Extend {
                found_below,
                cursor,
            } = &mut f.branch
            {
                *found_below = true;
                return *cursor;
            }
        }
        0
    }

    /// The next argument the top frame puts IN, or `None` when its branches are exhausted.
    fn next_choice(&mut self) -> Option<u32> {
        let frame = self.frames.last_mut()?;
        match &mut frame.branch {
            Branch::Defend { candidates, next } => {
                let c = candidates.get(*next).copied();
                *next += 1;
                c
            }
            Branch::Extend { cursor, .. } => {
                while let Some(&x) = self.active.get(*cursor) {
                    *cursor += 1;
                    if self.status[x as usize] == St::Free {
                        return Some(x);
                    }
                }
                None
            }
        }
    }

    pub(crate) fn next_extension(&mut self) -> Option<Extension> {
        match self.run() {
            Found::Closed => Some(self.extension()),
            Found::Preferred(e) => Some(e),
            Found::Done => None,
        }
    }

    /// Runs the search to its next report.
    fn run(&mut self) -> Found {
        if self.done {
            return Found::Done;
        }
        let mut descend = !self.started;
        self.started = true;
        loop {
            if descend {
                match &mut self.budget {
                    Some(0) | None => {
                        self.budget = None;
                        self.done = true;
                        return Found::Done;
                    }
                    Some(left) => *left -= 1,
                }
                let mark = self.trail.len();
                match self.select() {
                    Select::Conflict => {}
                    Select::Defend(candidates) => self.frames.push(Frame {
                        branch: Branch::Defend {
                            candidates,
                            next: 0,
                        },
                        mark,
                        branch_mark: mark,
                        tried: None,
                    }),
                    Select::Closed => {
                        // Below a branch of an enclosing closed node, every argument before its
                        // cursor is settled already: start there (linear along a path).
                        let cursor = self.note_closed_below();
                        let here = self.trail.len();
                        self.frames.push(Frame {
                            branch: Branch::Extend {
                                cursor,
                                found_below: false,
                            },
                            mark: here,
                            branch_mark: here,
                            tried: None,
                        });
                        if self.mode == Mode::Complete {
                            return Found::Closed;
                        }
                    }
                }
            }
            let Some(frame) = self.frames.last_mut() else {
                self.done = true;
                return Found::Done;
            };
            let (branch_mark, tried) = (frame.branch_mark, frame.tried.take());
            let mut alive = true;
            if let Some(x) = tried {
                self.undo(branch_mark);
                alive = self.exclude(x) && self.propagate();
            }
            let choice = if alive { self.next_choice() } else { None };
            let Some(c) = choice else {
                let frame = self.frames.pop().expect("top frame");
                let ext = match frame.branch {
                    Branch::Extend {
                        found_below: false, ..
                    } if self.mode == Mode::Preferred => {
                        let ext = self.extension();
                        (!self.found.iter().any(|p| ext.is_subset(p))).then_some(ext)
                    }
                    _ => None,
                };
                self.undo(frame.mark);
                descend = false;
                if let Some(ext) = ext {
                    self.found.push(ext.clone());
                    return Found::Preferred(ext);
                }
                continue;
            };
            let frame = self.frames.last_mut().expect("top frame");
            frame.tried = Some(c);
            frame.branch_mark = self.trail.len();
            descend = self.set_in(c) && self.propagate();
        }
    }
}

impl Iterator for CompleteSearch<'_> {
    type Item = Extension;

    fn next(&mut self) -> Option<Extension> {
        self.next_extension()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn af(n: u32, attacks: &[(u32, u32)]) -> ArgumentationFramework {
        let mut af = ArgumentationFramework::with_arguments(n).unwrap();
        for &(x, y) in attacks {
            af.add_attack(ArgumentId::new(x), ArgumentId::new(y))
                .unwrap();
        }
        af
    }

    fn sets(search: CompleteSearch<'_>) -> Vec<Vec<u32>> {
        let mut v: Vec<Vec<u32>> = search
            .map(|e| e.iter().map(|a| a.index()).collect())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn two_cycles_give_nine_complete_and_four_preferred() {
        let f = af(4, &[(0, 1), (1, 0), (2, 3), (3, 2)]);
        let complete = sets(CompleteSearch::new(&f, Mode::Complete, &[]));
        assert_eq!(complete.len(), 9);
        let mut dedup = complete.clone();
        dedup.dedup();
        assert_eq!(dedup, complete);
        let preferred = sets(CompleteSearch::new(&f, Mode::Preferred, &[]));
        assert_eq!(
            preferred,
            vec![vec![0, 2], vec![0, 3], vec![1, 2], vec![1, 3]]
        );
    }

    #[test]
    fn requirements_restrict_the_search() {
        let f = af(3, &[(0, 1), (1, 0), (1, 2)]);
        let with0 = sets(CompleteSearch::new(
            &f,
            Mode::Complete,
            &[Require::In(ArgumentId::new(0))],
        ));
        assert_eq!(with0, vec![vec![0, 2]]);
        let without0 = sets(CompleteSearch::new(
            &f,
            Mode::Preferred,
            &[Require::NotIn(ArgumentId::new(0))],
        ));
        assert_eq!(without0, vec![vec![1]]);
        // 2 is defended by 0 only: requiring 2 forces 0.
        let with2 = sets(CompleteSearch::new(
            &f,
            Mode::Complete,
            &[Require::In(ArgumentId::new(2))],
        ));
        assert_eq!(with2, vec![vec![0, 2]]);
    }

    #[test]
    fn odd_cycle_and_self_attack_leave_only_the_empty_extension() {
        let f = af(4, &[(0, 1), (1, 2), (2, 0), (3, 3)]);
        assert_eq!(
            sets(CompleteSearch::new(&f, Mode::Complete, &[])),
            vec![Vec::<u32>::new()]
        );
        assert_eq!(
            sets(CompleteSearch::new(&f, Mode::Preferred, &[])),
            vec![Vec::<u32>::new()]
        );
    }
}

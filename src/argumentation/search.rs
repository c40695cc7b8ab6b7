//! The hard semantics (complete, preferred, stable, semi-stable, stage, ideal): which
//! procedure answers which question.
//!
//! Two engines do the work after a linear grounded pre-pass (grounded IN and OUT arguments
//! carry the same label in every complete labelling, so only what grounded leaves UNDEC is
//! searched; on frameworks where grounded decides everything, such as `admbuster`, no search
//! happens at all):
//!
//! - **Labelling searches** with propagation: `complete.rs` for complete and preferred
//!   extensions and credulous acceptance, `stable.rs` for stable extensions. On very dense
//!   frameworks (the AFGen family) they beat SAT by one to two orders of magnitude: making an
//!   argument IN settles all its neighbours at once.
//! - **SAT** (`sat.rs`: [batsat](https://crates.io/crates/batsat), a MiniSat 2.2 descendant in
//!   pure Rust, fixed seed; results and their order are the same every run), for range
//!   maximisation (semi-stable, stage) and for the many related questions behind the stable statuses, where
//!   one incremental solver keeps what it learns between questions. Each reduct argument `a`
//!   gets `in(a)`, `out(a)` and `range(a)`; complete labellings are the models of
//!   `not (in(a) and out(a))`, `in(a) <-> AND over attackers b of out(b)`,
//!   `out(a) <-> OR over attackers b of in(b)`; stable needs `in(a)` alone (conflict-free,
//!   and `in(a) or in(b1) or ... or in(bk)` over `a`'s attackers in the reduct); stage works on
//!   the whole framework with conflict-freeness and `out(a) <-> OR in(b)`; and
//!   `range(a) <-> in(a) or out(a)`.
//!
//! # Procedures
//!
//! - Complete: the search reports each extension at the node where it is closed (pre-order).
//! - Preferred: the same search reports an extension once nothing below it was complete and no
//!   earlier preferred extension contains it (post-order; supersets always come first).
//! - Stable: `stable.rs`; semi-stable and stage use it too whenever a stable extension exists,
//!   since they then coincide.
//! - Semi-stable and stage otherwise: SAT growth on range variables (solve under assumptions
//!   for the current range with a temporary clause asking for one more argument in range,
//!   until impossible); every labelling with that maximal range is enumerated (blocking
//!   clauses under an activation literal, retired afterwards), then the clause "some argument
//!   outside this range is in range" rules out everything it contains.
//! - Credulous acceptance (complete = preferred = admissible): one search with the argument
//!   required IN. The credulous *set* is covered: one search per argument no extension found
//!   so far contains, with the arguments already refuted excluded.
//! - Skeptical preferred acceptance of `a`: each extension maximal among the complete ones
//!   without `a` is a counterexample unless it grows into a complete extension with `a`.
//!   The skeptical *set* intersects the first `SEED` preferred extensions and asks that
//!   question only for what is left when there are more.
//! - Stable statuses: the first `SEED` stable extensions, then SAT: covering for the
//!   credulous set, one call per remaining skeptical candidate with `not in(a)` assumed.
//! - Stable questions (some extension, acceptance, statuses): when the grounded reduct's
//!   density is at least `SEARCH_DENSITY`, the stable search gets `STABLE_STEPS` steps and
//!   SAT answers if it has not settled the question by then; below it, SAT at once. Counted,
//!   not timed, so the choice is the same on every run.
//! - Semi-stable and stage, one extension: range growth with each reached range kept as unit
//!   clauses (`grow_range_for_good`). Stage starts from a greedy maximal conflict-free set
//!   (the grounded extension, then every argument in index order that fits) as the solver's
//!   first guess, so growth takes few, easy rounds (100,000-argument `grounded_100000`:
//!   18 s before, 3 s after). One argument: on its weakly connected component, the stable
//!   question first (stable extensions, when there are any, are exactly the semi-stable and
//!   stage ones); otherwise counter-example guided range maximisation (`range_witness`),
//!   stopping at the first extension that settles the question.
//! - Ideal: the largest admissible subset of the credulously accepted arguments that nothing
//!   credulously accepted attacks. Computed lazily (`ideal_lazily`): a linear
//!   greatest-fixpoint pass over optimistic candidates, settling only the credulous status
//!   of arguments that attack the current candidates, in doubling batches, by the complete
//!   search within a step budget and then by SAT.

use std::collections::HashMap;

use batsat::{Lit, Var, lbool};

use super::complete::{CompleteSearch, Mode};
use super::error::FrameworkError;
use super::framework::{ArgumentId, ArgumentationFramework};
use super::grounded::grounded_labels;
use super::labelling::{Acceptance, ArgumentStatus, Extension, Label, Labelling, Semantics};
use super::sat::Sat;
use super::stable::{Require, StableSearch};

const FIXED: u32 = u32::MAX;

/// How many extensions [`ArgumentationFramework::statuses`] enumerates before it switches to
/// one search per unsettled argument.
const SEED: usize = 64;

/// Branching steps the stable search may take on a question before SAT takes it over. The
/// search wins by far on most frameworks, but on some dense ones (`crusti.i23`) it finds
/// nothing in minutes while SAT finds an extension in seconds.
const STABLE_STEPS: u64 = 100_000;

/// Attack density (attacks per ordered pair of arguments) of the grounded reduct from which
/// stable questions start with the search rather than with SAT. Measured on the ICCMA
/// families: the search wins by orders of magnitude on AFGen frameworks (density 0.3 to 1.2),
/// where every IN decision settles a large share of the framework; SAT wins on large
/// frameworks of moderate density (`crusti.i23`: 3,875 arguments, density 0.022), where the
/// search gives up after its budget and SAT then answers anyway.
const SEARCH_DENSITY: f64 = 0.1;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Complete,
    /// Complete labellings without UNDEC: stable extensions.
    Stable,
    /// Conflict-free sets, `out` = attacked by the set (for stage).
    ConflictFree,
}

/// A SAT encoding of one kind of labelling over a framework.
struct Encoding<'a> {
    af: &'a ArgumentationFramework,
    solver: Sat,
    /// Reduct position -> argument.
    args: Vec<ArgumentId>,
    /// Argument -> reduct position, or `FIXED`.
    pos: Vec<u32>,
    /// Labels of fixed arguments (grounded labels for complete-based kinds).
    fixed: Vec<Label>,
    inv: Vec<Var>,
    outv: Vec<Var>,
    range: Vec<Var>,
    /// The last model found (the solver's own is not kept across failed calls).
    model: Vec<lbool>,
    ok: bool,
}

fn pos_lit(v: Var) -> Lit {
    Lit::new(v, true)
}

fn neg_lit(v: Var) -> Lit {
    Lit::new(v, false)
}

impl<'a> Encoding<'a> {
    fn new(af: &'a ArgumentationFramework, kind: Kind) -> Self {
        let n = af.len();
        let fixed = match kind {
            Kind::Complete | Kind::Stable => grounded_labels(af),
            Kind::ConflictFree => vec![Label::Undec; n],
        };
        let mut pos = vec![FIXED; n];
        let mut args = Vec::new();
        for a in af.arguments() {
            if fixed[a.ix()] == Label::Undec {
                pos[a.ix()] = args.len() as u32;
                args.push(a);
            }
        }
        let mut solver = Sat::new();
        let k = args.len();
        // Conflict-free sets (stage) start from the grounded labelling: its IN arguments are
        // tried IN first, its OUT ones out, the rest IN (a greedy set), so the first model
        // already has a large range and range growth takes few rounds.
        let hint = if kind == Kind::ConflictFree {
            greedy_conflict_free(af)
        } else {
            Vec::new()
        };
        let inv: Vec<Var> = args
            .iter()
            .map(|a| match hint.get(a.ix()) {
                Some(Label::In) => solver.new_var(lbool::TRUE),
                Some(_) => solver.new_var(lbool::FALSE),
                None => solver.new_var(lbool::UNDEF),
            })
            .collect();
        // Stable extensions need only the `in` variables; range maximisation prefers `range`
        // true when it decides, so its first models already have large ranges.
        let (outv, range): (Vec<Var>, Vec<Var>) = if kind == Kind::Stable {
            (Vec::new(), Vec::new())
        } else {
            (
                args.iter()
                    .map(|a| match hint.get(a.ix()) {
                        Some(Label::Out) => solver.new_var(lbool::TRUE),
                        Some(_) => solver.new_var(lbool::FALSE),
                        None => solver.new_var(lbool::UNDEF),
                    })
                    .collect(),
                (0..k).map(|_| solver.new_var(lbool::TRUE)).collect(),
            )
        };
        let mut enc = Self {
            af,
            solver,
            args,
            pos,
            fixed,
            inv,
            outv,
            range,
            model: Vec::new(),
            ok: true,
        };
        enc.encode(kind);
        enc
    }

    fn add(&mut self, mut clause: Vec<Lit>) {
        if clause.is_empty() || !self.solver.add_clause(&mut clause) {
            self.ok = false;
        }
    }

    /// Reduct positions of the attackers of the argument at position `i` that are in the reduct.
    fn reduct_attackers(&self, i: usize) -> Vec<usize> {
        self.af
            .attackers_of(self.args[i])
            .iter()
            .filter_map(|b| {
                let p = self.pos[b.ix()];
                (p != FIXED).then_some(p as usize)
            })
            .collect()
    }

    fn encode(&mut self, kind: Kind) {
        if kind == Kind::Stable {
            self.encode_stable();
            return;
        }
        for i in 0..self.args.len() {
            let (ia, oa, ra) = (self.inv[i], self.outv[i], self.range[i]);
            let atts = self.reduct_attackers(i);
            self.add(vec![neg_lit(ia), neg_lit(oa)]);
            // range(a) <-> in(a) or out(a)
            self.add(vec![neg_lit(ra), pos_lit(ia), pos_lit(oa)]);
            self.add(vec![pos_lit(ra), neg_lit(ia)]);
            self.add(vec![pos_lit(ra), neg_lit(oa)]);
            // out(a) <-> some attacker in
            let mut some_in = vec![neg_lit(oa)];
            for &b in &atts {
                let ib = self.inv[b];
                some_in.push(pos_lit(ib));
                self.add(vec![neg_lit(ib), pos_lit(oa)]);
            }
            self.add(some_in);
            match kind {
                Kind::Complete | Kind::Stable => {
                    // in(a) <-> all attackers out
                    let mut all_out = vec![pos_lit(ia)];
                    for &b in &atts {
                        let ob = self.outv[b];
                        all_out.push(neg_lit(ob));
                        self.add(vec![neg_lit(ia), pos_lit(ob)]);
                    }
                    self.add(all_out);
                }
                Kind::ConflictFree => {
                    for &b in &atts {
                        let ib = self.inv[b];
                        self.add(vec![neg_lit(ib), neg_lit(ia)]);
                    }
                }
            }
        }
    }

    /// Stable extensions of the reduct with `in` variables alone: conflict-free
    /// (`not in(b) or not in(a)` for every attack) and every argument IN or attacked by an
    /// IN argument (`in(a) or in(b1) or ... in(bk)` over its attackers in the reduct). The
    /// grounded IN arguments attack none of the reduct, and grounded OUT attackers cannot
    /// settle anything, so the reduct's own attacks are all that counts. A third of the
    /// variables and about half the clauses of the complete encoding.
    fn encode_stable(&mut self) {
        for i in 0..self.args.len() {
            let ia = self.inv[i];
            let atts = self.reduct_attackers(i);
            let mut settled = vec![pos_lit(ia)];
            for &b in &atts {
                let ib = self.inv[b];
                if b == i {
                    self.add(vec![neg_lit(ia)]);
                } else {
                    self.add(vec![neg_lit(ib), neg_lit(ia)]);
                    settled.push(pos_lit(ib));
                }
            }
            self.add(settled);
        }
    }

    fn solve(&mut self, assumptions: &[Lit]) -> bool {
        self.ok && self.solver.solve(assumptions, &mut self.model)
    }

    fn value(&self, v: Var) -> bool {
        self.model.get(v.idx() as usize) == Some(&lbool::TRUE)
    }

    /// Reduct positions set true among `vars` in the current model.
    fn true_positions(&self, vars: &[Var]) -> Vec<usize> {
        (0..vars.len()).filter(|&i| self.value(vars[i])).collect()
    }

    /// The extension of the current model: fixed IN arguments plus model IN arguments.
    fn extension(&self) -> Extension {
        let v: Vec<ArgumentId> = self
            .af
            .arguments()
            .filter(|a| match self.pos[a.ix()] {
                FIXED => self.fixed[a.ix()] == Label::In,
                p => self.value(self.inv[p as usize]),
            })
            .collect();
        Extension::from_sorted(v)
    }

    /// Blocks the current model's IN set while `guard` holds.
    fn block_current_in_set(&mut self, guard: Var) {
        let mut clause = vec![neg_lit(guard)];
        for i in 0..self.args.len() {
            let v = self.inv[i];
            clause.push(if self.value(v) {
                neg_lit(v)
            } else {
                pos_lit(v)
            });
        }
        self.add(clause);
    }

    fn fresh(&mut self) -> Var {
        self.solver.new_var(lbool::UNDEF)
    }

    /// Grows the current model's range until maximal. Assumes the last solve succeeded; on
    /// return the kept model is one whose range is maximal.
    fn grow_range(&mut self) {
        self.grow_range_under(&[]);
    }

    /// [`grow_range`](Self::grow_range) among the models that also satisfy `extra`.
    fn grow_range_under(&mut self, extra: &[Lit]) {
        loop {
            let on = self.true_positions(&self.range);
            if on.len() == self.range.len() {
                return;
            }
            let act = self.fresh();
            let mut clause = self.range_excluder();
            clause.insert(0, neg_lit(act));
            self.add(clause);
            let mut assumptions = vec![pos_lit(act)];
            assumptions.extend_from_slice(extra);
            assumptions.extend(on.iter().map(|&i| pos_lit(self.range[i])));
            let grown = self.solve(&assumptions);
            self.add(vec![neg_lit(act)]);
            if !grown {
                // The kept model is the last (maximal) one.
                return;
            }
        }
    }

    /// [`grow_range`](Self::grow_range) when only one maximal range is wanted: each range
    /// reached is kept as unit clauses, which the solver simplifies away, instead of being
    /// assumed again in every round. Leaves the encoding usable for nothing else.
    fn grow_range_for_good(&mut self) {
        let mut kept = vec![false; self.range.len()];
        loop {
            let on = self.true_positions(&self.range);
            for &i in &on {
                if !kept[i] {
                    kept[i] = true;
                    self.add(vec![pos_lit(self.range[i])]);
                }
            }
            let clause = self.range_excluder();
            if clause.is_empty() {
                return;
            }
            let model = std::mem::take(&mut self.model);
            self.add(clause);
            if !self.solve(&[]) {
                self.model = model;
                return;
            }
        }
    }

    /// After a model: the clause "some argument outside its range is in range".
    fn range_excluder(&self) -> Vec<Lit> {
        self.range
            .iter()
            .filter(|&&v| !self.value(v))
            .map(|&v| pos_lit(v))
            .collect()
    }

    /// Settles the credulous status of every open argument of `batch` (complete encoding):
    /// a model with one of them IN makes all its IN arguments known; when none is left, the
    /// rest are refuted, for good (unit clauses).
    fn settle(&mut self, batch: &[ArgumentId], status: &mut [Status]) {
        loop {
            let open: Vec<ArgumentId> = batch
                .iter()
                .copied()
                .filter(|b| status[b.ix()] == Status::Open)
                .collect();
            if open.is_empty() {
                return;
            }
            let act = self.fresh();
            let mut clause = vec![neg_lit(act)];
            clause.extend(
                open.iter()
                    .map(|b| pos_lit(self.inv[self.pos[b.ix()] as usize])),
            );
            self.add(clause);
            let found = self.solve(&[pos_lit(act)]);
            self.add(vec![neg_lit(act)]);
            if !found {
                for b in open {
                    status[b.ix()] = Status::Refuted;
                    self.add(vec![neg_lit(self.inv[self.pos[b.ix()] as usize])]);
                }
                return;
            }
            for i in self.true_positions(&self.inv) {
                status[self.args[i].ix()] = Status::Accepted;
            }
        }
    }

    /// Covers: the set of arguments that are IN in some model (with extra assumptions).
    fn covered_in(&mut self) -> Vec<bool> {
        let n = self.af.len();
        let mut covered = vec![false; n];
        if !self.solve(&[]) {
            return covered;
        }
        for a in self.af.arguments() {
            if self.pos[a.ix()] == FIXED && self.fixed[a.ix()] == Label::In {
                covered[a.ix()] = true;
            }
        }
        loop {
            for i in self.true_positions(&self.inv) {
                covered[self.args[i].ix()] = true;
            }
            let act = self.fresh();
            let mut clause = vec![neg_lit(act)];
            for i in 0..self.args.len() {
                if !covered[self.args[i].ix()] {
                    clause.push(pos_lit(self.inv[i]));
                }
            }
            if clause.len() == 1 {
                self.add(vec![neg_lit(act)]);
                return covered;
            }
            self.add(clause);
            let found = self.solve(&[pos_lit(act)]);
            self.add(vec![neg_lit(act)]);
            if !found {
                return covered;
            }
        }
    }
}

/// A first guess for range maximisation over conflict-free sets: the grounded extension,
/// then every other argument in index order that is neither attacked by the set nor attacks
/// it (and does not attack itself). IN for members, OUT for what they attack, UNDEC for the
/// rest. A maximal conflict-free set, so the solver's first model (which follows these
/// phases) starts with a large range and range growth needs few, easy rounds. `O(n + m)`.
fn greedy_conflict_free(af: &ArgumentationFramework) -> Vec<Label> {
    let mut labels = grounded_labels(af);
    for a in af.arguments() {
        if labels[a.ix()] != Label::Undec {
            continue;
        }
        let attacked = af
            .attackers_of(a)
            .iter()
            .any(|b| *b == a || labels[b.ix()] == Label::In);
        let attacks = af.targets_of(a).iter().any(|t| labels[t.ix()] == Label::In);
        if attacked || attacks {
            continue;
        }
        labels[a.ix()] = Label::In;
        for t in af.targets_of(a) {
            labels[t.ix()] = Label::Out;
        }
    }
    labels
}

/// What is known of an argument's credulous acceptance (complete = preferred = admissible).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    /// IN in some complete extension found.
    Accepted,
    /// IN in none.
    Refuted,
    /// Not settled yet.
    Open,
}

enum Phase {
    /// Looking for the next (maximal) extension.
    Next,
    /// Enumerating the labellings of one maximal range; `act` guards their blocking clauses.
    WithinRange {
        assumptions: Vec<Lit>,
        act: Var,
        excluder: Vec<Lit>,
    },
    Done,
}

/// Semi-stable or stage extensions by range maximisation (the encoding's kind decides which).
struct Engine<'a> {
    enc: Encoding<'a>,
    phase: Phase,
}

impl Engine<'_> {
    fn next_extension(&mut self) -> Option<Extension> {
        loop {
            match std::mem::replace(&mut self.phase, Phase::Done) {
                Phase::Done => return None,
                Phase::Next => {
                    if !self.enc.solve(&[]) {
                        return None;
                    }
                    self.enc.grow_range();
                    let assumptions: Vec<Lit> = self
                        .enc
                        .true_positions(&self.enc.range)
                        .into_iter()
                        .map(|i| pos_lit(self.enc.range[i]))
                        .collect();
                    let excluder = self.enc.range_excluder();
                    let act = self.enc.fresh();
                    self.phase = Phase::WithinRange {
                        assumptions,
                        act,
                        excluder,
                    };
                }
                Phase::WithinRange {
                    mut assumptions,
                    act,
                    excluder,
                } => {
                    assumptions.push(pos_lit(act));
                    let found = self.enc.solve(&assumptions);
                    assumptions.pop();
                    if found {
                        let ext = self.enc.extension();
                        self.enc.block_current_in_set(act);
                        self.phase = Phase::WithinRange {
                            assumptions,
                            act,
                            excluder,
                        };
                        return Some(ext);
                    }
                    self.enc.add(vec![neg_lit(act)]);
                    // Only now rule out every range inside this one (itself included).
                    self.enc.add(excluder);
                    self.phase = Phase::Next;
                }
            }
        }
    }
}

enum Inner<'a> {
    Single(Option<Extension>),
    Search(Box<Engine<'a>>),
    /// The stable search, after an extension it already found (if any).
    Stable(Box<StableSearch<'a>>, Option<Extension>),
    Complete(Box<CompleteSearch<'a>>),
}

/// A lazy iterator over the extensions of a framework under a semantics; see
/// [`ArgumentationFramework::extensions`].
///
/// Each call to `next` does the search work for one more extension only; dropping the iterator
/// stops the search.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Semantics};
/// let mut af = ArgumentationFramework::with_arguments(2)?;
/// let [a, b] = [0, 1].map(ArgumentId::new);
/// af.add_attack(a, b)?;
/// af.add_attack(b, a)?;
/// let mut it = af.extensions(Semantics::Stable);
/// assert!(it.next().is_some());
/// assert!(it.next().is_some());
/// assert!(it.next().is_none());
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
pub struct Extensions<'a> {
    inner: Inner<'a>,
}

impl Iterator for Extensions<'_> {
    type Item = Extension;

    fn next(&mut self) -> Option<Extension> {
        match &mut self.inner {
            Inner::Single(e) => e.take(),
            Inner::Search(engine) => engine.next_extension(),
            Inner::Stable(search, first) => first.take().or_else(|| search.next_extension()),
            Inner::Complete(search) => search.next_extension(),
        }
    }
}

impl std::fmt::Debug for Extensions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extensions").finish_non_exhaustive()
    }
}

fn engine_for(af: &ArgumentationFramework, semantics: Semantics) -> Engine<'_> {
    let kind = match semantics {
        Semantics::Stage => Kind::ConflictFree,
        _ => Kind::Complete,
    };
    Engine {
        enc: Encoding::new(af, kind),
        phase: Phase::Next,
    }
}

/// Size and attacks of the part of a framework the grounded labelling leaves undecided: what
/// decides between the labelling searches and SAT.
struct ReductShape {
    arguments: usize,
    attacks: usize,
}

impl ReductShape {
    /// Attacks per ordered pair of arguments (1 for an empty reduct: nothing to search).
    #[allow(clippy::cast_precision_loss)] // a ratio, far from f64's integer limit
    fn density(&self) -> f64 {
        if self.arguments == 0 {
            return 1.0;
        }
        self.attacks as f64 / (self.arguments as f64 * self.arguments as f64)
    }
}

/// Narrows `set` to the members of `ext` in place (no allocation).
fn keep_members(set: &mut [bool], ext: &Extension) {
    for (i, s) in set.iter_mut().enumerate() {
        if *s {
            *s = ext.contains(ArgumentId::new(i as u32));
        }
    }
}

impl ArgumentationFramework {
    /// The extensions under `semantics`, lazily, in a deterministic order (the same on every
    /// run; grounded and ideal yield exactly one, stable may yield none).
    ///
    /// # Complexity
    ///
    /// Grounded: `O(n + m)`; ideal: see [`ideal_extension`](Self::ideal_extension). The others
    /// are NP-hard in general and each step may take exponential time: complete, preferred and
    /// stable (and semi-stable or stage when stable extensions exist) use a backtracking
    /// search with propagation, semi-stable and stage otherwise use SAT, both over the part
    /// of the framework the grounded labelling leaves undecided. Building the iterator costs
    /// one grounded pass plus the set-up, `O(n + m)`, except for semi-stable and stage, which
    /// first run the stable search (see the [module docs](crate::argumentation#which-procedure-answers-which-question-and-why)).
    ///
    /// # Order
    ///
    /// Complete extensions come as the search meets them, the grounded one first; each
    /// preferred one comes once the search has ruled out a larger one, so a superset always
    /// comes before its subsets. Stable extensions (and semi-stable or stage ones when stable
    /// extensions exist) come in the stable search's order; the others in the order SAT finds
    /// them, by maximal range. Every order is the same on every run.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, a)?;
    /// af.add_attack(c, c)?;
    /// assert_eq!(af.extensions(Semantics::Complete).next(), Some(af.grounded_extension()));
    /// assert_eq!(af.extensions(Semantics::Complete).count(), 3);
    /// assert_eq!(af.extensions(Semantics::Preferred).count(), 2);
    /// assert_eq!(af.extensions(Semantics::Stable).count(), 0);
    /// assert_eq!(af.extensions(Semantics::Stage).count(), 2);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn extensions(&self, semantics: Semantics) -> Extensions<'_> {
        let inner = match semantics {
            Semantics::Grounded => Inner::Single(Some(self.grounded_extension())),
            Semantics::Ideal => Inner::Single(Some(self.ideal_extension())),
            Semantics::Stable => Inner::Stable(Box::new(StableSearch::new(self, &[])), None),
            Semantics::Complete => {
                Inner::Complete(Box::new(CompleteSearch::new(self, Mode::Complete, &[])))
            }
            Semantics::Preferred => {
                Inner::Complete(Box::new(CompleteSearch::new(self, Mode::Preferred, &[])))
            }
            // When stable extensions exist, they are exactly the semi-stable and the stage
            // extensions; the stable search is much faster than range maximisation. If it
            // finds none (or gives up), range maximisation answers.
            Semantics::SemiStable | Semantics::Stage => {
                let mut search = StableSearch::new(self, &[]).with_budget(STABLE_STEPS);
                match search.next_extension() {
                    Some(first) => {
                        search.lift_budget();
                        Inner::Stable(Box::new(search), Some(first))
                    }
                    None => Inner::Search(Box::new(engine_for(self, semantics))),
                }
            }
        };
        Extensions { inner }
    }

    /// The labellings under `semantics`, lazily: each extension with its attacked arguments
    /// OUT and the rest UNDEC, in the order of [`extensions`](Self::extensions).
    ///
    /// # Complexity
    ///
    /// That of [`extensions`](Self::extensions), plus `O(n + m)` per labelling.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// let ls: Vec<_> = af.labellings(Semantics::Complete).collect();
    /// assert_eq!(ls.len(), 1);
    /// assert_eq!(ls[0].as_slice(), &[Label::In, Label::Out]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn labellings(&self, semantics: Semantics) -> impl Iterator<Item = Labelling> + '_ {
        self.extensions(semantics)
            .map(move |e| Labelling::from_extension(self, &e))
    }

    /// Some extension, if one exists (only stable can have none): the first of
    /// [`extensions`](Self::extensions), except for stable semantics, where the stable search
    /// hands the question to SAT if it has not found an extension or proved there is none
    /// within 100,000 steps.
    ///
    /// # Complexity
    ///
    /// `O(n + m)` for grounded; for ideal, that of
    /// [`ideal_extension`](Self::ideal_extension); for the others, one search (exponential in
    /// the worst case, in the part the grounded labelling leaves undecided).
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(1)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(0))?;
    /// assert!(af.some_extension(Semantics::Stable).is_none());
    /// assert!(af.some_extension(Semantics::Preferred).unwrap().is_empty());
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn some_extension(&self, semantics: Semantics) -> Option<Extension> {
        match semantics {
            // The stable search, or SAT when the search stalls (see `stable_extension_with`).
            Semantics::Stable => self.stable_extension_with(&[], self.stable_steps()),
            // Range maximisation straight away: a stable extension, if there is one, is what
            // it finds (a full range), without a stable search first.
            Semantics::SemiStable | Semantics::Stage => {
                // A stable extension is semi-stable and stage: one call on the small stable
                // encoding first.
                let mut stable = Encoding::new(self, Kind::Stable);
                if stable.solve(&[]) {
                    return Some(stable.extension());
                }
                drop(stable);
                let mut enc = engine_for(self, semantics).enc;
                enc.solve(&[]).then(|| {
                    enc.grow_range_for_good();
                    enc.extension()
                })
            }
            _ => self.extensions(semantics).next(),
        }
    }

    /// Whether `argument` is accepted credulously (in some extension) or skeptically (in every
    /// extension; vacuously true when there is none, as in ICCMA for stable semantics).
    ///
    /// Complete, preferred and ideal are directional, so they are answered on the part of the
    /// framework that can reach the argument. Complete and preferred credulous acceptance take
    /// one search with the argument required IN; skeptical preferred looks for a preferred
    /// extension without it; stable acceptance is one stable search with the argument forced
    /// IN (credulous) or out (skeptical), handed to SAT if the search has not settled it within
    /// 100,000 steps; grounded and skeptical complete need no search (both are grounded
    /// membership); ideal computes the ideal extension of the part that reaches the argument;
    /// semi-stable and stage enumerate until decided.
    ///
    /// # Errors
    ///
    /// [`FrameworkError::UnknownArgument`] when `argument` is not in the framework.
    ///
    /// # Complexity
    ///
    /// For complete, preferred and ideal, first `O(k + j)` to cut out the `k` arguments and
    /// `j` attacks that can reach `argument`, and then the rest on that part alone. Grounded
    /// and skeptical complete: `O(n + m)`. Credulous complete or preferred, skeptical
    /// preferred, stable and ideal: searches that are exponential in the worst case (the
    /// questions are NP- or coNP-hard, skeptical preferred is
    /// Π<sub>2</sub><sup>P</sup>-complete). Semi-stable and stage: up to every extension.
    ///
    /// ```
    /// use claimgraph::argumentation::{Acceptance, ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, a)?;
    /// af.add_attack(a, c)?;
    /// af.add_attack(b, c)?;
    /// assert!(!af.is_accepted(c, Semantics::Preferred, Acceptance::Credulous)?);
    /// assert!(af.is_accepted(a, Semantics::Stable, Acceptance::Credulous)?);
    /// assert!(!af.is_accepted(a, Semantics::Stable, Acceptance::Skeptical)?);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn is_accepted(
        &self,
        argument: ArgumentId,
        semantics: Semantics,
        acceptance: Acceptance,
    ) -> Result<bool, FrameworkError> {
        self.known(argument)?;
        let a = argument;
        // Complete, preferred and ideal semantics are directional: the status of `a` depends
        // only on the arguments that can reach it, an unattacked part of the framework.
        let directional = matches!(
            semantics,
            Semantics::Complete | Semantics::Preferred | Semantics::Ideal
        );
        if directional && let Some((sub, x)) = self.upstream(a) {
            return sub.is_accepted(x, semantics, acceptance);
        }
        Ok(self.accepted_whole(a, semantics, acceptance))
    }

    /// The framework restricted to the arguments that can reach `a` through attacks (in
    /// index order), and `a`'s id there; `None` when every argument can. Linear in the size of
    /// that part.
    fn upstream(&self, a: ArgumentId) -> Option<(ArgumentationFramework, ArgumentId)> {
        let mut index: HashMap<u32, u32> = HashMap::from([(a.index(), 0)]);
        let mut order = vec![a];
        let mut i = 0;
        while let Some(&x) = order.get(i) {
            i += 1;
            for &b in self.attackers_of(x) {
                if let std::collections::hash_map::Entry::Vacant(e) = index.entry(b.index()) {
                    e.insert(0);
                    order.push(b);
                }
            }
        }
        if order.len() == self.len() {
            return None;
        }
        order.sort_unstable();
        for (k, x) in order.iter().enumerate() {
            index.insert(x.index(), k as u32);
        }
        let at = |x: ArgumentId| ArgumentId::new(index[&x.index()]);
        let mut sub = ArgumentationFramework::with_arguments(order.len() as u32).ok()?;
        for &x in &order {
            for &b in self.attackers_of(x) {
                sub.add_attack(at(b), at(x)).ok()?;
            }
        }
        Some((sub, at(a)))
    }

    /// [`is_accepted`](Self::is_accepted) without the restriction to what reaches `a`.
    fn accepted_whole(&self, a: ArgumentId, semantics: Semantics, acceptance: Acceptance) -> bool {
        match (semantics, acceptance) {
            (Semantics::Grounded, _) | (Semantics::Complete, Acceptance::Skeptical) => {
                self.grounded_labelling().label(a) == Label::In
            }
            (Semantics::Ideal, _) => self.ideal_extension().contains(a),
            (Semantics::Complete | Semantics::Preferred, Acceptance::Credulous) => {
                CompleteSearch::new(self, Mode::Complete, &[Require::In(a)])
                    .next_extension()
                    .is_some()
            }
            (Semantics::Stable, Acceptance::Credulous) => self
                .stable_extension_with(&[Require::In(a)], self.stable_steps())
                .is_some(),
            (Semantics::Stable, Acceptance::Skeptical) => self
                .stable_extension_with(&[Require::NotIn(a)], self.stable_steps())
                .is_none(),
            (Semantics::Preferred, Acceptance::Skeptical) => self.preferred_without(a).is_none(),
            (Semantics::SemiStable | Semantics::Stage, _) => {
                let credulous = acceptance == Acceptance::Credulous;
                let settled = match self.weak_component(a) {
                    Some((sub, x, _)) => sub.range_witness(x, semantics, credulous).is_some(),
                    None => self.range_witness(a, semantics, credulous).is_some(),
                };
                settled == credulous
            }
        }
    }

    /// The weakly connected component of `a` (the arguments linked to it by attacks in
    /// either direction) as a framework of its own, `a`'s id there and the component's
    /// arguments in index order; `None` when it is the whole framework. Linear in the size of
    /// the component.
    ///
    /// Semi-stable and stage extensions of a framework made of parts with no attack between
    /// them are exactly the unions of one extension of each part (conflict-freeness,
    /// completeness and range are all part by part, and so is a maximal range), and every
    /// part has one: a question about `a` is a question about its component alone. Without
    /// this, range maximisation meets every combination of the other parts' maximal ranges
    /// (an isolated argument's skeptical stage question took minutes on 300 random arguments).
    fn weak_component(
        &self,
        a: ArgumentId,
    ) -> Option<(ArgumentationFramework, ArgumentId, Vec<ArgumentId>)> {
        let mut seen = vec![false; self.len()];
        seen[a.ix()] = true;
        let mut order = vec![a];
        let mut i = 0;
        while let Some(&x) = order.get(i) {
            i += 1;
            for &b in self.attackers_of(x).iter().chain(self.targets_of(x)) {
                if !seen[b.ix()] {
                    seen[b.ix()] = true;
                    order.push(b);
                }
            }
        }
        if order.len() == self.len() {
            return None;
        }
        order.sort_unstable();
        let sub = self.restricted(&order, &seen)?;
        let x = ArgumentId::new(order.binary_search(&a).ok()? as u32);
        Some((sub, x, order))
    }

    /// The framework of the arguments in `members` (sorted; `member` their membership) and
    /// the attacks among them, renumbered in index order.
    fn restricted(
        &self,
        members: &[ArgumentId],
        member: &[bool],
    ) -> Option<ArgumentationFramework> {
        let at = |x: ArgumentId| ArgumentId::new(members.partition_point(|&m| m < x) as u32);
        let mut sub = ArgumentationFramework::with_arguments(members.len() as u32).ok()?;
        for &x in members {
            for &b in self.attackers_of(x) {
                if member[b.ix()] {
                    sub.add_attack(at(b), at(x)).ok()?;
                }
            }
        }
        Some(sub)
    }

    /// Semi-stable or stage [`witness`](Self::witness): the question is settled on `a`'s
    /// weakly connected component (see [`weak_component`](Self::weak_component)), and the
    /// witness completed by some extension of the rest of the framework.
    fn range_witness_by_component(
        &self,
        a: ArgumentId,
        semantics: Semantics,
        credulous: bool,
    ) -> Option<Extension> {
        let Some((sub, x, members)) = self.weak_component(a) else {
            return self.range_witness(a, semantics, credulous);
        };
        let part = sub.range_witness(x, semantics, credulous)?;
        let mut member = vec![false; self.len()];
        for m in &members {
            member[m.ix()] = true;
        }
        let rest: Vec<ArgumentId> = self.arguments().filter(|r| !member[r.ix()]).collect();
        let others = self.restricted(&rest, &member.iter().map(|m| !m).collect::<Vec<_>>())?;
        // Semi-stable and stage extensions always exist.
        let other = others.some_extension(semantics)?;
        let mut all: Vec<ArgumentId> = part
            .iter()
            .map(|p| members[p.ix()])
            .chain(other.iter().map(|o| rest[o.ix()]))
            .collect();
        all.sort_unstable();
        Some(Extension::from_sorted(all))
    }

    /// The extension that settles an acceptance question, when one does: for credulous
    /// acceptance an extension containing `argument` (there is one exactly when it is
    /// accepted), for skeptical acceptance an extension without it (there is one exactly when
    /// it is *not* accepted). `None` means: not credulously accepted, or skeptically accepted.
    /// ICCMA solvers print this as the witness of a `DC` yes or a `DS` no.
    ///
    /// The extension is one of the framework's extensions under `semantics` (a preferred one
    /// for preferred, a semi-stable one for semi-stable, and so on), found on the whole
    /// framework: for complete and preferred semantics this may take longer than
    /// [`is_accepted`](Self::is_accepted), which may answer on the part of the framework
    /// that reaches `argument`.
    ///
    /// # Errors
    ///
    /// [`FrameworkError::UnknownArgument`] when `argument` is not in the framework.
    ///
    /// # Complexity
    ///
    /// That of [`is_accepted`](Self::is_accepted) on the whole framework.
    ///
    /// ```
    /// use claimgraph::argumentation::{Acceptance, ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, a)?;
    /// af.add_attack(b, c)?;
    /// // c is credulously accepted under stable semantics: {a, c} shows it.
    /// let yes = af.witness(c, Semantics::Stable, Acceptance::Credulous)?.unwrap();
    /// assert_eq!(yes.as_slice(), &[a, c]);
    /// // It is not skeptically accepted: {b} is a stable extension without it.
    /// let no = af.witness(c, Semantics::Stable, Acceptance::Skeptical)?.unwrap();
    /// assert_eq!(no.as_slice(), &[b]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn witness(
        &self,
        argument: ArgumentId,
        semantics: Semantics,
        acceptance: Acceptance,
    ) -> Result<Option<Extension>, FrameworkError> {
        self.known(argument)?;
        let a = argument;
        let credulous = acceptance == Acceptance::Credulous;
        let single = |e: Extension| (e.contains(a) == credulous).then_some(e);
        Ok(match (semantics, acceptance) {
            (Semantics::Grounded, _) | (Semantics::Complete, Acceptance::Skeptical) => {
                single(self.grounded_extension())
            }
            (Semantics::Ideal, _) => single(self.ideal_extension()),
            (Semantics::Complete, Acceptance::Credulous) => {
                CompleteSearch::new(self, Mode::Complete, &[Require::In(a)]).next_extension()
            }
            (Semantics::Preferred, Acceptance::Credulous) => {
                // The first extension maximal among the complete ones containing `a`: any
                // larger complete extension would contain `a` too, so it is preferred.
                CompleteSearch::new(self, Mode::Preferred, &[Require::In(a)]).next_extension()
            }
            (Semantics::Preferred, Acceptance::Skeptical) => self.preferred_without(a),
            (Semantics::Stable, Acceptance::Credulous) => {
                self.stable_extension_with(&[Require::In(a)], self.stable_steps())
            }
            (Semantics::Stable, Acceptance::Skeptical) => {
                self.stable_extension_with(&[Require::NotIn(a)], self.stable_steps())
            }
            (Semantics::SemiStable | Semantics::Stage, _) => {
                self.range_witness_by_component(a, semantics, credulous)
            }
        })
    }

    /// Semi-stable or stage acceptance of `a` by counter-example guided range maximisation,
    /// on one incremental SAT solver, stopping as soon as the question is settled.
    ///
    /// First the stable question: a stable extension with `a` (credulous) or without it
    /// (skeptical) settles it; if there is none but some stable extension exists, the
    /// semi-stable (stage) extensions are the stable ones and the answer is the opposite.
    /// Only without stable extensions does range maximisation run:
    ///
    /// Credulous (skeptical is the same with `a` required out of the extension and the answer
    /// negated): find a labelling with `a` IN and grow its range, keeping `a` IN, until no
    /// such labelling has a larger one: range `R`. A full range is a stable extension, hence
    /// semi-stable (stage): yes. Otherwise ask for any labelling whose range strictly contains
    /// `R`. None: the labelling is semi-stable (stage) and contains `a`: yes. One: no
    /// labelling whose range lies inside `R` is semi-stable (stage), so the clause "some
    /// argument outside `R` is in range" rules them all out for good; the counter-example is
    /// first grown to a maximal range of its own, and that extension settles the question when
    /// it contains `a` (credulous) or lacks it (skeptical). Each round excludes at least
    /// the range `R`, so the loop ends; when no labelling with `a` IN is left, the answer is
    /// no. Semi-stable works on the grounded reduct (a grounded IN argument is in every
    /// complete extension, a grounded OUT one in none), stage on the whole framework.
    ///
    /// Returns the extension that settles the question (see [`witness`](Self::witness)):
    /// with `a` when credulous, without it when skeptical; `None` when there is none.
    fn range_witness(
        &self,
        a: ArgumentId,
        semantics: Semantics,
        credulous: bool,
    ) -> Option<Extension> {
        // When stable extensions exist, they are exactly the semi-stable and the stage ones:
        // the question is a stable one, on the smaller stable encoding (or the search).
        let steps = self.stable_steps();
        let want = if credulous {
            Require::In(a)
        } else {
            Require::NotIn(a)
        };
        if let Some(e) = self.stable_extension_with(&[want], steps) {
            return Some(e);
        }
        if self.stable_extension_with(&[], steps).is_some() {
            return None;
        }
        let kind = if semantics == Semantics::Stage {
            Kind::ConflictFree
        } else {
            Kind::Complete
        };
        let mut enc = Encoding::new(self, kind);
        let p = match enc.pos[a.ix()] {
            // Settled by the grounded labelling: a grounded IN argument is in every complete
            // extension, a grounded OUT one in none; any semi-stable extension shows it.
            FIXED => {
                return if (enc.fixed[a.ix()] == Label::In) == credulous {
                    enc.solve(&[]).then(|| {
                        enc.grow_range_for_good();
                        enc.extension()
                    })
                } else {
                    None
                };
            }
            p => p as usize,
        };
        let lit = pos_lit(enc.inv[p]);
        let want = if credulous { lit } else { !lit };
        loop {
            if !enc.solve(&[want]) {
                return None;
            }
            enc.grow_range_under(&[want]);
            let excluder = enc.range_excluder();
            if excluder.is_empty() {
                return Some(enc.extension());
            }
            let act = enc.fresh();
            let mut clause = excluder.clone();
            clause.push(neg_lit(act));
            enc.add(clause);
            let mut assumptions: Vec<Lit> = enc
                .true_positions(&enc.range)
                .into_iter()
                .map(|i| pos_lit(enc.range[i]))
                .collect();
            assumptions.push(pos_lit(act));
            let larger = enc.solve(&assumptions);
            enc.add(vec![neg_lit(act)]);
            if !larger {
                return Some(enc.extension());
            }
            // The counter-example, grown to a maximal range `M` of its own, is an extension.
            enc.grow_range();
            if enc.value(enc.inv[p]) == credulous {
                return Some(enc.extension());
            }
            // Another labelling with range `M` (and so an extension) may still settle it.
            let mut at_m: Vec<Lit> = enc
                .true_positions(&enc.range)
                .into_iter()
                .map(|i| pos_lit(enc.range[i]))
                .collect();
            let outside_m = enc.range_excluder();
            at_m.push(want);
            if enc.solve(&at_m) {
                return Some(enc.extension());
            }
            // None does: no labelling with a range inside `M` (`R` among them) can settle
            // the question, so all are ruled out for good. Each round rules out a maximal
            // range not ruled out before, so the rounds are at most the maximal ranges.
            // (An empty clause when `M` is full: every extension is stable, and none fits.)
            enc.add(outside_m);
        }
    }

    /// The step budget stable questions give the search before SAT: [`STABLE_STEPS`] when
    /// the grounded reduct is dense enough for the search to win ([`SEARCH_DENSITY`]), none
    /// (SAT at once) otherwise. `O(n + m)`; the same answer on every run.
    fn stable_steps(&self) -> u64 {
        if self.reduct_shape().density() >= SEARCH_DENSITY {
            STABLE_STEPS
        } else {
            0
        }
    }

    /// Size and attacks of the grounded reduct. `O(n + m)`.
    fn reduct_shape(&self) -> ReductShape {
        let labels = grounded_labels(self);
        let undec = |a: ArgumentId| labels[a.ix()] == Label::Undec;
        let arguments = self.arguments().filter(|&a| undec(a)).count();
        let attacks: usize = self
            .arguments()
            .filter(|&a| undec(a))
            .map(|a| self.attackers_of(a).iter().filter(|&&b| undec(b)).count())
            .sum();
        ReductShape { arguments, attacks }
    }

    /// Some stable extension meeting `require`: the stable search, and SAT if the search has
    /// not settled the question within `steps` steps (`STABLE_STEPS` outside tests).
    fn stable_extension_with(&self, require: &[Require], steps: u64) -> Option<Extension> {
        let mut search = StableSearch::new(self, require).with_budget(steps);
        let found = search.next_extension();
        if found.is_some() || !search.gave_up() {
            return found;
        }
        let mut enc = Encoding::new(self, Kind::Stable);
        let mut assumptions = Vec::new();
        for &r in require {
            let (a, want_in) = match r {
                Require::In(a) => (a, true),
                Require::NotIn(a) => (a, false),
            };
            match enc.pos[a.ix()] {
                FIXED if (enc.fixed[a.ix()] == Label::In) != want_in => return None,
                FIXED => {}
                p => {
                    let lit = pos_lit(enc.inv[p as usize]);
                    assumptions.push(if want_in { lit } else { !lit });
                }
            }
        }
        enc.solve(&assumptions).then(|| enc.extension())
    }

    /// A preferred extension not containing `a`, if any.
    ///
    /// Each extension maximal among the complete extensions without `a` is preferred unless
    /// it grows into a complete extension with `a`; one search per such candidate.
    fn preferred_without(&self, a: ArgumentId) -> Option<Extension> {
        CompleteSearch::new(self, Mode::Preferred, &[Require::NotIn(a)]).find(|candidate| {
            let mut require: Vec<Require> = candidate.iter().map(|&x| Require::In(x)).collect();
            require.push(Require::In(a));
            CompleteSearch::new(self, Mode::Complete, &require)
                .next_extension()
                .is_none()
        })
    }

    /// The arguments accepted under `semantics`: credulously (in some extension) or
    /// skeptically (in every extension), as an extension-like sorted set. These are the ICCMA
    /// tasks EC and ES. As in [`is_accepted`](Self::is_accepted), skeptical acceptance is
    /// vacuous when there is no extension (only stable can have none): every argument.
    ///
    /// Complete and preferred credulous sets are found by covering: one search per argument
    /// no extension found so far contains (each extension found settles all its members), with
    /// the arguments already refuted excluded. Skeptical preferred intersects the first 64
    /// preferred extensions and, if there are more, asks for a preferred extension without
    /// each argument still standing. Stable starts from its first 64 extensions and settles
    /// the rest with one incremental SAT solver (covering for the credulous set, one call per
    /// skeptical candidate). Semi-stable and stage enumerate. Grounded, ideal and skeptical
    /// complete are one extension.
    ///
    /// # Complexity
    ///
    /// `O(n + m)` for grounded and skeptical complete; otherwise at most one search (or SAT
    /// call) per argument after the first extensions, each exponential in the worst case;
    /// semi-stable and stage, every extension.
    ///
    /// ```
    /// use claimgraph::argumentation::{Acceptance, ArgumentationFramework, ArgumentId, Semantics};
    /// // 0 <-> 1, both attack 2, 2 attacks 3: 3 is in both preferred extensions.
    /// let mut af = ArgumentationFramework::with_arguments(4)?;
    /// let [a, b, c, d] = [0, 1, 2, 3].map(ArgumentId::new);
    /// for (x, y) in [(a, b), (b, a), (a, c), (b, c), (c, d)] {
    ///     af.add_attack(x, y)?;
    /// }
    /// let credulous = af.accepted(Semantics::Preferred, Acceptance::Credulous);
    /// assert_eq!(credulous.as_slice(), &[a, b, d]);
    /// let skeptical = af.accepted(Semantics::Preferred, Acceptance::Skeptical);
    /// assert_eq!(skeptical.as_slice(), &[d]);
    /// assert!(af.accepted(Semantics::Grounded, Acceptance::Skeptical).is_empty());
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn accepted(&self, semantics: Semantics, acceptance: Acceptance) -> Extension {
        let set = self.accepted_set(semantics, acceptance);
        Extension::from_sorted(self.arguments().filter(|a| set[a.ix()]).collect())
    }

    /// [`accepted`](Self::accepted) as a membership vector.
    fn accepted_set(&self, semantics: Semantics, acceptance: Acceptance) -> Vec<bool> {
        use Acceptance::{Credulous, Skeptical};
        match (semantics, acceptance) {
            (Semantics::Grounded, _) | (Semantics::Complete, Skeptical) => {
                self.membership(self.grounded_extension().as_slice())
            }
            (Semantics::Ideal, _) => self.membership(self.ideal_extension().as_slice()),
            (Semantics::Complete | Semantics::Preferred, Credulous) => self.credulous_complete(),
            (Semantics::Preferred, Skeptical) => {
                self.skeptical_preferred(self.credulous_complete())
            }
            (Semantics::Stable, Credulous) => self.stable_sets(false, self.stable_steps()).0,
            (Semantics::Stable, Skeptical) => self.stable_sets(true, self.stable_steps()).1,
            (Semantics::SemiStable | Semantics::Stage, Credulous) => {
                self.enumerated_sets(semantics).0
            }
            (Semantics::SemiStable | Semantics::Stage, Skeptical) => {
                self.enumerated_sets(semantics).1
            }
        }
    }

    /// Union and intersection of every extension, by enumeration (for semi-stable and stage,
    /// which always have one); the intersection is every argument when there is none.
    fn enumerated_sets(&self, semantics: Semantics) -> (Vec<bool>, Vec<bool>) {
        let mut cred = vec![false; self.len()];
        let mut skep = None;
        for e in self.extensions(semantics) {
            self.meet(&mut cred, &mut skep, &e);
        }
        (cred, skep.unwrap_or_else(|| vec![true; self.len()]))
    }

    /// The status of every argument under `semantics`, in index order: in every extension,
    /// in some, or in none (all rejected when there is no extension). See
    /// [`accepted`](Self::accepted) for how each set is found.
    ///
    /// # Complexity
    ///
    /// That of [`accepted`](Self::accepted) for the credulous set and then the skeptical one;
    /// the skeptical set only asks about arguments the credulous one holds. `O(n + m)` for
    /// grounded.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentStatus, ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, a)?;
    /// af.add_attack(c, c)?;
    /// use ArgumentStatus::*;
    /// assert_eq!(af.statuses(Semantics::Preferred), vec![Credulous, Credulous, Rejected]);
    /// assert_eq!(af.statuses(Semantics::Grounded), vec![Rejected, Rejected, Rejected]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn statuses(&self, semantics: Semantics) -> Vec<ArgumentStatus> {
        // Each set is computed once; the skeptical one builds on the credulous one.
        let (credulous, mut skeptical) = match semantics {
            Semantics::Stable => self.stable_sets(false, self.stable_steps()),
            Semantics::SemiStable | Semantics::Stage => self.enumerated_sets(semantics),
            Semantics::Grounded | Semantics::Ideal => {
                let members = self.accepted_set(semantics, Acceptance::Credulous);
                (members.clone(), members)
            }
            Semantics::Complete => (
                self.credulous_complete(),
                self.accepted_set(semantics, Acceptance::Skeptical),
            ),
            Semantics::Preferred => {
                let credulous = self.credulous_complete();
                let skeptical = self.skeptical_preferred(credulous.clone());
                (credulous, skeptical)
            }
        };
        // Only stable can have no extension; then nothing is accepted, not even vacuously.
        if !credulous.contains(&true) {
            skeptical.fill(false);
        }
        credulous
            .iter()
            .zip(&skeptical)
            .map(|(&c, &s)| match (c, s) {
                (_, true) => ArgumentStatus::Skeptical,
                (true, false) => ArgumentStatus::Credulous,
                (false, false) => ArgumentStatus::Rejected,
            })
            .collect()
    }

    /// Arguments in every preferred extension, given the credulously accepted ones.
    fn skeptical_preferred(&self, credulous: Vec<bool>) -> Vec<bool> {
        // Only credulously accepted arguments can be; intersect the first few preferred
        // extensions, and if there are more, ask for a preferred extension without each
        // argument still standing.
        let mut skep = credulous;
        for (i, p) in self.extensions(Semantics::Preferred).enumerate() {
            if i == SEED {
                for a in self.arguments() {
                    if skep[a.ix()] {
                        skep[a.ix()] = self
                            .is_accepted(a, Semantics::Preferred, Acceptance::Skeptical)
                            .unwrap_or(false);
                    }
                }
                break;
            }
            keep_members(&mut skep, &p);
            if !skep.contains(&true) {
                break;
            }
        }
        skep
    }

    /// Arguments IN in some complete labelling (= credulous under complete, preferred and
    /// admissible semantics).
    ///
    /// One search per argument not IN in any extension found so far, with that argument
    /// forced IN; each extension found covers all its members.
    fn credulous_complete(&self) -> Vec<bool> {
        let grounded = grounded_labels(self);
        let mut covered: Vec<bool> = grounded.iter().map(|&l| l == Label::In).collect();
        // One search, restarted from its root for each question; arguments shown to be in no
        // complete extension are excluded at the root for the later ones.
        let mut search = CompleteSearch::new(self, Mode::Complete, &[]);
        for a in self.arguments() {
            if covered[a.ix()] || grounded[a.ix()] != Label::Undec || self.attacks_argument(a, a) {
                continue;
            }
            search.restart(&[Require::In(a)]);
            match search.first_members() {
                Some(members) => members.iter().for_each(|x| covered[x.ix()] = true),
                None => search.pin(Require::NotIn(a)),
            }
        }
        covered
    }

    /// Credulously and skeptically stable-accepted arguments (both empty when there is no
    /// stable extension). With `skeptical_only`, the credulous set is left at what the first
    /// extensions show.
    ///
    /// The first `SEED` extensions settle what they can; if there are more, one incremental
    /// SAT solver answers the rest, keeping what it learns between questions: covering for the
    /// credulous set, then one call per skeptical candidate with that argument assumed out.
    fn stable_sets(&self, skeptical_only: bool, steps: u64) -> (Vec<bool>, Vec<bool>) {
        let n = self.len();
        let mut cred = vec![false; n];
        let mut skep: Option<Vec<bool>> = None;
        let mut complete = true;
        let mut search = StableSearch::new(self, &[]).with_budget(steps);
        let mut seen = 0;
        while let Some(e) = search.next_extension() {
            if seen == SEED {
                complete = false;
                break;
            }
            seen += 1;
            self.meet(&mut cred, &mut skep, &e);
            if skeptical_only && skep.as_ref().is_some_and(|s| !s.contains(&true)) {
                break;
            }
        }
        complete &= !search.gave_up();
        let mut enc = None;
        if skep.is_none() && !complete {
            // The search gave up before its first extension: ask SAT for one.
            let sat = enc.insert(Encoding::new(self, Kind::Stable));
            if sat.solve(&[]) {
                let e = sat.extension();
                self.meet(&mut cred, &mut skep, &e);
            } else {
                complete = true;
            }
        }
        let Some(mut skep) = skep else {
            return (vec![false; n], vec![true; n]);
        };
        if complete || (skeptical_only && !skep.contains(&true)) {
            return (cred, skep);
        }
        let mut enc = enc.unwrap_or_else(|| Encoding::new(self, Kind::Stable));
        if !skeptical_only {
            for (c, x) in cred.iter_mut().zip(enc.covered_in()) {
                *c |= x;
            }
        }
        for i in 0..enc.args.len() {
            let a = enc.args[i];
            if !skep[a.ix()] {
                continue;
            }
            let lit = pos_lit(enc.inv[i]);
            if enc.solve(&[!lit]) {
                keep_members(&mut skep, &enc.extension());
            } else {
                enc.add(vec![lit]);
            }
        }
        (cred, skep)
    }

    /// Adds one extension to running credulous (union) and skeptical (intersection) sets.
    fn meet(&self, cred: &mut [bool], skep: &mut Option<Vec<bool>>, e: &Extension) {
        for a in e {
            cred[a.ix()] = true;
        }
        match skep {
            None => *skep = Some(self.membership(e.as_slice())),
            Some(s) => keep_members(s, e),
        }
    }

    /// The ideal extension: the largest admissible set contained in every preferred extension.
    ///
    /// # Complexity
    ///
    /// One search per argument not yet known to be credulously accepted (each extension found
    /// covers many), then `O(n + m)`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// // 1 <-> 2, both attack 3, 3 <-> 4: 4 is in both preferred extensions and defended.
    /// let mut af = ArgumentationFramework::with_arguments(4)?;
    /// let [a, b, c, d] = [0, 1, 2, 3].map(ArgumentId::new);
    /// for (x, y) in [(a, b), (b, a), (a, c), (b, c), (c, d), (d, c)] {
    ///     af.add_attack(x, y)?;
    /// }
    /// assert_eq!(af.ideal_extension().as_slice(), &[d]);
    /// assert!(af.grounded_extension().is_empty());
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn ideal_extension(&self) -> Extension {
        let member = self.ideal_lazily(STABLE_STEPS);
        Extension::from_sorted(self.arguments().filter(|a| member[a.ix()]).collect())
    }

    /// The ideal extension without the whole credulous set.
    ///
    /// Each argument's credulous status is known (grounded IN, or IN in some complete
    /// extension found), refuted, or open. Open arguments are taken optimistically: as
    /// credulously accepted where a candidate must be, as not accepted where an attacker must
    /// not be. The largest self-defending set of those candidates contains the ideal
    /// extension. If no open argument attacks it, it is admissible (a member attacking a
    /// member would be such an attacker), inside the credulous set and attacked by nothing
    /// credulously accepted: it *is* the ideal extension. Otherwise the open attackers are
    /// settled, a batch at a time, and the set computed again; it only shrinks. Batches
    /// double (1, 2, 4, ...), so there are at most about `log2 n` rounds of `O(n + m)`; small
    /// first batches matter on hard frameworks, where a few accepted arguments empty the
    /// candidate set at once (`crusti.i23`: a few SAT calls instead of a thousand).
    ///
    /// An open argument is settled by the complete search with it required IN (found: every
    /// member of the extension is known; none: refuted for good), within a step budget
    /// shared by all (`steps`, `STABLE_STEPS` outside tests); once it is spent, by SAT (one call for "some argument of the batch is
    /// IN" per model, until none is left or the call fails).
    fn ideal_lazily(&self, steps: u64) -> Vec<bool> {
        let mut status: Vec<Status> = grounded_labels(self)
            .into_iter()
            .map(|l| match l {
                Label::In => Status::Accepted,
                Label::Out => Status::Refuted,
                Label::Undec => Status::Open,
            })
            .collect();
        for a in self.arguments() {
            if self.attacks_argument(a, a) {
                status[a.ix()] = Status::Refuted;
            }
        }
        let mut search = CompleteSearch::new(self, Mode::Complete, &[]);
        search.set_budget(steps);
        let mut sat: Option<Encoding<'_>> = None;
        let mut batch = 1usize;
        loop {
            let candidates: Vec<bool> = self
                .arguments()
                .map(|a| {
                    status[a.ix()] != Status::Refuted
                        && !self
                            .attackers_of(a)
                            .iter()
                            .any(|b| status[b.ix()] == Status::Accepted)
                })
                .collect();
            let member = self.largest_self_defending(candidates);
            let mut seen = vec![false; self.len()];
            let mut open = Vec::new();
            for a in self.arguments().filter(|a| member[a.ix()]) {
                for &b in self.attackers_of(a) {
                    if status[b.ix()] == Status::Open && !seen[b.ix()] {
                        seen[b.ix()] = true;
                        open.push(b);
                    }
                }
            }
            if open.is_empty() {
                return member;
            }
            open.sort_unstable();
            open.truncate(batch);
            batch = batch.saturating_mul(2);
            for &b in &open {
                if status[b.ix()] != Status::Open || search.gave_up() {
                    continue;
                }
                search.restart(&[Require::In(b)]);
                match search.first_members() {
                    Some(members) => members
                        .iter()
                        .for_each(|x| status[x.ix()] = Status::Accepted),
                    None if !search.gave_up() => {
                        status[b.ix()] = Status::Refuted;
                        search.pin(Require::NotIn(b));
                    }
                    None => {}
                }
            }
            if search.gave_up() {
                let enc = sat.get_or_insert_with(|| Encoding::new(self, Kind::Complete));
                enc.settle(&open, &mut status);
            }
        }
    }

    /// The largest subset of `member` that defends itself: every attacker of a member is
    /// attacked by a member. A greatest fixpoint with a work list, `O(n + m)`.
    fn largest_self_defending(&self, mut member: Vec<bool>) -> Vec<bool> {
        // defeaters[b] = number of members attacking b.
        let mut defeaters = vec![0u32; self.len()];
        for a in self.arguments().filter(|a| member[a.ix()]) {
            for t in self.targets_of(a) {
                defeaters[t.ix()] += 1;
            }
        }
        let mut stack: Vec<ArgumentId> = self
            .arguments()
            .filter(|a| {
                member[a.ix()] && self.attackers_of(*a).iter().any(|b| defeaters[b.ix()] == 0)
            })
            .collect();
        for a in &stack {
            member[a.ix()] = false;
        }
        while let Some(x) = stack.pop() {
            for &t in self.targets_of(x) {
                defeaters[t.ix()] -= 1;
                if defeaters[t.ix()] == 0 {
                    // t is no longer counter-attacked: everything t attacks loses defence.
                    for &u in self.targets_of(t) {
                        if member[u.ix()] {
                            member[u.ix()] = false;
                            stack.push(u);
                        }
                    }
                }
            }
        }
        member
    }
}

#[cfg(test)]
#[allow(clippy::many_single_char_names)] // a, b, c, ... are the textbook argument names
mod tests {
    use super::*;

    fn af(n: u32, attacks: &[(u32, u32)]) -> ArgumentationFramework {
        let mut af = ArgumentationFramework::with_arguments(n).unwrap();
        for &(a, b) in attacks {
            af.add_attack(ArgumentId::new(a), ArgumentId::new(b))
                .unwrap();
        }
        af
    }

    fn exts(af: &ArgumentationFramework, s: Semantics) -> Vec<Vec<u32>> {
        let mut v: Vec<Vec<u32>> = af
            .extensions(s)
            .map(|e| e.iter().map(|a| a.index()).collect())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn semi_stable_differs_from_stage() {
        // 1 -> 2 -> 3 -> 3 (the ASPARTIX witness): semi-stable {1}, stage {1} and {2}.
        let f = af(3, &[(0, 1), (1, 2), (2, 2)]);
        assert_eq!(exts(&f, Semantics::SemiStable), vec![vec![0]]);
        assert_eq!(exts(&f, Semantics::Stage), vec![vec![0], vec![1]]);
        assert!(exts(&f, Semantics::Stable).is_empty());
    }

    #[test]
    fn empty_framework_has_one_empty_extension_everywhere() {
        let f = ArgumentationFramework::new();
        for &s in Semantics::ALL {
            assert_eq!(exts(&f, s), vec![Vec::<u32>::new()], "{s}");
        }
    }

    #[test]
    fn odd_cycle_has_no_stable_and_vacuous_skepticism() {
        let f = af(3, &[(0, 1), (1, 2), (2, 0)]);
        assert!(exts(&f, Semantics::Stable).is_empty());
        let a = ArgumentId::new(0);
        assert!(
            f.is_accepted(a, Semantics::Stable, Acceptance::Skeptical)
                .unwrap()
        );
        assert!(
            !f.is_accepted(a, Semantics::Stable, Acceptance::Credulous)
                .unwrap()
        );
        assert_eq!(
            f.statuses(Semantics::Stable),
            vec![ArgumentStatus::Rejected; 3]
        );
        assert_eq!(exts(&f, Semantics::Stage).len(), 3);
        assert_eq!(exts(&f, Semantics::Preferred), vec![Vec::<u32>::new()]);
    }

    #[test]
    fn unknown_argument_is_an_error() {
        let f = af(1, &[]);
        let err = f.is_accepted(
            ArgumentId::new(3),
            Semantics::Complete,
            Acceptance::Credulous,
        );
        assert!(matches!(err, Err(FrameworkError::UnknownArgument { .. })));
    }

    #[test]
    fn ideal_witness() {
        // wd_ideal1: 1 <-> 2, both attack 3, 3 -> 4: ideal is empty.
        let f = af(4, &[(0, 1), (1, 0), (0, 2), (1, 2), (2, 3)]);
        assert!(f.ideal_extension().is_empty());
        let g = af(4, &[(0, 1), (1, 0), (0, 2), (1, 2), (2, 3), (3, 2)]);
        assert_eq!(g.ideal_extension().as_slice(), &[ArgumentId::new(3)]);
    }

    /// A seeded generator of numbers below its argument (an LCG), for the random checks.
    fn seeded(mut seed: u64) -> impl FnMut(u32) -> u32 {
        move |k| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((seed >> 33) % u64::from(k)) as u32
        }
    }

    #[test]
    fn sat_takes_over_stable_questions_with_the_same_answers() {
        // Budget 0 sends every stable question to SAT at once: the answers must not change.
        let mut next = seeded(0x2545_f491_4f6c_dd1d);
        for _ in 0..300 {
            let n = 1 + next(8);
            let attacks: Vec<(u32, u32)> =
                (0..next(n * n + 1)).map(|_| (next(n), next(n))).collect();
            let f = af(n, &attacks);
            assert_eq!(
                f.stable_sets(false, 0),
                f.stable_sets(false, u64::MAX),
                "{attacks:?}"
            );
            assert_eq!(
                f.stable_sets(true, 0).1,
                f.stable_sets(true, u64::MAX).1,
                "{attacks:?}"
            );
            for a in f.arguments() {
                for r in [Require::In(a), Require::NotIn(a)] {
                    let sat = f.stable_extension_with(&[r], 0).is_some();
                    let search = f.stable_extension_with(&[r], u64::MAX).is_some();
                    assert_eq!(sat, search, "{r:?} {attacks:?}");
                }
            }
        }
    }

    #[test]
    fn ideal_is_the_same_by_search_by_sat_and_from_the_whole_credulous_set() {
        // Budget 0 sends every credulous question of the lazy ideal computation to SAT, a
        // budget of a few steps switches in the middle; the ideal extension must be the
        // largest self-defending set of the credulously accepted arguments that nothing
        // credulously accepted attacks, computed from the whole credulous set.
        let mut next = seeded(0x9e37_79b9_7f4a_7c15);
        for _ in 0..400 {
            let n = 1 + next(10);
            let attacks: Vec<(u32, u32)> = (0..next(n * n / 2 + 2))
                .map(|_| (next(n), next(n)))
                .collect();
            let f = af(n, &attacks);
            let credulous = f.credulous_complete();
            let ca: Vec<ArgumentId> = f.arguments().filter(|a| credulous[a.ix()]).collect();
            let attacked = f.attacked_by_set(&ca);
            let expected = f.largest_self_defending(
                f.arguments()
                    .map(|a| credulous[a.ix()] && !attacked[a.ix()])
                    .collect(),
            );
            for steps in [0, 2, 5, u64::MAX] {
                assert_eq!(f.ideal_lazily(steps), expected, "{steps} {attacks:?}");
            }
        }
    }

    #[test]
    fn enumeration_is_deterministic() {
        let f = af(
            6,
            &[
                (0, 1),
                (1, 0),
                (2, 3),
                (3, 2),
                (4, 5),
                (5, 4),
                (1, 2),
                (3, 4),
            ],
        );
        for &s in Semantics::ALL {
            let a: Vec<Extension> = f.extensions(s).collect();
            let b: Vec<Extension> = f.extensions(s).collect();
            assert_eq!(a, b);
        }
    }
}

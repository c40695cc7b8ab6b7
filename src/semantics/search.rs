//! The hard semantics (complete, preferred, stable, semi-stable, stage, ideal) by SAT.
//!
//! # Encoding
//!
//! The grounded labelling is computed first (linear time). Its IN and OUT arguments carry the
//! same label in every complete labelling, so complete-based semantics only search the
//! *reduct*: the arguments the grounded labelling leaves UNDEC, with their attacks among
//! themselves (grounded-OUT attackers are constants). On frameworks where grounded decides
//! everything (for instance `admbuster`) no search happens at all.
//!
//! Each reduct argument `a` gets two variables, `in(a)` and `out(a)` (`undec(a)` is neither).
//! Complete labellings are the models of
//! `not (in(a) and out(a))`, `in(a) <-> AND over attackers b of out(b)`,
//! `out(a) <-> OR over attackers b of in(b)`; stable ones additionally satisfy
//! `in(a) or out(a)`. Stage works on the whole framework with conflict-freeness
//! (`not (in(b) and in(a))` for each attack) and `out(a) <-> OR in(b)` (attacked by the set).
//! The range of `a` is a third variable `range(a) <-> in(a) or out(a)`.
//!
//! # Procedures
//!
//! - Enumeration of complete and stable extensions: solve, report, add a clause blocking
//!   that IN set, repeat.
//! - Preferred: find a complete labelling whose IN set is not inside a preferred extension found
//!   so far, then grow it (solve again under assumptions `in(a)` for the current IN set, with a
//!   temporary clause asking for one more IN argument) until no growth is possible; that IN set
//!   is preferred. Each grown extension adds the permanent clause "some argument outside it is
//!   IN".
//! - Semi-stable and stage: the same growth, on range variables; once a range is maximal, every
//!   labelling with exactly that range is enumerated (blocking clauses under an activation
//!   literal, retired afterwards).
//! - Credulous acceptance (complete = preferred = admissible): one call with assumption
//!   `in(a)`. Skeptical preferred: search for a preferred extension without `a`.
//! - Ideal: the credulously accepted set `CA` is found by covering (each model adds its IN set;
//!   a temporary clause demands an argument not yet covered). The ideal extension is the largest
//!   admissible subset of `CA` minus everything `CA` attacks, found by a linear greatest-fixpoint
//!   pass that removes undefended arguments with a work list.
//!
//! The solver is [batsat](https://crates.io/crates/batsat) (a MiniSat 2.2 descendant in pure
//! Rust). Its heuristics use a fixed seed, so results and their order are the same every run.

use batsat::{BasicSolver, Lit, SolverInterface, Var, lbool};

use super::error::FrameworkError;
use super::framework::{ArgumentId, ArgumentationFramework};
use super::grounded::grounded_labels;
use super::labelling::{Acceptance, ArgumentStatus, Extension, Label, Labelling, Semantics};

const FIXED: u32 = u32::MAX;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Complete,
    Stable,
    /// Conflict-free sets, `out` = attacked by the set (for stage).
    ConflictFree,
}

/// A SAT encoding of one kind of labelling over a framework.
struct Encoding<'a> {
    af: &'a ArgumentationFramework,
    solver: BasicSolver,
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
        let mut solver = BasicSolver::default();
        let k = args.len();
        let inv: Vec<Var> = (0..k).map(|_| solver.new_var_default()).collect();
        let outv: Vec<Var> = (0..k).map(|_| solver.new_var_default()).collect();
        let range: Vec<Var> = (0..k).map(|_| solver.new_var_default()).collect();
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
        if clause.is_empty() || !self.solver.add_clause_reuse(&mut clause) {
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
                    if kind == Kind::Stable {
                        self.add(vec![pos_lit(ia), pos_lit(oa)]);
                    }
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

    fn solve(&mut self, assumptions: &[Lit]) -> bool {
        if !self.ok || self.solver.solve_limited(assumptions) != lbool::TRUE {
            return false;
        }
        self.model.clear();
        self.model.extend_from_slice(self.solver.get_model());
        true
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
        let mut v: Vec<ArgumentId> = self
            .af
            .arguments()
            .filter(|a| match self.pos[a.ix()] {
                FIXED => self.fixed[a.ix()] == Label::In,
                p => self.value(self.inv[p as usize]),
            })
            .collect();
        v.dedup();
        Extension::from_sorted(v)
    }

    fn block_current_in_set(&mut self, guard: Option<Var>) {
        let mut clause: Vec<Lit> = guard.map(neg_lit).into_iter().collect();
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
        self.solver.new_var_default()
    }

    /// Grows the current model along `which` (IN or range variables) until maximal. Assumes the
    /// last solve succeeded; on return the solver holds a model whose chosen set is maximal.
    fn grow(&mut self, which: Which) {
        loop {
            let vars = match which {
                Which::In => self.inv.clone(),
                Which::Range => self.range.clone(),
            };
            let on = self.true_positions(&vars);
            if on.len() == vars.len() {
                return;
            }
            let act = self.fresh();
            let mut member = vec![false; vars.len()];
            for &i in &on {
                member[i] = true;
            }
            let mut clause = vec![neg_lit(act)];
            clause.extend(
                (0..vars.len())
                    .filter(|&i| !member[i])
                    .map(|i| pos_lit(vars[i])),
            );
            self.add(clause);
            let mut assumptions = vec![pos_lit(act)];
            assumptions.extend(on.iter().map(|&i| pos_lit(vars[i])));
            let grown = self.solve(&assumptions);
            self.add(vec![neg_lit(act)]);
            if !grown {
                // The kept model is the last (maximal) one.
                return;
            }
        }
    }

    /// After a maximal model on `vars`: the clause "some variable outside this set is true".
    fn subsets_excluder(&self, which: Which) -> Vec<Lit> {
        let vars = match which {
            Which::In => &self.inv,
            Which::Range => &self.range,
        };
        vars.iter()
            .filter(|&&v| !self.value(v))
            .map(|&v| pos_lit(v))
            .collect()
    }

    fn exclude_subsets_of_current(&mut self, which: Which) {
        let clause = self.subsets_excluder(which);
        self.add(clause);
    }

    fn in_lit(&self, a: ArgumentId) -> Option<Lit> {
        match self.pos.get(a.ix()) {
            Some(&p) if p != FIXED => Some(pos_lit(self.inv[p as usize])),
            _ => None,
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
            for i in self.true_positions(&self.inv.clone()) {
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

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Which {
    In,
    Range,
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

struct Engine<'a> {
    enc: Encoding<'a>,
    semantics: Semantics,
    phase: Phase,
}

impl Engine<'_> {
    fn next_extension(&mut self) -> Option<Extension> {
        loop {
            match std::mem::replace(&mut self.phase, Phase::Done) {
                Phase::Done => return None,
                Phase::Next => match self.semantics {
                    Semantics::Complete | Semantics::Stable => {
                        if !self.enc.solve(&[]) {
                            return None;
                        }
                        let ext = self.enc.extension();
                        self.enc.block_current_in_set(None);
                        self.phase = Phase::Next;
                        return Some(ext);
                    }
                    Semantics::Preferred => {
                        if !self.enc.solve(&[]) {
                            return None;
                        }
                        self.enc.grow(Which::In);
                        let ext = self.enc.extension();
                        self.enc.exclude_subsets_of_current(Which::In);
                        self.phase = Phase::Next;
                        return Some(ext);
                    }
                    Semantics::SemiStable | Semantics::Stage => {
                        if !self.enc.solve(&[]) {
                            return None;
                        }
                        self.enc.grow(Which::Range);
                        let assumptions: Vec<Lit> = self
                            .enc
                            .true_positions(&self.enc.range)
                            .into_iter()
                            .map(|i| pos_lit(self.enc.range[i]))
                            .collect();
                        let excluder = self.enc.subsets_excluder(Which::Range);
                        let act = self.enc.fresh();
                        self.phase = Phase::WithinRange {
                            assumptions,
                            act,
                            excluder,
                        };
                    }
                    Semantics::Grounded | Semantics::Ideal => return None,
                },
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
                        self.enc.block_current_in_set(Some(act));
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
}

/// A lazy iterator over the extensions of a framework under a semantics; see
/// [`ArgumentationFramework::extensions`].
///
/// Each call to `next` does the search work for one more extension only; dropping the iterator
/// stops the search.
///
/// ```
/// use claimgraph::{ArgumentationFramework, ArgumentId, Semantics};
/// let mut af = ArgumentationFramework::with_arguments(2)?;
/// let [a, b] = [0, 1].map(ArgumentId::new);
/// af.add_attack(a, b)?;
/// af.add_attack(b, a)?;
/// let mut it = af.extensions(Semantics::Stable);
/// assert!(it.next().is_some());
/// assert!(it.next().is_some());
/// assert!(it.next().is_none());
/// # Ok::<(), claimgraph::FrameworkError>(())
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
        Semantics::Stable => Kind::Stable,
        Semantics::Stage => Kind::ConflictFree,
        _ => Kind::Complete,
    };
    Engine {
        enc: Encoding::new(af, kind),
        semantics,
        phase: Phase::Next,
    }
}

impl ArgumentationFramework {
    /// The extensions under `semantics`, lazily, in a deterministic order (the same on every
    /// run; grounded and ideal yield exactly one, stable may yield none).
    ///
    /// # Complexity
    ///
    /// Grounded: `O(n + m)`. The others are NP-hard in general (co-NP / Pi2 for some); see the
    /// [module docs](crate::ArgumentationFramework) and the SAT procedures described in the
    /// crate's semantics section. Building the iterator costs one grounded pass plus encoding
    /// the undecided part, `O(n + m)`.
    ///
    /// ```
    /// use claimgraph::{ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, a)?;
    /// af.add_attack(c, c)?;
    /// assert_eq!(af.extensions(Semantics::Complete).count(), 3);
    /// assert_eq!(af.extensions(Semantics::Preferred).count(), 2);
    /// assert_eq!(af.extensions(Semantics::Stable).count(), 0);
    /// assert_eq!(af.extensions(Semantics::Stage).count(), 2);
    /// # Ok::<(), claimgraph::FrameworkError>(())
    /// ```
    pub fn extensions(&self, semantics: Semantics) -> Extensions<'_> {
        let inner = match semantics {
            Semantics::Grounded => Inner::Single(Some(self.grounded_extension())),
            Semantics::Ideal => Inner::Single(Some(self.ideal_extension())),
            _ => Inner::Search(Box::new(engine_for(self, semantics))),
        };
        Extensions { inner }
    }

    /// The labellings under `semantics`, lazily: each extension with its attacked arguments
    /// OUT and the rest UNDEC.
    ///
    /// ```
    /// use claimgraph::{ArgumentationFramework, ArgumentId, Label, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// let ls: Vec<_> = af.labellings(Semantics::Complete).collect();
    /// assert_eq!(ls.len(), 1);
    /// assert_eq!(ls[0].as_slice(), &[Label::In, Label::Out]);
    /// # Ok::<(), claimgraph::FrameworkError>(())
    /// ```
    pub fn labellings(&self, semantics: Semantics) -> impl Iterator<Item = Labelling> + '_ {
        self.extensions(semantics)
            .map(move |e| Labelling::from_extension(self, &e))
    }

    /// Some extension, if one exists (only stable can have none).
    ///
    /// ```
    /// use claimgraph::{ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(1)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(0))?;
    /// assert!(af.some_extension(Semantics::Stable).is_none());
    /// assert!(af.some_extension(Semantics::Preferred).unwrap().is_empty());
    /// # Ok::<(), claimgraph::FrameworkError>(())
    /// ```
    pub fn some_extension(&self, semantics: Semantics) -> Option<Extension> {
        self.extensions(semantics).next()
    }

    /// Whether `argument` is accepted credulously (in some extension) or skeptically (in every
    /// extension; vacuously true when there is none, as in ICCMA for stable semantics).
    ///
    /// Complete, preferred and stable credulous acceptance take one SAT call; skeptical
    /// preferred searches for a preferred extension without the argument; grounded, ideal and
    /// skeptical complete need no search; semi-stable and stage enumerate until decided.
    ///
    /// # Errors
    ///
    /// [`FrameworkError::UnknownArgument`] when `argument` is not in the framework.
    ///
    /// ```
    /// use claimgraph::{Acceptance, ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, a)?;
    /// af.add_attack(a, c)?;
    /// af.add_attack(b, c)?;
    /// assert!(!af.is_accepted(c, Semantics::Preferred, Acceptance::Credulous)?);
    /// assert!(af.is_accepted(a, Semantics::Stable, Acceptance::Credulous)?);
    /// assert!(!af.is_accepted(a, Semantics::Stable, Acceptance::Skeptical)?);
    /// # Ok::<(), claimgraph::FrameworkError>(())
    /// ```
    pub fn is_accepted(
        &self,
        argument: ArgumentId,
        semantics: Semantics,
        acceptance: Acceptance,
    ) -> Result<bool, FrameworkError> {
        if !self.contains(argument) {
            return Err(FrameworkError::UnknownArgument {
                argument,
                len: self.len() as u32,
            });
        }
        let a = argument;
        Ok(match (semantics, acceptance) {
            (Semantics::Grounded, _) | (Semantics::Complete, Acceptance::Skeptical) => {
                self.grounded_labelling().label(a) == Label::In
            }
            (Semantics::Ideal, _) => self.ideal_extension().contains(a),
            (Semantics::Complete | Semantics::Preferred, Acceptance::Credulous) => {
                let mut enc = Encoding::new(self, Kind::Complete);
                match enc.in_lit(a) {
                    Some(l) => enc.solve(&[l]),
                    None => enc.fixed[a.ix()] == Label::In,
                }
            }
            (Semantics::Stable, acceptance) => {
                let mut enc = Encoding::new(self, Kind::Stable);
                match (enc.in_lit(a), acceptance) {
                    (Some(l), Acceptance::Credulous) => enc.solve(&[l]),
                    (Some(l), Acceptance::Skeptical) => !enc.solve(&[!l]),
                    (None, Acceptance::Credulous) => {
                        enc.fixed[a.ix()] == Label::In && enc.solve(&[])
                    }
                    (None, Acceptance::Skeptical) => {
                        enc.fixed[a.ix()] == Label::In || !enc.solve(&[])
                    }
                }
            }
            (Semantics::Preferred, Acceptance::Skeptical) => self.preferred_without(a).is_none(),
            (Semantics::SemiStable | Semantics::Stage, Acceptance::Credulous) => {
                self.extensions(semantics).any(|e| e.contains(a))
            }
            (Semantics::SemiStable | Semantics::Stage, Acceptance::Skeptical) => {
                self.extensions(semantics).all(|e| e.contains(a))
            }
        })
    }

    /// A preferred extension not containing `a`, if any.
    fn preferred_without(&self, a: ArgumentId) -> Option<Extension> {
        let mut enc = Encoding::new(self, Kind::Complete);
        let Some(lit) = enc.in_lit(a) else {
            // Fixed by grounded: IN in every preferred extension, or OUT in all of them.
            return if enc.fixed[a.ix()] == Label::In {
                None
            } else {
                self.some_extension(Semantics::Preferred)
            };
        };
        loop {
            if !enc.solve(&[!lit]) {
                return None;
            }
            enc.grow(Which::In);
            let ext = enc.extension();
            if !ext.contains(a) {
                return Some(ext);
            }
            enc.exclude_subsets_of_current(Which::In);
        }
    }

    /// The status of every argument under `semantics`, in index order: in every extension,
    /// in some, or in none.
    ///
    /// Complete and preferred credulous sets and stable credulous/skeptical sets are found by
    /// covering (each SAT model settles many arguments at once), not one query per argument.
    /// Skeptical preferred checks only the credulously accepted arguments, shrinking the
    /// candidates with every preferred extension it meets. Semi-stable and stage enumerate.
    ///
    /// ```
    /// use claimgraph::{ArgumentStatus, ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, a)?;
    /// af.add_attack(c, c)?;
    /// use ArgumentStatus::*;
    /// assert_eq!(af.statuses(Semantics::Preferred), vec![Credulous, Credulous, Rejected]);
    /// assert_eq!(af.statuses(Semantics::Grounded), vec![Rejected, Rejected, Rejected]);
    /// # Ok::<(), claimgraph::FrameworkError>(())
    /// ```
    pub fn statuses(&self, semantics: Semantics) -> Vec<ArgumentStatus> {
        let n = self.len();
        let (credulous, skeptical): (Vec<bool>, Vec<bool>) = match semantics {
            Semantics::Grounded | Semantics::Ideal => {
                let ext = self.extensions(semantics).next().unwrap_or_default();
                let m = self.membership(ext.as_slice());
                (m.clone(), m)
            }
            Semantics::Complete | Semantics::Preferred => {
                let cred = self.credulous_complete();
                let skep = if semantics == Semantics::Complete {
                    self.grounded_labelling()
                        .as_slice()
                        .iter()
                        .map(|&l| l == Label::In)
                        .collect()
                } else {
                    let mut skep = cred.clone();
                    for a in self.arguments() {
                        if skep[a.ix()]
                            && let Some(p) = self.preferred_without(a)
                        {
                            let member = self.membership(p.as_slice());
                            for (s, m) in skep.iter_mut().zip(member) {
                                *s &= m;
                            }
                        }
                    }

                    skep
                };
                (cred, skep)
            }
            Semantics::Stable => {
                let mut enc = Encoding::new(self, Kind::Stable);
                let cred = enc.covered_in();
                let skep = if cred.iter().any(|&c| c) || enc.solve(&[]) {
                    self.stable_skeptical(&mut enc)
                } else {
                    vec![false; n]
                };
                (cred, skep)
            }
            Semantics::SemiStable | Semantics::Stage => {
                let mut cred = vec![false; n];
                let mut skep: Option<Vec<bool>> = None;
                for e in self.extensions(semantics) {
                    let m = self.membership(e.as_slice());
                    for (c, &x) in cred.iter_mut().zip(&m) {
                        *c |= x;
                    }
                    skep = Some(match skep {
                        None => m,
                        Some(s) => s.iter().zip(&m).map(|(&x, &y)| x && y).collect(),
                    });
                }
                (cred, skep.unwrap_or_else(|| vec![false; n]))
            }
        };
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

    /// Arguments IN in some complete labelling (= credulous under complete, preferred and
    /// admissible semantics).
    fn credulous_complete(&self) -> Vec<bool> {
        Encoding::new(self, Kind::Complete).covered_in()
    }

    /// Arguments IN in every stable extension; requires that one exists.
    fn stable_skeptical(&self, enc: &mut Encoding<'_>) -> Vec<bool> {
        let n = self.len();
        let mut skep = vec![true; n];
        for a in self.arguments() {
            if enc.pos[a.ix()] == FIXED {
                skep[a.ix()] = enc.fixed[a.ix()] == Label::In;
            }
        }
        loop {
            let act = enc.fresh();
            let mut clause = vec![neg_lit(act)];
            for i in 0..enc.args.len() {
                if skep[enc.args[i].ix()] {
                    clause.push(neg_lit(enc.inv[i]));
                }
            }
            if clause.len() == 1 {
                enc.add(vec![neg_lit(act)]);
                return skep;
            }
            enc.add(clause);
            let found = enc.solve(&[pos_lit(act)]);
            enc.add(vec![neg_lit(act)]);
            if !found {
                return skep;
            }
            for i in 0..enc.args.len() {
                if !enc.value(enc.inv[i]) {
                    skep[enc.args[i].ix()] = false;
                }
            }
        }
    }

    /// The ideal extension: the largest admissible set contained in every preferred extension.
    ///
    /// # Complexity
    ///
    /// One SAT call per new credulously accepted argument found (usually far fewer: each model
    /// covers many), then `O(n + m)`.
    ///
    /// ```
    /// use claimgraph::{ArgumentationFramework, ArgumentId};
    /// // 1 <-> 2, both attack 3, 3 <-> 4: 4 is in both preferred extensions and defended.
    /// let mut af = ArgumentationFramework::with_arguments(4)?;
    /// let [a, b, c, d] = [0, 1, 2, 3].map(ArgumentId::new);
    /// for (x, y) in [(a, b), (b, a), (a, c), (b, c), (c, d), (d, c)] {
    ///     af.add_attack(x, y)?;
    /// }
    /// assert_eq!(af.ideal_extension().as_slice(), &[d]);
    /// assert!(af.grounded_extension().is_empty());
    /// # Ok::<(), claimgraph::FrameworkError>(())
    /// ```
    pub fn ideal_extension(&self) -> Extension {
        let credulous = self.credulous_complete();
        let attacked = {
            let ca: Vec<ArgumentId> = self.arguments().filter(|a| credulous[a.ix()]).collect();
            self.attacked_by_set(&ca)
        };
        // Candidates: credulously accepted and not attacked by any credulously accepted
        // argument. This set is conflict-free; shrink it to its largest self-defending part.
        let mut member: Vec<bool> = self
            .arguments()
            .map(|a| credulous[a.ix()] && !attacked[a.ix()])
            .collect();
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
        Extension::from_sorted(self.arguments().filter(|a| member[a.ix()]).collect())
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
        for s in Semantics::ALL {
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
        for s in Semantics::ALL {
            let a: Vec<Extension> = f.extensions(s).collect();
            let b: Vec<Extension> = f.extensions(s).collect();
            assert_eq!(a, b);
        }
    }
}

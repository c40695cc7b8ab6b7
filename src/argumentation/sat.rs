//! The SAT back end behind the range-maximisation and stable encodings of `search.rs`.
//!
//! By default [batsat](https://crates.io/crates/batsat) (a MiniSat 2.2 descendant in pure
//! Rust, fixed seed). With the `cadical` feature, [CaDiCaL](https://crates.io/crates/cadical)
//! (C++, built from the sources the crate bundles; needs a C++ compiler), which solves the
//! large frameworks of moderate density far faster: the first stable extension of
//! `crusti.i23` (3,875 arguments, 333,711 attacks) takes 0.31 s instead of 5.9 s. Both are
//! deterministic. Variables and literals are batsat's types either way; CaDiCaL sees them as
//! DIMACS integers (`index + 1`, negative when negated). CaDiCaL has no per-variable
//! polarity hint through its C interface, so `new_var`'s preferred value only guides batsat.

#[cfg(not(feature = "cadical"))]
use batsat::{BasicSolver, SolverInterface};
use batsat::{Lit, Var, lbool};

/// One incremental SAT solver: clauses stay, assumptions hold for one call.
pub(super) struct Sat {
    #[cfg(not(feature = "cadical"))]
    inner: BasicSolver,
    #[cfg(feature = "cadical")]
    inner: cadical::Solver,
    #[cfg(feature = "cadical")]
    vars: u32,
}

#[cfg(feature = "cadical")]
fn dimacs(l: Lit) -> i32 {
    // Variables are counted from 0 and stay far below 2^31 (a few per argument).
    let v = l.var().idx().cast_signed() + 1;
    if l.sign() { v } else { -v }
}

impl Sat {
    pub(super) fn new() -> Self {
        Self {
            #[cfg(not(feature = "cadical"))]
            inner: BasicSolver::default(),
            #[cfg(feature = "cadical")]
            inner: cadical::Solver::new(),
            #[cfg(feature = "cadical")]
            vars: 0,
        }
    }

    /// A fresh variable the solver tries `preferred` first on (`lbool::UNDEF`: no preference).
    #[cfg(not(feature = "cadical"))]
    pub(super) fn new_var(&mut self, preferred: lbool) -> Var {
        self.inner.new_var(preferred, true)
    }

    /// A fresh variable (CaDiCaL takes no polarity hint here).
    #[cfg(feature = "cadical")]
    pub(super) fn new_var(&mut self, _preferred: lbool) -> Var {
        self.vars += 1;
        Var::unsafe_from_idx(self.vars - 1)
    }

    /// Adds a clause; `false` when the solver already knows the clauses are unsatisfiable.
    #[allow(clippy::ptr_arg)] // batsat's `add_clause_reuse` takes the `Vec` itself
    pub(super) fn add_clause(&mut self, clause: &mut Vec<Lit>) -> bool {
        #[cfg(not(feature = "cadical"))]
        {
            self.inner.add_clause_reuse(clause)
        }
        #[cfg(feature = "cadical")]
        {
            self.inner.add_clause(clause.iter().map(|&l| dimacs(l)));
            true
        }
    }

    /// Stops the next solve after about `conflicts` conflicts (it then reports no model).
    /// Counted, not timed, so deterministic. batsat exposes no budget: it solves to the end.
    pub(super) fn limit_conflicts(&mut self, conflicts: i32) {
        #[cfg(feature = "cadical")]
        {
            let _ = self.inner.set_limit("conflicts", conflicts);
        }
        #[cfg(not(feature = "cadical"))]
        let _ = conflicts;
    }

    /// Solves under `assumptions`; on success writes every variable's value into `model`.
    pub(super) fn solve(&mut self, assumptions: &[Lit], model: &mut Vec<lbool>) -> bool {
        #[cfg(not(feature = "cadical"))]
        {
            if self.inner.solve_limited(assumptions) != lbool::TRUE {
                return false;
            }
            model.clear();
            model.extend_from_slice(self.inner.get_model());
            true
        }
        #[cfg(feature = "cadical")]
        {
            if self
                .inner
                .solve_with(assumptions.iter().map(|&l| dimacs(l)))
                != Some(true)
            {
                return false;
            }
            model.clear();
            model.extend(
                (1..=self.vars.cast_signed())
                    .map(|v| lbool::new(self.inner.value(v) == Some(true))),
            );
            true
        }
    }
}

//! The SAT back end behind the range-maximisation and stable encodings of `search.rs`:
//! [batsat](https://crates.io/crates/batsat), a MiniSat 2.2 descendant in pure Rust, with a
//! fixed seed, so every run makes the same choices.
//!
//! A CaDiCaL back end (feature `cadical`, C++) was tried in issue 13 and removed: its C
//! interface takes no per-variable polarity hint, and without the hints (range variables
//! tried true, the grounded labelling as the first guess) the counter-example loop of
//! semi-stable and stage acceptance met thousands of maximal ranges on random frameworks of
//! 300 arguments where batsat needs a handful; and every `--all-features` build compiled its
//! C++ sources. See `docs/performance.md`.

use batsat::{BasicSolver, Lit, SolverInterface, Var, lbool};

/// One incremental SAT solver: clauses stay, assumptions hold for one call.
pub(super) struct Sat {
    inner: BasicSolver,
}

impl Sat {
    pub(super) fn new() -> Self {
        // Glucose's variable decay and geometric restarts from 50 conflicts instead of
        // MiniSat's 0.95 and Luby restarts from 100. Measured on the ICCMA benchmark set
        // (`bench/iccma`): the dense `crusti.i23` stable questions went from 2-9 s (some
        // over 10 s) to 0.4-0.8 s, and no task got a lower solved count or a higher PAR-2.
        let opts = batsat::SolverOpts {
            var_decay: 0.8,
            luby_restart: false,
            restart_first: 50,
            ..batsat::SolverOpts::default()
        };
        Self {
            inner: BasicSolver::new(opts, batsat::BasicCallbacks::new()),
        }
    }

    /// A fresh variable the solver tries `preferred` first on (`lbool::UNDEF`: no preference).
    pub(super) fn new_var(&mut self, preferred: lbool) -> Var {
        self.inner.new_var(preferred, true)
    }

    /// Adds a clause; `false` when the solver already knows the clauses are unsatisfiable.
    #[allow(clippy::ptr_arg)] // batsat's `add_clause_reuse` takes the `Vec` itself
    pub(super) fn add_clause(&mut self, clause: &mut Vec<Lit>) -> bool {
        self.inner.add_clause_reuse(clause)
    }

    /// Solves under `assumptions`; on success writes every variable's value into `model`.
    pub(super) fn solve(&mut self, assumptions: &[Lit], model: &mut Vec<lbool>) -> bool {
        if self.inner.solve_limited(assumptions) != lbool::TRUE {
            return false;
        }
        model.clear();
        model.extend_from_slice(self.inner.get_model());
        true
    }
}

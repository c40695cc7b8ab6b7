//! Gradual semantics: a strength in `[0, 1]` for every argument instead of accept/reject.
//!
//! - **h-categorizer** (Besnard & Hunter 2001): `s(a) = 1 / (1 + sum of s(b) over attackers
//!   b)`. Computed by simultaneous (Jacobi) iteration from `s = 1`. The fixpoint is unique and
//!   the iteration converges on every finite framework, cycles included (Pu et al. 2014): the
//!   iterates alternate around the fixpoint, odd steps from above and even steps from below,
//!   with shrinking gaps. We stop when no score moved by more than the tolerance.
//! - **DF-QuAD** restricted to attacks (Rago et al. 2016): `s(a) = tau * prod over attackers b
//!   of (1 - s(b))` with base score `tau`. On acyclic frameworks one pass in topological order
//!   is exact and Jacobi iteration reaches it within depth + 1 rounds; on cycles the iteration
//!   may oscillate (a 2-cycle with `tau = 1` flips between 0 and 1), which is reported as
//!   [`Convergence::IterationLimit`] rather than hidden.

use super::framework::{ArgumentId, ArgumentationFramework};

/// Which gradual semantics to compute.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Method {
    HCategorizer,
    DfQuad { base_score: f64 },
}

/// Whether an iteration met its tolerance.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, Convergence, Gradual};
/// let af = ArgumentationFramework::with_arguments(1)?;
/// assert_eq!(Gradual::h_categorizer().evaluate(&af).convergence(), Convergence::Converged);
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Convergence {
    /// The last step moved no score by more than the tolerance.
    Converged,
    /// The iteration limit was reached first; scores are the last iterate.
    IterationLimit,
}

/// Configures and runs a gradual semantics.
///
/// Defaults: tolerance `1e-9`, at most 10,000 iterations, DF-QuAD base score `0.5`.
///
/// # Complexity
///
/// `O((n + m) * iterations)`; h-categorizer typically needs a few dozen iterations.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
/// let mut af = ArgumentationFramework::with_arguments(2)?;
/// let [a, b] = [0, 1].map(ArgumentId::new);
/// af.add_attack(a, b)?;
/// let s = Gradual::h_categorizer().with_tolerance(1e-12).evaluate(&af);
/// assert_eq!(s.score(a), 1.0);
/// assert!((s.score(b) - 0.5).abs() < 1e-12);
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gradual {
    method: Method,
    tolerance: f64,
    max_iterations: usize,
}

impl Gradual {
    /// The h-categorizer.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
    /// let mut af = ArgumentationFramework::with_arguments(1)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(0))?;
    /// // s = 1 / (1 + s): the golden ratio conjugate.
    /// let s = Gradual::h_categorizer().evaluate(&af).score(ArgumentId::new(0));
    /// assert!((s - (5f64.sqrt() - 1.0) / 2.0).abs() < 1e-8);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn h_categorizer() -> Self {
        Self {
            method: Method::HCategorizer,
            tolerance: 1e-9,
            max_iterations: 10_000,
        }
    }

    /// DF-QuAD with attacks only and a uniform base score (default `0.5`).
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// let s = Gradual::df_quad().with_base_score(0.8).evaluate(&af);
    /// assert!((s.score(ArgumentId::new(1)) - 0.8 * 0.2).abs() < 1e-12);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn df_quad() -> Self {
        Self {
            method: Method::DfQuad { base_score: 0.5 },
            tolerance: 1e-9,
            max_iterations: 10_000,
        }
    }

    /// Sets the tolerance: iteration stops once no score changes by more than this. A
    /// negative tolerance counts as its absolute value, and a NaN or infinite one as 0.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// af.add_attack(ArgumentId::new(1), ArgumentId::new(0))?;
    /// // Three decimals are enough for a ranking, and take fewer rounds.
    /// let coarse = Gradual::h_categorizer().with_tolerance(1e-3).evaluate(&af);
    /// let fine = Gradual::h_categorizer().evaluate(&af);
    /// assert!(coarse.iterations() < fine.iterations());
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn with_tolerance(mut self, tolerance: f64) -> Self {
        self.tolerance = if tolerance.is_finite() {
            tolerance.abs()
        } else {
            0.0
        };
        self
    }

    /// Sets the iteration limit (0 counts as 1).
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Convergence, Gradual};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// af.add_attack(ArgumentId::new(1), ArgumentId::new(0))?;
    /// // DF-QuAD may oscillate on a cycle: bound the work and check what came back.
    /// let s = Gradual::df_quad().with_base_score(1.0).with_max_iterations(50).evaluate(&af);
    /// assert_eq!((s.iterations(), s.convergence()), (50, Convergence::IterationLimit));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn with_max_iterations(mut self, max_iterations: usize) -> Self {
        self.max_iterations = max_iterations.max(1);
        self
    }

    /// Sets the DF-QuAD base score, clamped to `[0, 1]` (NaN becomes 0.5); ignored by the
    /// h-categorizer.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
    /// let af = ArgumentationFramework::with_arguments(1)?;
    /// let s = Gradual::df_quad().with_base_score(2.0).evaluate(&af);
    /// assert_eq!(s.score(ArgumentId::new(0)), 1.0);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn with_base_score(mut self, base_score: f64) -> Self {
        if let Method::DfQuad { base_score: b } = &mut self.method {
            *b = if base_score.is_nan() {
                0.5
            } else {
                base_score.clamp(0.0, 1.0)
            };
        }
        self
    }

    /// Computes the strengths.
    ///
    /// # Complexity
    ///
    /// `O((n + m) * iterations)`, at most the iteration limit; `O(n)` extra memory.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, c)?;
    /// let s = Gradual::h_categorizer().evaluate(&af);
    /// assert!(s.score(c) > s.score(b));
    /// assert!(s.as_slice().iter().all(|x| (0.0..=1.0).contains(x)));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn evaluate(&self, af: &ArgumentationFramework) -> Strengths {
        let n = af.len();
        let mut cur = vec![1.0f64; n];
        if let Method::DfQuad { base_score } = self.method {
            cur.fill(base_score);
        }
        let mut next = vec![0.0f64; n];
        let mut iterations = 0;
        let mut convergence = Convergence::IterationLimit;
        while iterations < self.max_iterations {
            iterations += 1;
            let mut delta = 0.0f64;
            for a in af.arguments() {
                let attackers = af.attackers_of(a);
                let v = match self.method {
                    Method::HCategorizer => {
                        1.0 / (1.0 + attackers.iter().map(|b| cur[b.ix()]).sum::<f64>())
                    }
                    Method::DfQuad { base_score } => {
                        base_score * attackers.iter().map(|b| 1.0 - cur[b.ix()]).product::<f64>()
                    }
                };
                delta = delta.max((v - cur[a.ix()]).abs());
                next[a.ix()] = v;
            }
            std::mem::swap(&mut cur, &mut next);
            if delta <= self.tolerance {
                convergence = Convergence::Converged;
                break;
            }
        }
        Strengths {
            scores: cur,
            iterations,
            convergence,
        }
    }
}

/// Strength scores, one per argument, in `[0, 1]`.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
/// let mut af = ArgumentationFramework::with_arguments(3)?;
/// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
/// af.add_attack(a, b)?;
/// af.add_attack(c, b)?;
/// let s = Gradual::h_categorizer().evaluate(&af);
/// assert_eq!(s.as_slice(), &[1.0, 1.0 / 3.0, 1.0]); // two full-strength attackers
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Strengths {
    scores: Vec<f64>,
    iterations: usize,
    convergence: Convergence,
}

impl Strengths {
    /// The score of `a` (0 for an id outside the framework).
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
    /// let af = ArgumentationFramework::with_arguments(1)?;
    /// assert_eq!(Gradual::h_categorizer().evaluate(&af).score(ArgumentId::new(5)), 0.0);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn score(&self, a: ArgumentId) -> f64 {
        self.scores.get(a.ix()).copied().unwrap_or(0.0)
    }

    /// All scores in index order.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, c)?;
    /// // Rank the arguments, strongest first.
    /// let s = Gradual::h_categorizer().evaluate(&af);
    /// let mut ranking: Vec<ArgumentId> = af.arguments().collect();
    /// ranking.sort_by(|x, y| s.score(*y).total_cmp(&s.score(*x)));
    /// assert_eq!(ranking, [a, c, b]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn as_slice(&self) -> &[f64] {
        &self.scores
    }

    /// How many iterations ran, the last one included (the one that found nothing moving,
    /// when the iteration converged).
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// af.add_attack(ArgumentId::new(1), ArgumentId::new(2))?;
    /// // DF-QuAD on a chain two attacks deep is exact after two rounds; the third sees it.
    /// assert_eq!(Gradual::df_quad().evaluate(&af).iterations(), 3);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn iterations(&self) -> usize {
        self.iterations
    }

    /// Whether the tolerance was met.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Convergence, Gradual};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// let [a, b] = [0, 1].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, a)?;
    /// let s = Gradual::df_quad().with_base_score(1.0).with_max_iterations(20).evaluate(&af);
    /// assert_eq!(s.convergence(), Convergence::IterationLimit);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn convergence(&self) -> Convergence {
        self.convergence
    }
}

#[cfg(test)]
#[allow(clippy::many_single_char_names)] // a, b, c, ... are the textbook argument names
mod tests {
    use super::*;

    #[test]
    fn h_categorizer_on_even_cycle_is_symmetric_fixpoint() {
        let mut af = ArgumentationFramework::with_arguments(4).unwrap();
        for i in 0..4 {
            af.add_attack(ArgumentId::new(i), ArgumentId::new((i + 1) % 4))
                .unwrap();
        }
        let s = Gradual::h_categorizer().evaluate(&af);
        assert_eq!(s.convergence(), Convergence::Converged);
        let phi = (5f64.sqrt() - 1.0) / 2.0;
        for x in s.as_slice() {
            assert!((x - phi).abs() < 1e-8);
        }
    }

    #[test]
    fn df_quad_chain_is_exact() {
        let mut af = ArgumentationFramework::with_arguments(3).unwrap();
        af.add_attack(ArgumentId::new(0), ArgumentId::new(1))
            .unwrap();
        af.add_attack(ArgumentId::new(1), ArgumentId::new(2))
            .unwrap();
        let s = Gradual::df_quad().evaluate(&af);
        assert_eq!(s.convergence(), Convergence::Converged);
        assert!((s.score(ArgumentId::new(2)) - 0.5 * (1.0 - 0.25)).abs() < 1e-12);
    }
}

//! Why an argument has its label: the IN attacker that defeats it, the defenders that reinstate
//! it, or the undecided attackers that keep it undecided.

use std::fmt;

use super::error::FrameworkError;
use super::framework::{ArgumentId, ArgumentationFramework};
use super::labelling::{Label, Labelling, Semantics};

/// One attacker of an IN argument and the IN argument that answers it.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, Defence, Reason};
/// let mut af = ArgumentationFramework::new();
/// let accusation = af.add_argument("accusation");
/// let dismissal = af.add_argument("dismissal");
/// let analogy = af.add_argument("analogy");
/// af.add_attack(dismissal, accusation)?;
/// af.add_attack(analogy, dismissal)?;
/// // The accusation stands because the analogy answers the dismissal.
/// let why = af.explain(&af.grounded_labelling(), accusation)?;
/// let defence = Defence { attacker: dismissal, defender: Some(analogy) };
/// assert_eq!(why.reason, Reason::In { defences: vec![defence] });
/// assert_eq!(defence.to_string(), "a1 is attacked by a2");
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Defence {
    /// An attacker of the explained argument.
    pub attacker: ArgumentId,
    /// The lowest-numbered IN argument attacking `attacker`; `None` when the labelling does
    /// not defend the argument (it is then not admissible there).
    pub defender: Option<ArgumentId>,
}

impl fmt::Display for Defence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.defender {
            Some(d) => write!(f, "{} is attacked by {d}", self.attacker),
            None => write!(f, "{} is not answered", self.attacker),
        }
    }
}

/// The grounds for one label.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, Reason};
/// let mut af = ArgumentationFramework::new();
/// let accusation = af.add_argument("accusation");
/// let undermine = af.add_argument("the crossings are used by those who have the right");
/// af.add_attack(undermine, accusation)?;
/// // Tell the reader, in the framework's names, what defeats the accusation.
/// let why = af.explain(&af.grounded_labelling(), accusation)?;
/// let Reason::Out { defeated_by: Some(winner) } = why.reason else { unreachable!() };
/// assert_eq!(af.name(winner), "the crossings are used by those who have the right");
/// assert_eq!(why.reason.to_string(), "attacked by a1, which is IN");
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// IN: every attacker is answered by an IN argument (no defences when unattacked).
    In {
        /// One entry per attacker, in attacker order.
        defences: Vec<Defence>,
    },
    /// OUT: an IN argument attacks it.
    Out {
        /// The lowest-numbered IN attacker; `None` when the labelling has none (not legal).
        defeated_by: Option<ArgumentId>,
    },
    /// UNDEC: no attacker is IN, and these attackers are UNDEC.
    Undec {
        /// The UNDEC attackers (empty when the labelling is not complete there, e.g. stage).
        undecided_attackers: Vec<ArgumentId>,
    },
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::In { defences } if defences.is_empty() => f.write_str("it is not attacked"),
            Reason::In { defences } => {
                f.write_str("every attacker is answered: ")?;
                for (i, d) in defences.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{d}")?;
                }
                Ok(())
            }
            Reason::Out {
                defeated_by: Some(b),
            } => write!(f, "attacked by {b}, which is IN"),
            Reason::Out { defeated_by: None } => f.write_str("no IN attacker (illegal label)"),
            Reason::Undec {
                undecided_attackers,
            } if undecided_attackers.is_empty() => {
                f.write_str("no IN attacker and no UNDEC attacker")
            }
            Reason::Undec {
                undecided_attackers,
            } => {
                f.write_str("no IN attacker, but UNDEC attackers ")?;
                for (i, b) in undecided_attackers.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{b}")?;
                }
                Ok(())
            }
        }
    }
}

/// Why an argument carries its label in a labelling: data, and text via `Display`.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label, Reason};
/// let mut af = ArgumentationFramework::with_arguments(3)?;
/// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
/// af.add_attack(a, b)?;
/// af.add_attack(b, c)?;
/// let l = af.grounded_labelling();
/// let why = af.explain(&l, c)?;
/// assert_eq!(why.label, Label::In);
/// assert_eq!(why.to_string(), "a2 is IN: every attacker is answered: a1 is attacked by a0");
/// assert_eq!(af.explain(&l, b)?.reason, Reason::Out { defeated_by: Some(a) });
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Explanation {
    /// The explained argument.
    pub argument: ArgumentId,
    /// Its label.
    pub label: Label,
    /// Why.
    pub reason: Reason,
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is {}: {}", self.argument, self.label, self.reason)
    }
}

impl ArgumentationFramework {
    /// Explains the label of `argument` in `labelling`.
    ///
    /// # Errors
    ///
    /// [`FrameworkError::UnknownArgument`] when `argument` is not in the framework.
    ///
    /// # Complexity
    ///
    /// `O(sum of the in-degrees of the argument's attackers)`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Reason};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// let [a, b] = [0, 1].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, a)?;
    /// let why = af.explain(&af.grounded_labelling(), a)?;
    /// assert_eq!(why.reason, Reason::Undec { undecided_attackers: vec![b] });
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn explain(
        &self,
        labelling: &Labelling,
        argument: ArgumentId,
    ) -> Result<Explanation, FrameworkError> {
        self.known(argument)?;
        let first_in = |x: ArgumentId| {
            self.attackers_of(x)
                .iter()
                .copied()
                .find(|&d| labelling.label(d) == Label::In)
        };
        Ok(self.explanation(labelling, argument, first_in))
    }

    /// Explains every argument's label in `labelling`, in argument order: what
    /// [`explain`](Self::explain) says of each, computed together.
    ///
    /// # Complexity
    ///
    /// `O(n + m)`: the lowest IN attacker of every argument is found in one pass over the
    /// attacks, where asking [`explain`](Self::explain) for each argument in turn would scan
    /// the attackers of a much-attacked argument once per argument it attacks.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label};
    /// // A claim answered by three rebuttals: the claim is OUT, each rebuttal IN.
    /// let mut af = ArgumentationFramework::with_arguments(4)?;
    /// for r in 1..4 {
    ///     af.add_attack(ArgumentId::new(r), ArgumentId::new(0))?;
    /// }
    /// let all = af.explain_all(&af.grounded_labelling());
    /// let labels: Vec<Label> = all.iter().map(|e| e.label).collect();
    /// assert_eq!(labels, [Label::Out, Label::In, Label::In, Label::In]);
    /// assert_eq!(all[0], af.explain(&af.grounded_labelling(), ArgumentId::new(0))?);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn explain_all(&self, labelling: &Labelling) -> Vec<Explanation> {
        let n = self.len();
        let mut lowest_in: Vec<Option<ArgumentId>> = vec![None; n];
        for (i, slot) in lowest_in.iter_mut().enumerate() {
            let x = ArgumentId::new(i as u32);
            *slot = self
                .attackers_of(x)
                .iter()
                .copied()
                .find(|&d| labelling.label(d) == Label::In);
        }
        (0..n)
            .map(|i| {
                let a = ArgumentId::new(i as u32);
                self.explanation(labelling, a, |x| lowest_in[x.index() as usize])
            })
            .collect()
    }

    /// The explanation of `argument`, given how to find the first IN attacker of any argument.
    fn explanation(
        &self,
        labelling: &Labelling,
        argument: ArgumentId,
        first_in: impl Fn(ArgumentId) -> Option<ArgumentId>,
    ) -> Explanation {
        let label = labelling.label(argument);
        let attackers = self.attackers_of(argument);
        let reason = match label {
            Label::In => Reason::In {
                defences: attackers
                    .iter()
                    .map(|&b| Defence {
                        attacker: b,
                        defender: first_in(b),
                    })
                    .collect(),
            },
            Label::Out => Reason::Out {
                defeated_by: first_in(argument),
            },
            Label::Undec => Reason::Undec {
                undecided_attackers: attackers
                    .iter()
                    .copied()
                    .filter(|&b| labelling.label(b) == Label::Undec)
                    .collect(),
            },
        };
        Explanation {
            argument,
            label,
            reason,
        }
    }

    /// Explains `argument` under a semantics: in the grounded or ideal labelling, or in the
    /// labelling of the first extension [`extensions`](Self::extensions) yields for the
    /// others. `None` when there is no extension (stable).
    ///
    /// # Errors
    ///
    /// [`FrameworkError::UnknownArgument`] when `argument` is not in the framework.
    ///
    /// # Complexity
    ///
    /// Finding the first extension (`O(n + m)` for grounded, one search otherwise; see
    /// [`extensions`](Self::extensions)), then `O(n + m)` for its labelling and the
    /// explanation.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// let why = af.explain_under(ArgumentId::new(1), Semantics::Stable)?.unwrap();
    /// assert_eq!(why.label, Label::Out);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn explain_under(
        &self,
        argument: ArgumentId,
        semantics: Semantics,
    ) -> Result<Option<Explanation>, FrameworkError> {
        self.known(argument)?;
        match self.labellings(semantics).next() {
            Some(l) => self.explain(&l, argument).map(Some),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
#[allow(clippy::many_single_char_names)] // a, b, c, ... are the textbook argument names
mod tests {
    use super::*;

    #[test]
    fn explanations_match_labels() {
        let mut af = ArgumentationFramework::with_arguments(4).unwrap();
        let [a, b, c, d] = [0, 1, 2, 3].map(ArgumentId::new);
        for (x, y) in [(a, b), (b, c), (d, d), (d, a)] {
            af.add_attack(x, y).unwrap();
        }
        let l = af.grounded_labelling();
        // d is UNDEC (self-attack), so a is UNDEC, b UNDEC, c UNDEC.
        let why = af.explain(&l, a).unwrap();
        assert_eq!(
            why.reason,
            Reason::Undec {
                undecided_attackers: vec![d]
            }
        );
        assert_eq!(
            why.to_string(),
            "a0 is UNDEC: no IN attacker, but UNDEC attackers a3"
        );
        assert!(af.explain(&l, ArgumentId::new(9)).is_err());
        let unattacked = ArgumentationFramework::with_arguments(1).unwrap();
        let why = unattacked
            .explain(&unattacked.grounded_labelling(), a)
            .unwrap();
        assert_eq!(why.to_string(), "a0 is IN: it is not attacked");
    }
}

//! The grounded labelling in linear time, without recursion.
//!
//! Algorithm: every argument starts UNDEC with a count of attackers that are not (yet) OUT.
//! Arguments whose count is zero are IN; each IN argument makes its targets OUT; each new OUT
//! argument decrements the count of its targets, and any that reach zero become IN. A work
//! list (a plain `Vec` used as a stack) drives this, so a chain of 10^6 attacks needs no call
//! stack. Every argument and attack is handled at most once: `O(n + m)`.

use super::framework::{ArgumentId, ArgumentationFramework};
use super::labelling::{Extension, Label, Labelling};

impl ArgumentationFramework {
    /// The grounded labelling: the least fixpoint of the characteristic function, as labels.
    ///
    /// # Complexity
    ///
    /// `O(n + m)` time, `O(n)` extra memory, iterative.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label};
    /// let mut af = ArgumentationFramework::with_arguments(4)?;
    /// let [a, b, c, d] = [0, 1, 2, 3].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, c)?;
    /// af.add_attack(d, d)?;
    /// let l = af.grounded_labelling();
    /// assert_eq!(l.as_slice(), &[Label::In, Label::Out, Label::In, Label::Undec]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn grounded_labelling(&self) -> Labelling {
        Labelling::from_labels(grounded_labels(self))
    }

    /// The grounded extension: the IN arguments of the grounded labelling.
    ///
    /// # Complexity
    ///
    /// `O(n + m)`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// assert_eq!(af.grounded_extension().as_slice(), &[ArgumentId::new(0)]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn grounded_extension(&self) -> Extension {
        self.grounded_labelling().extension()
    }
}

pub(crate) fn grounded_labels(af: &ArgumentationFramework) -> Vec<Label> {
    let n = af.len();
    let mut labels = vec![Label::Undec; n];
    let mut live: Vec<u32> = af
        .arguments()
        .map(|a| af.attacker_count(a) as u32)
        .collect();
    let mut stack: Vec<ArgumentId> = af.arguments().filter(|a| live[a.ix()] == 0).collect();
    // `stack` holds arguments that have just become IN.
    while let Some(a) = stack.pop() {
        labels[a.ix()] = Label::In;
        for &t in af.targets_of(a) {
            if labels[t.ix()] != Label::Undec {
                continue;
            }
            labels[t.ix()] = Label::Out;
            for &u in af.targets_of(t) {
                let c = &mut live[u.ix()];
                *c = c.saturating_sub(1);
                if *c == 0 && labels[u.ix()] == Label::Undec {
                    // Mark now so it is pushed once; it is set IN when popped.
                    labels[u.ix()] = Label::In;
                    stack.push(u);
                }
            }
        }
    }
    labels
}

#[cfg(test)]
#[allow(clippy::many_single_char_names)] // a, b, c, ... are the textbook argument names
mod tests {
    use super::*;

    #[test]
    fn long_chain_is_iterative() {
        let n = 1_000_000u32;
        let mut af = ArgumentationFramework::with_arguments(n).unwrap();
        for i in 0..n - 1 {
            af.add_attack(ArgumentId::new(i), ArgumentId::new(i + 1))
                .unwrap();
        }
        let g = af.grounded_extension();
        assert_eq!(g.len(), (n as usize).div_ceil(2));
        assert!(g.contains(ArgumentId::new(n - 1 - u32::from(n.is_multiple_of(2)))));
    }

    #[test]
    fn odd_cycle_is_undecided_and_reinstatement_works() {
        let mut af = ArgumentationFramework::with_arguments(5).unwrap();
        let [a, b, c, d, e] = [0, 1, 2, 3, 4].map(ArgumentId::new);
        for (x, y) in [(a, b), (b, c), (c, a), (d, e)] {
            af.add_attack(x, y).unwrap();
        }
        let l = af.grounded_labelling();
        assert_eq!(
            l.as_slice(),
            &[
                Label::Undec,
                Label::Undec,
                Label::Undec,
                Label::In,
                Label::Out
            ]
        );
        assert!(l.is_complete(&af));
    }
}

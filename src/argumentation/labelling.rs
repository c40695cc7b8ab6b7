//! Labels, labellings, extensions and the names of the semantics.

use std::fmt;

use super::framework::{ArgumentId, ArgumentationFramework};

/// A Dung semantics.
///
/// Its name is the word (`semi_stable`), as everywhere in the crate; [`Semantics::iccma`]
/// gives the ICCMA code (`SST`), and both read back with `FromStr`, the code in any case.
///
/// | variant | name | ICCMA | an extension is |
/// |---|---|---|---|
/// | `Grounded` | `grounded` | `GR` | the least complete extension (unique) |
/// | `Complete` | `complete` | `CO` | an admissible set containing every argument it defends |
/// | `Preferred` | `preferred` | `PR` | a maximal (by inclusion) complete extension |
/// | `Stable` | `stable` | `ST` | a conflict-free set attacking every argument outside it |
/// | `SemiStable` | `semi_stable` | `SST` | a complete extension with maximal range (set plus what it attacks) |
/// | `Stage` | `stage` | `STG` | a conflict-free set with maximal range |
/// | `Ideal` | `ideal` | `ID` | the largest admissible set inside every preferred extension (unique) |
///
/// ```
/// use claimgraph::argumentation::Semantics;
/// assert_eq!("SST".parse::<Semantics>(), Ok(Semantics::SemiStable));
/// assert_eq!("semi_stable".parse::<Semantics>(), Ok(Semantics::SemiStable));
/// assert_eq!(Semantics::Stage.to_string(), "stage");
/// assert_eq!(Semantics::Stage.iccma(), "STG");
/// // An ICCMA task name: `SE-PR`.
/// assert_eq!(format!("SE-{}", Semantics::Preferred.iccma()), "SE-PR");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Semantics {
    /// `grounded`, ICCMA `GR`.
    Grounded,
    /// `complete`, ICCMA `CO`.
    Complete,
    /// `preferred`, ICCMA `PR`.
    Preferred,
    /// `stable`, ICCMA `ST`.
    Stable,
    /// `semi_stable`, ICCMA `SST`.
    SemiStable,
    /// `stage`, ICCMA `STG`.
    Stage,
    /// `ideal`, ICCMA `ID`.
    Ideal,
}

crate::names::names! {
    Semantics in "claimgraph::argumentation", "semantics";
    Grounded => "grounded" | "GR",
    Complete => "complete" | "CO",
    Preferred => "preferred" | "PR",
    Stable => "stable" | "ST",
    SemiStable => "semi_stable" | "SST",
    Stage => "stage" | "STG",
    Ideal => "ideal" | "ID",
}

impl Semantics {
    /// The ICCMA code (`GR`, `CO`, ...), as solver tasks name the semantics (`SE-GR`).
    ///
    /// ```
    /// use claimgraph::argumentation::Semantics;
    /// let tasks: Vec<String> = Semantics::ALL.iter().map(|s| format!("DC-{}", s.iccma())).collect();
    /// assert_eq!(tasks[..3], ["DC-GR", "DC-CO", "DC-PR"]);
    /// assert_eq!(Semantics::Ideal.iccma().parse::<Semantics>(), Ok(Semantics::Ideal));
    /// ```
    pub const fn iccma(self) -> &'static str {
        match self {
            Semantics::Grounded => "GR",
            Semantics::Complete => "CO",
            Semantics::Preferred => "PR",
            Semantics::Stable => "ST",
            Semantics::SemiStable => "SST",
            Semantics::Stage => "STG",
            Semantics::Ideal => "ID",
        }
    }

    /// Whether the semantics always has exactly one extension (grounded, ideal).
    ///
    /// ```
    /// use claimgraph::argumentation::Semantics;
    /// let unique: Vec<Semantics> = Semantics::ALL.iter().copied().filter(|s| s.is_unique()).collect();
    /// assert_eq!(unique, [Semantics::Grounded, Semantics::Ideal]);
    /// ```
    pub const fn is_unique(self) -> bool {
        matches!(self, Semantics::Grounded | Semantics::Ideal)
    }
}

/// Which kind of acceptance a query asks for.
///
/// ```
/// use claimgraph::argumentation::{Acceptance, ArgumentationFramework, ArgumentId, Semantics};
/// let mut af = ArgumentationFramework::with_arguments(2)?;
/// let [a, b] = [0, 1].map(ArgumentId::new);
/// af.add_attack(a, b)?;
/// af.add_attack(b, a)?;
/// assert!(af.is_accepted(a, Semantics::Preferred, Acceptance::Credulous)?);
/// assert!(!af.is_accepted(a, Semantics::Preferred, Acceptance::Skeptical)?);
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Acceptance {
    /// In at least one extension (ICCMA `DC`).
    Credulous,
    /// In every extension (ICCMA `DS`); vacuously true when there is no extension.
    Skeptical,
}

crate::names::names! {
    Acceptance in "claimgraph::argumentation", "kind of acceptance";
    Credulous => "credulous",
    Skeptical => "skeptical",
}

/// How an argument fares under a semantics, over all its extensions.
///
/// ```
/// use claimgraph::argumentation::{ArgumentStatus, ArgumentationFramework, ArgumentId, Semantics};
/// let mut af = ArgumentationFramework::with_arguments(2)?;
/// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
/// let st = af.statuses(Semantics::Preferred);
/// assert_eq!(st, vec![ArgumentStatus::Skeptical, ArgumentStatus::Rejected]);
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArgumentStatus {
    /// In every extension (and there is at least one).
    Skeptical,
    /// In some extension but not all.
    Credulous,
    /// In no extension.
    Rejected,
}

crate::names::names! {
    ArgumentStatus in "claimgraph::argumentation", "argument status";
    Skeptical => "skeptical",
    Credulous => "credulous",
    Rejected => "rejected",
}

/// The label of an argument in a labelling.
///
/// Its names are the labelling literature's words in capitals, `IN`, `OUT` and `UNDEC`: the one
/// exception to the crate's lowercase names, since explanations ("a2 is IN") and papers
/// write them so.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label};
/// let mut af = ArgumentationFramework::with_arguments(2)?;
/// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
/// let grounded = af.grounded_labelling();
/// let shown: Vec<String> = grounded.as_slice().iter().map(Label::to_string).collect();
/// assert_eq!(shown, vec!["IN", "OUT"]);
/// assert_eq!("UNDEC".parse::<Label>(), Ok(Label::Undec));
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Label {
    /// Accepted.
    In,
    /// Rejected: attacked by an accepted argument.
    Out,
    /// Neither.
    Undec,
}

crate::names::names! {
    Label in "claimgraph::argumentation", "label";
    In => "IN",
    Out => "OUT",
    Undec => "UNDEC",
}

/// A set of arguments, sorted and without duplicates.
///
/// Displayed as `{a0, a2}` (ids); use [`Extension::display_names`] for file names.
///
/// ```
/// use claimgraph::argumentation::{ArgumentId, Extension};
/// let e = Extension::from_arguments([ArgumentId::new(2), ArgumentId::new(0), ArgumentId::new(2)]);
/// assert_eq!(e.len(), 2);
/// assert!(e.contains(ArgumentId::new(0)));
/// assert_eq!(e.to_string(), "{a0, a2}");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Extension(Vec<ArgumentId>);

impl Extension {
    /// An extension from any arguments (sorted and deduplicated here), for instance a set to
    /// test against a framework.
    ///
    /// # Complexity
    ///
    /// `O(k log k)` for `k` arguments.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Extension, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, c)?;
    /// let guess = Extension::from_arguments([c, a]);
    /// assert!(af.extensions(Semantics::Stable).any(|e| e == guess));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn from_arguments(args: impl IntoIterator<Item = ArgumentId>) -> Self {
        let mut v: Vec<ArgumentId> = args.into_iter().collect();
        v.sort_unstable();
        v.dedup();
        Self(v)
    }

    /// The arguments, sorted: what the framework's set checks take.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// af.add_attack(ArgumentId::new(1), ArgumentId::new(0))?;
    /// for e in af.extensions(Semantics::Preferred) {
    ///     assert!(af.is_admissible(e.as_slice()));
    /// }
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn as_slice(&self) -> &[ArgumentId] {
        &self.0
    }

    /// Iterates over the arguments in order.
    ///
    /// ```
    /// use claimgraph::argumentation::ArgumentationFramework;
    /// let mut af = ArgumentationFramework::new();
    /// let accusation = af.add_argument("accusation");
    /// let dismissal = af.add_argument("dismissal");
    /// let analogy = af.add_argument("analogy");
    /// af.add_attack(dismissal, accusation)?;
    /// af.add_attack(analogy, dismissal)?;
    /// let names: Vec<_> = af.grounded_extension().iter().map(|&a| af.name(a)).collect();
    /// assert_eq!(names, ["accusation", "analogy"]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, ArgumentId> {
        self.0.iter()
    }

    /// The number of arguments.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// af.add_attack(ArgumentId::new(1), ArgumentId::new(0))?;
    /// // The largest preferred extension.
    /// let largest = af.extensions(Semantics::Preferred).map(|e| e.len()).max();
    /// assert_eq!(largest, Some(2));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the extension is empty.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// af.add_attack(ArgumentId::new(1), ArgumentId::new(0))?;
    /// assert!(af.grounded_extension().is_empty()); // nothing stands without taking a side
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `a` is in the extension.
    ///
    /// # Complexity
    ///
    /// `O(log k)` for an extension of `k` arguments (binary search).
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, a)?;
    /// af.add_attack(b, c)?;
    /// // The preferred extensions that accept c.
    /// let with_c = af.extensions(Semantics::Preferred).filter(|e| e.contains(c)).count();
    /// assert_eq!(with_c, 1);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn contains(&self, a: ArgumentId) -> bool {
        self.0.binary_search(&a).is_ok()
    }

    /// Whether every argument of `self` is in `other`.
    ///
    /// # Complexity
    ///
    /// `O(k log k')` for `k` arguments in `self` and `k'` in `other`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(4)?;
    /// let [a, b, c, d] = [0, 1, 2, 3].map(ArgumentId::new);
    /// for (x, y) in [(a, b), (b, a), (c, d)] {
    ///     af.add_attack(x, y)?;
    /// }
    /// // The grounded extension is in every complete one.
    /// let grounded = af.grounded_extension();
    /// assert!(af.extensions(Semantics::Complete).all(|e| grounded.is_subset(&e)));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn is_subset(&self, other: &Extension) -> bool {
        self.0.iter().all(|&a| other.contains(a))
    }

    /// The extension written with the framework's argument names, space-separated, in index
    /// order (the ICCMA 2023 witness line without its `w`).
    ///
    /// ```
    /// use claimgraph::argumentation::{Format, ArgumentationFramework};
    /// let af = ArgumentationFramework::parse(Format::Iccma, "p af 3\n1 2\n")?;
    /// assert_eq!(af.grounded_extension().display_names(&af), "1 3");
    /// # Ok::<(), claimgraph::argumentation::FormatError>(())
    /// ```
    pub fn display_names(&self, af: &ArgumentationFramework) -> String {
        let mut out = String::new();
        for (i, &a) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&af.name(a));
        }
        out
    }

    /// The arguments, sorted, by value (no copy).
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// // Keep the accepted arguments, as plain data, after the framework is gone.
    /// let accepted: Vec<ArgumentId> = af.grounded_extension().into_vec();
    /// drop(af);
    /// assert_eq!(accepted, [ArgumentId::new(0), ArgumentId::new(2)]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn into_vec(self) -> Vec<ArgumentId> {
        self.0
    }

    pub(crate) fn from_sorted(v: Vec<ArgumentId>) -> Self {
        debug_assert!(v.windows(2).all(|w| w[0] < w[1]));
        Self(v)
    }
}

impl<'a> IntoIterator for &'a Extension {
    type Item = &'a ArgumentId;
    type IntoIter = std::slice::Iter<'a, ArgumentId>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for Extension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("{")?;
        for (i, a) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{a}")?;
        }
        f.write_str("}")
    }
}

/// A label for every argument of a framework.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label};
/// let mut af = ArgumentationFramework::with_arguments(3)?;
/// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
/// af.add_attack(a, b)?;
/// af.add_attack(c, c)?;
/// let l = af.grounded_labelling();
/// assert_eq!((l.label(a), l.label(b), l.label(c)), (Label::In, Label::Out, Label::Undec));
/// assert!(l.is_complete(&af));
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Labelling(Vec<Label>);

impl Labelling {
    /// Makes a labelling from one label per argument, in index order: for instance one read
    /// from another solver, to check it against the framework.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label::*, Labelling};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// assert!(Labelling::from_labels(vec![In, Out]).is_complete(&af));
    /// assert!(!Labelling::from_labels(vec![In, Undec]).is_complete(&af)); // b must be OUT
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn from_labels(labels: Vec<Label>) -> Self {
        Self(labels)
    }

    /// The labelling that an extension induces: its members IN, what it attacks OUT, the rest
    /// UNDEC. Ids outside the framework are ignored.
    ///
    /// # Complexity
    ///
    /// `O(n + out-degree of the extension)`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Extension, Label, Labelling};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// let l = Labelling::from_extension(&af, &Extension::from_arguments([ArgumentId::new(0)]));
    /// assert_eq!(l.label(ArgumentId::new(1)), Label::Out);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn from_extension(af: &ArgumentationFramework, ext: &Extension) -> Self {
        let mut labels = vec![Label::Undec; af.len()];
        for &a in ext {
            for t in af.targets_of(a) {
                labels[t.ix()] = Label::Out;
            }
        }
        for &a in ext {
            if let Some(l) = labels.get_mut(a.ix()) {
                *l = Label::In;
            }
        }
        Self(labels)
    }

    /// The label of `a` (UNDEC for an id outside the labelling).
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentId, Label, Labelling};
    /// let l = Labelling::from_labels(vec![Label::In]);
    /// assert_eq!(l.label(ArgumentId::new(0)), Label::In);
    /// assert_eq!(l.label(ArgumentId::new(5)), Label::Undec);
    /// ```
    pub fn label(&self, a: ArgumentId) -> Label {
        self.0.get(a.ix()).copied().unwrap_or(Label::Undec)
    }

    /// The labels, in index order.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// af.add_attack(ArgumentId::new(1), ArgumentId::new(0))?;
    /// // How much grounded semantics leaves open.
    /// let l = af.grounded_labelling();
    /// let open = l.as_slice().iter().filter(|&&x| x == Label::Undec).count();
    /// assert_eq!(open, 2);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn as_slice(&self) -> &[Label] {
        &self.0
    }

    /// The number of labelled arguments: for a labelling of a framework, its
    /// [`len`](ArgumentationFramework::len).
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, Label, Labelling};
    /// let af = ArgumentationFramework::with_arguments(3)?;
    /// let short = Labelling::from_labels(vec![Label::In; 2]);
    /// assert!(short.len() != af.len() && !short.is_complete(&af)); // one label missing
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no argument is labelled (the labelling of an empty framework).
    ///
    /// ```
    /// use claimgraph::argumentation::ArgumentationFramework;
    /// assert!(ArgumentationFramework::new().grounded_labelling().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The arguments with a given label, in index order.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentId, Label, Labelling};
    /// let l = Labelling::from_labels(vec![Label::Out, Label::In, Label::Out]);
    /// assert_eq!(l.with_label(Label::Out).collect::<Vec<_>>(), vec![ArgumentId::new(0), ArgumentId::new(2)]);
    /// ```
    pub fn with_label(&self, label: Label) -> impl Iterator<Item = ArgumentId> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter(move |&(_, &l)| l == label)
            .map(|(i, _)| ArgumentId::new(i as u32))
    }

    /// The IN arguments as an extension.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentId, Label, Labelling};
    /// let l = Labelling::from_labels(vec![Label::Out, Label::In]);
    /// assert_eq!(l.extension().as_slice(), &[ArgumentId::new(1)]);
    /// ```
    pub fn extension(&self) -> Extension {
        Extension::from_sorted(self.with_label(Label::In).collect())
    }

    /// Whether this is a complete labelling of `af`: an argument is IN iff all its attackers
    /// are OUT, and OUT iff some attacker is IN.
    ///
    /// # Complexity
    ///
    /// `O(n + m)`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label, Labelling};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// assert!(Labelling::from_labels(vec![Label::In, Label::Out]).is_complete(&af));
    /// assert!(!Labelling::from_labels(vec![Label::Undec, Label::Undec]).is_complete(&af));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn is_complete(&self, af: &ArgumentationFramework) -> bool {
        if self.0.len() != af.len() {
            return false;
        }
        af.arguments().all(|a| {
            let attackers = af.attackers_of(a);
            let expected = if attackers.iter().any(|&b| self.label(b) == Label::In) {
                Label::Out
            } else if attackers.iter().all(|&b| self.label(b) == Label::Out) {
                Label::In
            } else {
                Label::Undec
            };
            self.label(a) == expected
        })
    }

    /// Whether this is an admissible labelling: IN arguments have only OUT attackers, and OUT
    /// arguments have an IN attacker (UNDEC is unconstrained).
    ///
    /// # Complexity
    ///
    /// `O(n + m)`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Label, Labelling};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// assert!(Labelling::from_labels(vec![Label::Undec, Label::Undec]).is_admissible(&af));
    /// assert!(!Labelling::from_labels(vec![Label::Undec, Label::In]).is_admissible(&af));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn is_admissible(&self, af: &ArgumentationFramework) -> bool {
        self.0.len() == af.len()
            && af.arguments().all(|a| match self.label(a) {
                Label::In => af
                    .attackers_of(a)
                    .iter()
                    .all(|&b| self.label(b) == Label::Out),
                Label::Out => af
                    .attackers_of(a)
                    .iter()
                    .any(|&b| self.label(b) == Label::In),
                Label::Undec => true,
            })
    }
}

impl fmt::Display for Labelling {
    /// `a0:IN a1:OUT ...`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, l) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "a{i}:{l}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::many_single_char_names)] // a, b, c, ... are the textbook argument names
mod tests {
    use super::*;

    #[test]
    fn semantics_names_round_trip() {
        for &s in Semantics::ALL {
            assert_eq!(s.to_string().parse::<Semantics>(), Ok(s));
            assert_eq!(s.iccma().to_lowercase().parse::<Semantics>(), Ok(s));
        }
        assert!("".parse::<Semantics>().is_err());
    }

    #[test]
    fn labelling_display_and_views() {
        let l = Labelling::from_labels(vec![Label::In, Label::Out, Label::Undec]);
        assert_eq!(l.to_string(), "a0:IN a1:OUT a2:UNDEC");
        assert_eq!(l.extension().as_slice(), &[ArgumentId::new(0)]);
        assert_eq!(l.with_label(Label::Undec).count(), 1);
    }
}

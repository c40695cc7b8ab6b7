//! Abstract argumentation (Dung) frameworks: which arguments stand, under which semantics, and
//! why. Usable on its own, without the claim model.
//!
//! An [`ArgumentationFramework`] is a set of arguments and an attack relation between them. A
//! *semantics* ([`Semantics`]) picks the sets of arguments that can be accepted together, its
//! *extensions*; an argument is then accepted credulously (in some extension) or skeptically
//! (in every one). Here is the reference scenario, the Finnish accusation of November 2023 and
//! Moscow's answers, as a framework of its own:
//!
//! ```
//! use claimgraph::argumentation::{ArgumentStatus::*, ArgumentationFramework, Semantics};
//! let mut af = ArgumentationFramework::new();
//! let accusation = af.add_argument("Finland: Russia steers asylum seekers to the border");
//! let denial = af.add_argument("Peskov: we do not accept such accusations");
//! let dismissal = af.add_argument("Peskov: far-fetched");
//! let analogy = af.add_argument("article: Belarus did the same in 2021");
//! af.add_attack(denial, accusation)?;
//! af.add_attack(accusation, denial)?; // the two contradict each other
//! af.add_attack(dismissal, accusation)?;
//! af.add_attack(analogy, dismissal)?;
//!
//! // Without taking sides, only the analogy stands: it defeats the dismissal, and the
//! // accusation and the denial hold each other in check.
//! assert_eq!(af.statuses(Semantics::Grounded), [Rejected, Rejected, Rejected, Skeptical]);
//! // Taking a side is coherent either way: two preferred extensions.
//! assert_eq!(af.statuses(Semantics::Preferred), [Credulous, Credulous, Rejected, Skeptical]);
//! let why = af.explain(&af.grounded_labelling(), accusation)?;
//! assert_eq!(why.to_string(), "a0 is UNDEC: no IN attacker, but UNDEC attackers a1");
//! # Ok::<(), claimgraph::argumentation::FrameworkError>(())
//! ```
//!
//! To read a [`ClaimGraph`](crate::ClaimGraph) this way, with statements as arguments and
//! rebuttals as attacks, use [`dispute`](crate::dispute); this module knows nothing of claims.
//!
//! # The types
//!
//! - [`ArgumentationFramework`]: arguments are dense indices ([`ArgumentId`], `0..len`) with
//!   optional unique names; attacks are deduplicated and kept as sorted adjacency lists in both
//!   directions, built once after the last addition (add everything, then query). At most
//!   [`MAX_ARGUMENTS`] arguments; errors are [`FrameworkError`]s.
//! - [`Semantics`] names the seven semantics below; [`Extension`] is a sorted set of
//!   arguments, [`Labelling`] gives every argument a [`Label`] (IN, OUT, UNDEC), and the two
//!   convert into each other ([`Labelling::from_extension`], [`Labelling::extension`]).
//! - [`Acceptance`] (credulous or skeptical) is the question asked of one argument
//!   ([`ArgumentationFramework::is_accepted`]); [`ArgumentStatus`] is the answer for every
//!   argument at once ([`ArgumentationFramework::statuses`]).
//! - [`Extensions`] is the lazy iterator that [`ArgumentationFramework::extensions`] returns:
//!   each `next` searches for one more extension.
//! - [`Explanation`], [`Reason`] and [`Defence`] say why an argument has its label: the IN
//!   attacker that defeats it, the defenders that answer each attacker, or the undecided
//!   attackers that keep it undecided.
//! - [`Gradual`] computes strengths in `[0, 1]` instead of accept/reject (h-categorizer,
//!   DF-QuAD), as [`Strengths`] with their [`Convergence`].
//! - [`Format`] reads and writes ICCMA 2023, ASPARTIX (APX) and TGF files; a bad file is a
//!   [`FormatError`] naming the line ([`FormatErrorKind`] says what went wrong).
//!
//! # The semantics
//!
//! A set of arguments is *conflict-free* when no member attacks another, and *admissible* when
//! it is conflict-free and defends its members (attacks every attacker). In labelling terms,
//! IN marks members, OUT arguments attacked by a member, UNDEC the rest; a labelling is
//! *complete* when an argument is IN exactly when all its attackers are OUT, and OUT exactly
//! when some attacker is IN.
//!
//! - **grounded** (`GR`): the least complete extension, what is accepted without any choice;
//!   always exactly one.
//! - **complete** (`CO`): admissible sets containing every argument they defend.
//! - **preferred** (`PR`): inclusion-maximal complete (= admissible) extensions.
//! - **stable** (`ST`): conflict-free sets attacking every outside argument; there may be none
//!   (an odd cycle of attacks has none).
//! - **semi-stable** (`SST`): complete extensions whose range (the set plus what it attacks) is
//!   maximal; equal to stable when stable extensions exist.
//! - **stage** (`STG`): conflict-free sets of maximal range; equal to stable when stable
//!   extensions exist.
//! - **ideal** (`ID`): the largest admissible set contained in every preferred extension;
//!   always exactly one.
//!
//! Skeptical acceptance is vacuously true when there is no extension (only stable can have
//! none), as in ICCMA; [`ArgumentationFramework::statuses`] and
//! [`ArgumentStatus::Skeptical`] do not count that as acceptance.
//!
//! # Which procedure answers which question, and why
//!
//! Nothing enumerates subsets, and nothing recurses over the framework: every procedure keeps
//! its own stack, so a chain of a million attacks needs no call stack.
//!
//! - **Grounded**: a work-list propagation, `O(n + m)` for `n` arguments and `m` attacks. An
//!   argument with no attacker left that is not OUT becomes IN, its targets OUT, and so on
//!   ([`ArgumentationFramework::grounded_labelling`]).
//! - **Everything else starts from grounded.** Grounded IN and OUT arguments carry the same
//!   label in every complete labelling, stable ones included, so only what grounded leaves
//!   UNDEC is searched; where grounded decides everything, no search happens at all. (Stage
//!   extensions need not be complete, so stage's SAT encoding covers the whole framework.)
//! - **Complete and preferred extensions**: a backtracking search over labellings with
//!   propagation (`src/argumentation/complete.rs`): making an argument IN excludes its
//!   attackers and targets at once, an attacker not yet OUT becomes an obligation that one
//!   of its own attackers must meet, and a defended argument is made IN. Complete extensions
//!   are reported where the search closes them (the first is the grounded extension);
//!   preferred ones once nothing below them was complete, supersets first.
//! - **Stable extensions**: a search of the same kind (`src/argumentation/stable.rs`) that
//!   counts, for every argument neither IN nor attacked by an IN argument, the candidates left
//!   to settle it (itself, or one of its free attackers, made IN), so a forced choice is taken
//!   at once and a dead end seen at once. On dense frameworks these searches beat a SAT
//!   encoding by one to two orders of magnitude.
//! - **Stable questions: search or SAT, chosen by density.** Some stable extension, stable
//!   acceptance and stable statuses measure the part grounded leaves undecided: when its
//!   attacks cover at least a tenth of its ordered pairs (the AFGen family, where the search
//!   wins by orders of magnitude) the search gets 100,000 steps and SAT takes over if it has
//!   not settled the question by then; on sparser frameworks (`crusti.i23`, density 0.02,
//!   where the search finds nothing in its budget) SAT answers at once, on an encoding with
//!   `in` variables alone, grounded labels fixed. Size and budget are counted, not timed, so
//!   the choice is the same on every run.
//! - **Semi-stable and stage: one extension** (ICCMA `SE`): range maximisation on one
//!   incremental SAT solver, from the first model up (semi-stable on the grounded reduct, stage
//!   on the whole framework, starting from the grounded labelling as a hint); each range
//!   reached is kept as a clause and the solver asked for one more argument in range until
//!   it cannot. A stable extension, if there is one, is what this finds (a full range).
//! - **Semi-stable and stage: one argument** ([`ArgumentationFramework::is_accepted`],
//!   [`ArgumentationFramework::witness`]): counter-example guided, stopping as soon as the
//!   question is settled, on one solver across the rounds. Grow a labelling with the argument
//!   IN (credulous) or not IN (skeptical) to a range `R` maximal under that condition; a
//!   full range is stable, so it settles the question; otherwise, if no labelling at all has a
//!   range strictly containing `R`, this one is semi-stable (stage) and settles it; if one
//!   does, nothing with a range inside `R` is semi-stable (stage), a clause rules that out for
//!   good, and the counter-example, grown to a maximal range of its own, may settle the
//!   question too. Grounded settles semi-stable questions about grounded IN and OUT arguments
//!   without SAT.
//! - **Semi-stable and stage: enumeration** ([`ArgumentationFramework::extensions`]): when a
//!   stable extension exists they coincide with stable, and the stable search answers.
//!   Otherwise SAT maximises the range: solve, then ask for one more argument in range until
//!   that is impossible, enumerate every extension with that range, rule out everything
//!   inside it, and look for the next maximal range.
//! - **Ideal**: the credulously accepted arguments (one search per argument that no extension
//!   found so far contains), then a linear greatest-fixpoint pass keeping the largest part
//!   that nothing credulously accepted attacks and that defends itself
//!   ([`ArgumentationFramework::ideal_extension`]).
//! - **One argument** ([`ArgumentationFramework::is_accepted`]): complete, preferred and ideal
//!   are *directional*: an argument's status depends only on the arguments that can reach it
//!   through attacks, so the question is answered on that part of the framework, often a
//!   small one. Credulous complete or preferred acceptance is one search with the argument
//!   required IN; skeptical preferred looks for a preferred extension without it; skeptical
//!   complete is grounded membership; stable acceptance is one stable search (or SAT call)
//!   with the argument forced IN or out. Semi-stable and stage are not directional (see above).
//! - **Decomposition**: the directional cut above is the decomposition used today (complete,
//!   preferred, ideal: only the arguments that reach the queried one, the union of the
//!   strongly connected components upstream of it). Grounded needs none (it is linear).
//!   Stable, semi-stable and stage questions work on the whole grounded reduct (stage on the
//!   whole framework): they are not directional, and an SCC-recursive split of them is not
//!   implemented.
//! - **Every argument** ([`ArgumentationFramework::statuses`],
//!   [`ArgumentationFramework::accepted`]): credulous sets are covered (each extension found
//!   settles all its members; one search per argument still open, for stable one SAT call);
//!   skeptical sets intersect the first 64 extensions and ask the one-argument question only
//!   for what is left. Semi-stable and stage enumerate every extension.
//!
//! The sources of `src/argumentation/search.rs`, `complete.rs` and `stable.rs` open with the
//! full account: the SAT encoding, the branching rules, and why each branch is disjoint from
//! the others, so that every extension is found exactly once.
//!
//! # Complexity
//!
//! Grounded semantics, skeptical complete acceptance, labelling checks and explanations take
//! linear time. The rest is hard in general: credulous acceptance under complete, preferred
//! and stable semantics is NP-complete, skeptical preferred acceptance is
//! Π<sub>2</sub><sup>P</sup>-complete, semi-stable and stage acceptance are at the second level
//! of the polynomial hierarchy, and ideal acceptance is coNP-hard. The procedures above are
//! exponential in the worst case, in the part of the framework grounded leaves undecided (and,
//! for directional questions, that can reach the argument). Measured figures, including
//! every ICCMA 2023 reference instance the tests check, are in
//! [`performance`](crate::performance).
//!
//! # Determinism
//!
//! The same framework gives the same answers in the same order on every run and every
//! machine: searches branch in index order, the SAT solver runs with a fixed seed, the
//! hand-over to SAT is counted in steps rather than time, and hash maps are only looked up,
//! never iterated for output. Extensions come in the search's order (documented on
//! [`ArgumentationFramework::extensions`]), statuses in index order, and sets of arguments
//! sorted.
//!
//! # Cookbook
//!
//! Answer an ICCMA question from a file, with a witness: is argument 4 credulously accepted
//! under preferred semantics (`DC-PR`), and in which extension?
//!
//! ```
//! use claimgraph::argumentation::{Acceptance, ArgumentationFramework, Format, Semantics};
//! let af = ArgumentationFramework::parse(Format::Iccma, "p af 4\n1 2\n2 1\n2 3\n3 4\n")?;
//! let four = af.find("4").unwrap();
//! assert!(af.is_accepted(four, Semantics::Preferred, Acceptance::Credulous)?);
//! let witness = af.extensions(Semantics::Preferred).find(|e| e.contains(four)).unwrap();
//! assert_eq!(witness.display_names(&af), "2 4");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Look at a few stable extensions of a framework that has many, and stop there: the
//! iterator does the work for one extension per `next`.
//!
//! ```
//! use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Semantics};
//! // 20 mutual attacks: 2^20 stable extensions.
//! let mut af = ArgumentationFramework::with_arguments(40)?;
//! for i in (0..40).step_by(2) {
//!     af.add_attack(ArgumentId::new(i), ArgumentId::new(i + 1))?;
//!     af.add_attack(ArgumentId::new(i + 1), ArgumentId::new(i))?;
//! }
//! let first: Vec<_> = af.extensions(Semantics::Stable).take(3).collect();
//! assert!(first.iter().all(|e| e.len() == 20));
//! # Ok::<(), claimgraph::argumentation::FrameworkError>(())
//! ```
//!
//! Rank arguments where the semantics only say "undecided": in an odd cycle every argument is
//! UNDEC, but an attack from outside the cycle (by a self-attacking, undecided argument)
//! still weakens its target.
//!
//! ```
//! use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Gradual};
//! let mut af = ArgumentationFramework::with_arguments(4)?;
//! let [a, b, c, d] = [0, 1, 2, 3].map(ArgumentId::new);
//! for (x, y) in [(a, b), (b, c), (c, a), (d, d), (d, a)] {
//!     af.add_attack(x, y)?;
//! }
//! assert!(af.grounded_extension().is_empty());
//! let s = Gradual::h_categorizer().evaluate(&af);
//! assert!(s.score(a) < s.score(c));
//! # Ok::<(), claimgraph::argumentation::FrameworkError>(())
//! ```

mod complete;
mod error;
mod explain;
mod formats;
mod framework;
mod gradual;
mod grounded;
mod labelling;
mod sat;
mod search;
mod stable;

pub use error::{FormatError, FormatErrorKind, FrameworkError};
pub use explain::{Defence, Explanation, Reason};
pub use formats::Format;
pub use framework::{ArgumentId, ArgumentationFramework, MAX_ARGUMENTS};
pub use gradual::{Convergence, Gradual, Strengths};
pub use labelling::{Acceptance, ArgumentStatus, Extension, Label, Labelling, Semantics};
pub use search::Extensions;

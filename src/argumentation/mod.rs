//! Abstract argumentation (Dung) frameworks and their semantics, usable on their own.
//!
//! An [`ArgumentationFramework`] is a set of arguments and an attack relation. A set of
//! arguments is *conflict-free* when no member attacks another, and *admissible* when it is
//! conflict-free and defends its members (attacks every attacker). The semantics
//! ([`Semantics`]) pick the acceptable sets, called extensions:
//!
//! - **grounded** (`GR`): the least complete extension, what is accepted without any choice.
//!   Computed in `O(n + m)` by a work-list propagation (no recursion).
//! - **complete** (`CO`): admissible sets containing every argument they defend.
//! - **preferred** (`PR`): inclusion-maximal complete (= admissible) extensions.
//! - **stable** (`ST`): conflict-free sets attacking every outside argument; may not exist.
//! - **semi-stable** (`SST`): complete extensions whose range (the set plus what it attacks) is
//!   maximal; equal to stable when stable extensions exist.
//! - **stage** (`STG`): conflict-free sets of maximal range.
//! - **ideal** (`ID`): the largest admissible set contained in every preferred extension.
//!
//! The same can be said with labellings ([`Labelling`]): IN for members, OUT for arguments
//! attacked by a member, UNDEC for the rest. A labelling is complete when an argument is IN
//! exactly when all its attackers are OUT, and OUT exactly when some attacker is IN.
//!
//! The hard semantics are solved after a linear grounded pre-pass by labelling searches with
//! propagation (complete, preferred, stable, ideal) and by SAT with a well-kept pure-Rust
//! solver (semi-stable, stage, and the many related questions behind stable statuses): see
//! the docs of [`ArgumentationFramework::extensions`] and the module sources. Nothing
//! enumerates subsets. Extensions come
//! lazily ([`Extensions`]), acceptance of one argument ([`Acceptance`]) avoids enumeration
//! where the semantics allows, and [`ArgumentationFramework::statuses`] settles every argument
//! in one call. [`ArgumentationFramework::explain`] says why an argument has its label, and
//! [`Gradual`] computes h-categorizer and DF-QuAD strengths. Files in the ICCMA 2023, APX and
//! TGF formats are read and written with [`Format`].
//!
//! ```
//! use claimgraph::argumentation::{Format, ArgumentationFramework, Semantics};
//! let af = ArgumentationFramework::parse(Format::Iccma, "p af 3\n1 2\n2 1\n2 3\n")?;
//! let preferred: Vec<String> =
//!     af.extensions(Semantics::Preferred).map(|e| e.display_names(&af)).collect();
//! assert_eq!(preferred.len(), 2);
//! assert!(preferred.contains(&"1 3".to_string()));
//! assert!(preferred.contains(&"2".to_string()));
//! # Ok::<(), claimgraph::argumentation::FormatError>(())
//! ```

mod complete;
mod error;
mod explain;
mod formats;
mod framework;
mod gradual;
mod grounded;
mod labelling;
mod search;
mod stable;

pub use error::{FormatError, FormatErrorKind, FrameworkError};
pub use explain::{Defence, Explanation, Reason};
pub use formats::Format;
pub use framework::{ArgumentId, ArgumentationFramework, MAX_ARGUMENTS};
pub use gradual::{Convergence, Gradual, Strengths};
pub use labelling::{Acceptance, ArgumentStatus, Extension, Label, Labelling, Semantics};
pub use search::Extensions;

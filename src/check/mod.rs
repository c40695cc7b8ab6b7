//! Consistency checks: lint-style diagnostics for a dispute, as a compiler's lints are for code.
//!
//! A graph can be legal (every reference resolves) and still be suspect: a rebuttal dated before
//! what it rebuts, an actor accusing itself, a claim with no source, two actors with the same
//! name. [`ClaimGraph::check`] runs every enabled lint over the graph and returns a [`Report`]
//! of [`Diagnostic`]s.
//!
//! ```
//! use claimgraph::*;
//! use claimgraph::check::{Config, Level, Severity};
//! let mut g = ClaimGraph::new();
//! let a = g.add_actor(Actor::new("Finland", ActorKind::State))?;
//! let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(a))?;
//! let report = g.check(&Config::default());
//! let names: Vec<&str> = report.iter().map(|d| d.lint().name()).collect();
//! assert_eq!(names, ["self_accusation", "unsourced_statement"]);
//! assert_eq!(report.diagnostics()[0].primary(), EntityId::from(c));
//! assert!(report.to_string().starts_with("warning[CG0008] self_accusation: A0 (Finland)"));
//!
//! // A pipeline that must not publish unsourced claims denies the lint, and fails on it.
//! let strict = Config::default().try_level("unsourced_statement", Level::Deny)?;
//! assert_eq!(g.check(&strict).worst(), Some(Severity::Error));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Errors and diagnostics
//!
//! An [`Error`](crate::Error) stops an operation: the graph refuses an entity whose references
//! do not resolve, a document that does not parse. A [`Diagnostic`] stops nothing: it describes
//! data that is legal but suspect, and the user decides. So checking never fails: it returns a
//! report, empty or not, on every graph. The only errors of this module are configuration
//! mistakes, [`UnknownLint`], a name that names no lint, and
//! [`ParseNameError`](crate::ParseNameError), a name that names no level.
//!
//! # Diagnostics are plain data
//!
//! As in rustc, clippy and codespan-reporting, a [`Diagnostic`] holds its [`Lint`], a
//! [`Severity`], a [`Certainty`](crate::Certainty), a message naming the entities by id and
//! name (`A4 (Dmitry Peskov)`), the primary subject, related subjects, and the lint's hint for
//! the fix. Rendering is separate: [`Report`] implements `Display` (rustc-like text) and, with
//! the `serde` feature, [`Report::to_json`].
//!
//! # One registry, stable codes
//!
//! Every lint is a `static` in [`lints`], listed in [`LINTS`], with a code, a name, a
//! [`Category`], a default [`Level`], a summary, a help line and an explanation. The
//! explanation is the lint's rustdoc, the text [`Lint::explanation`] returns and the CLI's
//! `lints --explain` prints: one source of text, and its example is a doc test.
//!
//! Codes are stable: `CG0001`, `CG0002`, ... are assigned once, in the order lints were added,
//! and never reused or renumbered: should a lint ever be withdrawn, its code is not given to
//! another. Tools and configurations may name a lint by code or by name.
//!
//! # Categories and levels
//!
//! A lint's [`Category`] says what it is about: [`Category::Time`] (dates that cannot all be
//! true), [`Category::Logic`] (positions that contradict themselves, circles) and
//! [`Category::Data`] (sources, duplicates, collisions, orphans, codes).
//!
//! A [`Level`] says how a lint is treated: [`Level::Allow`] (not run at all), [`Level::Info`],
//! [`Level::Warn`] or [`Level::Deny`], giving findings of [`Severity::Info`],
//! [`Severity::Warning`] or [`Severity::Error`]. Levels are set per lint with
//! [`Config::level`] or [`Config::try_level`] (by name or code), or per category with
//! [`Config::category`].
//!
//! Partial dates are honest. When a finding holds only for some readings of partial dates (a
//! rebuttal of `2023-11-20` against a claim of `2023-11`), it is
//! [`Certainty::Possible`](crate::Certainty::Possible), and by default demoted one severity
//! ([`PossibleFindings`]): a possible finding of a `Deny` lint is a warning, of a `Warn` lint
//! an info.
//!
//! # How a check runs
//!
//! The graph is first laid out as a snapshot: each entity kind in one vector in id order, a
//! direct id → position table, and packed facts (author, date, act) for the references lints
//! follow. Then **one sweep per entity kind** (claims, rebuttals, relations, events, sources)
//! calls every per-entity lint on each entity, so each entity is read once however many lints
//! run: on a million claims, the cost is memory traffic, not arithmetic. The configuration is
//! resolved once into a table indexed by each lint's slot in the registry, so asking whether a
//! lint runs is an array read, and a finding's message is built only when the finding is kept.
//!
//! Most lints look at one entity and what it points at. These need the whole graph, and run
//! after the sweeps, each on an index built for it rather than by comparing pairs:
//!
//! | lint | index |
//! |---|---|
//! | `overlapping_relations` | relations grouped by (from, kind, to); large groups swept in start order |
//! | `asserts_and_denies` (denial claims) | allegation keys of the claims, built in the claim sweep, with who speaks for whom |
//! | `circular_support`, `rebuttal_cycle`, `relation_cycle` | compressed adjacency and an iterative Tarjan |
//! | `duplicate_claim` | sorted hash keys of claimant, act, date and allegation |
//! | `name_collision` | a map of normalised names and aliases |
//! | `orphan_actor`, `orphan_event`, `orphan_source` | marks set during the sweeps |
//!
//! Findings come out in a deterministic order: by lint code, then primary id, then related
//! ids, then message. Checking never panics and never recurses: cycles are found with an
//! iterative Tarjan, and "speaks for" chains are walked with a visited set, so relation cycles
//! end.
//!
//! # Performance
//!
//! `cargo bench --bench check` (generated disputes; one actor per 100 claims, half as many
//! rebuttals as claims, default levels; two shared cores, the median of three runs):
//!
//! | claims | 10^3 | 10^4 | 10^5 | 10^6 |
//! |---|---|---|---|---|
//! | time | 0.45 ms | 4.1 ms | 64 ms | 1.1 s |
//!
//! The cost per claim stays within a small factor (0.45 to 1.1 µs); what grows at 10^6 is
//! cache misses, as the graph (about a gigabyte) no longer fits in any cache.
//!
//! # Decisions where data could be read two ways
//!
//! - "Speaks for" is followed transitively (Peskov → Kremlin → Russia), each link only while
//!   its relation is valid at the statement's date; "part of" is not followed, since a part
//!   does not commit the whole unless a relation says it speaks for it.
//! - An actor "asserts" with any claim whose act is not a denial, and "denies" with a claim whose
//!   act is [`SpeechAct::Denial`](crate::SpeechAct::Denial) (same allegation text, ignoring case
//!   and spacing, about the same actors) or with a rebuttal of kind
//!   [`RebuttalKind::Denial`](crate::RebuttalKind::Denial) answering the assertion.
//! - An actor rebutting its own statement directly is `self_rebuttal`; through a shared
//!   principal (two spokesmen of one state) it is `asserts_and_denies`.
//! - A source "records" a statement only when its speaker or outlet is the statement's author;
//!   other sources may be evidence, older as a rule, and are not compared with its date.
//! - Events are data in their own right (event datasets hold millions nobody cites), so an
//!   uncited event is information, not a warning.
//!
//! # The reference scenario
//!
//! The Finland–Russia scenario (`examples/finland_russia.rs`) checks with no warning and no
//! error at default levels. Its information-level findings, all honest, are:
//!
//! - possible `rebuttal_before_statement` (three times): Peskov's answers of 2023-11-20 against
//!   the accusation dated only to 2023-11;
//! - possible `cites_later_event`: the accusation (2023-11) cites the announcement of
//!   2023-11-16;
//! - `orphan_event`: the closures taking effect (2023-11-19) are told but cited by no statement.

mod config;
mod lint;
pub mod lints;
mod names;
mod passes;
mod render;
mod report;
mod scc;
mod sink;
mod snapshot;
mod speakers;
mod text;

pub use config::{Config, PossibleFindings};
pub use lint::{Category, Level, Lint, UnknownLint};
pub use lints::LINTS;
pub use report::{Diagnostic, Report, Severity};

use crate::ClaimGraph;
use sink::Sink;

impl ClaimGraph {
    /// Runs every lint not at [`Level::Allow`] and reports what it finds; see [`check`](self)
    /// for the lints and how they run.
    ///
    /// Never panics, on any graph; walks cycles and long chains without recursion.
    ///
    /// # Complexity
    /// `O(n log n)` in the number of entities and references (linear but for sorting), with
    /// no pairwise comparison of claims or actors.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::check::{Config, Level};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b)
    ///     .with_stated("2023-05".parse()?))?;
    /// g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c).with_stated("2023-04-30".parse()?))?;
    /// let report = g.check(&Config::default().try_level("unsourced_statement", Level::Allow)?);
    /// assert_eq!(report.len(), 1);
    /// assert_eq!(report.diagnostics()[0].lint().name(), "rebuttal_before_statement");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, config: &Config) -> Report {
        let mut sink = Sink::new(config);
        passes::run(self, &mut sink);
        Report {
            diagnostics: sink.finish(),
        }
    }
}

//! `claimgraph` models public disputes as a typed graph: actors and the relations between
//! them, claims and the rebuttals that answer them, the events they point at, and the sources
//! they come from. Who accuses whom of what, who denies it, when, and on what evidence.
//!
//! It is built for disinformation and OSINT analysts, fact-checkers, political event-data
//! researchers (CAMEO, PLOVER) and argumentation researchers, and for Rust programs that
//! embed any of that.
//!
//! ```
//! use claimgraph::*;
//!
//! let mut g = ClaimGraph::new();
//! let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
//! let russia = g.add_actor(Actor::new("Russia", ActorKind::State).with_alias("Moscow"))?;
//! let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
//! g.add_relation(Relation::new(peskov, RelationKind::SpeaksFor, russia)
//!     .with_role("Kremlin spokesman"))?;
//!
//! let accusation = g.add_claim(
//!     Claim::new(finland, SpeechAct::Accusation,
//!         Allegation::new("deliberately smuggling asylum seekers across the border"))
//!     .with_about(russia)
//!     .with_stated("2023-11".parse().unwrap()),
//! )?;
//! let denial = g.add_rebuttal(
//!     Rebuttal::new(peskov, RebuttalKind::Denial, accusation)
//!         .with_text("We do not accept such accusations")
//!         .with_stated("2023-11-20".parse().unwrap()),
//! )?;
//!
//! // Dates keep the precision they were given, and comparing them is honest.
//! let said = g.claim(accusation).unwrap().stated().unwrap();
//! let answered = g.rebuttal(denial).unwrap().stated().unwrap();
//! assert_eq!(said.compare(&answered), TimeOrder::Overlapping); // November vs. the 20th
//!
//! assert_eq!(g.rebuttals_of(accusation).count(), 1);
//! # Ok::<(), claimgraph::Error>(())
//! ```
//!
//! # The modules
//!
//! The root holds what nearly every user touches: the model ([`Actor`], [`Claim`],
//! [`Rebuttal`], [`Event`], [`Source`], ...), the [`ClaimGraph`], typed ids, time, codes and
//! [`Error`]. Each layer above it is a module whose documentation is its design chapter:
//!
//! | module | what it holds | start at |
//! |---|---|---|
//! | [`model`] | actors, relations, claims, rebuttals, events, sources, supports (re-exported at the root) | [`Claim`] |
//! | [`ids`], [`time`], [`codes`] | typed ids; partial dates and honest comparison; validated CAMEO and PLOVER codes (re-exported at the root) | [`PartialDate::compare`] |
//! | [`graph`] | the store: every reference checked, the graph unchanged on error, removal that refuses or cascades | [`ClaimGraph`] |
//! | [`query`] | views with composable filters, and the questions analysts ask: the accusation network, threads, timelines, summaries | [`query::View`] |
//! | [`check`] | lint-style consistency checks with stable codes, levels and explanations | [`ClaimGraph::check`] |
//! | [`argumentation`] | Dung frameworks on their own: seven semantics, acceptance, explanations, gradual strength, ICCMA/APX/TGF files | [`argumentation::ArgumentationFramework`] |
//! | [`verdict`] | verdicts an analyst can defend: which claims stand on the evidence, which are contested or defeated, and why | [`ClaimGraph::verdicts`] |
//! | [`dispute`] | the plain reading: every answer an attack, as a Dung framework (for researchers and ICCMA) | [`ClaimGraph::dispute`] |
//! | [`document`] | the versioned JSON document (feature `serde`) | [`ClaimGraph::from_json`] |
//! | [`io`] | interchange: AIF, GDELT, PLOVER, ClaimReview, STIX 2.1; DOT and Mermaid pictures; an HTML report (feature `html`); Arrow and Parquet tables (features `arrow`, `parquet`) | [`io`] |
//! | [`strategies`] | proptest strategies for your own property tests (feature `proptest`) | `strategies::graphs` |
//!
//! The argumentation layer needs nothing of the claim model: a researcher can use
//! [`argumentation`] alone, and `default-features = false` leaves out serde. It stays a module
//! rather than a crate of its own because [`dispute`] and the command line tie it to the claim
//! graph, and one crate keeps one version and one set of docs; its only extra dependency is the
//! pure-Rust SAT solver.
//!
//! # Overview
//!
//! - **The model.** [`Actor`]s of every kind (states, governments, institutions, persons,
//!   alliances, collectives, outlets) and [`Relation`]s between them that hold over an
//!   [`Interval`] (member of, ally of, speaks for, part of). [`Claim`]s with a claimant, a
//!   [`SpeechAct`] mapped to CAMEO and PLOVER, the actors they are about, an [`Allegation`]
//!   with a CAMEO category, a [`Motive`] that may point at an [`Event`], an aim, a date,
//!   events and [`Source`]s. [`Rebuttal`]s that answer claims or other rebuttals, in one of
//!   the ways a [`RebuttalKind`] names (denial, undercut, undermine, counter-accusation,
//!   dismissal). [`Support`] between statements. Sources report one another, so reported
//!   speech keeps its chain.
//! - **Time.** A [`PartialDate`] is a year, a month, a day or an instant with an offset.
//!   [`PartialDate::compare`] answers [`TimeOrder::Overlapping`] when partial dates cannot
//!   tell which came first; `Ord` is a total, deterministic timeline order.
//! - **Codes.** [`CameoCode`], [`CameoActorCode`], [`PloverType`], [`PloverMode`] and
//!   [`PloverContext`] are validated types: `016` is not `16`, `13y` is refused, and the
//!   CAMEO 1.1b3 and PLOVER 2021 tables say whether a code is listed.
//! - **The graph.** [`ClaimGraph`] checks every reference as an entity is added and refuses
//!   bad input with an [`Error`] naming the ids at fault, leaving the graph unchanged. Ids
//!   are typed ([`ActorId`], [`ClaimId`], ...), issued in order and never reused. Removal
//!   refuses or cascades, as [`Removal`] says; nothing is left dangling.
//! - **Documents.** With the `serde` feature, a graph is written to and read from a
//!   versioned JSON [document], losslessly, ids included; loading untrusted
//!   input is bounded and every error names its JSON path.
//! - **Queries.** [`ClaimGraph::view`] and [`ClaimGraph::as_of`] give a [`query::View`]: a
//!   borrowed, `Copy` lens with composable filters on which every query runs.
//! - **Checks.** [`ClaimGraph::check`] runs lint-style consistency checks with stable codes
//!   (`CG0001`...).
//! - **Argumentation.** [`argumentation::ArgumentationFramework`] with the seven Dung
//!   semantics; [`ClaimGraph::dispute`] reads a claim graph as a framework and
//!   [`ClaimGraph::status_history`] says since when a statement stands.
//! - **Interchange.** AIF, GDELT 2.0, PLOVER, ClaimReview, STIX 2.1, DOT and Mermaid, and a
//!   self-contained HTML report: [`io`].
//! - **Property tests.** With the `proptest` feature, [`strategies`]
//!   generates valid graphs of tunable size and shape for your own tests.
//!
//! # Cookbook
//!
//! Load a document, and list each accusation with the rebuttals it drew:
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use claimgraph::*;
//! let json = std::fs::read_to_string("examples/scenarios/finland-russia-2023.json").unwrap();
//! let g = ClaimGraph::from_json(&json).unwrap();
//! for (id, claim) in g.claims().filter(|(_, c)| c.act() == SpeechAct::Accusation) {
//!     let answers = g.rebuttals_of(id).count();
//!     println!("{id}: {} ({answers} rebuttals)", claim.allegation().text());
//! }
//! # }
//! ```
//!
//! Who accuses whom, rolled up through speaks-for and part-of relations:
//!
//! ```
//! use claimgraph::*;
//! use claimgraph::query::Attribution;
//! let mut g = ClaimGraph::new();
//! let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
//! let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
//! let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
//! g.add_relation(Relation::new(peskov, RelationKind::SpeaksFor, russia))?;
//! g.add_claim(Claim::new(peskov, SpeechAct::Accusation, Allegation::new("provocation"))
//!     .with_about(finland))?;
//! let network = g.view().attribution(Attribution::RollUp).accusations();
//! assert_eq!(network.pair(russia, finland).map(|p| p.count), Some(1));
//! # Ok::<(), claimgraph::Error>(())
//! ```
//!
//! Which statements stand under grounded semantics (an unanswered accusation is skeptically
//! accepted):
//!
//! ```
//! use claimgraph::*;
//! use claimgraph::argumentation::{ArgumentStatus, Semantics};
//! use claimgraph::dispute::DeriveOptions;
//! let mut g = ClaimGraph::new();
//! let a = g.add_actor(Actor::new("A", ActorKind::State))?;
//! let b = g.add_actor(Actor::new("B", ActorKind::State))?;
//! let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
//! let d = g.dispute(DeriveOptions::default());
//! assert_eq!(d.status(c.into(), Semantics::Grounded), Some(ArgumentStatus::Skeptical));
//! # Ok::<(), claimgraph::Error>(())
//! ```
//!
//! Follow reported speech back to the article it was read in:
//!
//! ```
//! # use claimgraph::*;
//! # let mut g = ClaimGraph::new();
//! let article = g.add_source(Source::new(SourceKind::Article, "report"))?;
//! let remarks = g.add_source(Source::new(SourceKind::Remarks, "remarks to reporters")
//!     .with_audience("media representatives")
//!     .with_reported_in(article))?;
//! assert_eq!(g.reporting_chain(remarks).last(), Some(article));
//! # Ok::<(), claimgraph::Error>(())
//! ```
//!
//! # Performance
//!
//! Every measured figure (criterion over 10^3 to 10^6 entities, memory per entity, reader
//! throughput, solver comparisons) is on one page: [`performance`]. In short: lookups by id
//! take constant time, lookups by name `O(log n)`, neighbour queries `O(d log d)` in the
//! entity's number of references, and every algorithm over user data is iterative and
//! near-linear.
//!
//! # Crate features
//!
//! - `serde` (default): the JSON [document] format, the JSON-based readers and writers (AIF,
//!   PLOVER, ClaimReview, STIX 2.1) and serde support for ids, dates and codes.
//! - `html`: the dispute report, `io::html` (adds `layout-rs`, about 12 s of compilation).
//! - `arrow`: every table of a graph as Arrow record batches, `io::tables` (adds `arrow-array`,
//!   `arrow-schema` and `serde_arrow`).
//! - `parquet`: those tables as Parquet files, GDELT streamed to Parquet by month, and a window
//!   of time or a pair of actors loaded back, `io::tables::parquet` and `io::tables::gdelt`
//!   (adds `parquet` with Snappy only; the compile times are in [`performance`]).
//! - `proptest`: [`strategies`] for property tests.
//!
//! # Where names moved in 0.2
//!
//! The root used to re-export about 120 names; now it keeps the model, the graph, ids, time,
//! codes and `Error`, and the rest live in the module that explains them. See [`changes`].
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The layers a user navigates are public modules; the root re-exports what nearly every user
// touches: the model, the graph, ids, time, codes and `Error`.
pub mod argumentation;
pub mod check;
pub mod codes;
mod codes_table;
pub mod dispute;
#[cfg(feature = "serde")]
pub mod document;
mod error;
pub mod graph;
pub mod ids;
pub mod io;
pub mod model;
mod names;
pub mod query;
#[cfg(feature = "schema")]
mod schema;
#[cfg(feature = "proptest")]
pub mod strategies;
pub mod time;
pub mod verdict;

#[doc = include_str!("../docs/performance.md")]
pub mod performance {}

#[doc = include_str!("../docs/changes.md")]
pub mod changes {}

#[doc(no_inline)]
pub use codes::{CameoActorCode, CameoCode, CodeError, PloverContext, PloverMode, PloverType};
pub use error::{Error, ParseIdError, ParseNameError, Subject};
#[doc(no_inline)]
pub use graph::{ClaimGraph, Removal, Statement};
#[doc(no_inline)]
pub use ids::{
    ActorId, ClaimId, EntityId, EntityKind, EventId, RebuttalId, RelationId, SourceId, StatementId,
    SupportId, Target,
};
#[doc(no_inline)]
pub use model::{
    Actor, ActorKind, Allegation, Claim, CountryCode, Credibility, Estimate, Event, Grading,
    GradingError, Keys, Likelihood, Motive, Outcome, Participant, Quote, QuoteForm, Rebuttal,
    RebuttalKind, Relation, RelationKind, Reliability, Resolution, Role, Source, SourceKind,
    SpeechAct, Support, WikidataId,
};
#[doc(no_inline)]
pub use time::{Certainty, Interval, PartialDate, Precision, TimeError, TimeOrder};

/// The README's examples, compiled and run as doc tests so that they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

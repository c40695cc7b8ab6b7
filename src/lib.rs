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
//!     .about(russia)
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
//! assert_eq!(g.rebuttals_of(accusation.into()).count(), 1);
//! # Ok::<(), claimgraph::Error>(())
//! ```
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
//!     let answers = g.rebuttals_of(id.into()).count();
//!     println!("{id}: {} ({answers} rebuttals)", claim.allegation().text());
//! }
//! # }
//! ```
//!
//! Find everything said about an actor, and by whom:
//!
//! ```
//! # use claimgraph::*;
//! # let mut g = ClaimGraph::new();
//! # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
//! # let b = g.add_actor(Actor::new("B", ActorKind::State))?;
//! # g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).about(b))?;
//! for (id, claim) in g.claims_about(b) {
//!     let by = g.actor(claim.claimant()).unwrap().name();
//!     println!("{id} by {by}: {}", claim.allegation().text());
//! }
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
//!     .reported_in(article))?;
//! assert_eq!(g.reporting_chain(remarks).last(), Some(article));
//! # Ok::<(), claimgraph::Error>(())
//! ```
//!
//! # Performance
//!
//! Measured with criterion on the project's shared 2-core machine (figures are medians):
//!
//! | operation | 10^3 | 10^4 | 10^5 | 10^6 |
//! |---|---|---|---|---|
//! | build n claims and n rebuttals through the API, every reference checked (`cargo bench --bench build`) | 0.26 ms | 2.6 ms | 34 ms | 0.65 s |
//! | whole accusation network of n claims among 10^4 actors (`cargo bench --bench queries`, CPU time) | 0.11 ms | 2.3 ms | 33 ms | 0.30 s |
//! | one actor's accusations (same graphs) | 2.4 µs | 2.5 µs | 2.7 µs | 19 µs |
//! | every consistency check over n claims (`cargo bench --bench check`) | 0.46 ms | 4.3 ms | 70 ms | 1.2 s |
//!
//! Memory, measured as resident memory over 10^6 of each: 355 bytes per claim (an accusation
//! with one accused and a short allegation) and 244 bytes per rebuttal (one answer). Lookups
//! by id take constant time; neighbour queries take time proportional to the number of
//! references to the entity asked about; removal takes amortised constant time per reference
//! removed. GDELT import reads about 600,000 lines per second in bounded memory.
//!
//! # Queries, checks, argumentation and interchange
//!
//! - [`ClaimGraph::view`] and [`ClaimGraph::as_of`] give a [`View`]: a borrowed, `Copy` lens
//!   with composable filters (date, window, actor with or without affiliates, speech act,
//!   CAMEO prefix, PLOVER type, source) on which every query runs: the accusation
//!   [`Network`], threads, unanswered and reciprocal accusations, the timeline, a summary.
//! - [`ClaimGraph::check`] runs lint-style consistency checks ([`check::LINTS`], stable codes
//!   `CG0001`...) and returns a [`check::Report`] of [`check::Diagnostic`]s.
//! - [`ArgumentationFramework`] with the seven Dung [`Semantics`], acceptance, explanations,
//!   [`Gradual`] strength and ICCMA/APX/TGF files ([`AfFormat`]); [`ClaimGraph::dispute`]
//!   reads a claim graph as a framework ([`Dispute`]): which claims still stand, why, and
//!   since when ([`ClaimGraph::status_history`]).
//! - AIF import and export, GDELT 2.0 and PLOVER import, schema.org ClaimReview export, and
//!   DOT and Mermaid pictures: see [`ClaimGraph::from_aif`], [`ClaimGraph::from_gdelt`],
//!   [`ClaimGraph::from_plover`], [`ClaimGraph::to_claim_review`], [`ClaimGraph::to_dot`],
//!   [`ClaimGraph::to_mermaid`].
//!
//! # Crate features
//!
//! - `serde` (default): the JSON [document] format and serde support for
//!   ids, dates and codes.
//! - `proptest`: [`strategies`] for property tests.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
mod ids;
mod semantics;

pub use error::{Error, ParseIdError, Subject};
pub use ids::{
    ActorId, ClaimId, EntityId, EntityKind, EventId, RebuttalId, RelationId, SourceId, StatementId,
    SupportId,
};
pub use semantics::{
    Acceptance, AfFormat, ArgumentId, ArgumentStatus, ArgumentationFramework, Convergence, Defence,
    Explanation, Extension, Extensions, FormatError, FormatErrorKind, FrameworkError, Gradual,
    Label, Labelling, MAX_ARGUMENTS, ParseSemanticsError, Reason, Semantics, Strengths,
};
mod time;
pub use time::{Certainty, Interval, PartialDate, Precision, TimeError, TimeOrder};
mod codes;
mod codes_table;
pub use codes::{CameoActorCode, CameoCode, CodeError, PloverContext, PloverMode, PloverType};
mod model;
pub use model::{
    Actor, ActorKind, Allegation, Claim, CountryCode, Event, Motive, Participant, Rebuttal,
    RebuttalKind, Relation, RelationKind, Role, Source, SourceKind, SpeechAct, Support, WikidataId,
};
mod graph;
pub use graph::{ClaimGraph, Removal, Statement};
pub mod dispute;
pub use dispute::{
    Denials, DeriveOptions, Dismissals, Dispute, StatementExplanation, StatusChange,
};
#[cfg(feature = "serde")]
pub mod document;
#[cfg(feature = "serde")]
pub use document::{DocumentError, DocumentErrorKind, Limits};
mod io;
#[cfg(feature = "serde")]
pub use io::{
    AifImport, AifNote, AifNoteKind, AifReport, PloverImport, PloverNote, PloverNoteKind,
    PloverReport, Verdict,
};
pub use io::{
    GdeltFault, GdeltFaultKind, GdeltImport, GdeltImporter, GdeltReport, ImportError,
    ImportErrorKind, InterchangeFormat,
};
#[cfg(feature = "proptest")]
pub mod strategies;

mod query;
pub use query::{
    ActorSummary, Affiliates, AllegationCount, Attribution, Entry, Item, Network, Pair, Reciprocal,
    Summary, Thread, ThreadEntry, Unanswered, UnansweredClaim, View, When,
};

pub mod check;

/// The README's examples, compiled and run as doc tests so that they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

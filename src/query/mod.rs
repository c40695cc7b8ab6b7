//! Queries: who accuses whom of what, which accusations go unanswered, how an exchange of
//! rebuttals went, what happened when, and all of it as the dispute stood at a date.
//!
//! Every query is a method on a [`View`]: a borrowed, `Copy` lens on a
//! [`ClaimGraph`] that holds a few filter settings and copies nothing.
//! [`ClaimGraph::view`] sees everything,
//! [`ClaimGraph::as_of`] the dispute as it stood at a date, and
//! by-value setters narrow it further. So every query works under every filter and every date,
//! and a view can be handed on as "the dispute as of then", for instance to
//! [`View::dispute`] to ask which statements stood.
//!
//! ```
//! use claimgraph::*;
//! use claimgraph::query::{Attribution, Unanswered};
//! let mut g = ClaimGraph::new();
//! let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
//! let government = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
//! let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
//! g.add_relation(Relation::new(government, RelationKind::PartOf, finland))?;
//! let accusation = g.add_claim(
//!     Claim::new(government, SpeechAct::Accusation, Allegation::new("smuggling asylum seekers"))
//!         .with_about(russia)
//!         .with_stated("2023-11".parse()?),
//! )?;
//!
//! // Who accuses Russia? The government; counting its words as Finland's, Finland too.
//! let accusers = |v: query::View| v.accusations_against(russia).iter().map(|p| p.accuser).collect::<Vec<_>>();
//! assert_eq!(accusers(g.view()), [government]);
//! assert_eq!(accusers(g.view().attribution(Attribution::RollUp)), [finland, government]);
//! // Nobody has answered, and in October 2023 nothing had been said.
//! assert_eq!(g.view().unanswered(Unanswered::ByAccused)[0].claim, accusation);
//! assert!(g.as_of("2023-10".parse()?).accusations().is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Which query answers which question
//!
//! | question | query | answer |
//! |---|---|---|
//! | Who accuses whom, how often, of what, since when? | [`View::accusations`] | a [`Network`] of [`Pair`]s, each with its [`AllegationCount`]s |
//! | Who accuses this actor? Whom does it accuse? | [`View::accusations_against`], [`View::accusations_by`] | the network's [`Pair`]s for that actor |
//! | What do two actors say about each other? Do they accuse each other? | [`View::reciprocal`] | a [`Reciprocal`]: each side's [`Said`], its claims about the other and answers to it, counted, with first and last dates |
//! | Who accuses most, who is accused most, how reciprocated? | [`View::summary`] | a [`Summary`] of [`ActorSummary`]s |
//! | Which accusations went unanswered, by anyone or by the accused? | [`View::unanswered`] | [`UnansweredClaim`]s, as [`Unanswered`] asks |
//! | How did the exchange over a statement go? | [`View::thread`] | a [`Thread`] of [`ThreadEntry`]s, rebuttals of rebuttals included |
//! | What happened when? | [`View::timeline`] | [`TimelineEntry`]s: a [`TimelineItem`], [`When`], and how it compares with the one before |
//! | Which claims and rebuttals pass the filters? | [`View::claims`], [`View::rebuttals`], [`View::includes`], [`View::exists`] | iterators, in id order |
//! | Which statements stand? | [`View::dispute`] | a [`Dispute`](crate::dispute::Dispute) over the statements in the view's time |
//!
//! The accusation queries count the claims whose act is [`SpeechAct::Accusation`], or the act
//! the view's [`act`](View::act) filter names (threats, warnings, ...).
//!
//! # Filters: time and selection
//!
//! Filters are of two sorts, and the difference matters:
//!
//! - **Time** ([`as_of`](View::as_of), [`window`](View::window), with the
//!   [`certainty`](View::certainty) they ask for) says what exists in the view. It applies to
//!   everything: the items a query lists and the answers it follows. A rebuttal made after the
//!   view's date does not answer anything in it.
//! - **Selection** ([`actor`](View::actor), [`act`](View::act),
//!   [`cameo_prefix`](View::cameo_prefix), [`plover`](View::plover), [`source`](View::source))
//!   says which items a query lists: which claims enter the accusation network, which entries
//!   a timeline shows. It does not prune the answers a query follows: a thread shows every
//!   rebuttal of the claim that exists in the view, and a claim filtered to accusations is
//!   still answered by rebuttals, which are not accusations.
//!
//! [`attribution`](View::attribution) is neither: it says whose words a statement counts as
//! (see [affiliation](#affiliation-and-time)).
//!
//! # Affiliation and time
//!
//! Two rules decide what every view, every check and every dispute sees. They are written
//! here once; the [`dispute`](crate::dispute) layer, the [`check`](crate::check) layer and
//! the command line follow them by calling the same functions.
//!
//! **Affiliation: whose words, whose conduct.** A statement is its author's. Under
//! [`Attribution::RollUp`] it also counts as the words of everyone the author speaks for or is
//! part of, and an accusation also counts against everyone the accused is part of:
//!
//! | relation | followed | speaker side (whose words) | accused side (who answers for the conduct) |
//! |---|---|---|---|
//! | [`RelationKind::SpeaksFor`](crate::RelationKind::SpeaksFor) | from → to | yes: Peskov's words are the Kremlin's, the Kremlin's Russia's | no: accusing a spokesman is not accusing the state |
//! | [`RelationKind::PartOf`](crate::RelationKind::PartOf) | from → to | yes: the Finnish government's words are Finland's | yes: accusing a brigade accuses the state it is part of |
//! | [`RelationKind::MemberOf`](crate::RelationKind::MemberOf) | never | no: a member of an alliance speaks for itself | no |
//! | [`RelationKind::AllyOf`](crate::RelationKind::AllyOf) | never | no: an ally is a separate actor | no |
//!
//! Relations are followed transitively, never against their direction, each actor once, by
//! an iterative walk (relation cycles are harmless). **Valid when:** a relation counts for a
//! statement when its validity certainly contains the statement's date
//! ([`Interval::contains`] answers [`TimeOrder::Same`]); one that only possibly held
//! (partial dates) is not followed when counting, and the checks report what it would change
//! as [`Certainty::Possible`] findings. An undated relation holds at all times; an undated
//! statement follows only undated relations.
//!
//! **An answer by the accused.** A rebuttal answers for an accused actor when its author is
//! that actor, or, rolled up, when someone the author speaks as (speaker side) answers for the
//! accused (accused side): a denial by the Russian ministry of defence answers for a brigade
//! that is part of Russia; Peskov's denial answers for Russia. This decides
//! [`Unanswered::ByAccused`] in a rolled-up view and, always, whether a denial is the
//! accused's own in the [`dispute`](crate::dispute) layer ([`Denials`](crate::dispute::Denials)).
//!
//! **Time: what exists at a date.** One function decides whether a statement, event or
//! answer exists as of `t`, for every view ([`View::as_of`]), for
//! [`DeriveOptions::as_of`](crate::dispute::DeriveOptions::as_of) and so for
//! `status --as-of`, and for every `--as-of` of the command line:
//!
//! | date of the item | [`Certainty::Certain`] (default) | [`Certainty::Possible`] |
//! |---|---|---|
//! | certainly no later than `t`: before it, the same span, or within it (a day of November as of `2023-11`) | exists | exists |
//! | possibly later: partial dates leave it open (`2023-11` as of `2023-11-20`) | does not exist | exists |
//! | certainly later | does not exist | does not exist |
//! | undated | does not exist | exists |
//!
//! "Stated by `t`" is decided with [`PartialDate::compare`], never by inventing precision.
//! Windows ([`View::window`]) work the same way with [`Interval::contains`]. A view without a
//! date or window keeps everything, undated items included. An event is placed by its date,
//! or else by its end. A rebuttal made after the view's date does not answer anything in it.
//!
//! A [status history](crate::ClaimGraph::status_history) is the one place that steps through
//! the timeline order instead (a month sorts before the days within it), since it asks what
//! had been said up to each point of the timeline; see [time](crate::dispute#time).
//!
//! # Counting
//!
//! The accusation queries count statements, never pairs: a [`Pair`] counts the distinct
//! accusations between its two actors, [`Network::statement_count`] the distinct accusations
//! in the whole network, and a [`Summary`] counts each actor's distinct accusations made and
//! received. One accusation by a prime minister, rolled up, makes pairs for the person, the
//! government and the state, and counts once for each of them, and once in all.
//!
//! # Order and determinism
//!
//! Every answer comes in a documented order that depends on the graph alone, never on hashing:
//! network pairs by accuser, then accused; a pair's allegations by their first claim's id, and
//! claims in id order; a summary's actors in id order, its rankings by count, ties by id;
//! unanswered accusations in id order, with the silent accused in the claim's order; a thread
//! depth-first, each statement's answers in id order; a timeline by [`PartialDate`]'s timeline
//! order (a month before the days within it), undated entries last, ties by kind (events,
//! claims, rebuttals), then id.
//!
//! # Performance
//!
//! A view costs nothing to make, and queries about one actor cost time in proportion to the
//! answer rather than the graph; the whole-graph queries are near-linear. The figures for
//! every query from 10^3 to 10^6 claims (`cargo bench --bench queries`) are on the crate's one
//! page of measurements, [`performance`](crate::performance).
//!
//! # Cookbook
//!
//! Has Russia answered the Finnish accusation of the reference scenario, and how did the
//! exchange go?
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use claimgraph::*;
//! use claimgraph::query::{Attribution, Unanswered};
//! let json = std::fs::read_to_string("examples/scenarios/finland-russia-2023.json").unwrap();
//! let g = ClaimGraph::from_json(&json).unwrap();
//! // Peskov speaks for the Kremlin, which speaks for Russia: roll his answers up.
//! let finnish = g.claims().find(|(_, c)| c.allegation().text().contains("smuggling")).unwrap().0;
//! let answered_by_russia = |view: query::View| {
//!     view.unanswered(Unanswered::ByAccused).iter().all(|u| u.claim != finnish)
//! };
//! assert!(!answered_by_russia(g.view())); // Peskov is not Russia...
//! let view = g.view().attribution(Attribution::RollUp);
//! assert!(answered_by_russia(view)); // ...but he speaks for it
//! for entry in view.thread(finnish.into()).unwrap().entries {
//!     println!("{}{} answers {}", "  ".repeat(entry.depth), entry.rebuttal, entry.answers);
//! }
//! # }
//! ```
//!
//! What happened in the month before the border closed, at the precision each date is known?
//!
//! ```
//! use claimgraph::*;
//! let mut g = ClaimGraph::new();
//! g.add_event(Event::new("Erdogan drops his blockade").with_date("2023-10".parse()?))?;
//! g.add_event(Event::new("Finland announces closures").with_date("2023-11-16".parse()?))?;
//! g.add_event(Event::new("closures take effect").with_date("2023-11-19".parse()?))?;
//! let november = Interval::new(Some("2023-11".parse()?), Some("2023-11".parse()?))?;
//! let shown: Vec<String> = g.view().window(november).timeline().iter()
//!     .map(|e| e.when.to_string()).collect();
//! assert_eq!(shown, ["2023-11-16", "2023-11-19"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub(crate) mod affiliation;
mod network;
mod thread;
mod timeline;

#[cfg(test)]
mod tests;

pub(crate) use affiliation::Roll;
pub use network::{ActorSummary, AllegationCount, Network, Pair, Reciprocal, Said, Summary};
pub use thread::{Thread, ThreadEntry, Unanswered, UnansweredClaim};
pub use timeline::{TimelineEntry, TimelineItem, When};

use crate::Certainty;
use crate::{
    ActorId, CameoCode, Claim, ClaimGraph, ClaimId, Event, Interval, PartialDate, PloverType,
    Rebuttal, RebuttalId, RebuttalKind, SourceId, SpeechAct, StatementId, TimeOrder,
};
use std::fmt;

/// Whether a statement counts only as its author's, or also as the words of those the author
/// speaks for or is part of. See [affiliation and time](crate::query#affiliation-and-time).
///
/// ```
/// use claimgraph::*;
/// use claimgraph::query::*;
/// let mut g = ClaimGraph::new();
/// let peskov = g.add_actor(Actor::new("Peskov", ActorKind::Person))?;
/// let kremlin = g.add_actor(Actor::new("Kremlin", ActorKind::Institution))?;
/// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
/// g.add_relation(Relation::new(peskov, RelationKind::SpeaksFor, kremlin))?;
/// g.add_claim(Claim::new(peskov, SpeechAct::Accusation, Allegation::new("x")).with_about(finland))?;
/// assert_eq!(g.view().accusations().len(), 1);
/// assert_eq!(g.view().attribution(Attribution::RollUp).accusations().len(), 2);
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Attribution {
    /// Each statement is its author's alone.
    #[default]
    Author,
    /// Each statement is also the words of every actor its author speaks for or is part of at
    /// the statement's date, transitively.
    RollUp,
}

crate::names::names! {
    Attribution in "claimgraph::query", "attribution";
    Author => "author",
    RollUp => "roll_up",
}

/// Whether an actor filter ([`View::actor`]) also takes in the actor's affiliates: those who
/// speak for it or are part of it at the time of the item, transitively.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::query::*;
/// let mut g = ClaimGraph::new();
/// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
/// let gov = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
/// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
/// g.add_relation(Relation::new(gov, RelationKind::PartOf, finland))?;
/// g.add_claim(Claim::new(gov, SpeechAct::Accusation, Allegation::new("x")).with_about(russia))?;
/// assert_eq!(g.view().actor(finland, Affiliates::Exclude).claims().count(), 0);
/// assert_eq!(g.view().actor(finland, Affiliates::Include).claims().count(), 1);
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Affiliates {
    /// The actor alone.
    #[default]
    Exclude,
    /// The actor and everyone who speaks for it or is part of it.
    Include,
}

crate::names::names! {
    Affiliates in "claimgraph::query", "affiliates setting";
    Exclude => "exclude",
    Include => "include",
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Filter {
    as_of: Option<PartialDate>,
    window: Option<Interval>,
    certainty: Certainty,
    actor: Option<(ActorId, Affiliates)>,
    act: Option<SpeechAct>,
    cameo: Option<CameoCode>,
    plover: Option<PloverType>,
    source: Option<SourceId>,
    attribution: Attribution,
}

/// A borrowed, filtered view of a [`ClaimGraph`]: the dispute as of a date, within a window,
/// about an actor, of one kind of speech act, and so on. Made by [`ClaimGraph::view`] or
/// [`ClaimGraph::as_of`]; refined with by-value setters; queried with methods. The
/// [module docs](crate::query) are the chapter: which query answers which question, how time
/// and roll-up work, orders and figures.
///
/// # Filters
///
/// A view is a reference to the graph and a few filter settings: `Copy`, a few words on the
/// stack, 13 ns to make at every graph size. Each setter ([`as_of`](View::as_of),
/// [`window`](View::window), [`certainty`](View::certainty), [`actor`](View::actor),
/// [`act`](View::act), [`cameo_prefix`](View::cameo_prefix), [`plover`](View::plover),
/// [`source`](View::source), [`attribution`](View::attribution)) takes the view by value and
/// returns a new one, leaving the old one as it was; setting a filter again replaces it. Time
/// filters decide what exists in the view, selection filters what a query lists
/// ([details](crate::query#filters-time-and-selection)).
///
/// # Roll-up
///
/// With [`Attribution::RollUp`], a statement also counts as the words of everyone its author
/// speaks for or is part of at the statement's date; see the
/// [module docs](crate::query#affiliation-and-time).
///
/// # Example
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x").with_category("1123".parse()?))
///     .with_about(b).with_stated("2021".parse()?))?;
/// g.add_claim(Claim::new(a, SpeechAct::Threat, Allegation::new("y")).with_about(b)
///     .with_stated("2023".parse()?))?;
/// let view = g.view().cameo_prefix("112".parse()?);
/// assert_eq!(view.claims().count(), 1);
/// let later = view.as_of("2020".parse()?); // the first view is unchanged
/// assert_eq!(later.claims().count(), 0);
/// assert_eq!(view.claims().count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Example: who accuses Russia, rolled up and as of a date
///
/// ```
/// use claimgraph::*;
/// use claimgraph::query::*;
/// let mut g = ClaimGraph::new();
/// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
/// let government = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
/// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
/// g.add_relation(Relation::new(government, RelationKind::PartOf, finland))?;
/// let c = g.add_claim(
///     Claim::new(government, SpeechAct::Accusation, Allegation::new("smuggling asylum seekers"))
///         .with_about(russia)
///         .with_stated("2023-11".parse()?),
/// )?;
///
/// // Who accuses Russia? The government; rolled up, Finland too.
/// let accusers = |v: View| v.accusations_against(russia).iter().map(|p| p.accuser).collect::<Vec<_>>();
/// assert_eq!(accusers(g.view()), [government]);
/// assert_eq!(accusers(g.view().attribution(Attribution::RollUp)), [finland, government]);
///
/// // As of 2023-10 nothing had been said; as of 2023-11-20 the claim is only possibly stated.
/// assert!(g.as_of("2023-10".parse()?).accusations().is_empty());
/// assert!(g.as_of("2023-11-20".parse()?).accusations().is_empty());
/// assert_eq!(g.as_of("2023-11-20".parse()?).certainty(Certainty::Possible).accusations().len(), 1);
/// assert_eq!(g.view().unanswered(Unanswered::ByAnyone)[0].claim, c);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy)]
pub struct View<'g> {
    graph: &'g ClaimGraph,
    filter: Filter,
}

impl fmt::Debug for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The graph can be large: show the settings only.
        f.debug_struct("View")
            .field("filter", &self.filter)
            .finish_non_exhaustive()
    }
}

impl ClaimGraph {
    /// A view of the whole graph, with no filter. Costs nothing: make one per question.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// g.add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("smuggling"))
    ///     .with_about(russia))?;
    /// let network = g.view().accusations();
    /// assert_eq!(network.pair(finland, russia).map(|p| p.count), Some(1));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn view(&self) -> View<'_> {
        View {
            graph: self,
            filter: Filter::default(),
        }
    }

    /// A view of the dispute as it stood at `date`: only what had been stated or had happened
    /// by then. Shorthand for `view().as_of(date)`; see [`View::as_of`].
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023-11-20".parse()?))?;
    /// assert_eq!(g.as_of("2023-11-19".parse()?).claims().count(), 0);
    /// assert_eq!(g.as_of("2023-11".parse()?).claims().count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_of(&self, date: PartialDate) -> View<'_> {
        self.view().as_of(date)
    }
}

impl<'g> View<'g> {
    /// The graph the view reads, with the view's lifetime: code handed only a view can
    /// still look entities up.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::query::View;
    /// fn accusers(view: View<'_>) -> Vec<&str> {
    ///     let network = view.accusations();
    ///     network.pairs.iter().filter_map(|p| view.graph().actor(p.accuser)).map(Actor::name).collect()
    /// }
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// g.add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("smuggling"))
    ///     .with_about(russia))?;
    /// assert_eq!(accusers(g.view()), ["Finnish government"]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn graph(&self) -> &'g ClaimGraph {
        self.graph
    }

    /// Only what had been stated or had happened by `date`, with the [`Certainty`] the view
    /// asks for (certain by default).
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_event(Event::new("closures").with_date("2023-11-19".parse()?))?;
    /// assert_eq!(g.view().as_of("2023-11-18".parse()?).timeline().len(), 0);
    /// assert_eq!(g.view().as_of("2023-11-19".parse()?).timeline().len(), 1);
    /// # let _ = a;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_of(mut self, date: PartialDate) -> Self {
        self.filter.as_of = Some(date);
        self
    }

    /// Only what was stated or happened within `window`.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// g.add_event(Event::new("invasion").with_date("2022-02".parse()?))?;
    /// g.add_event(Event::new("accession").with_date("2023-04".parse()?))?;
    /// let year = Interval::new(Some("2023".parse()?), Some("2023".parse()?))?;
    /// assert_eq!(g.view().window(year).timeline().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn window(mut self, window: Interval) -> Self {
        self.filter.window = Some(window);
        self
    }

    /// How sure a partial date must be to pass the time filters.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// g.add_event(Event::new("undated"))?;
    /// let view = g.as_of("2023".parse()?);
    /// assert_eq!(view.timeline().len(), 0);
    /// assert_eq!(view.certainty(Certainty::Possible).timeline().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn certainty(mut self, certainty: Certainty) -> Self {
        self.filter.certainty = certainty;
        self
    }

    /// Only items involving `actor` (and, with [`Affiliates::Include`], those who speak for it
    /// or are part of it): claims it made or that are about it, rebuttals it made or that
    /// answer its statements, events it took part in.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::query::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_actor(Actor::new("C", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// assert_eq!(g.view().actor(b, Affiliates::Exclude).claims().count(), 1);
    /// assert_eq!(g.view().actor(c, Affiliates::Exclude).claims().count(), 0);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    #[must_use]
    pub fn actor(mut self, actor: ActorId, affiliates: Affiliates) -> Self {
        self.filter.actor = Some((actor, affiliates));
        self
    }

    /// Only claims of this speech act. Rebuttals and events have no speech act, so a timeline
    /// under this filter shows claims only. The accusation queries use this act in place of
    /// [`SpeechAct::Accusation`].
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Threat, Allegation::new("countermeasures")).with_about(b))?;
    /// assert!(g.view().accusations().is_empty());
    /// assert_eq!(g.view().act(SpeechAct::Threat).accusations().len(), 1);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    #[must_use]
    pub fn act(mut self, act: SpeechAct) -> Self {
        self.filter.act = Some(act);
        self
    }

    /// Only items whose CAMEO code lies within `prefix` (`112` matches `1123`). A claim's code
    /// is its allegation's category, or else its act's code; a rebuttal's is its kind's
    /// ([`RebuttalKind::cameo`]); an event's its own.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Accusation,
    ///     Allegation::new("aggression").with_category("1123".parse()?)).with_about(b))?;
    /// assert_eq!(g.view().cameo_prefix("112".parse()?).claims().count(), 1);
    /// assert_eq!(g.view().cameo_prefix("1121".parse()?).claims().count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn cameo_prefix(mut self, prefix: CameoCode) -> Self {
        self.filter.cameo = Some(prefix);
        self
    }

    /// Only items of this PLOVER type: a claim by its act ([`SpeechAct::plover`]), a rebuttal
    /// by its kind (denials and dismissals `REJECT`, counter-accusations `ACCUSE`), an event
    /// by its own type.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c))?;
    /// assert_eq!(g.view().plover(PloverType::Reject).timeline().len(), 1);
    /// assert_eq!(g.view().plover(PloverType::Accuse).timeline().len(), 1);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    #[must_use]
    pub fn plover(mut self, plover: PloverType) -> Self {
        self.filter.plover = Some(plover);
        self
    }

    /// Only items citing `source`, directly or through a source reported in it (Peskov's
    /// remarks, reported in the article, count as citing the article).
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let article = g.add_source(Source::new(SourceKind::Article, "article"))?;
    /// let remarks = g.add_source(Source::new(SourceKind::Remarks, "remarks").with_reported_in(article))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")).with_source(remarks))?;
    /// assert_eq!(g.view().source(article).claims().count(), 1);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    #[must_use]
    pub fn source(mut self, source: SourceId) -> Self {
        self.filter.source = Some(source);
        self
    }

    /// Whether statements count as their authors' alone or roll up to those they speak for
    /// (see [affiliation and time](crate::query#affiliation-and-time)).
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::query::*;
    /// let mut g = ClaimGraph::new();
    /// let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// g.add_relation(Relation::new(peskov, RelationKind::SpeaksFor, russia))?;
    /// g.add_claim(Claim::new(peskov, SpeechAct::Accusation, Allegation::new("provocation"))
    ///     .with_about(finland))?;
    /// let rolled = g.view().attribution(Attribution::RollUp);
    /// assert_eq!(rolled.accusations_by(russia).len(), 1);
    /// assert!(g.view().accusations_by(russia).is_empty());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    #[must_use]
    pub fn attribution(mut self, attribution: Attribution) -> Self {
        self.filter.attribution = attribution;
        self
    }

    // ---- what is in the view --------------------------------------------------------------

    /// The claims that pass every filter, in id order.
    ///
    /// # Complexity
    /// `O(n)` over the graph's claims, times the cost of the filters set.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert_eq!(g.view().claims().map(|(id, _)| id).collect::<Vec<_>>(), [c]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn claims(self) -> impl Iterator<Item = (ClaimId, &'g Claim)> + 'g {
        self.graph.claims().filter({
            // One walk for the whole scan, so each actor's relations are read once.
            let mut roll = Roll::new(self.graph);
            move |(_, c)| self.selects_claim(&mut roll, c)
        })
    }

    /// The rebuttals that pass every filter, in id order.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let r = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Undercut, c)
    ///     .with_stated("2024".parse()?))?;
    /// assert_eq!(g.view().rebuttals().count(), 1);
    /// assert_eq!(g.as_of("2023".parse()?).rebuttals().count(), 0);
    /// # let _ = r;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rebuttals(self) -> impl Iterator<Item = (RebuttalId, &'g Rebuttal)> + 'g {
        self.graph.rebuttals().filter({
            let mut roll = Roll::new(self.graph);
            move |(_, r)| self.selects_rebuttal(&mut roll, r)
        })
    }

    /// Whether the statement is in the graph and passes every filter of the view.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023".parse()?))?;
    /// assert!(g.view().includes(c.into()));
    /// assert!(!g.as_of("2022".parse()?).includes(c.into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn includes(&self, statement: StatementId) -> bool {
        match statement {
            StatementId::Claim(id) => self
                .graph
                .claim(id)
                .is_some_and(|c| self.selects_claim(&mut Roll::new(self.graph), c)),
            StatementId::Rebuttal(id) => self
                .graph
                .rebuttal(id)
                .is_some_and(|r| self.selects_rebuttal(&mut Roll::new(self.graph), r)),
        }
    }

    /// Whether the statement exists at the view's time: in the graph and passing the time
    /// filters (the selection filters aside). This is what a rebuttal must satisfy to count as
    /// an answer in the view.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023".parse()?))?;
    /// let v = g.view().act(SpeechAct::Accusation);
    /// assert!(!v.includes(c.into()));
    /// assert!(v.exists(c.into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn exists(&self, statement: StatementId) -> bool {
        self.graph
            .statement(statement)
            .is_some_and(|s| self.in_time(s.stated()))
    }

    /// Whether an item with this date passes the time filters (for the argumentation layer).
    pub(crate) fn in_time_of(&self, date: Option<PartialDate>) -> bool {
        self.in_time(date)
    }

    // ---- filters --------------------------------------------------------------------------

    /// Whether an item with this date passes the time filters.
    fn in_time(&self, date: Option<PartialDate>) -> bool {
        let f = &self.filter;
        f.as_of.is_none_or(|t| exists_at(date, t, f.certainty))
            && f.window.is_none_or(|w| exists_within(date, w, f.certainty))
    }

    fn cites(&self, sources: &[SourceId]) -> bool {
        let Some(wanted) = self.filter.source else {
            return true;
        };
        sources
            .iter()
            .any(|&s| self.graph.reporting_chain(s).any(|r| r == wanted))
    }

    /// Whether `actor`, speaking at `date`, is the filter's actor (or one of its affiliates).
    fn is_filter_actor(
        &self,
        roll: &mut Roll<'g>,
        actor: ActorId,
        date: Option<PartialDate>,
    ) -> bool {
        let Some((wanted, affiliates)) = self.filter.actor else {
            return true;
        };
        actor == wanted
            || (affiliates == Affiliates::Include
                && roll.principals_in(actor, date).contains(&wanted))
    }

    fn involves(
        &self,
        roll: &mut Roll<'g>,
        actors: impl IntoIterator<Item = ActorId>,
        date: Option<PartialDate>,
    ) -> bool {
        self.filter.actor.is_none()
            || actors
                .into_iter()
                .any(|a| self.is_filter_actor(roll, a, date))
    }

    pub(crate) fn selects_claim(&self, roll: &mut Roll<'g>, c: &Claim) -> bool {
        let f = &self.filter;
        self.in_time(c.stated())
            && f.act.is_none_or(|a| c.act() == a)
            && f.cameo.is_none_or(|p| {
                c.allegation()
                    .category()
                    .or_else(|| c.act().cameo())
                    .is_some_and(|code| code.is_within(p))
            })
            && f.plover.is_none_or(|p| c.act().plover() == Some(p))
            && self.cites(c.sources())
            && self.involves(
                roll,
                std::iter::once(c.claimant()).chain(c.about().iter().copied()),
                c.stated(),
            )
    }

    pub(crate) fn selects_rebuttal(&self, roll: &mut Roll<'g>, r: &Rebuttal) -> bool {
        let f = &self.filter;
        self.in_time(r.stated())
            && f.act.is_none()
            && f.cameo
                .is_none_or(|p| r.kind().cameo().is_some_and(|code| code.is_within(p)))
            && f.plover
                .is_none_or(|p| rebuttal_plover(r.kind()) == Some(p))
            && self.cites(r.sources())
            && self.involves(
                roll,
                std::iter::once(r.by()).chain(
                    r.statements()
                        .filter_map(|s| self.graph.statement(s).map(|s| s.author())),
                ),
                r.stated(),
            )
    }

    pub(crate) fn selects_event(&self, roll: &mut Roll<'g>, e: &Event) -> bool {
        let f = &self.filter;
        let date = e.date().or(e.end());
        self.in_time(date)
            && f.act.is_none()
            && f.cameo
                .is_none_or(|p| e.cameo().is_some_and(|code| code.is_within(p)))
            && f.plover.is_none_or(|p| e.plover() == Some(p))
            && self.cites(e.sources())
            && self.involves(
                roll,
                e.participants().iter().map(crate::Participant::actor),
                date,
            )
    }

    /// The act the accusation queries count: the act filter's, or accusation.
    fn accusing_act(&self) -> SpeechAct {
        self.filter.act.unwrap_or(SpeechAct::Accusation)
    }

    /// Whether a claim enters the accusation queries.
    fn is_accusation(&self, roll: &mut Roll<'g>, c: &Claim) -> bool {
        c.act() == self.accusing_act() && self.selects_claim(roll, c)
    }

    /// Whether a rebuttal enters the accusation queries: a counter-accusation or an undermine
    /// that names whom it blames ([`Rebuttal::about`]), when the queries count accusations.
    fn is_counter_accusation(&self, roll: &mut Roll<'g>, r: &Rebuttal) -> bool {
        let f = &self.filter;
        !r.about().is_empty()
            && self.accusing_act() == SpeechAct::Accusation
            && matches!(
                r.kind(),
                RebuttalKind::CounterAccusation | RebuttalKind::Undermine
            )
            && self.in_time(r.stated())
            && f.cameo
                .is_none_or(|p| r.kind().cameo().is_some_and(|code| code.is_within(p)))
            && f.plover.is_none_or(|p| p == PloverType::Accuse)
            && self.cites(r.sources())
            && self.involves(
                roll,
                r.speakers().chain(r.about().iter().copied()),
                r.stated(),
            )
    }

    fn rolls_up(&self) -> bool {
        self.filter.attribution == Attribution::RollUp
    }

    /// The roll-up walk for a query whose statements have `speakers` distinct authors: none
    /// to prepare unless the view rolls up.
    fn roll_for(&self, speakers: usize) -> Roll<'g> {
        if self.rolls_up() {
            Roll::for_work(self.graph, speakers)
        } else {
            Roll::new(self.graph)
        }
    }
}

/// The PLOVER type of an answer, where one fits: rejecting for denials and dismissals,
/// accusing for counter-accusations.
fn rebuttal_plover(kind: RebuttalKind) -> Option<PloverType> {
    match kind {
        RebuttalKind::Denial | RebuttalKind::Dismissal => Some(PloverType::Reject),
        RebuttalKind::CounterAccusation => Some(PloverType::Accuse),
        RebuttalKind::Undercut | RebuttalKind::Undermine => None,
    }
}

/// Whether something dated `date` exists at `t`: the one rule for "as of" that every view,
/// the dispute layer and the command line follow (see
/// [affiliation and time](crate::query#affiliation-and-time)). Stated certainly by `t` (before
/// it, the same span, or within it) counts; stated possibly by `t` counts only with
/// [`Certainty::Possible`]; undated counts only with [`Certainty::Possible`].
pub(crate) fn exists_at(date: Option<PartialDate>, t: PartialDate, certainty: Certainty) -> bool {
    let possible = certainty == Certainty::Possible;
    match date {
        None => possible,
        Some(d) => match d.compare(&t) {
            TimeOrder::Before | TimeOrder::Same => true,
            TimeOrder::After => false,
            TimeOrder::Overlapping => possible || d.within(&t),
        },
    }
}

/// Whether something dated `date` lies within `window`, as [`exists_at`] decides for a date.
pub(crate) fn exists_within(
    date: Option<PartialDate>,
    window: Interval,
    certainty: Certainty,
) -> bool {
    let possible = certainty == Certainty::Possible;
    match date {
        None => possible,
        Some(d) => match window.contains(&d) {
            TimeOrder::Same => true,
            TimeOrder::Before | TimeOrder::After => false,
            TimeOrder::Overlapping => possible,
        },
    }
}

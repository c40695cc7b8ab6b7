//! The timeline: events and statements merged in time order, at their own precision.

use super::View;
use crate::{ClaimId, EventId, PartialDate, Precision, RebuttalId, StatementId, TimeOrder};
use std::fmt;

/// What a timeline entry is.
///
/// Shown as the id it holds (`E6`, `C0`, `R3`). Items order as the timeline breaks ties:
/// events, then claims, then rebuttals, each by id.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::query::TimelineItem;
/// let mut g = ClaimGraph::new();
/// let finland = g.add_actor(Actor::new("Finland", ActorKind::State))?;
/// g.add_event(Event::new("closures take effect").with_date("2023-11-19".parse()?))?;
/// g.add_claim(Claim::new(finland, SpeechAct::Assertion, Allegation::new("x"))
///     .with_stated("2023-11-20".parse()?))?;
/// // Only what happened, not what was said about it.
/// let events: Vec<String> = g.view().timeline().iter()
///     .filter(|e| matches!(e.item, TimelineItem::Event(_)))
///     .map(|e| format!("{} {}", e.when, e.item)).collect();
/// assert_eq!(events, ["2023-11-19 E0"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimelineItem {
    /// An event.
    Event(EventId),
    /// A claim.
    Claim(ClaimId),
    /// A rebuttal.
    Rebuttal(RebuttalId),
}

impl TimelineItem {
    /// The statement, when the item is one (a claim or a rebuttal); `None` for an event.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let finland = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    /// let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(finland, SpeechAct::Accusation, Allegation::new("smuggling"))
    ///     .with_about(russia))?;
    /// g.add_rebuttal(Rebuttal::new(peskov, RebuttalKind::Denial, c))?;
    /// g.add_event(Event::new("closures take effect"))?;
    /// // Who spoke, in timeline order.
    /// let speakers: Vec<&str> = g.view().timeline().iter()
    ///     .filter_map(|e| e.item.as_statement())
    ///     .filter_map(|s| g.statement(s))
    ///     .filter_map(|s| g.actor(s.author()))
    ///     .map(Actor::name)
    ///     .collect();
    /// assert_eq!(speakers, ["Finnish government", "Dmitry Peskov"]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn as_statement(self) -> Option<StatementId> {
        match self {
            TimelineItem::Event(_) => None,
            TimelineItem::Claim(id) => Some(id.into()),
            TimelineItem::Rebuttal(id) => Some(id.into()),
        }
    }
}

impl fmt::Display for TimelineItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimelineItem::Event(id) => id.fmt(f),
            TimelineItem::Claim(id) => id.fmt(f),
            TimelineItem::Rebuttal(id) => id.fmt(f),
        }
    }
}

/// When an entry happened, as precisely as it is known: a date, a span, an end alone, or
/// nothing. Shown ISO-style at its own precision: `2021`, `2022-02`, `2023-11-16`,
/// `..2023-09`, `undated`.
///
/// ```
/// use claimgraph::query::When;
/// let w = When { start: Some("2022-02".parse()?), end: None };
/// assert_eq!(w.to_string(), "2022-02");
/// let w = When { start: None, end: Some("2023-09".parse()?) };
/// assert_eq!(w.to_string(), "..2023-09");
/// assert_eq!(When { start: None, end: None }.to_string(), "undated");
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct When {
    /// The date, or the start of a span.
    pub start: Option<PartialDate>,
    /// The end of a span (events only).
    pub end: Option<PartialDate>,
}

impl When {
    /// The date the timeline sorts by: the start, or else the end.
    ///
    /// ```
    /// use claimgraph::query::When;
    /// let w = When { start: None, end: Some("2023".parse()?) };
    /// assert_eq!(w.key().unwrap().to_string(), "2023");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn key(&self) -> Option<PartialDate> {
        self.start.or(self.end)
    }

    /// How precisely the sorting date is known; `None` when undated.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// g.add_event(Event::new("Finland joins NATO").with_date("2023-04".parse()?))?;
    /// g.add_event(Event::new("closures take effect").with_date("2023-11-19".parse()?))?;
    /// // Entries known only to the month or year, to flag in a report.
    /// let vague = g.view().timeline().iter()
    ///     .filter(|e| e.when.precision().is_some_and(|p| p < Precision::Day))
    ///     .count();
    /// assert_eq!(vague, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn precision(&self) -> Option<Precision> {
        self.key().map(|d| d.precision())
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.start, self.end) {
            (Some(s), Some(e)) => write!(f, "{s}..{e}"),
            (Some(s), None) => write!(f, "{s}"),
            (None, Some(e)) => write!(f, "..{e}"),
            (None, None) => f.write_str("undated"),
        }
    }
}

/// One entry of a [`View::timeline`].
///
/// ```
/// use claimgraph::*;
/// use claimgraph::query::*;
/// let mut g = ClaimGraph::new();
/// let e = g.add_event(Event::new("accession").with_date("2023-04".parse()?))?;
/// let entry = g.view().timeline()[0];
/// assert_eq!(entry.item, TimelineItem::Event(e));
/// assert_eq!(entry.when.to_string(), "2023-04");
/// assert_eq!(entry.order, None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimelineEntry {
    /// The event, claim or rebuttal.
    pub item: TimelineItem,
    /// When.
    pub when: When,
    /// How the entry's date honestly compares with the previous dated entry's
    /// ([`PartialDate::compare`]): `After` when it certainly came later, `Overlapping` when
    /// partial dates leave the order open, `Same` for the same span. `None` for the first
    /// dated entry and for undated entries.
    pub order: Option<TimeOrder>,
}

impl View<'_> {
    /// Events and statements in the view, merged in timeline order: dated entries by
    /// [`PartialDate`]'s timeline order (a month before the days within it), then undated
    /// ones; ties by kind (events, claims, rebuttals) then id. Deterministic. An event sorts
    /// by its date, or else its end.
    ///
    /// # Complexity
    /// `O(n log n)` over the graph's events and statements.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::query::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023-11-20".parse()?))?;
    /// let e = g.add_event(Event::new("closures").with_date("2023-11".parse()?))?;
    /// let t = g.view().timeline();
    /// assert_eq!(t.iter().map(|e| e.item).collect::<Vec<_>>(), [TimelineItem::Event(e), TimelineItem::Claim(c)]);
    /// assert_eq!(t[1].order, Some(TimeOrder::Overlapping)); // November vs the 20th
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn timeline(self) -> Vec<TimelineEntry> {
        let mut entries: Vec<TimelineEntry> = Vec::new();
        let mut roll = super::Roll::new(self.graph);
        for (id, e) in self.graph.events() {
            if self.selects_event(&mut roll, e) {
                entries.push(TimelineEntry {
                    item: TimelineItem::Event(id),
                    when: When {
                        start: e.date(),
                        end: e.end(),
                    },
                    order: None,
                });
            }
        }
        for (id, c) in self.claims() {
            entries.push(TimelineEntry {
                item: TimelineItem::Claim(id),
                when: When {
                    start: c.stated(),
                    end: None,
                },
                order: None,
            });
        }
        for (id, r) in self.rebuttals() {
            entries.push(TimelineEntry {
                item: TimelineItem::Rebuttal(id),
                when: When {
                    start: r.stated(),
                    end: None,
                },
                order: None,
            });
        }
        entries.sort_unstable_by_key(|e| (e.when.key().is_none(), e.when.key(), e.item));
        let mut previous: Option<PartialDate> = None;
        for e in &mut entries {
            if let Some(d) = e.when.key() {
                e.order = previous.map(|p| d.compare(&p));
                previous = Some(d);
            }
        }
        entries
    }
}

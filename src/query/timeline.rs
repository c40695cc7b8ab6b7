//! The timeline: events and statements merged in time order, at their own precision.

use super::View;
use crate::{ClaimId, EventId, PartialDate, Precision, RebuttalId, StatementId, TimeOrder};
use std::fmt;

/// What a timeline entry is.
///
/// ```
/// use claimgraph::{ClaimId, Item};
/// assert_eq!(Item::Claim(ClaimId::new(3)).to_string(), "C3");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    /// An event.
    Event(EventId),
    /// A claim.
    Claim(ClaimId),
    /// A rebuttal.
    Rebuttal(RebuttalId),
}

impl Item {
    /// The statement, when the item is one.
    ///
    /// ```
    /// use claimgraph::{ClaimId, EventId, Item, StatementId};
    /// assert_eq!(Item::Claim(ClaimId::new(0)).as_statement(), Some(StatementId::from(ClaimId::new(0))));
    /// assert_eq!(Item::Event(EventId::new(0)).as_statement(), None);
    /// ```
    pub fn as_statement(self) -> Option<StatementId> {
        match self {
            Item::Event(_) => None,
            Item::Claim(id) => Some(id.into()),
            Item::Rebuttal(id) => Some(id.into()),
        }
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Item::Event(id) => id.fmt(f),
            Item::Claim(id) => id.fmt(f),
            Item::Rebuttal(id) => id.fmt(f),
        }
    }
}

/// When an entry happened, as precisely as it is known: a date, a span, an end alone, or
/// nothing. Shown ISO-style at its own precision: `2021`, `2022-02`, `2023-11-16`,
/// `..2023-09`, `undated`.
///
/// ```
/// use claimgraph::When;
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
    /// use claimgraph::When;
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
    /// use claimgraph::{Precision, When};
    /// let w = When { start: Some("2023-11".parse()?), end: None };
    /// assert_eq!(w.precision(), Some(Precision::Month));
    /// # Ok::<(), claimgraph::TimeError>(())
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
/// let mut g = ClaimGraph::new();
/// let e = g.add_event(Event::new("accession").with_date("2023-04".parse()?))?;
/// let entry = g.view().timeline()[0];
/// assert_eq!(entry.item, Item::Event(e));
/// assert_eq!(entry.when.to_string(), "2023-04");
/// assert_eq!(entry.order, None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The event, claim or rebuttal.
    pub item: Item,
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
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023-11-20".parse()?))?;
    /// let e = g.add_event(Event::new("closures").with_date("2023-11".parse()?))?;
    /// let t = g.view().timeline();
    /// assert_eq!(t.iter().map(|e| e.item).collect::<Vec<_>>(), [Item::Event(e), Item::Claim(c)]);
    /// assert_eq!(t[1].order, Some(TimeOrder::Overlapping)); // November vs the 20th
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn timeline(self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = Vec::new();
        let mut roll = super::Roll::new(self.graph);
        for (id, e) in self.graph.events() {
            if self.selects_event(&mut roll, e) {
                entries.push(Entry {
                    item: Item::Event(id),
                    when: When {
                        start: e.date(),
                        end: e.end(),
                    },
                    order: None,
                });
            }
        }
        for (id, c) in self.claims() {
            entries.push(Entry {
                item: Item::Claim(id),
                when: When {
                    start: c.stated(),
                    end: None,
                },
                order: None,
            });
        }
        for (id, r) in self.rebuttals() {
            entries.push(Entry {
                item: Item::Rebuttal(id),
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

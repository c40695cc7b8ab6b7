//! Time as reports give it: partial dates (a year, a month, a day, an instant) and intervals.
//!
//! Reports say "in April 2023", "in September", "2021", "on Monday (November 20)". A model that
//! only knows instants would force users to invent precision, so a [`PartialDate`] keeps the
//! precision it was given, and comparing two of them is honest: "2023-04" against "2023-04-04"
//! is neither before nor after, and [`PartialDate::compare`] says so with
//! [`TimeOrder::Overlapping`].
//!
//! A timeline still needs one total order. `PartialDate` implements [`Ord`] as the **timeline
//! order**: by the start of the span the date covers, then coarser before finer (the month
//! 2023-04 before the day 2023-04-01), then by the end of the span, then by offset for instants.
//! The timeline order is total and deterministic; it is not a claim that one thing happened
//! before another. Use [`PartialDate::compare`] for that.
//!
//! Dates without an offset (years, months, days) are local to wherever they were reported, and
//! two of them are taken to be in the same zone. Two instants compare by the real instant,
//! whatever their offsets. A local date against an instant is compared honestly: the local day
//! 2023-11-20 covers, in real time, anything from 2023-11-19T10:00Z to 2023-11-21T12:00Z (UTC
//! offsets run from -12:00 to +14:00), so an instant inside that window could fall on either side
//! and compares as [`TimeOrder::Overlapping`]. These rules keep "before" transitive.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A date known to some precision: a year, a month, a day, an instant with a UTC offset, or a
/// window it lies somewhere inside.
///
/// Parsed from and shown as ISO 8601 at its own precision: `2021`, `2022-02`, `2023-11-16`,
/// `2023-11-20T10:15:00+02:00`. Years run from -9999 to 9999.
///
/// A report that says "identified between 4 and 12 March 2018" gives one day that lies
/// somewhere in a window: written `[2018-03-04..2018-03-12]`, the "one of a set" notation of
/// ISO 8601-2 (EDTF level 2). It is one date, not a span of time (an event that lasts over an
/// interval has a `date` and an `end`), and it compares honestly: before what follows its last
/// day, [`Overlapping`](TimeOrder::Overlapping) with anything inside it.
///
/// ```
/// use claimgraph::{PartialDate, Precision, TimeOrder};
///
/// let april: PartialDate = "2023-04".parse()?;
/// let fourth: PartialDate = "2023-04-04".parse()?;
/// let may: PartialDate = "2023-05".parse()?;
/// assert_eq!(april.precision(), Precision::Month);
/// assert_eq!(april.compare(&fourth), TimeOrder::Overlapping);
/// assert_eq!(fourth.compare(&may), TimeOrder::Before);
/// assert_eq!(april.to_string(), "2023-04");
/// // The timeline order is total: the month sorts before the days within it.
/// assert!(april < fourth);
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Copy)]
pub struct PartialDate(Repr);

/// The value of a [`PartialDate`], private so that every value in circulation is checked.
#[derive(Clone, Copy, Debug)]
enum Repr {
    Year(i32),
    Month(i32, u8),
    Day(NaiveDate),
    Instant(DateTime<FixedOffset>),
    /// Somewhere from the first bound to the last, both local dates (the first day of each
    /// bound's span, and its precision); the first certainly before the last.
    Window(Bound, Bound),
}

/// A local date used as one end of a window: the first day of its span and its precision.
#[derive(Clone, Copy, Debug)]
struct Bound(NaiveDate, Precision);

impl Bound {
    fn date(self) -> PartialDate {
        let d = self.0;
        PartialDate(match self.1 {
            Precision::Year => Repr::Year(d.year()),
            // The month is 1..=12, always.
            Precision::Month => Repr::Month(d.year(), d.month() as u8),
            _ => Repr::Day(d),
        })
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PartialDate({self})")
    }
}

/// How precisely a [`PartialDate`] is known, coarsest first; a window before them all, since
/// its bounds may be years apart.
///
/// ```
/// use claimgraph::{PartialDate, Precision};
/// assert!(Precision::Year < Precision::Day);
/// let window: PartialDate = "[2018-03-04..2018-03-12]".parse()?;
/// assert_eq!(window.precision(), Precision::Window);
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Somewhere within a window between two local dates.
    Window,
    /// Known to the year.
    Year,
    /// Known to the month.
    Month,
    /// Known to the day.
    Day,
    /// Known to the second, with an offset.
    Instant,
}

crate::names::names! {
    Precision in "claimgraph", "precision";
    Window => "window",
    Year => "year",
    Month => "month",
    Day => "day",
    Instant => "instant",
}

/// The honest answer to "which came first?" for two spans of time.
///
/// ```
/// use claimgraph::{PartialDate, TimeOrder};
/// let a = PartialDate::year(2021)?;
/// let b = PartialDate::month(2022, 2)?;
/// assert_eq!(a.compare(&b), TimeOrder::Before);
/// assert_eq!(b.compare(&a), TimeOrder::After);
/// assert_eq!(a.compare(&a), TimeOrder::Same);
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeOrder {
    /// Every moment of the first ends before any moment of the second begins.
    Before,
    /// Every moment of the first begins after the second has ended.
    After,
    /// Both cover exactly the same span.
    Same,
    /// The spans share time, so either could be first: the data cannot tell.
    Overlapping,
}

crate::names::names! {
    TimeOrder in "claimgraph", "time order";
    Before => "before",
    After => "after",
    Same => "same",
    Overlapping => "overlapping",
}

impl TimeOrder {
    /// The order seen from the other side: `Before` becomes `After` and back.
    ///
    /// ```
    /// use claimgraph::TimeOrder;
    /// assert_eq!(TimeOrder::Before.reverse(), TimeOrder::After);
    /// assert_eq!(TimeOrder::Overlapping.reverse(), TimeOrder::Overlapping);
    /// ```
    #[must_use]
    pub fn reverse(self) -> Self {
        match self {
            TimeOrder::Before => TimeOrder::After,
            TimeOrder::After => TimeOrder::Before,
            other => other,
        }
    }

    /// Whether the first certainly came before the second.
    ///
    /// ```
    /// use claimgraph::TimeOrder;
    /// assert!(TimeOrder::Before.is_before());
    /// assert!(!TimeOrder::Overlapping.is_before());
    /// ```
    pub fn is_before(self) -> bool {
        self == TimeOrder::Before
    }

    /// Whether the first certainly came after the second.
    ///
    /// ```
    /// use claimgraph::TimeOrder;
    /// assert!(TimeOrder::After.is_after());
    /// ```
    pub fn is_after(self) -> bool {
        self == TimeOrder::After
    }
}

/// A date or interval could not be made: a bad string, a month 13, a 30 February, an end
/// before its start.
///
/// Parsing a string and the constructors ([`PartialDate::month`], ...) report the same fault
/// with the same variant; parsing also keeps the text it was given ([`TimeError::input`]).
///
/// ```
/// use claimgraph::{PartialDate, TimeError};
/// let err = "2023-13".parse::<PartialDate>().unwrap_err();
/// assert_eq!(err.to_string(), "`2023-13` is not a date: month 13 is out of range (1 to 12)");
/// assert!(matches!(err, TimeError::MonthOutOfRange { month: 13, .. }));
/// assert_eq!(err.input(), Some("2023-13"));
///
/// let err = PartialDate::month(2023, 13).unwrap_err();
/// assert!(matches!(err, TimeError::MonthOutOfRange { month: 13, .. }));
/// assert_eq!(err.input(), None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeError {
    /// The text does not have the shape of an ISO 8601 date or an RFC 3339 instant.
    Syntax {
        /// The text given (cut to 64 characters).
        input: String,
        /// What is wrong with its shape.
        fault: DateSyntax,
    },
    /// A year outside -9999 to 9999.
    YearOutOfRange {
        /// The year.
        year: i64,
        /// The text given, when the year was parsed from one.
        input: Option<String>,
    },
    /// A month outside 1 to 12.
    MonthOutOfRange {
        /// The month.
        month: u32,
        /// The text given, when the month was parsed from one.
        input: Option<String>,
    },
    /// A day that its month does not have (30 February, day 0).
    NoSuchDay {
        /// The year.
        year: i32,
        /// The month.
        month: u32,
        /// The day.
        day: u32,
        /// The text given, when the day was parsed from one.
        input: Option<String>,
    },
    /// An interval whose end certainly comes before its start.
    EndBeforeStart {
        /// The start given.
        start: PartialDate,
        /// The end given.
        end: PartialDate,
    },
}

/// What is wrong with the shape of a date string: a [`TimeError::Syntax`].
///
/// ```
/// use claimgraph::{PartialDate, TimeError};
/// use claimgraph::time::DateSyntax;
/// let fault = |s: &str| match s.parse::<PartialDate>() {
///     Err(TimeError::Syntax { fault, .. }) => Some(fault),
///     _ => None,
/// };
/// assert_eq!(fault("23-11"), Some(DateSyntax::Year));
/// assert_eq!(fault("2023-1"), Some(DateSyntax::Month));
/// assert_eq!(fault("2023-11-20T10:00"), Some(DateSyntax::Instant));
/// assert_eq!(fault("2023-11"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateSyntax {
    /// The text is empty.
    Empty,
    /// The text is longer than 64 bytes.
    TooLong,
    /// The year is not four digits.
    Year,
    /// The month is not two digits.
    Month,
    /// The day is not two digits.
    Day,
    /// More than three parts.
    TooManyParts,
    /// An instant not in RFC 3339 form with an offset (`2023-11-20T10:00:00+02:00`).
    Instant,
    /// Two dates joined by `/`, ISO 8601's interval: a date is one point (an event that lasts
    /// has a `date` and an `end`; a date known only to lie between two is a window).
    Interval,
    /// A window not of the form `[first..last]` with two local dates (no instants).
    Window,
    /// A window whose first date does not certainly come before its last.
    WindowOrder,
}

impl fmt::Display for DateSyntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateSyntax::Empty => "it is empty",
            DateSyntax::TooLong => "it is longer than 64 bytes",
            DateSyntax::Year => "the year needs four digits",
            DateSyntax::Month => "the month needs two digits",
            DateSyntax::Day => "the day needs two digits",
            DateSyntax::TooManyParts => "it has more than three parts",
            DateSyntax::Instant => "an instant needs RFC 3339 form with an offset",
            DateSyntax::Interval => {
                "it is an interval, not a date: for something that lasts, give the start here \
                 and the last date as `end`; for one date known only to lie between two, write \
                 a window such as `[2018-03-04..2018-03-12]`"
            }
            DateSyntax::Window => {
                "a window is written `[first..last]` with two dates of a year, month or day \
                 (`[2018-03-04..2018-03-12]`)"
            }
            DateSyntax::WindowOrder => "the first date of a window must come before its last",
        })
    }
}

impl TimeError {
    /// The text that failed to parse, when the error comes from parsing one (cut to 64
    /// characters); `None` from the constructors and from intervals.
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// assert_eq!("2023-02-30".parse::<PartialDate>().unwrap_err().input(), Some("2023-02-30"));
    /// assert_eq!(PartialDate::day(2023, 2, 30).unwrap_err().input(), None);
    /// ```
    pub fn input(&self) -> Option<&str> {
        match self {
            TimeError::Syntax { input, .. } => Some(input),
            TimeError::YearOutOfRange { input, .. }
            | TimeError::MonthOutOfRange { input, .. }
            | TimeError::NoSuchDay { input, .. } => input.as_deref(),
            TimeError::EndBeforeStart { .. } => None,
        }
    }

    /// The same fault, found in the text `s`.
    fn in_text(self, s: &str) -> Self {
        let text = || Some(s.chars().take(64).collect());
        match self {
            TimeError::YearOutOfRange { year, .. } => TimeError::YearOutOfRange {
                year,
                input: text(),
            },
            TimeError::MonthOutOfRange { month, .. } => TimeError::MonthOutOfRange {
                month,
                input: text(),
            },
            TimeError::NoSuchDay {
                year, month, day, ..
            } => TimeError::NoSuchDay {
                year,
                month,
                day,
                input: text(),
            },
            other => other,
        }
    }
}

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(input) = self.input() {
            write!(f, "`{input}` is not a date: ")?;
        }
        match self {
            TimeError::Syntax { fault, .. } => write!(f, "{fault}"),
            TimeError::YearOutOfRange { year, .. } => {
                write!(f, "year {year} is out of range (-9999 to 9999)")
            }
            TimeError::MonthOutOfRange { month, .. } => {
                write!(f, "month {month} is out of range (1 to 12)")
            }
            TimeError::NoSuchDay {
                year, month, day, ..
            } => write!(f, "{year:04}-{month:02} has no such day as {day}"),
            TimeError::EndBeforeStart { start, end } => {
                write!(f, "interval ends ({end}) before it starts ({start})")
            }
        }
    }
}

impl std::error::Error for TimeError {}

const MIN_YEAR: i32 = -9999;
const MAX_YEAR: i32 = 9999;

fn check_year(year: i32) -> Result<i32, TimeError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(year)
    } else {
        Err(TimeError::YearOutOfRange {
            year: i64::from(year),
            input: None,
        })
    }
}

impl PartialDate {
    /// A whole year.
    ///
    /// # Errors
    /// [`TimeError::YearOutOfRange`] outside -9999 to 9999.
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// assert_eq!(PartialDate::year(2021)?.to_string(), "2021");
    /// assert!(PartialDate::year(20_000).is_err());
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn year(year: i32) -> Result<Self, TimeError> {
        check_year(year).map(|y| PartialDate(Repr::Year(y)))
    }

    /// A month of a year, the month counted from 1.
    ///
    /// # Errors
    /// [`TimeError::YearOutOfRange`] or [`TimeError::MonthOutOfRange`].
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// assert_eq!(PartialDate::month(2023, 4)?.to_string(), "2023-04");
    /// assert!(PartialDate::month(2023, 0).is_err());
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn month(year: i32, month: u32) -> Result<Self, TimeError> {
        let year = check_year(year)?;
        match u8::try_from(month) {
            Ok(m @ 1..=12) => Ok(PartialDate(Repr::Month(year, m))),
            _ => Err(TimeError::MonthOutOfRange { month, input: None }),
        }
    }

    /// A calendar day.
    ///
    /// # Errors
    /// [`TimeError::NoSuchDay`] when the day does not exist (2023-02-30);
    /// [`TimeError::MonthOutOfRange`] or [`TimeError::YearOutOfRange`].
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// assert_eq!(PartialDate::day(2023, 11, 16)?.to_string(), "2023-11-16");
    /// assert!(PartialDate::day(2023, 2, 30).is_err());
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn day(year: i32, month: u32, day: u32) -> Result<Self, TimeError> {
        let year = check_year(year)?;
        NaiveDate::from_ymd_opt(year, month, day)
            .map(|d| PartialDate(Repr::Day(d)))
            .ok_or(TimeError::NoSuchDay {
                year,
                month,
                day,
                input: None,
            })
    }

    /// An instant with its UTC offset.
    ///
    /// # Errors
    /// [`TimeError::YearOutOfRange`] when the local year is outside -9999 to 9999.
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// let t = chrono::DateTime::parse_from_rfc3339("2023-11-20T10:00:00+02:00").unwrap();
    /// assert_eq!(PartialDate::instant(t)?.to_string(), "2023-11-20T10:00:00+02:00");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn instant(at: DateTime<FixedOffset>) -> Result<Self, TimeError> {
        check_year(at.year())?;
        Ok(PartialDate(Repr::Instant(at)))
    }

    /// One date known only to lie somewhere from `first` to `last` (both included): "between
    /// 4 and 12 March". Both are local dates (a year, a month or a day), `first` certainly
    /// before `last`.
    ///
    /// # Errors
    /// [`TimeError::Syntax`] with [`DateSyntax::Window`] when either bound is an instant or a
    /// window, and with [`DateSyntax::WindowOrder`] when `first` is not certainly before `last`.
    ///
    /// ```
    /// use claimgraph::{PartialDate, TimeOrder};
    /// let w = PartialDate::window("2018-03-04".parse()?, "2018-03-12".parse()?)?;
    /// assert_eq!(w.to_string(), "[2018-03-04..2018-03-12]");
    /// assert_eq!(w.compare(&"2018-03-13".parse()?), TimeOrder::Before);
    /// assert_eq!(w.compare(&"2018-03-05".parse()?), TimeOrder::Overlapping);
    /// assert!(PartialDate::window("2018-03".parse()?, "2018-03-12".parse()?).is_err());
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn window(first: PartialDate, last: PartialDate) -> Result<Self, TimeError> {
        let bad = |fault| TimeError::Syntax {
            input: format!("[{first}..{last}]").chars().take(64).collect(),
            fault,
        };
        let bound = |d: PartialDate| match d.0 {
            Repr::Instant(_) | Repr::Window(..) => Err(bad(DateSyntax::Window)),
            _ => Ok(Bound(d.local_span().0.date(), d.precision())),
        };
        let (a, b) = (bound(first)?, bound(last)?);
        if first.compare(&last) != TimeOrder::Before {
            return Err(bad(DateSyntax::WindowOrder));
        }
        Ok(PartialDate(Repr::Window(a, b)))
    }

    /// The first and last dates of a window, when the date is one.
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// let w: PartialDate = "[2014..2016]".parse()?;
    /// let (first, last) = w.window_bounds().unwrap();
    /// assert_eq!((first.to_string(), last.to_string()), ("2014".into(), "2016".into()));
    /// assert!("2014".parse::<PartialDate>()?.window_bounds().is_none());
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn window_bounds(&self) -> Option<(PartialDate, PartialDate)> {
        match self.0 {
            Repr::Window(a, b) => Some((a.date(), b.date())),
            _ => None,
        }
    }

    /// How precisely the date is known.
    ///
    /// ```
    /// use claimgraph::{PartialDate, Precision};
    /// assert_eq!(PartialDate::year(2021)?.precision(), Precision::Year);
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn precision(&self) -> Precision {
        match self.0 {
            Repr::Year(_) => Precision::Year,
            Repr::Month(..) => Precision::Month,
            Repr::Day(_) => Precision::Day,
            Repr::Instant(_) => Precision::Instant,
            Repr::Window(..) => Precision::Window,
        }
    }

    /// The year the date falls in (the local year, for an instant; the first bound's year, for
    /// a window).
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// assert_eq!("2023-11-16".parse::<PartialDate>()?.year_number(), 2023);
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn year_number(&self) -> i32 {
        match self.0 {
            Repr::Year(y) | Repr::Month(y, _) => y,
            Repr::Day(d) => d.year(),
            Repr::Instant(t) => t.year(),
            Repr::Window(a, _) => a.0.year(),
        }
    }

    /// The month (1 to 12), when the date is known at least to the month (a window, when it
    /// lies within one month).
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// assert_eq!("2023-11".parse::<PartialDate>()?.month_number(), Some(11));
    /// assert_eq!("2023".parse::<PartialDate>()?.month_number(), None);
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn month_number(&self) -> Option<u32> {
        match self.0 {
            Repr::Year(_) => None,
            Repr::Month(_, m) => Some(u32::from(m)),
            Repr::Day(d) => Some(d.month()),
            Repr::Instant(t) => Some(t.month()),
            Repr::Window(..) => {
                let (s, e) = self.local_span();
                let last = e.date().pred_opt().unwrap_or(e.date());
                (s.year() == last.year() && s.month() == last.month()).then(|| s.month())
            }
        }
    }

    /// The calendar day, when the date is known at least to the day (the local day, for an
    /// instant).
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// let d = "2023-11-16".parse::<PartialDate>()?.as_day().unwrap();
    /// assert_eq!(d.to_string(), "2023-11-16");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn as_day(&self) -> Option<NaiveDate> {
        match self.0 {
            Repr::Year(_) | Repr::Month(..) | Repr::Window(..) => None,
            Repr::Day(d) => Some(d),
            Repr::Instant(t) => Some(t.date_naive()),
        }
    }

    /// The instant, when the date is one.
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// assert!("2023-11-20T10:00:00Z".parse::<PartialDate>()?.as_instant().is_some());
    /// assert!("2023-11-20".parse::<PartialDate>()?.as_instant().is_none());
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn as_instant(&self) -> Option<DateTime<FixedOffset>> {
        match self.0 {
            Repr::Instant(t) => Some(t),
            _ => None,
        }
    }

    /// The span the date covers on the local timeline, as `[start, end)`; an instant is the
    /// point `[t, t]`.
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// let (start, end) = PartialDate::month(2023, 12)?.local_span();
    /// assert_eq!(start.to_string(), "2023-12-01 00:00:00");
    /// assert_eq!(end.to_string(), "2024-01-01 00:00:00");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn local_span(&self) -> (NaiveDateTime, NaiveDateTime) {
        let midnight = |d: NaiveDate| d.and_time(NaiveTime::MIN);
        // Years are kept within -9999..=9999, so these dates always exist; the fallbacks keep the
        // function total all the same.
        let first =
            |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).map_or(NaiveDateTime::MAX, midnight);
        match self.0 {
            Repr::Year(y) => (first(y, 1), first(y + 1, 1)),
            Repr::Month(y, m) => {
                let m = u32::from(m);
                let end = if m == 12 {
                    first(y + 1, 1)
                } else {
                    first(y, m + 1)
                };
                (first(y, m), end)
            }
            Repr::Day(d) => (
                midnight(d),
                d.succ_opt().map_or(NaiveDateTime::MAX, midnight),
            ),
            Repr::Instant(t) => (t.naive_local(), t.naive_local()),
            Repr::Window(a, b) => (a.date().local_span().0, b.date().local_span().1),
        }
    }

    /// Compares two dates honestly: [`TimeOrder::Before`] or [`TimeOrder::After`] only when
    /// the spans they cover certainly do not share any time.
    ///
    /// Two instants compare by the real instant; two local dates on their shared local
    /// timeline; a local date against an instant allows for any UTC offset (see the
    /// [module docs](crate::PartialDate)).
    ///
    /// ```
    /// use claimgraph::{PartialDate, TimeOrder};
    /// let sept: PartialDate = "2023-09".parse()?;
    /// let y2023: PartialDate = "2023".parse()?;
    /// let oct16: PartialDate = "2023-10-16".parse()?;
    /// assert_eq!(sept.compare(&y2023), TimeOrder::Overlapping);
    /// assert_eq!(sept.compare(&oct16), TimeOrder::Before);
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn compare(&self, other: &PartialDate) -> TimeOrder {
        if self.same_as(other) {
            return TimeOrder::Same;
        }
        let (a0, a1, a_point) = self.span_against(other);
        let (b0, b1, b_point) = other.span_against(self);
        // Spans are half-open, except an instant, which is a point.
        let a_ends_before_b = if a_point { a1 < b0 } else { a1 <= b0 };
        let b_ends_before_a = if b_point { b1 < a0 } else { b1 <= a0 };
        if a_ends_before_b {
            TimeOrder::Before
        } else if b_ends_before_a {
            TimeOrder::After
        } else {
            TimeOrder::Overlapping
        }
    }

    /// Whether `self` certainly lies within `other`'s span (a day within its month).
    ///
    /// ```
    /// use claimgraph::PartialDate;
    /// let april: PartialDate = "2023-04".parse()?;
    /// assert!("2023-04-04".parse::<PartialDate>()?.within(&april));
    /// assert!(!april.within(&"2023-04-04".parse()?));
    /// assert!("2023-04-04T12:00:00Z".parse::<PartialDate>()?.within(&april));
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn within(&self, other: &PartialDate) -> bool {
        if self.same_as(other) {
            return true;
        }
        let (a0, a1, a_point) = self.span_against(other);
        let (b0, b1, b_point) = other.span_against(self);
        match (a_point, b_point) {
            (_, true) => false,
            (true, false) => b0 <= a0 && a1 < b1,
            (false, false) => b0 <= a0 && a1 <= b1,
        }
    }

    /// Whether both name exactly the same span: the same real instant, or the same local date.
    fn same_as(&self, other: &PartialDate) -> bool {
        match (self.0, other.0) {
            (Repr::Instant(a), Repr::Instant(b)) => a == b,
            (Repr::Instant(_), _) | (_, Repr::Instant(_)) => false,
            _ => self.precision() == other.precision() && self.local_span() == other.local_span(),
        }
    }

    /// The span to use when comparing with `other`, as `(start, end, is_point)`: real UTC time
    /// for an instant; the local span for a local date against another local date; and, for a
    /// local date against an instant, the local span widened by every possible UTC offset.
    fn span_against(&self, other: &PartialDate) -> (NaiveDateTime, NaiveDateTime, bool) {
        match (self.0, other.0) {
            (Repr::Instant(t), _) => (t.naive_utc(), t.naive_utc(), true),
            (_, Repr::Instant(_)) => {
                let (s, e) = self.local_span();
                let widen = |t: NaiveDateTime, hours| {
                    t.checked_add_signed(chrono::TimeDelta::hours(hours))
                        .unwrap_or(t)
                };
                (widen(s, -14), widen(e, 12), false)
            }
            _ => {
                let (s, e) = self.local_span();
                (s, e, false)
            }
        }
    }

    /// The key of the timeline order: start (real time for an instant), precision, end.
    pub(crate) fn timeline_key(&self) -> (NaiveDateTime, Precision, NaiveDateTime, i32) {
        if let Repr::Instant(t) = self.0 {
            (
                t.naive_utc(),
                Precision::Instant,
                t.naive_utc(),
                t.offset().local_minus_utc(),
            )
        } else {
            let (s, e) = self.local_span();
            // Two windows over the same days written with bounds of other precisions
            // (`[2018-03..2018-04]`, `[2018-03-01..2018-04]`) are two readings, as for instants.
            let bounds = match self.0 {
                Repr::Window(a, b) => 1 + (a.1 as i32) * 8 + b.1 as i32,
                _ => 0,
            };
            (s, self.precision(), e, bounds)
        }
    }
}

impl PartialEq for PartialDate {
    /// Structural equality: the same precision and value, and for instants the same offset
    /// (chrono alone would call `10:00+02:00` and `08:00Z` equal; here they are two readings).
    fn eq(&self, other: &Self) -> bool {
        self.timeline_key() == other.timeline_key()
    }
}

impl Eq for PartialDate {}

impl std::hash::Hash for PartialDate {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.timeline_key().hash(state);
    }
}

impl Ord for PartialDate {
    /// The timeline order: start of span (real time for an instant), then coarser first, then
    /// end of span, then offset. Total and deterministic; see the module docs.
    fn cmp(&self, other: &Self) -> Ordering {
        self.timeline_key().cmp(&other.timeline_key())
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = |f: &mut fmt::Formatter<'_>, y: i32| {
            if y < 0 {
                write!(f, "-{:04}", -y)
            } else {
                write!(f, "{y:04}")
            }
        };
        match self.0 {
            Repr::Year(y) => year(f, y),
            Repr::Month(y, m) => {
                year(f, y)?;
                write!(f, "-{m:02}")
            }
            Repr::Day(d) => {
                year(f, d.year())?;
                write!(f, "-{:02}-{:02}", d.month(), d.day())
            }
            Repr::Instant(t) => {
                f.write_str(&t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
            }
            Repr::Window(a, b) => write!(f, "[{}..{}]", a.date(), b.date()),
        }
    }
}

impl FromStr for PartialDate {
    type Err = TimeError;

    /// Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an RFC 3339 instant with an offset (`Z` or
    /// `+02:00`), or a window `[first..last]` of two of the first three. A leading `-` marks a
    /// year before year 0.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |fault| TimeError::Syntax {
            input: s.chars().take(64).collect(),
            fault,
        };
        if s.len() > 64 {
            return Err(bad(DateSyntax::TooLong));
        }
        if s.is_empty() {
            return Err(bad(DateSyntax::Empty));
        }
        if let Some(inner) = s.strip_prefix('[') {
            let (first, last) = inner
                .strip_suffix(']')
                .and_then(|i| i.split_once(".."))
                .ok_or_else(|| bad(DateSyntax::Window))?;
            let local = |d: &str| match d.parse::<PartialDate>() {
                Ok(p) if !matches!(p.0, Repr::Instant(_) | Repr::Window(..)) => Ok(p),
                Ok(_) => Err(bad(DateSyntax::Window)),
                Err(e) => Err(e),
            };
            let (first, last) = (local(first)?, local(last)?);
            return PartialDate::window(first, last).map_err(|e| match e {
                TimeError::Syntax { fault, .. } => bad(fault),
                other => other,
            });
        }
        if s.contains('/') {
            return Err(bad(DateSyntax::Interval));
        }
        // An instant has its time after the tenth character: `2023-11-20T10:00:00Z`.
        if s.len() > 10 && matches!(s.as_bytes()[10], b'T' | b't') {
            let t = DateTime::parse_from_rfc3339(s).map_err(|_| bad(DateSyntax::Instant))?;
            return PartialDate::instant(t).map_err(|e| e.in_text(s));
        }
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let mut parts = body.split('-');
        let number = |part: Option<&str>, width: usize, fault| -> Result<Option<u32>, TimeError> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == width && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().map(Some).map_err(|_| bad(fault))
                }
                Some(_) => Err(bad(fault)),
            }
        };
        let y = number(parts.next(), 4, DateSyntax::Year)?.ok_or_else(|| bad(DateSyntax::Year))?;
        let m = number(parts.next(), 2, DateSyntax::Month)?;
        let d = number(parts.next(), 2, DateSyntax::Day)?;
        if parts.next().is_some() {
            return Err(bad(DateSyntax::TooManyParts));
        }
        // Four digits at most, so the year always fits.
        let y = i32::try_from(y).map_err(|_| bad(DateSyntax::Year))?;
        let y = if negative { -y } else { y };
        match (m, d) {
            (None, _) => PartialDate::year(y),
            (Some(m), None) => PartialDate::month(y, m),
            (Some(m), Some(d)) => PartialDate::month(y, m).and_then(|_| PartialDate::day(y, m, d)),
        }
        .map_err(|e| e.in_text(s))
    }
}

impl From<NaiveDate> for PartialDate {
    fn from(d: NaiveDate) -> Self {
        PartialDate(Repr::Day(d))
    }
}

#[cfg(feature = "serde")]
crate::codes::string_serde!(
    PartialDate => "an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD, an RFC 3339 instant, or a window [YYYY-MM-DD..YYYY-MM-DD]"
);

/// Whether something holds for every reading of partial dates, or only for some.
///
/// A rebuttal dated `2023-11-20` against a claim dated `2023-11` may come before it or after:
/// a check reports that finding as [`Certainty::Possible`]. A view as of a date keeps, by
/// default, only what was [`Certainty::Certain`]ly stated by then (see
/// [`View::certainty`](crate::query::View::certainty)).
///
/// ```
/// use claimgraph::*;
/// assert!(Certainty::Possible < Certainty::Certain);
/// assert_eq!(Certainty::default(), Certainty::Certain);
/// assert_eq!(Certainty::Possible.to_string(), "possible");
///
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
///     .with_stated("2023-11".parse()?))?;
/// let view = g.as_of("2023-11-20".parse()?);
/// assert_eq!(view.claims().count(), 0); // November may be after the 20th
/// assert_eq!(view.certainty(Certainty::Possible).claims().count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Certainty {
    /// True only for some readings of partial dates (or of relations valid at partial dates).
    Possible,
    /// True whatever the partial dates stand for.
    #[default]
    Certain,
}

crate::names::names! {
    Certainty in "claimgraph", "certainty";
    Possible => "possible",
    Certain => "certain",
}

/// A span of time with an optional start and an optional end, each a [`PartialDate`].
///
/// "Member of NATO from April 2023" is an interval with a start and no end. An interval whose
/// end certainly comes before its start is refused; one whose end only *might* come before its
/// start (start `2023-04`, end `2023-04-02`) is kept, since the data cannot rule it out.
///
/// ```
/// use claimgraph::{Interval, PartialDate, TimeOrder};
/// let membership = Interval::from_date("2023-04".parse()?);
/// assert_eq!(membership.to_string(), "2023-04..");
/// assert_eq!(membership.contains(&"2023-11-20".parse()?), TimeOrder::Same);
/// assert_eq!(membership.contains(&"2022".parse()?), TimeOrder::Before);
/// assert!(Interval::new(Some("2023".parse()?), Some("2022".parse()?)).is_err());
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct Interval {
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    start: Option<PartialDate>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    end: Option<PartialDate>,
}

impl Interval {
    /// All of time: no known start, no known end.
    ///
    /// ```
    /// use claimgraph::Interval;
    /// assert_eq!(Interval::ALWAYS.to_string(), "..");
    /// ```
    pub const ALWAYS: Interval = Interval {
        start: None,
        end: None,
    };

    /// An interval from `start` to `end`, either open.
    ///
    /// # Errors
    /// [`TimeError::EndBeforeStart`] when the end certainly comes before the start.
    ///
    /// ```
    /// use claimgraph::Interval;
    /// let i = Interval::new(Some("2021".parse()?), Some("2022-02".parse()?))?;
    /// assert_eq!(i.to_string(), "2021..2022-02");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn new(start: Option<PartialDate>, end: Option<PartialDate>) -> Result<Self, TimeError> {
        if let (Some(s), Some(e)) = (start, end)
            && e.compare(&s) == TimeOrder::Before
        {
            return Err(TimeError::EndBeforeStart { start: s, end: e });
        }
        Ok(Interval { start, end })
    }

    /// An interval that starts at `start` and has no known end.
    ///
    /// ```
    /// use claimgraph::Interval;
    /// assert_eq!(Interval::from_date("2023-04".parse()?).start().unwrap().to_string(), "2023-04");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn from_date(start: PartialDate) -> Self {
        Interval {
            start: Some(start),
            end: None,
        }
    }

    /// An interval that ends at `end` and has no known start.
    ///
    /// ```
    /// use claimgraph::Interval;
    /// assert_eq!(Interval::until("2022".parse()?).to_string(), "..2022");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn until(end: PartialDate) -> Self {
        Interval {
            start: None,
            end: Some(end),
        }
    }

    /// The start, if known.
    ///
    /// ```
    /// use claimgraph::Interval;
    /// assert_eq!(Interval::ALWAYS.start(), None);
    /// ```
    pub fn start(&self) -> Option<PartialDate> {
        self.start
    }

    /// The end, if known.
    ///
    /// ```
    /// use claimgraph::Interval;
    /// assert_eq!(Interval::ALWAYS.end(), None);
    /// ```
    pub fn end(&self) -> Option<PartialDate> {
        self.end
    }

    /// Where `date` lies against the interval: [`TimeOrder::Before`] it starts,
    /// [`TimeOrder::After`] it ends, [`TimeOrder::Same`] certainly within it, or
    /// [`TimeOrder::Overlapping`] when partial dates leave it open.
    ///
    /// The end is inclusive at its own precision: a membership "until 2023" still holds on
    /// 2023-12-31.
    ///
    /// ```
    /// use claimgraph::{Interval, TimeOrder};
    /// let i = Interval::new(Some("2023-04".parse()?), Some("2023-12".parse()?))?;
    /// assert_eq!(i.contains(&"2023-06-01".parse()?), TimeOrder::Same);
    /// assert_eq!(i.contains(&"2023-04".parse()?), TimeOrder::Same);
    /// assert_eq!(i.contains(&"2023".parse()?), TimeOrder::Overlapping);
    /// assert_eq!(i.contains(&"2024-01-01".parse()?), TimeOrder::After);
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn contains(&self, date: &PartialDate) -> TimeOrder {
        let after_start = match &self.start {
            None => TimeOrder::After,
            Some(s) => date.compare(s),
        };
        let before_end = match &self.end {
            None => TimeOrder::Before,
            Some(e) => date.compare(e),
        };
        if after_start == TimeOrder::Before {
            return TimeOrder::Before;
        }
        if before_end == TimeOrder::After {
            return TimeOrder::After;
        }
        let surely_started = matches!(after_start, TimeOrder::After | TimeOrder::Same)
            || date_within(date, self.start);
        let surely_not_ended = matches!(before_end, TimeOrder::Before | TimeOrder::Same)
            || date_within(date, self.end);
        if surely_started && surely_not_ended {
            TimeOrder::Same
        } else {
            TimeOrder::Overlapping
        }
    }

    /// Whether two intervals certainly share some time (`Some(true)`), certainly do not
    /// (`Some(false)`), or partial dates leave it open (`None`).
    ///
    /// ```
    /// use claimgraph::Interval;
    /// let a = Interval::new(Some("2020".parse()?), Some("2021".parse()?))?;
    /// let b = Interval::from_date("2021-06".parse()?);
    /// let c = Interval::from_date("2022".parse()?);
    /// assert_eq!(a.overlaps(&b), Some(true));
    /// assert_eq!(a.overlaps(&c), Some(false));
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn overlaps(&self, other: &Interval) -> Option<bool> {
        // They are disjoint when one certainly ends before the other starts.
        let ends_before = |a: &Interval, b: &Interval| match (a.end, b.start) {
            (Some(e), Some(s)) => e.compare(&s) == TimeOrder::Before,
            _ => false,
        };
        if ends_before(self, other) || ends_before(other, self) {
            return Some(false);
        }
        // They certainly overlap when each certainly starts before (or as) the other ends.
        let starts_by_end = |a: &Interval, b: &Interval| match (a.start, b.end) {
            (None, _) | (_, None) => true,
            (Some(s), Some(e)) => {
                matches!(s.compare(&e), TimeOrder::Before | TimeOrder::Same) || s.within(&e)
            }
        };
        if starts_by_end(self, other) && starts_by_end(other, self) {
            Some(true)
        } else {
            None
        }
    }
}

/// Whether a date lies certainly inside a bound's own span (a day within the start month).
fn date_within(date: &PartialDate, bound: Option<PartialDate>) -> bool {
    bound.is_some_and(|b| date.within(&b))
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(s) = &self.start {
            s.fmt(f)?;
        }
        f.write_str("..")?;
        if let Some(e) = &self.end {
            e.fmt(f)?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Interval {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            #[serde(default)]
            start: Option<PartialDate>,
            #[serde(default)]
            end: Option<PartialDate>,
        }
        let raw = Raw::deserialize(d)?;
        Interval::new(raw.start, raw.end).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_shows_each_precision() {
        for s in [
            "2021",
            "2022-02",
            "2023-11-16",
            "2023-11-20T10:15:00+02:00",
            "2023-11-20T10:15:00Z",
            "-0044-03-15",
        ] {
            assert_eq!(d(s).to_string(), s, "{s}");
        }
        assert_eq!(
            d("2023-11-20T10:15:00.5+00:00").to_string(),
            "2023-11-20T10:15:00.500Z"
        );
    }

    #[test]
    fn rejects_bad_dates() {
        for s in [
            "",
            "23",
            "2023-1",
            "2023-13",
            "2023-02-30",
            "2023-11-16-1",
            "20x3",
            "2023-00",
            "2023-11-20T10:00",
            "+2023",
            "99999",
        ] {
            assert!(s.parse::<PartialDate>().is_err(), "{s} should be rejected");
        }
        let long = "1".repeat(10_000);
        assert!(long.parse::<PartialDate>().is_err());
    }

    #[test]
    fn compares_honestly_across_precisions() {
        assert_eq!(
            d("2023-04").compare(&d("2023-04-04")),
            TimeOrder::Overlapping
        );
        assert_eq!(
            d("2023-04-04").compare(&d("2023-04")),
            TimeOrder::Overlapping
        );
        assert_eq!(d("2023-03-31").compare(&d("2023-04")), TimeOrder::Before);
        assert_eq!(d("2023-04").compare(&d("2023-05-01")), TimeOrder::Before);
        assert_eq!(d("2023").compare(&d("2023")), TimeOrder::Same);
        assert_eq!(d("2023").compare(&d("2023-01")), TimeOrder::Overlapping);
        assert_eq!(
            d("2023-11-20T00:00:00+02:00").compare(&d("2023-11-20")),
            TimeOrder::Overlapping
        );
        // Late on the 19th in Helsinki could still be the 20th somewhere: not certain.
        assert_eq!(
            d("2023-11-19T23:59:59+02:00").compare(&d("2023-11-20")),
            TimeOrder::Overlapping
        );
        assert_eq!(
            d("2023-11-19T08:00:00+02:00").compare(&d("2023-11-20")),
            TimeOrder::Before
        );
        assert_eq!(
            d("2023-11-20T10:00:00+02:00").compare(&d("2023-11-20T08:00:00Z")),
            TimeOrder::Same
        );
    }

    #[test]
    fn timeline_order_is_total_and_puts_coarse_first() {
        let mut v = [
            d("2023-11-16"),
            d("2023"),
            d("2023-11"),
            d("2021"),
            d("2023-11-16T09:00:00+02:00"),
            d("2022-02"),
        ];
        v.sort();
        let shown: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "2021",
                "2022-02",
                "2023",
                "2023-11",
                "2023-11-16",
                "2023-11-16T09:00:00+02:00"
            ]
        );
    }

    #[test]
    fn intervals_refuse_certain_inversions_only() {
        assert!(Interval::new(Some(d("2023-04")), Some(d("2023-04-02"))).is_ok());
        let err = Interval::new(Some(d("2023-05")), Some(d("2023-04-30"))).unwrap_err();
        assert_eq!(
            err.to_string(),
            "interval ends (2023-04-30) before it starts (2023-05)"
        );
    }

    #[test]
    fn interval_contains_respects_partial_bounds() {
        let i = Interval::from_date(d("2023-04"));
        assert_eq!(i.contains(&d("2023-04-04")), TimeOrder::Same);
        assert_eq!(i.contains(&d("2023-03-31")), TimeOrder::Before);
        assert_eq!(i.contains(&d("2023")), TimeOrder::Overlapping);
        assert_eq!(Interval::ALWAYS.contains(&d("1900")), TimeOrder::Same);
        let closed = Interval::new(None, Some(d("2021"))).unwrap();
        assert_eq!(closed.contains(&d("2021-12-31")), TimeOrder::Same);
        assert_eq!(closed.contains(&d("2022-01-01")), TimeOrder::After);
    }

    proptest::proptest! {
        #[test]
        fn compare_is_antisymmetric(a in arb_date(), b in arb_date()) {
            proptest::prop_assert_eq!(a.compare(&b), b.compare(&a).reverse());
        }

        #[test]
        fn display_parse_round_trips(a in arb_date()) {
            proptest::prop_assert_eq!(a.to_string().parse::<PartialDate>().unwrap(), a);
        }

        #[test]
        fn before_agrees_with_timeline_order(a in arb_date(), b in arb_date()) {
            if a.compare(&b) == TimeOrder::Before {
                proptest::prop_assert!(a < b);
            }
        }

        #[test]
        fn before_is_transitive(a in arb_date(), b in arb_date(), c in arb_date()) {
            if a.compare(&b).is_before() && b.compare(&c).is_before() {
                proptest::prop_assert!(a.compare(&c).is_before());
            }
        }
    }

    fn arb_date() -> impl proptest::strategy::Strategy<Value = PartialDate> {
        use proptest::prelude::*;
        prop_oneof![
            (2019i32..2025).prop_map(|y| PartialDate::year(y).unwrap()),
            (2019i32..2025, 1u32..=12).prop_map(|(y, m)| PartialDate::month(y, m).unwrap()),
            (2019i32..2025, 1u32..=12, 1u32..=28)
                .prop_map(|(y, m, dd)| PartialDate::day(y, m, dd).unwrap()),
            (2019i32..2025, 1u32..=12, 1u32..=28, 0u32..24, -12i32..=12).prop_map(
                |(y, m, dd, h, off)| {
                    let offset = FixedOffset::east_opt(off * 3600).unwrap();
                    let local = NaiveDate::from_ymd_opt(y, m, dd)
                        .unwrap()
                        .and_hms_opt(h, 0, 0)
                        .unwrap();
                    PartialDate::instant(local.and_local_timezone(offset).unwrap()).unwrap()
                }
            ),
        ]
    }
}

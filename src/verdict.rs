//! Verdicts an analyst can defend: which statements stand on the evidence, which are merely
//! contested, which are defeated, and why.
//!
//! [`dispute`](crate::dispute) reads a graph as a plain Dung framework: every answer is an
//! attack and every attack succeeds, so the last unanswered word wins and one bare denial
//! settles any accusation. This module reads it the way an analyst does, after three lines of
//! work in argumentation theory:
//!
//! - **Kinds of attack** follow ASPIC+ (Modgil & Prakken 2013, 2014). A denial or a
//!   counter-accusation *rebuts* what it answers: the two contradict each other, so each
//!   attacks the other. An undermine attacks what its target rests on: aimed at a source, an
//!   event or a support it discredits that piece of evidence; aimed at a statement, it attacks
//!   the statement one way. An undercut attacks the link between a statement and its grounds
//!   (one way). A dismissal ("far-fetched") engages with nothing: it attacks nothing unless
//!   [`Reading::with_dismissals`] says it counts.
//! - **Attack versus defeat** follows preference-based argumentation (Amgoud & Cayrol 2002):
//!   an attack defeats only when the attacker is not weaker than what it attacks. Unlike
//!   ASPIC+, undercuts are weighed too (an analyst does not let a bare "that proves nothing"
//!   defeat a laboratory's finding); [`Undercuts::Always`] restores ASPIC+'s rule.
//! - **Support** is evidential (Oren & Norman 2008; Cayrol & Lagasquie-Schiex 2005 for the
//!   bipolar frame): a statement is as strong as the evidence it rests on, and evidence that an
//!   answer successfully discredits stops counting for every statement that rests on it. It is
//!   not necessary support (Nouioua & Risch 2010): a statement that loses one ground keeps the
//!   others, and is not defeated merely because a premise is.
//!
//! # Strength
//!
//! A statement's strength is the weight of the evidence it rests on, in four tiers:
//!
//! | ground | weight |
//! |---|---|
//! | an event it cites, not alleged by anyone | 2 |
//! | an event alleged by a statement ([`Event::alleged_by`](crate::Event::alleged_by)) | 1 |
//! | a source graded A or B for reliability and 1 or 2 for credibility (NATO Admiralty code) | 3 |
//! | a source graded C, or credibility 3, at best | 1 or 2 (`C1`, `A3`: 2; `C3`: 1) |
//! | a source graded D-F or credibility 4-6, or not graded | 0: on record, not evidence |
//! | a statement supporting it ([`Support`](crate::Support)) | 1, or 2 if that statement rests on evidence itself |
//!
//! The tiers: **bare** (weight 0: rests on nothing), **some evidence** (1-2), **substantial**
//! (3-5), **strong** (6 or more). Attacks compare tiers, so a point more or less does not
//! decide. Between two statements of the same tier that both rest on evidence, the speakers'
//! own confidence (ICD 203: "highly likely" against "likely") breaks the tie
//! ([`Confidence::TieBreak`], the default); between bare statements it does not, since
//! saying "no doubt" is not evidence. An analyst's explicit [`Preference`] (with its reason)
//! decides a pair before anything else.
//!
//! So, by default: a statement that rests on nothing never defeats one that rests on
//! evidence, whatever its kind; two bare statements that contradict each other defeat each
//! other and both stay **contested**; evidence beats its bare denial.
//!
//! Evidence is discredited in one pass, before statements are weighed: an answer to a source,
//! an event or a support discredits it when the answer's own strength is not below the
//! ground's weight tier (a bare "the images are fakes" does not discredit an A1 source). A
//! discredited ground then counts for nothing.
//!
//! # Verdicts
//!
//! Threats, warnings, predictions and demands are not statements of fact, and a dismissal
//! ("far-fetched", "a circus show") engages with nothing: they are [`Verdict::NotJudged`],
//! and answers to them attack nothing (count dismissals with
//! [`Reading::with_dismissals`], and they are judged like the rest). Every other statement, under a
//! semantics:
//!
//! | verdict | grounded | other semantics |
//! |---|---|---|
//! | [`Verdict::Stands`] | IN | in every extension |
//! | [`Verdict::Contested`] | UNDEC | in some extensions, or in none but not defeated by the grounded reading |
//! | [`Verdict::Defeated`] | OUT | OUT in the grounded labelling (hence in every complete one) |
//!
//! Undecided is never shown as defeated. Under semantics other than grounded, a statement
//! that is OUT in every preferred labelling but undecided in the grounded one is shown as
//! contested: the conservative reading.
//!
//! # Guarantees (each tested)
//!
//! - With every strength equal (or [`Reading::plain`]), every attack defeats: the verdicts
//!   are exactly Dung's semantics over the reading's attacks.
//! - An attack from a strictly weaker statement that attacks nothing else changes no verdict.
//! - Verdicts do not depend on ids or the order statements were added.
//! - A verdict history ([`ClaimGraph::verdict_history`]) never changes what it said before a
//!   later statement was made.
//!
//! ```
//! use claimgraph::*;
//! use claimgraph::argumentation::Semantics;
//! use claimgraph::verdict::{Reading, Verdict};
//! let mut g = ClaimGraph::new();
//! let uk = g.add_actor(Actor::new("UK government", ActorKind::Government))?;
//! let ru = g.add_actor(Actor::new("Russian MFA", ActorKind::Institution))?;
//! let lab = g.add_source(Source::new(SourceKind::Document, "Porton Down identification")
//!     .with_grading("A1".parse()?))?;
//! let accusation = g.add_claim(Claim::new(uk, SpeechAct::Accusation,
//!     Allegation::new("responsible for the Salisbury attack")).with_about(ru).with_source(lab))?;
//! let circus = g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, accusation)
//!     .with_text("a circus show"))?;
//! let v = g.verdicts(&Reading::new());
//! assert_eq!(v.verdict(accusation.into(), Semantics::Grounded), Some(Verdict::Stands));
//! assert_eq!(v.verdict(circus.into(), Semantics::Grounded), Some(Verdict::Defeated));
//! assert_eq!(
//!     v.explain(accusation.into()).unwrap().to_string(),
//!     "C0 (UK government) stands: rests on S0 (A1), substantial evidence. \
//!      R0 (Russian MFA), a bare denial, does not defeat it. It defeats R0."
//! );
//! // The plain Dung reading lets the last word win.
//! let plain = g.verdicts(&Reading::plain());
//! assert_eq!(plain.verdict(accusation.into(), Semantics::Grounded), Some(Verdict::Contested));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::argumentation::{ArgumentId, ArgumentStatus, ArgumentationFramework, Label, Semantics};
use crate::{
    ClaimGraph, Credibility, EventId, Grading, Likelihood, PartialDate, RebuttalKind, Reliability,
    SourceId, Statement, StatementId, SupportId, Target,
};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// How the speakers' own confidence enters a statement's strength.
///
/// ```
/// use claimgraph::verdict::Confidence;
/// assert_eq!(Confidence::default(), Confidence::TieBreak);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Confidence {
    /// Breaks ties between statements of the same evidence tier that both rest on evidence.
    #[default]
    TieBreak,
    /// Ignored.
    Ignore,
}

crate::names::names! {
    Confidence in "claimgraph::verdict", "confidence use";
    TieBreak => "tie_break",
    Ignore => "ignore",
}

/// Whether an undercut must be as strong as what it undercuts.
///
/// ```
/// use claimgraph::verdict::Undercuts;
/// assert_eq!(Undercuts::default(), Undercuts::ByStrength);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Undercuts {
    /// Weighed like every other attack (the default).
    #[default]
    ByStrength,
    /// Always defeats, as in ASPIC+.
    Always,
}

crate::names::names! {
    Undercuts in "claimgraph::verdict", "undercut rule";
    ByStrength => "by_strength",
    Always => "always",
}

/// An analyst's judgement that one statement is stronger than another, with the reason.
///
/// ```
/// use claimgraph::{ClaimId, RebuttalId};
/// use claimgraph::verdict::Preference;
/// let p = Preference::new(RebuttalId::new(3).into(), ClaimId::new(0).into(), "the outlet checked the border data");
/// assert_eq!(p.to_string(), "R3 over C0: the outlet checked the border data");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Preference {
    stronger: StatementId,
    weaker: StatementId,
    reason: String,
}

impl Preference {
    /// `stronger` is to be preferred to `weaker`, for `reason`.
    ///
    /// ```
    /// use claimgraph::ClaimId;
    /// use claimgraph::verdict::Preference;
    /// let p = Preference::new(ClaimId::new(1).into(), ClaimId::new(0).into(), "newer data");
    /// assert_eq!(p.reason(), "newer data");
    /// ```
    pub fn new(stronger: StatementId, weaker: StatementId, reason: impl Into<String>) -> Self {
        Preference {
            stronger,
            weaker,
            reason: reason.into(),
        }
    }

    /// The preferred statement.
    ///
    /// ```
    /// use claimgraph::ClaimId;
    /// use claimgraph::verdict::Preference;
    /// let p = Preference::new(ClaimId::new(1).into(), ClaimId::new(0).into(), "x");
    /// assert_eq!(p.stronger(), ClaimId::new(1).into());
    /// ```
    pub fn stronger(&self) -> StatementId {
        self.stronger
    }

    /// The statement it is preferred to.
    ///
    /// ```
    /// use claimgraph::ClaimId;
    /// use claimgraph::verdict::Preference;
    /// let p = Preference::new(ClaimId::new(1).into(), ClaimId::new(0).into(), "x");
    /// assert_eq!(p.weaker(), ClaimId::new(0).into());
    /// ```
    pub fn weaker(&self) -> StatementId {
        self.weaker
    }

    /// Why.
    ///
    /// ```
    /// use claimgraph::ClaimId;
    /// use claimgraph::verdict::Preference;
    /// assert_eq!(Preference::new(ClaimId::new(1).into(), ClaimId::new(0).into(), "x").reason(), "x");
    /// ```
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for Preference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} over {}: {}", self.stronger, self.weaker, self.reason)
    }
}

/// How to read a dispute: the structured reading (the default) or the plain Dung one, and
/// its options.
///
/// ```
/// use claimgraph::verdict::{Confidence, Reading};
/// let r = Reading::new().with_dismissals(true).with_confidence(Confidence::Ignore);
/// assert!(r.counts_dismissals());
/// assert!(!Reading::new().is_plain());
/// assert!(Reading::plain().is_plain());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    plain: bool,
    dismissals: bool,
    confidence: Confidence,
    undercuts: Undercuts,
    preferences: Vec<Preference>,
    ignore_preferences: bool,
    as_of: Option<PartialDate>,
    certainty: crate::Certainty,
}

impl Reading {
    /// The structured reading, with the defaults above.
    ///
    /// ```
    /// assert_eq!(claimgraph::verdict::Reading::new(), Default::default());
    /// ```
    pub fn new() -> Self {
        Reading::default()
    }

    /// The plain Dung reading over the same attacks: every attack defeats, whatever the
    /// evidence (for researchers, and to compare with ICCMA solvers).
    ///
    /// ```
    /// assert!(claimgraph::verdict::Reading::plain().is_plain());
    /// ```
    pub fn plain() -> Self {
        Reading {
            plain: true,
            ..Reading::default()
        }
    }

    /// Whether dismissals count as attacks (one way, weighed like the others).
    ///
    /// ```
    /// assert!(claimgraph::verdict::Reading::new().with_dismissals(true).counts_dismissals());
    /// ```
    #[must_use]
    pub fn with_dismissals(mut self, count: bool) -> Self {
        self.dismissals = count;
        self
    }

    /// How the speakers' confidence counts.
    ///
    /// ```
    /// use claimgraph::verdict::{Confidence, Reading};
    /// let r = Reading::new().with_confidence(Confidence::Ignore);
    /// # let _ = r;
    /// ```
    #[must_use]
    pub fn with_confidence(mut self, confidence: Confidence) -> Self {
        self.confidence = confidence;
        self
    }

    /// Whether undercuts are weighed.
    ///
    /// ```
    /// use claimgraph::verdict::{Reading, Undercuts};
    /// let r = Reading::new().with_undercuts(Undercuts::Always);
    /// # let _ = r;
    /// ```
    #[must_use]
    pub fn with_undercuts(mut self, undercuts: Undercuts) -> Self {
        self.undercuts = undercuts;
        self
    }

    /// Adds an analyst's preference.
    ///
    /// ```
    /// use claimgraph::{ClaimId, RebuttalId};
    /// use claimgraph::verdict::{Preference, Reading};
    /// let r = Reading::new().with_preference(Preference::new(
    ///     RebuttalId::new(0).into(), ClaimId::new(0).into(), "border data"));
    /// assert_eq!(r.preferences().len(), 1);
    /// ```
    #[must_use]
    pub fn with_preference(mut self, preference: Preference) -> Self {
        self.preferences.push(preference);
        self
    }

    /// Keeps the preferences but does not use them (to see what they change).
    ///
    /// ```
    /// let r = claimgraph::verdict::Reading::new().ignoring_preferences();
    /// # let _ = r;
    /// ```
    #[must_use]
    pub fn ignoring_preferences(mut self) -> Self {
        self.ignore_preferences = true;
        self
    }

    /// Reads the dispute as of a date: only statements made by then, by the one rule every
    /// query's `as_of` follows ([affiliation and time](crate::query#affiliation-and-time)): a
    /// statement certainly made by `t` counts; one possibly made by then (a claim of `2023-11`
    /// as of `2023-11-20`) only with [`with_certainty`](Self::with_certainty)`(Possible)`.
    ///
    /// ```
    /// let r = claimgraph::verdict::Reading::new().as_of("2023-11-20".parse()?);
    /// # let _ = r;
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn as_of(mut self, date: PartialDate) -> Self {
        self.as_of = Some(date);
        self
    }

    /// Whether, as of a date, statements only possibly made by then count too.
    ///
    /// ```
    /// use claimgraph::Certainty;
    /// let r = claimgraph::verdict::Reading::new().with_certainty(Certainty::Possible);
    /// # let _ = r;
    /// ```
    #[must_use]
    pub fn with_certainty(mut self, certainty: crate::Certainty) -> Self {
        self.certainty = certainty;
        self
    }

    /// Whether every attack defeats.
    ///
    /// ```
    /// assert!(!claimgraph::verdict::Reading::new().is_plain());
    /// ```
    pub fn is_plain(&self) -> bool {
        self.plain
    }

    /// Whether dismissals count.
    ///
    /// ```
    /// assert!(!claimgraph::verdict::Reading::new().counts_dismissals());
    /// ```
    pub fn counts_dismissals(&self) -> bool {
        self.dismissals
    }

    /// The analyst's preferences, as given.
    ///
    /// ```
    /// assert!(claimgraph::verdict::Reading::new().preferences().is_empty());
    /// ```
    pub fn preferences(&self) -> &[Preference] {
        &self.preferences
    }

    /// Whether a statement dated `date` is made by the reading's date.
    fn keeps(&self, date: Option<PartialDate>) -> bool {
        match self.as_of {
            None => true,
            Some(t) => crate::query::exists_at(date, t, self.certainty),
        }
    }
}

/// What a statement's verdict is.
///
/// ```
/// use claimgraph::verdict::Verdict;
/// assert_eq!(Verdict::Contested.to_string(), "contested");
/// assert_eq!(Verdict::NotJudged.describe(), "not judged");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Stands: not defeated, and every defeater is itself defeated.
    Stands,
    /// Contested: neither stands nor falls on what the dispute says.
    Contested,
    /// Defeated by a statement that stands.
    Defeated,
    /// A threat, warning, prediction or demand, which is not true or false; or a dismissal,
    /// which engages with nothing (unless [`Reading::with_dismissals`] counts dismissals).
    NotJudged,
}

crate::names::names! {
    Verdict in "claimgraph::verdict", "verdict";
    Stands => "stands",
    Contested => "contested",
    Defeated => "defeated",
    NotJudged => "not_judged",
}

impl Verdict {
    /// The verdict in a phrase for people.
    ///
    /// ```
    /// assert_eq!(claimgraph::verdict::Verdict::Stands.describe(), "stands");
    /// ```
    pub fn describe(self) -> &'static str {
        match self {
            Verdict::Stands => "stands",
            Verdict::Contested => "contested",
            Verdict::Defeated => "defeated",
            Verdict::NotJudged => "not judged",
        }
    }
}

/// How much evidence a statement rests on.
///
/// ```
/// use claimgraph::verdict::Tier;
/// assert!(Tier::Bare < Tier::Strong);
/// assert_eq!(Tier::from_weight(4), Tier::Substantial);
/// assert_eq!(Tier::Some.to_string(), "some");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Rests on nothing.
    Bare,
    /// Weight 1-2.
    Some,
    /// Weight 3-5.
    Substantial,
    /// Weight 6 or more.
    Strong,
}

crate::names::names! {
    Tier in "claimgraph::verdict", "evidence tier";
    Bare => "bare",
    Some => "some",
    Substantial => "substantial",
    Strong => "strong",
}

impl Tier {
    /// The tier of a weight of evidence.
    ///
    /// ```
    /// assert_eq!(claimgraph::verdict::Tier::from_weight(0), claimgraph::verdict::Tier::Bare);
    /// ```
    pub fn from_weight(weight: u32) -> Tier {
        match weight {
            0 => Tier::Bare,
            1..=2 => Tier::Some,
            3..=5 => Tier::Substantial,
            _ => Tier::Strong,
        }
    }
}

/// One piece of evidence a statement rests on.
///
/// ```
/// use claimgraph::SourceId;
/// use claimgraph::verdict::Ground;
/// assert_eq!(Ground::Source(SourceId::new(2)).to_string(), "S2");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ground {
    /// A cited event.
    Event(EventId),
    /// A cited, graded source.
    Source(SourceId),
    /// A statement supporting it, by the support's id.
    Support(SupportId),
}

impl Ground {
    fn target(self) -> Target {
        match self {
            Ground::Event(e) => Target::Event(e),
            Ground::Source(s) => Target::Source(s),
            Ground::Support(p) => Target::Support(p),
        }
    }
}

impl fmt::Display for Ground {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.target().fmt(f)
    }
}

/// The strength of a statement: its grounds with their weights, what was discredited, and
/// the speaker's confidence.
///
/// ```
/// use claimgraph::verdict::{Strength, Tier};
/// let bare = Strength::default();
/// assert_eq!(bare.tier(), Tier::Bare);
/// assert_eq!(bare.to_string(), "rests on nothing");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Strength {
    grounds: Vec<(Ground, u32, Option<Grading>)>,
    discredited: Vec<Ground>,
    confidence: Option<Likelihood>,
}

impl Strength {
    /// The weight of the grounds that still count.
    ///
    /// ```
    /// assert_eq!(claimgraph::verdict::Strength::default().weight(), 0);
    /// ```
    pub fn weight(&self) -> u32 {
        self.grounds
            .iter()
            .filter(|(g, _, _)| !self.discredited.contains(g))
            .map(|&(_, w, _)| w)
            .sum()
    }

    /// The tier of [`weight`](Self::weight).
    ///
    /// ```
    /// use claimgraph::verdict::{Strength, Tier};
    /// assert_eq!(Strength::default().tier(), Tier::Bare);
    /// ```
    pub fn tier(&self) -> Tier {
        Tier::from_weight(self.weight())
    }

    /// Every ground with its weight, discredited ones included.
    ///
    /// ```
    /// assert!(claimgraph::verdict::Strength::default().grounds().next().is_none());
    /// ```
    pub fn grounds(&self) -> impl Iterator<Item = (Ground, u32)> + '_ {
        self.grounds.iter().map(|&(g, w, _)| (g, w))
    }

    /// The grounds an answer discredited.
    ///
    /// ```
    /// assert!(claimgraph::verdict::Strength::default().discredited().is_empty());
    /// ```
    pub fn discredited(&self) -> &[Ground] {
        &self.discredited
    }

    /// The strongest confidence its speaker stated.
    ///
    /// ```
    /// assert_eq!(claimgraph::verdict::Strength::default().confidence(), None);
    /// ```
    pub fn confidence(&self) -> Option<Likelihood> {
        self.confidence
    }

    fn compare(&self, other: &Strength, confidence: Confidence) -> Ordering {
        let (a, b) = (self.tier(), other.tier());
        a.cmp(&b)
            .then_with(|| match (confidence, self.confidence, other.confidence) {
                (Confidence::TieBreak, Some(x), Some(y)) if a > Tier::Bare => x.cmp(&y),
                _ => Ordering::Equal,
            })
    }
}

impl fmt::Display for Strength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let counted: Vec<String> = self
            .grounds
            .iter()
            .filter(|(g, w, _)| *w > 0 && !self.discredited.contains(g))
            .map(|(g, _, grading)| match grading {
                Some(gr) => format!("{g} ({gr})"),
                None => g.to_string(),
            })
            .collect();
        if counted.is_empty() {
            f.write_str("rests on nothing")?;
        } else {
            write!(
                f,
                "rests on {}, {} evidence",
                counted.join(", "),
                self.tier()
            )?;
        }
        if !self.discredited.is_empty() {
            let d: Vec<String> = self.discredited.iter().map(ToString::to_string).collect();
            write!(f, " ({} discredited)", d.join(", "))?;
        }
        Ok(())
    }
}

/// How one statement attacks another.
///
/// ```
/// use claimgraph::verdict::AttackKind;
/// assert_eq!(AttackKind::Rebut.to_string(), "rebut");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AttackKind {
    /// The two contradict each other (a denial, a counter-accusation; both directions).
    Rebut,
    /// Attacks what the target rests on.
    Undermine,
    /// Attacks the link between the target and its grounds.
    Undercut,
    /// Waves the target away (only when dismissals count).
    Dismissal,
}

crate::names::names! {
    AttackKind in "claimgraph::verdict", "attack kind";
    Rebut => "rebut",
    Undermine => "undermine",
    Undercut => "undercut",
    Dismissal => "dismissal",
}

/// Why an attack defeats or not.
///
/// ```
/// use claimgraph::verdict::Why;
/// assert_eq!(Why::Weaker.to_string(), "it is weaker");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Why {
    /// The attacker is not weaker: it defeats.
    NotWeaker,
    /// The attacker is weaker: it does not defeat.
    Weaker,
    /// An analyst prefers the attacker (defeats) or its target (does not), for this reason.
    Preferred(String),
    /// The plain reading, or an undercut under [`Undercuts::Always`]: every attack defeats.
    Always,
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::NotWeaker => f.write_str("it is not weaker"),
            Why::Weaker => f.write_str("it is weaker"),
            Why::Preferred(reason) => write!(f, "analyst's preference: {reason}"),
            Why::Always => f.write_str("every such attack defeats"),
        }
    }
}

/// One attack between statements, and whether it succeeds.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::verdict::{AttackKind, Reading};
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
/// let r = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, c))?;
/// let v = g.verdicts(&Reading::new());
/// let attack = v.attacks_on(c.into()).next().unwrap();
/// assert_eq!((attack.attacker(), attack.kind(), attack.defeats()), (r.into(), AttackKind::Rebut, true));
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attack {
    attacker: StatementId,
    target: StatementId,
    kind: AttackKind,
    defeats: bool,
    why: Why,
}

impl Attack {
    /// The attacking statement.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::Reading;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// # let r = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Undermine, c))?;
    /// let v = g.verdicts(&Reading::new());
    /// assert_eq!(v.attacks_on(c.into()).next().unwrap().attacker(), r.into());
    /// # Ok::<(), Error>(())
    /// ```
    pub fn attacker(&self) -> StatementId {
        self.attacker
    }

    /// The attacked statement.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::Reading;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// # g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Undermine, c))?;
    /// let v = g.verdicts(&Reading::new());
    /// assert_eq!(v.attacks_on(c.into()).next().unwrap().target(), c.into());
    /// # Ok::<(), Error>(())
    /// ```
    pub fn target(&self) -> StatementId {
        self.target
    }

    /// How it attacks.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::{AttackKind, Reading};
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// # g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Undermine, c))?;
    /// let v = g.verdicts(&Reading::new());
    /// assert_eq!(v.attacks_on(c.into()).next().unwrap().kind(), AttackKind::Undermine);
    /// # Ok::<(), Error>(())
    /// ```
    pub fn kind(&self) -> AttackKind {
        self.kind
    }

    /// Whether it defeats.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::Reading;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// # g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Undermine, c))?;
    /// let v = g.verdicts(&Reading::new());
    /// assert!(v.attacks_on(c.into()).next().unwrap().defeats()); // bare against bare
    /// # Ok::<(), Error>(())
    /// ```
    pub fn defeats(&self) -> bool {
        self.defeats
    }

    /// Why it defeats or not.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::{Reading, Why};
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// # g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Undermine, c))?;
    /// let v = g.verdicts(&Reading::new());
    /// assert_eq!(v.attacks_on(c.into()).next().unwrap().why(), &Why::NotWeaker);
    /// # Ok::<(), Error>(())
    /// ```
    pub fn why(&self) -> &Why {
        &self.why
    }
}

/// The verdicts of a dispute under one reading: strengths, attacks, defeats, and the
/// semantics over the defeats. Made by [`ClaimGraph::verdicts`].
///
/// ```
/// use claimgraph::*;
/// use claimgraph::argumentation::{Label, Semantics};
/// use claimgraph::verdict::{Reading, Verdict};
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
/// let r = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c))?;
/// let v = g.verdicts(&Reading::new());
/// // Two bare statements against each other: both contested.
/// assert_eq!(v.verdict(c.into(), Semantics::Grounded), Some(Verdict::Contested));
/// assert_eq!(v.label(r.into()), Some(Label::Undec));
/// assert_eq!(v.verdict(c.into(), Semantics::Preferred), Some(Verdict::Contested));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug)]
pub struct Verdicts<'g> {
    graph: &'g ClaimGraph,
    statements: Vec<StatementId>,
    positions: Positions,
    judged: Vec<bool>,
    strengths: Vec<Strength>,
    attacks: Vec<Attack>,
    framework: ArgumentationFramework,
    grounded: Vec<Label>,
}

impl ClaimGraph {
    /// Reads the dispute: strengths, attacks, which attacks defeat, and the verdicts. See the
    /// [module docs](crate::verdict) for the reading.
    ///
    /// # Complexity
    /// `O((n + m + g) log n)` for `n` statements, `m` answers and `g` grounds, plus the
    /// semantics asked of it (linear for grounded, computed here).
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::verdict::Reading;
    /// let g = ClaimGraph::new();
    /// assert!(g.verdicts(&Reading::new()).statements().is_empty());
    /// ```
    pub fn verdicts(&self, reading: &Reading) -> Verdicts<'_> {
        Verdicts::derive(self, reading)
    }

    /// When a statement's verdict changed under a reading: one entry per date on which
    /// something was said that changed it, oldest first. Undated statements are left out.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::argumentation::Semantics;
    /// use claimgraph::verdict::{Reading, Verdict};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x"))
    ///     .with_about(b).with_stated("2023-11-01".parse()?))?;
    /// g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c).with_stated("2023-11-20".parse()?))?;
    /// let h = g.verdict_history(c.into(), Semantics::Grounded, &Reading::new());
    /// let shown: Vec<String> = h.iter().map(|(d, v)| format!("{d} {v}")).collect();
    /// assert_eq!(shown, ["2023-11-01 stands", "2023-11-20 contested"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn verdict_history(
        &self,
        statement: StatementId,
        semantics: Semantics,
        reading: &Reading,
    ) -> Vec<(PartialDate, Verdict)> {
        let mut dates: Vec<PartialDate> = self
            .claims()
            .filter_map(|(_, c)| c.stated())
            .chain(self.rebuttals().filter_map(|(_, r)| r.stated()))
            .collect();
        dates.sort_unstable();
        dates.dedup();
        let mut out: Vec<(PartialDate, Verdict)> = Vec::new();
        for d in dates {
            let v = self.verdicts(&reading.clone().as_of(d));
            if let Some(verdict) = v.verdict(statement, semantics)
                && out.last().is_none_or(|&(_, last)| last != verdict)
            {
                out.push((d, verdict));
            }
        }
        out
    }
}

/// Where each statement sits in a list of statements (claims, then rebuttals, each in id
/// order): one slot per id, so a lookup is one array read, not a binary search (which, over a
/// million statements, costs a cache miss per step).
#[derive(Clone, Debug, Default)]
pub(crate) struct Positions {
    claims: Vec<u32>,
    rebuttals: Vec<u32>,
}

impl Positions {
    const NONE: u32 = u32::MAX;

    pub(crate) fn new(statements: &[StatementId]) -> Self {
        let mut p = Positions::default();
        for (i, &s) in statements.iter().enumerate() {
            let (slots, n) = match s {
                StatementId::Claim(c) => (&mut p.claims, c.index()),
                StatementId::Rebuttal(r) => (&mut p.rebuttals, r.index()),
            };
            let n = n as usize;
            if slots.len() <= n {
                slots.resize(n + 1, Self::NONE);
            }
            slots[n] = i as u32;
        }
        p
    }

    pub(crate) fn get(&self, s: StatementId) -> Option<usize> {
        let (slots, n) = match s {
            StatementId::Claim(c) => (&self.claims, c.index()),
            StatementId::Rebuttal(r) => (&self.rebuttals, r.index()),
        };
        match slots.get(n as usize) {
            Some(&i) if i != Self::NONE => Some(i as usize),
            _ => None,
        }
    }
}

/// The weight of a graded source as evidence.
fn source_weight(grading: Option<Grading>) -> u32 {
    let Some(g) = grading else { return 0 };
    let reliability = match g.reliability() {
        Reliability::A | Reliability::B => 2,
        Reliability::C => 1,
        Reliability::D | Reliability::E | Reliability::F => return 0,
    };
    let credibility = match g.credibility() {
        Credibility::Confirmed | Credibility::ProbablyTrue => 1,
        Credibility::PossiblyTrue => 0,
        Credibility::Doubtful | Credibility::Improbable | Credibility::CannotBeJudged => return 0,
    };
    reliability + credibility
}

impl<'g> Verdicts<'g> {
    fn derive(g: &'g ClaimGraph, reading: &Reading) -> Self {
        let mut statements: Vec<StatementId> = g
            .claims()
            .filter(|(_, c)| reading.keeps(c.stated()))
            .map(|(id, _)| id.into())
            .collect();
        statements.extend(
            g.rebuttals()
                .filter(|(_, r)| reading.keeps(r.stated()))
                .map(|(id, _)| StatementId::from(id)),
        );
        let positions = Positions::new(&statements);
        let index = |s: StatementId| positions.get(s);
        let judged: Vec<bool> = statements
            .iter()
            .map(|&s| match g.statement(s) {
                Some(Statement::Claim(c)) => c.act().is_statement_of_fact(),
                Some(Statement::Rebuttal(r)) => {
                    r.kind() != RebuttalKind::Dismissal || reading.dismissals
                }
                None => true,
            })
            .collect();
        // Pass 1: every statement's grounds, at their full weight.
        let mut strengths: Vec<Strength> =
            statements.iter().map(|&s| Self::grounds_of(g, s)).collect();
        // Supports count more when their premise rests on evidence itself (one level: the
        // premise's own grounds, not the premise's premises, so the pass is linear).
        let own_weight: Vec<u32> = strengths.iter().map(Strength::weight).collect();
        for (i, &s) in statements.iter().enumerate() {
            for (ground, weight, _) in &mut strengths[i].grounds {
                if let Ground::Support(p) = *ground
                    && let Some(premise) = g.support(p).map(crate::Support::premise)
                    && let Some(j) = index(premise)
                {
                    *weight = if own_weight[j] > 0 { 2 } else { 1 };
                } else if let Ground::Support(_) = *ground {
                    // A premise not (yet) in the dispute supports nothing.
                    *weight = 0;
                }
            }
            let _ = s;
        }
        Self::discredit(g, reading, &statements, &positions, &mut strengths);
        let mut attacks =
            Self::attacks_between(g, reading, &statements, &positions, &judged, &strengths);
        attacks.sort_by_key(|a| (a.target, a.attacker, a.kind));
        attacks.dedup_by(|x, y| x.target == y.target && x.attacker == y.attacker);
        let mut framework = ArgumentationFramework::with_capacity(statements.len(), attacks.len());
        // Unnamed: argument `i` is statement `i`, and naming a million arguments would cost
        // a string and a hash entry each.
        if let Ok(n) = u32::try_from(statements.len())
            && n > 0
        {
            let _ = framework.add_unnamed_arguments(n);
        }
        for a in attacks.iter().filter(|a| a.defeats) {
            if let (Some(x), Some(y)) = (index(a.attacker), index(a.target)) {
                let _ = framework.add_attack(ArgumentId::new(x as u32), ArgumentId::new(y as u32));
            }
        }
        let labelling = framework.grounded_labelling();
        let grounded = (0..statements.len())
            .map(|i| labelling.label(ArgumentId::new(i as u32)))
            .collect();
        Verdicts {
            graph: g,
            statements,
            positions,
            judged,
            strengths,
            attacks,
            framework,
            grounded,
        }
    }

    /// Pass 2: answers to evidence discredit it when not weaker than it.
    fn discredit(
        g: &ClaimGraph,
        reading: &Reading,
        statements: &[StatementId],
        positions: &Positions,
        strengths: &mut [Strength],
    ) {
        let index = |s: StatementId| positions.get(s);
        let mut discredited: BTreeSet<Ground> = BTreeSet::new();
        for (i, &s) in statements.iter().enumerate() {
            let StatementId::Rebuttal(rid) = s else {
                continue;
            };
            let Some(r) = g.rebuttal(rid) else { continue };
            if r.kind() == RebuttalKind::Dismissal && !reading.dismissals {
                continue;
            }
            let mine = Tier::from_weight(strengths[i].weight());
            for &t in r.answers() {
                let ground = match t {
                    Target::Source(x) => Ground::Source(x),
                    Target::Event(x) => Ground::Event(x),
                    Target::Support(x) => Ground::Support(x),
                    _ => continue,
                };
                let theirs = Tier::from_weight(Self::ground_weight(g, ground, strengths, &index));
                if reading.plain
                    || (r.kind() == RebuttalKind::Undercut
                        && reading.undercuts == Undercuts::Always)
                    || mine >= theirs
                {
                    discredited.insert(ground);
                }
            }
        }
        for st in strengths.iter_mut() {
            st.discredited = st
                .grounds
                .iter()
                .map(|&(gr, _, _)| gr)
                .filter(|gr| discredited.contains(gr))
                .collect();
        }
    }

    /// Pass 3: attacks between statements, and which defeat.
    fn attacks_between(
        g: &ClaimGraph,
        reading: &Reading,
        statements: &[StatementId],
        positions: &Positions,
        judged: &[bool],
        strengths: &[Strength],
    ) -> Vec<Attack> {
        let index = |s: StatementId| positions.get(s);
        let mut attacks: Vec<Attack> = Vec::new();
        let preferences: BTreeMap<(StatementId, StatementId), &str> = if reading.ignore_preferences
        {
            BTreeMap::new()
        } else {
            reading
                .preferences
                .iter()
                .map(|p| ((p.stronger, p.weaker), p.reason.as_str()))
                .collect()
        };
        let mut push = |attacker: usize, target: usize, kind: AttackKind| {
            let (a, b) = (statements[attacker], statements[target]);
            if a == b || !judged[target] || !judged[attacker] {
                return;
            }
            let (defeats, why) = if let Some(reason) = preferences.get(&(a, b)) {
                (true, Why::Preferred((*reason).to_owned()))
            } else if let Some(reason) = preferences.get(&(b, a)) {
                (false, Why::Preferred((*reason).to_owned()))
            } else if reading.plain
                || (kind == AttackKind::Undercut && reading.undercuts == Undercuts::Always)
            {
                (true, Why::Always)
            } else if strengths[attacker].compare(&strengths[target], reading.confidence)
                == Ordering::Less
            {
                (false, Why::Weaker)
            } else {
                (true, Why::NotWeaker)
            };
            attacks.push(Attack {
                attacker: a,
                target: b,
                kind,
                defeats,
                why,
            });
        };
        for (i, &s) in statements.iter().enumerate() {
            let StatementId::Rebuttal(rid) = s else {
                continue;
            };
            let Some(r) = g.rebuttal(rid) else { continue };
            let kind = match r.kind() {
                RebuttalKind::Denial | RebuttalKind::CounterAccusation => AttackKind::Rebut,
                RebuttalKind::Undermine => AttackKind::Undermine,
                RebuttalKind::Undercut => AttackKind::Undercut,
                RebuttalKind::Dismissal if reading.dismissals => AttackKind::Dismissal,
                RebuttalKind::Dismissal => continue,
            };
            for &t in r.answers() {
                let target = match t {
                    Target::Claim(c) => Some(StatementId::from(c)),
                    Target::Rebuttal(x) => Some(StatementId::from(x)),
                    Target::Alternative(c, _) => {
                        // The claim falls only when each of its alternatives is answered.
                        let all = g.every_alternative_answered(c, |rid, _| {
                            positions.get(rid.into()).is_some()
                        });
                        all.then_some(StatementId::from(c))
                    }
                    _ => None,
                };
                let Some(j) = target.and_then(index) else {
                    continue;
                };
                push(i, j, kind);
                if kind == AttackKind::Rebut && !matches!(t, Target::Alternative(..)) {
                    // A contradiction runs both ways.
                    push(j, i, kind);
                }
            }
        }
        attacks
    }

    fn grounds_of(g: &ClaimGraph, s: StatementId) -> Strength {
        let mut grounds: Vec<(Ground, u32, Option<Grading>)> = Vec::new();
        let (events, sources, confidence) = match g.statement(s) {
            Some(Statement::Claim(c)) => (
                c.events(),
                c.sources(),
                c.confidence().map(crate::Estimate::level),
            ),
            Some(Statement::Rebuttal(r)) => (
                r.events(),
                r.sources(),
                r.confidence().map(crate::Estimate::level),
            ),
            None => (&[][..], &[][..], None),
        };
        for &e in events {
            let alleged = g.event(e).and_then(crate::Event::alleged_by);
            // An event alleged by this very statement is not evidence for it.
            let w = match alleged {
                Some(by) if by == s => 0,
                Some(_) => 1,
                None => 2,
            };
            grounds.push((Ground::Event(e), w, None));
        }
        for &src in sources {
            let grading = g.source(src).and_then(crate::Source::grading);
            grounds.push((Ground::Source(src), source_weight(grading), grading));
        }
        for (p, _) in g.supports_of(s) {
            grounds.push((Ground::Support(p), 1, None));
        }
        grounds.sort_unstable_by_key(|&(gr, _, _)| gr);
        grounds.dedup_by_key(|&mut (gr, _, _)| gr);
        Strength {
            grounds,
            discredited: Vec::new(),
            confidence,
        }
    }

    fn ground_weight(
        g: &ClaimGraph,
        ground: Ground,
        strengths: &[Strength],
        index: &impl Fn(StatementId) -> Option<usize>,
    ) -> u32 {
        match ground {
            Ground::Source(s) => source_weight(g.source(s).and_then(crate::Source::grading)),
            Ground::Event(e) => match g.event(e).and_then(crate::Event::alleged_by) {
                Some(_) => 1,
                None => 2,
            },
            Ground::Support(p) => g
                .support(p)
                .map(crate::Support::premise)
                .and_then(index)
                .map_or(0, |j| if strengths[j].weight() > 0 { 2 } else { 1 }),
        }
    }

    /// The statements read, claims first, then rebuttals, each in id order.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::Reading;
    /// let g = ClaimGraph::new();
    /// assert!(g.verdicts(&Reading::new()).statements().is_empty());
    /// ```
    pub fn statements(&self) -> &[StatementId] {
        &self.statements
    }

    fn at(&self, s: StatementId) -> Option<usize> {
        self.positions.get(s)
    }

    /// A statement's strength.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::{Reading, Tier};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let e = g.add_event(Event::new("border crossings rose"))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")).with_event(e))?;
    /// let v = g.verdicts(&Reading::new());
    /// assert_eq!(v.strength(c.into()).unwrap().tier(), Tier::Some);
    /// assert_eq!(v.strength(c.into()).unwrap().to_string(), "rests on E0, some evidence");
    /// # Ok::<(), Error>(())
    /// ```
    pub fn strength(&self, s: StatementId) -> Option<&Strength> {
        self.at(s).map(|i| &self.strengths[i])
    }

    /// The IN / OUT / UNDEC label of a statement in the grounded labelling of the defeats.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::Reading; use claimgraph::argumentation::Label;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert_eq!(g.verdicts(&Reading::new()).label(c.into()), Some(Label::In));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn label(&self, s: StatementId) -> Option<Label> {
        self.at(s).map(|i| self.grounded[i])
    }

    /// A statement's verdict under a semantics; `None` for a statement not in the reading.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::{Reading, Verdict}; use claimgraph::argumentation::Semantics;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Demand, Allegation::new("explain")))?;
    /// assert_eq!(g.verdicts(&Reading::new()).verdict(c.into(), Semantics::Grounded), Some(Verdict::NotJudged));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn verdict(&self, s: StatementId, semantics: Semantics) -> Option<Verdict> {
        let i = self.at(s)?;
        Some(self.verdict_at(i, semantics, None))
    }

    fn verdict_at(
        &self,
        i: usize,
        semantics: Semantics,
        statuses: Option<&[ArgumentStatus]>,
    ) -> Verdict {
        if !self.judged[i] {
            return Verdict::NotJudged;
        }
        let grounded = self.grounded[i];
        if semantics == Semantics::Grounded {
            return match grounded {
                Label::In => Verdict::Stands,
                Label::Out => Verdict::Defeated,
                Label::Undec => Verdict::Contested,
            };
        }
        if grounded == Label::Out {
            return Verdict::Defeated;
        }
        if grounded == Label::In {
            // IN in the grounded labelling is IN in every complete one.
            return Verdict::Stands;
        }
        let status = match statuses {
            Some(all) => all[i],
            None => self.framework.statuses(semantics)[i],
        };
        match status {
            ArgumentStatus::Skeptical => Verdict::Stands,
            ArgumentStatus::Credulous | ArgumentStatus::Rejected => Verdict::Contested,
        }
    }

    /// Every statement's verdict under a semantics, in statement order (one solver call for
    /// them all).
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::{Reading, Verdict}; use claimgraph::argumentation::Semantics;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert_eq!(g.verdicts(&Reading::new()).all(Semantics::Preferred), [(c.into(), Verdict::Stands)]);
    /// # Ok::<(), Error>(())
    /// ```
    pub fn all(&self, semantics: Semantics) -> Vec<(StatementId, Verdict)> {
        let statuses = (semantics != Semantics::Grounded && self.grounded.contains(&Label::Undec))
            .then(|| self.framework.statuses(semantics));
        (0..self.statements.len())
            .map(|i| {
                (
                    self.statements[i],
                    self.verdict_at(i, semantics, statuses.as_deref()),
                )
            })
            .collect()
    }

    /// Every attack on a statement, defeating or not, by attacker.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::Reading;
    /// let g = ClaimGraph::new();
    /// assert_eq!(g.verdicts(&Reading::new()).attacks_on(ClaimId::new(0).into()).count(), 0);
    /// ```
    pub fn attacks_on(&self, s: StatementId) -> impl Iterator<Item = &Attack> + '_ {
        let start = self.attacks.partition_point(|a| a.target < s);
        self.attacks[start..]
            .iter()
            .take_while(move |a| a.target == s)
    }

    /// Every attack of the reading, by target then attacker.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::Reading;
    /// assert!(ClaimGraph::new().verdicts(&Reading::new()).attacks().is_empty());
    /// ```
    pub fn attacks(&self) -> &[Attack] {
        &self.attacks
    }

    /// The framework of defeats (argument `i` is statement `i`): what the semantics are asked,
    /// and what `export --to iccma` writes.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::Reading;
    /// assert_eq!(ClaimGraph::new().verdicts(&Reading::new()).framework().len(), 0);
    /// ```
    pub fn framework(&self) -> &ArgumentationFramework {
        &self.framework
    }

    /// Why a statement has its grounded verdict: its strength, each attack on it and whether
    /// it succeeded, and whom it defeats.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::Reading;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let v = g.verdicts(&Reading::new());
    /// let why = v.explain(c.into()).unwrap();
    /// assert_eq!(why.to_string(), "C0 (A) stands: rests on nothing. Nothing attacks it.");
    /// # Ok::<(), Error>(())
    /// ```
    pub fn explain(&self, s: StatementId) -> Option<VerdictExplanation<'_, 'g>> {
        self.at(s).map(|i| VerdictExplanation { verdicts: self, i })
    }

    fn who(&self, s: StatementId) -> String {
        let author = self
            .graph
            .statement(s)
            .and_then(|st| self.graph.actor(st.author()))
            .map_or_else(|| "?".to_owned(), |a| a.name().to_owned());
        format!("{s} ({author})")
    }

    fn kind_words(&self, s: StatementId) -> String {
        let tier = self.strength(s).map_or(Tier::Bare, Strength::tier);
        let what = match self.graph.statement(s) {
            Some(Statement::Claim(c)) => c.act().name().replace('_', " "),
            Some(Statement::Rebuttal(r)) => r.kind().name().replace('_', " "),
            None => "statement".into(),
        };
        let article = if tier == Tier::Bare { "a bare" } else { "a" };
        let article = if article == "a" && what.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            article
        };
        format!("{article} {what}")
    }
}

/// Why a statement has its verdict, for people. Made by [`Verdicts::explain`].
///
/// ```
/// # use claimgraph::*; use claimgraph::verdict::Reading;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
/// let v = g.verdicts(&Reading::new());
/// assert_eq!(v.explain(c.into()).unwrap().statement(), c.into());
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct VerdictExplanation<'v, 'g> {
    verdicts: &'v Verdicts<'g>,
    i: usize,
}

impl VerdictExplanation<'_, '_> {
    /// The statement explained.
    ///
    /// ```
    /// # use claimgraph::*; use claimgraph::verdict::Reading;
    /// # let mut g = ClaimGraph::new();
    /// # let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// # let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// assert_eq!(g.verdicts(&Reading::new()).explain(c.into()).unwrap().statement(), c.into());
    /// # Ok::<(), Error>(())
    /// ```
    pub fn statement(&self) -> StatementId {
        self.verdicts.statements[self.i]
    }
}

impl fmt::Display for VerdictExplanation<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.verdicts;
        let s = self.statement();
        let verdict = v.verdict_at(self.i, Semantics::Grounded, None);
        if verdict == Verdict::NotJudged {
            let why = match v.graph.statement(s) {
                Some(Statement::Rebuttal(_)) => "a dismissal engages with nothing",
                _ => "not a statement of fact",
            };
            return write!(f, "{} is not judged: {why}.", v.who(s));
        }
        write!(
            f,
            "{} {}: {}.",
            v.who(s),
            verdict.describe(),
            v.strengths[self.i]
        )?;
        let mut any = false;
        for a in v.attacks_on(s) {
            any = true;
            let attacker = format!("{}, {},", v.who(a.attacker), v.kind_words(a.attacker));
            match (&a.why, a.defeats) {
                (Why::Preferred(reason), true) => {
                    write!(
                        f,
                        " {attacker} defeats it (analyst's preference: {reason})."
                    )?;
                }
                (Why::Preferred(reason), false) => write!(
                    f,
                    " {attacker} does not defeat it (analyst's preference: {reason})."
                )?,
                (_, true) => write!(f, " {attacker} defeats it.")?,
                (_, false) => write!(f, " {attacker} does not defeat it.")?,
            }
        }
        if !any {
            f.write_str(" Nothing attacks it.")?;
        }
        let beaten: Vec<String> = v
            .attacks
            .iter()
            .filter(|a| a.attacker == s && a.defeats)
            .map(|a| a.target.to_string())
            .collect();
        if !beaten.is_empty() {
            write!(f, " It defeats {}.", beaten.join(", "))?;
        }
        Ok(())
    }
}

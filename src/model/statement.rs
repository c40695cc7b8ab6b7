use crate::{
    ActorId, CameoCode, EventId, PartialDate, PloverContext, PloverType, SourceId, StatementId,
};

/// What a claimant does in saying a claim.
///
/// Each act maps to the CAMEO event code and PLOVER type that event coders use for it, where
/// one exists: [`SpeechAct::cameo`], [`SpeechAct::plover`].
///
/// ```
/// use claimgraph::{PloverType, SpeechAct};
/// assert_eq!(SpeechAct::Accusation.cameo().unwrap().as_str(), "112");
/// assert_eq!(SpeechAct::Accusation.plover(), Some(PloverType::Accuse));
/// assert_eq!(SpeechAct::Prediction.plover(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SpeechAct {
    /// Alleges wrongdoing by the actors it is about. CAMEO `112`, PLOVER `ACCUSE`.
    Accusation,
    /// States something as fact. CAMEO `010` ("make statement"); PLOVER codes no statements.
    Assertion,
    /// Denies something, as a claim of its own rather than an answer to one (an answer is a
    /// [`Rebuttal`]). CAMEO `016` ("deny responsibility"), PLOVER `REJECT`.
    Denial,
    /// Warns of consequences without threatening to cause them. CAMEO `012` ("make pessimistic
    /// comment"); PLOVER has no warning type.
    Warning,
    /// Threatens action. CAMEO `130`, PLOVER `THREATEN`.
    Threat,
    /// Predicts what will happen. CAMEO `010`; no PLOVER type.
    Prediction,
}

impl SpeechAct {
    /// The CAMEO event code coders use for this act.
    ///
    /// ```
    /// use claimgraph::SpeechAct;
    /// assert_eq!(SpeechAct::Denial.cameo().unwrap().as_str(), "016");
    /// ```
    pub fn cameo(self) -> Option<CameoCode> {
        let code = match self {
            SpeechAct::Accusation => "112",
            SpeechAct::Assertion | SpeechAct::Prediction => "010",
            SpeechAct::Denial => "016",
            SpeechAct::Warning => "012",
            SpeechAct::Threat => "130",
        };
        CameoCode::parse(code).ok()
    }

    /// The PLOVER event type for this act, where PLOVER has one.
    ///
    /// ```
    /// use claimgraph::{PloverType, SpeechAct};
    /// assert_eq!(SpeechAct::Threat.plover(), Some(PloverType::Threaten));
    /// ```
    pub fn plover(self) -> Option<PloverType> {
        match self {
            SpeechAct::Accusation => Some(PloverType::Accuse),
            SpeechAct::Denial => Some(PloverType::Reject),
            SpeechAct::Threat => Some(PloverType::Threaten),
            SpeechAct::Assertion | SpeechAct::Warning | SpeechAct::Prediction => None,
        }
    }

    /// Whether the act speaks of the future, so that citing a later event is expected.
    ///
    /// ```
    /// use claimgraph::SpeechAct;
    /// assert!(SpeechAct::Warning.is_forward_looking());
    /// assert!(!SpeechAct::Accusation.is_forward_looking());
    /// ```
    pub fn is_forward_looking(self) -> bool {
        matches!(
            self,
            SpeechAct::Warning | SpeechAct::Threat | SpeechAct::Prediction
        )
    }
}

crate::names::names! {
    SpeechAct in "claimgraph", "speech act";
    Accusation => "accusation",
    Assertion => "assertion",
    Denial => "denial",
    Warning => "warning",
    Threat => "threat",
    Prediction => "prediction",
}

/// What a claim says: free text, and where one exists a CAMEO category and PLOVER contexts.
///
/// ```
/// use claimgraph::Allegation;
/// let a = Allegation::new("deliberately smuggling asylum seekers across the border")
///     .with_category("1123".parse()?)
///     .with_context("migration".parse()?)
///     .with_context("asylum".parse()?);
/// assert_eq!(a.category().unwrap().as_str(), "1123");
/// assert_eq!(a.contexts().len(), 2);
/// # Ok::<(), claimgraph::CodeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Allegation {
    text: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    category: Option<CameoCode>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    contexts: Vec<PloverContext>,
}

impl Allegation {
    /// An allegation in the claimant's (or the report's) words.
    ///
    /// ```
    /// use claimgraph::Allegation;
    /// assert_eq!(Allegation::new("far-fetched").text(), "far-fetched");
    /// ```
    pub fn new(text: impl Into<String>) -> Self {
        Allegation {
            text: text.into(),
            category: None,
            contexts: Vec::new(),
        }
    }

    /// Sets the CAMEO category of what is alleged (`1123`, "accuse of aggression").
    ///
    /// ```
    /// use claimgraph::Allegation;
    /// let a = Allegation::new("war crimes").with_category("1124".parse()?);
    /// assert!(a.category().is_some());
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    #[must_use]
    pub fn with_category(mut self, code: CameoCode) -> Self {
        self.category = Some(code);
        self
    }

    /// Adds a PLOVER context (`migration`, `military`).
    ///
    /// ```
    /// use claimgraph::Allegation;
    /// let a = Allegation::new("x").with_context("military".parse()?);
    /// assert_eq!(a.contexts()[0].as_str(), "military");
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    #[must_use]
    pub fn with_context(mut self, context: PloverContext) -> Self {
        self.contexts.push(context);
        self
    }

    /// The text.
    ///
    /// ```
    /// use claimgraph::Allegation;
    /// assert_eq!(Allegation::new("x").text(), "x");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The CAMEO category, if set.
    ///
    /// ```
    /// use claimgraph::Allegation;
    /// assert!(Allegation::new("x").category().is_none());
    /// ```
    pub fn category(&self) -> Option<CameoCode> {
        self.category
    }

    /// The PLOVER contexts, in the order given.
    ///
    /// ```
    /// use claimgraph::Allegation;
    /// assert!(Allegation::new("x").contexts().is_empty());
    /// ```
    pub fn contexts(&self) -> &[PloverContext] {
        &self.contexts
    }
}

/// Why, according to the claim, the accused acted: text, and the event it answers where there
/// is one ("retaliation for Finland's accession to NATO" points at the accession).
///
/// ```
/// use claimgraph::{EventId, Motive};
/// let m = Motive::new("retaliation for Finland's accession to NATO").with_event(EventId::new(1));
/// assert_eq!(m.event(), Some(EventId::new(1)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Motive {
    text: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    event: Option<EventId>,
}

impl Motive {
    /// A motive in words.
    ///
    /// ```
    /// use claimgraph::Motive;
    /// assert_eq!(Motive::new("revenge").text(), "revenge");
    /// ```
    pub fn new(text: impl Into<String>) -> Self {
        Motive {
            text: text.into(),
            event: None,
        }
    }

    /// Points the motive at the event it answers.
    ///
    /// ```
    /// use claimgraph::{EventId, Motive};
    /// assert!(Motive::new("revenge").with_event(EventId::new(0)).event().is_some());
    /// ```
    #[must_use]
    pub fn with_event(mut self, event: EventId) -> Self {
        self.event = Some(event);
        self
    }

    /// The text.
    ///
    /// ```
    /// use claimgraph::Motive;
    /// assert_eq!(Motive::new("revenge").text(), "revenge");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The event the motive answers, if any.
    ///
    /// ```
    /// use claimgraph::Motive;
    /// assert_eq!(Motive::new("revenge").event(), None);
    /// ```
    pub fn event(&self) -> Option<EventId> {
        self.event
    }
}

/// A claim: a claimant, a speech act, whom it is about, what it alleges, and when, why and on
/// what evidence.
///
/// ```
/// use claimgraph::{ActorId, Allegation, Claim, EventId, Motive, SpeechAct};
/// let (finnish_government, russia) = (ActorId::new(0), ActorId::new(1));
/// let accusation = Claim::new(
///     finnish_government,
///     SpeechAct::Accusation,
///     Allegation::new("deliberately smuggling asylum seekers across the border"),
/// )
/// .with_about(russia)
/// .with_motive(Motive::new("retaliation for NATO accession").with_event(EventId::new(0)))
/// .with_aim("to destabilise Finland")
/// .with_stated("2023-11".parse()?);
/// assert_eq!(accusation.about(), [russia]);
/// assert_eq!(accusation.stated().unwrap().to_string(), "2023-11");
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Claim {
    claimant: ActorId,
    act: SpeechAct,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    about: Vec<ActorId>,
    allegation: Allegation,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    motive: Option<Motive>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    aim: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    stated: Option<PartialDate>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    events: Vec<EventId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    sources: Vec<SourceId>,
}

impl Claim {
    /// A claim by `claimant`.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Assertion, Allegation::new("x"));
    /// assert_eq!(c.act(), SpeechAct::Assertion);
    /// ```
    pub fn new(claimant: ActorId, act: SpeechAct, allegation: Allegation) -> Self {
        Claim {
            claimant,
            act,
            about: Vec::new(),
            allegation,
            motive: None,
            aim: None,
            stated: None,
            events: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Adds an actor the claim is about: the accused, the one warned or threatened.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Accusation, Allegation::new("x"))
    ///     .with_about(ActorId::new(1))
    ///     .with_about(ActorId::new(2));
    /// assert_eq!(c.about().len(), 2);
    /// ```
    #[must_use]
    pub fn with_about(mut self, actor: ActorId) -> Self {
        self.about.push(actor);
        self
    }

    /// Sets the motive the claim attributes.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, Motive, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Accusation, Allegation::new("x"))
    ///     .with_motive(Motive::new("revenge"));
    /// assert_eq!(c.motive().unwrap().text(), "revenge");
    /// ```
    #[must_use]
    pub fn with_motive(mut self, motive: Motive) -> Self {
        self.motive = Some(motive);
        self
    }

    /// Sets the aim the claim attributes ("to destabilise the country").
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Accusation, Allegation::new("x"))
    ///     .with_aim("destabilise");
    /// assert_eq!(c.aim(), Some("destabilise"));
    /// ```
    #[must_use]
    pub fn with_aim(mut self, aim: impl Into<String>) -> Self {
        self.aim = Some(aim.into());
        self
    }

    /// Sets when the claim was stated.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Warning, Allegation::new("x"))
    ///     .with_stated("2023-11".parse()?);
    /// assert!(c.stated().is_some());
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_stated(mut self, when: PartialDate) -> Self {
        self.stated = Some(when);
        self
    }

    /// Adds an event the claim refers to.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, EventId, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_event(EventId::new(3));
    /// assert_eq!(c.events(), [EventId::new(3)]);
    /// ```
    #[must_use]
    pub fn with_event(mut self, event: EventId) -> Self {
        self.events.push(event);
        self
    }

    /// Adds a source for the claim.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SourceId, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_source(SourceId::new(0));
    /// assert_eq!(c.sources(), [SourceId::new(0)]);
    /// ```
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }

    /// Who made the claim.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let fi = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let c = g.add_claim(Claim::new(fi, SpeechAct::Warning, Allegation::new("closures")))?;
    /// let who = g.claim(c).unwrap().claimant();
    /// assert_eq!(g.actor(who).unwrap().name(), "Finnish government");
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn claimant(&self) -> ActorId {
        self.claimant
    }

    /// The speech act.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(5), SpeechAct::Threat, Allegation::new("x"));
    /// assert_eq!(c.act(), SpeechAct::Threat);
    /// ```
    pub fn act(&self) -> SpeechAct {
        self.act
    }

    /// The actors the claim is about, in the order given: the accused of an accusation.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// let by = g.add_actor(Actor::new("Belarus", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new("x"))
    ///     .with_about(ru).with_about(by))?;
    /// let accused: Vec<&str> = g.claim(c).unwrap().about().iter()
    ///     .map(|&a| g.actor(a).unwrap().name()).collect();
    /// assert_eq!(accused, ["Russia", "Belarus"]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn about(&self) -> &[ActorId] {
        &self.about
    }

    /// What the claim alleges.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(5), SpeechAct::Assertion, Allegation::new("x"));
    /// assert_eq!(c.allegation().text(), "x");
    /// ```
    pub fn allegation(&self) -> &Allegation {
        &self.allegation
    }

    /// The attributed motive, if stated.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(5), SpeechAct::Assertion, Allegation::new("x"));
    /// assert!(c.motive().is_none());
    /// ```
    pub fn motive(&self) -> Option<&Motive> {
        self.motive.as_ref()
    }

    /// The attributed aim, if stated.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(5), SpeechAct::Assertion, Allegation::new("x"));
    /// assert!(c.aim().is_none());
    /// ```
    pub fn aim(&self) -> Option<&str> {
        self.aim.as_deref()
    }

    /// When the claim was stated, if known.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct, TimeOrder};
    /// let say = |when: &str| Claim::new(ActorId::new(0), SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated(when.parse().unwrap());
    /// let (early, late) = (say("2023-11"), say("2023-12-01"));
    /// let order = early.stated().unwrap().compare(&late.stated().unwrap());
    /// assert_eq!(order, TimeOrder::Before);
    /// ```
    pub fn stated(&self) -> Option<PartialDate> {
        self.stated
    }

    /// The events the claim refers to, in the order given (the motive's event is separate).
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(5), SpeechAct::Assertion, Allegation::new("x"));
    /// assert!(c.events().is_empty());
    /// ```
    pub fn events(&self) -> &[EventId] {
        &self.events
    }

    /// The sources, in the order given.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(5), SpeechAct::Assertion, Allegation::new("x"));
    /// assert!(c.sources().is_empty());
    /// ```
    pub fn sources(&self) -> &[SourceId] {
        &self.sources
    }
}

/// How a rebuttal answers what it rebuts, after ASPIC+'s three attacks plus the moves seen in
/// public disputes.
///
/// ```
/// use claimgraph::RebuttalKind;
/// assert_eq!(RebuttalKind::Dismissal.to_string(), "dismissal");
/// assert_eq!(RebuttalKind::Denial.cameo().unwrap().as_str(), "016");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum RebuttalKind {
    /// Contradicts the conclusion ("we do not accept such accusations"): ASPIC+ rebut.
    Denial,
    /// Grants the premises but attacks the step from them to the conclusion: ASPIC+ undercut.
    Undercut,
    /// Attacks a premise or the evidence ("the crossings are used by those who have the right
    /// to do so"): ASPIC+ undermine.
    Undermine,
    /// Answers by accusing the accuser in turn.
    CounterAccusation,
    /// Waves the statement away without engaging with it ("far-fetched").
    Dismissal,
}

impl RebuttalKind {
    /// The CAMEO event code coders use for this kind of answer, where one fits: `016` deny
    /// responsibility, `112` accuse, `120` reject. Undercutting and undermining have none.
    ///
    /// ```
    /// use claimgraph::RebuttalKind;
    /// assert_eq!(RebuttalKind::Dismissal.cameo().unwrap().as_str(), "120");
    /// assert!(RebuttalKind::Undercut.cameo().is_none());
    /// ```
    pub fn cameo(self) -> Option<CameoCode> {
        let code = match self {
            RebuttalKind::Denial => "016",
            RebuttalKind::CounterAccusation => "112",
            RebuttalKind::Dismissal => "120",
            RebuttalKind::Undercut | RebuttalKind::Undermine => return None,
        };
        CameoCode::parse(code).ok()
    }
}

crate::names::names! {
    RebuttalKind in "claimgraph", "rebuttal kind";
    Denial => "denial",
    Undercut => "undercut",
    Undermine => "undermine",
    CounterAccusation => "counter_accusation",
    Dismissal => "dismissal",
}

/// A rebuttal: someone answers one or more statements (claims or other rebuttals).
///
/// ```
/// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
/// let peskov = ActorId::new(3);
/// let r = Rebuttal::new(peskov, RebuttalKind::Denial, ClaimId::new(0))
///     .with_text("We do not accept such accusations")
///     .with_stated("2023-11-20".parse()?);
/// assert_eq!(r.answers(), [ClaimId::new(0).into()]);
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Rebuttal {
    by: ActorId,
    kind: RebuttalKind,
    answers: Vec<StatementId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "String::is_empty")
    )]
    text: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    stated: Option<PartialDate>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    events: Vec<EventId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    sources: Vec<SourceId>,
}

impl Rebuttal {
    /// `by` answers `statement` in the manner of `kind`.
    ///
    /// ```
    /// use claimgraph::{ActorId, Rebuttal, RebuttalId, RebuttalKind};
    /// // A rebuttal of a rebuttal.
    /// let r = Rebuttal::new(ActorId::new(9), RebuttalKind::Denial, RebuttalId::new(2));
    /// assert_eq!(r.answers()[0].as_rebuttal(), Some(RebuttalId::new(2)));
    /// ```
    pub fn new(by: ActorId, kind: RebuttalKind, statement: impl Into<StatementId>) -> Self {
        Rebuttal {
            by,
            kind,
            answers: vec![statement.into()],
            text: String::new(),
            stated: None,
            events: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Adds another statement this rebuttal answers.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(0), RebuttalKind::Dismissal, ClaimId::new(0))
    ///     .answering(ClaimId::new(1));
    /// assert_eq!(r.answers().len(), 2);
    /// ```
    #[must_use]
    pub fn answering(mut self, statement: impl Into<StatementId>) -> Self {
        self.answers.push(statement.into());
        self
    }

    /// Sets the words of the rebuttal.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(0), RebuttalKind::Dismissal, ClaimId::new(0))
    ///     .with_text("far-fetched");
    /// assert_eq!(r.text(), "far-fetched");
    /// ```
    #[must_use]
    pub fn with_text(mut self, text: impl Into<String>) -> Self {
        self.text = text.into();
        self
    }

    /// Sets when the rebuttal was stated.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(0), RebuttalKind::Denial, ClaimId::new(0))
    ///     .with_stated("2023-11-20".parse()?);
    /// assert_eq!(r.stated().unwrap().to_string(), "2023-11-20");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_stated(mut self, when: PartialDate) -> Self {
        self.stated = Some(when);
        self
    }

    /// Adds an event the rebuttal refers to (a precedent, a fact it points at).
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, EventId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(0), RebuttalKind::Denial, ClaimId::new(0))
    ///     .with_event(EventId::new(6));
    /// assert_eq!(r.events(), [EventId::new(6)]);
    /// ```
    #[must_use]
    pub fn with_event(mut self, event: EventId) -> Self {
        self.events.push(event);
        self
    }

    /// Adds a source for the rebuttal.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind, SourceId};
    /// let r = Rebuttal::new(ActorId::new(0), RebuttalKind::Denial, ClaimId::new(0))
    ///     .with_source(SourceId::new(1));
    /// assert_eq!(r.sources(), [SourceId::new(1)]);
    /// ```
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }

    /// Who rebuts.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    /// let c = g.add_claim(Claim::new(fi, SpeechAct::Assertion, Allegation::new("x")))?;
    /// g.add_rebuttal(Rebuttal::new(peskov, RebuttalKind::Dismissal, c))?;
    /// let rebutters: Vec<&str> = g.rebuttals_of(c.into())
    ///     .map(|(_, r)| g.actor(r.by()).unwrap().name()).collect();
    /// assert_eq!(rebutters, ["Dmitry Peskov"]);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn by(&self) -> ActorId {
        self.by
    }

    /// How it rebuts.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(7), RebuttalKind::Undercut, ClaimId::new(0));
    /// assert_eq!(r.kind(), RebuttalKind::Undercut);
    /// ```
    pub fn kind(&self) -> RebuttalKind {
        self.kind
    }

    /// What it answers, in the order given; never empty. A statement id is a claim or, for a
    /// rebuttal of a rebuttal, a rebuttal.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalId, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(7), RebuttalKind::Undermine, RebuttalId::new(0))
    ///     .answering(ClaimId::new(4));
    /// let claims: Vec<ClaimId> = r.answers().iter().filter_map(|s| s.as_claim()).collect();
    /// assert_eq!(claims, [ClaimId::new(4)]);
    /// ```
    pub fn answers(&self) -> &[StatementId] {
        &self.answers
    }

    /// The words of the rebuttal (empty when not recorded).
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(7), RebuttalKind::Denial, ClaimId::new(4));
    /// assert_eq!(r.text(), "");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// When it was stated, if known.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(7), RebuttalKind::Denial, ClaimId::new(4));
    /// assert!(r.stated().is_none());
    /// ```
    pub fn stated(&self) -> Option<PartialDate> {
        self.stated
    }

    /// The events it refers to.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(7), RebuttalKind::Denial, ClaimId::new(4));
    /// assert!(r.events().is_empty());
    /// ```
    pub fn events(&self) -> &[EventId] {
        &self.events
    }

    /// Its sources.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(7), RebuttalKind::Denial, ClaimId::new(4));
    /// assert!(r.sources().is_empty());
    /// ```
    pub fn sources(&self) -> &[SourceId] {
        &self.sources
    }
}

/// One statement offered as a ground for another (AIF's RA node, an argument's premise): the
/// article's precedent of 2021 supports its rebuttal of "far-fetched".
///
/// ```
/// use claimgraph::{ClaimId, RebuttalId, Support};
/// let s = Support::new(ClaimId::new(4), RebuttalId::new(3)).with_text("by analogy");
/// assert_eq!(s.premise(), ClaimId::new(4).into());
/// assert_eq!(s.conclusion(), RebuttalId::new(3).into());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Support {
    premise: StatementId,
    conclusion: StatementId,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "String::is_empty")
    )]
    text: String,
}

impl Support {
    /// `premise` is offered as a ground for `conclusion`.
    ///
    /// ```
    /// use claimgraph::{ClaimId, Support};
    /// let s = Support::new(ClaimId::new(1), ClaimId::new(0));
    /// assert_eq!(s.text(), "");
    /// ```
    pub fn new(premise: impl Into<StatementId>, conclusion: impl Into<StatementId>) -> Self {
        Support {
            premise: premise.into(),
            conclusion: conclusion.into(),
            text: String::new(),
        }
    }

    /// Sets how the premise supports the conclusion ("by analogy", "as evidence").
    ///
    /// ```
    /// use claimgraph::{ClaimId, Support};
    /// let s = Support::new(ClaimId::new(1), ClaimId::new(0)).with_text("as evidence");
    /// assert_eq!(s.text(), "as evidence");
    /// ```
    #[must_use]
    pub fn with_text(mut self, text: impl Into<String>) -> Self {
        self.text = text.into();
        self
    }

    /// The supporting statement.
    ///
    /// ```
    /// use claimgraph::{ClaimId, Support};
    /// assert_eq!(Support::new(ClaimId::new(1), ClaimId::new(0)).premise(), ClaimId::new(1).into());
    /// ```
    pub fn premise(&self) -> StatementId {
        self.premise
    }

    /// The supported statement.
    ///
    /// ```
    /// use claimgraph::{ClaimId, Support};
    /// assert_eq!(Support::new(ClaimId::new(1), ClaimId::new(0)).conclusion(), ClaimId::new(0).into());
    /// ```
    pub fn conclusion(&self) -> StatementId {
        self.conclusion
    }

    /// How it supports, if said.
    ///
    /// ```
    /// use claimgraph::{ClaimId, Support};
    /// assert_eq!(Support::new(ClaimId::new(1), ClaimId::new(0)).text(), "");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }
}

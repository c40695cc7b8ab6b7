use thin_vec::ThinVec;

use crate::{
    ActorId, CameoCode, Estimate, EventId, Keys, PartialDate, PloverContext, PloverType, SourceId,
    StatementId, Target,
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Demands that someone do or stop doing something, an ultimatum when it has a
    /// deadline ([`Claim::with_deadline`]). CAMEO `100` ("demand"), PLOVER `REQUEST`.
    Demand,
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
            SpeechAct::Demand => "100",
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
            SpeechAct::Demand => Some(PloverType::Request),
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
            SpeechAct::Warning | SpeechAct::Threat | SpeechAct::Prediction | SpeechAct::Demand
        )
    }

    /// Whether the act states something that can be true or false (an accusation, an
    /// assertion, a denial), rather than calling for or announcing action (a demand, a
    /// threat, a warning, a prediction). Only statements of fact are judged true or false.
    ///
    /// ```
    /// use claimgraph::SpeechAct;
    /// assert!(SpeechAct::Accusation.is_statement_of_fact());
    /// assert!(!SpeechAct::Demand.is_statement_of_fact());
    /// ```
    pub fn is_statement_of_fact(self) -> bool {
        matches!(
            self,
            SpeechAct::Accusation | SpeechAct::Assertion | SpeechAct::Denial
        )
    }

    /// Whether the act may carry a condition ("unless ...", "if ..."): a demand, a threat or a
    /// warning.
    ///
    /// ```
    /// use claimgraph::SpeechAct;
    /// assert!(SpeechAct::Threat.takes_condition());
    /// assert!(!SpeechAct::Assertion.takes_condition());
    /// ```
    pub fn takes_condition(self) -> bool {
        matches!(
            self,
            SpeechAct::Demand | SpeechAct::Threat | SpeechAct::Warning
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
    Demand => "demand",
}

/// How a demand or ultimatum turned out.
///
/// ```
/// use claimgraph::Outcome;
/// assert_eq!(Outcome::NotMet.to_string(), "not_met");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Outcome {
    /// Done as demanded.
    Met,
    /// Done in part.
    PartlyMet,
    /// Not done (by the deadline, if there was one).
    NotMet,
    /// The demand was withdrawn by whoever made it.
    Withdrawn,
}

crate::names::names! {
    Outcome in "claimgraph", "outcome";
    Met => "met",
    PartlyMet => "partly_met",
    NotMet => "not_met",
    Withdrawn => "withdrawn",
}

/// How and when a demand was resolved, and by what: the event or statement that met it,
/// refused it or withdrew it.
///
/// ```
/// use claimgraph::{EventId, Outcome, Resolution};
/// let r = Resolution::new(Outcome::NotMet)
///     .with_date("2018-03-14".parse()?)
///     .with_by(EventId::new(4));
/// assert_eq!(r.outcome(), Outcome::NotMet);
/// assert_eq!(r.by().unwrap().to_string(), "E4");
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Resolution {
    outcome: Outcome,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    date: Option<PartialDate>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    by: Option<Target>,
}

impl Resolution {
    /// A resolution with its outcome.
    ///
    /// ```
    /// use claimgraph::{Outcome, Resolution};
    /// assert_eq!(Resolution::new(Outcome::Met).date(), None);
    /// ```
    pub fn new(outcome: Outcome) -> Self {
        Resolution {
            outcome,
            date: None,
            by: None,
        }
    }

    /// When it was resolved.
    ///
    /// ```
    /// use claimgraph::{Outcome, Resolution};
    /// let r = Resolution::new(Outcome::Withdrawn).with_date("2019".parse()?);
    /// assert_eq!(r.date().unwrap().to_string(), "2019");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// The event or statement that resolved it (a claim, a rebuttal or an event; the graph
    /// refuses a source or a support here).
    ///
    /// ```
    /// use claimgraph::{ClaimId, Outcome, Resolution};
    /// let r = Resolution::new(Outcome::NotMet).with_by(ClaimId::new(2));
    /// assert_eq!(r.by().unwrap().to_string(), "C2");
    /// ```
    #[must_use]
    pub fn with_by(mut self, by: impl Into<Target>) -> Self {
        self.by = Some(by.into());
        self
    }

    /// How it turned out.
    ///
    /// ```
    /// use claimgraph::{Outcome, Resolution};
    /// assert_eq!(Resolution::new(Outcome::PartlyMet).outcome(), Outcome::PartlyMet);
    /// ```
    pub fn outcome(&self) -> Outcome {
        self.outcome
    }

    /// When, if known.
    ///
    /// ```
    /// use claimgraph::{Outcome, Resolution};
    /// assert!(Resolution::new(Outcome::Met).date().is_none());
    /// ```
    pub fn date(&self) -> Option<PartialDate> {
        self.date
    }

    /// The event or statement that resolved it, if recorded.
    ///
    /// ```
    /// use claimgraph::{Outcome, Resolution};
    /// assert!(Resolution::new(Outcome::Met).by().is_none());
    /// ```
    pub fn by(&self) -> Option<Target> {
        self.by
    }
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Claim {
    claimant: ActorId,
    act: SpeechAct,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ThinVec::is_empty")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<ActorId>"))]
    about: ThinVec<ActorId>,
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
        serde(default, skip_serializing_if = "ThinVec::is_empty")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<EventId>"))]
    events: ThinVec<EventId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ThinVec::is_empty")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<SourceId>"))]
    sources: ThinVec<SourceId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ThinVec::is_empty")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<ActorId>"))]
    joint_with: ThinVec<ActorId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    confidence: Option<Box<Estimate>>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ThinVec::is_empty")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Allegation>"))]
    alternatives: ThinVec<Allegation>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    condition: Option<Box<str>>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    deadline: Option<Box<PartialDate>>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    resolution: Option<Box<Resolution>>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Keys::is_empty")
    )]
    keys: Keys,
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
            about: ThinVec::new(),
            allegation,
            motive: None,
            aim: None,
            stated: None,
            events: ThinVec::new(),
            sources: ThinVec::new(),
            joint_with: ThinVec::new(),
            confidence: None,
            alternatives: ThinVec::new(),
            condition: None,
            deadline: None,
            resolution: None,
            keys: Keys::new(),
        }
    }

    /// Adds a speaker of a joint statement ("the Netherlands and Australia hold Russia
    /// accountable"): one claim, counted once, attributed to the claimant and to each actor
    /// added here.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let (nl, au, ru) = (ActorId::new(0), ActorId::new(1), ActorId::new(2));
    /// let c = Claim::new(nl, SpeechAct::Accusation, Allegation::new("responsible for downing MH17"))
    ///     .with_joint(au)
    ///     .with_about(ru);
    /// assert_eq!(c.speakers().collect::<Vec<_>>(), [nl, au]);
    /// ```
    #[must_use]
    pub fn with_joint(mut self, actor: ActorId) -> Self {
        self.joint_with.push(actor);
        self
    }

    /// Sets how sure the claimant says they are ("highly likely").
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, Estimate, Likelihood, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Accusation, Allegation::new("x"))
    ///     .with_confidence(Estimate::from_wording("highly likely").unwrap());
    /// assert_eq!(c.confidence().unwrap().level(), Likelihood::VeryLikely);
    /// ```
    #[must_use]
    pub fn with_confidence(mut self, estimate: Estimate) -> Self {
        self.confidence = Some(Box::new(estimate));
        self
    }

    /// Adds an alternative: "either a direct act by the state, or it lost control of the
    /// agent" is one accusation with two alternatives. A rebuttal can answer each on its own
    /// ([`Target::Alternative`]).
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Accusation, Allegation::new("responsible for the attack"))
    ///     .with_about(ActorId::new(1))
    ///     .with_alternative(Allegation::new("a direct act by the Russian state"))
    ///     .with_alternative(Allegation::new("it lost control of its nerve agent"));
    /// assert_eq!(c.alternatives()[1].text(), "it lost control of its nerve agent");
    /// ```
    #[must_use]
    pub fn with_alternative(mut self, alternative: Allegation) -> Self {
        self.alternatives.push(alternative);
        self
    }

    /// Sets the condition of a demand, threat or warning ("unless Russia explains by midnight
    /// tomorrow").
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Threat, Allegation::new("further measures"))
    ///     .with_condition("if no credible answer is given");
    /// assert_eq!(c.condition(), Some("if no credible answer is given"));
    /// ```
    #[must_use]
    pub fn with_condition(mut self, condition: impl Into<String>) -> Self {
        self.condition = Some(condition.into().into_boxed_str());
        self
    }

    /// Sets the deadline of a demand: an ultimatum.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Demand, Allegation::new("explain the attack"))
    ///     .with_stated("2018-03-12".parse()?)
    ///     .with_deadline("2018-03-13".parse()?);
    /// assert_eq!(c.deadline().unwrap().to_string(), "2018-03-13");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_deadline(mut self, deadline: PartialDate) -> Self {
        self.deadline = Some(Box::new(deadline));
        self
    }

    /// Records how a demand turned out.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, Outcome, Resolution, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Demand, Allegation::new("explain the attack"))
    ///     .with_resolution(Resolution::new(Outcome::NotMet));
    /// assert_eq!(c.resolution().unwrap().outcome(), Outcome::NotMet);
    /// ```
    #[must_use]
    pub fn with_resolution(mut self, resolution: Resolution) -> Self {
        self.resolution = Some(Box::new(resolution));
        self
    }

    /// Sets the keys the claim has in other systems (a GDELT event id, a newsroom's case).
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, Keys, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_keys(Keys::new().with("gdelt", "1129384756"));
    /// assert_eq!(c.keys().get("gdelt"), Some("1129384756"));
    /// ```
    #[must_use]
    pub fn with_keys(mut self, keys: Keys) -> Self {
        self.keys = keys;
        self
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

    /// The other speakers of a joint statement, after the claimant.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(0), SpeechAct::Assertion, Allegation::new("x"));
    /// assert!(c.joint_with().is_empty());
    /// ```
    pub fn joint_with(&self) -> &[ActorId] {
        &self.joint_with
    }

    /// Everyone the claim is attributed to: the claimant, then the others of a joint
    /// statement.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// let c = Claim::new(ActorId::new(3), SpeechAct::Assertion, Allegation::new("x"));
    /// assert_eq!(c.speakers().collect::<Vec<_>>(), [ActorId::new(3)]);
    /// ```
    pub fn speakers(&self) -> impl Iterator<Item = ActorId> + '_ {
        std::iter::once(self.claimant).chain(self.joint_with.iter().copied())
    }

    /// How sure the claimant says they are, if they said.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// assert!(Claim::new(ActorId::new(0), SpeechAct::Assertion, Allegation::new("x")).confidence().is_none());
    /// ```
    pub fn confidence(&self) -> Option<&Estimate> {
        self.confidence.as_deref()
    }

    /// The alternatives, in order: [`Target::Alternative`] counts from 0 in this list.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// assert!(Claim::new(ActorId::new(0), SpeechAct::Assertion, Allegation::new("x")).alternatives().is_empty());
    /// ```
    pub fn alternatives(&self) -> &[Allegation] {
        &self.alternatives
    }

    /// The condition of a demand, threat or warning.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// assert!(Claim::new(ActorId::new(0), SpeechAct::Demand, Allegation::new("x")).condition().is_none());
    /// ```
    pub fn condition(&self) -> Option<&str> {
        self.condition.as_deref()
    }

    /// The deadline of a demand.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// assert!(Claim::new(ActorId::new(0), SpeechAct::Demand, Allegation::new("x")).deadline().is_none());
    /// ```
    pub fn deadline(&self) -> Option<PartialDate> {
        self.deadline.as_deref().copied()
    }

    /// How a demand turned out, once known.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// assert!(Claim::new(ActorId::new(0), SpeechAct::Demand, Allegation::new("x")).resolution().is_none());
    /// ```
    pub fn resolution(&self) -> Option<&Resolution> {
        self.resolution.as_deref()
    }

    /// The keys the claim has in other systems.
    ///
    /// ```
    /// use claimgraph::{ActorId, Allegation, Claim, SpeechAct};
    /// assert!(Claim::new(ActorId::new(0), SpeechAct::Assertion, Allegation::new("x")).keys().is_empty());
    /// ```
    pub fn keys(&self) -> &Keys {
        &self.keys
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Rebuttal {
    by: ActorId,
    kind: RebuttalKind,
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Target>", length(min = 1)))]
    answers: ThinVec<Target>,
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
        serde(default, skip_serializing_if = "ThinVec::is_empty")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<EventId>"))]
    events: ThinVec<EventId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ThinVec::is_empty")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<SourceId>"))]
    sources: ThinVec<SourceId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ThinVec::is_empty")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<ActorId>"))]
    about: ThinVec<ActorId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "ThinVec::is_empty")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<ActorId>"))]
    joint_with: ThinVec<ActorId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    confidence: Option<Box<Estimate>>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Keys::is_empty")
    )]
    keys: Keys,
}

impl Rebuttal {
    /// `by` answers `target` in the manner of `kind`: a statement, an alternative of a claim,
    /// or the evidence a statement rests on (a source, an event, a support).
    ///
    /// ```
    /// use claimgraph::{ActorId, RebuttalId, Rebuttal, RebuttalKind, SourceId, Target};
    /// // A rebuttal of a rebuttal.
    /// let r = Rebuttal::new(ActorId::new(9), RebuttalKind::Denial, RebuttalId::new(2));
    /// assert_eq!(r.answers(), [Target::Rebuttal(RebuttalId::new(2))]);
    /// // "The images are doctored": an undermine of a source.
    /// let r = Rebuttal::new(ActorId::new(9), RebuttalKind::Undermine, SourceId::new(4));
    /// assert!(r.answers()[0].is_evidence());
    /// ```
    pub fn new(by: ActorId, kind: RebuttalKind, target: impl Into<Target>) -> Self {
        Rebuttal {
            by,
            kind,
            answers: thin_vec::thin_vec![target.into()],
            text: String::new(),
            stated: None,
            events: ThinVec::new(),
            sources: ThinVec::new(),
            about: ThinVec::new(),
            joint_with: ThinVec::new(),
            confidence: None,
            keys: Keys::new(),
        }
    }

    /// Adds another statement or piece of evidence this rebuttal answers.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, EventId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(0), RebuttalKind::Dismissal, ClaimId::new(0))
    ///     .answering(ClaimId::new(1))
    ///     .answering(EventId::new(2));
    /// assert_eq!(r.answers().len(), 3);
    /// ```
    #[must_use]
    pub fn answering(mut self, target: impl Into<Target>) -> Self {
        self.answers.push(target.into());
        self
    }

    /// Adds an actor the rebuttal accuses: the one a counter-accusation blames ("Ukrainian
    /// crews are to blame"), or whoever an undermine says produced the evidence ("fakes
    /// produced by X"). Such a rebuttal is an accusation too, and is counted as one.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let ukraine = ActorId::new(3);
    /// let r = Rebuttal::new(ActorId::new(1), RebuttalKind::CounterAccusation, ClaimId::new(0))
    ///     .with_about(ukraine);
    /// assert_eq!(r.about(), [ukraine]);
    /// ```
    #[must_use]
    pub fn with_about(mut self, actor: ActorId) -> Self {
        self.about.push(actor);
        self
    }

    /// Adds a speaker of a joint rebuttal: one statement, attributed to each.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(1), RebuttalKind::Denial, ClaimId::new(0))
    ///     .with_joint(ActorId::new(2));
    /// assert_eq!(r.speakers().count(), 2);
    /// ```
    #[must_use]
    pub fn with_joint(mut self, actor: ActorId) -> Self {
        self.joint_with.push(actor);
        self
    }

    /// Sets how sure the speaker says they are.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Estimate, Likelihood, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(1), RebuttalKind::Denial, ClaimId::new(0))
    ///     .with_confidence(Estimate::new(Likelihood::AlmostCertain).with_wording("absolutely"));
    /// assert_eq!(r.confidence().unwrap().wording(), Some("absolutely"));
    /// ```
    #[must_use]
    pub fn with_confidence(mut self, estimate: Estimate) -> Self {
        self.confidence = Some(Box::new(estimate));
        self
    }

    /// Sets the keys the rebuttal has in other systems.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Keys, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(1), RebuttalKind::Denial, ClaimId::new(0))
    ///     .with_keys(Keys::new().with("plover", "a1b2"));
    /// assert_eq!(r.keys().get("plover"), Some("a1b2"));
    /// ```
    #[must_use]
    pub fn with_keys(mut self, keys: Keys) -> Self {
        self.keys = keys;
        self
    }

    /// The actors the rebuttal accuses, if any.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// assert!(Rebuttal::new(ActorId::new(1), RebuttalKind::Denial, ClaimId::new(0)).about().is_empty());
    /// ```
    pub fn about(&self) -> &[ActorId] {
        &self.about
    }

    /// The other speakers of a joint rebuttal, after [`by`](Self::by).
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// assert!(Rebuttal::new(ActorId::new(1), RebuttalKind::Denial, ClaimId::new(0)).joint_with().is_empty());
    /// ```
    pub fn joint_with(&self) -> &[ActorId] {
        &self.joint_with
    }

    /// Everyone the rebuttal is attributed to: `by`, then the others of a joint statement.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// let r = Rebuttal::new(ActorId::new(1), RebuttalKind::Denial, ClaimId::new(0));
    /// assert_eq!(r.speakers().collect::<Vec<_>>(), [ActorId::new(1)]);
    /// ```
    pub fn speakers(&self) -> impl Iterator<Item = ActorId> + '_ {
        std::iter::once(self.by).chain(self.joint_with.iter().copied())
    }

    /// How sure the speaker says they are, if they said.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// assert!(Rebuttal::new(ActorId::new(1), RebuttalKind::Denial, ClaimId::new(0)).confidence().is_none());
    /// ```
    pub fn confidence(&self) -> Option<&Estimate> {
        self.confidence.as_deref()
    }

    /// The keys the rebuttal has in other systems.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalKind};
    /// assert!(Rebuttal::new(ActorId::new(1), RebuttalKind::Denial, ClaimId::new(0)).keys().is_empty());
    /// ```
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// The statements it answers, in the order given: the claim of an answered alternative;
    /// none when it answers only evidence.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, EventId, Rebuttal, RebuttalKind, StatementId};
    /// let r = Rebuttal::new(ActorId::new(1), RebuttalKind::Denial, EventId::new(0))
    ///     .answering(ClaimId::new(2));
    /// assert_eq!(r.statements().collect::<Vec<_>>(), [StatementId::Claim(ClaimId::new(2))]);
    /// ```
    pub fn statements(&self) -> impl Iterator<Item = StatementId> + '_ {
        self.answers.iter().filter_map(|t| t.statement())
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
    /// let rebutters: Vec<&str> = g.rebuttals_of(c)
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

    /// What it answers, in the order given; never empty: statements, alternatives of claims,
    /// and evidence ([`Target`]). [`statements`](Self::statements) keeps the statements.
    ///
    /// ```
    /// use claimgraph::{ActorId, ClaimId, Rebuttal, RebuttalId, RebuttalKind, Target};
    /// let r = Rebuttal::new(ActorId::new(7), RebuttalKind::Undermine, RebuttalId::new(0))
    ///     .answering(ClaimId::new(4));
    /// assert_eq!(r.answers()[1], Target::Claim(ClaimId::new(4)));
    /// ```
    pub fn answers(&self) -> &[Target] {
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

use crate::{ActorId, CameoCode, Keys, PartialDate, PloverType, SourceId, StatementId};

/// The part an actor plays in an event, after PLOVER's actor and recipient.
///
/// ```
/// use claimgraph::Role;
/// assert_eq!(Role::Initiator.to_string(), "initiator");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Role {
    /// Carries the event out (PLOVER's actor, CAMEO's source actor).
    Initiator,
    /// The event is done to or directed at it (PLOVER's recipient, CAMEO's target).
    Recipient,
    /// Takes part without leading or receiving (a mediator, an ally alongside).
    Participant,
    /// Reports or observes the event (the satellite images' publisher).
    Observer,
}

crate::names::names! {
    Role in "claimgraph", "role";
    Initiator => "initiator",
    Recipient => "recipient",
    Participant => "participant",
    Observer => "observer",
}

/// An actor's part in an event.
///
/// ```
/// use claimgraph::{ActorId, Participant, Role};
/// let p = Participant::new(ActorId::new(0), Role::Initiator);
/// assert_eq!(p.role(), Role::Initiator);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Participant {
    actor: ActorId,
    role: Role,
}

impl Participant {
    /// `actor` takes part in the role `role`.
    ///
    /// ```
    /// use claimgraph::{ActorId, Participant, Role};
    /// assert_eq!(Participant::new(ActorId::new(2), Role::Recipient).actor(), ActorId::new(2));
    /// ```
    pub fn new(actor: ActorId, role: Role) -> Self {
        Participant { actor, role }
    }

    /// The actor.
    ///
    /// ```
    /// use claimgraph::{ActorId, Participant, Role};
    /// assert_eq!(Participant::new(ActorId::new(2), Role::Recipient).actor(), ActorId::new(2));
    /// ```
    pub fn actor(&self) -> ActorId {
        self.actor
    }

    /// The role.
    ///
    /// ```
    /// use claimgraph::{ActorId, Participant, Role};
    /// assert_eq!(Participant::new(ActorId::new(2), Role::Observer).role(), Role::Observer);
    /// ```
    pub fn role(&self) -> Role {
        self.role
    }
}

/// Something that happened (or, for a warning, might): when, who took part and how, where,
/// and its CAMEO or PLOVER type.
///
/// ```
/// use claimgraph::{ActorId, Event, Role};
/// let (finland, nato) = (ActorId::new(0), ActorId::new(1));
/// let accession = Event::new("Finland joins NATO")
///     .with_date("2023-04".parse()?)
///     .with_participant(finland, Role::Initiator)
///     .with_participant(nato, Role::Recipient)
///     .with_plover("AGREE".parse().unwrap());
/// assert_eq!(accession.date().unwrap().to_string(), "2023-04");
/// assert_eq!(accession.participants().len(), 2);
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Event {
    description: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    date: Option<PartialDate>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    end: Option<PartialDate>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    participants: Vec<Participant>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    location: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    cameo: Option<CameoCode>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    plover: Option<PloverType>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    sources: Vec<SourceId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    alleged_by: Option<StatementId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Keys::is_empty")
    )]
    keys: Keys,
}

impl Event {
    /// An event described in words.
    ///
    /// ```
    /// use claimgraph::Event;
    /// assert_eq!(Event::new("Russia invades Ukraine").description(), "Russia invades Ukraine");
    /// ```
    pub fn new(description: impl Into<String>) -> Self {
        Event {
            description: description.into(),
            date: None,
            end: None,
            participants: Vec::new(),
            location: None,
            cameo: None,
            plover: None,
            sources: Vec::new(),
            alleged_by: None,
            keys: Keys::new(),
        }
    }

    /// Marks the event as alleged by a statement: one side says it happened ("the missile was
    /// delivered in 1986 to a unit in Ukraine"), and its standing follows that statement's.
    /// An event without it is taken as established.
    ///
    /// ```
    /// use claimgraph::{ClaimId, Event, StatementId};
    /// let e = Event::new("missile delivered to a unit in Ukraine").with_alleged_by(ClaimId::new(5));
    /// assert_eq!(e.alleged_by(), Some(StatementId::Claim(ClaimId::new(5))));
    /// ```
    #[must_use]
    pub fn with_alleged_by(mut self, statement: impl Into<StatementId>) -> Self {
        self.alleged_by = Some(statement.into());
        self
    }

    /// Sets the keys the event has in other systems (a GDELT or POLECAT event id).
    ///
    /// ```
    /// use claimgraph::{Event, Keys};
    /// let e = Event::new("x").with_keys(Keys::new().with("gdelt", "42"));
    /// assert_eq!(e.keys().get("gdelt"), Some("42"));
    /// ```
    #[must_use]
    pub fn with_keys(mut self, keys: Keys) -> Self {
        self.keys = keys;
        self
    }

    /// The statement that alleges the event, when only one side says it happened.
    ///
    /// ```
    /// assert!(claimgraph::Event::new("x").alleged_by().is_none());
    /// ```
    pub fn alleged_by(&self) -> Option<StatementId> {
        self.alleged_by
    }

    /// The keys the event has in other systems.
    ///
    /// ```
    /// assert!(claimgraph::Event::new("x").keys().is_empty());
    /// ```
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// Sets when the event happened (or began, with [`with_end`](Self::with_end)).
    ///
    /// ```
    /// use claimgraph::Event;
    /// let e = Event::new("closures take effect").with_date("2023-11-19".parse()?);
    /// assert!(e.date().is_some());
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets when the event ended, for one that lasted. The graph refuses an end that certainly
    /// comes before the date.
    ///
    /// ```
    /// use claimgraph::Event;
    /// let e = Event::new("migrant crisis").with_date("2021-07".parse()?).with_end("2021-11".parse()?);
    /// assert_eq!(e.end().unwrap().to_string(), "2021-11");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_end(mut self, end: PartialDate) -> Self {
        self.end = Some(end);
        self
    }

    /// Adds a participant.
    ///
    /// ```
    /// use claimgraph::{ActorId, Event, Role};
    /// let e = Event::new("x").with_participant(ActorId::new(0), Role::Initiator);
    /// assert_eq!(e.participants()[0].role(), Role::Initiator);
    /// ```
    #[must_use]
    pub fn with_participant(mut self, actor: ActorId, role: Role) -> Self {
        self.participants.push(Participant::new(actor, role));
        self
    }

    /// Sets where it happened.
    ///
    /// ```
    /// use claimgraph::Event;
    /// let e = Event::new("x").with_location("Finnish-Russian border");
    /// assert_eq!(e.location(), Some("Finnish-Russian border"));
    /// ```
    #[must_use]
    pub fn with_location(mut self, location: impl Into<String>) -> Self {
        self.location = Some(location.into());
        self
    }

    /// Sets the CAMEO event code.
    ///
    /// ```
    /// use claimgraph::Event;
    /// let e = Event::new("border closed").with_cameo("191".parse()?);
    /// assert_eq!(e.cameo().unwrap().as_str(), "191");
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    #[must_use]
    pub fn with_cameo(mut self, code: CameoCode) -> Self {
        self.cameo = Some(code);
        self
    }

    /// Sets the PLOVER event type.
    ///
    /// ```
    /// use claimgraph::{Event, PloverType};
    /// let e = Event::new("border closed").with_plover(PloverType::Coerce);
    /// assert_eq!(e.plover(), Some(PloverType::Coerce));
    /// ```
    #[must_use]
    pub fn with_plover(mut self, event_type: PloverType) -> Self {
        self.plover = Some(event_type);
        self
    }

    /// Adds a source for the event.
    ///
    /// ```
    /// use claimgraph::{Event, SourceId};
    /// let e = Event::new("x").with_source(SourceId::new(0));
    /// assert_eq!(e.sources(), [SourceId::new(0)]);
    /// ```
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }

    /// What happened.
    ///
    /// ```
    /// use claimgraph::Event;
    /// assert_eq!(Event::new("x").description(), "x");
    /// ```
    pub fn description(&self) -> &str {
        &self.description
    }

    /// When it happened or began, if known.
    ///
    /// ```
    /// use claimgraph::Event;
    /// assert!(Event::new("x").date().is_none());
    /// ```
    pub fn date(&self) -> Option<PartialDate> {
        self.date
    }

    /// When it ended, if it lasted and the end is known.
    ///
    /// ```
    /// use claimgraph::Event;
    /// assert!(Event::new("x").end().is_none());
    /// ```
    pub fn end(&self) -> Option<PartialDate> {
        self.end
    }

    /// The participants, in the order given.
    ///
    /// ```
    /// use claimgraph::{ActorId, Event, Role};
    /// let (belarus, poland) = (ActorId::new(0), ActorId::new(1));
    /// let e = Event::new("migrants steered to the border")
    ///     .with_participant(belarus, Role::Initiator)
    ///     .with_participant(poland, Role::Recipient);
    /// let initiators: Vec<ActorId> = e.participants().iter()
    ///     .filter(|p| p.role() == Role::Initiator).map(|p| p.actor()).collect();
    /// assert_eq!(initiators, [belarus]);
    /// ```
    pub fn participants(&self) -> &[Participant] {
        &self.participants
    }

    /// Where it happened, if said.
    ///
    /// ```
    /// use claimgraph::Event;
    /// assert!(Event::new("x").location().is_none());
    /// ```
    pub fn location(&self) -> Option<&str> {
        self.location.as_deref()
    }

    /// The CAMEO code, if set.
    ///
    /// ```
    /// use claimgraph::Event;
    /// assert!(Event::new("x").cameo().is_none());
    /// ```
    pub fn cameo(&self) -> Option<CameoCode> {
        self.cameo
    }

    /// The PLOVER type, if set.
    ///
    /// ```
    /// use claimgraph::Event;
    /// assert!(Event::new("x").plover().is_none());
    /// ```
    pub fn plover(&self) -> Option<PloverType> {
        self.plover
    }

    /// The sources.
    ///
    /// ```
    /// use claimgraph::Event;
    /// assert!(Event::new("x").sources().is_empty());
    /// ```
    pub fn sources(&self) -> &[SourceId] {
        &self.sources
    }
}

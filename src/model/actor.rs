use crate::codes::{CodeError, CodeFault, CodeKind};
use crate::{ActorId, CameoActorCode, Interval, Keys, SourceId};
use std::fmt;
use std::str::FromStr;

/// What kind of party an actor is.
///
/// ```
/// use claimgraph::ActorKind;
/// assert_eq!(ActorKind::State.to_string(), "state");
/// assert_eq!("media_outlet".parse::<ActorKind>(), Ok(ActorKind::MediaOutlet));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ActorKind {
    /// A sovereign state (Finland, Russia).
    State,
    /// A government or cabinet (the Finnish government).
    Government,
    /// A state institution or office (the Kremlin, a ministry).
    Institution,
    /// A natural person (Dmitry Peskov).
    Person,
    /// A non-state organisation (a party, a company, an NGO).
    Organisation,
    /// An alliance of states (NATO).
    Alliance,
    /// A loose group spoken of as one ("Western countries").
    Collective,
    /// A newspaper, broadcaster or site.
    MediaOutlet,
    /// Not known.
    Unknown,
    /// A business (a shipping line, an arms maker, a platform). CAMEO `BUS` (`MNC` for a
    /// multinational).
    Company,
    /// An intergovernmental organisation (the UN, the OPCW, the EU, the ICAO). CAMEO `IGO`.
    /// An alliance of states is [`Alliance`](Self::Alliance).
    InternationalOrganisation,
    /// A non-governmental organisation (Bellingcat, Amnesty International). CAMEO `NGO`.
    Ngo,
    /// A state's armed forces or one of their units (the 53rd Anti-Aircraft Missile Brigade).
    /// CAMEO `MIL`.
    MilitaryUnit,
    /// A non-state armed group (rebels, insurgents, militias, mercenaries). CAMEO `REB`
    /// (`INS` for insurgents, `UAF` for unidentified armed forces).
    ArmedGroup,
    /// A news agency whose reports others carry (Reuters, TASS, AFP). CAMEO `MED`.
    NewsAgency,
}

impl ActorKind {
    /// The CAMEO actor type (a three-letter role code) that coders give actors of this kind,
    /// where one fits; states and persons take their country code instead.
    ///
    /// ```
    /// use claimgraph::ActorKind;
    /// assert_eq!(ActorKind::InternationalOrganisation.cameo_type(), Some("IGO"));
    /// assert_eq!(ActorKind::MilitaryUnit.cameo_type(), Some("MIL"));
    /// assert_eq!(ActorKind::State.cameo_type(), None);
    /// ```
    pub fn cameo_type(self) -> Option<&'static str> {
        Some(match self {
            ActorKind::Government | ActorKind::Institution => "GOV",
            ActorKind::MediaOutlet | ActorKind::NewsAgency => "MED",
            ActorKind::Company => "BUS",
            ActorKind::InternationalOrganisation | ActorKind::Alliance => "IGO",
            ActorKind::Ngo => "NGO",
            ActorKind::MilitaryUnit => "MIL",
            ActorKind::ArmedGroup => "REB",
            ActorKind::State
            | ActorKind::Person
            | ActorKind::Organisation
            | ActorKind::Collective
            | ActorKind::Unknown => return None,
        })
    }
}

crate::names::names! {
    ActorKind in "claimgraph", "actor kind";
    State => "state",
    Government => "government",
    Institution => "institution",
    Person => "person",
    Organisation => "organisation",
    Alliance => "alliance",
    Collective => "collective",
    MediaOutlet => "media_outlet",
    Unknown => "unknown",
    Company => "company",
    InternationalOrganisation => "international_organisation",
    Ngo => "ngo",
    MilitaryUnit => "military_unit",
    ArmedGroup => "armed_group",
    NewsAgency => "news_agency",
}

/// An ISO 3166-1 alpha-3 country code (`FIN`, `RUS`): three capital letters.
///
/// ```
/// use claimgraph::CountryCode;
/// assert_eq!("FIN".parse::<CountryCode>()?.as_str(), "FIN");
/// assert!("fi".parse::<CountryCode>().is_err());
/// # Ok::<(), claimgraph::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// The code as written.
    ///
    /// ```
    /// use claimgraph::CountryCode;
    /// assert_eq!("RUS".parse::<CountryCode>()?.to_string(), "RUS");
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("")
    }
}

impl FromStr for CountryCode {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => {
                Ok(CountryCode([a, b, c]))
            }
            _ if s.is_empty() => Err(CodeError::new(s, CodeKind::Country, CodeFault::Empty)),
            _ if !s.chars().all(|c| c.is_ascii_uppercase()) => {
                Err(CodeError::bad_character(s, CodeKind::Country, |_, c| {
                    c.is_ascii_uppercase()
                }))
            }
            _ => Err(CodeError::new(
                s,
                CodeKind::Country,
                CodeFault::Length { len: s.len() },
            )),
        }
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

/// A Wikidata item id (`Q33` is Finland).
///
/// ```
/// use claimgraph::WikidataId;
/// let q: WikidataId = "Q33".parse()?;
/// assert_eq!(q.number(), 33);
/// assert_eq!(q.to_string(), "Q33");
/// assert!("33".parse::<WikidataId>().is_err());
/// # Ok::<(), claimgraph::CodeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WikidataId(u64);

impl WikidataId {
    /// The item's number (33 for `Q33`).
    ///
    /// ```
    /// use claimgraph::WikidataId;
    /// assert_eq!("Q159".parse::<WikidataId>()?.number(), 159);
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn number(self) -> u64 {
        self.0
    }
}

impl FromStr for WikidataId {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const KIND: CodeKind = CodeKind::Wikidata;
        if s.is_empty() {
            return Err(CodeError::new(s, KIND, CodeFault::Empty));
        }
        // `Q`, then a digit other than 0, then digits.
        let allowed = |i: usize, c: char| match i {
            0 => c == 'Q',
            1 => matches!(c, '1'..='9'),
            _ => c.is_ascii_digit(),
        };
        if !s.char_indices().all(|(i, c)| allowed(i, c)) {
            return Err(CodeError::bad_character(s, KIND, allowed));
        }
        if s.len() < 2 {
            return Err(CodeError::new(s, KIND, CodeFault::Length { len: s.len() }));
        }
        s[1..]
            .parse()
            .map(WikidataId)
            .map_err(|_| CodeError::new(s, KIND, CodeFault::OutOfRange))
    }
}

impl fmt::Display for WikidataId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Q{}", self.0)
    }
}

#[cfg(feature = "serde")]
crate::codes::string_serde!(
    CountryCode => "an ISO 3166 alpha-3 code such as \"FIN\"",
    WikidataId => "a Wikidata id such as \"Q33\""
);

/// A party to a dispute: a state, a government, a spokesperson, an alliance, an outlet.
///
/// ```
/// use claimgraph::{Actor, ActorKind};
/// let finland = Actor::new("Finland", ActorKind::State)
///     .with_alias("Helsinki")
///     .with_iso3("FIN".parse()?)
///     .with_cameo("FIN".parse()?)
///     .with_wikidata("Q33".parse()?);
/// assert_eq!(finland.name(), "Finland");
/// assert!(finland.is_named("helsinki"));
/// # Ok::<(), claimgraph::CodeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Actor {
    name: String,
    kind: ActorKind,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    aliases: Vec<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    iso3: Option<CountryCode>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    cameo: Option<CameoActorCode>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    wikidata: Option<WikidataId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "std::ops::Not::not")
    )]
    anonymous: bool,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Keys::is_empty")
    )]
    keys: Keys,
}

impl Actor {
    /// An actor with a name and a kind.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// let nato = Actor::new("NATO", ActorKind::Alliance);
    /// assert_eq!(nato.kind(), ActorKind::Alliance);
    /// ```
    pub fn new(name: impl Into<String>, kind: ActorKind) -> Self {
        Actor {
            name: name.into(),
            kind,
            aliases: Vec::new(),
            iso3: None,
            cameo: None,
            wikidata: None,
            anonymous: false,
            keys: Keys::new(),
        }
    }

    /// Marks the actor as a speaker whose identity the report withholds ("an EU
    /// spokesperson", "a senior official"): its name is a description, not a name, and it is
    /// never merged with a named actor.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// let a = Actor::new("an EU spokesperson", ActorKind::Person).with_anonymous();
    /// assert!(a.is_anonymous());
    /// ```
    #[must_use]
    pub fn with_anonymous(mut self) -> Self {
        self.anonymous = true;
        self
    }

    /// Sets the keys the actor has in other systems.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, Keys};
    /// let a = Actor::new("Russia", ActorKind::State).with_keys(Keys::new().with("icews", "RUS"));
    /// assert_eq!(a.keys().get("icews"), Some("RUS"));
    /// ```
    #[must_use]
    pub fn with_keys(mut self, keys: Keys) -> Self {
        self.keys = keys;
        self
    }

    /// Whether the report withholds who the actor is.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// assert!(!Actor::new("Finland", ActorKind::State).is_anonymous());
    /// ```
    pub fn is_anonymous(&self) -> bool {
        self.anonymous
    }

    /// The keys the actor has in other systems.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// assert!(Actor::new("Finland", ActorKind::State).keys().is_empty());
    /// ```
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// Adds another name the actor goes by ("Moscow" for Russia, "Helsinki" for Finland).
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// let a = Actor::new("Russia", ActorKind::State).with_alias("Moscow");
    /// assert_eq!(a.aliases(), ["Moscow"]);
    /// ```
    #[must_use]
    pub fn with_alias(mut self, alias: impl Into<String>) -> Self {
        self.aliases.push(alias.into());
        self
    }

    /// Sets the ISO 3166-1 alpha-3 code.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// let a = Actor::new("Russia", ActorKind::State).with_iso3("RUS".parse()?);
    /// assert_eq!(a.iso3().unwrap().as_str(), "RUS");
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    #[must_use]
    pub fn with_iso3(mut self, code: CountryCode) -> Self {
        self.iso3 = Some(code);
        self
    }

    /// Sets the CAMEO actor code.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// let a = Actor::new("Finnish government", ActorKind::Government).with_cameo("FINGOV".parse()?);
    /// assert_eq!(a.cameo().unwrap().as_str(), "FINGOV");
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    #[must_use]
    pub fn with_cameo(mut self, code: CameoActorCode) -> Self {
        self.cameo = Some(code);
        self
    }

    /// Sets the Wikidata item.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// let a = Actor::new("Dmitry Peskov", ActorKind::Person).with_wikidata("Q1386088".parse()?);
    /// assert_eq!(a.wikidata().unwrap().number(), 1_386_088);
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    #[must_use]
    pub fn with_wikidata(mut self, id: WikidataId) -> Self {
        self.wikidata = Some(id);
        self
    }

    /// The name.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// assert_eq!(Actor::new("Kremlin", ActorKind::Institution).name(), "Kremlin");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The kind.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// assert_eq!(Actor::new("Kremlin", ActorKind::Institution).kind(), ActorKind::Institution);
    /// ```
    pub fn kind(&self) -> ActorKind {
        self.kind
    }

    /// Other names, in the order given.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// assert!(Actor::new("Kremlin", ActorKind::Institution).aliases().is_empty());
    /// ```
    pub fn aliases(&self) -> &[String] {
        &self.aliases
    }

    /// The ISO 3166-1 alpha-3 code, if set.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// assert!(Actor::new("NATO", ActorKind::Alliance).iso3().is_none());
    /// ```
    pub fn iso3(&self) -> Option<CountryCode> {
        self.iso3
    }

    /// The CAMEO actor code, if set.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// assert!(Actor::new("NATO", ActorKind::Alliance).cameo().is_none());
    /// ```
    pub fn cameo(&self) -> Option<CameoActorCode> {
        self.cameo
    }

    /// The Wikidata item, if set.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// assert!(Actor::new("NATO", ActorKind::Alliance).wikidata().is_none());
    /// ```
    pub fn wikidata(&self) -> Option<WikidataId> {
        self.wikidata
    }

    /// Whether `name` is the actor's name or one of its aliases, under the one rule the crate
    /// matches names by: runs of white space count as one space, leading and trailing white
    /// space not at all, and case does not count (characters compare lowercased, by
    /// `char::to_lowercase`). A blank `name` matches nothing.
    /// [`ClaimGraph::actors_named`](crate::ClaimGraph::actors_named) finds actors by the same
    /// rule.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind};
    /// let a = Actor::new("Russian Federation", ActorKind::State).with_alias("Moscow");
    /// assert!(a.is_named(" moscow "));
    /// assert!(a.is_named("russian\tFEDERATION"));
    /// assert!(!a.is_named("Russia"));
    /// assert!(!a.is_named(""));
    /// ```
    pub fn is_named(&self, name: &str) -> bool {
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .any(|n| crate::graph::same_name(n, name))
    }
}

/// How one actor stands to another.
///
/// ```
/// use claimgraph::RelationKind;
/// assert_eq!(RelationKind::SpeaksFor.to_string(), "speaks_for");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum RelationKind {
    /// `from` is a member of `to` (Finland of NATO).
    MemberOf,
    /// `from` is an ally of `to` (Belarus of Russia). Read as stated: the reverse is a separate
    /// relation if a source states it.
    AllyOf,
    /// `from` speaks or acts on behalf of `to` (Peskov for the Kremlin, the Kremlin for Russia);
    /// PROV-O's "acted on behalf of".
    SpeaksFor,
    /// `from` is part of `to` (the Finnish government of Finland).
    PartOf,
}

crate::names::names! {
    RelationKind in "claimgraph", "relation kind";
    MemberOf => "member_of",
    AllyOf => "ally_of",
    SpeaksFor => "speaks_for",
    PartOf => "part_of",
}

/// A relation between two actors that holds over an interval: membership, alliance, speaking
/// for, being part of.
///
/// ```
/// use claimgraph::{ActorId, Interval, Relation, RelationKind};
/// let (finland, nato) = (ActorId::new(0), ActorId::new(1));
/// let member = Relation::new(finland, RelationKind::MemberOf, nato)
///     .with_valid(Interval::from_date("2023-04".parse()?));
/// assert_eq!(member.valid().to_string(), "2023-04..");
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Relation {
    from: ActorId,
    kind: RelationKind,
    to: ActorId,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "is_always"))]
    valid: Interval,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    role: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    sources: Vec<SourceId>,
}

#[cfg(feature = "serde")]
fn is_always(i: &Interval) -> bool {
    *i == Interval::ALWAYS
}

impl Relation {
    /// `from` stands in `kind` to `to`, at all times until [`with_valid`](Self::with_valid)
    /// says otherwise.
    ///
    /// ```
    /// use claimgraph::{ActorId, Relation, RelationKind};
    /// let r = Relation::new(ActorId::new(2), RelationKind::SpeaksFor, ActorId::new(3));
    /// assert_eq!((r.from(), r.to()), (ActorId::new(2), ActorId::new(3)));
    /// ```
    pub fn new(from: ActorId, kind: RelationKind, to: ActorId) -> Self {
        Relation {
            from,
            kind,
            to,
            valid: Interval::ALWAYS,
            role: None,
            sources: Vec::new(),
        }
    }

    /// Sets when the relation holds.
    ///
    /// ```
    /// use claimgraph::{ActorId, Interval, Relation, RelationKind};
    /// let r = Relation::new(ActorId::new(0), RelationKind::MemberOf, ActorId::new(1))
    ///     .with_valid(Interval::from_date("2023-04".parse()?));
    /// assert!(r.valid().end().is_none());
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_valid(mut self, valid: Interval) -> Self {
        self.valid = valid;
        self
    }

    /// Sets the role in which `from` stands to `to` ("spokesman", "deputy foreign minister").
    ///
    /// ```
    /// use claimgraph::{ActorId, Relation, RelationKind};
    /// let r = Relation::new(ActorId::new(0), RelationKind::SpeaksFor, ActorId::new(1))
    ///     .with_role("Kremlin spokesman");
    /// assert_eq!(r.role(), Some("Kremlin spokesman"));
    /// ```
    #[must_use]
    pub fn with_role(mut self, role: impl Into<String>) -> Self {
        self.role = Some(role.into());
        self
    }

    /// Adds a source that states the relation.
    ///
    /// ```
    /// use claimgraph::{ActorId, Relation, RelationKind, SourceId};
    /// let r = Relation::new(ActorId::new(0), RelationKind::AllyOf, ActorId::new(1))
    ///     .with_source(SourceId::new(0));
    /// assert_eq!(r.sources(), [SourceId::new(0)]);
    /// ```
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }

    /// The actor the relation starts from.
    ///
    /// ```
    /// use claimgraph::{ActorId, Relation, RelationKind};
    /// assert_eq!(Relation::new(ActorId::new(4), RelationKind::PartOf, ActorId::new(0)).from(), ActorId::new(4));
    /// ```
    pub fn from(&self) -> ActorId {
        self.from
    }

    /// The kind of relation.
    ///
    /// ```
    /// use claimgraph::{ActorId, Relation, RelationKind};
    /// assert_eq!(Relation::new(ActorId::new(4), RelationKind::PartOf, ActorId::new(0)).kind(), RelationKind::PartOf);
    /// ```
    pub fn kind(&self) -> RelationKind {
        self.kind
    }

    /// The actor the relation points to.
    ///
    /// ```
    /// use claimgraph::{ActorId, Relation, RelationKind};
    /// assert_eq!(Relation::new(ActorId::new(4), RelationKind::PartOf, ActorId::new(0)).to(), ActorId::new(0));
    /// ```
    pub fn to(&self) -> ActorId {
        self.to
    }

    /// When the relation holds.
    ///
    /// ```
    /// use claimgraph::{ActorId, Interval, Relation, RelationKind};
    /// assert_eq!(Relation::new(ActorId::new(4), RelationKind::PartOf, ActorId::new(0)).valid(), Interval::ALWAYS);
    /// ```
    pub fn valid(&self) -> Interval {
        self.valid
    }

    /// The role, if stated.
    ///
    /// ```
    /// use claimgraph::{ActorId, Relation, RelationKind};
    /// assert_eq!(Relation::new(ActorId::new(4), RelationKind::PartOf, ActorId::new(0)).role(), None);
    /// ```
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }

    /// The sources that state the relation.
    ///
    /// ```
    /// use claimgraph::{ActorId, Relation, RelationKind};
    /// assert!(Relation::new(ActorId::new(4), RelationKind::PartOf, ActorId::new(0)).sources().is_empty());
    /// ```
    pub fn sources(&self) -> &[SourceId] {
        &self.sources
    }
}

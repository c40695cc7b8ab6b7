use crate::{ActorId, Grading, Keys, PartialDate, SourceId};

/// What kind of record a source is.
///
/// ```
/// use claimgraph::SourceKind;
/// assert_eq!(SourceKind::Remarks.to_string(), "remarks");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SourceKind {
    /// A news article or report.
    Article,
    /// Words spoken to an audience: a press briefing, remarks to reporters.
    Remarks,
    /// An interview.
    Interview,
    /// A statement or report of a news agency.
    AgencyReport,
    /// An official document: a communiqué, a decision, a court filing.
    Document,
    /// A post on social media.
    SocialMedia,
    /// A data set (an event-data export).
    Dataset,
    /// Anything else.
    Other,
}

crate::names::names! {
    SourceKind in "claimgraph", "source kind";
    Article => "article",
    Remarks => "remarks",
    Interview => "interview",
    AgencyReport => "agency_report",
    Document => "document",
    SocialMedia => "social_media",
    Dataset => "dataset",
    Other => "other",
}

/// How faithfully a quote gives the speaker's words.
///
/// ```
/// use claimgraph::QuoteForm;
/// assert_eq!(QuoteForm::default(), QuoteForm::Verbatim);
/// assert_eq!(QuoteForm::Paraphrase.to_string(), "paraphrase");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum QuoteForm {
    /// The speaker's own words, in the language spoken.
    #[default]
    Verbatim,
    /// The speaker's words translated (Peskov quoted in English).
    Translated,
    /// The report's own words for what the speaker said.
    Paraphrase,
}

crate::names::names! {
    QuoteForm in "claimgraph", "quote form";
    Verbatim => "verbatim",
    Translated => "translated",
    Paraphrase => "paraphrase",
}

/// Words a source gives, marked verbatim, translated or paraphrased, and, at a press
/// conference with several speakers, who said them.
///
/// In a document a quote is an object (`{"text": "...", "form": "paraphrase", "speaker":
/// "A3"}`), or just its text when it is verbatim and by the source's speaker.
///
/// ```
/// use claimgraph::{ActorId, Quote, QuoteForm};
/// let q = Quote::new("a circus show").with_form(QuoteForm::Translated).with_speaker(ActorId::new(4));
/// assert_eq!(q.text(), "a circus show");
/// assert_eq!(q.form(), QuoteForm::Translated);
/// assert_eq!(q.speaker(), Some(ActorId::new(4)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Quote {
    text: String,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "is_verbatim"))]
    form: QuoteForm,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    speaker: Option<ActorId>,
}

#[cfg(feature = "serde")]
#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_verbatim(form: &QuoteForm) -> bool {
    *form == QuoteForm::Verbatim
}

impl Quote {
    /// Verbatim words, by the source's speaker.
    ///
    /// ```
    /// use claimgraph::{Quote, QuoteForm};
    /// assert_eq!(Quote::new("far-fetched").form(), QuoteForm::Verbatim);
    /// ```
    pub fn new(text: impl Into<String>) -> Self {
        Quote {
            text: text.into(),
            form: QuoteForm::Verbatim,
            speaker: None,
        }
    }

    /// Sets how faithful the words are.
    ///
    /// ```
    /// use claimgraph::{Quote, QuoteForm};
    /// let q = Quote::new("Russia is behind it").with_form(QuoteForm::Paraphrase);
    /// assert_eq!(q.form(), QuoteForm::Paraphrase);
    /// ```
    #[must_use]
    pub fn with_form(mut self, form: QuoteForm) -> Self {
        self.form = form;
        self
    }

    /// Sets who said the words, where the source has several speakers.
    ///
    /// ```
    /// use claimgraph::{ActorId, Quote};
    /// assert_eq!(Quote::new("x").with_speaker(ActorId::new(1)).speaker(), Some(ActorId::new(1)));
    /// ```
    #[must_use]
    pub fn with_speaker(mut self, speaker: ActorId) -> Self {
        self.speaker = Some(speaker);
        self
    }

    /// The words.
    ///
    /// ```
    /// assert_eq!(claimgraph::Quote::new("x").text(), "x");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How faithful they are.
    ///
    /// ```
    /// use claimgraph::{Quote, QuoteForm};
    /// assert_eq!(Quote::new("x").form(), QuoteForm::Verbatim);
    /// ```
    pub fn form(&self) -> QuoteForm {
        self.form
    }

    /// Who said them, when the quote names a speaker of its own.
    ///
    /// ```
    /// assert_eq!(claimgraph::Quote::new("x").speaker(), None);
    /// ```
    pub fn speaker(&self) -> Option<ActorId> {
        self.speaker
    }
}

/// Where something is recorded, and how it reached us: PROV-O's attribution, quotation and
/// derivation.
///
/// A source can be *reported in* others: Peskov's remarks to media representatives are
/// reported in the article, which quotes them, and perhaps in a news agency's wire too.
/// Following [`reported_in`](Source::reported_in) from a source gives its reporting, ending at
/// the sources the user read ([`ClaimGraph::reporting_chain`](crate::ClaimGraph::reporting_chain)).
/// A source may be graded in the Admiralty code ([`Grading`]).
///
/// ```
/// use claimgraph::{ActorId, Source, SourceId, SourceKind};
/// let peskov = ActorId::new(3);
/// let article = SourceId::new(0);
/// let remarks = Source::new(SourceKind::Remarks, "Peskov to media representatives")
///     .with_speaker(peskov)
///     .with_audience("media representatives")
///     .with_quote("We do not accept such accusations")
///     .with_date("2023-11-20".parse()?)
///     .with_reported_in(article)
///     .with_grading("B2".parse()?);
/// assert_eq!(remarks.reported_in(), [article]);
/// assert_eq!(remarks.grading().unwrap().to_string(), "B2");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", schemars(transform = crate::schema::version_1_source))]
pub struct Source {
    kind: SourceKind,
    title: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    outlet: Option<ActorId>,
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            alias = "speaker",
            deserialize_with = "crate::model::forms::one_or_many",
            skip_serializing_if = "Vec::is_empty"
        )
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::schema::ids_one_or_many::<ActorId>")
    )]
    speakers: Vec<ActorId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    audience: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    url: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            alias = "quote",
            deserialize_with = "crate::model::forms::quotes",
            serialize_with = "crate::model::forms::write_quotes",
            skip_serializing_if = "Vec::is_empty"
        )
    )]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::schema::quotes"))]
    quotes: Vec<Quote>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    date: Option<PartialDate>,
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            deserialize_with = "crate::model::forms::one_or_many",
            skip_serializing_if = "Vec::is_empty"
        )
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::schema::ids_one_or_many::<SourceId>")
    )]
    reported_in: Vec<SourceId>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    grading: Option<Grading>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Keys::is_empty")
    )]
    keys: Keys,
}

impl Source {
    /// A source of a kind, with its title.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// let s = Source::new(SourceKind::Article, "Finland accuses Russia");
    /// assert_eq!(s.title(), "Finland accuses Russia");
    /// ```
    pub fn new(kind: SourceKind, title: impl Into<String>) -> Self {
        Source {
            kind,
            title: title.into(),
            outlet: None,
            speakers: Vec::new(),
            audience: None,
            url: None,
            quotes: Vec::new(),
            date: None,
            reported_in: Vec::new(),
            grading: None,
            keys: Keys::new(),
        }
    }

    /// Sets the outlet that published it.
    ///
    /// ```
    /// use claimgraph::{ActorId, Source, SourceKind};
    /// let s = Source::new(SourceKind::Article, "x").with_outlet(ActorId::new(2));
    /// assert_eq!(s.outlet(), Some(ActorId::new(2)));
    /// ```
    #[must_use]
    pub fn with_outlet(mut self, outlet: ActorId) -> Self {
        self.outlet = Some(outlet);
        self
    }

    /// Adds a speaker: whose remarks, interview or post this is (several, for a press
    /// conference).
    ///
    /// ```
    /// use claimgraph::{ActorId, Source, SourceKind};
    /// let s = Source::new(SourceKind::Remarks, "joint press conference")
    ///     .with_speaker(ActorId::new(3))
    ///     .with_speaker(ActorId::new(4));
    /// assert_eq!(s.speakers(), [ActorId::new(3), ActorId::new(4)]);
    /// ```
    #[must_use]
    pub fn with_speaker(mut self, speaker: ActorId) -> Self {
        self.speakers.push(speaker);
        self
    }

    /// Sets to whom it was addressed.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// let s = Source::new(SourceKind::Remarks, "x").with_audience("media representatives");
    /// assert_eq!(s.audience(), Some("media representatives"));
    /// ```
    #[must_use]
    pub fn with_audience(mut self, audience: impl Into<String>) -> Self {
        self.audience = Some(audience.into());
        self
    }

    /// Sets where it can be read.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// let s = Source::new(SourceKind::Article, "x").with_url("https://example.org/a");
    /// assert_eq!(s.url(), Some("https://example.org/a"));
    /// ```
    #[must_use]
    pub fn with_url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// Adds verbatim words the source quotes; [`with_quoted`](Self::with_quoted) adds a
    /// translated or paraphrased one, or one by a named speaker.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// let s = Source::new(SourceKind::Remarks, "x").with_quote("far-fetched");
    /// assert_eq!(s.quotes()[0].text(), "far-fetched");
    /// ```
    #[must_use]
    pub fn with_quote(mut self, quote: impl Into<String>) -> Self {
        self.quotes.push(Quote::new(quote));
        self
    }

    /// Adds a quote with its form and speaker.
    ///
    /// ```
    /// use claimgraph::{Quote, QuoteForm, Source, SourceKind};
    /// let s = Source::new(SourceKind::Article, "x")
    ///     .with_quoted(Quote::new("Moscow is behind it").with_form(QuoteForm::Paraphrase));
    /// assert_eq!(s.quotes()[0].form(), QuoteForm::Paraphrase);
    /// ```
    #[must_use]
    pub fn with_quoted(mut self, quote: Quote) -> Self {
        self.quotes.push(quote);
        self
    }

    /// Sets when it was published or said.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// let s = Source::new(SourceKind::Article, "x").with_date("2023-11-20".parse()?);
    /// assert_eq!(s.date().unwrap().to_string(), "2023-11-20");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Records that this source is known through `report`, which reports or quotes it; add
    /// each outlet that carried it.
    ///
    /// ```
    /// use claimgraph::{Source, SourceId, SourceKind};
    /// let s = Source::new(SourceKind::Remarks, "x")
    ///     .with_reported_in(SourceId::new(0))
    ///     .with_reported_in(SourceId::new(1));
    /// assert_eq!(s.reported_in(), [SourceId::new(0), SourceId::new(1)]);
    /// ```
    #[must_use]
    pub fn with_reported_in(mut self, report: SourceId) -> Self {
        self.reported_in.push(report);
        self
    }

    /// Grades the source in the Admiralty code.
    ///
    /// ```
    /// use claimgraph::{Reliability, Source, SourceKind};
    /// let s = Source::new(SourceKind::Document, "OPCW report").with_grading("A1".parse()?);
    /// assert_eq!(s.grading().unwrap().reliability(), Reliability::A);
    /// # Ok::<(), claimgraph::GradingError>(())
    /// ```
    #[must_use]
    pub fn with_grading(mut self, grading: Grading) -> Self {
        self.grading = Some(grading);
        self
    }

    /// Sets the keys the source has in other systems.
    ///
    /// ```
    /// use claimgraph::{Keys, Source, SourceKind};
    /// let s = Source::new(SourceKind::Article, "x").with_keys(Keys::new().with("doi", "10.1/x"));
    /// assert_eq!(s.keys().get("doi"), Some("10.1/x"));
    /// ```
    #[must_use]
    pub fn with_keys(mut self, keys: Keys) -> Self {
        self.keys = keys;
        self
    }

    /// What kind of record it is.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert_eq!(Source::new(SourceKind::Interview, "x").kind(), SourceKind::Interview);
    /// ```
    pub fn kind(&self) -> SourceKind {
        self.kind
    }

    /// Its title.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert_eq!(Source::new(SourceKind::Article, "x").title(), "x");
    /// ```
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The outlet that published it.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert_eq!(Source::new(SourceKind::Article, "x").outlet(), None);
    /// ```
    pub fn outlet(&self) -> Option<ActorId> {
        self.outlet
    }

    /// Its speakers, in the order given.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert!(Source::new(SourceKind::Remarks, "x").speakers().is_empty());
    /// ```
    pub fn speakers(&self) -> &[ActorId] {
        &self.speakers
    }

    /// The first speaker, when there is one.
    ///
    /// ```
    /// use claimgraph::{ActorId, Source, SourceKind};
    /// let s = Source::new(SourceKind::Remarks, "x").with_speaker(ActorId::new(3));
    /// assert_eq!(s.speaker(), Some(ActorId::new(3)));
    /// ```
    pub fn speaker(&self) -> Option<ActorId> {
        self.speakers.first().copied()
    }

    /// To whom it was addressed.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert_eq!(Source::new(SourceKind::Remarks, "x").audience(), None);
    /// ```
    pub fn audience(&self) -> Option<&str> {
        self.audience.as_deref()
    }

    /// Where it can be read.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert_eq!(Source::new(SourceKind::Article, "x").url(), None);
    /// ```
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The quotes it gives, in order.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert!(Source::new(SourceKind::Article, "x").quotes().is_empty());
    /// ```
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// The text of the first quote, when there is one.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert_eq!(Source::new(SourceKind::Remarks, "x").with_quote("y").quote(), Some("y"));
    /// ```
    pub fn quote(&self) -> Option<&str> {
        self.quotes.first().map(Quote::text)
    }

    /// When it was published or said.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert_eq!(Source::new(SourceKind::Article, "x").date(), None);
    /// ```
    pub fn date(&self) -> Option<PartialDate> {
        self.date
    }

    /// The sources that report or quote this one, in the order given.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert!(Source::new(SourceKind::Remarks, "x").reported_in().is_empty());
    /// ```
    pub fn reported_in(&self) -> &[SourceId] {
        &self.reported_in
    }

    /// Its Admiralty grading, when an analyst gave one.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert_eq!(Source::new(SourceKind::Article, "x").grading(), None);
    /// ```
    pub fn grading(&self) -> Option<Grading> {
        self.grading
    }

    /// The keys the source has in other systems.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert!(Source::new(SourceKind::Article, "x").keys().is_empty());
    /// ```
    pub fn keys(&self) -> &Keys {
        &self.keys
    }
}

use crate::{ActorId, PartialDate, SourceId};

/// What kind of record a source is.
///
/// ```
/// use claimgraph::SourceKind;
/// assert_eq!(SourceKind::Remarks.to_string(), "remarks");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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

/// Where something is recorded, and how it reached us: PROV-O's attribution, quotation and
/// derivation.
///
/// A source can be *reported in* another: Peskov's remarks to media representatives are
/// reported in the article, which quotes them. Following [`reported_in`](Source::reported_in)
/// from a source gives its chain of reporting, ending at the source the user read.
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
///     .with_reported_in(article);
/// assert_eq!(remarks.reported_in(), Some(article));
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
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
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    speaker: Option<ActorId>,
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
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    quote: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    date: Option<PartialDate>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    reported_in: Option<SourceId>,
}

impl Source {
    /// A source of a kind, with a title or short description.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// let s = Source::new(SourceKind::Article, "Kremlin rejects Finland's accusation");
    /// assert_eq!(s.kind(), SourceKind::Article);
    /// ```
    pub fn new(kind: SourceKind, title: impl Into<String>) -> Self {
        Source {
            kind,
            title: title.into(),
            outlet: None,
            speaker: None,
            audience: None,
            url: None,
            quote: None,
            date: None,
            reported_in: None,
        }
    }

    /// Sets the outlet that published it.
    ///
    /// ```
    /// use claimgraph::{ActorId, Source, SourceKind};
    /// let s = Source::new(SourceKind::Article, "x").with_outlet(ActorId::new(9));
    /// assert_eq!(s.outlet(), Some(ActorId::new(9)));
    /// ```
    #[must_use]
    pub fn with_outlet(mut self, outlet: ActorId) -> Self {
        self.outlet = Some(outlet);
        self
    }

    /// Sets who spoke or wrote the words recorded.
    ///
    /// ```
    /// use claimgraph::{ActorId, Source, SourceKind};
    /// let s = Source::new(SourceKind::Remarks, "x").with_speaker(ActorId::new(3));
    /// assert_eq!(s.speaker(), Some(ActorId::new(3)));
    /// ```
    #[must_use]
    pub fn with_speaker(mut self, speaker: ActorId) -> Self {
        self.speaker = Some(speaker);
        self
    }

    /// Sets to whom the words were said ("media representatives", "Russian news agencies").
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// let s = Source::new(SourceKind::Remarks, "x").with_audience("Russian news agencies");
    /// assert_eq!(s.audience(), Some("Russian news agencies"));
    /// ```
    #[must_use]
    pub fn with_audience(mut self, audience: impl Into<String>) -> Self {
        self.audience = Some(audience.into());
        self
    }

    /// Sets the URL.
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

    /// Sets the words quoted.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// let s = Source::new(SourceKind::Remarks, "x").with_quote("far-fetched");
    /// assert_eq!(s.quote(), Some("far-fetched"));
    /// ```
    #[must_use]
    pub fn with_quote(mut self, quote: impl Into<String>) -> Self {
        self.quote = Some(quote.into());
        self
    }

    /// Sets the date of publication or of the words.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// let s = Source::new(SourceKind::Article, "x").with_date("2023-11-20".parse()?);
    /// assert!(s.date().is_some());
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Records that this source is known through `report`, which reports or quotes it.
    ///
    /// ```
    /// use claimgraph::{Source, SourceId, SourceKind};
    /// let s = Source::new(SourceKind::Remarks, "x").with_reported_in(SourceId::new(0));
    /// assert_eq!(s.reported_in(), Some(SourceId::new(0)));
    /// ```
    #[must_use]
    pub fn with_reported_in(mut self, report: SourceId) -> Self {
        self.reported_in = Some(report);
        self
    }

    /// The kind.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert_eq!(Source::new(SourceKind::Dataset, "x").kind(), SourceKind::Dataset);
    /// ```
    pub fn kind(&self) -> SourceKind {
        self.kind
    }

    /// The title or short description.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert_eq!(Source::new(SourceKind::Dataset, "GDELT").title(), "GDELT");
    /// ```
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The outlet, if set.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert!(Source::new(SourceKind::Dataset, "x").outlet().is_none());
    /// ```
    pub fn outlet(&self) -> Option<ActorId> {
        self.outlet
    }

    /// The speaker, if set.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert!(Source::new(SourceKind::Dataset, "x").speaker().is_none());
    /// ```
    pub fn speaker(&self) -> Option<ActorId> {
        self.speaker
    }

    /// The audience, if set.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert!(Source::new(SourceKind::Dataset, "x").audience().is_none());
    /// ```
    pub fn audience(&self) -> Option<&str> {
        self.audience.as_deref()
    }

    /// The URL, if set.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert!(Source::new(SourceKind::Dataset, "x").url().is_none());
    /// ```
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The quoted words, if set.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert!(Source::new(SourceKind::Dataset, "x").quote().is_none());
    /// ```
    pub fn quote(&self) -> Option<&str> {
        self.quote.as_deref()
    }

    /// The date, if set.
    ///
    /// ```
    /// use claimgraph::{Source, SourceKind};
    /// assert!(Source::new(SourceKind::Dataset, "x").date().is_none());
    /// ```
    pub fn date(&self) -> Option<PartialDate> {
        self.date
    }

    /// The source this one is reported in, if any: one step of the chain that
    /// [`ClaimGraph::reporting_chain`](crate::ClaimGraph::reporting_chain) follows to the end.
    ///
    /// ```
    /// use claimgraph::{ClaimGraph, Source, SourceKind};
    /// let mut g = ClaimGraph::new();
    /// let article = g.add_source(Source::new(SourceKind::Article, "report"))?;
    /// let remarks = g.add_source(Source::new(SourceKind::Remarks, "to reporters").with_reported_in(article))?;
    /// let up = g.source(remarks).unwrap().reported_in().unwrap();
    /// assert_eq!(g.source(up).unwrap().kind(), SourceKind::Article);
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn reported_in(&self) -> Option<SourceId> {
        self.reported_in
    }
}

//! schema.org `ClaimReview` JSON-LD: a fact-checker's verdict on one claim, as search
//! engines and fact-check aggregators read it. Written for one claim with a [`Verdict`];
//! read from fact-checkers' pages, feeds and the Google Fact Check Tools API.
//!
//! # Written
//!
//! | claim graph | ClaimReview |
//! |---|---|
//! | the claim's allegation | `claimReviewed` |
//! | the claim | `itemReviewed`, a `Claim` (`@id` `#C0`) |
//! | its claimant | the `Claim`'s `author`: a `Person` for persons, an `Organization` for every other actor, with `alternateName`s and the Wikidata item as `sameAs` |
//! | its date stated | `datePublished` |
//! | the actors it is about | `about` |
//! | its sources | `appearance`s (`CreativeWork` with `name`, `url`, `datePublished`); the earliest dated one also as `firstAppearance` |
//! | the rebuttals answering it, directly or not | `comment`s: `Comment`s with `@id` `#R3`, the kind as `name`, `text`, `author`, `dateCreated` and `parentItem` naming what each answers |
//! | the [`Verdict`] | `reviewRating` (a `Rating` with the textual rating as `alternateName`, the numeric scale, the explanation), the review's `author`, `datePublished` and `url` |
//!
//! # Lost in writing
//!
//! schema.org has no relation between claims, so rebuttals travel as comments; their
//! statuses, supports, motives, events, relations between actors, and every other claim
//! of the graph are not written.
//!
//! # Read
//!
//! [`ClaimGraph::from_claim_review`] takes every shape in which reviews are published: one
//! `ClaimReview`, an array, a JSON-LD `@graph`, any JSON holding them (a site's API answer
//! `{"data": [...]}`, a Data Commons `DataFeedItem`), an HTML page or a JSON object whose
//! strings hold one (each `<script type="application/ld+json">` block is read), and the
//! Google Fact Check Tools API's `claims:search` response or one of its claims.
//!
//! | ClaimReview | claim graph |
//! |---|---|
//! | `claimReviewed` (else `itemReviewed.name`); the API's `text` | a claim (an assertion) |
//! | `itemReviewed.author` (a `Person` is a person, else an organisation; a name alone an actor of unknown kind); the API's `claimant` | its claimant |
//! | `itemReviewed.datePublished`; the API's `claimDate` | its date stated (`2020-06-24 00:03` is read as the day) |
//! | `itemReviewed.appearance`, `firstAppearance`, `url` | sources it cites (articles) |
//! | `itemReviewed.about` | the actors it is about |
//! | the review's `author` (else the rating's, else `publisher`); the API's `publisher.name` or `site` | the reviewer, an actor |
//! | `reviewRating` with a false-ish rating | a denial by the reviewer, its text the rating as published (`Rated “Falso” (1 on a scale from 1 to 5): …`) |
//! | a true-ish rating | an assertion by the reviewer with the same text, supporting the claim |
//! | a mixed rating ("Half true", "Missing context"), or one neither false-ish nor true-ish | an undermining rebuttal; an unrecognised rating is also a finding |
//! | the review's `url`, `headline` or `name`, `datePublished` | a source cited by the rebuttal or supporting claim, and its date |
//! | `itemReviewed.comment`s with `parentItem` (as [`to_claim_review`](ClaimGraph::to_claim_review) writes them) | rebuttals of the claim and of one another |
//!
//! A rating leans by its numeric place on its scale when `ratingValue`, `worstRating` and
//! `bestRating` are numbers (the lowest two fifths false-ish, the top fifth true-ish, mixed
//! between), else by its words in the languages fact-checkers publish in most ([`leaning`]).
//! A record without a claim is skipped; one without a claimant or reviewer gets an actor
//! standing for the unknown; unreadable dates are kept undated; ld+json blocks that are not
//! JSON or hold no review are named. All are [findings](FindingKind), never errors.
//!
//! # Lost in reading
//!
//! The speech act (every claim is read as an assertion), images, the claimant's job title
//! and affiliation, the review's language and publisher's logo; a claim reviewed by several
//! fact-checkers is read once per record.

use crate::{ActorId, ActorKind, ClaimGraph, ClaimId, EntityId, Error, PartialDate, StatementId};
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;
use std::fmt;

mod read;

/// What a ClaimReview import found.
///
/// ```
/// use claimgraph::io::claimreview::FindingKind;
/// assert_eq!(FindingKind::Rating.to_string(), "rating neither false-ish nor true-ish");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FindingKind {
    /// A record without a claim, an ld+json block that is not JSON, a comment answering
    /// nothing read: skipped.
    Malformed,
    /// An ld+json block of another type (a `NewsArticle`, a `BreadcrumbList`): nothing read.
    NotClaimReview,
    /// The claim names no claimant: an actor standing for the unknown says it.
    Claimant,
    /// The review names no reviewer: an actor standing for the unknown gives it.
    Reviewer,
    /// A date that is not one: kept undated.
    Date,
    /// A rating neither false-ish nor true-ish (or none): kept as an undermining rebuttal.
    Rating,
    /// The graph refused the entity: skipped.
    Rejected,
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FindingKind::Malformed => "malformed record",
            FindingKind::NotClaimReview => "ld+json block without a ClaimReview",
            FindingKind::Claimant => "no claimant",
            FindingKind::Reviewer => "no reviewer",
            FindingKind::Date => "unreadable date",
            FindingKind::Rating => "rating neither false-ish nor true-ish",
            FindingKind::Rejected => "refused by the graph",
        })
    }
}

/// The report of a ClaimReview import.
pub type Report = super::Report<FindingKind>;
/// One finding of a ClaimReview import.
pub type Finding = super::Finding<FindingKind>;
/// A graph read from ClaimReview, and its report.
pub type Import = super::Import<FindingKind>;

/// Which way a fact-checker's rating leans.
///
/// ```
/// use claimgraph::io::claimreview::{Leaning, leaning};
/// assert_eq!(leaning(Some("Engañoso"), None), Leaning::False);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Leaning {
    /// False, misleading, fabricated: the review rebuts the claim.
    False,
    /// Half true, missing context: the review undermines part of it.
    Mixed,
    /// True, correct: the review supports it.
    True,
    /// No rating, or words not recognised.
    Unknown,
}

/// Words of false-ish ratings, lower case, in the languages of the fact-checkers in the IFCN's
/// registry that publish most (English, Spanish, Portuguese, French, German, Italian), with
/// the common slugs.
const FALSE_WORDS: [&str; 32] = [
    "false",
    "falso",
    "falsa",
    "faux",
    "fausse",
    "falsch",
    "fake",
    "incorrect",
    "incorrecto",
    "wrong",
    "misleading",
    "engañoso",
    "enganoso",
    "trompeur",
    "irreführend",
    "pants on fire",
    "not true",
    "no es cierto",
    "não é verdade",
    "fabricated",
    "manipulated",
    "distorted",
    "hoax",
    "bulo",
    "scam",
    "baseless",
    "debunked",
    "satire",
    "错误",
    "錯誤",
    "زائف",
    "غير صحيح",
];

/// Words of mixed ratings, checked before the false-ish and true-ish ones.
const MIXED_WORDS: [&str; 12] = [
    "half",
    "mixture",
    "mixed",
    "partly",
    "partially",
    "partial",
    "missing context",
    "needs context",
    "out of context",
    "exaggerat",
    "não é bem assim",
    "nao_e_bem_assim",
];

/// Words of true-ish ratings.
const TRUE_WORDS: [&str; 10] = [
    "true",
    "verdadero",
    "verdadeiro",
    "vrai",
    "wahr",
    "correct",
    "accurate",
    "correcto",
    "正確",
    "صحيح",
];

/// Which way a rating leans: by its place on its numeric scale when it has one (the lowest
/// two fifths false-ish, the top fifth true-ish, mixed between), else by its words (mixed
/// words first, so "half true" is mixed and "mostly false" false-ish; "not true" is false).
///
/// ```
/// use claimgraph::io::claimreview::{Leaning, leaning};
/// assert_eq!(leaning(Some("Half true"), None), Leaning::Mixed);
/// assert_eq!(leaning(Some("FALSO: As imagens são antigas"), None), Leaning::False);
/// assert_eq!(leaning(Some("Correct"), None), Leaning::True);
/// assert_eq!(leaning(Some("whatever"), Some((5, 1, 5))), Leaning::True);
/// assert_eq!(leaning(Some("really_false"), Some((-1, -1, -1))), Leaning::False);
/// assert_eq!(leaning(None, None), Leaning::Unknown);
/// ```
pub fn leaning(rating: Option<&str>, scale: Option<(i32, i32, i32)>) -> Leaning {
    if let Some((value, worst, best)) = scale
        && best > worst
        && (worst..=best).contains(&value)
    {
        let place = f64::from(value - worst) / f64::from(best - worst);
        return if place <= 0.4 {
            Leaning::False
        } else if place >= 0.8 {
            Leaning::True
        } else {
            Leaning::Mixed
        };
    }
    let Some(words) = rating else {
        return Leaning::Unknown;
    };
    let words = words.to_lowercase();
    let has = |list: &[&str]| list.iter().any(|w| words.contains(w));
    if has(&MIXED_WORDS) {
        Leaning::Mixed
    } else if has(&FALSE_WORDS) {
        Leaning::False
    } else if has(&TRUE_WORDS) {
        Leaning::True
    } else {
        Leaning::Unknown
    }
}

/// A fact-checker's verdict on a claim: who reviewed it, the rating, when, and optionally
/// where the review is published, a numeric rating and an explanation.
///
/// ```
/// use claimgraph::io::claimreview::Verdict;
/// let v = Verdict::new("Example Fact Check", "Misleading", "2023-11-21".parse()?)
///     .with_url("https://factcheck.example.org/finland-border")
///     .with_rating(2, 1, 5)
///     .with_explanation("The precedent of 2021 makes the accusation plausible.");
/// assert_eq!(v.rating(), "Misleading");
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    reviewer: String,
    rating: String,
    date: PartialDate,
    url: Option<String>,
    scale: Option<(i32, i32, i32)>,
    explanation: Option<String>,
}

impl Verdict {
    /// A verdict by `reviewer` (an organisation) with a textual rating ("False",
    /// "Misleading", "Unproven"), published on `date`.
    ///
    /// ```
    /// use claimgraph::io::claimreview::Verdict;
    /// let v = Verdict::new("Fact Check", "False", "2023-11-21".parse()?);
    /// assert_eq!(v.reviewer(), "Fact Check");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn new(reviewer: impl Into<String>, rating: impl Into<String>, date: PartialDate) -> Self {
        Verdict {
            reviewer: reviewer.into(),
            rating: rating.into(),
            date,
            url: None,
            scale: None,
            explanation: None,
        }
    }

    /// Sets the address where the review is published.
    ///
    /// ```
    /// use claimgraph::io::claimreview::Verdict;
    /// let v = Verdict::new("F", "False", "2023".parse()?).with_url("https://f.example/1");
    /// assert_eq!(v.url(), Some("https://f.example/1"));
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// Sets a numeric rating: `value` on a scale from `worst` to `best`.
    ///
    /// ```
    /// use claimgraph::io::claimreview::Verdict;
    /// let v = Verdict::new("F", "False", "2023".parse()?).with_rating(1, 1, 5);
    /// assert_eq!(v.scale(), Some((1, 1, 5)));
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_rating(mut self, value: i32, worst: i32, best: i32) -> Self {
        self.scale = Some((value, worst, best));
        self
    }

    /// Sets why the rating was given.
    ///
    /// ```
    /// use claimgraph::io::claimreview::Verdict;
    /// let v = Verdict::new("F", "False", "2023".parse()?).with_explanation("no evidence");
    /// assert_eq!(v.explanation(), Some("no evidence"));
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    #[must_use]
    pub fn with_explanation(mut self, explanation: impl Into<String>) -> Self {
        self.explanation = Some(explanation.into());
        self
    }

    /// The reviewing organisation.
    ///
    /// ```
    /// # use claimgraph::io::claimreview::Verdict;
    /// assert_eq!(Verdict::new("F", "False", "2023".parse()?).reviewer(), "F");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn reviewer(&self) -> &str {
        &self.reviewer
    }

    /// The textual rating.
    ///
    /// ```
    /// # use claimgraph::io::claimreview::Verdict;
    /// assert_eq!(Verdict::new("F", "False", "2023".parse()?).rating(), "False");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn rating(&self) -> &str {
        &self.rating
    }

    /// The date of publication.
    ///
    /// ```
    /// # use claimgraph::io::claimreview::Verdict;
    /// assert_eq!(Verdict::new("F", "False", "2023".parse()?).date().to_string(), "2023");
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn date(&self) -> PartialDate {
        self.date
    }

    /// Where the review is published.
    ///
    /// ```
    /// # use claimgraph::io::claimreview::Verdict;
    /// assert_eq!(Verdict::new("F", "False", "2023".parse()?).url(), None);
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The numeric rating as (value, worst, best).
    ///
    /// ```
    /// # use claimgraph::io::claimreview::Verdict;
    /// assert_eq!(Verdict::new("F", "False", "2023".parse()?).scale(), None);
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn scale(&self) -> Option<(i32, i32, i32)> {
        self.scale
    }

    /// Why the rating was given.
    ///
    /// ```
    /// # use claimgraph::io::claimreview::Verdict;
    /// assert_eq!(Verdict::new("F", "False", "2023".parse()?).explanation(), None);
    /// # Ok::<(), claimgraph::TimeError>(())
    /// ```
    pub fn explanation(&self) -> Option<&str> {
        self.explanation.as_deref()
    }
}

/// A schema.org Person for persons, an Organization for every other actor (schema.org's
/// `author` takes only those two), with its Wikidata item as `sameAs`.
fn agent(g: &ClaimGraph, id: ActorId) -> Value {
    let Some(a) = g.actor(id) else {
        return json!({"@type": "Organization", "name": id.to_string()});
    };
    let ty = if a.kind() == ActorKind::Person {
        "Person"
    } else {
        "Organization"
    };
    let mut o = Map::new();
    o.insert("@type".into(), json!(ty));
    o.insert("name".into(), json!(a.name()));
    if !a.aliases().is_empty() {
        o.insert("alternateName".into(), json!(a.aliases()));
    }
    if let Some(q) = a.wikidata() {
        o.insert(
            "sameAs".into(),
            json!(format!("https://www.wikidata.org/wiki/{q}")),
        );
    }
    Value::Object(o)
}

/// The rebuttals answering a claim, directly or not, as schema.org `Comment`s in id order.
fn thread(g: &ClaimGraph, claim: ClaimId) -> Vec<Value> {
    // The thread of rebuttals, each once, with an explicit stack (threads can be long and
    // cyclic).
    let mut done = BTreeSet::new();
    let mut stack: Vec<StatementId> = vec![claim.into()];
    while let Some(s) = stack.pop() {
        for (r, _) in g.rebuttals_of(s) {
            if done.insert(r) {
                stack.push(r.into());
            }
        }
    }
    done.iter()
        .filter_map(|&r| g.rebuttal(r).map(|reb| (r, reb)))
        .map(|(r, reb)| {
            let mut o = Map::new();
            o.insert("@type".into(), json!("Comment"));
            o.insert("@id".into(), json!(anchor(r.into())));
            o.insert("name".into(), json!(reb.kind().name()));
            if !reb.text().is_empty() {
                o.insert("text".into(), json!(reb.text()));
            }
            o.insert("author".into(), agent(g, reb.by()));
            if let Some(d) = reb.stated() {
                o.insert("dateCreated".into(), json!(d.to_string()));
            }
            let parents: Vec<Value> = reb
                .statements()
                .map(|s| json!({"@id": anchor(s)}))
                .collect();
            o.insert("parentItem".into(), Value::Array(parents));
            Value::Object(o)
        })
        .collect()
}

fn anchor(s: StatementId) -> String {
    format!("#{s}")
}

impl ClaimGraph {
    /// One claim, its rebuttals and a verdict as schema.org `ClaimReview` JSON-LD, for
    /// publication by fact-checkers (search engines read it).
    ///
    /// - `claimReviewed` is the claim's allegation; `itemReviewed` a `Claim` with the
    ///   claimant as `author` (a `Person` or an `Organization`), the date stated as
    ///   `datePublished`, the accused actors as `about`, each source as an `appearance` (a
    ///   `CreativeWork` with `url`, `name`, `datePublished`) and the earliest dated source as
    ///   `firstAppearance`.
    /// - `reviewRating` is a `Rating` with the textual verdict as `alternateName`, the
    ///   reviewer as `author`, and `ratingValue`/`worstRating`/`bestRating` when given;
    ///   `datePublished` and `author` of the review sit on the `ClaimReview` (schema.org gives
    ///   `Rating` no date).
    /// - schema.org has no relation between claims, so the rebuttals travel as `comment`s of
    ///   the `Claim` (`Comment`, a `CreativeWork`): each with `@id` `#R3`, its kind as `name`,
    ///   its `text`, `author` and `dateCreated`, and `parentItem` naming what it answers (`#C0`,
    ///   or another rebuttal). The whole thread is included, each rebuttal once, in id order.
    ///
    /// # Errors
    /// [`Error::NotFound`] when the claim is not in the graph.
    ///
    /// # Complexity
    /// O(t log t) for a thread of t rebuttals.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, Rebuttal, RebuttalKind, SpeechAct};
    /// use claimgraph::io::claimreview::Verdict;
    /// let mut g = ClaimGraph::new();
    /// let fi = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    /// let c = g.add_claim(
    ///     Claim::new(fi, SpeechAct::Accusation, Allegation::new("Russia steers asylum seekers to the border"))
    ///         .with_about(ru)
    ///         .with_stated("2023-11".parse()?),
    /// )?;
    /// g.add_rebuttal(Rebuttal::new(peskov, RebuttalKind::Denial, c).with_text("We do not accept such accusations"))?;
    /// let verdict = Verdict::new("Example Fact Check", "Plausible", "2023-11-21".parse()?);
    /// let review: serde_json::Value = serde_json::from_str(&g.to_claim_review(c, &verdict)?).unwrap();
    /// assert_eq!(review["@type"], "ClaimReview");
    /// assert_eq!(review["itemReviewed"]["author"]["name"], "Finnish government");
    /// assert_eq!(review["reviewRating"]["alternateName"], "Plausible");
    /// assert_eq!(review["itemReviewed"]["comment"][0]["author"]["@type"], "Person");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_claim_review(&self, claim: ClaimId, verdict: &Verdict) -> Result<String, Error> {
        let c = self
            .claim(claim)
            .ok_or(Error::NotFound(EntityId::from(claim)))?;
        let mut item = Map::new();
        item.insert("@type".into(), json!("Claim"));
        item.insert("@id".into(), json!(anchor(claim.into())));
        item.insert("author".into(), agent(self, c.claimant()));
        if let Some(d) = c.stated() {
            item.insert("datePublished".into(), json!(d.to_string()));
        }
        if !c.about().is_empty() {
            let about: Vec<Value> = c.about().iter().map(|&a| agent(self, a)).collect();
            item.insert("about".into(), Value::Array(about));
        }
        let mut appearances = Vec::new();
        let mut first: Option<(PartialDate, Value)> = None;
        for &s in c.sources() {
            let Some(src) = self.source(s) else { continue };
            let mut w = Map::new();
            w.insert("@type".into(), json!("CreativeWork"));
            w.insert("name".into(), json!(src.title()));
            if let Some(u) = src.url() {
                w.insert("url".into(), json!(u));
            }
            if let Some(d) = src.date() {
                w.insert("datePublished".into(), json!(d.to_string()));
            }
            let w = Value::Object(w);
            if let Some(d) = src.date()
                && first.as_ref().is_none_or(|(f, _)| d < *f)
            {
                first = Some((d, w.clone()));
            }
            appearances.push(w);
        }
        if !appearances.is_empty() {
            item.insert("appearance".into(), Value::Array(appearances));
        }
        if let Some((_, w)) = first {
            item.insert("firstAppearance".into(), w);
        }
        let comments = thread(self, claim);
        if !comments.is_empty() {
            item.insert("comment".into(), Value::Array(comments));
        }
        let reviewer = json!({"@type": "Organization", "name": verdict.reviewer()});
        let mut rating = Map::new();
        rating.insert("@type".into(), json!("Rating"));
        rating.insert("alternateName".into(), json!(verdict.rating()));
        rating.insert("author".into(), reviewer.clone());
        if let Some((value, worst, best)) = verdict.scale() {
            rating.insert("ratingValue".into(), json!(value));
            rating.insert("worstRating".into(), json!(worst));
            rating.insert("bestRating".into(), json!(best));
        }
        if let Some(e) = verdict.explanation() {
            rating.insert("ratingExplanation".into(), json!(e));
        }
        let mut review = Map::new();
        review.insert("@context".into(), json!("https://schema.org"));
        review.insert("@type".into(), json!("ClaimReview"));
        if let Some(u) = verdict.url() {
            review.insert("url".into(), json!(u));
        }
        review.insert("datePublished".into(), json!(verdict.date().to_string()));
        review.insert("author".into(), reviewer);
        review.insert("claimReviewed".into(), json!(c.allegation().text()));
        review.insert("itemReviewed".into(), Value::Object(item));
        review.insert("reviewRating".into(), Value::Object(rating));
        Ok(serde_json::to_string_pretty(&Value::Object(review)).unwrap_or_default())
    }
}

//! Reading ClaimReview: JSON-LD in every shape fact-checkers publish it, and the Google Fact
//! Check Tools API's claims.

use super::super::intern::quote;
use super::super::{Format, ImportError, Limits, Position, read_bounded, too_deep};
use super::{FindingKind, Import, Leaning, Report, leaning};
use crate::{
    Actor, ActorId, ActorKind, Allegation, Claim, ClaimGraph, ClaimId, PartialDate, Rebuttal,
    RebuttalKind, Source, SourceId, SourceKind, SpeechAct, StatementId, Support,
};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Read;

/// How many characters of a record's claim a finding quotes.
const QUOTED: usize = 60;

impl ClaimGraph {
    /// Reads ClaimReview records: a `ClaimReview` object, an array of them, a JSON-LD
    /// `@graph`, any JSON that holds them (a site's API answer, a Data Commons `DataFeedItem`),
    /// an HTML page (or a JSON object whose string values hold one) with
    /// `<script type="application/ld+json">` blocks, or the Google Fact Check Tools API's
    /// `claims:search` response (or one of its `claims`). See
    /// [`io::claimreview`](crate::io::claimreview#read) for what each record becomes.
    ///
    /// # Errors
    /// An [`ImportError`] when the input is neither JSON nor HTML with ld+json blocks, or
    /// passes a limit. Records that cannot be read are findings in the report, never errors.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::io::Limits;
    /// let page = r#"<html><script type="application/ld+json">{"@context": "https://schema.org",
    ///   "@type": "ClaimReview", "claimReviewed": "The moon is made of cheese",
    ///   "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Blogger"},
    ///                    "datePublished": "2024-03-01"},
    ///   "author": {"@type": "Organization", "name": "Example Checks"},
    ///   "datePublished": "2024-03-04",
    ///   "reviewRating": {"@type": "Rating", "alternateName": "False"}}</script></html>"#;
    /// let import = ClaimGraph::from_claim_review(page.as_bytes(), &Limits::default())?;
    /// let g = import.graph();
    /// let (c, claim) = g.claims().next().unwrap();
    /// assert_eq!(g.actor(claim.claimant()).unwrap().name(), "A. Blogger");
    /// let (_, review) = g.rebuttals_of(c).next().unwrap();
    /// assert_eq!(g.actor(review.by()).unwrap().name(), "Example Checks");
    /// assert!(review.text().starts_with("Rated “False”"));
    /// # Ok::<(), claimgraph::io::ImportError>(())
    /// ```
    pub fn from_claim_review(reader: impl Read, limits: &Limits) -> Result<Import, ImportError> {
        let bytes = read_bounded(reader, limits)
            .map_err(|e| ImportError::exceeded(Format::ClaimReview, e, limits.max_bytes()))?;
        read(&bytes, limits)
    }
}

fn read(bytes: &[u8], limits: &Limits) -> Result<Import, ImportError> {
    if bytes.len() as u64 > limits.max_bytes() {
        let e = super::super::limits::Exceeded::Bytes;
        return Err(ImportError::exceeded(
            Format::ClaimReview,
            e,
            limits.max_bytes(),
        ));
    }
    let mut r = Reader {
        pages: 0,
        report: Report::new(Format::ClaimReview, limits),
        graph: ClaimGraph::new(),
        limits,
    };
    let trimmed = bytes.trim_ascii_start();
    if trimmed.starts_with(b"{") || trimmed.starts_with(b"[") {
        if let Some(at) = too_deep(bytes, limits.max_depth()) {
            return Err(ImportError::too_deep(
                Format::ClaimReview,
                at,
                limits.max_depth(),
            ));
        }
        let root: Value = serde_json::from_slice(bytes)
            .map_err(|e| ImportError::json(Format::ClaimReview, &e))?;
        r.walk(root, String::new())?;
    } else {
        let text = String::from_utf8_lossy(bytes);
        let blocks = r.page(&text, "")?;
        if blocks == 0 {
            return Err(ImportError::new(
                Format::ClaimReview,
                super::super::ImportErrorKind::Structure,
                Position::whole(),
                "neither JSON nor an HTML page with application/ld+json blocks",
            ));
        }
    }
    r.report.tally(&r.graph);
    Ok(Import::new(r.graph, r.report))
}

/// How deep pages may nest in JSON strings (a page in a JSON string in a page...): real data
/// has one level; each level costs a parse, so a bound keeps hostile input cheap.
const MAX_NESTED_PAGES: usize = 3;

struct Reader<'l> {
    /// Pages being read, one inside the other.
    pages: usize,
    report: Report,
    graph: ClaimGraph,
    limits: &'l Limits,
}

fn types(o: &Map<String, Value>) -> Vec<&str> {
    match o.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn is_type(o: &Map<String, Value>, ty: &str) -> bool {
    types(o).iter().any(|t| {
        *t == ty
            || t.rsplit_once([':', '/'])
                .is_some_and(|(_, local)| local == ty)
    })
}

/// A string, or the first string of an array.
fn text(v: Option<&Value>) -> Option<&str> {
    match v? {
        Value::String(s) => Some(s.as_str()),
        Value::Array(a) => a.iter().find_map(Value::as_str),
        _ => None,
    }
    .map(str::trim)
    .filter(|s| !s.is_empty())
}

/// An object, or the first object of an array.
fn object(v: Option<&Value>) -> Option<&Map<String, Value>> {
    match v? {
        Value::Object(o) => Some(o),
        Value::Array(a) => a.iter().find_map(Value::as_object),
        _ => None,
    }
}

/// Objects of a value that is one object or an array of them.
fn objects(v: Option<&Value>) -> Vec<&Map<String, Value>> {
    match v {
        Some(Value::Object(o)) => vec![o],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_object).collect(),
        _ => Vec::new(),
    }
}

/// A date as sites write it: ISO 8601 at any precision, with or without a time, or with a
/// space before the time (`2020-06-24 00:03`); the day is kept when a time is given.
pub(super) fn date(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    if let Ok(d) = s.parse::<PartialDate>() {
        return Some(d);
    }
    let day = s.get(..10)?;
    day.parse::<PartialDate>().ok()
}

/// A number written as a number or a string ("5", ""), when whole.
fn number(v: Option<&Value>) -> Option<i32> {
    match v? {
        Value::Number(n) => n.as_i64().and_then(|n| i32::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn cut(s: &str) -> String {
    quote(&s.chars().take(QUOTED).collect::<String>())
}

/// One review read from either shape.
struct Review<'a> {
    reviewer: Option<(String, ActorKind)>,
    rating: Option<&'a str>,
    scale: Option<(i32, i32, i32)>,
    explanation: Option<&'a str>,
    url: Option<&'a str>,
    title: Option<&'a str>,
    date: Option<PartialDate>,
    raw_date: Option<&'a str>,
}

impl Reader<'_> {
    /// Walks a JSON value with an explicit stack, reading each record it meets; strings
    /// holding HTML are searched for ld+json blocks.
    fn walk(&mut self, root: Value, path: String) -> Result<(), ImportError> {
        let mut stack: Vec<(Value, String)> = vec![(root, path)];
        while let Some((v, path)) = stack.pop() {
            match v {
                Value::Object(o) => {
                    if is_type(&o, "ClaimReview") {
                        self.record(&path)?;
                        self.claim_review(&o, &path);
                    } else if o.get("claimReview").is_some_and(Value::is_array)
                        && o.contains_key("text")
                    {
                        self.record(&path)?;
                        self.api_claim(&o, &path);
                    } else {
                        // In reverse, so the stack pops them in file order.
                        let mut children: Vec<(String, Value)> = o.into_iter().collect();
                        children.reverse();
                        for (k, child) in children {
                            if let Value::String(s) = &child {
                                if s.contains("application/ld+json") {
                                    let at = join(&path, &k);
                                    self.page(s, &at)?;
                                }
                            } else if child.is_object() || child.is_array() {
                                stack.push((child, join(&path, &k)));
                            }
                        }
                    }
                }
                Value::Array(a) => {
                    for (i, child) in a.into_iter().enumerate().rev() {
                        if child.is_object() || child.is_array() {
                            stack.push((child, format!("{path}[{i}]")));
                        } else if let Value::String(s) = &child
                            && s.contains("application/ld+json")
                        {
                            self.page(s, &format!("{path}[{i}]"))?;
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn record(&mut self, path: &str) -> Result<(), ImportError> {
        self.report
            .record(Some("ClaimReview"), || Position::at(path.to_owned()))
    }

    /// Reads the ld+json blocks of an HTML page; returns how many were found.
    fn page(&mut self, html: &str, path: &str) -> Result<usize, ImportError> {
        if self.pages >= MAX_NESTED_PAGES {
            self.report.note(
                FindingKind::Malformed,
                None,
                || Position::at(path.to_owned()),
                || format!("a page nested in a page more than {MAX_NESTED_PAGES} deep: not read"),
            );
            return Ok(0);
        }
        self.pages += 1;
        let found = self.blocks(html, path);
        self.pages -= 1;
        found
    }

    fn blocks(&mut self, html: &str, path: &str) -> Result<usize, ImportError> {
        let mut found = 0;
        for (n, block) in ld_json_blocks(html).into_iter().enumerate() {
            found += 1;
            let at = if path.is_empty() {
                format!("ld+json block {}", n + 1)
            } else {
                format!("{path}: ld+json block {}", n + 1)
            };
            let block = block.trim();
            if too_deep(block.as_bytes(), self.limits.max_depth()).is_some() {
                self.report.note(
                    FindingKind::Malformed,
                    None,
                    || Position::at(at.clone()),
                    || {
                        format!(
                            "nested deeper than the limit of {}",
                            self.limits.max_depth()
                        )
                    },
                );
                continue;
            }
            match serde_json::from_str::<Value>(block) {
                Ok(v) => {
                    let before = self.report.read();
                    self.walk(v.clone(), at.clone())?;
                    if self.report.read() == before {
                        let ty = v
                            .as_object()
                            .map(|o| types(o).join(", "))
                            .filter(|t| !t.is_empty())
                            .unwrap_or_else(|| "(no @type)".to_owned());
                        self.report.note(
                            FindingKind::NotClaimReview,
                            None,
                            || Position::at(at),
                            || format!("a block of type {} holds no ClaimReview", quote(&ty)),
                        );
                    }
                }
                Err(e) => {
                    let message = format!("not JSON: {e}");
                    self.report.note(
                        FindingKind::Malformed,
                        None,
                        || Position::at(at),
                        || message,
                    );
                }
            }
        }
        Ok(found)
    }

    fn actor(&mut self, name: &str, kind: ActorKind) -> Option<ActorId> {
        self.graph.actor_or_insert(Actor::new(name, kind)).ok()
    }

    /// A schema.org agent (Person or Organization, as an object, an array or a string).
    fn agent(v: Option<&Value>) -> Option<(String, ActorKind)> {
        if let Some(o) = object(v) {
            let name = text(o.get("name"))
                .or_else(|| text(o.get("alternateName")))
                .or_else(|| text(o.get("url")))?;
            let kind = if is_type(o, "Person") {
                ActorKind::Person
            } else if is_type(o, "Organization") || is_type(o, "NewsMediaOrganization") {
                ActorKind::Organisation
            } else {
                ActorKind::Unknown
            };
            return Some((name.to_owned(), kind));
        }
        text(v).map(|s| (s.to_owned(), ActorKind::Unknown))
    }

    fn source(
        &mut self,
        title: &str,
        url: Option<&str>,
        date: Option<PartialDate>,
    ) -> Option<SourceId> {
        let mut s = Source::new(SourceKind::Article, title);
        if let Some(u) = url {
            s = s.with_url(u);
        }
        if let Some(d) = date {
            s = s.with_date(d);
        }
        self.graph.add_source(s).ok()
    }

    fn claim_review(&mut self, o: &Map<String, Value>, path: &str) {
        let item = object(o.get("itemReviewed"));
        let claim_text = text(o.get("claimReviewed"))
            .or_else(|| item.and_then(|i| text(i.get("name"))))
            .or_else(|| text(o.get("name")));
        let Some(claim_text) = claim_text else {
            self.report.note(
                FindingKind::Malformed,
                None,
                || Position::at(path.to_owned()),
                || "a ClaimReview without `claimReviewed`: skipped".to_owned(),
            );
            return;
        };
        let claimant = item.and_then(|i| Self::agent(i.get("author")));
        let raw_date = item.and_then(|i| text(i.get("datePublished")));
        let mut appearances: Vec<(String, Option<&str>, Option<PartialDate>)> = Vec::new();
        if let Some(i) = item {
            for w in objects(i.get("appearance"))
                .into_iter()
                .chain(objects(i.get("firstAppearance")))
            {
                let url = text(w.get("url"));
                let title = text(w.get("headline"))
                    .or_else(|| text(w.get("name")))
                    .or(url)
                    .unwrap_or("appearance");
                let d = text(w.get("datePublished")).and_then(date);
                if !appearances.iter().any(|(t, u, _)| t == title && *u == url) {
                    appearances.push((title.to_owned(), url, d));
                }
            }
            if let Some(url) = text(i.get("url"))
                && !appearances.iter().any(|(_, u, _)| *u == Some(url))
            {
                appearances.push((url.to_owned(), Some(url), None));
            }
        }
        let rating = object(o.get("reviewRating"));
        let review = Review {
            reviewer: Self::agent(o.get("author"))
                .or_else(|| rating.and_then(|r| Self::agent(r.get("author"))))
                .or_else(|| Self::agent(o.get("publisher"))),
            rating: rating
                .and_then(|r| text(r.get("alternateName")).or_else(|| text(r.get("name")))),
            scale: rating.and_then(|r| {
                Some((
                    number(r.get("ratingValue"))?,
                    number(r.get("worstRating"))?,
                    number(r.get("bestRating"))?,
                ))
            }),
            explanation: rating.and_then(|r| text(r.get("ratingExplanation"))),
            url: text(o.get("url")),
            title: text(o.get("headline")).or_else(|| text(o.get("name"))),
            date: text(o.get("datePublished")).and_then(date),
            raw_date: text(o.get("datePublished")),
        };
        let about: Vec<(String, ActorKind)> = item
            .map(|i| objects(i.get("about")))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|a| Self::agent(Some(&Value::Object(a.clone()))))
            .collect();
        let Some(c) = self.claim(
            path,
            claim_text,
            claimant.as_ref(),
            raw_date,
            &appearances,
            &about,
        ) else {
            return;
        };
        self.review(path, c, &review);
        // Comments written by `to_claim_review`: the thread of rebuttals.
        if let Some(i) = item {
            let own = text(i.get("@id")).unwrap_or_default();
            self.comments(path, c, own, &objects(i.get("comment")));
        }
    }

    fn api_claim(&mut self, o: &Map<String, Value>, path: &str) {
        let Some(claim_text) = text(o.get("text")) else {
            self.report.note(
                FindingKind::Malformed,
                None,
                || Position::at(path.to_owned()),
                || "a claim without `text`: skipped".to_owned(),
            );
            return;
        };
        let claimant = text(o.get("claimant")).map(|s| (s.to_owned(), ActorKind::Unknown));
        let raw_date = text(o.get("claimDate"));
        let Some(c) = self.claim(path, claim_text, claimant.as_ref(), raw_date, &[], &[]) else {
            return;
        };
        for (i, r) in objects(o.get("claimReview")).into_iter().enumerate() {
            let publisher = object(r.get("publisher"));
            let review = Review {
                reviewer: publisher
                    .and_then(|p| text(p.get("name")).or_else(|| text(p.get("site"))))
                    .map(|s| (s.to_owned(), ActorKind::Organisation)),
                rating: text(r.get("textualRating")),
                scale: None,
                explanation: None,
                url: text(r.get("url")),
                title: text(r.get("title")),
                date: text(r.get("reviewDate")).and_then(date),
                raw_date: text(r.get("reviewDate")),
            };
            self.review(&format!("{path}.claimReview[{i}]"), c, &review);
        }
    }

    fn claim(
        &mut self,
        path: &str,
        claim_text: &str,
        claimant: Option<&(String, ActorKind)>,
        raw_date: Option<&str>,
        appearances: &[(String, Option<&str>, Option<PartialDate>)],
        about: &[(String, ActorKind)],
    ) -> Option<ClaimId> {
        let by = if let Some((name, kind)) = claimant {
            self.actor(name, *kind)
        } else {
            self.report.note(
                FindingKind::Claimant,
                None,
                || Position::at(path.to_owned()),
                || {
                    format!(
                        "the claim {} names no claimant: an unknown actor stands in",
                        cut(claim_text)
                    )
                },
            );
            self.actor("(claimant not given)", ActorKind::Unknown)
        }?;
        let mut claim = Claim::new(by, SpeechAct::Assertion, Allegation::new(claim_text));
        if let Some(raw) = raw_date {
            match date(raw) {
                Some(d) => claim = claim.with_stated(d),
                None => self.report.note(
                    FindingKind::Date,
                    None,
                    || Position::at(path.to_owned()),
                    || {
                        format!(
                            "the claim's date {} is not a date: kept undated",
                            quote(raw)
                        )
                    },
                ),
            }
        }
        for (name, kind) in about {
            if let Some(a) = self.actor(name, *kind)
                && !claim.about().contains(&a)
            {
                claim = claim.with_about(a);
            }
        }
        for (title, url, d) in appearances {
            if let Some(s) = self.source(title, *url, *d) {
                claim = claim.with_source(s);
            }
        }
        match self.graph.add_claim(claim) {
            Ok(c) => Some(c),
            Err(e) => {
                let message = e.to_string();
                self.report.note(
                    FindingKind::Rejected,
                    None,
                    || Position::at(path.to_owned()),
                    || message,
                );
                None
            }
        }
    }

    /// A review: a rebuttal by the reviewer for a false-ish rating, a supporting claim for a
    /// true-ish one, an undermining rebuttal for a mixed or unrecognised one.
    fn review(&mut self, path: &str, claim: ClaimId, r: &Review<'_>) {
        let (name, kind) = if let Some(x) = &r.reviewer {
            x.clone()
        } else {
            self.report.note(
                FindingKind::Reviewer,
                None,
                || Position::at(path.to_owned()),
                || "the review names no reviewer: an unknown actor stands in".to_owned(),
            );
            ("(reviewer not given)".to_owned(), ActorKind::Unknown)
        };
        let Some(by) = self.actor(&name, kind) else {
            return;
        };
        let words = rating_words(r.rating, r.scale, r.explanation);
        let lean = leaning(r.rating, r.scale);
        if lean == Leaning::Unknown {
            let shown = r.rating.map_or_else(|| "(none)".to_owned(), cut);
            self.report.note(FindingKind::Rating, None, || Position::at(path.to_owned()), || {
                format!("rating {shown} is neither false-ish nor true-ish: kept as an undermining rebuttal")
            });
        }
        if let Some(raw) = r.raw_date
            && r.date.is_none()
        {
            self.report.note(
                FindingKind::Date,
                None,
                || Position::at(path.to_owned()),
                || {
                    format!(
                        "the review's date {} is not a date: kept undated",
                        quote(raw)
                    )
                },
            );
        }
        let title = r
            .title
            .or(r.url)
            .map_or_else(|| format!("ClaimReview by {name}"), str::to_owned);
        let source = self.source(&title, r.url, r.date);
        let added = match lean {
            Leaning::True => {
                let mut c = Claim::new(by, SpeechAct::Assertion, Allegation::new(words));
                if let Some(d) = r.date {
                    c = c.with_stated(d);
                }
                if let Some(s) = source {
                    c = c.with_source(s);
                }
                self.graph
                    .add_claim(c)
                    .and_then(|p| self.graph.add_support(Support::new(p, claim)).map(|_| ()))
            }
            Leaning::False | Leaning::Mixed | Leaning::Unknown => {
                let k = if lean == Leaning::False {
                    RebuttalKind::Denial
                } else {
                    RebuttalKind::Undermine
                };
                let mut reb = Rebuttal::new(by, k, claim).with_text(words);
                if let Some(d) = r.date {
                    reb = reb.with_stated(d);
                }
                if let Some(s) = source {
                    reb = reb.with_source(s);
                }
                self.graph.add_rebuttal(reb).map(|_| ())
            }
        };
        if let Err(e) = added {
            let message = e.to_string();
            self.report.note(
                FindingKind::Rejected,
                None,
                || Position::at(path.to_owned()),
                || message,
            );
        }
    }

    /// The `comment`s our writer puts on the `Claim`: rebuttals, with `parentItem` naming
    /// what each answers (the claim's own `@id`, or another comment's). Threads may be
    /// cyclic, so each comment is first added answering the claim, then given its real
    /// answers; parents that are neither the claim nor a comment (other claims of the
    /// writer's graph) are left.
    fn comments(
        &mut self,
        path: &str,
        claim: ClaimId,
        own: &str,
        comments: &[&Map<String, Value>],
    ) {
        let mut anchors: HashMap<&str, crate::RebuttalId> = HashMap::new();
        let mut added = Vec::new();
        for (i, c) in comments.iter().enumerate() {
            let at = || Position::at(format!("{path}.itemReviewed.comment[{i}]"));
            let Some((name, akind)) = Self::agent(c.get("author")) else {
                self.report.note(FindingKind::Reviewer, None, at, || {
                    "a comment without an author: skipped".to_owned()
                });
                continue;
            };
            let Some(by) = self.actor(&name, akind) else {
                continue;
            };
            let kind = text(c.get("name"))
                .and_then(|n| n.parse::<RebuttalKind>().ok())
                .unwrap_or(RebuttalKind::Denial);
            let mut r =
                Rebuttal::new(by, kind, claim).with_text(text(c.get("text")).unwrap_or_default());
            if let Some(d) = text(c.get("dateCreated")).and_then(date) {
                r = r.with_stated(d);
            }
            match self.graph.add_rebuttal(r) {
                Ok(id) => {
                    if let Some(anchor) = text(c.get("@id")) {
                        anchors.insert(anchor, id);
                    }
                    added.push((id, *c));
                }
                Err(e) => {
                    let message = e.to_string();
                    self.report
                        .note(FindingKind::Rejected, None, at, || message);
                }
            }
        }
        for (id, c) in added {
            let mut answers: Vec<StatementId> = Vec::new();
            for p in objects(c.get("parentItem")) {
                let Some(parent) = text(p.get("@id")) else {
                    continue;
                };
                let s = if parent == own {
                    StatementId::from(claim)
                } else if let Some(&r) = anchors.get(parent) {
                    StatementId::from(r)
                } else {
                    continue;
                };
                if !answers.contains(&s) {
                    answers.push(s);
                }
            }
            let Some(old) = self.graph.rebuttal(id) else {
                continue;
            };
            if answers.is_empty() || answers == [StatementId::from(claim)] {
                continue;
            }
            let mut r = Rebuttal::new(old.by(), old.kind(), answers[0]).with_text(old.text());
            for &s in &answers[1..] {
                r = r.answering(s);
            }
            if let Some(d) = old.stated() {
                r = r.with_stated(d);
            }
            if let Err(e) = self.graph.replace_rebuttal(id, r) {
                let message = e.to_string();
                self.report.note(
                    FindingKind::Rejected,
                    None,
                    || Position::at(format!("{path}.itemReviewed.comment")),
                    || message,
                );
            }
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The rebuttal's (or supporting claim's) text: the rating as published, its place on the
/// numeric scale when given, and the explanation.
fn rating_words(
    rating: Option<&str>,
    scale: Option<(i32, i32, i32)>,
    explanation: Option<&str>,
) -> String {
    let mut s = match rating {
        Some(r) => format!("Rated “{r}”"),
        None => "Reviewed without a rating".to_owned(),
    };
    if let Some((v, w, b)) = scale {
        let _ = write!(s, " ({v} on a scale from {w} to {b})");
    }
    if let Some(e) = explanation {
        s.push_str(": ");
        s.push_str(e);
    }
    s
}

/// The contents of each `<script type="application/ld+json">` element, in page order.
/// Linear: each search starts where the last ended.
fn ld_json_blocks(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = lower[at..].find("<script").map(|i| i + at) {
        let Some(tag_end) = lower[open..].find('>').map(|i| i + open) else {
            break;
        };
        let Some(close) = lower[tag_end..].find("</script").map(|i| i + tag_end) else {
            break;
        };
        if lower[open..tag_end].contains("application/ld+json") {
            let body = html[tag_end + 1..close].trim();
            let body = body
                .strip_prefix("<!--")
                .and_then(|b| b.strip_suffix("-->"))
                .unwrap_or(body);
            let body = body
                .trim()
                .strip_prefix("//<![CDATA[")
                .and_then(|b| b.strip_suffix("//]]>"))
                .unwrap_or(body);
            out.push(body);
        }
        at = close + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_sites_write_them() {
        assert_eq!(date("2020-06-24 00:03").unwrap().to_string(), "2020-06-24");
        assert_eq!(date("2019-09").unwrap().to_string(), "2019-09");
        assert!(date("2019-06-20T12:12:40Z").unwrap().as_instant().is_some());
        assert!(date("last week").is_none());
    }

    #[test]
    fn blocks_are_found_in_any_case_and_wrapping() {
        let html = r#"<SCRIPT type="application/ld+json"><!-- {"a": 1} --></SCRIPT>
            <script>var x;</script><script type='application/ld+json'>[2]</script><script"#;
        assert_eq!(ld_json_blocks(html), [r#" {"a": 1} "#, "[2]"]);
    }
}

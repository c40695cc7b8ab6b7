//! One row struct per table, and the conversions between rows and the model. The struct's
//! fields are the table's columns, in order; serde_arrow turns a slice of rows into a record
//! batch and back, so the columns are exactly what the module documentation lists.

use super::{Table, TableError};
use crate::{
    Actor, ActorId, ActorKind, Allegation, CameoActorCode, CameoCode, Claim, ClaimId, CountryCode,
    EntityKind, Estimate, Event, EventId, Grading, Interval, Keys, Likelihood, Motive, Outcome,
    PartialDate, PloverContext, PloverType, Quote, QuoteForm, Rebuttal, RebuttalId, RebuttalKind,
    Relation, RelationId, RelationKind, Resolution, Role, Source, SourceId, SourceKind, SpeechAct,
    StatementId, Support, SupportId, Target, WikidataId,
};
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// A key of another system: `(scheme, key)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct KeyRow {
    pub scheme: String,
    pub key: String,
}

/// The columns every main date brings: its text (authoritative), precision, and the three
/// sort keys of the timeline order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct DateColumns {
    pub text: Option<String>,
    pub precision: Option<String>,
    pub start: Option<i64>,
    pub end: Option<i64>,
    pub rank: Option<i8>,
    pub tie: Option<i32>,
}

impl DateColumns {
    pub fn of(date: Option<PartialDate>) -> Self {
        let Some(d) = date else {
            return Self::default();
        };
        let (start, precision, end, tie) = d.timeline_key();
        Self {
            text: Some(d.to_string()),
            precision: Some(precision.name().to_owned()),
            start: Some(micros(start)),
            end: Some(micros(end)),
            rank: Some(precision as i8),
            tie: Some(tie),
        }
    }
}

/// Microseconds since 1970-01-01T00:00 of a timeline key (years stay within ±9999, well
/// inside `i64` microseconds).
fn micros(t: chrono::NaiveDateTime) -> i64 {
    t.and_utc().timestamp_micros()
}

/// `actors`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct ActorRow {
    pub id: u32,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub iso3: Option<String>,
    pub cameo: Option<String>,
    pub wikidata: Option<String>,
    pub anonymous: bool,
    pub keys: Vec<KeyRow>,
}

/// `relations`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct RelationRow {
    pub id: u32,
    pub from: u32,
    pub kind: String,
    pub to: u32,
    pub valid_from: Option<String>,
    pub valid_until: Option<String>,
    pub role: Option<String>,
    pub sources: Vec<u32>,
}

/// A quote of a source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct QuoteRow {
    pub text: String,
    pub form: String,
    pub speaker: Option<u32>,
}

/// `sources`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct SourceRow {
    pub id: u32,
    pub kind: String,
    pub title: String,
    pub outlet: Option<u32>,
    pub speakers: Vec<u32>,
    pub audience: Option<String>,
    pub url: Option<String>,
    pub quotes: Vec<QuoteRow>,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub date_start: Option<i64>,
    pub date_end: Option<i64>,
    pub date_rank: Option<i8>,
    pub date_tie: Option<i32>,
    pub reported_in: Vec<u32>,
    pub grading: Option<String>,
    pub keys: Vec<KeyRow>,
}

/// A participant of an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct ParticipantRow {
    pub actor: u32,
    pub role: String,
}

/// `events`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct EventRow {
    pub id: u32,
    pub description: String,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub date_start: Option<i64>,
    pub date_end: Option<i64>,
    pub date_rank: Option<i8>,
    pub date_tie: Option<i32>,
    pub end: Option<String>,
    pub participants: Vec<ParticipantRow>,
    pub location: Option<String>,
    pub cameo: Option<String>,
    pub plover: Option<String>,
    pub sources: Vec<u32>,
    pub alleged_by: Option<String>,
    pub keys: Vec<KeyRow>,
}

/// An alternative of a claim: an allegation of its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct AllegationRow {
    pub text: String,
    pub category: Option<String>,
    pub contexts: Vec<String>,
}

/// How a claim's demand, threat or prediction was resolved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct ResolutionRow {
    pub outcome: String,
    pub date: Option<String>,
    pub by: Option<String>,
}

/// `claims`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct ClaimRow {
    pub id: u32,
    pub claimant: u32,
    pub joint_with: Vec<u32>,
    pub act: String,
    pub about: Vec<u32>,
    pub text: String,
    pub category: Option<String>,
    pub contexts: Vec<String>,
    pub motive: Option<String>,
    pub motive_event: Option<u32>,
    pub aim: Option<String>,
    pub stated: Option<String>,
    pub stated_precision: Option<String>,
    pub stated_start: Option<i64>,
    pub stated_end: Option<i64>,
    pub stated_rank: Option<i8>,
    pub stated_tie: Option<i32>,
    pub events: Vec<u32>,
    pub sources: Vec<u32>,
    pub confidence: Option<String>,
    pub confidence_wording: Option<String>,
    pub alternatives: Vec<AllegationRow>,
    pub condition: Option<String>,
    pub deadline: Option<String>,
    pub resolution: Option<ResolutionRow>,
    pub keys: Vec<KeyRow>,
}

/// `rebuttals`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct RebuttalRow {
    pub id: u32,
    pub by: u32,
    pub joint_with: Vec<u32>,
    pub kind: String,
    pub answers: Vec<String>,
    pub about: Vec<u32>,
    pub text: String,
    pub stated: Option<String>,
    pub stated_precision: Option<String>,
    pub stated_start: Option<i64>,
    pub stated_end: Option<i64>,
    pub stated_rank: Option<i8>,
    pub stated_tie: Option<i32>,
    pub events: Vec<u32>,
    pub sources: Vec<u32>,
    pub confidence: Option<String>,
    pub confidence_wording: Option<String>,
    pub keys: Vec<KeyRow>,
}

/// `supports`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct SupportRow {
    pub id: u32,
    pub premise: String,
    pub conclusion: String,
    pub text: String,
}

/// `edges`: one row per (accuser, accused, statement), as `View::accusations` counts them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct EdgeRow {
    pub accuser: u32,
    pub accused: u32,
    pub statement_kind: String,
    pub statement_id: u32,
    pub category: Option<String>,
    pub stated: Option<String>,
    pub stated_precision: Option<String>,
    pub stated_start: Option<i64>,
    pub stated_end: Option<i64>,
    pub stated_rank: Option<i8>,
    pub stated_tie: Option<i32>,
}

// ---- model to rows ------------------------------------------------------------------------

fn ids<I: Copy>(list: &[I], index: impl Fn(I) -> u32) -> Vec<u32> {
    list.iter().map(|&i| index(i)).collect()
}

fn keys(k: &Keys) -> Vec<KeyRow> {
    k.iter()
        .map(|(scheme, key)| KeyRow {
            scheme: scheme.to_owned(),
            key: key.to_owned(),
        })
        .collect()
}

fn text<T: ToString>(v: Option<T>) -> Option<String> {
    v.map(|v| v.to_string())
}

pub(super) fn actor_row(id: ActorId, a: &Actor) -> ActorRow {
    ActorRow {
        id: id.index(),
        name: a.name().to_owned(),
        kind: a.kind().name().to_owned(),
        aliases: a.aliases().to_vec(),
        iso3: text(a.iso3()),
        cameo: text(a.cameo()),
        wikidata: text(a.wikidata()),
        anonymous: a.is_anonymous(),
        keys: keys(a.keys()),
    }
}

pub(super) fn relation_row(id: RelationId, r: &Relation) -> RelationRow {
    RelationRow {
        id: id.index(),
        from: r.from().index(),
        kind: r.kind().name().to_owned(),
        to: r.to().index(),
        valid_from: text(r.valid().start()),
        valid_until: text(r.valid().end()),
        role: r.role().map(str::to_owned),
        sources: ids(r.sources(), SourceId::index),
    }
}

pub(super) fn source_row(id: SourceId, s: &Source) -> SourceRow {
    let d = DateColumns::of(s.date());
    SourceRow {
        id: id.index(),
        kind: s.kind().name().to_owned(),
        title: s.title().to_owned(),
        outlet: s.outlet().map(ActorId::index),
        speakers: ids(s.speakers(), ActorId::index),
        audience: s.audience().map(str::to_owned),
        url: s.url().map(str::to_owned),
        quotes: s
            .quotes()
            .iter()
            .map(|q| QuoteRow {
                text: q.text().to_owned(),
                form: q.form().name().to_owned(),
                speaker: q.speaker().map(ActorId::index),
            })
            .collect(),
        date: d.text,
        date_precision: d.precision,
        date_start: d.start,
        date_end: d.end,
        date_rank: d.rank,
        date_tie: d.tie,
        reported_in: ids(s.reported_in(), SourceId::index),
        grading: text(s.grading()),
        keys: keys(s.keys()),
    }
}

pub(super) fn event_row(id: EventId, e: &Event) -> EventRow {
    let d = DateColumns::of(e.date());
    EventRow {
        id: id.index(),
        description: e.description().to_owned(),
        date: d.text,
        date_precision: d.precision,
        date_start: d.start,
        date_end: d.end,
        date_rank: d.rank,
        date_tie: d.tie,
        end: text(e.end()),
        participants: e
            .participants()
            .iter()
            .map(|p| ParticipantRow {
                actor: p.actor().index(),
                role: p.role().name().to_owned(),
            })
            .collect(),
        location: e.location().map(str::to_owned),
        cameo: text(e.cameo()),
        plover: text(e.plover()),
        sources: ids(e.sources(), SourceId::index),
        alleged_by: text(e.alleged_by()),
        keys: keys(e.keys()),
    }
}

fn allegation_row(a: &Allegation) -> AllegationRow {
    AllegationRow {
        text: a.text().to_owned(),
        category: text(a.category()),
        contexts: a.contexts().iter().map(ToString::to_string).collect(),
    }
}

pub(super) fn claim_row(id: ClaimId, c: &Claim) -> ClaimRow {
    let d = DateColumns::of(c.stated());
    let a = allegation_row(c.allegation());
    ClaimRow {
        id: id.index(),
        claimant: c.claimant().index(),
        joint_with: ids(c.joint_with(), ActorId::index),
        act: c.act().name().to_owned(),
        about: ids(c.about(), ActorId::index),
        text: a.text,
        category: a.category,
        contexts: a.contexts,
        motive: c.motive().map(|m| m.text().to_owned()),
        motive_event: c.motive().and_then(Motive::event).map(EventId::index),
        aim: c.aim().map(str::to_owned),
        stated: d.text,
        stated_precision: d.precision,
        stated_start: d.start,
        stated_end: d.end,
        stated_rank: d.rank,
        stated_tie: d.tie,
        events: ids(c.events(), EventId::index),
        sources: ids(c.sources(), SourceId::index),
        confidence: c.confidence().map(|e| e.level().name().to_owned()),
        confidence_wording: c.confidence().and_then(|e| e.wording().map(str::to_owned)),
        alternatives: c.alternatives().iter().map(allegation_row).collect(),
        condition: c.condition().map(str::to_owned),
        deadline: text(c.deadline()),
        resolution: c.resolution().map(|r| ResolutionRow {
            outcome: r.outcome().name().to_owned(),
            date: text(r.date()),
            by: text(r.by()),
        }),
        keys: keys(c.keys()),
    }
}

pub(super) fn rebuttal_row(id: RebuttalId, r: &Rebuttal) -> RebuttalRow {
    let d = DateColumns::of(r.stated());
    RebuttalRow {
        id: id.index(),
        by: r.by().index(),
        joint_with: ids(r.joint_with(), ActorId::index),
        kind: r.kind().name().to_owned(),
        answers: r.answers().iter().map(ToString::to_string).collect(),
        about: ids(r.about(), ActorId::index),
        text: r.text().to_owned(),
        stated: d.text,
        stated_precision: d.precision,
        stated_start: d.start,
        stated_end: d.end,
        stated_rank: d.rank,
        stated_tie: d.tie,
        events: ids(r.events(), EventId::index),
        sources: ids(r.sources(), SourceId::index),
        confidence: r.confidence().map(|e| e.level().name().to_owned()),
        confidence_wording: r.confidence().and_then(|e| e.wording().map(str::to_owned)),
        keys: keys(r.keys()),
    }
}

pub(super) fn support_row(id: SupportId, s: &Support) -> SupportRow {
    SupportRow {
        id: id.index(),
        premise: s.premise().to_string(),
        conclusion: s.conclusion().to_string(),
        text: s.text().to_owned(),
    }
}

/// The edge rows of one accusing statement: each speaker against each actor it names.
pub(super) fn edge_rows(
    statement: StatementId,
    speakers: impl Iterator<Item = ActorId>,
    about: &[ActorId],
    category: Option<CameoCode>,
    stated: Option<PartialDate>,
    out: &mut Vec<EdgeRow>,
) {
    let (kind, number) = match statement {
        StatementId::Claim(c) => ("claim", c.index()),
        StatementId::Rebuttal(r) => ("rebuttal", r.index()),
    };
    let d = DateColumns::of(stated);
    for speaker in speakers {
        for &accused in about {
            out.push(EdgeRow {
                accuser: speaker.index(),
                accused: accused.index(),
                statement_kind: kind.to_owned(),
                statement_id: number,
                category: text(category),
                stated: d.text.clone(),
                stated_precision: d.precision.clone(),
                stated_start: d.start,
                stated_end: d.end,
                stated_rank: d.rank,
                stated_tie: d.tie,
            });
        }
    }
}

// ---- rows to model ------------------------------------------------------------------------

/// Where a row is, for errors: its table, its index in the batch and its id.
#[derive(Clone, Copy)]
pub(super) struct At {
    pub table: Table,
    pub row: usize,
    pub id: Option<crate::EntityId>,
}

impl At {
    fn bad(self, column: &'static str, message: impl Into<String>) -> TableError {
        TableError::value(self.table, self.row, self.id, column, message.into())
    }

    fn parse<T: FromStr>(self, column: &'static str, value: &str) -> Result<T, TableError>
    where
        T::Err: std::fmt::Display,
    {
        value
            .parse::<T>()
            .map_err(|e| self.bad(column, format!("{}: {e}", crate::io::intern::quote(value))))
    }

    fn opt<T: FromStr>(
        self,
        column: &'static str,
        value: Option<&str>,
    ) -> Result<Option<T>, TableError>
    where
        T::Err: std::fmt::Display,
    {
        value.map(|v| self.parse(column, v)).transpose()
    }

    fn keys(self, rows: &[KeyRow]) -> Result<Keys, TableError> {
        let mut k = Keys::new();
        for (i, row) in rows.iter().enumerate() {
            if rows[..i].iter().any(|r| r.scheme == row.scheme) {
                return Err(self.bad(
                    "keys",
                    format!(
                        "the scheme {} is given twice",
                        crate::io::intern::quote(&row.scheme)
                    ),
                ));
            }
            k = k.with(row.scheme.clone(), row.key.clone());
        }
        Ok(k)
    }

    fn estimate(
        self,
        level: Option<&str>,
        wording: Option<&str>,
    ) -> Result<Option<Estimate>, TableError> {
        match (level, wording) {
            (None, None) => Ok(None),
            (None, Some(_)) => {
                Err(self.bad("confidence_wording", "a wording without a confidence level"))
            }
            (Some(l), w) => {
                let e = Estimate::new(self.parse::<Likelihood>("confidence", l)?);
                Ok(Some(match w {
                    Some(w) => e.with_wording(w),
                    None => e,
                }))
            }
        }
    }

    fn allegation(
        self,
        column: &'static str,
        row: &AllegationRow,
    ) -> Result<Allegation, TableError> {
        let mut a = Allegation::new(row.text.clone());
        if let Some(code) = self.opt::<CameoCode>(column, row.category.as_deref())? {
            a = a.with_category(code);
        }
        for c in &row.contexts {
            a = a.with_context(self.parse::<PloverContext>(column, c)?);
        }
        Ok(a)
    }

    /// The date columns must say what the text says: a file edited by hand or written by
    /// another tool is refused rather than read with two readings of one date.
    fn date(
        self,
        column: &'static str,
        cols: &DateColumns,
    ) -> Result<Option<PartialDate>, TableError> {
        let date = self.opt::<PartialDate>(column, cols.text.as_deref())?;
        let expected = DateColumns::of(date);
        if expected != *cols {
            return Err(self.bad(
                column,
                format!(
                    "the sort columns of {} do not match it (precision {:?}, start {:?}, end {:?}, rank {:?}, tie {:?}; expected {:?}, {:?}, {:?}, {:?}, {:?})",
                    cols.text.as_deref().unwrap_or("null"),
                    cols.precision, cols.start, cols.end, cols.rank, cols.tie,
                    expected.precision, expected.start, expected.end, expected.rank, expected.tie,
                ),
            ));
        }
        Ok(date)
    }
}

/// The six date columns of a row, read back into one [`DateColumns`]: `stated` and its five
/// sort columns, or `date` and its five.
macro_rules! date_columns {
    ($row:expr, stated) => {
        DateColumns {
            text: $row.stated.clone(),
            precision: $row.stated_precision.clone(),
            start: $row.stated_start,
            end: $row.stated_end,
            rank: $row.stated_rank,
            tie: $row.stated_tie,
        }
    };
    ($row:expr, date) => {
        DateColumns {
            text: $row.date.clone(),
            precision: $row.date_precision.clone(),
            start: $row.date_start,
            end: $row.date_end,
            rank: $row.date_rank,
            tie: $row.date_tie,
        }
    };
}

pub(super) fn actor(row: &ActorRow, at: At) -> Result<Actor, TableError> {
    let mut a = Actor::new(row.name.clone(), at.parse::<ActorKind>("kind", &row.kind)?);
    for alias in &row.aliases {
        a = a.with_alias(alias.clone());
    }
    if let Some(c) = at.opt::<CountryCode>("iso3", row.iso3.as_deref())? {
        a = a.with_iso3(c);
    }
    if let Some(c) = at.opt::<CameoActorCode>("cameo", row.cameo.as_deref())? {
        a = a.with_cameo(c);
    }
    if let Some(w) = at.opt::<WikidataId>("wikidata", row.wikidata.as_deref())? {
        a = a.with_wikidata(w);
    }
    if row.anonymous {
        a = a.with_anonymous();
    }
    Ok(a.with_keys(at.keys(&row.keys)?))
}

pub(super) fn relation(row: &RelationRow, at: At) -> Result<Relation, TableError> {
    let start = at.opt::<PartialDate>("valid_from", row.valid_from.as_deref())?;
    let end = at.opt::<PartialDate>("valid_until", row.valid_until.as_deref())?;
    let valid = Interval::new(start, end).map_err(|e| at.bad("valid_until", e.to_string()))?;
    let mut r = Relation::new(
        ActorId::new(row.from),
        at.parse::<RelationKind>("kind", &row.kind)?,
        ActorId::new(row.to),
    )
    .with_valid(valid);
    if let Some(role) = &row.role {
        r = r.with_role(role.clone());
    }
    for &s in &row.sources {
        r = r.with_source(SourceId::new(s));
    }
    Ok(r)
}

pub(super) fn source(row: &SourceRow, at: At) -> Result<Source, TableError> {
    let mut s = Source::new(
        at.parse::<SourceKind>("kind", &row.kind)?,
        row.title.clone(),
    );
    if let Some(o) = row.outlet {
        s = s.with_outlet(ActorId::new(o));
    }
    for &sp in &row.speakers {
        s = s.with_speaker(ActorId::new(sp));
    }
    if let Some(a) = &row.audience {
        s = s.with_audience(a.clone());
    }
    if let Some(u) = &row.url {
        s = s.with_url(u.clone());
    }
    for q in &row.quotes {
        let mut quote =
            Quote::new(q.text.clone()).with_form(at.parse::<QuoteForm>("quotes", &q.form)?);
        if let Some(sp) = q.speaker {
            quote = quote.with_speaker(ActorId::new(sp));
        }
        s = s.with_quoted(quote);
    }
    let cols = date_columns!(row, date);
    if let Some(d) = at.date("date", &cols)? {
        s = s.with_date(d);
    }
    for &r in &row.reported_in {
        s = s.with_reported_in(SourceId::new(r));
    }
    if let Some(g) = at.opt::<Grading>("grading", row.grading.as_deref())? {
        s = s.with_grading(g);
    }
    Ok(s.with_keys(at.keys(&row.keys)?))
}

pub(super) fn event(row: &EventRow, at: At) -> Result<Event, TableError> {
    let mut e = Event::new(row.description.clone());
    let cols = date_columns!(row, date);
    if let Some(d) = at.date("date", &cols)? {
        e = e.with_date(d);
    }
    if let Some(d) = at.opt::<PartialDate>("end", row.end.as_deref())? {
        e = e.with_end(d);
    }
    for p in &row.participants {
        e = e.with_participant(
            ActorId::new(p.actor),
            at.parse::<Role>("participants", &p.role)?,
        );
    }
    if let Some(l) = &row.location {
        e = e.with_location(l.clone());
    }
    if let Some(c) = at.opt::<CameoCode>("cameo", row.cameo.as_deref())? {
        e = e.with_cameo(c);
    }
    if let Some(p) = at.opt::<PloverType>("plover", row.plover.as_deref())? {
        e = e.with_plover(p);
    }
    for &s in &row.sources {
        e = e.with_source(SourceId::new(s));
    }
    if let Some(s) = at.opt::<StatementId>("alleged_by", row.alleged_by.as_deref())? {
        e = e.with_alleged_by(s);
    }
    Ok(e.with_keys(at.keys(&row.keys)?))
}

pub(super) fn claim(row: &ClaimRow, at: At) -> Result<Claim, TableError> {
    let allegation = at.allegation(
        "category",
        &AllegationRow {
            text: row.text.clone(),
            category: row.category.clone(),
            contexts: row.contexts.clone(),
        },
    )?;
    let mut c = Claim::new(
        ActorId::new(row.claimant),
        at.parse::<SpeechAct>("act", &row.act)?,
        allegation,
    );
    for &j in &row.joint_with {
        c = c.with_joint(ActorId::new(j));
    }
    for &a in &row.about {
        c = c.with_about(ActorId::new(a));
    }
    match (&row.motive, row.motive_event) {
        (Some(m), e) => {
            let mut motive = Motive::new(m.clone());
            if let Some(e) = e {
                motive = motive.with_event(EventId::new(e));
            }
            c = c.with_motive(motive);
        }
        (None, Some(_)) => return Err(at.bad("motive_event", "an event without a motive")),
        (None, None) => {}
    }
    if let Some(a) = &row.aim {
        c = c.with_aim(a.clone());
    }
    let cols = date_columns!(row, stated);
    if let Some(d) = at.date("stated", &cols)? {
        c = c.with_stated(d);
    }
    for &e in &row.events {
        c = c.with_event(EventId::new(e));
    }
    for &s in &row.sources {
        c = c.with_source(SourceId::new(s));
    }
    if let Some(e) = at.estimate(row.confidence.as_deref(), row.confidence_wording.as_deref())? {
        c = c.with_confidence(e);
    }
    for alt in &row.alternatives {
        c = c.with_alternative(at.allegation("alternatives", alt)?);
    }
    if let Some(cond) = &row.condition {
        c = c.with_condition(cond.clone());
    }
    if let Some(d) = at.opt::<PartialDate>("deadline", row.deadline.as_deref())? {
        c = c.with_deadline(d);
    }
    if let Some(r) = &row.resolution {
        let mut res = Resolution::new(at.parse::<Outcome>("resolution", &r.outcome)?);
        if let Some(d) = at.opt::<PartialDate>("resolution", r.date.as_deref())? {
            res = res.with_date(d);
        }
        if let Some(by) = at.opt::<Target>("resolution", r.by.as_deref())? {
            res = res.with_by(by);
        }
        c = c.with_resolution(res);
    }
    Ok(c.with_keys(at.keys(&row.keys)?))
}

pub(super) fn rebuttal(row: &RebuttalRow, at: At) -> Result<Rebuttal, TableError> {
    let mut answers = row.answers.iter();
    let Some(first) = answers.next() else {
        return Err(at.bad("answers", "a rebuttal answers nothing"));
    };
    let mut r = Rebuttal::new(
        ActorId::new(row.by),
        at.parse::<RebuttalKind>("kind", &row.kind)?,
        at.parse::<Target>("answers", first)?,
    );
    for a in answers {
        r = r.answering(at.parse::<Target>("answers", a)?);
    }
    for &j in &row.joint_with {
        r = r.with_joint(ActorId::new(j));
    }
    for &a in &row.about {
        r = r.with_about(ActorId::new(a));
    }
    if !row.text.is_empty() {
        r = r.with_text(row.text.clone());
    }
    let cols = date_columns!(row, stated);
    if let Some(d) = at.date("stated", &cols)? {
        r = r.with_stated(d);
    }
    for &e in &row.events {
        r = r.with_event(EventId::new(e));
    }
    for &s in &row.sources {
        r = r.with_source(SourceId::new(s));
    }
    if let Some(e) = at.estimate(row.confidence.as_deref(), row.confidence_wording.as_deref())? {
        r = r.with_confidence(e);
    }
    Ok(r.with_keys(at.keys(&row.keys)?))
}

pub(super) fn support(row: &SupportRow, at: At) -> Result<Support, TableError> {
    let s = Support::new(
        at.parse::<StatementId>("premise", &row.premise)?,
        at.parse::<StatementId>("conclusion", &row.conclusion)?,
    );
    Ok(if row.text.is_empty() {
        s
    } else {
        s.with_text(row.text.clone())
    })
}

/// The kind of entity each table holds (the edges table holds none).
pub(super) fn kind_of(table: Table) -> Option<EntityKind> {
    Some(match table {
        Table::Actors => EntityKind::Actor,
        Table::Relations => EntityKind::Relation,
        Table::Sources => EntityKind::Source,
        Table::Events => EntityKind::Event,
        Table::Claims => EntityKind::Claim,
        Table::Rebuttals => EntityKind::Rebuttal,
        Table::Supports => EntityKind::Support,
        Table::Edges => return None,
    })
}

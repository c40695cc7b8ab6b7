//! Pictures of a dispute: Graphviz DOT ([`ClaimGraph::to_dot`]) and Mermaid
//! ([`ClaimGraph::to_mermaid`]).
//!
//! Both formats draw the same picture, from one walk of the graph; they differ only in
//! syntax. What is drawn, and how:
//!
//! | entity | drawn as |
//! |---|---|
//! | actor | yellow, shaped by kind (DOT: a state a 3-D box, a government a house, an institution a cylinder, a person an ellipse, an alliance a double octagon, a collective a folder, a media outlet a note; Mermaid: a state `[[ ]]`, a government a trapezoid, an institution a cylinder, a person a stadium, an alliance a hexagon, a collective a parallelogram, an unknown actor a circle) |
//! | claim | a rounded box coloured by speech act (accusation red, assertion grey, denial blue, warning yellow, threat orange, prediction violet), with an edge from the claimant and a bold red edge (`accuses`, `warns`, ...) to each actor it is about |
//! | rebuttal | a square box coloured by kind, with an edge from its author and a blue edge labelled by kind (`denies`, `dismisses`, ...) to each statement it answers |
//! | status | a statement nobody has answered has a heavy border; an answered one a dashed border |
//! | event | a green hexagon (DOT) or flag (Mermaid) with its dates, linked to the statements citing it (dotted, `cites`, or `motive` for the event a claim's motive points at: one edge per event, even when the claim also cites it) and to its participants (grey, labelled by role) |
//! | relation | a grey dashed edge between actors, labelled by kind |
//! | support | a green edge from premise to conclusion |
//! | source | a light blue tab (DOT) or inverted trapezoid (Mermaid) with its kind, title and date; a dotted edge `source` from each statement and event citing it; an edge `reported in` to the source that reported it, so reported speech shows its chain (remarks, the agency report, the article); an edge from its speaker (`speaks in`) and its outlet (`publishes`) |
//!
//! Labels are wrapped at 28 characters and cut to about 110. The output is deterministic:
//! entities in id order, nodes before edges.
//!
//! ```
//! use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, Event, Motive, SpeechAct};
//! let mut g = ClaimGraph::new();
//! let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
//! let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
//! let joined = g.add_event(Event::new("Finland joins NATO").with_date("2023-04".parse().unwrap()))?;
//! g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new("steering migrants"))
//!     .with_about(ru)
//!     .with_event(joined)
//!     .with_motive(Motive::new("retaliation").with_event(joined)))?;
//! // The event is drawn once, as the motive, in both pictures.
//! let dot = g.to_dot();
//! assert_eq!(dot.matches("\"C0\" -> \"E0\"").count(), 1);
//! assert!(dot.contains("\"C0\" -> \"E0\" [label=\"motive\""));
//! assert_eq!(g.to_mermaid().matches("C0 -.->|motive| E0").count(), 1);
//! # Ok::<(), claimgraph::Error>(())
//! ```

mod dot;
mod mermaid;

use crate::{
    Actor, ActorId, ActorKind, ClaimGraph, Event, EventId, Motive, PartialDate, RebuttalKind,
    RelationKind, Role, Source, SourceId, SpeechAct, StatementId,
};
use std::fmt;

/// Longest label line, in characters, before wrapping.
pub(crate) const WRAP: usize = 28;
/// Longest label text, in characters, before it is cut with an ellipsis.
pub(crate) const CUT: usize = 110;

/// Whether anyone has answered a statement: unanswered statements are drawn with a heavy
/// border, answered ones with a dashed border.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    Unanswered,
    Answered,
}

pub(crate) fn status(g: &ClaimGraph, s: StatementId) -> Status {
    if g.rebuttals_of(s).next().is_some() {
        Status::Answered
    } else {
        Status::Unanswered
    }
}

/// Fill colour of a claim, by speech act: accusations red, denials blue, threats orange.
pub(crate) fn act_colour(act: SpeechAct) -> &'static str {
    match act {
        SpeechAct::Accusation => "#f8b4b4",
        SpeechAct::Assertion => "#e5e7eb",
        SpeechAct::Denial => "#bfdbfe",
        SpeechAct::Warning => "#fde68a",
        SpeechAct::Threat => "#fdba74",
        SpeechAct::Prediction => "#ddd6fe",
        SpeechAct::Demand => "#fed7aa",
    }
}

/// Fill colour of a rebuttal, by kind.
pub(crate) fn rebuttal_colour(kind: RebuttalKind) -> &'static str {
    match kind {
        RebuttalKind::Denial => "#93c5fd",
        RebuttalKind::Dismissal => "#a5b4fc",
        RebuttalKind::Undercut | RebuttalKind::Undermine => "#99f6e4",
        RebuttalKind::CounterAccusation => "#fca5a5",
    }
}

pub(crate) const ACTOR_COLOUR: &str = "#fef9c3";
pub(crate) const EVENT_COLOUR: &str = "#d9f99d";
pub(crate) const SOURCE_COLOUR: &str = "#e0f2fe";

/// A source's label text: kind, title and date.
pub(crate) fn source_text(s: &Source) -> String {
    match s.date() {
        Some(d) => format!("{}: {} ({d})", s.kind(), s.title()),
        None => format!("{}: {}", s.kind(), s.title()),
    }
}

/// The verb on the edge from a rebuttal to what it answers.
pub(crate) fn rebuttal_verb(kind: RebuttalKind) -> &'static str {
    match kind {
        RebuttalKind::Denial => "denies",
        RebuttalKind::Undercut => "undercuts",
        RebuttalKind::Undermine => "undermines",
        RebuttalKind::CounterAccusation => "counter-accuses",
        RebuttalKind::Dismissal => "dismisses",
    }
}

/// The verb on the edge from a claim to the actors it is about.
pub(crate) fn act_verb(act: SpeechAct) -> &'static str {
    match act {
        SpeechAct::Accusation => "accuses",
        SpeechAct::Assertion | SpeechAct::Prediction => "about",
        SpeechAct::Denial => "denies for",
        SpeechAct::Warning => "warns",
        SpeechAct::Threat => "threatens",
        SpeechAct::Demand => "demands of",
    }
}

/// DOT shape of an actor, by kind.
pub(crate) fn actor_shape(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::State | ActorKind::MilitaryUnit => "box3d",
        ActorKind::Government => "house",
        ActorKind::Institution => "cylinder",
        ActorKind::Person => "ellipse",
        ActorKind::Organisation | ActorKind::Company | ActorKind::Ngo => "component",
        ActorKind::Alliance | ActorKind::InternationalOrganisation => "doubleoctagon",
        ActorKind::Collective => "folder",
        ActorKind::MediaOutlet | ActorKind::NewsAgency => "note",
        ActorKind::Unknown => "octagon",
        ActorKind::ArmedGroup => "septagon",
    }
}

/// How a statement is drawn: what it is, and the fill that goes with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Look {
    Claim(SpeechAct),
    Rebuttal(RebuttalKind),
}

/// A statement as a picture shows it.
pub(crate) struct Shape<'g> {
    pub(crate) id: StatementId,
    pub(crate) look: Look,
    pub(crate) stated: Option<PartialDate>,
    pub(crate) text: &'g str,
    pub(crate) status: Status,
}

impl Shape<'_> {
    /// The first label line's words: the speech act or the rebuttal kind.
    pub(crate) fn title(&self) -> String {
        match self.look {
            Look::Claim(act) => act.to_string(),
            Look::Rebuttal(kind) => kind.to_string(),
        }
    }

    /// ` (date)`, or nothing.
    pub(crate) fn when(&self) -> String {
        self.stated.map_or_else(String::new, |d| format!(" ({d})"))
    }

    pub(crate) fn fill(&self) -> &'static str {
        match self.look {
            Look::Claim(act) => act_colour(act),
            Look::Rebuttal(kind) => rebuttal_colour(kind),
        }
    }
}

/// An edge of the picture, by what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edge {
    /// Between actors.
    Relation(RelationKind),
    /// From an actor to what they said.
    Says,
    /// From a claim to an actor it is about, with the verb of its speech act.
    About(SpeechAct),
    /// From a rebuttal to what it answers.
    Answers(RebuttalKind),
    /// From a statement to an event it cites.
    Cites,
    /// From a claim to the event its motive points at.
    Motive,
    /// From a statement to the event it alleges happened.
    Alleges,
    /// From a premise to its conclusion.
    Supports,
    /// From an actor to an event they take part in.
    Takes(Role),
    /// From a statement or an event to a source it cites.
    Source,
    /// From a source to the source it is reported in.
    ReportedIn,
    /// From a speaker to the source of their words.
    SpeaksIn,
    /// From an outlet to a source it published.
    Publishes,
}

impl Edge {
    /// The edge's label.
    pub(crate) fn label(self) -> String {
        match self {
            Edge::Relation(kind) => kind.to_string(),
            Edge::Says => String::new(),
            Edge::About(act) => act_verb(act).to_owned(),
            Edge::Answers(kind) => rebuttal_verb(kind).to_owned(),
            Edge::Cites => "cites".to_owned(),
            Edge::Motive => "motive".to_owned(),
            Edge::Alleges => "alleges".to_owned(),
            Edge::Supports => "supports".to_owned(),
            Edge::Takes(role) => role.to_string(),
            Edge::Source => "source".to_owned(),
            Edge::ReportedIn => "reported in".to_owned(),
            Edge::SpeaksIn => "speaks in".to_owned(),
            Edge::Publishes => "publishes".to_owned(),
        }
    }
}

/// A picture format: how each part is written. [`draw`] decides what is drawn, in which
/// order.
pub(crate) trait Canvas {
    fn begin(&mut self) -> fmt::Result;
    fn actor(&mut self, id: ActorId, actor: &Actor) -> fmt::Result;
    fn event(&mut self, id: EventId, event: &Event) -> fmt::Result;
    fn source(&mut self, id: SourceId, source: &Source) -> fmt::Result;
    fn statement(&mut self, shape: &Shape<'_>) -> fmt::Result;
    fn edge(&mut self, from: &dyn fmt::Display, to: &dyn fmt::Display, edge: Edge) -> fmt::Result;
    fn end(&mut self) -> fmt::Result;
}

/// The one walk of the graph both formats share: nodes (actors, events, sources, claims,
/// rebuttals), then edges (relations, what each statement says and cites, supports,
/// participants, sources and their reporting), each in id order.
pub(crate) fn draw(g: &ClaimGraph, canvas: &mut impl Canvas) -> fmt::Result {
    canvas.begin()?;
    for (id, a) in g.actors() {
        canvas.actor(id, a)?;
    }
    for (id, e) in g.events() {
        canvas.event(id, e)?;
    }
    for (id, s) in g.sources() {
        canvas.source(id, s)?;
    }
    for (id, c) in g.claims() {
        canvas.statement(&Shape {
            id: id.into(),
            look: Look::Claim(c.act()),
            stated: c.stated(),
            text: c.allegation().text(),
            status: status(g, id.into()),
        })?;
    }
    for (id, r) in g.rebuttals() {
        canvas.statement(&Shape {
            id: id.into(),
            look: Look::Rebuttal(r.kind()),
            stated: r.stated(),
            text: r.text(),
            status: status(g, id.into()),
        })?;
    }
    for (_, r) in g.relations() {
        canvas.edge(&r.from(), &r.to(), Edge::Relation(r.kind()))?;
    }
    for (id, c) in g.claims() {
        for speaker in c.speakers() {
            canvas.edge(&speaker, &id, Edge::Says)?;
        }
        for a in c.about() {
            canvas.edge(&id, a, Edge::About(c.act()))?;
        }
        let motive = c.motive().and_then(Motive::event);
        for (e, _) in g.events_cited_by(id) {
            let edge = if Some(e) == motive {
                Edge::Motive
            } else {
                Edge::Cites
            };
            canvas.edge(&id, &e, edge)?;
        }
    }
    for (id, r) in g.rebuttals() {
        for speaker in r.speakers() {
            canvas.edge(&speaker, &id, Edge::Says)?;
        }
        for s in r.answers() {
            // An alternative of a claim is drawn as the claim; evidence as itself.
            canvas.edge(&id, &s.entity(), Edge::Answers(r.kind()))?;
        }
        for a in r.about() {
            canvas.edge(&id, a, Edge::About(SpeechAct::Accusation))?;
        }
        for e in r.events() {
            canvas.edge(&id, e, Edge::Cites)?;
        }
    }
    for (_, s) in g.supports() {
        canvas.edge(&s.premise(), &s.conclusion(), Edge::Supports)?;
    }
    for (id, e) in g.events() {
        for p in e.participants() {
            canvas.edge(&p.actor(), &id, Edge::Takes(p.role()))?;
        }
        if let Some(by) = e.alleged_by() {
            canvas.edge(&by, &id, Edge::Alleges)?;
        }
    }
    // What cites each source, and the chain that reported it: one edge per link, so a
    // chain of any length is drawn without walking it.
    for (id, c) in g.claims() {
        for s in c.sources() {
            canvas.edge(&id, s, Edge::Source)?;
        }
    }
    for (id, r) in g.rebuttals() {
        for s in r.sources() {
            canvas.edge(&id, s, Edge::Source)?;
        }
    }
    for (id, e) in g.events() {
        for s in e.sources() {
            canvas.edge(&id, s, Edge::Source)?;
        }
    }
    for (id, s) in g.sources() {
        for outer in s.reported_in() {
            canvas.edge(&id, outer, Edge::ReportedIn)?;
        }
        for a in s.speakers() {
            canvas.edge(a, &id, Edge::SpeaksIn)?;
        }
        if let Some(a) = s.outlet() {
            canvas.edge(&a, &id, Edge::Publishes)?;
        }
    }
    canvas.end()
}

/// An event's dates, after `newline`: `2023-04`, `2023-11-16 – 2023-11-19`, or nothing.
pub(crate) fn span(e: &Event, newline: &str) -> String {
    e.date().map_or_else(String::new, |d| match e.end() {
        Some(end) => format!("{newline}{d} – {end}"),
        None => format!("{newline}{d}"),
    })
}

/// Text made safe for a quoted label: line breaks become spaces, other control characters
/// are dropped, and the characters the format reserves are written as `code` says.
pub(crate) fn escape(s: &str, code: impl Fn(char) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match (c, code(c)) {
            (_, Some(written)) => out.push_str(written),
            ('\n' | '\r', None) => out.push(' '),
            (c, None) if c.is_control() => {}
            (c, None) => out.push(c),
        }
    }
    out
}

/// A label: the text cut to [`CUT`] characters and wrapped at [`WRAP`], lines joined by
/// `newline`, each line passed through `escape`.
pub(crate) fn label(text: &str, newline: &str, escape: impl Fn(&str) -> String) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut total = 0usize;
    let mut cut = false;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if total + n > CUT {
            cut = true;
            break;
        }
        total += n + 1;
        words.push(word.to_owned());
    }
    if words.is_empty() && !text.trim().is_empty() {
        // One very long word: keep its start.
        words.push(text.trim().chars().take(CUT).collect());
        cut = true;
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for w in words {
        if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > WRAP {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&w);
    }
    if cut {
        line.push('…');
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
        .iter()
        .map(|l| escape(l))
        .collect::<Vec<_>>()
        .join(newline)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_and_cut() {
        let l = label(&"word ".repeat(40), "|", str::to_owned);
        assert!(l.ends_with('…'));
        assert!(l.split('|').all(|line| line.chars().count() <= WRAP + 1));
        assert_eq!(label("  ", "|", str::to_owned), "");
        let long = label(&"x".repeat(500), "|", str::to_owned);
        assert_eq!(long.chars().count(), CUT + 1);
    }

    #[test]
    fn sources_and_their_reporting_chain_are_drawn_in_both_formats() {
        use crate::{Actor, Allegation, Claim, Source, SourceKind};
        let mut g = ClaimGraph::new();
        let peskov = g
            .add_actor(Actor::new("Peskov", ActorKind::Person))
            .unwrap();
        let outlet = g
            .add_actor(Actor::new("Outlet", ActorKind::MediaOutlet))
            .unwrap();
        let article = g
            .add_source(Source::new(SourceKind::Article, "article").with_outlet(outlet))
            .unwrap();
        let agency = g
            .add_source(Source::new(SourceKind::AgencyReport, "agencies").with_reported_in(article))
            .unwrap();
        let words = g
            .add_source(
                Source::new(SourceKind::Remarks, "remarks")
                    .with_speaker(peskov)
                    .with_reported_in(agency),
            )
            .unwrap();
        let c = g
            .add_claim(
                Claim::new(peskov, SpeechAct::Assertion, Allegation::new("x")).with_source(words),
            )
            .unwrap();
        let dot = g.to_dot();
        for id in [article, agency, words] {
            assert!(dot.contains(&format!("\"{id}\" [label=\"{id} ")), "{dot}");
        }
        assert!(dot.contains(&format!(
            "\"{words}\" -> \"{agency}\" [label=\"reported in\""
        )));
        assert!(dot.contains(&format!(
            "\"{agency}\" -> \"{article}\" [label=\"reported in\""
        )));
        assert!(dot.contains(&format!("\"{c}\" -> \"{words}\" [label=\"source\"")));
        assert!(dot.contains(&format!("\"{peskov}\" -> \"{words}\" [label=\"speaks in\"")));
        assert!(dot.contains(&format!(
            "\"{outlet}\" -> \"{article}\" [label=\"publishes\""
        )));
        let mermaid = g.to_mermaid();
        assert!(mermaid.contains(&format!("{words} -->|reported in| {agency}")));
        assert!(mermaid.contains(&format!("{agency} -->|reported in| {article}")));
        assert!(mermaid.contains(&format!("{c} -.->|source| {words}")));
        assert!(mermaid.contains(&format!("class {article} source")));
    }
}

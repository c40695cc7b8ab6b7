//! Mermaid flowcharts: the picture's syntax for GitHub and documentation tools.

use super::{
    ACTOR_COLOUR, Canvas, EVENT_COLOUR, Edge, Look, SOURCE_COLOUR, Shape, Status, act_colour, draw,
    rebuttal_colour, source_text,
};
use crate::{
    Actor, ActorId, ActorKind, ClaimGraph, Event, EventId, RebuttalKind, Source, SourceId,
    SpeechAct,
};
use std::fmt::{self, Write as _};

/// Escapes text for a double-quoted Mermaid label: Mermaid reads `#name;` entity codes, so
/// quotes, `#`, angle brackets and backticks are written as codes.
fn escape(s: &str) -> String {
    super::escape(s, |c| match c {
        '"' => Some("#quot;"),
        '#' => Some("#35;"),
        '<' => Some("#lt;"),
        '>' => Some("#gt;"),
        '`' => Some("#96;"),
        _ => None,
    })
}

fn label(text: &str) -> String {
    super::label(text, "<br/>", escape)
}

/// Opening and closing brackets of an actor's shape, by kind.
fn actor_brackets(kind: ActorKind) -> (&'static str, &'static str) {
    match kind {
        ActorKind::State | ActorKind::MilitaryUnit | ActorKind::ArmedGroup => ("[[", "]]"),
        ActorKind::Government => ("[/", "\\]"),
        ActorKind::Institution => ("[(", ")]"),
        ActorKind::Person => ("([", "])"),
        ActorKind::Organisation | ActorKind::Company | ActorKind::Ngo => ("[", "]"),
        ActorKind::Alliance | ActorKind::InternationalOrganisation => ("{{", "}}"),
        ActorKind::Collective => ("[/", "/]"),
        ActorKind::MediaOutlet | ActorKind::NewsAgency => ("[\\", "\\]"),
        ActorKind::Unknown => ("((", "))"),
    }
}

fn act_class(act: SpeechAct) -> &'static str {
    match act {
        SpeechAct::Accusation => "accusation",
        SpeechAct::Assertion => "assertion",
        SpeechAct::Denial => "denialclaim",
        SpeechAct::Warning => "warning",
        SpeechAct::Threat => "threat",
        SpeechAct::Prediction => "prediction",
        SpeechAct::Demand => "demand",
    }
}

fn rebuttal_class(kind: RebuttalKind) -> &'static str {
    match kind {
        RebuttalKind::Denial => "denial",
        RebuttalKind::Dismissal => "dismissal",
        RebuttalKind::Undercut => "undercut",
        RebuttalKind::Undermine => "undermine",
        RebuttalKind::CounterAccusation => "counteraccusation",
    }
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Unanswered => "unanswered",
        Status::Answered => "answered",
    }
}

/// The Mermaid picture, written into a string (which cannot fail), with the class of each
/// node kept for the end, where Mermaid wants them.
struct Mermaid {
    out: String,
    classes: Vec<(String, &'static str)>,
}

impl Canvas for Mermaid {
    fn begin(&mut self) -> fmt::Result {
        writeln!(self.out, "flowchart LR")
    }

    fn actor(&mut self, id: ActorId, a: &Actor) -> fmt::Result {
        let (open, close) = actor_brackets(a.kind());
        self.classes.push((id.to_string(), "actor"));
        writeln!(
            self.out,
            "  {id}{open}\"{}<br/>({})\"{close}",
            label(a.name()),
            a.kind()
        )
    }

    fn event(&mut self, id: EventId, e: &Event) -> fmt::Result {
        self.classes.push((id.to_string(), "event"));
        writeln!(
            self.out,
            "  {id}>\"{}{}\"]",
            label(e.description()),
            super::span(e, "<br/>")
        )
    }

    fn source(&mut self, id: SourceId, s: &Source) -> fmt::Result {
        self.classes.push((id.to_string(), "source"));
        writeln!(self.out, "  {id}[\\\"{id} {}\"/]", label(&source_text(s)))
    }

    fn statement(&mut self, s: &Shape<'_>) -> fmt::Result {
        let (open, close, class) = match s.look {
            Look::Claim(act) => ("(", ")", act_class(act)),
            Look::Rebuttal(kind) => ("[", "]", rebuttal_class(kind)),
        };
        self.classes.push((s.id.to_string(), class));
        self.classes
            .push((s.id.to_string(), status_class(s.status)));
        writeln!(
            self.out,
            "  {}{open}\"<b>{} {}</b>{}<br/>{}\"{close}",
            s.id,
            s.id,
            s.title(),
            s.when(),
            label(s.text)
        )
    }

    fn edge(&mut self, from: &dyn fmt::Display, to: &dyn fmt::Display, edge: Edge) -> fmt::Result {
        let arrow = match edge {
            Edge::Says | Edge::Answers(_) | Edge::ReportedIn => "-->",
            Edge::About(_) => "==>",
            Edge::Relation(_)
            | Edge::Cites
            | Edge::Motive
            | Edge::Alleges
            | Edge::Supports
            | Edge::Source
            | Edge::SpeaksIn
            | Edge::Publishes => "-.->",
            Edge::Takes(_) => "---",
        };
        let l = edge.label();
        if l.is_empty() {
            writeln!(self.out, "  {from} {arrow} {to}")
        } else {
            writeln!(self.out, "  {from} {arrow}|{l}| {to}")
        }
    }

    fn end(&mut self) -> fmt::Result {
        let o = &mut self.out;
        writeln!(o, "  classDef actor fill:{ACTOR_COLOUR},stroke:#a16207")?;
        writeln!(o, "  classDef event fill:{EVENT_COLOUR},stroke:#4d7c0f")?;
        writeln!(o, "  classDef source fill:{SOURCE_COLOUR},stroke:#0369a1")?;
        for &act in SpeechAct::ALL {
            writeln!(
                o,
                "  classDef {} fill:{},stroke:#374151",
                act_class(act),
                act_colour(act)
            )?;
        }
        for &kind in RebuttalKind::ALL {
            writeln!(
                o,
                "  classDef {} fill:{},stroke:#1d4ed8",
                rebuttal_class(kind),
                rebuttal_colour(kind)
            )?;
        }
        writeln!(o, "  classDef unanswered stroke-width:3px")?;
        writeln!(o, "  classDef answered stroke-dasharray:5 3")?;
        for (id, class) in &self.classes {
            writeln!(o, "  class {id} {class}")?;
        }
        Ok(())
    }
}

impl ClaimGraph {
    /// The graph as a Mermaid flowchart (the text inside a fenced `mermaid` block, which
    /// GitHub and many documentation tools render); the same picture as
    /// [`to_dot`](Self::to_dot), described in [`io::picture`](crate::io::picture). Fills
    /// come from `classDef` classes named after speech acts and rebuttal kinds
    /// (`accusation`, `denial`, `dismissal`, ...), borders from the classes `unanswered`
    /// and `answered`.
    ///
    /// # Complexity
    /// O(n + r) for n entities and r references.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, SpeechAct};
    /// let mut g = ClaimGraph::new();
    /// let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new("smuggling")).with_about(ru))?;
    /// // Ready to paste into a Markdown file.
    /// let markdown = format!("```mermaid\n{}```\n", g.to_mermaid());
    /// assert!(markdown.contains("A0[[\"Finland<br/>(state)\"]]"));
    /// assert!(markdown.contains("C0 ==>|accuses| A1"));
    /// assert!(markdown.contains("class C0 unanswered"));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn to_mermaid(&self) -> String {
        let mut m = Mermaid {
            out: String::new(),
            classes: Vec::new(),
        };
        // Writing into a String cannot fail.
        let _ = draw(self, &mut m);
        m.out
    }
}

#[cfg(test)]
mod tests {
    use crate::{Actor, ActorKind, Allegation, Claim, ClaimGraph, SpeechAct};

    #[test]
    fn labels_cannot_break_out_of_their_quotes() {
        let mut g = ClaimGraph::new();
        let a = g
            .add_actor(Actor::new("x\"]; click A0 call evil()", ActorKind::Person))
            .unwrap();
        g.add_claim(Claim::new(
            a,
            SpeechAct::Assertion,
            Allegation::new("<script>#`"),
        ))
        .unwrap();
        let m = g.to_mermaid();
        assert!(m.contains("x#quot;]; click A0 call evil()"));
        assert!(m.contains("#lt;script#gt;#35;#96;"));
        for line in m.lines() {
            assert_eq!(line.matches('"').count() % 2, 0, "{line}");
        }
    }
}

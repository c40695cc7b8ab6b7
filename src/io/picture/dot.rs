//! Graphviz DOT: the picture's syntax for `dot -Tsvg`.

use super::{
    ACTOR_COLOUR, Canvas, EVENT_COLOUR, Edge, Look, SOURCE_COLOUR, Shape, Status, actor_shape,
    draw, source_text,
};
use crate::{Actor, ActorId, ClaimGraph, Event, EventId, Source, SourceId};
use std::fmt::{self, Write as _};

/// Escapes text for a double-quoted DOT string.
fn escape(s: &str) -> String {
    super::escape(s, |c| match c {
        '"' => Some("\\\""),
        '\\' => Some("\\\\"),
        _ => None,
    })
}

fn label(text: &str) -> String {
    super::label(text, "\\n", escape)
}

/// The DOT picture, written into a string (which cannot fail).
struct Dot(String);

impl Canvas for Dot {
    fn begin(&mut self) -> fmt::Result {
        let o = &mut self.0;
        writeln!(o, "digraph dispute {{")?;
        writeln!(o, "  rankdir=LR;")?;
        writeln!(o, "  newrank=true;")?;
        writeln!(
            o,
            "  node [fontname=\"Helvetica\", fontsize=10, style=filled];"
        )?;
        writeln!(o, "  edge [fontname=\"Helvetica\", fontsize=9];")
    }

    fn actor(&mut self, id: ActorId, a: &Actor) -> fmt::Result {
        writeln!(
            self.0,
            "  \"{id}\" [label=\"{}\\n({})\", shape={}, fillcolor=\"{ACTOR_COLOUR}\"];",
            label(a.name()),
            a.kind(),
            actor_shape(a.kind()),
        )
    }

    fn event(&mut self, id: EventId, e: &Event) -> fmt::Result {
        writeln!(
            self.0,
            "  \"{id}\" [label=\"{}{}\", shape=hexagon, fillcolor=\"{EVENT_COLOUR}\"];",
            label(e.description()),
            super::span(e, "\\n"),
        )
    }

    fn source(&mut self, id: SourceId, s: &Source) -> fmt::Result {
        writeln!(
            self.0,
            "  \"{id}\" [label=\"{id} {}\", shape=tab, fillcolor=\"{SOURCE_COLOUR}\"];",
            label(&source_text(s)),
        )
    }

    fn statement(&mut self, s: &Shape<'_>) -> fmt::Result {
        // One `style` attribute: DOT keeps only the last of several.
        let corners = match s.look {
            Look::Claim(_) => ",rounded",
            Look::Rebuttal(_) => "",
        };
        let (border, dashed) = match s.status {
            Status::Unanswered => ("penwidth=2.5", ""),
            Status::Answered => ("penwidth=1.2", ",dashed"),
        };
        writeln!(
            self.0,
            "  \"{}\" [label=\"{} {}{}\\n{}\", shape=box, style=\"filled{corners}{dashed}\", fillcolor=\"{}\", {border}];",
            s.id,
            s.id,
            s.title(),
            s.when(),
            label(s.text),
            s.fill(),
        )
    }

    fn edge(&mut self, from: &dyn fmt::Display, to: &dyn fmt::Display, edge: Edge) -> fmt::Result {
        let l = edge.label();
        let look = match edge {
            Edge::Relation(_) => {
                format!("label=\"{l}\", style=dashed, color=\"#6b7280\", fontcolor=\"#6b7280\"")
            }
            Edge::Says => "color=\"#374151\"".to_owned(),
            Edge::About(_) => {
                format!("label=\"{l}\", color=\"#b91c1c\", fontcolor=\"#b91c1c\", penwidth=2")
            }
            Edge::Answers(_) => {
                format!("label=\"{l}\", color=\"#1d4ed8\", fontcolor=\"#1d4ed8\", penwidth=1.6")
            }
            Edge::Cites | Edge::Motive | Edge::Alleges => {
                format!("label=\"{l}\", style=dotted, color=\"#4d7c0f\"")
            }
            Edge::Supports => format!("label=\"{l}\", color=\"#15803d\", fontcolor=\"#15803d\""),
            Edge::Takes(_) => {
                format!("label=\"{l}\", color=\"#9ca3af\", fontcolor=\"#6b7280\", arrowhead=none")
            }
            Edge::Source | Edge::SpeaksIn | Edge::Publishes => {
                format!("label=\"{l}\", style=dotted, color=\"#0369a1\", fontcolor=\"#0369a1\"")
            }
            Edge::ReportedIn => {
                format!("label=\"{l}\", color=\"#0369a1\", fontcolor=\"#0369a1\"")
            }
        };
        writeln!(self.0, "  \"{from}\" -> \"{to}\" [{look}];")
    }

    fn end(&mut self) -> fmt::Result {
        writeln!(self.0, "}}")
    }
}

impl ClaimGraph {
    /// The graph as a Graphviz DOT picture, to render with `dot -Tsvg`; see
    /// [`io::picture`](crate::io::picture) for what is drawn, and how.
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
    /// let dot = g.to_dot();
    /// assert!(dot.starts_with("digraph dispute {"));
    /// assert!(dot.contains("\"A0\" -> \"C0\""));
    /// assert!(dot.contains("\"C0\" -> \"A1\" [label=\"accuses\""));
    /// // Render it, when Graphviz is installed:
    /// // std::fs::write("dispute.dot", dot)?;  then  dot -Tsvg dispute.dot > dispute.svg
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn to_dot(&self) -> String {
        let mut dot = Dot(String::new());
        // Writing into a String cannot fail.
        let _ = draw(self, &mut dot);
        dot.0
    }
}

#[cfg(test)]
mod tests {
    use crate::{
        Actor, ActorKind, Allegation, Claim, ClaimGraph, Rebuttal, RebuttalKind, SpeechAct,
    };

    #[test]
    fn quotes_and_backslashes_are_escaped() {
        let mut g = ClaimGraph::new();
        let a = g
            .add_actor(Actor::new("A \"quoted\" \\ name", ActorKind::Person))
            .unwrap();
        let c = g
            .add_claim(Claim::new(
                a,
                SpeechAct::Assertion,
                Allegation::new("line\nbreak \"x\""),
            ))
            .unwrap();
        g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Dismissal, c))
            .unwrap();
        let dot = g.to_dot();
        assert!(dot.contains("A \\\"quoted\\\" \\\\ name"));
        assert!(dot.contains("line break \\\"x\\\""));
        assert!(dot.contains("\"R0\" -> \"C0\" [label=\"dismisses\""));
    }

    #[test]
    fn each_node_has_one_style_and_answered_ones_are_dashed() {
        let mut g = ClaimGraph::new();
        let a = g.add_actor(Actor::new("A", ActorKind::Person)).unwrap();
        let c = g
            .add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))
            .unwrap();
        g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, c))
            .unwrap();
        let dot = g.to_dot();
        for line in dot.lines().filter(|l| l.contains(" [label=")) {
            assert!(line.matches("style=").count() <= 1, "{line}");
        }
        // The claim is answered: dashed; the rebuttal is not: a heavy border, square corners.
        let claim = dot.lines().find(|l| l.starts_with("  \"C0\" [")).unwrap();
        assert!(claim.contains("style=\"filled,rounded,dashed\""), "{claim}");
        assert!(claim.contains("penwidth=1.2"), "{claim}");
        let rebuttal = dot.lines().find(|l| l.starts_with("  \"R0\" [")).unwrap();
        assert!(rebuttal.contains("style=\"filled\""), "{rebuttal}");
        assert!(rebuttal.contains("penwidth=2.5"), "{rebuttal}");
    }

    #[test]
    fn the_empty_graph_is_a_valid_digraph() {
        let dot = ClaimGraph::new().to_dot();
        assert!(dot.starts_with("digraph dispute {"));
        assert!(dot.trim_end().ends_with('}'));
    }
}

//! Graphviz DOT export: a picture of a dispute.

use super::style::{self, Status};
use crate::{ClaimGraph, StatementId};
use std::fmt::Write as _;

/// Escapes text for a double-quoted DOT string.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn label(text: &str) -> String {
    style::label(text, "\\n", escape)
}

fn border(status: Status) -> &'static str {
    match status {
        Status::Unanswered => "penwidth=2.5",
        Status::Answered => "penwidth=1.2, style=\"filled,rounded,dashed\"",
    }
}

impl ClaimGraph {
    /// The graph as a Graphviz DOT picture, to render with `dot -Tsvg`.
    ///
    /// What is drawn, and how:
    /// - **actors** in yellow, shaped by kind (a state is a 3-D box, a government a house, an
    ///   institution a cylinder, a person an ellipse, an alliance a double octagon, a collective
    ///   a folder, a media outlet a note); relations between actors as grey dashed edges;
    /// - **claims** as rounded boxes coloured by speech act (accusation red, assertion grey,
    ///   denial blue, warning yellow, threat orange, prediction violet), with an edge from the
    ///   claimant and a bold red `accuses` edge to each actor accused;
    /// - **rebuttals** as boxes coloured by kind, with a blue edge labelled by kind (`denies`,
    ///   `dismisses`, ...) to each statement answered and an edge from the author;
    /// - **status**: a statement nobody has answered has a heavy border; an answered one a
    ///   dashed border;
    /// - **events** as green hexagons with their dates, linked to the claims citing them
    ///   (dotted) and to their participants (grey, labelled by role);
    /// - **supports** as green edges from premise to conclusion.
    ///
    /// Sources are not drawn. Labels are wrapped and cut to about 110 characters. The output
    /// is deterministic: entities in id order.
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
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn to_dot(&self) -> String {
        let mut out = String::new();
        // `write!` into a String cannot fail.
        let _ = self.write_dot_body(&mut out);
        out
    }

    #[allow(clippy::too_many_lines)] // one picture, drawn in the order of the legend
    fn write_dot_body(&self, o: &mut String) -> std::fmt::Result {
        writeln!(o, "digraph dispute {{")?;
        writeln!(o, "  rankdir=LR;")?;
        writeln!(o, "  newrank=true;")?;
        writeln!(
            o,
            "  node [fontname=\"Helvetica\", fontsize=10, style=filled];"
        )?;
        writeln!(o, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
        writeln!(o, "  // actors")?;
        for (id, a) in self.actors() {
            writeln!(
                o,
                "  \"{id}\" [label=\"{}\\n({})\", shape={}, fillcolor=\"{}\"];",
                label(a.name()),
                a.kind(),
                style::actor_shape(a.kind()),
                style::ACTOR_COLOUR
            )?;
        }
        writeln!(o, "  // events")?;
        for (id, e) in self.events() {
            let when = e.date().map_or_else(String::new, |d| match e.end() {
                Some(end) => format!("\\n{d} – {end}"),
                None => format!("\\n{d}"),
            });
            writeln!(
                o,
                "  \"{id}\" [label=\"{}{when}\", shape=hexagon, fillcolor=\"{}\"];",
                label(e.description()),
                style::EVENT_COLOUR
            )?;
        }
        writeln!(o, "  // claims")?;
        for (id, c) in self.claims() {
            let when = c.stated().map_or_else(String::new, |d| format!(" ({d})"));
            writeln!(
                o,
                "  \"{id}\" [label=\"{id} {}{when}\\n{}\", shape=box, style=\"filled,rounded\", fillcolor=\"{}\", {}];",
                c.act(),
                label(c.allegation().text()),
                style::act_colour(c.act()),
                border(style::status(self, id.into()))
            )?;
        }
        writeln!(o, "  // rebuttals")?;
        for (id, r) in self.rebuttals() {
            let when = r.stated().map_or_else(String::new, |d| format!(" ({d})"));
            writeln!(
                o,
                "  \"{id}\" [label=\"{id} {}{when}\\n{}\", shape=box, style=\"filled,rounded\", fillcolor=\"{}\", {}];",
                r.kind(),
                label(r.text()),
                style::rebuttal_colour(r.kind()),
                border(style::status(self, id.into()))
            )?;
        }
        writeln!(o, "  // relations")?;
        for (_, r) in self.relations() {
            writeln!(
                o,
                "  \"{}\" -> \"{}\" [label=\"{}\", style=dashed, color=\"#6b7280\", fontcolor=\"#6b7280\"];",
                r.from(),
                r.to(),
                r.kind()
            )?;
        }
        writeln!(o, "  // who says what, about whom")?;
        for (id, c) in self.claims() {
            writeln!(o, "  \"{}\" -> \"{id}\" [color=\"#374151\"];", c.claimant())?;
            for a in c.about() {
                writeln!(
                    o,
                    "  \"{id}\" -> \"{a}\" [label=\"{}\", color=\"#b91c1c\", fontcolor=\"#b91c1c\", penwidth=2];",
                    style::act_verb(c.act())
                )?;
            }
            let motive = c.motive().and_then(crate::Motive::event);
            for e in motive.iter().chain(c.events()) {
                let what = if Some(*e) == motive {
                    "motive"
                } else {
                    "cites"
                };
                writeln!(
                    o,
                    "  \"{id}\" -> \"{e}\" [label=\"{what}\", style=dotted, color=\"#4d7c0f\"];"
                )?;
            }
        }
        for (id, r) in self.rebuttals() {
            writeln!(o, "  \"{}\" -> \"{id}\" [color=\"#374151\"];", r.by())?;
            for s in r.answers() {
                writeln!(
                    o,
                    "  \"{id}\" -> \"{}\" [label=\"{}\", color=\"#1d4ed8\", fontcolor=\"#1d4ed8\", penwidth=1.6];",
                    statement(*s),
                    style::rebuttal_verb(r.kind())
                )?;
            }
            for e in r.events() {
                writeln!(
                    o,
                    "  \"{id}\" -> \"{e}\" [label=\"cites\", style=dotted, color=\"#4d7c0f\"];"
                )?;
            }
        }
        for (_, s) in self.supports() {
            writeln!(
                o,
                "  \"{}\" -> \"{}\" [label=\"supports\", color=\"#15803d\", fontcolor=\"#15803d\"];",
                statement(s.premise()),
                statement(s.conclusion())
            )?;
        }
        for (id, e) in self.events() {
            for p in e.participants() {
                writeln!(
                    o,
                    "  \"{}\" -> \"{id}\" [label=\"{}\", color=\"#9ca3af\", fontcolor=\"#6b7280\", arrowhead=none];",
                    p.actor(),
                    p.role()
                )?;
            }
        }
        writeln!(o, "}}")
    }
}

fn statement(s: StatementId) -> String {
    s.to_string()
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
        // The claim is answered: dashed; the rebuttal is not: heavy border.
        let claim_line = dot.lines().find(|l| l.starts_with("  \"C0\" [")).unwrap();
        assert!(claim_line.contains("dashed"));
        let rebuttal_line = dot.lines().find(|l| l.starts_with("  \"R0\" [")).unwrap();
        assert!(rebuttal_line.contains("penwidth=2.5"));
    }

    #[test]
    fn the_empty_graph_is_a_valid_digraph() {
        let dot = ClaimGraph::new().to_dot();
        assert!(dot.starts_with("digraph dispute {"));
        assert!(dot.trim_end().ends_with('}'));
    }
}

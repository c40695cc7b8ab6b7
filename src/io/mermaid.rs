//! Mermaid flowchart export: a picture of a dispute that GitHub and many documentation tools
//! render from a fenced `mermaid` block.

use super::style::{self, Status};
use crate::{ActorKind, ClaimGraph, RebuttalKind, SpeechAct};
use std::fmt::Write as _;

/// Escapes text for a double-quoted Mermaid label: Mermaid reads `#name;` entity codes, so
/// quotes, `#`, angle brackets and backticks are written as codes.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '`' => out.push_str("#96;"),
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn label(text: &str) -> String {
    style::label(text, "<br/>", escape)
}

/// Opening and closing brackets of an actor's shape, by kind.
fn actor_brackets(kind: ActorKind) -> (&'static str, &'static str) {
    match kind {
        ActorKind::State => ("[[", "]]"),
        ActorKind::Government => ("[/", "\\]"),
        ActorKind::Institution => ("[(", ")]"),
        ActorKind::Person => ("([", "])"),
        ActorKind::Organisation => ("[", "]"),
        ActorKind::Alliance => ("{{", "}}"),
        ActorKind::Collective => ("[/", "/]"),
        ActorKind::MediaOutlet => ("[\\", "\\]"),
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

impl ClaimGraph {
    /// The graph as a Mermaid flowchart (the text inside a fenced `mermaid` block).
    ///
    /// The same picture as [`to_dot`](Self::to_dot), in Mermaid's vocabulary: actors shaped
    /// by kind (a state `[[ ]]`, a government a trapezoid, an institution a cylinder, a person a
    /// stadium, an alliance a hexagon, a collective a parallelogram, an unknown actor a circle),
    /// claims as rounded boxes and rebuttals as boxes, coloured by speech act or rebuttal kind
    /// through `classDef` classes named after them (`accusation`, `denial`, `dismissal`, ...);
    /// unanswered statements with a heavy border (class `unanswered`), answered ones dashed
    /// (class `answered`); events as flags with dates. Edges: `accuses` thick (`==>`),
    /// rebuttals (`-->`, labelled by kind), supports, event citations and relations dotted
    /// (`-.->`). Sources are not drawn. Deterministic: entities in id order.
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
    /// let m = g.to_mermaid();
    /// assert!(m.starts_with("flowchart LR"));
    /// assert!(m.contains("A0[[\"Finland<br/>(state)\"]]"));
    /// assert!(m.contains("C0 ==>|accuses| A1"));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn to_mermaid(&self) -> String {
        let mut out = String::new();
        // `write!` into a String cannot fail.
        let _ = self.write_mermaid_body(&mut out);
        out
    }

    #[allow(clippy::too_many_lines)] // one picture, drawn in the order of the legend
    fn write_mermaid_body(&self, o: &mut String) -> std::fmt::Result {
        writeln!(o, "flowchart LR")?;
        let mut classes: Vec<(String, &'static str)> = Vec::new();
        for (id, a) in self.actors() {
            let (open, close) = actor_brackets(a.kind());
            writeln!(
                o,
                "  {id}{open}\"{}<br/>({})\"{close}",
                label(a.name()),
                a.kind()
            )?;
            classes.push((id.to_string(), "actor"));
        }
        for (id, e) in self.events() {
            let when = e.date().map_or_else(String::new, |d| match e.end() {
                Some(end) => format!("<br/>{d} – {end}"),
                None => format!("<br/>{d}"),
            });
            writeln!(o, "  {id}>\"{}{when}\"]", label(e.description()))?;
            classes.push((id.to_string(), "event"));
        }
        for (id, c) in self.claims() {
            let when = c.stated().map_or_else(String::new, |d| format!(" ({d})"));
            writeln!(
                o,
                "  {id}(\"<b>{id} {}</b>{when}<br/>{}\")",
                c.act(),
                label(c.allegation().text())
            )?;
            classes.push((id.to_string(), act_class(c.act())));
            classes.push((id.to_string(), status_class(style::status(self, id.into()))));
        }
        for (id, r) in self.rebuttals() {
            let when = r.stated().map_or_else(String::new, |d| format!(" ({d})"));
            writeln!(
                o,
                "  {id}[\"<b>{id} {}</b>{when}<br/>{}\"]",
                r.kind(),
                label(r.text())
            )?;
            classes.push((id.to_string(), rebuttal_class(r.kind())));
            classes.push((id.to_string(), status_class(style::status(self, id.into()))));
        }
        for (_, r) in self.relations() {
            writeln!(o, "  {} -.->|{}| {}", r.from(), r.kind(), r.to())?;
        }
        for (id, c) in self.claims() {
            writeln!(o, "  {} --> {id}", c.claimant())?;
            for a in c.about() {
                writeln!(o, "  {id} ==>|{}| {a}", style::act_verb(c.act()))?;
            }
            let motive = c.motive().and_then(crate::Motive::event);
            for e in motive.iter().chain(c.events()) {
                let what = if Some(*e) == motive {
                    "motive"
                } else {
                    "cites"
                };
                writeln!(o, "  {id} -.->|{what}| {e}")?;
            }
        }
        for (id, r) in self.rebuttals() {
            writeln!(o, "  {} --> {id}", r.by())?;
            for s in r.answers() {
                writeln!(o, "  {id} -->|{}| {s}", style::rebuttal_verb(r.kind()))?;
            }
            for e in r.events() {
                writeln!(o, "  {id} -.->|cites| {e}")?;
            }
        }
        for (_, s) in self.supports() {
            writeln!(o, "  {} -.->|supports| {}", s.premise(), s.conclusion())?;
        }
        for (id, e) in self.events() {
            for p in e.participants() {
                writeln!(o, "  {} ---|{}| {id}", p.actor(), p.role())?;
            }
        }
        writeln!(
            o,
            "  classDef actor fill:{},stroke:#a16207",
            style::ACTOR_COLOUR
        )?;
        writeln!(
            o,
            "  classDef event fill:{},stroke:#4d7c0f",
            style::EVENT_COLOUR
        )?;
        for &act in SpeechAct::ALL {
            writeln!(
                o,
                "  classDef {} fill:{},stroke:#374151",
                act_class(act),
                style::act_colour(act)
            )?;
        }
        for &kind in RebuttalKind::ALL {
            writeln!(
                o,
                "  classDef {} fill:{},stroke:#1d4ed8",
                rebuttal_class(kind),
                style::rebuttal_colour(kind)
            )?;
        }
        writeln!(o, "  classDef unanswered stroke-width:3px")?;
        writeln!(o, "  classDef answered stroke-dasharray:5 3")?;
        for (id, class) in classes {
            writeln!(o, "  class {id} {class}")?;
        }
        Ok(())
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

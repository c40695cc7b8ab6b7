//! DOT and Mermaid pictures of the reference scenario: every entity drawn, kinds and statuses
//! visible, output well formed and deterministic.
// The scenario example writes a JSON document, so it needs `serde`.
#![cfg(feature = "serde")]

#[path = "common/proptest_config.rs"]
mod proptest_config;

#[allow(dead_code)]
#[path = "../examples/finland_russia.rs"]
mod example;

use claimgraph::{ClaimGraph, RebuttalKind};

fn scenario() -> ClaimGraph {
    example::finland_russia().expect("the scenario builds")
}

#[test]
fn dot_draws_every_actor_claim_rebuttal_and_event() {
    let g = scenario();
    let dot = g.to_dot();
    for (id, a) in g.actors() {
        let line = dot
            .lines()
            .find(|l| l.starts_with(&format!("  \"{id}\" [")))
            .unwrap_or_else(|| panic!("{id} not drawn"));
        assert!(line.contains(a.name()), "{line}");
    }
    for (id, _) in g.claims() {
        assert!(dot.contains(&format!("  \"{id}\" [label=\"{id} ")), "{id}");
    }
    for (id, r) in g.rebuttals() {
        assert!(dot.contains(&format!("  \"{id}\" [label=\"{id} {}", r.kind())));
    }
    for (id, _) in g.events() {
        assert!(dot.contains(&format!("  \"{id}\" [label=")), "{id}");
    }
    // Kinds by shape, statuses by border.
    assert!(dot.contains("shape=box3d")); // states
    assert!(dot.contains("shape=ellipse")); // persons
    assert!(dot.contains("shape=hexagon")); // events
    assert!(dot.contains("label=\"accuses\""));
    assert!(dot.contains("label=\"denies\""));
    assert!(dot.contains("label=\"dismisses\""));
    assert!(dot.contains("dashed")); // the accusation has been answered
    // Balanced braces and quotes: a well-formed file for Graphviz.
    assert_eq!(dot.matches('{').count(), dot.matches('}').count());
    for line in dot.lines() {
        let quotes = line.matches('"').count() - line.matches("\\\"").count();
        assert_eq!(quotes % 2, 0, "{line}");
    }
    assert_eq!(dot, scenario().to_dot(), "deterministic");
}

#[test]
fn mermaid_draws_every_statement_with_its_class() {
    let g = scenario();
    let m = g.to_mermaid();
    assert!(m.starts_with("flowchart LR\n"));
    for (id, c) in g.claims() {
        assert!(m.contains(&format!("  {id}(\"<b>{id} {}", c.act())), "{id}");
    }
    for (id, r) in g.rebuttals() {
        assert!(
            m.contains(&format!("  {id}[\"<b>{id} {}", r.kind())),
            "{id}"
        );
        let class = match r.kind() {
            RebuttalKind::Denial => "denial",
            RebuttalKind::Dismissal => "dismissal",
            RebuttalKind::Undercut => "undercut",
            RebuttalKind::Undermine => "undermine",
            RebuttalKind::CounterAccusation => "counteraccusation",
        };
        assert!(m.contains(&format!("  class {id} {class}\n")), "{id}");
    }
    for (id, _) in g.events() {
        assert!(m.contains(&format!("  {id}>\"")), "{id}");
    }
    assert!(m.contains("classDef unanswered"));
    assert!(m.contains("class C0 answered"));
    assert!(m.contains(" ==>|accuses| "));
    assert_eq!(m, scenario().to_mermaid(), "deterministic");
}

/// Any valid graph draws: every actor, claim, rebuttal and event defined once, every line's
/// quotes balanced, in both formats.
#[cfg(feature = "proptest")]
mod any_graph {
    use super::proptest_config;
    use claimgraph::strategies::graphs;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(proptest_config::cases(64))]

        #[test]
        fn pictures_of_generated_graphs_are_well_formed(g in graphs()) {
            let dot = g.to_dot();
            let mermaid = g.to_mermaid();
            let mut ids: Vec<String> = g.actors().map(|(id, _)| id.to_string()).collect();
            ids.extend(g.claims().map(|(id, _)| id.to_string()));
            ids.extend(g.rebuttals().map(|(id, _)| id.to_string()));
            ids.extend(g.events().map(|(id, _)| id.to_string()));
            for id in &ids {
                let dot_defs = dot.lines().filter(|l| l.starts_with(&format!("  \"{id}\" ["))).count();
                prop_assert_eq!(dot_defs, 1, "{}", id);
                let mermaid_defs = mermaid
                    .lines()
                    .filter(|l| l.strip_prefix(&format!("  {id}")).is_some_and(|rest| rest.starts_with(['[', '(', '{', '>'])))
                    .count();
                prop_assert_eq!(mermaid_defs, 1, "{}", id);
            }
            for line in dot.lines() {
                let quotes = line.matches('"').count() - line.matches("\\\"").count();
                prop_assert_eq!(quotes % 2, 0, "{}", line);
            }
            for line in mermaid.lines() {
                prop_assert_eq!(line.matches('"').count() % 2, 0, "{}", line);
            }
            let answered = g.rebuttals().flat_map(|(_, r)| r.answers().to_vec()).count();
            let rebuttal_edges = dot.lines().filter(|l| l.contains("color=\"#1d4ed8\"")).count();
            prop_assert_eq!(rebuttal_edges, answered);
        }
    }
}

#[test]
fn an_event_both_cited_and_a_motive_is_drawn_once() {
    use claimgraph::{Actor, ActorKind, Allegation, Claim, Event, Motive, SpeechAct};
    let mut g = ClaimGraph::new();
    let fi = g
        .add_actor(Actor::new("Finland", ActorKind::State))
        .unwrap();
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State)).unwrap();
    let joined = g.add_event(Event::new("Finland joins NATO")).unwrap();
    let closed = g.add_event(Event::new("crossings closed")).unwrap();
    g.add_claim(
        Claim::new(fi, SpeechAct::Accusation, Allegation::new("retaliation"))
            .with_about(ru)
            .with_event(joined)
            .with_event(closed)
            .with_motive(Motive::new("punishing accession").with_event(joined)),
    )
    .unwrap();
    let dot = g.to_dot();
    let to = |e: &str| {
        dot.lines()
            .filter(|l| l.starts_with(&format!("  \"C0\" -> \"{e}\"")))
            .collect::<Vec<_>>()
    };
    assert_eq!(to("E0").len(), 1, "{dot}");
    assert!(to("E0")[0].contains("label=\"motive\""));
    assert_eq!(to("E1").len(), 1);
    assert!(to("E1")[0].contains("label=\"cites\""));
    let m = g.to_mermaid();
    assert_eq!(m.matches("C0 -.->|motive| E0").count(), 1, "{m}");
    assert_eq!(m.matches("C0 -.->|cites| E0").count(), 0, "{m}");
    assert_eq!(m.matches("C0 -.->|cites| E1").count(), 1, "{m}");
}

#[test]
fn dot_nodes_carry_one_style_each() {
    let dot = scenario().to_dot();
    for line in dot.lines().filter(|l| l.contains(" [label=")) {
        assert!(line.matches("style=").count() <= 1, "{line}");
    }
    // The scenario's accusation is answered: dashed, and still rounded.
    let c0 = dot.lines().find(|l| l.starts_with("  \"C0\" [")).unwrap();
    assert!(c0.contains("style=\"filled,rounded,dashed\""), "{c0}");
}

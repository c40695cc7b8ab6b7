//! `show FILE`: a summary of a document.

use claimgraph::{ActorId, ClaimGraph, EntityKind, StatementId};
use std::collections::BTreeSet;

fn name(g: &ClaimGraph, id: ActorId) -> &str {
    g.actor(id).map_or("?", claimgraph::Actor::name)
}

/// Prints counts, actors, and each claim with its thread of rebuttals.
pub fn run(g: &ClaimGraph) {
    let kinds = [
        (EntityKind::Actor, "actors"),
        (EntityKind::Relation, "relations"),
        (EntityKind::Source, "sources"),
        (EntityKind::Event, "events"),
        (EntityKind::Claim, "claims"),
        (EntityKind::Rebuttal, "rebuttals"),
        (EntityKind::Support, "supports"),
    ];
    let counts: Vec<String> = kinds
        .iter()
        .map(|&(k, label)| format!("{} {label}", g.count(k)))
        .collect();
    out!("{}", counts.join(", "));
    out!("\nActors:");
    for (id, a) in g.actors() {
        out!("  {id:<5} {} ({})", a.name(), a.kind());
    }
    out!("\nClaims:");
    for (id, c) in g.claims() {
        let about: Vec<&str> = c.about_actors().iter().map(|&a| name(g, a)).collect();
        let when = c
            .stated()
            .map_or_else(|| "undated".to_owned(), |d| d.to_string());
        out!(
            "  {id:<5} {} {} -> [{}] ({when}): {}",
            name(g, c.claimant()),
            c.act(),
            about.join(", "),
            c.allegation().text()
        );
        // The thread, depth-first with an explicit stack; each rebuttal shown once, so cycles end.
        let mut stack: Vec<(StatementId, usize)> = vec![(id.into(), 1)];
        let mut seen = BTreeSet::new();
        while let Some((s, depth)) = stack.pop() {
            let answers: Vec<_> = g.rebuttals_of(s).collect();
            for &(rid, _) in answers.iter().rev() {
                if seen.insert(rid) {
                    stack.push((rid.into(), depth + 1));
                }
            }
            if depth > 1
                && let Some(r) = s.as_rebuttal().and_then(|r| g.rebuttal(r))
            {
                let when = r
                    .stated()
                    .map_or_else(|| "undated".to_owned(), |d| d.to_string());
                out!(
                    "  {}{s} {} by {} ({when}): {}",
                    "  ".repeat(depth),
                    r.kind(),
                    name(g, r.by()),
                    r.text()
                );
            }
        }
    }
}

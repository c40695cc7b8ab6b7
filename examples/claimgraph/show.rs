//! `show FILE`: a summary of a document.

use claimgraph::{ActorId, ClaimGraph, EntityKind};

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
        let about: Vec<&str> = c.about().iter().map(|&a| name(g, a)).collect();
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
        // The thread as `View::thread` walks it: iteratively, each rebuttal once.
        let Ok(thread) = g.view().thread(id.into()) else {
            continue;
        };
        for entry in thread.entries {
            let Some(r) = g.rebuttal(entry.rebuttal) else {
                continue;
            };
            let when = r
                .stated()
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            out!(
                "  {}{} {} by {} ({when}): {}",
                "  ".repeat(entry.depth + 1),
                entry.rebuttal,
                r.kind(),
                name(g, r.by()),
                r.text()
            );
        }
    }
}

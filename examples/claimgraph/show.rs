//! `show FILE`: a summary of a document: counts, actors and their relations, sources and
//! what reported them, events, claims with their threads of rebuttals, and supports.

use claimgraph::{ActorId, ClaimGraph, EntityKind, Interval, PartialDate};

fn name(g: &ClaimGraph, id: ActorId) -> &str {
    g.actor(id).map_or("?", claimgraph::Actor::name)
}

fn when(d: Option<PartialDate>) -> String {
    d.map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

/// ` [S0, S3]`, or nothing for no sources.
fn cited(sources: &[claimgraph::SourceId]) -> String {
    if sources.is_empty() {
        return String::new();
    }
    let ids: Vec<String> = sources.iter().map(ToString::to_string).collect();
    format!(" [{}]", ids.join(", "))
}

/// Prints counts, actors with their relations, sources, events, each claim with its thread
/// of rebuttals, and supports.
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
    relations(g);
    sources(g);
    events(g);
    claims(g);
    answers_to_evidence(g);
    supports(g);
}

fn relations(g: &ClaimGraph) {
    if g.count(EntityKind::Relation) > 0 {
        out!("\nRelations:");
        for (id, r) in g.relations() {
            let role = r.role().map(|x| format!(", {x}")).unwrap_or_default();
            let valid = if r.valid() == Interval::ALWAYS {
                String::new()
            } else {
                format!(", valid {}", r.valid())
            };
            out!(
                "  {id:<5} {} {} {}{role}{valid}{}",
                name(g, r.from()),
                r.kind(),
                name(g, r.to()),
                cited(r.sources())
            );
        }
    }
}

fn sources(g: &ClaimGraph) {
    if g.count(EntityKind::Source) > 0 {
        out!("\nSources:");
        for (id, s) in g.sources() {
            let mut about: Vec<String> = Vec::new();
            if let Some(a) = s.speaker() {
                about.push(format!("speaker {}", name(g, a)));
            }
            if let Some(a) = s.outlet() {
                about.push(format!("outlet {}", name(g, a)));
            }
            if let Some(d) = s.date() {
                about.push(d.to_string());
            }
            // The whole reporting chain, iteratively: remarks, the article that reported
            // them, and so on.
            let chain: Vec<String> = g
                .reporting_chain(id)
                .skip(1)
                .map(|r| r.to_string())
                .collect();
            if !chain.is_empty() {
                about.push(format!("reported in {}", chain.join(", then in ")));
            }
            // The title may quote someone: no quotes around it.
            out!(
                "  {id:<5} {}: {}{}",
                s.kind(),
                s.title(),
                if about.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", about.join("; "))
                }
            );
            if let Some(q) = s.quote() {
                out!("        quote: \"{q}\"");
            }
        }
    }
}

fn events(g: &ClaimGraph) {
    if g.count(EntityKind::Event) > 0 {
        out!("\nEvents:");
        for (id, e) in g.events() {
            let date = match (e.date(), e.end()) {
                (Some(a), Some(b)) => format!("{a}..{b}"),
                (None, Some(b)) => format!("..{b}"),
                (d, None) => when(d),
            };
            let who: Vec<String> = e
                .participants()
                .iter()
                .map(|p| format!("{} ({})", name(g, p.actor()), p.role()))
                .collect();
            out!(
                "  {id:<5} ({date}) {}{}{}",
                e.description(),
                if who.is_empty() {
                    String::new()
                } else {
                    format!(": {}", who.join(", "))
                },
                cited(e.sources())
            );
        }
    }
}

/// Each claim with its thread of rebuttals.
fn claims(g: &ClaimGraph) {
    out!("\nClaims:");
    for (id, c) in g.claims() {
        let about: Vec<&str> = c.about().iter().map(|&a| name(g, a)).collect();
        let speakers: Vec<&str> = c.speakers().map(|a| name(g, a)).collect();
        out!(
            "  {id:<5} {} {} -> [{}] ({}): {}{}",
            speakers.join(" and "),
            c.act(),
            about.join(", "),
            when(c.stated()),
            c.allegation().text(),
            cited(c.sources())
        );
        if let Some(e) = c.confidence() {
            out!("        confidence: {e}");
        }
        for (i, alt) in c.alternatives().iter().enumerate() {
            out!("        alternative {id}/{i}: {}", alt.text());
        }
        if let Some(cond) = c.condition() {
            out!("        condition: {cond}");
        }
        if let Some(d) = c.deadline() {
            out!("        deadline: {d}");
        }
        if let Some(res) = c.resolution() {
            let by = res.by().map(|b| format!(" by {b}")).unwrap_or_default();
            out!(
                "        resolved: {}{}{by}",
                res.outcome().name().replace('_', " "),
                res.date().map(|d| format!(" on {d}")).unwrap_or_default()
            );
        }
        // The thread as `View::thread` walks it: iteratively, each rebuttal once.
        let Ok(thread) = g.view().thread(id.into()) else {
            continue;
        };
        for entry in thread.entries {
            let Some(r) = g.rebuttal(entry.rebuttal) else {
                continue;
            };
            let speakers: Vec<&str> = r.speakers().map(|a| name(g, a)).collect();
            let blames: Vec<&str> = r.about().iter().map(|&a| name(g, a)).collect();
            let blames = if blames.is_empty() {
                String::new()
            } else {
                format!(" blaming [{}]", blames.join(", "))
            };
            let evidence: Vec<String> = r
                .answers()
                .iter()
                .filter(|t| t.is_evidence() || matches!(t, claimgraph::Target::Alternative(..)))
                .map(ToString::to_string)
                .collect();
            let evidence = if evidence.is_empty() {
                String::new()
            } else {
                format!(" (answers {})", evidence.join(", "))
            };
            out!(
                "  {}{} {} by {}{blames} ({}): {}{}{evidence}",
                "  ".repeat(entry.depth + 1),
                entry.rebuttal,
                r.kind(),
                speakers.join(" and "),
                when(r.stated()),
                r.text(),
                cited(r.sources())
            );
        }
    }
}

/// Rebuttals that answer only evidence (a source, an event, a support): no claim's thread
/// reaches them.
fn answers_to_evidence(g: &ClaimGraph) {
    let lone: Vec<_> = g
        .rebuttals()
        .filter(|(_, r)| r.statements().next().is_none())
        .collect();
    if lone.is_empty() {
        return;
    }
    out!("\nAnswers to evidence:");
    for (id, r) in lone {
        let answered: Vec<String> = r.answers().iter().map(ToString::to_string).collect();
        out!(
            "  {id:<5} {} by {} ({}) answers {}: {}",
            r.kind(),
            name(g, r.by()),
            when(r.stated()),
            answered.join(", "),
            r.text()
        );
    }
}

fn supports(g: &ClaimGraph) {
    if g.count(EntityKind::Support) > 0 {
        out!("\nSupports:");
        for (id, s) in g.supports() {
            out!(
                "  {id:<5} {} supports {}: {}",
                s.premise(),
                s.conclusion(),
                s.text()
            );
        }
    }
}

//! The reference scenario: a news article of 2023-11-20 on Finland's accusation that Russia
//! steers asylum seekers across the border, and the Kremlin's rejection of it, built through
//! the API, printed, and written out as a JSON document.
//!
//! ```text
//! cargo run --example finland_russia [-- OUT.json]
//! ```
//!
//! The same dispute, written by hand as a document, is `examples/scenarios/finland-russia-2023.json`;
//! a test checks that the two are the same graph.

use claimgraph::query::TimelineItem;
use claimgraph::{
    Actor, ActorKind, Allegation, Claim, ClaimGraph, Error, Event, Interval, Motive, PartialDate,
    Rebuttal, RebuttalKind, Relation, RelationKind, Role, Source, SourceKind, SpeechAct,
    StatementId, Support,
};
use std::process::ExitCode;

#[macro_use]
#[path = "common/out.rs"]
mod out;

fn date(s: &str) -> PartialDate {
    s.parse().expect("the dates in this file are valid")
}

fn code<T: std::str::FromStr>(s: &str) -> T
where
    T::Err: std::fmt::Debug,
{
    s.parse().expect("the codes in this file are valid")
}

/// Builds the article's dispute.
///
/// # Errors
/// Any refusal of the graph; none is expected, and the tests check that.
#[allow(clippy::too_many_lines)] // one article, told in order
pub fn finland_russia() -> Result<ClaimGraph, Error> {
    let mut g = ClaimGraph::new();

    // Actors. Wikidata ids only where they are certain; no precision is invented.
    let finland = g.add_actor(
        Actor::new("Finland", ActorKind::State)
            .with_alias("Helsinki")
            .with_iso3(code("FIN"))
            .with_cameo(code("FIN"))
            .with_wikidata(code("Q33")),
    )?;
    let russia = g.add_actor(
        Actor::new("Russia", ActorKind::State)
            .with_alias("Moscow")
            .with_alias("the Russians")
            .with_iso3(code("RUS"))
            .with_cameo(code("RUS"))
            .with_wikidata(code("Q159")),
    )?;
    let finnish_government = g.add_actor(
        Actor::new("Finnish government", ActorKind::Government).with_cameo(code("FINGOV")),
    )?;
    let kremlin = g.add_actor(Actor::new("Kremlin", ActorKind::Institution))?;
    let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    let grushko = g.add_actor(Actor::new("Alexander Grushko", ActorKind::Person))?;
    let nato = g.add_actor(
        Actor::new("NATO", ActorKind::Alliance)
            .with_alias("Western defense alliance")
            .with_cameo(code("IGOWSTNAT"))
            .with_wikidata(code("Q7184")),
    )?;
    let state = |name: &str, iso: &str, q: &str| {
        Actor::new(name, ActorKind::State)
            .with_iso3(code(iso))
            .with_cameo(code(iso))
            .with_wikidata(code(q))
    };
    let belarus = g.add_actor(state("Belarus", "BLR", "Q184"))?;
    let poland = g.add_actor(state("Poland", "POL", "Q36"))?;
    let lithuania = g.add_actor(state("Lithuania", "LTU", "Q37"))?;
    let sweden = g.add_actor(state("Sweden", "SWE", "Q34"))?;
    let turkey = g.add_actor(state("Turkey", "TUR", "Q43"))?;
    let hungary = g.add_actor(state("Hungary", "HUN", "Q28"))?;
    let ukraine = g.add_actor(state("Ukraine", "UKR", "Q212"))?;
    let erdogan = g.add_actor(Actor::new("Recep Tayyip Erdogan", ActorKind::Person))?;
    let western = g.add_actor(Actor::new("Western countries", ActorKind::Collective))?;
    let belarus_authorities =
        g.add_actor(Actor::new("Belarusian authorities", ActorKind::Government))?;
    // The article names no publisher; the outlet is an actor all the same, since it comments.
    let outlet = g.add_actor(Actor::new("The reporting outlet", ActorKind::MediaOutlet))?;
    let experts = g.add_actor(Actor::new("Experts", ActorKind::Collective))?;

    // Sources: the article, and the words it reports, each with its chain of reporting.
    let article = g.add_source(
        Source::new(
            SourceKind::Article,
            "Kremlin spokesman on accusation from Finland: \"We do not accept such accusations\"",
        )
        .with_outlet(outlet)
        .with_date(date("2023-11-20")),
    )?;
    let peskov_remarks = g.add_source(
        Source::new(SourceKind::Remarks, "Peskov to media representatives")
            .with_speaker(peskov)
            .with_audience("media representatives")
            .with_quote("We do not accept such accusations")
            .with_date(date("2023-11-20"))
            .with_reported_in(article),
    )?;
    let grushko_remarks = g.add_source(
        Source::new(SourceKind::Remarks, "Grushko to Russian news agencies")
            .with_speaker(grushko)
            .with_audience("Russian news agencies")
            .with_quote("Such a decision would obviously contradict Finland's national interests")
            .with_reported_in(article),
    )?;
    let satellite_images = g.add_source(
        Source::new(
            SourceKind::Other,
            "satellite images of new military buildings",
        )
        .with_date(date("2023-09"))
        .with_reported_in(article),
    )?;

    // Relations that hold over a time.
    g.add_relation(
        Relation::new(finland, RelationKind::MemberOf, nato)
            .with_valid(Interval::from_date(date("2023-04")))
            .with_source(article),
    )?;
    g.add_relation(
        Relation::new(belarus, RelationKind::AllyOf, russia)
            .with_role("close ally")
            .with_source(article),
    )?;
    g.add_relation(
        Relation::new(peskov, RelationKind::SpeaksFor, kremlin)
            .with_role("Kremlin spokesman")
            .with_source(article),
    )?;
    g.add_relation(Relation::new(kremlin, RelationKind::SpeaksFor, russia))?;
    g.add_relation(
        Relation::new(grushko, RelationKind::SpeaksFor, russia)
            .with_role("Deputy Foreign Minister")
            .with_source(article),
    )?;
    g.add_relation(
        Relation::new(erdogan, RelationKind::SpeaksFor, turkey)
            .with_role("President")
            .with_source(article),
    )?;
    g.add_relation(Relation::new(
        finnish_government,
        RelationKind::PartOf,
        finland,
    ))?;
    g.add_relation(Relation::new(
        belarus_authorities,
        RelationKind::PartOf,
        belarus,
    ))?;

    // Events, each dated only as precisely as the article dates it.
    let invasion = g.add_event(
        Event::new("Russia begins its invasion of Ukraine")
            .with_date(date("2022-02"))
            .with_participant(russia, Role::Initiator)
            .with_participant(ukraine, Role::Recipient)
            .with_cameo(code("190"))
            .with_plover(code("ASSAULT"))
            .with_source(article),
    )?;
    let seeks_membership = g.add_event(
        Event::new("Finland gives up military non-alignment and seeks to join NATO")
            .with_participant(finland, Role::Initiator)
            .with_participant(nato, Role::Recipient)
            .with_source(article),
    )?;
    let accession = g.add_event(
        Event::new("Finland officially becomes a NATO member")
            .with_date(date("2023-04"))
            .with_participant(finland, Role::Initiator)
            .with_participant(nato, Role::Recipient)
            .with_source(article),
    )?;
    let buildup = g.add_event(
        Event::new("Russia builds new-style military buildings near the NATO border with Finland")
            .with_end(date("2023-09"))
            .with_participant(russia, Role::Initiator)
            .with_location("near the Finnish-Russian border")
            .with_cameo(code("150"))
            .with_plover(code("MOBILIZE"))
            .with_source(satellite_images),
    )?;
    let blockade_dropped = g.add_event(
        Event::new("Erdogan gives up his blockade against Sweden's NATO accession")
            .with_date(date("2023-10"))
            .with_participant(erdogan, Role::Initiator)
            .with_participant(sweden, Role::Recipient)
            .with_participant(turkey, Role::Participant)
            .with_source(article),
    )?;
    let migrants = g.add_event(
        Event::new("A growing number of undocumented migrants come to Finland from Russia")
            .with_participant(russia, Role::Initiator)
            .with_participant(finland, Role::Recipient)
            .with_location("Finnish-Russian border")
            .with_source(article),
    )?;
    let announcement = g.add_event(
        Event::new("Finland announces it will close four border crossings with Russia")
            .with_date(date("2023-11-16"))
            .with_participant(finnish_government, Role::Initiator)
            .with_participant(russia, Role::Recipient)
            .with_source(article),
    )?;
    g.add_event(
        Event::new("Closure of four border crossings with Russia takes effect")
            .with_date(date("2023-11-19"))
            .with_participant(finland, Role::Initiator)
            .with_participant(russia, Role::Recipient)
            .with_location("Finnish-Russian border")
            .with_cameo(code("191"))
            .with_plover(code("COERCE"))
            .with_source(article),
    )?;
    let belarus_2021 = g.add_event(
        Event::new("Belarusian authorities guide tens of thousands of undocumented migrants into Poland and Lithuania")
            .with_date(date("2021"))
            .with_participant(belarus_authorities, Role::Initiator)
            .with_participant(poland, Role::Recipient)
            .with_participant(lithuania, Role::Recipient)
            .with_source(article),
    )?;
    let all_closed = g.add_event(
        Event::new("Finland closes all its border crossings with Russia (hypothetical)")
            .with_participant(finland, Role::Initiator)
            .with_participant(russia, Role::Recipient),
    )?;

    // Claims. The Finnish accusation is dated to the month: the article says only that it came
    // before the Kremlin's answer, in the week of the closures.
    let accusation = g.add_claim(
        Claim::new(
            finnish_government,
            SpeechAct::Accusation,
            Allegation::new("deliberately smuggling asylum seekers across the border")
                .with_category(code("112"))
                .with_context(code("migration"))
                .with_context(code("asylum")),
        )
        .with_about(russia)
        .with_motive(
            Motive::new("retaliation for Finland's accession to NATO").with_event(accession),
        )
        .with_aim("to destabilise Finland")
        .with_stated(date("2023-11"))
        .with_event(migrants)
        .with_event(announcement)
        .with_source(article),
    )?;
    g.add_claim(
        Claim::new(
            grushko,
            SpeechAct::Warning,
            Allegation::new("closing all border crossings would obviously contradict Finland's national interests"),
        )
        .with_about(finland)
        .with_event(all_closed)
        .with_source(grushko_remarks),
    )?;
    let precedent = g.add_claim(
        Claim::new(
            western,
            SpeechAct::Accusation,
            Allegation::new(
                "steering undocumented migrants across its border into Poland and Lithuania",
            )
            .with_category(code("112"))
            .with_context(code("migration")),
        )
        .with_about(belarus)
        .with_stated(date("2021"))
        .with_event(belarus_2021)
        .with_source(article),
    )?;
    g.add_claim(
        Claim::new(
            russia,
            SpeechAct::Threat,
            Allegation::new("countermeasures"),
        )
        .with_about(finland)
        .with_event(seeks_membership)
        .with_source(article),
    )?;
    g.add_claim(
        Claim::new(
            outlet,
            SpeechAct::Accusation,
            Allegation::new("the invasion of Ukraine violated international law")
                .with_category(code("1123")),
        )
        .with_about(russia)
        .with_stated(date("2023-11-20"))
        .with_event(invasion)
        .with_source(article),
    )?;
    g.add_claim(
        Claim::new(
            outlet,
            SpeechAct::Assertion,
            Allegation::new("new-style military buildings near the border are the first tangible indications of rearmament directed against NATO")
                .with_context(code("military")),
        )
        .with_about(russia)
        .with_motive(Motive::new("response to the geostrategic setback of Finland's NATO accession").with_event(accession))
        .with_stated(date("2023-11-20"))
        .with_event(buildup)
        .with_source(article)
        .with_source(satellite_images),
    )?;
    g.add_claim(
        Claim::new(
            outlet,
            SpeechAct::Assertion,
            Allegation::new("relations between Finland and Russia have deteriorated massively since the invasion of Ukraine"),
        )
        .with_about(finland)
        .with_about(russia)
        .with_stated(date("2023-11-20"))
        .with_event(invasion)
        .with_source(article),
    )?;
    g.add_claim(
        Claim::new(
            outlet,
            SpeechAct::Assertion,
            Allegation::new("Sweden's NATO accession lacks only the Turkish parliament's approval and Hungary's agreement"),
        )
        .with_about(sweden)
        .with_about(turkey)
        .with_about(hungary)
        .with_stated(date("2023-11-20"))
        .with_event(blockade_dropped)
        .with_source(article),
    )?;
    g.add_claim(
        Claim::new(
            experts,
            SpeechAct::Assertion,
            Allegation::new(
                "Hungary's agreement to Sweden's accession depends on Turkey's consent",
            ),
        )
        .with_about(hungary)
        .with_source(article),
    )?;

    // Rebuttals: three answers from Peskov, and the article's answer to his dismissal.
    g.add_rebuttal(
        Rebuttal::new(peskov, RebuttalKind::Denial, accusation)
            .with_text("We do not accept such accusations")
            .with_stated(date("2023-11-20"))
            .with_source(peskov_remarks),
    )?;
    g.add_rebuttal(
        Rebuttal::new(peskov, RebuttalKind::Undermine, accusation)
            .with_text("The border crossings are used by those who have the right to do so")
            .with_stated(date("2023-11-20"))
            .with_source(peskov_remarks),
    )?;
    let dismissal = g.add_rebuttal(
        Rebuttal::new(peskov, RebuttalKind::Dismissal, accusation)
            .with_text("far-fetched")
            .with_stated(date("2023-11-20"))
            .with_source(peskov_remarks),
    )?;
    let answer = g.add_rebuttal(
        Rebuttal::new(outlet, RebuttalKind::Denial, dismissal)
            .with_text("Finland's accusation is less far-fetched than Moscow makes it out to be")
            .with_stated(date("2023-11-20"))
            .with_event(belarus_2021)
            .with_source(article),
    )?;
    g.add_support(Support::new(precedent, answer).with_text(
        "by analogy: Western countries made a very similar accusation against Belarus in 2021",
    ))?;
    Ok(g)
}

fn name(g: &ClaimGraph, id: claimgraph::ActorId) -> &str {
    g.actor(id).map_or("?", Actor::name)
}

fn names(g: &ClaimGraph, ids: &[claimgraph::ActorId]) -> String {
    ids.iter()
        .map(|&a| name(g, a))
        .collect::<Vec<_>>()
        .join(", ")
}

fn when(d: Option<PartialDate>) -> String {
    d.map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

fn print_actors(g: &ClaimGraph) {
    out!("Actors");
    for (id, a) in g.actors() {
        let mut codes = Vec::new();
        if let Some(c) = a.iso3() {
            codes.push(format!("ISO {c}"));
        }
        if let Some(c) = a.cameo() {
            codes.push(format!("CAMEO {c}"));
        }
        if let Some(c) = a.wikidata() {
            codes.push(format!("Wikidata {c}"));
        }
        let codes = if codes.is_empty() {
            String::new()
        } else {
            format!(" [{}]", codes.join(", "))
        };
        out!("  {id:<4} {} ({}){codes}", a.name(), a.kind());
        for (_, r) in g.relations_of(id).filter(|(_, r)| r.from() == id) {
            let role = r.role().map(|s| format!(" as {s}")).unwrap_or_default();
            let valid = if r.valid() == Interval::ALWAYS {
                String::new()
            } else {
                format!(" ({})", r.valid())
            };
            out!("         {} {}{role}{valid}", r.kind(), name(g, r.to()));
        }
    }
}

/// Prints a claim's thread, rebuttals of rebuttals included, as [`View::thread`] walks it
/// (iteratively, each rebuttal once, in a deterministic order), with the supports of each
/// rebuttal.
fn print_thread(g: &ClaimGraph, root: StatementId) {
    let Ok(thread) = g.view().thread(root) else {
        return;
    };
    for entry in thread.entries {
        let indent = "    ".repeat(entry.depth);
        let text = g
            .rebuttal(entry.rebuttal)
            .map_or("", claimgraph::Rebuttal::text);
        let kind = g.rebuttal(entry.rebuttal).map(claimgraph::Rebuttal::kind);
        out!(
            "{indent}<- {} {} by {} ({}): \"{text}\"",
            entry.rebuttal,
            kind.map_or_else(String::new, |k| k.to_string()),
            name(g, entry.by),
            when(entry.stated)
        );
        for (_, s) in g.supports_of(entry.rebuttal.into()) {
            let by = g
                .statement(s.premise())
                .map_or("?", |p| name(g, p.author()));
            out!(
                "{indent}   supported by {} ({by}): {}",
                s.premise(),
                s.text()
            );
        }
    }
}

fn print_claims(g: &ClaimGraph) {
    out!("\nClaims and their rebuttals");
    for (id, c) in g.claims() {
        out!(
            "  {id} {} by {} about [{}] ({}): {}",
            c.act(),
            name(g, c.claimant()),
            names(g, c.about()),
            when(c.stated()),
            c.allegation().text()
        );
        if let Some(m) = c.motive() {
            out!("      motive: {}", m.text());
        }
        if let Some(aim) = c.aim() {
            out!("      aim: {aim}");
        }
        print_thread(g, id.into());
    }
}

/// Prints events and statements merged in time order, as [`View::timeline`] orders them:
/// dates at their own precision, a month before the days within it, undated entries last.
fn print_timeline(g: &ClaimGraph) {
    out!("\nTimeline (ordered by date; a month sorts before the days within it)");
    for entry in g.view().timeline() {
        let what = match entry.item {
            TimelineItem::Event(id) => g
                .event(id)
                .map_or_else(String::new, |e| format!("event: {}", e.description())),
            TimelineItem::Claim(id) => g.claim(id).map_or_else(String::new, |c| {
                format!("{} by {}", c.act(), name(g, c.claimant()))
            }),
            TimelineItem::Rebuttal(id) => g.rebuttal(id).map_or_else(String::new, |r| {
                format!("{} by {}", r.kind(), name(g, r.by()))
            }),
        };
        out!(
            "  {:<12} {:<4} {what}",
            entry.when.to_string(),
            entry.item.to_string()
        );
    }
}

#[allow(dead_code)] // tests include this file for `finland_russia` alone
fn main() -> ExitCode {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/finland-russia-2023.json".to_owned());
    let g = match finland_russia() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    print_actors(&g);
    print_claims(&g);
    print_timeline(&g);
    let written = std::fs::File::create(&out).and_then(|f| g.write_json(f));
    match written {
        Ok(()) => {
            out!("\nWrote the document to {out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {out}: {e}");
            ExitCode::FAILURE
        }
    }
}

//! The reference scenario: the article of 2023-11-20, built through the API (the main example)
//! and written by hand as a document. Expected answers are read off the article.
#![cfg(feature = "serde")]

#[allow(dead_code)]
#[path = "../examples/finland_russia.rs"]
mod example;

use claimgraph::*;

const DOCUMENT: &str = include_str!("../examples/scenarios/finland-russia-2023.json");

fn by_name(g: &ClaimGraph, name: &str) -> ActorId {
    g.actors()
        .find(|(_, a)| a.is_named(name))
        .map_or_else(|| panic!("no actor named {name}"), |(id, _)| id)
}

#[test]
fn the_hand_written_document_is_the_graph_the_api_builds() {
    let built = example::finland_russia().expect("the scenario builds");
    let loaded = ClaimGraph::from_json(DOCUMENT).expect("the document loads");
    assert_eq!(loaded, built);
}

#[test]
fn the_document_round_trips_losslessly() {
    let g = ClaimGraph::from_json(DOCUMENT).unwrap();
    let again = ClaimGraph::from_json(&g.to_json()).unwrap();
    assert_eq!(again, g);
    assert_eq!(again.to_json(), g.to_json());
}

#[test]
fn the_accusation_and_its_answers_read_as_in_the_article() {
    let g = example::finland_russia().unwrap();
    let government = by_name(&g, "Finnish government");
    let russia = by_name(&g, "Moscow");
    let peskov = by_name(&g, "Dmitry Peskov");
    let outlet = by_name(&g, "The reporting outlet");

    // One accusation by the Finnish government, about Russia, with a motive pointing at the
    // accession and an aim.
    let accusations: Vec<_> = g.claims_by(government).collect();
    assert_eq!(accusations.len(), 1);
    let (accusation, claim) = accusations[0];
    assert_eq!(claim.act(), SpeechAct::Accusation);
    assert_eq!(claim.about(), [russia]);
    let motive_event = claim.motive().and_then(Motive::event).unwrap();
    assert_eq!(
        g.event(motive_event).unwrap().date().unwrap().to_string(),
        "2023-04"
    );
    assert_eq!(claim.aim(), Some("to destabilise Finland"));

    // Peskov answers three ways on 2023-11-20.
    let answers: Vec<_> = g.rebuttals_of(accusation).collect();
    let kinds: Vec<_> = answers.iter().map(|(_, r)| r.kind()).collect();
    assert_eq!(
        kinds,
        [
            RebuttalKind::Denial,
            RebuttalKind::Undermine,
            RebuttalKind::Dismissal
        ]
    );
    assert!(answers.iter().all(|(_, r)| r.by() == peskov));
    assert!(
        answers
            .iter()
            .all(|(_, r)| r.stated().unwrap().to_string() == "2023-11-20")
    );

    // The article rebuts the dismissal, supported by the 2021 precedent against Belarus.
    let dismissal = answers[2].0;
    let counter: Vec<_> = g.rebuttals_of(dismissal).collect();
    assert_eq!(counter.len(), 1);
    assert_eq!(counter[0].1.by(), outlet);
    let support: Vec<_> = g.supports_of(counter[0].0.into()).collect();
    let premise = g.claim(support[0].1.premise().as_claim().unwrap()).unwrap();
    assert_eq!(premise.about(), [by_name(&g, "Belarus")]);
    assert_eq!(premise.stated().unwrap().to_string(), "2021");
}

#[test]
fn relations_hold_over_their_time() {
    let g = example::finland_russia().unwrap();
    let finland = by_name(&g, "Helsinki");
    let membership = g
        .relations_of(finland)
        .find(|(_, r)| r.kind() == RelationKind::MemberOf)
        .map(|(_, r)| r.clone())
        .unwrap();
    assert_eq!(g.actor(membership.to()).unwrap().name(), "NATO");
    let at = |s: &str| membership.valid().contains(&s.parse().unwrap());
    assert_eq!(at("2023-11-20"), TimeOrder::Same);
    assert_eq!(at("2022-02"), TimeOrder::Before);
    assert_eq!(at("2023"), TimeOrder::Overlapping);
    // Peskov speaks for the Kremlin, which speaks for Russia.
    let peskov = by_name(&g, "Dmitry Peskov");
    let (_, spokesman) = g.relations_of(peskov).next().unwrap();
    assert_eq!(spokesman.role(), Some("Kremlin spokesman"));
    let kremlin = spokesman.to();
    assert!(
        g.relations_of(kremlin)
            .any(|(_, r)| r.kind() == RelationKind::SpeaksFor
                && g.actor(r.to()).unwrap().name() == "Russia")
    );
}

#[test]
fn reported_speech_keeps_its_chain() {
    let g = example::finland_russia().unwrap();
    let (grushko_words, _) = g
        .sources()
        .find(|(_, s)| s.audience() == Some("Russian news agencies"))
        .unwrap();
    let chain: Vec<_> = g.reporting_chain(grushko_words).collect();
    assert_eq!(chain.len(), 2);
    assert_eq!(g.source(chain[1]).unwrap().kind(), SourceKind::Article);
    let warning = g.citing(grushko_words);
    assert_eq!(warning.len(), 1);
    let EntityId::ClaimId(w) = warning[0] else {
        panic!("a claim cites it")
    };
    assert_eq!(g.claim(w).unwrap().act(), SpeechAct::Warning);
}

#[test]
fn events_keep_the_precision_the_article_gives() {
    let g = example::finland_russia().unwrap();
    let mut dates: Vec<String> = g
        .events()
        .filter_map(|(_, e)| e.date())
        .map(|d| d.to_string())
        .collect();
    dates.sort();
    assert_eq!(
        dates,
        [
            "2021",
            "2022-02",
            "2023-04",
            "2023-10",
            "2023-11-16",
            "2023-11-19"
        ]
    );
    let announced = "2023-11-16".parse::<PartialDate>().unwrap();
    let april: PartialDate = "2023-04".parse().unwrap();
    assert_eq!(april.compare(&announced), TimeOrder::Before);
}

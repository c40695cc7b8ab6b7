//! A small hand-written dispute over the downing of MH17 (examples/scenarios/mh17-2014.json,
//! written from public reporting): the counts the command line prints about it, pinned.
//!
//! The Joint Investigation Team names a brigade of the Russian armed forces; the Russian
//! Ministry of Defence, part of Russia, denies and later counter-accuses Ukraine; Ukraine
//! denies; the Netherlands holds Russia responsible. The ministry's counter-accusation (R1)
//! names Ukraine as the one to blame and alleges the missile's delivery to a Ukrainian unit
//! (an alleged event): the counts below count that statement once, as an accusation of
//! Ukraine, not once per actor it rolls up to.
#![cfg(feature = "serde")]

use claimgraph::argumentation::Semantics;
use claimgraph::dispute::DeriveOptions;
use claimgraph::query::{Attribution, Unanswered, View};
use claimgraph::*;

fn load() -> ClaimGraph {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/scenarios/mh17-2014.json"
    ))
    .unwrap();
    ClaimGraph::from_json(&json).unwrap()
}

fn actor(g: &ClaimGraph, name: &str) -> ActorId {
    let found: Vec<ActorId> = g.actors_named(name).map(|(id, _)| id).collect();
    assert_eq!(found.len(), 1, "{name}");
    found[0]
}

struct Cast {
    jit: ActorId,
    russia: ActorId,
    ministry: ActorId,
    brigade: ActorId,
    ukraine: ActorId,
    netherlands: ActorId,
}

fn cast(g: &ClaimGraph) -> Cast {
    Cast {
        jit: actor(g, "JIT"),
        russia: actor(g, "Russia"),
        ministry: actor(g, "Russian MoD"),
        brigade: actor(g, "53rd Anti-Aircraft Missile Brigade"),
        ukraine: actor(g, "Ukraine"),
        netherlands: actor(g, "Netherlands"),
    }
}

fn r(n: u32) -> StatementId {
    RebuttalId::new(n).into()
}

fn c(n: u32) -> StatementId {
    ClaimId::new(n).into()
}

/// (actor, made, received, out degree, in degree) for every actor of the summary.
fn summary(v: View<'_>) -> Vec<(ActorId, usize, usize, usize, usize)> {
    v.summary()
        .actors
        .iter()
        .map(|s| (s.actor, s.made, s.received, s.out_degree, s.in_degree))
        .collect()
}

#[test]
fn the_document_checks_clean() {
    let g = load();
    let report = g.check(&check::Config::default());
    let messages: Vec<&str> = report.iter().map(check::Diagnostic::message).collect();
    assert!(report.is_empty(), "{messages:?}");
}

#[test]
fn without_roll_up_each_statement_is_its_authors_and_about_whom_it_names() {
    let g = load();
    let k = cast(&g);
    let network = g.view().accusations();
    assert_eq!((network.len(), network.statement_count()), (3, 3));
    assert_eq!(
        summary(g.view()),
        [
            (k.jit, 1, 0, 1, 0),
            (k.russia, 0, 1, 0, 1),
            (k.ministry, 1, 0, 1, 0),
            (k.brigade, 0, 1, 0, 1),
            (k.ukraine, 0, 1, 0, 1),
            (k.netherlands, 1, 0, 1, 0),
        ]
    );
}

#[test]
fn rolled_up_the_ministrys_counter_accusation_counts_once_against_ukraine() {
    let g = load();
    let k = cast(&g);
    let rolled = g.view().attribution(Attribution::RollUp);
    let network = rolled.accusations();
    // Three statements; six pairs: the JIT against the brigade, the ministry and Russia;
    // the ministry and Russia against Ukraine; the Netherlands against Russia.
    assert_eq!((network.len(), network.statement_count()), (6, 3));
    for (accuser, accused, statement) in [
        (k.jit, k.brigade, c(0)),
        (k.jit, k.ministry, c(0)),
        (k.jit, k.russia, c(0)),
        (k.ministry, k.ukraine, r(1)),
        (k.russia, k.ukraine, r(1)),
        (k.netherlands, k.russia, c(1)),
    ] {
        let pair = network.pair(accuser, accused).unwrap();
        assert_eq!(pair.statements(), [statement]);
    }
    // Ukraine received one accusation (it was two before statements were counted once),
    // from two accusers; Russia received two: the JIT's (of its brigade) and the Dutch.
    assert_eq!(
        summary(rolled),
        [
            (k.jit, 1, 0, 3, 0),
            (k.russia, 1, 2, 1, 2),
            (k.ministry, 1, 1, 1, 1),
            (k.brigade, 0, 1, 0, 1),
            (k.ukraine, 0, 1, 0, 2),
            (k.netherlands, 1, 0, 1, 0),
        ]
    );
    let most: Vec<ActorId> = rolled
        .summary()
        .most_accused(1)
        .iter()
        .map(|s| s.actor)
        .collect();
    assert_eq!(most, [k.russia]);
    // The per-actor queries agree.
    assert_eq!(rolled.accusations_against(k.russia).len(), 2);
    assert_eq!(rolled.accusations_against(k.ukraine).len(), 2);
    assert_eq!(rolled.accusations_by(k.russia).len(), 1);
}

#[test]
fn the_ministrys_denial_is_the_brigades_answer() {
    let g = load();
    let unanswered = |v: View| -> Vec<StatementId> {
        v.unanswered(Unanswered::ByAccused)
            .iter()
            .map(|u| u.claim.into())
            .collect()
    };
    // The brigade itself never answered; the ministry it is part of did.
    assert_eq!(unanswered(g.view()), [c(0), c(1)]);
    assert_eq!(
        unanswered(g.view().attribution(Attribution::RollUp)),
        [c(1)]
    );
    // And the dispute reads the ministry's denial as the accused's own: the JIT's finding
    // and the denial attack each other.
    let d = g.dispute(DeriveOptions::default());
    let (finding, denial) = (
        d.argument(c(0)).unwrap(),
        d.argument(RebuttalId::new(0).into()).unwrap(),
    );
    assert!(d.framework().attacks_argument(finding, denial));
    assert!(d.framework().attacks_argument(denial, finding));
    // Ukraine's denial of the counter-accusation contradicts it: in the verdicts' reading
    // each attacks the other.
    let v = g.verdicts(&claimgraph::verdict::Reading::new());
    let (counter, denial) = (r(1), r(2));
    assert!(v.attacks_on(counter).any(|a| a.attacker() == denial));
    assert!(v.attacks_on(denial).any(|a| a.attacker() == counter));
    // The Dutch accusation, unanswered, stands.
    assert_eq!(
        d.status(c(1), Semantics::Grounded),
        Some(claimgraph::argumentation::ArgumentStatus::Skeptical)
    );
}

#[test]
fn reciprocal_says_what_each_side_says_about_the_other() {
    let g = load();
    let k = cast(&g);
    let rolled = g.view().attribution(Attribution::RollUp);
    let rec = rolled.reciprocal(k.russia, k.ukraine);
    // The ministry's counter-accusation blames Ukraine: a rebuttal of the JIT's finding that
    // accuses Ukraine, counted as what Russia says about it.
    assert!(rec.first_on_second.claims.is_empty());
    assert_eq!(rec.first_on_second.rebuttals, [RebuttalId::new(1)]);
    assert_eq!(rec.first_on_second.accusations, 1);
    assert_eq!(rec.second_on_first.rebuttals, [RebuttalId::new(2)]);
    assert_eq!(rec.second_on_first.accusations, 0);
    assert_eq!(
        rec.second_on_first.first.map(|d| d.to_string()).as_deref(),
        Some("2018-09-17")
    );
    assert!(!rec.is_mutual());
    // Without roll-up Russia itself said nothing: the ministry spoke.
    assert!(
        g.view()
            .reciprocal(k.russia, k.ukraine)
            .first_on_second
            .is_empty()
    );
    // The JIT and Russia: the finding (about the brigade, part of Russia), and the
    // ministry's denial and counter-accusation of it, from 2018-05-24 to 2018-09-17.
    let rec = rolled.reciprocal(k.jit, k.russia);
    assert_eq!(rec.first_on_second.claims, [ClaimId::new(0)]);
    assert_eq!(
        rec.second_on_first.rebuttals,
        [RebuttalId::new(0), RebuttalId::new(1)]
    );
    let dates = (rec.second_on_first.first, rec.second_on_first.last);
    assert_eq!(
        (dates.0.unwrap().to_string(), dates.1.unwrap().to_string()),
        ("2018-05-24".to_owned(), "2018-09-17".to_owned())
    );
}

#[test]
fn status_and_timeline_as_of_a_date_see_the_same_statements() {
    let g = load();
    for t in [
        "2018",
        "2018-05",
        "2018-05-24",
        "2018-05-25",
        "2018-09",
        "2019",
    ] {
        let t: PartialDate = t.parse().unwrap();
        let d = g.dispute(DeriveOptions::default().as_of(t));
        let mut shown: Vec<StatementId> = g
            .as_of(t)
            .timeline()
            .iter()
            .filter_map(|e| match e.item {
                query::TimelineItem::Claim(id) => Some(id.into()),
                query::TimelineItem::Rebuttal(id) => Some(id.into()),
                query::TimelineItem::Event(_) => None,
            })
            .collect();
        shown.sort_unstable();
        assert_eq!(d.statements(), shown.as_slice(), "as of {t}");
    }
}

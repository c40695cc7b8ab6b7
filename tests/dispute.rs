//! The claim graph read as an argumentation framework: the reference scenario's answers, read
//! off the article, and properties over generated graphs.
#![cfg(feature = "serde")]
#![allow(clippy::many_single_char_names)] // a, b, x, y: the textbook names for actors in a test

#[path = "common/proptest_config.rs"]
mod proptest_config;

#[allow(dead_code)]
#[path = "../examples/finland_russia.rs"]
mod example;

use claimgraph::argumentation::*;
use claimgraph::dispute::*;
use claimgraph::*;

fn statement(g: &ClaimGraph, text: &str) -> StatementId {
    g.claims()
        .find(|(_, c)| c.allegation().text() == text)
        .map(|(id, _)| StatementId::from(id))
        .or_else(|| {
            g.rebuttals()
                .find(|(_, r)| r.text() == text)
                .map(|(id, _)| id.into())
        })
        .unwrap_or_else(|| panic!("no statement says {text}"))
}

const ACCUSATION: &str = "deliberately smuggling asylum seekers across the border";
const DENIAL: &str = "We do not accept such accusations";
const UNDERMINE: &str = "The border crossings are used by those who have the right to do so";
const DISMISSAL: &str = "far-fetched";
const ANSWER: &str = "Finland's accusation is less far-fetched than Moscow makes it out to be";

#[test]
fn the_accusation_stands_until_the_kremlin_answers() {
    let g = example::finland_russia().unwrap();
    let c0 = statement(&g, ACCUSATION);
    let history = g.status_history(c0, Semantics::Grounded, DeriveOptions::default());
    let shown: Vec<String> = history.iter().map(ToString::to_string).collect();
    assert_eq!(shown, ["2023-11: skeptical", "2023-11-20: rejected"]);
}

#[test]
fn the_scenario_reads_as_the_article_tells_it() {
    let g = example::finland_russia().unwrap();
    let d = g.dispute(DeriveOptions::default());
    let af = d.framework();
    let arg = |text| d.argument(statement(&g, text)).unwrap();
    let (c0, r0, r1, r2, r3) = (
        arg(ACCUSATION),
        arg(DENIAL),
        arg(UNDERMINE),
        arg(DISMISSAL),
        arg(ANSWER),
    );
    // Peskov speaks for the Kremlin, which speaks for Russia: his denial is the accused's, and
    // accusation and denial attack each other. The other answers attack one way.
    assert!(af.attacks_argument(r0, c0) && af.attacks_argument(c0, r0));
    assert!(af.attacks_argument(r1, c0) && !af.attacks_argument(c0, r1));
    assert!(af.attacks_argument(r2, c0) && af.attacks_argument(r3, r2));
    assert_eq!(af.attack_count(), 5);

    let status = |text| d.status(statement(&g, text), Semantics::Grounded).unwrap();
    // The undermining answer is unanswered, so it defeats the accusation under grounded
    // semantics; the article's answer defeats the dismissal.
    assert_eq!(status(UNDERMINE), ArgumentStatus::Skeptical);
    assert_eq!(status(ACCUSATION), ArgumentStatus::Rejected);
    assert_eq!(status(DISMISSAL), ArgumentStatus::Rejected);
    assert_eq!(status(ANSWER), ArgumentStatus::Skeptical);
    assert_eq!(status(DENIAL), ArgumentStatus::Skeptical);

    let why = d
        .explain(statement(&g, ACCUSATION), Semantics::Grounded)
        .unwrap();
    assert_eq!(why.label(), Label::Out);
    assert_eq!(
        why.to_string(),
        "C0 (Finnish government) is OUT: defeated by R0 (Dmitry Peskov), which is IN"
    );
    let why = d
        .explain(statement(&g, DISMISSAL), Semantics::Grounded)
        .unwrap();
    assert_eq!(
        why.to_string(),
        "R2 (Dmitry Peskov) is OUT: defeated by R3 (The reporting outlet), which is IN"
    );
}

#[test]
fn options_change_the_framework_as_documented() {
    let g = example::finland_russia().unwrap();
    let c0 = statement(&g, ACCUSATION);
    let r0 = statement(&g, DENIAL);
    let r2 = statement(&g, DISMISSAL);
    let one_way = g.dispute(DeriveOptions::default().denials(Denials::OneWay));
    let (a, b) = (one_way.argument(c0).unwrap(), one_way.argument(r0).unwrap());
    assert!(
        one_way.framework().attacks_argument(b, a) && !one_way.framework().attacks_argument(a, b)
    );
    let ignoring = g.dispute(DeriveOptions::default().dismissals(Dismissals::Ignore));
    let r2 = ignoring.argument(r2).unwrap();
    assert!(ignoring.framework().targets_of(r2).is_empty());
    // As of the day before Peskov spoke, the accusation (dated only to November) had
    // possibly been made, and stood alone and unopposed.
    let day_before: PartialDate = "2023-11-19".parse().unwrap();
    let certain = g.dispute(DeriveOptions::default().as_of(day_before));
    assert!(certain.argument(c0).is_none() && certain.argument(r0).is_none());
    let before = g
        .as_of(day_before)
        .certainty(Certainty::Possible)
        .dispute(DeriveOptions::default());
    assert!(before.argument(r0).is_none());
    assert_eq!(
        before.status(c0, Semantics::Grounded),
        Some(ArgumentStatus::Skeptical)
    );
}

#[test]
fn a_third_partys_denial_attacks_one_way_only() {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::State)).unwrap();
    let b = g.add_actor(Actor::new("B", ActorKind::State)).unwrap();
    let x = g.add_actor(Actor::new("X", ActorKind::State)).unwrap();
    let c = g
        .add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))
        .unwrap();
    let r = g
        .add_rebuttal(Rebuttal::new(x, RebuttalKind::Denial, c))
        .unwrap();
    let d = g.dispute(DeriveOptions::default());
    let (ca, ra) = (d.argument(c.into()).unwrap(), d.argument(r.into()).unwrap());
    assert!(d.framework().attacks_argument(ra, ca));
    assert!(!d.framework().attacks_argument(ca, ra));
    // Once X speaks for B only from 2024, a denial of 2023 is still X's own.
    g.add_relation(
        Relation::new(x, RelationKind::SpeaksFor, b)
            .with_valid(Interval::from_date("2024".parse().unwrap())),
    )
    .unwrap();
    let r2023 = g
        .add_rebuttal(
            Rebuttal::new(x, RebuttalKind::Denial, c).with_stated("2023-05".parse().unwrap()),
        )
        .unwrap();
    let r2025 = g
        .add_rebuttal(
            Rebuttal::new(x, RebuttalKind::Denial, c).with_stated("2025-05".parse().unwrap()),
        )
        .unwrap();
    let d = g.dispute(DeriveOptions::default());
    let ca = d.argument(c.into()).unwrap();
    assert!(
        !d.framework()
            .attacks_argument(ca, d.argument(r2023.into()).unwrap())
    );
    assert!(
        d.framework()
            .attacks_argument(ca, d.argument(r2025.into()).unwrap())
    );
}

#[test]
fn speaks_for_cycles_end() {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::State)).unwrap();
    let b = g.add_actor(Actor::new("B", ActorKind::State)).unwrap();
    let x = g.add_actor(Actor::new("X", ActorKind::Person)).unwrap();
    let y = g.add_actor(Actor::new("Y", ActorKind::Person)).unwrap();
    g.add_relation(Relation::new(x, RelationKind::SpeaksFor, y))
        .unwrap();
    g.add_relation(Relation::new(y, RelationKind::SpeaksFor, x))
        .unwrap();
    let c = g
        .add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))
        .unwrap();
    g.add_rebuttal(Rebuttal::new(x, RebuttalKind::Denial, c))
        .unwrap();
    assert_eq!(
        g.dispute(DeriveOptions::default())
            .framework()
            .attack_count(),
        1
    );
}

#[test]
fn a_million_long_chain_is_settled_without_recursion() {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::State)).unwrap();
    let c = g
        .add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))
        .unwrap();
    let mut last: StatementId = c.into();
    for _ in 0..1_000_000 {
        last = g
            .add_rebuttal(Rebuttal::new(a, RebuttalKind::Undercut, last))
            .unwrap()
            .into();
    }
    let d = g.dispute(DeriveOptions::default());
    // An even chain: the last rebuttal is IN, and so, every second step, is the claim.
    assert_eq!(
        d.status(last, Semantics::Grounded),
        Some(ArgumentStatus::Skeptical)
    );
    assert_eq!(
        d.status(c.into(), Semantics::Grounded),
        Some(ArgumentStatus::Skeptical)
    );
}

#[cfg(feature = "proptest")]
mod properties {
    use super::proptest_config;
    use claimgraph::argumentation::*;
    use claimgraph::dispute::*;
    use claimgraph::strategies::graphs;
    use claimgraph::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(proptest_config::cases(100))]

        #[test]
        fn every_answer_is_an_attack(g in graphs()) {
            let d = g.dispute(DeriveOptions::default());
            prop_assert_eq!(d.framework().len(), g.claim_count() + g.rebuttal_count());
            for (rid, r) in g.rebuttals() {
                let attacker = d.argument(rid.into()).unwrap();
                for &t in r.answers() {
                    if matches!(t, Target::Alternative(..)) {
                        continue;
                    }
                    // An answer to a statement attacks it; an answer to evidence attacks each
                    // statement that rests on it.
                    for s in g.resting_on(t) {
                        if s != StatementId::from(rid) {
                            prop_assert!(d.framework().attacks_argument(attacker, d.argument(s).unwrap()));
                        }
                    }
                }
            }
        }

        #[test]
        fn explain_all_says_what_explain_says_of_each(g in graphs()) {
            let d = g.dispute(DeriveOptions::default());
            for semantics in [Semantics::Grounded, Semantics::Preferred, Semantics::Stable] {
                let all = d.explain_all(semantics);
                if all.is_empty() {
                    prop_assert!(d.statements().iter().all(|s| d.explain(*s, semantics).is_none()));
                    continue;
                }
                prop_assert_eq!(all.len(), d.statements().len());
                for (s, why) in d.statements().iter().zip(&all) {
                    let one = d.explain(*s, semantics).unwrap();
                    prop_assert_eq!(one.explanation(), why.explanation());
                    prop_assert_eq!(one.to_string(), why.to_string());
                }
            }
        }

        #[test]
        fn as_of_sees_exactly_what_every_view_as_of_sees(g in graphs(), t in strategies::partial_dates()) {
            // One rule for "as of": the dispute as of `t` holds exactly the statements a view
            // as of `t` holds, and none certainly made later.
            let d = g.dispute(DeriveOptions::default().as_of(t));
            let view = g.as_of(t);
            let seen: Vec<StatementId> = view.claims().map(|(id, _)| StatementId::from(id))
                .chain(view.rebuttals().map(|(id, _)| StatementId::from(id)))
                .collect();
            prop_assert_eq!(d.statements(), seen.as_slice());
            for s in d.statements() {
                let made = g.statement(*s).unwrap().stated().unwrap();
                prop_assert!(made.compare(&t) != TimeOrder::After);
                prop_assert!(view.exists(*s));
            }
        }

        #[test]
        fn history_ends_in_the_status_of_the_whole_dispute(g in graphs().dated(1.0)) {
            // Every statement dated: the last step of a history has seen them all.
            for (id, c) in g.claims() {
                if c.stated().is_none() {
                    continue;
                }
                let history = g.status_history(id.into(), Semantics::Grounded, DeriveOptions::default());
                let last = history.last().unwrap();
                let d = g.dispute(DeriveOptions::default());
                prop_assert_eq!(Some(last.status), d.status(id.into(), Semantics::Grounded));
            }
        }
    }
}

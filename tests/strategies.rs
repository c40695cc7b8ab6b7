//! The property-testing kit itself: what its knobs make, how failing cases shrink, and how they
//! print.
#![cfg(feature = "proptest")]

use claimgraph::strategies::{Cycles, Field, GeneratedGraph, GraphStrategy, Richness, graphs};
use claimgraph::*;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestError, TestRunner};
use std::collections::BTreeSet;

/// The graphs a strategy makes for the first `n` cases of a deterministic runner.
fn sample(s: &GraphStrategy, n: usize) -> Vec<GeneratedGraph> {
    let mut runner = TestRunner::deterministic();
    (0..n)
        .map(|_| s.new_tree(&mut runner).unwrap().current())
        .collect()
}

fn entities(g: &ClaimGraph) -> usize {
    EntityKind::ALL.iter().map(|&k| g.count(k)).sum()
}

/// Runs `test` as proptest would and returns the shrunk counterexample.
fn shrunk(s: &GraphStrategy, test: impl Fn(&ClaimGraph) -> bool) -> GeneratedGraph {
    let mut runner = TestRunner::new_with_rng(
        Config {
            cases: 256,
            failure_persistence: None,
            ..Config::default()
        },
        proptest::test_runner::TestRng::deterministic_rng(
            proptest::test_runner::RngAlgorithm::ChaCha,
        ),
    );
    match runner.run(s, |g| {
        if test(&g) {
            Ok(())
        } else {
            Err(proptest::test_runner::TestCaseError::fail("property fails"))
        }
    }) {
        Err(TestError::Fail(_, g)) => g,
        other => panic!("expected a counterexample, got {other:?}"),
    }
}

#[test]
fn a_claim_answered_by_a_rebuttal_shrinks_to_three_entities() {
    // Fails exactly when some claim is answered by some rebuttal.
    let answered = |g: &ClaimGraph| {
        g.rebuttals()
            .any(|(_, r)| r.answers().iter().any(|s| matches!(s, Target::Claim(_))))
    };
    for s in [
        graphs(),
        graphs().richness(Richness::Rich),
        graphs()
            .actors(5..=20)
            .claims(20..=40)
            .rebuttals(30..=60)
            .events(5..=10),
    ] {
        let g = shrunk(&s, |g| !answered(g));
        assert!(answered(&g));
        // One claim, one rebuttal, and the actor who made both.
        assert_eq!(entities(&g), 3, "{g:?}");
        assert_eq!(
            (g.claim_count(), g.rebuttal_count(), g.actor_count()),
            (1, 1, 1)
        );
        // Optional parts are gone too: the listing is three short lines.
        let listing = format!("{g:?}");
        assert_eq!(listing.lines().count(), 5, "{listing}");
        let (_, r) = g.rebuttals().next().unwrap();
        assert_eq!(r.answers().len(), 1);
        assert!(r.stated().is_none() && r.text().is_empty() && r.sources().is_empty());
    }
}

#[test]
fn two_actors_of_one_name_shrink_to_those_two() {
    let shared_name = |g: &ClaimGraph| {
        let names: Vec<&str> = g.actors().map(|(_, a)| a.name()).collect();
        names.len() != names.iter().collect::<BTreeSet<_>>().len()
    };
    let g = shrunk(&graphs(), |g| !shared_name(g));
    assert!(shared_name(&g));
    assert_eq!(entities(&g), 2, "{g:?}");
}

#[test]
fn a_motive_citing_an_event_shrinks_to_claim_event_and_actor() {
    let cited = |g: &ClaimGraph| {
        g.claims()
            .any(|(_, c)| c.motive().is_some_and(|m| m.event().is_some()))
    };
    let g = shrunk(&graphs(), |g| !cited(g));
    assert!(cited(&g));
    assert_eq!(
        (entities(&g), g.claim_count(), g.count(EntityKind::Event)),
        (3, 1, 1),
        "{g:?}"
    );
    // The claim keeps its motive and nothing else it could lose.
    let (_, c) = g.claims().next().unwrap();
    assert!(c.aim().is_none() && c.stated().is_none() && c.sources().is_empty());
}

#[test]
fn an_answer_to_an_alternative_shrinks_to_claim_rebuttal_and_actor() {
    let answered = |g: &ClaimGraph| {
        g.rebuttals().any(|(_, r)| {
            r.answers()
                .iter()
                .any(|t| matches!(t, Target::Alternative(..)))
        })
    };
    let g = shrunk(&graphs(), |g| !answered(g));
    assert!(answered(&g));
    assert_eq!(
        (entities(&g), g.claim_count(), g.rebuttal_count()),
        (3, 1, 1),
        "{g:?}"
    );
    // One alternative is left, the one answered, renumbered to where it now stands.
    let (c, claim) = g.claims().next().unwrap();
    assert_eq!(claim.alternatives().len(), 1, "{g:?}");
    let (_, r) = g.rebuttals().next().unwrap();
    assert_eq!(r.answers(), [Target::Alternative(c, 0)], "{g:?}");
}

#[test]
fn an_alleged_event_shrinks_to_event_statement_and_actor() {
    let alleged = |g: &ClaimGraph| g.events().any(|(_, e)| e.alleged_by().is_some());
    let g = shrunk(&graphs(), |g| !alleged(g));
    assert!(alleged(&g));
    assert_eq!((entities(&g), g.count(EntityKind::Event)), (3, 1), "{g:?}");
}

/// Leaving an entity out never moves another entity's references: a rebuttal that answered
/// claim number 5 of the plan answers it still once claims before it are gone.
#[test]
fn shrinking_keeps_the_references_of_what_is_left() {
    let s = graphs()
        .claims(10..=10)
        .rebuttals(1..=1)
        .actors(3..=3)
        .richness(Richness::Bare);
    let mut runner = TestRunner::deterministic();
    for _ in 0..20 {
        let mut tree = s.new_tree(&mut runner).unwrap();
        let g = tree.current();
        let (_, r) = g.rebuttals().next().unwrap();
        let answered = g
            .statement(r.answers()[0].statement().unwrap())
            .unwrap()
            .text()
            .to_owned();
        let by = g.actor(r.by()).unwrap().name().to_owned();
        // Accept every step that keeps the rebuttal; undo the others.
        while tree.simplify() {
            if tree.current().rebuttal_count() == 0 {
                tree.complicate();
            }
        }
        let g = tree.current();
        let (_, r) = g.rebuttals().next().unwrap();
        assert_eq!(
            g.statement(r.answers()[0].statement().unwrap())
                .unwrap()
                .text(),
            answered,
            "{g:?}"
        );
        // Its author was kept or, once gone, is the only actor left.
        assert!(
            g.actor(r.by()).unwrap().name() == by || g.actor_count() == 1,
            "{g:?}"
        );
    }
}

/// Each field of the model's second edition (issue 11) appears in some graph of `graphs`.
fn exercises_the_second_edition(graphs: &[GeneratedGraph]) {
    let any = |f: &dyn Fn(&ClaimGraph) -> bool| graphs.iter().any(|g| f(g));
    assert!(any(&|g| g
        .claims()
        .any(|(_, c)| !c.joint_with().is_empty())));
    assert!(any(&|g| g
        .rebuttals()
        .any(|(_, r)| !r.joint_with().is_empty())));
    assert!(any(&|g| g.claims().any(|(_, c)| c
        .confidence()
        .is_some_and(|e| e.wording().is_some()))));
    assert!(any(&|g| g.claims().any(|(_, c)| c
        .confidence()
        .is_some_and(|e| e.wording().is_none()))));
    assert!(any(&|g| g
        .rebuttals()
        .any(|(_, r)| r.confidence().is_some())));
    assert!(any(&|g| g
        .claims()
        .any(|(_, c)| c.alternatives().len() > 1)));
    let answers = |g: &ClaimGraph, f: &dyn Fn(&Target) -> bool| {
        g.rebuttals().any(|(_, r)| r.answers().iter().any(f))
    };
    assert!(any(&|g| answers(g, &|t| matches!(
        t,
        Target::Alternative(..)
    ))));
    assert!(any(&|g| answers(g, &|t| matches!(t, Target::Source(_)))));
    assert!(any(&|g| answers(g, &|t| matches!(t, Target::Event(_)))));
    assert!(any(&|g| answers(g, &|t| matches!(t, Target::Support(_)))));
    // A rebuttal answering only evidence (its statement answer is not always drawn first).
    assert!(any(&|g| g
        .rebuttals()
        .any(|(_, r)| r.statements().next().is_none())));
    assert!(any(&|g| g
        .claims()
        .any(|(_, c)| c.act() == SpeechAct::Demand
            && c.condition().is_some()
            && c.deadline().is_some())));
    for act in [SpeechAct::Threat, SpeechAct::Warning] {
        assert!(any(&|g| g
            .claims()
            .any(|(_, c)| c.act() == act && c.condition().is_some())));
    }
    assert!(any(&|g| g.claims().any(|(_, c)| c
        .resolution()
        .is_some_and(
            |r| matches!(r.by(), Some(Target::Event(_))) && r.date().is_some()
        ))));
    assert!(any(&|g| g.claims().any(|(_, c)| c
        .resolution()
        .is_some_and(|r| matches!(r.by(), Some(Target::Claim(_)))))));
    for outcome in Outcome::ALL {
        assert!(any(&|g| g.claims().any(|(_, c)| c
            .resolution()
            .is_some_and(|r| r.outcome() == *outcome))));
    }
    for kind in [RebuttalKind::CounterAccusation, RebuttalKind::Undermine] {
        assert!(any(&|g| g
            .rebuttals()
            .any(|(_, r)| r.kind() == kind && !r.about().is_empty())));
    }
    assert!(any(&|g| g.events().any(|(_, e)| e.alleged_by().is_some())));
    assert!(any(&|g| g.actors().any(|(_, a)| a.is_anonymous())));
    for kind in ActorKind::ALL {
        assert!(
            any(&|g| g.actors().any(|(_, a)| a.kind() == *kind)),
            "{kind:?}"
        );
    }
    assert!(any(&|g| g.actors().any(|(_, a)| a.keys().len() > 1)));
    assert!(any(&|g| g.claims().any(|(_, c)| !c.keys().is_empty())));
    assert!(any(&|g| g.rebuttals().any(|(_, r)| !r.keys().is_empty())));
    assert!(any(&|g| g.events().any(|(_, e)| !e.keys().is_empty())));
    assert!(any(&|g| g.sources().any(|(_, s)| !s.keys().is_empty())));
    assert!(any(&|g| g.sources().any(|(_, s)| s.speakers().len() > 1)));
    assert!(any(&|g| g.sources().any(|(_, s)| s.quotes().len() > 1)));
    for form in QuoteForm::ALL {
        assert!(any(&|g| g
            .sources()
            .any(|(_, s)| s.quotes().iter().any(|q| q.form() == *form))));
    }
    assert!(any(&|g| g
        .sources()
        .any(|(_, s)| s.quotes().iter().any(|q| q.speaker().is_some()))));
    assert!(any(&|g| g
        .sources()
        .any(|(_, s)| s.reported_in().len() > 1)));
    assert!(any(&|g| g.sources().any(|(_, s)| s.grading().is_some())));
}

#[test]
fn default_graphs_exercise_every_field_and_share_names_and_texts() {
    let graphs = sample(&graphs(), 128);
    let any = |f: &dyn Fn(&ClaimGraph) -> bool| graphs.iter().any(|g| f(g));
    assert!(any(&|g| g.actors().any(|(_, a)| !a.aliases().is_empty())));
    assert!(any(&|g| g.actors().any(|(_, a)| a.iso3().is_some())));
    assert!(any(&|g| g.actors().any(|(_, a)| a.cameo().is_some())));
    assert!(any(&|g| g.actors().any(|(_, a)| a.wikidata().is_some())));
    assert!(any(&|g| g
        .claims()
        .any(|(_, c)| c.allegation().category().is_some())));
    assert!(any(&|g| g
        .claims()
        .any(|(_, c)| !c.allegation().contexts().is_empty())));
    assert!(any(&|g| g
        .claims()
        .any(|(_, c)| c.motive().is_some_and(|m| m.event().is_some()))));
    assert!(any(&|g| g
        .claims()
        .any(|(_, c)| c.motive().is_some_and(|m| m.event().is_none()))));
    assert!(any(&|g| g.claims().any(|(_, c)| c.aim().is_some())));
    assert!(any(&|g| g.claims().any(|(_, c)| c.about().len() > 1)));
    assert!(any(&|g| {
        g.claims()
            .any(|(_, c)| !c.events().is_empty() && !c.sources().is_empty())
    }));
    assert!(any(&|g| g.rebuttals().any(|(_, r)| r.answers().len() > 1)));
    assert!(any(&|g| g.rebuttals().any(|(_, r)| !r.events().is_empty())));
    assert!(any(&|g| g
        .sources()
        .any(|(_, s)| !s.reported_in().is_empty())));
    assert!(any(&|g| g
        .sources()
        .any(|(_, s)| s.outlet().is_some() && s.quote().is_some())));
    assert!(any(&|g| g
        .events()
        .any(|(_, e)| e.end().is_some() && e.cameo().is_some())));
    assert!(any(&|g| g
        .events()
        .any(|(_, e)| e.plover().is_some() && e.location().is_some())));
    assert!(any(&|g| g.relations().any(|(_, r)| r.role().is_some())));
    assert!(any(&|g| g
        .relations()
        .any(|(_, r)| r.valid() != Interval::ALWAYS)));
    assert!(any(&|g| g.supports().any(|(_, s)| !s.text().is_empty())));
    // The second edition of the model (issue 11).
    exercises_the_second_edition(&graphs);
    for act in SpeechAct::ALL {
        assert!(
            any(&|g| g.claims().any(|(_, c)| c.act() == *act)),
            "{act:?}"
        );
    }
    for p in [
        Precision::Year,
        Precision::Month,
        Precision::Day,
        Precision::Instant,
        Precision::Window,
    ] {
        assert!(any(&|g| g
            .claims()
            .any(|(_, c)| c.stated().is_some_and(|d| d.precision() == p))));
    }
    assert!(any(&|g| g.claims().any(|(_, c)| c.stated().is_none())));
    // Duplicates, as real data has them.
    assert!(any(&|g| {
        let names: Vec<&str> = g.actors().map(|(_, a)| a.name()).collect();
        names.len() > names.iter().collect::<BTreeSet<_>>().len()
    }));
    assert!(any(&|g| {
        let texts: Vec<&str> = g.claims().map(|(_, c)| c.allegation().text()).collect();
        texts.len() > texts.iter().collect::<BTreeSet<_>>().len()
    }));
}

/// A bare graph has none of the optional fields of the model's second edition.
fn has_no_second_edition_field(g: &ClaimGraph) {
    assert!(g.claims().all(|(_, c)| c.joint_with().is_empty()
        && c.confidence().is_none()
        && c.alternatives().is_empty()
        && c.condition().is_none()
        && c.deadline().is_none()
        && c.resolution().is_none()
        && c.keys().is_empty()));
    assert!(
        g.actors()
            .all(|(_, a)| !a.is_anonymous() && a.keys().is_empty())
    );
    assert!(g.events().all(|(_, e)| e.alleged_by().is_none()));
    assert!(
        g.sources()
            .all(|(_, s)| s.grading().is_none() && s.keys().is_empty())
    );
}

#[test]
fn rich_graphs_fill_every_field_and_bare_ones_none() {
    let sized = |s: GraphStrategy| {
        s.actors(4..=4)
            .sources(3..=3)
            .events(3..=3)
            .claims(4..=4)
            .rebuttals(4..=4)
            .relations(2..=2)
    };
    for g in sample(&sized(graphs().richness(Richness::Rich)), 16) {
        // An anonymous actor has no country or Wikidata id: that would say who it is.
        assert!(
            g.actors().all(|(_, a)| !a.aliases().is_empty()
                && a.iso3().is_some() != a.is_anonymous()
                && a.cameo().is_some()
                && a.wikidata().is_some() != a.is_anonymous()
                && !a.keys().is_empty()),
            "{g:?}"
        );
        assert!(
            g.claims().all(|(_, c)| c.allegation().category().is_some()
                && !c.allegation().contexts().is_empty()
                && c.motive().is_some()
                && c.aim().is_some()
                && !c.events().is_empty()
                && !c.sources().is_empty()),
            "{g:?}"
        );
        assert!(
            g.rebuttals()
                .all(|(_, r)| !r.text().is_empty() && !r.sources().is_empty())
        );
        assert!(g.claims().all(|(_, c)| c.confidence().is_some()
            && !c.keys().is_empty()
            && (!c.act().takes_condition() || c.condition().is_some())));
        assert!(g.rebuttals().all(|(_, r)| r.confidence().is_some()
            && !r.keys().is_empty()
            && (!matches!(
                r.kind(),
                RebuttalKind::CounterAccusation | RebuttalKind::Undermine
            ) || !r.about().is_empty())));
        assert!(
            g.sources()
                .all(|(_, s)| s.grading().is_some() && s.quotes().len() == 2)
        );
        assert!(
            g.events().all(|(_, e)| e.location().is_some()
                && e.cameo().is_some()
                && e.plover().is_some())
        );
        assert!(g.sources().all(|(_, s)| s.outlet().is_some()
            && s.speaker().is_some()
            && s.audience().is_some()
            && s.url().is_some()
            && s.quote().is_some()));
        // Every source but the first is reported in an earlier one.
        assert_eq!(
            g.sources()
                .filter(|(_, s)| !s.reported_in().is_empty())
                .count(),
            2
        );
        assert!(
            g.relations()
                .all(|(_, r)| r.role().is_some() && !r.sources().is_empty())
        );
    }
    for g in sample(&sized(graphs().richness(Richness::Bare)), 16) {
        assert!(
            g.actors()
                .all(|(_, a)| a.aliases().is_empty() && a.iso3().is_none() && a.cameo().is_none())
        );
        assert!(g.claims().all(|(_, c)| c.allegation().category().is_none()
            && c.motive().is_none()
            && c.aim().is_none()
            && c.sources().is_empty()
            && c.about().len() <= 1));
        assert!(g.rebuttals().all(|(_, r)| {
            r.text().is_empty()
                && r.joint_with().is_empty()
                && r.about().is_empty()
                && r.confidence().is_none()
                && r.keys().is_empty()
                && r.answers()
                    .iter()
                    .all(|t| t.statement().is_some() && !matches!(t, Target::Alternative(..)))
        }));
        has_no_second_edition_field(&g);
    }
}

#[test]
fn statement_knobs_shape_what_is_said_and_when() {
    let s = graphs()
        .claims(5..=10)
        .speech_acts([(SpeechAct::Accusation, 1)])
        .rebuttal_kinds([(RebuttalKind::Dismissal, 1)])
        .dated(1.0)
        .precisions([(Precision::Day, 1)])
        .years(2023..=2023);
    for g in sample(&s, 16) {
        assert!(
            g.claims()
                .all(|(_, c)| c.act() == SpeechAct::Accusation && !c.about().is_empty())
        );
        assert!(
            g.rebuttals()
                .all(|(_, r)| r.kind() == RebuttalKind::Dismissal)
        );
        for d in g
            .claims()
            .map(|(_, c)| c.stated())
            .chain(g.rebuttals().map(|(_, r)| r.stated()))
        {
            let d = d.unwrap();
            assert_eq!((d.precision(), d.year_number()), (Precision::Day, 2023));
        }
        assert!(g.events().all(|(_, e)| e.date().is_some()));
    }
    for g in sample(&graphs().dated(0.0), 16) {
        assert!(g.claims().all(|(_, c)| c.stated().is_none()));
        assert!(
            g.events()
                .all(|(_, e)| e.date().is_none() && e.end().is_none())
        );
        assert!(g.sources().all(|(_, s)| s.date().is_none()));
    }
    // Every name distinct with a pool of 0.
    for g in sample(&graphs().pool(0).actors(8..=8).claims(16..=16), 8) {
        let names: BTreeSet<&str> = g.actors().map(|(_, a)| a.name()).collect();
        assert_eq!(names.len(), 8);
        let texts: BTreeSet<&str> = g.claims().map(|(_, c)| c.allegation().text()).collect();
        assert_eq!(texts.len(), 16);
    }
}

#[test]
fn forbidding_cycles_leaves_only_answers_to_earlier_statements() {
    for g in sample(&graphs().cycles(Cycles::Forbid).rebuttals(10..=40), 32) {
        for (id, r) in g.rebuttals() {
            for s in r.answers() {
                if let Target::Rebuttal(other) = s {
                    assert!(other.index() < id.index(), "{g:?}");
                }
            }
        }
    }
    let closed = sample(&graphs().cycles(Cycles::Allow).rebuttals(20..=40), 32)
        .iter()
        .any(|g| {
            g.rebuttals().any(|(id, r)| {
                r.answers()
                    .iter()
                    .any(|s| matches!(s, Target::Rebuttal(o) if o.index() > id.index()))
            })
        });
    assert!(closed);
}

#[test]
fn the_same_runner_seed_makes_the_same_graphs() {
    let a = sample(&graphs().richness(Richness::Rich), 8);
    let b = sample(&graphs().richness(Richness::Rich), 8);
    assert_eq!(a, b);
    assert_eq!(format!("{:?}", a[3]), format!("{:?}", b[3]));
}

#[test]
fn the_listing_has_one_line_per_entity() {
    for g in sample(&graphs().richness(Richness::Rich), 8) {
        let listing = format!("{g:?}");
        let body: Vec<&str> = listing.lines().skip(1).filter(|l| *l != "}").collect();
        assert_eq!(body.len(), entities(&g), "{listing}");
        assert!(body.iter().all(|l| l.starts_with("    ")));
        for (id, _) in g.claims() {
            assert_eq!(
                body.iter()
                    .filter(|l| l.starts_with(&format!("    {id} claim ")))
                    .count(),
                1
            );
        }
    }
    assert_eq!(
        format!("{:?}", GeneratedGraph::default()),
        "GeneratedGraph {}"
    );
}

#[test]
fn field_shares_adjust_single_fields() {
    let s = graphs()
        .richness(Richness::Bare)
        .share(Field::Aliases, 1.0)
        .actors(3..=3);
    for g in sample(&s, 8) {
        assert!(
            g.actors()
                .all(|(_, a)| !a.aliases().is_empty() && a.iso3().is_none())
        );
    }
}

// Short names (g, a, b, c) keep the test scenarios readable; `apply` is one match over all ops.
#![allow(clippy::many_single_char_names, clippy::too_many_lines)]

use super::*;
use crate::*;
use proptest::prelude::*;

fn two_states() -> (ClaimGraph, ActorId, ActorId) {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::State)).unwrap();
    let b = g.add_actor(Actor::new("B", ActorKind::State)).unwrap();
    (g, a, b)
}

fn accusation(a: ActorId, b: ActorId) -> Claim {
    Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b)
}

#[test]
fn failed_adds_leave_the_graph_unchanged() {
    let (mut g, a, b) = two_states();
    let c = g.add_claim(accusation(a, b)).unwrap();
    let before = g.clone();
    let bad = [
        g.add_claim(accusation(a, ActorId::new(7))).unwrap_err(),
        g.add_claim(accusation(a, b).with_about(b)).unwrap_err(),
        g.add_claim(accusation(a, b).with_event(EventId::new(0)))
            .unwrap_err(),
        g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, RebuttalId::new(0)))
            .unwrap_err(),
        g.add_relation(Relation::new(a, RelationKind::AllyOf, a))
            .unwrap_err(),
        g.add_support(Support::new(c, c)).unwrap_err(),
        g.add_actor(Actor::new("", ActorKind::State)).unwrap_err(),
    ];
    assert_eq!(g, before);
    assert!(g.integrity_violations().is_empty());
    let shown: Vec<String> = bad.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "new claim: `about` refers to A7, which is not in the graph",
            "new claim: `about` names A1 more than once",
            "new claim: `events` refers to E0, which is not in the graph",
            "new rebuttal: `answers` refers to R0, which is not in the graph",
            "new relation: `to` refers to A0 itself",
            "new support: `conclusion` refers to C0 itself",
            "new actor: `name` must not be empty",
        ]
    );
}

#[test]
fn ids_are_never_reused() {
    let (mut g, a, b) = two_states();
    let c0 = g.add_claim(accusation(a, b)).unwrap();
    g.remove(c0, Removal::Refuse).unwrap();
    let c1 = g.add_claim(accusation(a, b)).unwrap();
    assert_eq!(c1, ClaimId::new(1));
    assert!(g.claim(c0).is_none());
    assert_eq!(
        g.remove(c0, Removal::Cascade),
        Err(Error::NotFound(c0.into()))
    );
}

#[test]
fn cascade_removes_transitive_dependants_only() {
    let (mut g, a, b) = two_states();
    let c = g.add_claim(accusation(a, b)).unwrap();
    let other = g.add_claim(accusation(b, a)).unwrap();
    let r1 = g
        .add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c))
        .unwrap();
    let r2 = g
        .add_rebuttal(Rebuttal::new(a, RebuttalKind::Dismissal, r1))
        .unwrap();
    let s = g.add_support(Support::new(other, r2)).unwrap();
    let removed = g.remove(c, Removal::Cascade).unwrap();
    assert_eq!(removed, [c.into(), r1.into(), r2.into(), s.into()]);
    assert!(g.contains(other));
    assert!(g.integrity_violations().is_empty());
}

#[test]
fn refusing_names_the_dependants() {
    let (mut g, a, b) = two_states();
    let c = g.add_claim(accusation(a, b)).unwrap();
    let r = g
        .add_relation(Relation::new(a, RelationKind::AllyOf, b))
        .unwrap();
    let err = g.remove(b, Removal::Refuse).unwrap_err();
    assert_eq!(
        err,
        Error::InUse {
            entity: b.into(),
            count: 2,
            dependants: vec![r.into(), c.into()],
        }
    );
}

#[test]
fn neighbour_queries_answer_in_id_order() {
    let (mut g, a, b) = two_states();
    let c0 = g.add_claim(accusation(a, b)).unwrap();
    let c1 = g.add_claim(accusation(b, a)).unwrap();
    let c2 = g.add_claim(accusation(a, b)).unwrap();
    let ids =
        |it: &mut dyn Iterator<Item = (ClaimId, &Claim)>| it.map(|(id, _)| id).collect::<Vec<_>>();
    assert_eq!(ids(&mut g.claims_by(a)), [c0, c2]);
    assert_eq!(ids(&mut g.claims_about(a)), [c1]);
    // Replacing rewires the references: c0 is now by B about A.
    g.replace_claim(c0, accusation(b, a)).unwrap();
    assert_eq!(ids(&mut g.claims_by(a)), [c2]);
    assert_eq!(ids(&mut g.claims_about(a)), [c0, c1]);
    assert!(g.integrity_violations().is_empty());
}

#[test]
fn a_million_long_rebuttal_chain_is_handled_iteratively() {
    let (mut g, a, b) = two_states();
    let c = g.add_claim(accusation(a, b)).unwrap();
    let mut last: StatementId = c.into();
    for i in 0..1_000_000u32 {
        let who = if i % 2 == 0 { b } else { a };
        last = g
            .add_rebuttal(Rebuttal::new(who, RebuttalKind::Denial, last))
            .unwrap()
            .into();
    }
    let removed = g.remove(c, Removal::Cascade).unwrap();
    assert_eq!(removed.len(), 1_000_001);
    assert_eq!(g.rebuttal_count(), 0);
}

/// One operation on a graph, with ids drawn small so that many refer to existing entities
/// and many do not.
#[derive(Clone, Debug)]
enum Op {
    Actor(bool),
    Claim {
        by: u32,
        about: Vec<u32>,
        event: Option<u32>,
        source: Option<u32>,
    },
    Rebuttal {
        by: u32,
        claim: Option<u32>,
        rebuttal: Option<u32>,
    },
    Event {
        who: u32,
        reversed: bool,
    },
    Source {
        up: Option<u32>,
        speaker: Option<u32>,
    },
    Relation {
        from: u32,
        to: u32,
    },
    Support {
        from: u32,
        to: u32,
    },
    ReplaceRebuttal {
        id: u32,
        answers: u32,
    },
    ReplaceSource {
        id: u32,
        up: u32,
    },
    Remove {
        kind: u8,
        id: u32,
        cascade: bool,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let id = 0u32..8;
    prop_oneof![
        any::<bool>().prop_map(Op::Actor),
        (
            id.clone(),
            prop::collection::vec(0u32..8, 0..3),
            prop::option::of(0u32..4),
            prop::option::of(0u32..4)
        )
            .prop_map(|(by, about, event, source)| Op::Claim {
                by,
                about,
                event,
                source
            }),
        (
            id.clone(),
            prop::option::of(0u32..8),
            prop::option::of(0u32..8)
        )
            .prop_map(|(by, claim, rebuttal)| Op::Rebuttal {
                by,
                claim,
                rebuttal
            }),
        (id.clone(), any::<bool>()).prop_map(|(who, reversed)| Op::Event { who, reversed }),
        (prop::option::of(0u32..6), prop::option::of(0u32..8))
            .prop_map(|(up, speaker)| Op::Source { up, speaker }),
        (id.clone(), id.clone()).prop_map(|(from, to)| Op::Relation { from, to }),
        (id.clone(), id.clone()).prop_map(|(from, to)| Op::Support { from, to }),
        (id.clone(), id.clone()).prop_map(|(id, answers)| Op::ReplaceRebuttal { id, answers }),
        (0u32..6, 0u32..6).prop_map(|(id, up)| Op::ReplaceSource { id, up }),
        (0u8..7, id, any::<bool>()).prop_map(|(kind, id, cascade)| Op::Remove {
            kind,
            id,
            cascade
        }),
    ]
}

fn apply(g: &mut ClaimGraph, op: &Op) -> Result<(), Error> {
    let date = |y| PartialDate::year(y).unwrap();
    match op {
        Op::Actor(blank) => {
            g.add_actor(Actor::new(if *blank { " " } else { "X" }, ActorKind::State))?;
        }
        Op::Claim {
            by,
            about,
            event,
            source,
        } => {
            let mut c = Claim::new(
                ActorId::new(*by),
                SpeechAct::Accusation,
                Allegation::new("x"),
            );
            for a in about {
                c = c.with_about(ActorId::new(*a));
            }
            if let Some(e) = event {
                c = c.with_motive(Motive::new("m").with_event(EventId::new(*e)));
            }
            if let Some(s) = source {
                c = c.with_source(SourceId::new(*s));
            }
            g.add_claim(c)?;
        }
        Op::Rebuttal {
            by,
            claim,
            rebuttal,
        } => {
            let first: StatementId = match (claim, rebuttal) {
                (Some(c), _) => ClaimId::new(*c).into(),
                (None, Some(r)) => RebuttalId::new(*r).into(),
                (None, None) => ClaimId::new(0).into(),
            };
            let mut r = Rebuttal::new(ActorId::new(*by), RebuttalKind::Denial, first);
            if let (Some(_), Some(x)) = (claim, rebuttal) {
                r = r.answering(RebuttalId::new(*x));
            }
            g.add_rebuttal(r)?;
        }
        Op::Event { who, reversed } => {
            let (s, e) = if *reversed {
                (2023, 2021)
            } else {
                (2021, 2023)
            };
            g.add_event(
                Event::new("e")
                    .with_date(date(s))
                    .with_end(date(e))
                    .with_participant(ActorId::new(*who), Role::Initiator),
            )?;
        }
        Op::Source { up, speaker } => {
            let mut s = Source::new(SourceKind::Article, "s");
            if let Some(u) = up {
                s = s.with_reported_in(SourceId::new(*u));
            }
            if let Some(a) = speaker {
                s = s.with_speaker(ActorId::new(*a));
            }
            g.add_source(s)?;
        }
        Op::Relation { from, to } => {
            g.add_relation(Relation::new(
                ActorId::new(*from),
                RelationKind::SpeaksFor,
                ActorId::new(*to),
            ))?;
        }
        Op::Support { from, to } => {
            g.add_support(Support::new(ClaimId::new(*from), RebuttalId::new(*to)))?;
        }
        Op::ReplaceRebuttal { id, answers } => {
            let old = g.rebuttal(RebuttalId::new(*id)).cloned();
            let by = old.map_or(ActorId::new(0), |r| r.by());
            g.replace_rebuttal(
                RebuttalId::new(*id),
                Rebuttal::new(by, RebuttalKind::Undercut, RebuttalId::new(*answers)),
            )?;
        }
        Op::ReplaceSource { id, up } => {
            g.replace_source(
                SourceId::new(*id),
                Source::new(SourceKind::Remarks, "r").with_reported_in(SourceId::new(*up)),
            )?;
        }
        Op::Remove { kind, id, cascade } => {
            let id: EntityId = match kind {
                0 => ActorId::new(*id).into(),
                1 => RelationId::new(*id).into(),
                2 => ClaimId::new(*id).into(),
                3 => RebuttalId::new(*id).into(),
                4 => EventId::new(*id).into(),
                5 => SourceId::new(*id).into(),
                _ => SupportId::new(*id).into(),
            };
            let how = if *cascade {
                Removal::Cascade
            } else {
                Removal::Refuse
            };
            let removed = g.remove(id, how)?;
            assert!(removed.contains(&id));
            for r in removed {
                assert!(!g.contains(r), "{r} still there after removal");
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// No sequence of adds, replaces, removes and failed operations leaves a dangling
    /// reference, and a failed operation changes nothing.
    #[test]
    fn operations_keep_the_graph_sound(ops in prop::collection::vec(op(), 1..60)) {
        let mut g = ClaimGraph::new();
        for op in &ops {
            let before = g.clone();
            if apply(&mut g, op).is_err() {
                prop_assert_eq!(&g, &before, "failed {:?} changed the graph", op);
            }
            let problems = g.integrity_violations();
            prop_assert!(problems.is_empty(), "after {:?}: {:?}", op, problems);
        }
    }
}

#[test]
fn removing_oldest_first_from_a_busy_actor_compacts_and_stays_sound() {
    let (mut g, a, b) = two_states();
    let claims: Vec<ClaimId> = (0..5000)
        .map(|_| g.add_claim(accusation(a, b)).unwrap())
        .collect();
    for (i, c) in claims.iter().enumerate().take(4000) {
        g.remove(*c, Removal::Refuse).unwrap();
        if i % 997 == 0 {
            assert!(g.integrity_violations().is_empty());
        }
    }
    assert!(g.integrity_violations().is_empty());
    assert_eq!(g.claims_by(a).count(), 1000);
    assert_eq!(g.claims_by(a).next().map(|(id, _)| id), Some(claims[4000]));
    // Replacing with new references retires nodes too; the graph stays sound.
    for c in &claims[4000..] {
        g.replace_claim(*c, accusation(b, a)).unwrap();
    }
    assert!(g.integrity_violations().is_empty());
    assert_eq!(g.claims_by(b).count(), 1000);
    assert_eq!(g.reference_count(), 2000);
}

/// The name index holds exactly the live actors' names: nothing stale after replacing,
/// removing (refused or cascading) and compacting.
#[test]
fn the_name_index_drops_what_is_replaced_or_removed() {
    let mut g = ClaimGraph::new();
    let ids: Vec<ActorId> = (0..8)
        .map(|i| {
            g.add_actor(Actor::new(format!("actor {i}"), ActorKind::State).with_alias("shared"))
                .unwrap()
        })
        .collect();
    for round in 0..1500u32 {
        let id = ids[round as usize % ids.len()];
        g.replace_actor(id, Actor::new(format!("name {round}"), ActorKind::Person))
            .unwrap();
    }
    g.add_relation(Relation::new(ids[0], RelationKind::AllyOf, ids[1]))
        .unwrap();
    assert!(g.remove(ids[1], Removal::Refuse).is_err());
    g.remove(ids[1], Removal::Cascade).unwrap();
    g.remove(ids[2], Removal::Refuse).unwrap();
    let mut rebuilt = NameIndex::default();
    for (id, a) in g.actors() {
        rebuilt.insert(id, a);
    }
    assert_eq!(g.names, rebuilt);
    assert_eq!(g.actors_named("shared").count(), 0);
    assert_eq!(
        g.actors_named("NAME 1499")
            .map(|(id, _)| id)
            .collect::<Vec<_>>(),
        [ids[1499 % 8]]
    );
}

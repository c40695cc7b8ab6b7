use super::*;
use crate::*;

fn d(s: &str) -> PartialDate {
    s.parse().unwrap()
}

fn actors(g: &mut ClaimGraph, n: usize) -> Vec<ActorId> {
    (0..n)
        .map(|i| {
            g.add_actor(Actor::new(format!("A{i}"), ActorKind::State))
                .unwrap()
        })
        .collect()
}

fn accuse(g: &mut ClaimGraph, by: ActorId, about: ActorId, when: Option<&str>) -> ClaimId {
    let mut c = Claim::new(by, SpeechAct::Accusation, Allegation::new("x")).with_about(about);
    if let Some(w) = when {
        c = c.with_stated(d(w));
    }
    g.add_claim(c).unwrap()
}

#[test]
fn a_million_deep_chain_is_walked_without_recursion() {
    let mut g = ClaimGraph::with_capacity(1_000_010, 3_000_000);
    let a = actors(&mut g, 2);
    let root = accuse(&mut g, a[0], a[1], None);
    let mut s: StatementId = root.into();
    let n = 1_000_000;
    for i in 0..n {
        s = g
            .add_rebuttal(Rebuttal::new(a[i % 2], RebuttalKind::Denial, s))
            .unwrap()
            .into();
    }
    let thread = g.view().thread(root.into()).unwrap();
    assert_eq!(thread.entries.len(), n);
    assert_eq!(thread.entries[n - 1].depth, n);
    assert_eq!(
        thread.entries[n - 1].answers,
        thread.entries[n - 2].rebuttal.into()
    );
}

#[test]
fn rebuttal_cycles_end_and_each_rebuttal_appears_once() {
    let mut g = ClaimGraph::new();
    let a = actors(&mut g, 2);
    let c = accuse(&mut g, a[0], a[1], None);
    let r0 = g
        .add_rebuttal(Rebuttal::new(a[1], RebuttalKind::Denial, c))
        .unwrap();
    let r1 = g
        .add_rebuttal(Rebuttal::new(a[0], RebuttalKind::Denial, r0))
        .unwrap();
    // r0 now also answers r1: a cycle r0 <-> r1.
    g.replace_rebuttal(
        r0,
        Rebuttal::new(a[1], RebuttalKind::Denial, c).answering(r1),
    )
    .unwrap();
    let thread = g.view().thread(c.into()).unwrap();
    let ids: Vec<RebuttalId> = thread.entries.iter().map(|e| e.rebuttal).collect();
    assert_eq!(ids, [r0, r1]);
}

#[test]
fn roll_up_follows_only_relations_valid_at_the_statement() {
    let mut g = ClaimGraph::new();
    let a = actors(&mut g, 3);
    let (spokesman, state, target) = (a[0], a[1], a[2]);
    let valid = Interval::new(Some(d("2020-06")), Some(d("2021"))).unwrap();
    g.add_relation(Relation::new(spokesman, RelationKind::SpeaksFor, state).with_valid(valid))
        .unwrap();
    let during = accuse(&mut g, spokesman, target, Some("2020-07-01"));
    let after = accuse(&mut g, spokesman, target, Some("2023"));
    let open = accuse(&mut g, spokesman, target, Some("2020")); // may precede June
    let undated = accuse(&mut g, spokesman, target, None);
    let rolled = g.view().attribution(Attribution::RollUp).accusations();
    assert_eq!(
        rolled.pair(state, target).unwrap().statements(),
        [during.into()]
    );
    assert_eq!(
        rolled.pair(spokesman, target).unwrap().statements(),
        [during, after, open, undated].map(StatementId::from)
    );
}

#[test]
fn relation_cycles_do_not_trap_the_roll_up() {
    let mut g = ClaimGraph::new();
    let a = actors(&mut g, 4);
    g.add_relation(Relation::new(a[0], RelationKind::SpeaksFor, a[1]))
        .unwrap();
    g.add_relation(Relation::new(a[1], RelationKind::PartOf, a[2]))
        .unwrap();
    g.add_relation(Relation::new(a[2], RelationKind::SpeaksFor, a[0]))
        .unwrap();
    // Membership and alliance never roll up.
    g.add_relation(Relation::new(a[2], RelationKind::MemberOf, a[3]))
        .unwrap();
    let c = accuse(&mut g, a[0], a[3], None);
    let rolled = g.view().attribution(Attribution::RollUp);
    let accusers: Vec<ActorId> = rolled
        .accusations_against(a[3])
        .iter()
        .map(|p| p.accuser)
        .collect();
    assert_eq!(accusers, [a[0], a[1], a[2]]);
    let by: Vec<_> = rolled
        .accusations_by(a[2])
        .iter()
        .map(Pair::statements)
        .collect();
    assert_eq!(by, [vec![c.into()]]);
}

#[test]
fn a_principal_is_not_made_to_accuse_itself() {
    let mut g = ClaimGraph::new();
    let a = actors(&mut g, 2);
    g.add_relation(Relation::new(a[0], RelationKind::SpeaksFor, a[1]))
        .unwrap();
    // A spokesman accusing the state he speaks for: his pair stays, the state's self-pair
    // does not appear.
    accuse(&mut g, a[0], a[1], None);
    let rolled = g.view().attribution(Attribution::RollUp).accusations();
    assert_eq!(rolled.len(), 1);
    assert!(rolled.pair(a[0], a[1]).is_some());
}

#[test]
fn undated_items_follow_the_certainty_policy() {
    let mut g = ClaimGraph::new();
    let a = actors(&mut g, 2);
    let c = accuse(&mut g, a[0], a[1], None);
    assert_eq!(g.view().claims().count(), 1);
    let window = Interval::from_date(d("2000"));
    assert_eq!(g.view().window(window).claims().count(), 0);
    assert_eq!(
        g.view()
            .window(window)
            .certainty(Certainty::Possible)
            .claims()
            .count(),
        1
    );
    assert!(!g.as_of(d("2024")).includes(c.into()));
    assert!(
        g.as_of(d("2024"))
            .certainty(Certainty::Possible)
            .includes(c.into())
    );
}

#[test]
fn a_thread_of_a_missing_or_later_statement_is_an_error() {
    let mut g = ClaimGraph::new();
    let a = actors(&mut g, 2);
    let c = accuse(&mut g, a[0], a[1], Some("2024"));
    assert_eq!(
        g.view().thread(ClaimId::new(9).into()),
        Err(Error::NotFound(ClaimId::new(9).into()))
    );
    assert_eq!(
        g.as_of(d("2023")).thread(c.into()),
        Err(Error::NotFound(c.into()))
    );
}

#[test]
fn counter_accusations_make_a_dispute_mutual() {
    let mut g = ClaimGraph::new();
    let a = actors(&mut g, 3);
    let (first, second, spokesman) = (a[0], a[1], a[2]);
    g.add_relation(Relation::new(spokesman, RelationKind::SpeaksFor, second))
        .unwrap();
    let claim = accuse(&mut g, first, second, Some("2023-01"));
    let r = g
        .add_rebuttal(
            Rebuttal::new(spokesman, RebuttalKind::CounterAccusation, claim)
                .with_stated(d("2023-02")),
        )
        .unwrap();
    assert!(!g.view().reciprocal(first, second).is_mutual());
    let rolled = g.view().attribution(Attribution::RollUp);
    let rec = rolled.reciprocal(first, second);
    assert_eq!(rec.second_on_first.rebuttals, [r]);
    assert_eq!(rec.second_on_first.accusations, 1);
    assert!(rec.is_mutual());
    // Before the counter-accusation, it was one-sided.
    assert!(
        !rolled
            .as_of(d("2023-01"))
            .reciprocal(first, second)
            .is_mutual()
    );
    // The summary counts reciprocity from accusations alone.
    let back = accuse(&mut g, second, first, Some("2023-03"));
    let summary = g.view().summary();
    assert!(summary.actors.iter().all(|s| s.reciprocity() == Some(1.0)));
    assert_eq!(
        g.view().reciprocal(first, second).second_on_first.claims,
        [back]
    );
}

#[cfg(feature = "serde")]
#[test]
fn summary_of_sparse_ids_costs_memory_per_actor_not_per_id() {
    // An id near 2^32 must not make the summary allocate a slot per possible id.
    let json = r#"{"format": "claimgraph", "version": 1,
        "actors": {"A0": {"name": "A", "kind": "state"}, "A4294967294": {"name": "B", "kind": "state"}},
        "claims": {"C0": {"claimant": "A4294967294", "act": "accusation",
                          "allegation": {"text": "x"}, "about": ["A0"]}}}"#;
    let g = ClaimGraph::from_json(json).unwrap();
    let s = g.view().summary();
    let far = ActorId::new(4_294_967_294);
    assert_eq!(
        s.actors
            .iter()
            .map(|a| (a.actor, a.made, a.received))
            .collect::<Vec<_>>(),
        [(ActorId::new(0), 0, 1), (far, 1, 0)]
    );
}

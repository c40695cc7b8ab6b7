//! Properties of the queries on every graph the strategies make.
#![cfg(feature = "proptest")]

#[path = "common/proptest_config.rs"]
mod proptest_config;

use claimgraph::query::*;
use claimgraph::strategies::{Cycles, graphs, partial_dates};
use claimgraph::*;
use proptest::prelude::*;
use std::collections::BTreeSet;

/// A filter applied to a view, given the picks of a test case.
type Refine = for<'g> fn(View<'g>, ActorId, Affiliates, CameoCode, PartialDate) -> View<'g>;

const ATTRIBUTIONS: [Attribution; 2] = [Attribution::Author, Attribution::RollUp];

/// Every rebuttal reachable from `root` through answers, found without the query under test.
fn reachable(g: &ClaimGraph, root: StatementId) -> BTreeSet<RebuttalId> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![root];
    while let Some(s) = todo.pop() {
        for (id, _) in g.rebuttals_of(s) {
            if seen.insert(id) {
                todo.push(id.into());
            }
        }
    }
    seen
}

proptest! {
    #![proptest_config(proptest_config::cases(200))]

    #[test]
    fn each_accusation_counts_once_however_it_rolls_up(g in graphs().relations(0..=12).claims(0..=40)) {
        // The accusations that name someone: each is one statement of the network, rolled
        // up or not, never more.
        let accusing: BTreeSet<StatementId> = g.claims()
            .filter(|(_, c)| c.act() == SpeechAct::Accusation && !c.about().is_empty())
            .map(|(id, _)| id.into())
            .chain(g.rebuttals()
                .filter(|(_, r)| !r.about().is_empty()
                    && matches!(r.kind(), RebuttalKind::CounterAccusation | RebuttalKind::Undermine))
                .map(|(id, _)| id.into()))
            .collect();
        for attribution in ATTRIBUTIONS {
            let view = g.view().attribution(attribution);
            let network = view.accusations();
            prop_assert_eq!(network.statement_count(), accusing.len());
            let summary = view.summary();
            for s in &summary.actors {
                prop_assert!(s.made <= accusing.len() && s.received <= accusing.len());
                // An actor's count is the distinct statements of its pairs, never their sum.
                let made: BTreeSet<StatementId> = network.pairs.iter()
                    .filter(|p| p.accuser == s.actor && p.accused != s.actor)
                    .flat_map(Pair::statements)
                    .collect();
                prop_assert_eq!(s.made, made.len());
                let received: BTreeSet<StatementId> = network.pairs.iter()
                    .filter(|p| p.accused == s.actor && p.accuser != s.actor)
                    .flat_map(Pair::statements)
                    .collect();
                prop_assert_eq!(s.received, received.len());
            }
        }
        // Without roll-up, the summary counts exactly what each actor said and was told.
        // (A joint statement is made by each of its speakers; a counter-accusation that names
        // whom it blames accuses them.)
        let statements: Vec<(Vec<ActorId>, &[ActorId])> = g.claims()
            .filter(|(_, c)| c.act() == SpeechAct::Accusation)
            .map(|(_, c)| (c.speakers().collect(), c.about()))
            .chain(g.rebuttals()
                .filter(|(_, r)| matches!(r.kind(), RebuttalKind::CounterAccusation | RebuttalKind::Undermine))
                .map(|(_, r)| (r.speakers().collect(), r.about())))
            .collect();
        for s in g.view().summary().actors {
            let made = statements.iter().filter(|(by, about)| by.contains(&s.actor)
                && about.iter().any(|&a| a != s.actor)).count();
            let received = statements.iter().filter(|(by, about)| about.contains(&s.actor)
                && by.iter().any(|&b| b != s.actor)).count();
            prop_assert_eq!((s.made, s.received), (made, received));
        }
    }

    #[test]
    fn roll_up_without_affiliations_changes_nothing(g in graphs().relations(0..=8).claims(0..=30).rebuttals(0..=30)) {
        // Only speaks-for and part-of roll up: a graph without them (member-of and ally-of
        // left in) reads the same either way.
        let affiliated = g.relations()
            .any(|(_, r)| matches!(r.kind(), RelationKind::SpeaksFor | RelationKind::PartOf));
        prop_assume!(!affiliated);
        let (author, rolled) = (g.view(), g.view().attribution(Attribution::RollUp));
        prop_assert_eq!(author.accusations(), rolled.accusations());
        prop_assert_eq!(author.summary(), rolled.summary());
        for by in [Unanswered::ByAnyone, Unanswered::ByAccused] {
            prop_assert_eq!(author.unanswered(by), rolled.unanswered(by));
        }
        let actors: Vec<ActorId> = g.actors().map(|(id, _)| id).take(4).collect();
        for &a in &actors {
            prop_assert_eq!(author.accusations_against(a), rolled.accusations_against(a));
            prop_assert_eq!(author.accusations_by(a), rolled.accusations_by(a));
            for &b in &actors {
                prop_assert_eq!(author.reciprocal(a, b), rolled.reciprocal(a, b));
            }
        }
    }

    #[test]
    fn rolled_up_reciprocal_counts_each_statement_once(g in graphs().relations(0..=12).claims(0..=30).rebuttals(0..=30)) {
        let actors: Vec<ActorId> = g.actors().map(|(id, _)| id).take(5).collect();
        for attribution in ATTRIBUTIONS {
            let view = g.view().attribution(attribution);
            for &a in &actors {
                for &b in &actors {
                    let rec = view.reciprocal(a, b);
                    for said in [&rec.first_on_second, &rec.second_on_first] {
                        prop_assert!(said.accusations <= said.len());
                        prop_assert!(said.claims.windows(2).all(|w| w[0] < w[1]));
                        prop_assert!(said.rebuttals.windows(2).all(|w| w[0] < w[1]));
                        prop_assert_eq!(said.first.is_some(), said.last.is_some());
                    }
                }
            }
        }
    }

    #[test]
    fn as_of_every_view_sees_the_same_statements(g in graphs().rebuttals(0..=20), t in partial_dates()) {
        // One rule for "as of": the timeline, the lists, the dispute and `exists` agree.
        for certainty in [Certainty::Certain, Certainty::Possible] {
            let view = g.as_of(t).certainty(certainty);
            let listed: BTreeSet<StatementId> = view.claims().map(|(id, _)| StatementId::from(id))
                .chain(view.rebuttals().map(|(id, _)| StatementId::from(id)))
                .collect();
            let existing: BTreeSet<StatementId> = g.claims().map(|(id, _)| StatementId::from(id))
                .chain(g.rebuttals().map(|(id, _)| StatementId::from(id)))
                .filter(|&s| view.exists(s))
                .collect();
            prop_assert_eq!(&listed, &existing);
            let shown: BTreeSet<StatementId> = view.timeline().iter().filter_map(|e| match e.item {
                TimelineItem::Claim(id) => Some(id.into()),
                TimelineItem::Rebuttal(id) => Some(id.into()),
                TimelineItem::Event(_) => None,
            }).collect();
            prop_assert_eq!(&listed, &shown);
            let disputed: BTreeSet<StatementId> =
                view.dispute(claimgraph::dispute::DeriveOptions::default()).statements().iter().copied().collect();
            prop_assert_eq!(&listed, &disputed);
            for p in view.attribution(Attribution::RollUp).accusations().pairs {
                prop_assert!(p.statements().iter().all(|s| listed.contains(s)));
            }
            for u in view.unanswered(Unanswered::ByAnyone) {
                prop_assert!(listed.contains(&u.claim.into()));
            }
        }
        // The dispute's own as-of is the default view's.
        let certain: BTreeSet<StatementId> = g.as_of(t).claims().map(|(id, _)| StatementId::from(id))
            .chain(g.as_of(t).rebuttals().map(|(id, _)| StatementId::from(id)))
            .collect();
        let d = g.dispute(claimgraph::dispute::DeriveOptions::default().as_of(t));
        prop_assert_eq!(d.statements().iter().copied().collect::<BTreeSet<_>>(), certain);
    }

    #[test]
    fn every_accusation_of_a_pair_appears_in_the_network(g in graphs().claims(0..=40)) {
        for attribution in ATTRIBUTIONS {
            let network = g.view().attribution(attribution).accusations();
            for (id, c) in g.claims().filter(|(_, c)| c.act() == SpeechAct::Accusation) {
                for &accused in c.about() {
                    for speaker in c.speakers().filter(|&sp| sp != accused) {
                        let pair = network.pair(speaker, accused);
                        prop_assert!(pair.is_some_and(|p| p.statements().contains(&id.into())));
                    }
                }
            }
            // And nothing else: the counts add up to the claims the pairs hold.
            for p in &network.pairs {
                prop_assert_eq!(p.count, p.statements().len());
                for id in p.statements() {
                    // An accusation, or a counter-accusation or undermine naming whom it blames.
                    let about: &[ActorId] = match id {
                        StatementId::Claim(id) => {
                            let c = g.claim(id).unwrap();
                            prop_assert!(c.act() == SpeechAct::Accusation);
                            c.about()
                        }
                        StatementId::Rebuttal(id) => {
                            let r = g.rebuttal(id).unwrap();
                            prop_assert!(matches!(r.kind(), RebuttalKind::CounterAccusation | RebuttalKind::Undermine));
                            r.about()
                        }
                    };
                    // Rolled up, the accused may be what a named actor is part of.
                    if attribution == Attribution::Author {
                        prop_assert!(about.contains(&p.accused));
                    }
                }
            }
        }
    }

    #[test]
    fn roll_up_never_loses_a_statement(g in graphs().relations(0..=12).claims(0..=40)) {
        let author = g.view().accusations();
        let rolled = g.view().attribution(Attribution::RollUp).accusations();
        for p in &author.pairs {
            let q = rolled.pair(p.accuser, p.accused);
            prop_assert!(q.is_some());
            let q = q.unwrap();
            for id in p.statements() {
                prop_assert!(q.statements().contains(&id));
            }
        }
        prop_assert!(rolled.len() >= author.len());
    }

    #[test]
    fn per_actor_queries_agree_with_the_whole_network(g in graphs().relations(0..=12).claims(0..=40)) {
        for attribution in ATTRIBUTIONS {
            let view = g.view().attribution(attribution);
            let network = view.accusations();
            for (actor, _) in g.actors() {
                let against: Vec<_> = network.pairs.iter().filter(|p| p.accused == actor).cloned().collect();
                prop_assert_eq!(view.accusations_against(actor), against);
                let by: Vec<_> = network.pairs.iter().filter(|p| p.accuser == actor).cloned().collect();
                prop_assert_eq!(view.accusations_by(actor), by);
            }
        }
    }

    #[test]
    fn as_of_holds_nothing_stated_after_the_date(g in graphs(), t in partial_dates()) {
        for certainty in [Certainty::Certain, Certainty::Possible] {
            let view = g.as_of(t).certainty(certainty);
            let not_after = |d: Option<PartialDate>| match d {
                Some(d) => d.compare(&t) != TimeOrder::After,
                None => certainty == Certainty::Possible,
            };
            for (_, c) in view.claims() {
                prop_assert!(not_after(c.stated()));
            }
            for (_, r) in view.rebuttals() {
                prop_assert!(not_after(r.stated()));
            }
            for e in view.timeline() {
                prop_assert!(not_after(e.when.key()));
            }
            for p in view.attribution(Attribution::RollUp).accusations().pairs {
                for id in p.statements() {
                    prop_assert!(not_after(g.statement(id).unwrap().stated()));
                }
            }
            for (id, _) in g.claims() {
                if let Ok(thread) = view.thread(id.into()) {
                    for e in thread.entries {
                        prop_assert!(not_after(e.stated));
                    }
                }
            }
        }
        // Certain is the stricter: what it holds, Possible holds too.
        let certain: Vec<_> = g.as_of(t).claims().map(|(id, _)| id).collect();
        let possible: BTreeSet<_> = g.as_of(t).certainty(Certainty::Possible).claims().map(|(id, _)| id).collect();
        prop_assert!(certain.iter().all(|id| possible.contains(id)));
    }

    #[test]
    fn a_thread_holds_each_rebuttal_exactly_once(
        g in graphs().claims(1..=10).rebuttals(0..=40).cycles(Cycles::Allow),
    ) {
        for (id, _) in g.claims() {
            let thread = g.view().thread(id.into()).unwrap();
            let ids: Vec<RebuttalId> = thread.entries.iter().map(|e| e.rebuttal).collect();
            let unique: BTreeSet<RebuttalId> = ids.iter().copied().collect();
            prop_assert_eq!(unique.len(), ids.len());
            prop_assert_eq!(unique, reachable(&g, id.into()));
            // Each entry answers its parent, which comes before it in the thread.
            for (i, e) in thread.entries.iter().enumerate() {
                let r = g.rebuttal(e.rebuttal).unwrap();
                // It answers the statement, or one of its alternatives.
                prop_assert!(r.statements().any(|s| s == e.answers));
                prop_assert!(
                    e.answers == id.into()
                        || thread.entries[..i].iter().any(|p| StatementId::from(p.rebuttal) == e.answers)
                );
            }
            // Deterministic.
            prop_assert_eq!(g.view().thread(id.into()).unwrap(), thread);
        }
    }

    #[test]
    fn the_timeline_is_sorted_and_holds_each_item_once(g in graphs()) {
        let timeline = g.view().timeline();
        prop_assert_eq!(
            timeline.len(),
            g.count(EntityKind::Event) + g.claim_count() + g.rebuttal_count()
        );
        let items: BTreeSet<TimelineItem> = timeline.iter().map(|e| e.item).collect();
        prop_assert_eq!(items.len(), timeline.len());
        for w in timeline.windows(2) {
            let (a, b) = (w[0].when.key(), w[1].when.key());
            match (a, b) {
                (Some(x), Some(y)) => prop_assert_eq!(
                    x.cmp(&y).then(w[0].item.cmp(&w[1].item)),
                    std::cmp::Ordering::Less
                ),
                (None, None) => prop_assert!(w[0].item < w[1].item),
                (None, Some(_)) => prop_assert!(false, "an undated entry before a dated one"),
                (Some(_), None) => {}
            }
        }
    }

    #[test]
    fn unanswered_by_anyone_is_within_unanswered_by_the_accused(g in graphs().relations(0..=8)) {
        for attribution in ATTRIBUTIONS {
            let view = g.view().attribution(attribution);
            let by_accused: BTreeSet<ClaimId> =
                view.unanswered(Unanswered::ByAccused).into_iter().map(|u| u.claim).collect();
            for u in view.unanswered(Unanswered::ByAnyone) {
                prop_assert!(g.rebuttals_of(u.claim).next().is_none());
                prop_assert!(by_accused.contains(&u.claim));
            }
        }
    }

    #[test]
    fn filters_compose_as_an_intersection_in_any_order(
        g in graphs().relations(0..=8).claims(0..=30).rebuttals(0..=30),
        t in partial_dates(),
        pick in any::<prop::sample::Index>(),
        code in prop::sample::select(vec!["01", "016", "11", "112", "1123", "12", "120", "13"]),
        affiliates in prop::sample::select(vec![Affiliates::Exclude, Affiliates::Include]),
    ) {
        let actors: Vec<ActorId> = g.actors().map(|(id, _)| id).collect();
        prop_assume!(!actors.is_empty());
        let actor = actors[pick.index(actors.len())];
        let prefix: CameoCode = code.parse().unwrap();
        let filters: [Refine; 3] = [
            |v, a, aff, _, _| v.actor(a, aff),
            |v, _, _, p, _| v.cameo_prefix(p),
            |v, _, _, _, t| v.as_of(t).certainty(Certainty::Possible),
        ];
        let ids = |v: View| -> BTreeSet<StatementId> {
            v.claims().map(|(id, _)| StatementId::from(id))
                .chain(v.rebuttals().map(|(id, _)| StatementId::from(id)))
                .collect()
        };
        let apply = |order: [usize; 3]| {
            order.iter().fold(g.view(), |v, &i| filters[i](v, actor, affiliates, prefix, t))
        };
        let all = ids(apply([0, 1, 2]));
        prop_assert_eq!(&ids(apply([2, 1, 0])), &all);
        prop_assert_eq!(&ids(apply([1, 2, 0])), &all);
        let mut each = (0..3).map(|i| ids(filters[i](g.view(), actor, affiliates, prefix, t)));
        let first = each.next().unwrap();
        let meet = each.fold(first, |acc, s| acc.intersection(&s).copied().collect());
        prop_assert_eq!(all, meet);
    }
}

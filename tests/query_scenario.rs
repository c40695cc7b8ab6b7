//! Queries on the reference scenario (the article of 2023-11-20). Every expected answer is read
//! off the article: who accuses whom, who answered, what was known when.
#![cfg(feature = "serde")]

#[allow(dead_code)]
#[path = "../examples/finland_russia.rs"]
mod example;

use claimgraph::query::*;
use claimgraph::*;

fn by_name(g: &ClaimGraph, name: &str) -> ActorId {
    g.actors()
        .find(|(_, a)| a.is_named(name))
        .map_or_else(|| panic!("no actor named {name}"), |(id, _)| id)
}

fn date(s: &str) -> PartialDate {
    s.parse().unwrap()
}

fn pairs(network: &[Pair<'_>]) -> Vec<(ActorId, ActorId)> {
    network.iter().map(|p| (p.accuser, p.accused)).collect()
}

struct Cast {
    finland: ActorId,
    russia: ActorId,
    government: ActorId,
    kremlin: ActorId,
    peskov: ActorId,
    belarus: ActorId,
    western: ActorId,
    outlet: ActorId,
    /// The Finnish accusation.
    c0: ClaimId,
    /// Western countries' 2021 accusation of Belarus.
    precedent: ClaimId,
    /// The outlet's accusation: the invasion violated international law.
    invasion: ClaimId,
}

fn cast(g: &ClaimGraph) -> Cast {
    let government = by_name(g, "Finnish government");
    let russia = by_name(g, "Russia");
    let western = by_name(g, "Western countries");
    let outlet = by_name(g, "The reporting outlet");
    let only = |actor| {
        let v: Vec<ClaimId> = g
            .claims_by(actor)
            .filter(|(_, c)| c.act() == SpeechAct::Accusation)
            .map(|(id, _)| id)
            .collect();
        assert_eq!(v.len(), 1);
        v[0]
    };
    Cast {
        finland: by_name(g, "Finland"),
        russia,
        government,
        kremlin: by_name(g, "Kremlin"),
        peskov: by_name(g, "Dmitry Peskov"),
        belarus: by_name(g, "Belarus"),
        western,
        outlet,
        c0: only(government),
        precedent: only(western),
        invasion: only(outlet),
    }
}

#[test]
fn the_accusation_network_names_three_accusers() {
    let g = example::finland_russia().unwrap();
    let k = cast(&g);
    let network = g.view().accusations();
    assert_eq!(
        pairs(&network.pairs),
        [
            (k.government, k.russia),
            (k.western, k.belarus),
            (k.outlet, k.russia)
        ]
    );
    let finnish = network.pair(k.government, k.russia).unwrap();
    assert_eq!(finnish.count, 1);
    assert_eq!(finnish.first.unwrap().to_string(), "2023-11");
    assert_eq!(
        finnish.allegations[0].text,
        "deliberately smuggling asylum seekers across the border"
    );
    assert_eq!(finnish.allegations[0].category.unwrap().as_str(), "112");
    let precedent = network.pair(k.western, k.belarus).unwrap();
    assert_eq!(precedent.last.unwrap().to_string(), "2021");
}

#[test]
fn rolled_up_the_finnish_government_speaks_for_finland() {
    let g = example::finland_russia().unwrap();
    let k = cast(&g);
    let rolled = g.view().attribution(Attribution::RollUp);
    // Who accuses Russia? The government, and (rolled up) Finland; and the outlet.
    assert_eq!(
        pairs(&g.view().accusations_against(k.russia)),
        [(k.government, k.russia), (k.outlet, k.russia)]
    );
    assert_eq!(
        pairs(&rolled.accusations_against(k.russia)),
        [
            (k.finland, k.russia),
            (k.government, k.russia),
            (k.outlet, k.russia)
        ]
    );
    // Whom does Finland accuse? Nobody in its own name; Russia through its government.
    assert!(g.view().accusations_by(k.finland).is_empty());
    let finland = rolled.accusations_by(k.finland);
    assert_eq!(pairs(&finland), [(k.finland, k.russia)]);
    assert_eq!(finland[0].statements(), [k.c0.into()]);
    // The whole rolled-up network agrees with the per-actor queries.
    let network = rolled.accusations();
    assert_eq!(network.len(), 4);
    assert_eq!(
        network.pair(k.finland, k.russia).unwrap().statements(),
        [k.c0.into()]
    );
}

#[test]
fn russia_is_accused_of_smuggling_and_of_the_invasion() {
    let g = example::finland_russia().unwrap();
    let k = cast(&g);
    let mut allegations: Vec<(&str, String)> = g
        .view()
        .accusations_against(k.russia)
        .iter()
        .flat_map(|p| p.allegations.clone())
        .map(|a| (a.text, a.first.unwrap().to_string()))
        .collect();
    allegations.sort();
    assert_eq!(
        allegations,
        [
            (
                "deliberately smuggling asylum seekers across the border",
                "2023-11".to_owned()
            ),
            (
                "the invasion of Ukraine violated international law",
                "2023-11-20".to_owned()
            ),
        ]
    );
    // `112` matches both; `1123` (accuse of aggression) only the outlet's.
    let v = g.view().cameo_prefix("112".parse().unwrap());
    assert_eq!(v.accusations_against(k.russia).len(), 2);
    let v = g.view().cameo_prefix("1123".parse().unwrap());
    assert_eq!(
        pairs(&v.accusations_against(k.russia)),
        [(k.outlet, k.russia)]
    );
}

#[test]
fn the_thread_of_the_accusation_reads_as_in_the_article() {
    let g = example::finland_russia().unwrap();
    let k = cast(&g);
    let thread = g.view().thread(k.c0.into()).unwrap();
    let shape: Vec<(RebuttalKind, ActorId, ActorId, usize)> = thread
        .entries
        .iter()
        .map(|e| {
            (
                g.rebuttal(e.rebuttal).unwrap().kind(),
                e.by,
                e.answered,
                e.depth,
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            (RebuttalKind::Denial, k.peskov, k.government, 1),
            (RebuttalKind::Undermine, k.peskov, k.government, 1),
            (RebuttalKind::Dismissal, k.peskov, k.government, 1),
            // The outlet answers Peskov's dismissal.
            (RebuttalKind::Denial, k.outlet, k.peskov, 2),
        ]
    );
    assert_eq!(thread.entries[3].answers, thread.entries[2].rebuttal.into());
    assert!(
        thread
            .entries
            .iter()
            .all(|e| e.stated.unwrap().to_string() == "2023-11-20")
    );
    // The day before, nobody had answered.
    let before = g.as_of(date("2023-11-19")).certainty(Certainty::Possible);
    assert!(before.thread(k.c0.into()).unwrap().entries.is_empty());
}

#[test]
fn the_accusation_is_answered_by_the_accused_only_when_rolled_up() {
    let g = example::finland_russia().unwrap();
    let k = cast(&g);
    let claims = |v: Vec<UnansweredClaim>| v.into_iter().map(|u| u.claim).collect::<Vec<_>>();
    // Nobody answered the 2021 accusation of Belarus or the outlet's.
    assert_eq!(
        claims(g.view().unanswered(Unanswered::ByAnyone)),
        [k.precedent, k.invasion]
    );
    // Russia itself never answered in its own name: Peskov did.
    assert_eq!(
        claims(g.view().unanswered(Unanswered::ByAccused)),
        [k.c0, k.precedent, k.invasion]
    );
    // Rolled up, Peskov's words are the Kremlin's and Russia's.
    let rolled = g.view().attribution(Attribution::RollUp);
    assert_eq!(
        claims(rolled.unanswered(Unanswered::ByAccused)),
        [k.precedent, k.invasion]
    );
}

#[test]
fn peskovs_rebuttals_roll_up_to_the_kremlin_and_russia() {
    let g = example::finland_russia().unwrap();
    let k = cast(&g);
    let rolled = g.view().attribution(Attribution::RollUp);
    for side in [k.peskov, k.kremlin, k.russia] {
        let answering = g
            .view()
            .actor(side, Affiliates::Include)
            .rebuttals()
            .filter(|(_, r)| r.answers().contains(&k.c0.into()))
            .count();
        assert_eq!(answering, 3, "{side}");
    }
    // Without affiliates, Russia made none of them.
    assert_eq!(
        g.view()
            .actor(k.russia, Affiliates::Exclude)
            .rebuttals()
            .count(),
        0
    );
    // The Finnish government and Russia: one accusation, answered by denials, not by a
    // counter-accusation, so not mutual.
    let rec = rolled.reciprocal(k.government, k.russia);
    assert_eq!(rec.first_on_second.claims, [k.c0]);
    assert_eq!(rec.first_on_second.accusations, 1);
    // Peskov's three answers are Russia's; none accuses.
    assert_eq!(rec.second_on_first.rebuttals.len(), 3);
    assert_eq!(rec.second_on_first.accusations, 0);
    assert!(rec.second_on_first.claims.is_empty());
    assert!(!rec.is_mutual());
}

#[test]
fn as_of_the_dispute_grows_with_the_dates() {
    let g = example::finland_russia().unwrap();
    let k = cast(&g);
    let accusations = |v: View| -> Vec<ClaimId> {
        let mut ids: Vec<ClaimId> = v
            .accusations()
            .pairs
            .iter()
            .flat_map(Pair::statements)
            .filter_map(|s| match s {
                StatementId::Claim(id) => Some(id),
                StatementId::Rebuttal(_) => None,
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    assert_eq!(accusations(g.as_of(date("2020"))), []);
    assert_eq!(accusations(g.as_of(date("2022"))), [k.precedent]);
    // On 2023-11-20 the Finnish accusation, dated only to November, is possibly but not
    // certainly made: left out by default.
    assert_eq!(
        accusations(g.as_of(date("2023-11-20"))),
        [k.precedent, k.invasion]
    );
    assert_eq!(
        accusations(g.as_of(date("2023-11-20")).certainty(Certainty::Possible)),
        [k.c0, k.precedent, k.invasion]
    );
    // As of November, everything dated within November is in.
    assert_eq!(
        accusations(g.as_of(date("2023-11"))),
        [k.c0, k.precedent, k.invasion]
    );
    assert_eq!(
        g.as_of(date("2023-11"))
            .thread(k.c0.into())
            .unwrap()
            .entries
            .len(),
        4
    );
    // A window: only 2023.
    let year = Interval::new(Some(date("2023")), Some(date("2023"))).unwrap();
    assert_eq!(accusations(g.view().window(year)), [k.c0, k.invasion]);
}

#[test]
fn the_timeline_merges_events_and_statements_at_their_own_precision() {
    let g = example::finland_russia().unwrap();
    let timeline = g.view().timeline();
    let dated: Vec<String> = timeline
        .iter()
        .filter(|e| e.when.key().is_some())
        .map(|e| e.when.to_string())
        .collect();
    let mut expected = vec![
        "2021",
        "2021",
        "2022-02",
        "2023-04",
        "..2023-09",
        "2023-10",
        "2023-11",
        "2023-11-16",
        "2023-11-19",
    ];
    expected.extend(["2023-11-20"; 8]);
    assert_eq!(dated, expected);
    // The 2021 event sorts before the 2021 claim; undated entries come last.
    assert!(matches!(timeline[0].item, TimelineItem::Event(_)));
    assert!(matches!(timeline[1].item, TimelineItem::Claim(_)));
    assert_eq!(
        timeline.len(),
        g.count(EntityKind::Event) + g.claim_count() + g.rebuttal_count()
    );
    assert!(
        timeline[dated.len()..]
            .iter()
            .all(|e| e.when.key().is_none())
    );
    // The November accusation and the 16 November announcement: order honestly open.
    let november = timeline
        .iter()
        .position(|e| e.when.to_string() == "2023-11")
        .unwrap();
    assert_eq!(timeline[november + 1].order, Some(TimeOrder::Overlapping));
    assert_eq!(timeline[november + 2].order, Some(TimeOrder::After));
    // As of the closures, nothing said on the 20th is there.
    let then = g.as_of(date("2023-11-19")).timeline();
    assert!(then.iter().all(|e| e.when.to_string() != "2023-11-20"));
    assert_eq!(then.last().unwrap().when.to_string(), "2023-11-19");
}

#[test]
fn filters_compose() {
    let g = example::finland_russia().unwrap();
    let k = cast(&g);
    let (remarks, _) = g
        .sources()
        .find(|(_, s)| s.audience() == Some("media representatives"))
        .unwrap();
    // Peskov's remarks carry his three rebuttals.
    assert_eq!(g.view().source(remarks).rebuttals().count(), 3);
    assert_eq!(g.view().source(remarks).claims().count(), 0);
    // PLOVER ACCUSE: the three accusations, no rebuttal (none is a counter-accusation).
    let accuse = g.view().plover(PloverType::Accuse);
    assert_eq!(accuse.claims().count(), 3);
    assert_eq!(accuse.rebuttals().count(), 0);
    // REJECT: Peskov's denial and dismissal, and the outlet's denial.
    assert_eq!(g.view().plover(PloverType::Reject).rebuttals().count(), 3);
    // Threats: Russia's threat of countermeasures against Finland.
    let threats = g.view().act(SpeechAct::Threat).accusations();
    assert_eq!(pairs(&threats.pairs), [(k.russia, k.finland)]);
    // Stacked: accusations about Russia, in 2023, citing the article: two.
    let (article, _) = g.sources().next().unwrap();
    let year = Interval::new(Some(date("2023")), Some(date("2023"))).unwrap();
    let v = g
        .view()
        .actor(k.russia, Affiliates::Exclude)
        .window(year)
        .source(article)
        .act(SpeechAct::Accusation);
    assert_eq!(
        v.claims().map(|(id, _)| id).collect::<Vec<_>>(),
        [k.c0, k.invasion]
    );
}

#[test]
fn the_summary_puts_russia_first() {
    let g = example::finland_russia().unwrap();
    let k = cast(&g);
    let summary = g.view().summary();
    let most = summary.most_accused(2);
    assert_eq!(
        (most[0].actor, most[0].received, most[0].in_degree),
        (k.russia, 2, 2)
    );
    assert_eq!((most[1].actor, most[1].received), (k.belarus, 1));
    let accusing: Vec<ActorId> = summary.most_accusing(10).iter().map(|s| s.actor).collect();
    assert_eq!(accusing, [k.government, k.western, k.outlet]);
    assert!(summary.actors.iter().all(|s| s.reciprocated == 0));
    assert_eq!(
        summary
            .actors
            .iter()
            .find(|s| s.actor == k.government)
            .unwrap()
            .reciprocity(),
        Some(0.0)
    );
}

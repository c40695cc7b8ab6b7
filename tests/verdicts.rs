//! Verdicts an analyst can defend: the reference scenario's verdicts and reasons, pinned, and
//! the guarantees the reading makes, as properties over generated graphs.
#![cfg(feature = "serde")]
#![allow(clippy::many_single_char_names, clippy::items_after_statements)] // a, b, c, r: the textbook names

#[path = "common/proptest_config.rs"]
mod proptest_config;

use claimgraph::argumentation::{Label, Semantics};
use claimgraph::verdict::{AttackKind, Preference, Reading, Tier, Verdict, Why};
use claimgraph::*;

fn scenario() -> ClaimGraph {
    let json = std::fs::read_to_string("examples/scenarios/finland-russia-2023.json").unwrap();
    ClaimGraph::from_json(&json).unwrap()
}

fn id(s: &str) -> StatementId {
    s.parse().unwrap()
}

#[test]
fn the_scenario_reads_as_an_analyst_would() {
    let g = scenario();
    let v = g.verdicts(&Reading::new());
    let verdicts: Vec<String> = v
        .all(Semantics::Grounded)
        .into_iter()
        .map(|(s, verdict)| format!("{s} {verdict}"))
        .collect();
    assert_eq!(
        verdicts,
        [
            "C0 stands",
            "C1 not_judged",
            "C2 stands",
            "C3 not_judged",
            "C4 stands",
            "C5 stands",
            "C6 stands",
            "C7 stands",
            "C8 stands",
            "R0 defeated",
            "R1 stands",
            "R2 not_judged",
            "R3 stands",
        ]
    );
    // The Finnish accusation rests on the events it cites; Peskov's bare denial does not
    // defeat it, and his undermine ("used by those who have the right") is bare too.
    assert_eq!(
        v.explain(id("C0")).unwrap().to_string(),
        "C0 (Finnish government) stands: rests on E5, E6, substantial evidence. \
         R0 (Dmitry Peskov), a bare denial, does not defeat it. \
         R1 (Dmitry Peskov), a bare undermine, does not defeat it. It defeats R0."
    );
    assert_eq!(
        v.explain(id("R3")).unwrap().to_string(),
        "R3 (The reporting outlet) stands: rests on E8, P0, substantial evidence. \
         Nothing attacks it."
    );
    assert_eq!(v.strength(id("R0")).unwrap().tier(), Tier::Bare);
    assert_eq!(v.label(id("R0")), Some(Label::Out));
    // The same under preferred semantics: nothing here is merely credulous.
    assert_eq!(
        v.all(Semantics::Preferred),
        v.all(Semantics::Grounded),
        "preferred and grounded agree on the scenario"
    );
    // The plain Dung reading lets Peskov's unanswered undermine bring the accusation down.
    let plain = g.verdicts(&Reading::plain());
    assert_eq!(
        plain.verdict(id("C0"), Semantics::Grounded),
        Some(Verdict::Defeated)
    );
    assert_eq!(
        plain.verdict(id("R0"), Semantics::Grounded),
        Some(Verdict::Stands)
    );
}

#[test]
fn the_history_of_the_accusation_never_says_rejected() {
    let g = scenario();
    let h = g.verdict_history(id("C0"), Semantics::Grounded, &Reading::new());
    let shown: Vec<String> = h.iter().map(|(d, v)| format!("{d} {v}")).collect();
    assert_eq!(shown, ["2023-11 stands"]);
}

#[test]
fn an_analysts_preference_decides_a_pair_and_says_why() {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::State)).unwrap();
    let b = g.add_actor(Actor::new("B", ActorKind::State)).unwrap();
    let c = g
        .add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))
        .unwrap();
    let r = g
        .add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c))
        .unwrap();
    let reading = Reading::new().with_preference(Preference::new(
        c.into(),
        r.into(),
        "B's own records contradict the denial",
    ));
    let v = g.verdicts(&reading);
    assert_eq!(
        v.verdict(c.into(), Semantics::Grounded),
        Some(Verdict::Stands)
    );
    assert_eq!(
        v.verdict(r.into(), Semantics::Grounded),
        Some(Verdict::Defeated)
    );
    let on_c = v.attacks_on(c.into()).next().unwrap();
    assert_eq!(on_c.kind(), AttackKind::Rebut);
    assert!(!on_c.defeats());
    assert_eq!(
        on_c.why(),
        &Why::Preferred("B's own records contradict the denial".into())
    );
    // Ignored, the preference changes nothing: two bare statements, both contested.
    let v = g.verdicts(&reading.clone().ignoring_preferences());
    assert_eq!(
        v.verdict(c.into(), Semantics::Grounded),
        Some(Verdict::Contested)
    );
}

#[test]
fn discredited_evidence_stops_counting() {
    let mut g = ClaimGraph::new();
    let a = g
        .add_actor(Actor::new("JIT", ActorKind::InternationalOrganisation))
        .unwrap();
    let b = g
        .add_actor(Actor::new("MoD", ActorKind::Institution))
        .unwrap();
    let photos = g
        .add_source(
            Source::new(SourceKind::SocialMedia, "photos of the launcher")
                .with_grading("C3".parse().unwrap()),
        )
        .unwrap();
    let radar = g
        .add_source(
            Source::new(SourceKind::Dataset, "primary radar data")
                .with_grading("B2".parse().unwrap()),
        )
        .unwrap();
    let c = g
        .add_claim(
            Claim::new(
                a,
                SpeechAct::Accusation,
                Allegation::new("the launcher came from Russia"),
            )
            .with_about(b)
            .with_source(photos),
        )
        .unwrap();
    // "The images are doctored", backed by radar data of its own: discredits the photos.
    let fake = g
        .add_rebuttal(
            Rebuttal::new(b, RebuttalKind::Undermine, photos)
                .with_text("the images are doctored")
                .with_source(radar),
        )
        .unwrap();
    let v = g.verdicts(&Reading::new());
    let strength = v.strength(c.into()).unwrap();
    assert_eq!(strength.discredited(), [verdict_ground(photos)]);
    assert_eq!(strength.tier(), Tier::Bare);
    assert_eq!(strength.to_string(), "rests on nothing (S0 discredited)");
    assert_eq!(
        v.verdict(fake.into(), Semantics::Grounded),
        Some(Verdict::Stands)
    );
}

fn verdict_ground(s: SourceId) -> claimgraph::verdict::Ground {
    claimgraph::verdict::Ground::Source(s)
}

#[test]
fn demands_and_threats_are_not_judged_and_answers_to_them_attack_nothing() {
    let mut g = ClaimGraph::new();
    let uk = g.add_actor(Actor::new("UK", ActorKind::State)).unwrap();
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State)).unwrap();
    let demand = g
        .add_claim(
            Claim::new(
                uk,
                SpeechAct::Demand,
                Allegation::new("explain how Novichok was used"),
            )
            .with_about(ru),
        )
        .unwrap();
    let refusal = g
        .add_rebuttal(Rebuttal::new(ru, RebuttalKind::Dismissal, demand).with_text("nonsense"))
        .unwrap();
    let v = g.verdicts(&Reading::new().with_dismissals(true));
    assert_eq!(
        v.verdict(demand.into(), Semantics::Grounded),
        Some(Verdict::NotJudged)
    );
    assert_eq!(
        v.verdict(refusal.into(), Semantics::Grounded),
        Some(Verdict::Stands)
    );
    assert!(v.attacks().is_empty());
    // Uncounted, a dismissal is not judged either.
    let v = g.verdicts(&Reading::new());
    assert_eq!(
        v.verdict(refusal.into(), Semantics::Grounded),
        Some(Verdict::NotJudged)
    );
    assert_eq!(
        v.explain(refusal.into()).unwrap().to_string(),
        "R0 (Russia) is not judged: a dismissal engages with nothing."
    );
}

#[cfg(feature = "proptest")]
mod properties {
    use super::proptest_config;
    use claimgraph::argumentation::Semantics;
    use claimgraph::strategies::{Field, graphs};
    use claimgraph::verdict::{Reading, Tier, Verdict};
    use claimgraph::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn all(g: &ClaimGraph, r: &Reading, s: Semantics) -> Vec<(StatementId, Verdict)> {
        g.verdicts(r).all(s)
    }

    /// Renumbers every id of a document, within its kind, from the last to the first.
    fn renumbered(g: &ClaimGraph) -> (ClaimGraph, impl Fn(StatementId) -> StatementId) {
        let mut doc: serde_json::Value = serde_json::from_str(&g.to_json()).unwrap();
        let mut maps: BTreeMap<char, u32> = BTreeMap::new();
        for (prefix, kind) in [
            ('A', EntityKind::Actor),
            ('L', EntityKind::Relation),
            ('C', EntityKind::Claim),
            ('R', EntityKind::Rebuttal),
            ('E', EntityKind::Event),
            ('S', EntityKind::Source),
            ('P', EntityKind::Support),
        ] {
            maps.insert(prefix, g.next_id(kind));
        }
        let flip = move |s: &str| -> Option<String> {
            let mut chars = s.chars();
            let p = chars.next()?;
            let next = *maps.get(&p)?;
            let rest: &str = &s[1..];
            let (num, tail) = match rest.split_once('/') {
                Some((n, t)) => (n, Some(t)),
                None => (rest, None),
            };
            let n: u32 = num.parse().ok()?;
            if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) || n >= next {
                return None;
            }
            let flipped = format!("{p}{}", next - 1 - n);
            Some(match tail {
                Some(t) => format!("{flipped}/{t}"),
                None => flipped,
            })
        };
        fn walk(
            v: &mut serde_json::Value,
            flip: &dyn Fn(&str) -> Option<String>,
            key: Option<&str>,
        ) {
            match v {
                serde_json::Value::String(s) => {
                    // Only reference fields hold ids; texts are left alone.
                    let texty = matches!(
                        key,
                        Some(
                            "text"
                                | "title"
                                | "description"
                                | "name"
                                | "quote"
                                | "aim"
                                | "condition"
                                | "wording"
                                | "url"
                                | "audience"
                                | "role"
                                | "location"
                                | "quotes"
                                | "grading"
                                | "iso3"
                                | "cameo"
                                | "wikidata"
                                | "category"
                                | "contexts"
                                | "aliases"
                                | "level"
                                | "form"
                                | "kind"
                                | "act"
                                | "outcome"
                                | "plover"
                        )
                    );
                    if !texty && let Some(f) = flip(s) {
                        *s = f;
                    }
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, flip, key)),
                serde_json::Value::Object(o) => {
                    let entries: Vec<(String, serde_json::Value)> =
                        std::mem::take(o).into_iter().collect();
                    for (k, mut val) in entries {
                        if key == Some("keys") {
                            o.insert(k, val);
                            continue;
                        }
                        walk(&mut val, flip, Some(&k));
                        let k2 = flip(&k)
                            .filter(|_| k.len() > 1 && k[1..].bytes().all(|b| b.is_ascii_digit()))
                            .unwrap_or(k);
                        o.insert(k2, val);
                    }
                }
                _ => {}
            }
        }
        walk(&mut doc, &flip, None);
        let g2 = ClaimGraph::from_json(&doc.to_string()).unwrap();
        let map =
            move |s: StatementId| -> StatementId { flip(&s.to_string()).unwrap().parse().unwrap() };
        (g2, map)
    }

    proptest! {
        #![proptest_config(proptest_config::cases(64))]

        #[test]
        fn with_every_strength_equal_the_reading_is_the_plain_one(
            g in graphs().share(Field::Citations, 0.0).supports(0..=0)
        ) {
            let v = g.verdicts(&Reading::new());
            prop_assert!(g.claims().all(|(c, _)| v.strength(c.into()).is_none_or(|s| s.tier() == Tier::Bare)));
            for s in [Semantics::Grounded, Semantics::Preferred] {
                prop_assert_eq!(all(&g, &Reading::new(), s), all(&g, &Reading::plain(), s));
            }
            prop_assert!(v.attacks().iter().all(claimgraph::verdict::Attack::defeats));
        }

        #[test]
        fn a_weaker_attack_on_nothing_else_changes_no_verdict(g in graphs(), pick in any::<prop::sample::Index>(), rebut in any::<bool>()) {
            let before = g.verdicts(&Reading::new());
            let strong: Vec<StatementId> = before
                .statements()
                .iter()
                .copied()
                .filter(|&s| before.strength(s).is_some_and(|st| st.tier() > Tier::Bare)
                    && before.verdict(s, Semantics::Grounded) != Some(Verdict::NotJudged))
                .collect();
            prop_assume!(!strong.is_empty());
            let target = strong[pick.index(strong.len())];
            let mut g2 = g.clone();
            let nobody = g2.add_actor(Actor::new("a bystander", ActorKind::Person)).unwrap();
            let kind = if rebut { RebuttalKind::Denial } else { RebuttalKind::Undermine };
            let added = g2.add_rebuttal(Rebuttal::new(nobody, kind, Target::from(target))).unwrap();
            let after = g2.verdicts(&Reading::new());
            for s in [Semantics::Grounded, Semantics::Preferred] {
                let old = before.all(s);
                let new: Vec<(StatementId, Verdict)> = after
                    .all(s)
                    .into_iter()
                    .filter(|(x, _)| *x != StatementId::from(added))
                    .collect();
                prop_assert_eq!(old, new);
            }
        }

        #[test]
        fn verdicts_do_not_depend_on_ids(g in graphs()) {
            let (g2, map) = renumbered(&g);
            for s in [Semantics::Grounded, Semantics::Preferred] {
                let mut a: Vec<(StatementId, Verdict)> =
                    all(&g, &Reading::new(), s).into_iter().map(|(x, v)| (map(x), v)).collect();
                a.sort();
                prop_assert_eq!(a, all(&g2, &Reading::new(), s));
            }
        }

        #[test]
        fn a_later_rebuttal_never_rewrites_history(g in graphs().dated(1.0), pick in any::<prop::sample::Index>()) {
            let statements: Vec<StatementId> = g.verdicts(&Reading::new()).statements().to_vec();
            prop_assume!(!statements.is_empty());
            let s = statements[pick.index(statements.len())];
            let before = g.verdict_history(s, Semantics::Grounded, &Reading::new());
            let mut g2 = g.clone();
            let late: PartialDate = "2100-01-01".parse().unwrap();
            let who = g2.add_actor(Actor::new("a latecomer", ActorKind::Person)).unwrap();
            g2.add_rebuttal(Rebuttal::new(who, RebuttalKind::Denial, Target::from(s)).with_stated(late)).unwrap();
            let after = g2.verdict_history(s, Semantics::Grounded, &Reading::new());
            let kept: Vec<_> = after.into_iter().filter(|(d, _)| *d < late).collect();
            prop_assert_eq!(before, kept);
        }
    }
}

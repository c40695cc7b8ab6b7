//! Every lint both ways: it fires on a minimal bad case and stays silent on the nearest good
//! one. Plus configuration, order, rendering, and long chains.
#![allow(clippy::many_single_char_names)] // minimal graphs read best with short names

use claimgraph::check::{
    Category, Config, Diagnostic, LINTS, Level, Lint, PossibleFindings, Severity, lints,
};
use claimgraph::*;

type R = Result<(), Box<dyn std::error::Error>>;

fn date(s: &str) -> PartialDate {
    s.parse().expect("test dates are valid")
}

/// The findings of `lint` alone, with the lint enabled and possible findings kept.
fn findings(g: &ClaimGraph, lint: &'static Lint) -> Vec<Diagnostic> {
    let config = Config::default()
        .level(lint, Level::Warn)
        .possible_findings(PossibleFindings::Keep);
    g.check(&config)
        .iter()
        .filter(|d| d.lint() == lint)
        .cloned()
        .collect()
}

fn fires(g: &ClaimGraph, lint: &'static Lint, primary: impl Into<EntityId>) -> Diagnostic {
    let found = findings(g, lint);
    let primary = primary.into();
    found
        .iter()
        .find(|d| d.primary() == primary)
        .cloned()
        .unwrap_or_else(|| panic!("{} did not fire on {primary}: {found:?}", lint.name()))
}

fn silent(g: &ClaimGraph, lint: &'static Lint) {
    let found = findings(g, lint);
    assert!(found.is_empty(), "{} fired: {found:?}", lint.name());
}

fn two_states(g: &mut ClaimGraph) -> Result<(ActorId, ActorId), Error> {
    Ok((
        g.add_actor(Actor::new("Finland", ActorKind::State))?,
        g.add_actor(Actor::new("Russia", ActorKind::State))?,
    ))
}

fn accusation(by: ActorId, about: ActorId) -> Claim {
    Claim::new(by, SpeechAct::Accusation, Allegation::new("smuggling")).with_about(about)
}

// ---- time -----------------------------------------------------------------------------------

fn answered_on(claim: &str, rebuttal: &str) -> Result<(ClaimGraph, RebuttalId, ClaimId), Error> {
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let c = g.add_claim(accusation(fi, ru).with_stated(date(claim)))?;
    let r =
        g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c).with_stated(date(rebuttal)))?;
    Ok((g, r, c))
}

#[test]
fn rebuttal_before_statement_both_ways() -> R {
    let lint = &lints::REBUTTAL_BEFORE_STATEMENT;
    let (g, r, c) = answered_on("2023-11-18", "2023-11-17")?;
    let d = fires(&g, lint, r);
    assert_eq!(d.certainty(), Certainty::Certain);
    assert_eq!(d.related(), [EntityId::from(c)]);
    assert!(
        d.message().contains("R0 (denial by Russia)"),
        "{}",
        d.message()
    );
    silent(&answered_on("2023-11-18", "2023-11-18")?.0, lint);
    silent(&answered_on("2023-11-18", "2023-11-19")?.0, lint);
    // Partial dates: possible, and demoted to information by default.
    let (g, r, _) = answered_on("2023-11", "2023-11-20")?;
    assert_eq!(fires(&g, lint, r).certainty(), Certainty::Possible);
    let report = g.check(&Config::default());
    let d = report.iter().find(|d| d.lint() == lint).unwrap();
    assert_eq!(d.severity(), Severity::Info);
    Ok(())
}

#[test]
fn cites_later_event_both_ways() -> R {
    let lint = &lints::CITES_LATER_EVENT;
    let build = |act: SpeechAct, event: &str, motive: bool| -> Result<_, Error> {
        let mut g = ClaimGraph::new();
        let (fi, _) = two_states(&mut g)?;
        let e = g.add_event(Event::new("closure").with_date(date(event)))?;
        let claim = Claim::new(fi, act, Allegation::new("x")).with_stated(date("2023-11-01"));
        let claim = if motive {
            claim.with_motive(Motive::new("because").with_event(e))
        } else {
            claim.with_event(e)
        };
        let c = g.add_claim(claim)?;
        Ok((g, c, e))
    };
    let (g, c, e) = build(SpeechAct::Assertion, "2023-11-19", false)?;
    assert_eq!(fires(&g, lint, c).related(), [EntityId::from(e)]);
    let (g, c, _) = build(SpeechAct::Assertion, "2023-11-19", true)?;
    fires(&g, lint, c);
    silent(&build(SpeechAct::Prediction, "2023-11-19", false)?.0, lint);
    silent(&build(SpeechAct::Warning, "2023-11-19", true)?.0, lint);
    silent(&build(SpeechAct::Assertion, "2023-10-31", false)?.0, lint);
    let (g, c, _) = build(SpeechAct::Assertion, "2023-11", false)?;
    assert_eq!(fires(&g, lint, c).certainty(), Certainty::Possible);
    Ok(())
}

#[test]
fn speaks_outside_validity_both_ways() -> R {
    let lint = &lints::SPEAKS_OUTSIDE_VALIDITY;
    let build = |valid: &str, stated: &str| -> Result<_, Error> {
        let mut g = ClaimGraph::new();
        let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
        let kremlin = g.add_actor(Actor::new("Kremlin", ActorKind::Institution))?;
        let l = g.add_relation(
            Relation::new(peskov, RelationKind::SpeaksFor, kremlin)
                .with_valid(Interval::from_date(date(valid))),
        )?;
        let c = g.add_claim(
            Claim::new(peskov, SpeechAct::Assertion, Allegation::new("x"))
                .with_stated(date(stated)),
        )?;
        Ok((g, c, l))
    };
    let (g, c, l) = build("2012", "2005")?;
    let d = fires(&g, lint, c);
    assert_eq!(d.certainty(), Certainty::Certain);
    assert!(d.related().contains(&EntityId::from(l)));
    assert!(
        d.message().contains("A0 (Dmitry Peskov)"),
        "{}",
        d.message()
    );
    silent(&build("2012", "2015")?.0, lint);
    silent(&build("2012", "2012-05")?.0, lint);
    let (g, c, _) = build("2012-06", "2012")?;
    assert_eq!(fires(&g, lint, c).certainty(), Certainty::Possible);
    // An actor that speaks for nobody is never outside a mandate.
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::Person))?;
    g.add_claim(
        Claim::new(a, SpeechAct::Assertion, Allegation::new("x")).with_stated(date("1900")),
    )?;
    silent(&g, lint);
    Ok(())
}

#[test]
fn interval_end_before_start_both_ways() -> R {
    let lint = &lints::INTERVAL_END_BEFORE_START;
    let build = |start: &str, end: &str| -> Result<_, Box<dyn std::error::Error>> {
        let mut g = ClaimGraph::new();
        let (fi, ru) = two_states(&mut g)?;
        let e = g.add_event(
            Event::new("talks")
                .with_participant(fi, Role::Initiator)
                .with_date(date(start))
                .with_end(date(end)),
        )?;
        let l = g.add_relation(
            Relation::new(fi, RelationKind::AllyOf, ru)
                .with_valid(Interval::new(Some(date(start)), Some(date(end)))?),
        )?;
        Ok((g, e, l))
    };
    let (g, e, l) = build("2023-04", "2023-04-02")?;
    assert_eq!(fires(&g, lint, e).certainty(), Certainty::Possible);
    assert_eq!(fires(&g, lint, l).certainty(), Certainty::Possible);
    silent(&build("2023-04-01", "2023-04-02")?.0, lint);
    silent(&build("2023-04", "2023-04")?.0, lint);
    Ok(())
}

#[test]
fn overlapping_relations_both_ways() -> R {
    let lint = &lints::OVERLAPPING_RELATIONS;
    let build = |first: Interval, second: Interval, kind: RelationKind| -> Result<_, Error> {
        let mut g = ClaimGraph::new();
        let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
        let nato = g.add_actor(Actor::new("NATO", ActorKind::Alliance))?;
        let a =
            g.add_relation(Relation::new(fi, RelationKind::MemberOf, nato).with_valid(first))?;
        let b = g.add_relation(Relation::new(fi, kind, nato).with_valid(second))?;
        Ok((g, a, b))
    };
    let from = |s: &str| Interval::from_date(date(s));
    let (g, a, b) = build(from("2023-04"), from("2024"), RelationKind::MemberOf)?;
    let d = fires(&g, lint, b);
    assert_eq!(d.related(), [EntityId::from(a)]);
    assert_eq!(d.certainty(), Certainty::Certain);
    let ended = Interval::new(Some(date("2020")), Some(date("2022")))?;
    silent(&build(ended, from("2024"), RelationKind::MemberOf)?.0, lint);
    silent(
        &build(from("2023-04"), from("2024"), RelationKind::AllyOf)?.0,
        lint,
    );
    let ends_in_june = Interval::new(Some(date("2020")), Some(date("2023-06")))?;
    let (g, _, b) = build(ends_in_june, from("2023"), RelationKind::MemberOf)?;
    assert_eq!(fires(&g, lint, b).certainty(), Certainty::Possible);
    Ok(())
}

#[test]
fn overlapping_relations_in_a_large_group_are_swept() -> R {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    let nato = g.add_actor(Actor::new("NATO", ActorKind::Alliance))?;
    // 100 disjoint yearly memberships, then one for all time: only the last overlaps.
    for year in 1900..2000 {
        let y = PartialDate::year(year)?;
        g.add_relation(
            Relation::new(fi, RelationKind::MemberOf, nato)
                .with_valid(Interval::new(Some(y), Some(y))?),
        )?;
    }
    silent(&g, &lints::OVERLAPPING_RELATIONS);
    let all = g.add_relation(Relation::new(fi, RelationKind::MemberOf, nato))?;
    fires(&g, &lints::OVERLAPPING_RELATIONS, all);
    Ok(())
}

#[test]
fn source_predates_statement_both_ways() -> R {
    let lint = &lints::SOURCE_PREDATES_STATEMENT;
    let build = |own: bool, source: &str| -> Result<_, Error> {
        let mut g = ClaimGraph::new();
        let (fi, ru) = two_states(&mut g)?;
        let speaker = if own { fi } else { ru };
        let s = g.add_source(
            Source::new(SourceKind::Remarks, "press conference")
                .with_speaker(speaker)
                .with_date(date(source)),
        )?;
        let c = g.add_claim(
            Claim::new(fi, SpeechAct::Assertion, Allegation::new("x"))
                .with_stated(date("2023-11-20"))
                .with_source(s),
        )?;
        Ok((g, c, s))
    };
    let (g, c, s) = build(true, "2023-11-01")?;
    assert_eq!(fires(&g, lint, c).related(), [EntityId::from(s)]);
    silent(&build(true, "2023-11-20")?.0, lint);
    // Someone else's older words are evidence, not the record of this statement.
    silent(&build(false, "2023-11-01")?.0, lint);
    Ok(())
}

// ---- logic ----------------------------------------------------------------------------------

#[test]
fn self_rebuttal_both_ways() -> R {
    let lint = &lints::SELF_REBUTTAL;
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let c = g.add_claim(Claim::new(ru, SpeechAct::Assertion, Allegation::new("x")))?;
    let r = g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c))?;
    let d = fires(&g, lint, r);
    assert_eq!(d.related(), [EntityId::from(c), EntityId::from(ru)]);
    g.replace_rebuttal(r, Rebuttal::new(fi, RebuttalKind::Denial, c))?;
    silent(&g, lint);
    Ok(())
}

#[test]
fn self_accusation_both_ways() -> R {
    let lint = &lints::SELF_ACCUSATION;
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let c = g.add_claim(accusation(fi, fi))?;
    fires(&g, lint, c);
    g.replace_claim(c, accusation(fi, ru))?;
    silent(&g, lint);
    // Speaking about oneself is not accusing oneself.
    g.replace_claim(
        c,
        Claim::new(
            fi,
            SpeechAct::Assertion,
            Allegation::new("we closed the border"),
        )
        .with_about(fi),
    )?;
    silent(&g, lint);
    Ok(())
}

/// Russia with two spokesmen; the second's relation valid over `valid`.
fn two_spokesmen(valid: Interval) -> Result<(ClaimGraph, ActorId, ActorId, ActorId), Error> {
    let mut g = ClaimGraph::new();
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    let a = g.add_actor(Actor::new("Spokesman A", ActorKind::Person))?;
    let b = g.add_actor(Actor::new("Spokesman B", ActorKind::Person))?;
    g.add_relation(Relation::new(a, RelationKind::SpeaksFor, ru))?;
    g.add_relation(Relation::new(b, RelationKind::SpeaksFor, ru).with_valid(valid))?;
    Ok((g, ru, a, b))
}

#[test]
fn asserts_and_denies_through_spokesmen_both_ways() -> R {
    let lint = &lints::ASSERTS_AND_DENIES;
    let (mut g, ru, a, b) = two_spokesmen(Interval::ALWAYS)?;
    let c = g.add_claim(
        Claim::new(a, SpeechAct::Assertion, Allegation::new("troops moved"))
            .with_stated(date("2023-05-01")),
    )?;
    let r =
        g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c).with_stated(date("2023-05-02")))?;
    let d = fires(&g, lint, r);
    assert_eq!(d.related(), [EntityId::from(c), EntityId::from(ru)]);
    assert_eq!(d.certainty(), Certainty::Certain);
    assert!(d.message().contains("A0 (Russia)"), "{}", d.message());
    // A dismissal is not a denial.
    g.replace_rebuttal(
        r,
        Rebuttal::new(b, RebuttalKind::Dismissal, c).with_stated(date("2023-05-02")),
    )?;
    silent(&g, lint);

    // B stopped speaking for Russia before the denial: nothing to report here.
    let ended = Interval::until(date("2022"));
    let (mut g, _, a, b) = two_spokesmen(ended)?;
    let c = g.add_claim(Claim::new(
        a,
        SpeechAct::Assertion,
        Allegation::new("troops moved"),
    ))?;
    g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c).with_stated(date("2023-05-02")))?;
    silent(&g, lint);
    // A relation that may have held at the date gives a possible finding.
    let (mut g, _, a, b) = two_spokesmen(Interval::until(date("2023-06")))?;
    let c = g.add_claim(Claim::new(
        a,
        SpeechAct::Assertion,
        Allegation::new("troops moved"),
    ))?;
    let r = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c).with_stated(date("2023")))?;
    assert_eq!(fires(&g, lint, r).certainty(), Certainty::Possible);
    Ok(())
}

#[test]
fn asserts_and_denies_by_denial_claims_both_ways() -> R {
    let lint = &lints::ASSERTS_AND_DENIES;
    let build = |text: &str, other_actor: bool| -> Result<_, Error> {
        let mut g = ClaimGraph::new();
        let (fi, ru) = two_states(&mut g)?;
        let nato = g.add_actor(Actor::new("NATO", ActorKind::Alliance))?;
        let c = g.add_claim(
            Claim::new(
                ru,
                SpeechAct::Assertion,
                Allegation::new("NATO troops at the border"),
            )
            .with_about(nato),
        )?;
        let denier = if other_actor { fi } else { ru };
        let d = g.add_claim(
            Claim::new(denier, SpeechAct::Denial, Allegation::new(text)).with_about(nato),
        )?;
        Ok((g, c, d))
    };
    let (g, c, d) = build("nato troops  at the BORDER", false)?;
    assert_eq!(fires(&g, lint, d).related()[0], EntityId::from(c));
    silent(&build("nato troops  at the BORDER", true)?.0, lint);
    silent(&build("no NATO troops anywhere", false)?.0, lint);
    Ok(())
}

#[test]
fn circular_support_both_ways() -> R {
    let lint = &lints::CIRCULAR_SUPPORT;
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    let p = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("p")))?;
    let q = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("q")))?;
    let r = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("r")))?;
    g.add_support(Support::new(p, q))?;
    let back = g.add_support(Support::new(q, r))?;
    silent(&g, lint);
    g.replace_support(back, Support::new(q, p))?;
    let d = fires(&g, lint, p);
    assert_eq!(d.related(), [EntityId::from(q)]);
    assert!(d.message().starts_with("2 statements"), "{}", d.message());
    Ok(())
}

#[test]
fn rebuttal_cycle_both_ways() -> R {
    let lint = &lints::REBUTTAL_CYCLE;
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let c = g.add_claim(accusation(fi, ru))?;
    let r1 = g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c))?;
    let r2 = g.add_rebuttal(Rebuttal::new(fi, RebuttalKind::Dismissal, r1))?;
    silent(&g, lint);
    g.replace_rebuttal(r1, Rebuttal::new(ru, RebuttalKind::Denial, c).answering(r2))?;
    let d = fires(&g, lint, r1);
    assert_eq!(d.related(), [EntityId::from(r2)]);
    // Information by default: cycles are legal in argumentation.
    let report = g.check(&Config::default());
    let d = report.iter().find(|d| d.lint() == lint).unwrap();
    assert_eq!(d.severity(), Severity::Info);
    Ok(())
}

#[test]
fn relation_cycle_both_ways() -> R {
    let lint = &lints::RELATION_CYCLE;
    let mut g = ClaimGraph::new();
    let peskov = g.add_actor(Actor::new("Peskov", ActorKind::Person))?;
    let kremlin = g.add_actor(Actor::new("Kremlin", ActorKind::Institution))?;
    let russia = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    g.add_relation(Relation::new(peskov, RelationKind::SpeaksFor, kremlin))?;
    let l = g.add_relation(Relation::new(kremlin, RelationKind::SpeaksFor, russia))?;
    // A "part of" back edge is another kind: no cycle of one kind.
    g.add_relation(Relation::new(russia, RelationKind::PartOf, peskov))?;
    silent(&g, lint);
    g.replace_relation(l, Relation::new(kremlin, RelationKind::SpeaksFor, peskov))?;
    let d = fires(&g, lint, peskov);
    assert_eq!(d.related(), [EntityId::from(kremlin)]);
    assert_eq!(d.certainty(), Certainty::Certain);
    g.replace_relation(
        l,
        Relation::new(kremlin, RelationKind::SpeaksFor, peskov)
            .with_valid(Interval::from_date(date("2030"))),
    )?;
    assert_eq!(fires(&g, lint, peskov).certainty(), Certainty::Possible);
    Ok(())
}

#[test]
fn asserts_and_denies_ends_on_relation_cycles() -> R {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::Person))?;
    let b = g.add_actor(Actor::new("B", ActorKind::Person))?;
    g.add_relation(Relation::new(a, RelationKind::SpeaksFor, b))?;
    g.add_relation(Relation::new(b, RelationKind::SpeaksFor, a))?;
    let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    let r = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c))?;
    fires(&g, &lints::ASSERTS_AND_DENIES, r);
    fires(&g, &lints::RELATION_CYCLE, a);
    Ok(())
}

// ---- data -----------------------------------------------------------------------------------

#[test]
fn unsourced_statement_both_ways() -> R {
    let lint = &lints::UNSOURCED_STATEMENT;
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let c = g.add_claim(accusation(fi, ru))?;
    let r = g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c))?;
    fires(&g, lint, c);
    fires(&g, lint, r);
    let s = g.add_source(Source::new(SourceKind::Article, "report"))?;
    g.replace_claim(c, accusation(fi, ru).with_source(s))?;
    g.replace_rebuttal(r, Rebuttal::new(ru, RebuttalKind::Denial, c).with_source(s))?;
    silent(&g, lint);
    Ok(())
}

#[test]
fn duplicate_claim_both_ways() -> R {
    let lint = &lints::DUPLICATE_CLAIM;
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let nato = g.add_actor(Actor::new("NATO", ActorKind::Alliance))?;
    let claim = |text: &str, when: &str| {
        Claim::new(fi, SpeechAct::Accusation, Allegation::new(text))
            .with_about(ru)
            .with_about(nato)
            .with_stated(date(when))
    };
    let a = g.add_claim(claim("Smuggling migrants", "2023-11"))?;
    let b = g.add_claim(claim("a different allegation", "2023-11"))?;
    g.add_claim(claim("Smuggling migrants", "2023-12"))?;
    silent(&g, lint);
    // The same allegation, spelt differently, about the same actors in another order.
    g.replace_claim(
        b,
        Claim::new(
            fi,
            SpeechAct::Accusation,
            Allegation::new("  smuggling\tMIGRANTS "),
        )
        .with_about(nato)
        .with_about(ru)
        .with_stated(date("2023-11")),
    )?;
    assert_eq!(fires(&g, lint, b).related(), [EntityId::from(a)]);
    Ok(())
}

#[test]
fn name_collision_both_ways() -> R {
    let lint = &lints::NAME_COLLISION;
    let mut g = ClaimGraph::new();
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State).with_alias("russia"))?;
    let m = g.add_actor(Actor::new("Moscow city", ActorKind::Institution))?;
    silent(&g, lint);
    g.replace_actor(
        ru,
        Actor::new("Russia", ActorKind::State).with_alias("MOSCOW  city"),
    )?;
    let d = fires(&g, lint, m);
    assert_eq!(d.related(), [EntityId::from(ru)]);
    assert!(d.message().contains("moscow city"), "{}", d.message());
    Ok(())
}

#[test]
fn orphan_actor_both_ways() -> R {
    let lint = &lints::ORPHAN_ACTOR;
    let mut g = ClaimGraph::new();
    let hu = g.add_actor(Actor::new("Hungary", ActorKind::State))?;
    fires(&g, lint, hu);
    g.add_event(Event::new("vote").with_participant(hu, Role::Participant))?;
    silent(&g, lint);
    Ok(())
}

#[test]
fn orphan_event_both_ways() -> R {
    let lint = &lints::ORPHAN_EVENT;
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let e = g.add_event(Event::new("accession"))?;
    fires(&g, lint, e);
    g.add_claim(accusation(ru, fi).with_motive(Motive::new("retaliation").with_event(e)))?;
    silent(&g, lint);
    Ok(())
}

#[test]
fn orphan_source_both_ways() -> R {
    let lint = &lints::ORPHAN_SOURCE;
    let mut g = ClaimGraph::new();
    let (fi, _) = two_states(&mut g)?;
    let article = g.add_source(Source::new(SourceKind::Article, "article"))?;
    fires(&g, lint, article);
    let words =
        g.add_source(Source::new(SourceKind::Remarks, "remarks").with_reported_in(article))?;
    fires(&g, lint, words);
    g.add_claim(Claim::new(fi, SpeechAct::Assertion, Allegation::new("x")).with_source(words))?;
    silent(&g, lint);
    Ok(())
}

#[test]
fn unknown_code_both_ways() -> R {
    let lint = &lints::UNKNOWN_CODE;
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let e = g.add_event(Event::new("x").with_cameo("099".parse()?))?;
    let c = g.add_claim(
        Claim::new(
            fi,
            SpeechAct::Accusation,
            Allegation::new("x")
                .with_category("1129".parse()?)
                .with_context("weather".parse()?),
        )
        .with_about(ru),
    )?;
    assert!(fires(&g, lint, e).message().contains("`099`"));
    let on_claim: Vec<_> = findings(&g, lint)
        .into_iter()
        .filter(|d| d.primary() == c.into())
        .collect();
    assert_eq!(on_claim.len(), 2);
    g.replace_event(e, Event::new("x").with_cameo("191".parse()?))?;
    g.replace_claim(
        c,
        Claim::new(
            fi,
            SpeechAct::Accusation,
            Allegation::new("x")
                .with_category("1123".parse()?)
                .with_context("migration".parse()?),
        )
        .with_about(ru),
    )?;
    silent(&g, lint);
    Ok(())
}

#[test]
fn undated_statement_both_ways() -> R {
    let lint = &lints::UNDATED_STATEMENT;
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let c = g.add_claim(accusation(fi, ru))?;
    fires(&g, lint, c);
    assert!(!g.check(&Config::default()).iter().any(|d| d.lint() == lint));
    g.replace_claim(c, accusation(fi, ru).with_stated(date("2023")))?;
    silent(&g, lint);
    Ok(())
}

// ---- the second edition of the model: demands, alleged events, evidence, joint speakers -----

fn demand(stated: &str) -> Result<(ClaimGraph, ActorId, Claim), Error> {
    let mut g = ClaimGraph::new();
    let (uk, ru) = two_states(&mut g)?;
    let c = Claim::new(uk, SpeechAct::Demand, Allegation::new("explain the attack"))
        .with_about(ru)
        .with_stated(date(stated));
    Ok((g, uk, c))
}

#[test]
fn deadline_before_demand_both_ways() -> R {
    let lint = &lints::DEADLINE_BEFORE_DEMAND;
    let build = |deadline: &str| -> Result<_, Error> {
        let (mut g, _, c) = demand("2018-03-12")?;
        let id = g.add_claim(c.with_deadline(date(deadline)))?;
        Ok((g, id))
    };
    let (g, c) = build("2018-03-11")?;
    let d = fires(&g, lint, c);
    assert_eq!(d.certainty(), Certainty::Certain);
    assert!(d.message().contains("2018-03-11"), "{}", d.message());
    silent(&build("2018-03-13")?.0, lint);
    silent(&build("2018-03-12")?.0, lint);
    // A window that may end before the demand: possible.
    let (g, c) = build("[2018-03-10..2018-03-14]")?;
    assert_eq!(fires(&g, lint, c).certainty(), Certainty::Possible);
    let (g, c) = build("2018-03")?;
    assert_eq!(fires(&g, lint, c).certainty(), Certainty::Possible);
    // Undated, nothing to compare.
    let (mut g, uk, _) = demand("2018")?;
    g.add_claim(
        Claim::new(uk, SpeechAct::Demand, Allegation::new("x")).with_deadline(date("2017")),
    )?;
    silent(&g, lint);
    Ok(())
}

#[test]
fn resolution_before_demand_both_ways() -> R {
    let lint = &lints::RESOLUTION_BEFORE_DEMAND;
    let build = |resolved: &str| -> Result<_, Error> {
        let (mut g, uk, c) = demand("2018-03-12")?;
        let e =
            g.add_event(Event::new("the deadline passes").with_participant(uk, Role::Observer))?;
        let r = Resolution::new(Outcome::NotMet)
            .with_date(date(resolved))
            .with_by(e);
        let id = g.add_claim(c.with_resolution(r))?;
        Ok((g, id, e))
    };
    let (g, c, e) = build("2018-03-01")?;
    let d = fires(&g, lint, c);
    assert_eq!(d.certainty(), Certainty::Certain);
    assert_eq!(d.related(), [EntityId::from(e)]);
    silent(&build("2018-03-14")?.0, lint);
    let (g, c, _) = build("2018-03")?;
    assert_eq!(fires(&g, lint, c).certainty(), Certainty::Possible);
    // A resolution without a date says nothing about order.
    let (mut g, _, c) = demand("2018-03-12")?;
    g.add_claim(c.with_resolution(Resolution::new(Outcome::Withdrawn)))?;
    silent(&g, lint);
    Ok(())
}

#[test]
fn alleged_after_statement_both_ways() -> R {
    let lint = &lints::ALLEGED_AFTER_STATEMENT;
    let build = |act: SpeechAct, event: &str| -> Result<_, Error> {
        let mut g = ClaimGraph::new();
        let (_, ru) = two_states(&mut g)?;
        let c = g.add_claim(
            Claim::new(ru, act, Allegation::new("the missile was Ukrainian"))
                .with_stated(date("2018-09-17")),
        )?;
        let e = g.add_event(
            Event::new("missile delivered to a unit in Ukraine")
                .with_date(date(event))
                .with_alleged_by(c),
        )?;
        Ok((g, c, e))
    };
    let (g, c, e) = build(SpeechAct::Assertion, "2019")?;
    let d = fires(&g, lint, e);
    assert_eq!(d.certainty(), Certainty::Certain);
    assert_eq!(d.related(), [EntityId::from(c)]);
    silent(&build(SpeechAct::Assertion, "1986")?.0, lint);
    // Forward-looking statements may allege what is still to come.
    silent(&build(SpeechAct::Prediction, "2019")?.0, lint);
    silent(&build(SpeechAct::Threat, "2019")?.0, lint);
    let (g, _, e) = build(SpeechAct::Assertion, "2018-09")?;
    assert_eq!(fires(&g, lint, e).certainty(), Certainty::Possible);
    // A rebuttal alleging an event is checked too.
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let c = g.add_claim(accusation(fi, ru))?;
    let r = g.add_rebuttal(
        Rebuttal::new(ru, RebuttalKind::CounterAccusation, c).with_stated(date("2020")),
    )?;
    let e = g.add_event(Event::new("x").with_date(date("2021")).with_alleged_by(r))?;
    fires(&g, lint, e);
    Ok(())
}

#[test]
fn answers_uncited_source_both_ways() -> R {
    let lint = &lints::ANSWERS_UNCITED_SOURCE;
    // The claim cites `cited`; `reported` carries `cited` onwards.
    let build = |answer_cited: bool, only_evidence: bool| -> Result<_, Error> {
        let mut g = ClaimGraph::new();
        let (ua, ru) = two_states(&mut g)?;
        let outlet = g.add_source(Source::new(SourceKind::Article, "a newspaper"))?;
        let cited = g.add_source(
            Source::new(SourceKind::Remarks, "photos of the launcher").with_reported_in(outlet),
        )?;
        let other = g.add_source(Source::new(SourceKind::Article, "other photos"))?;
        let c = g.add_claim(accusation(ua, ru).with_source(cited))?;
        let answered = if answer_cited { outlet } else { other };
        let r = if only_evidence {
            Rebuttal::new(ru, RebuttalKind::Undermine, answered)
        } else {
            Rebuttal::new(ru, RebuttalKind::Undermine, c).answering(answered)
        };
        let r = g.add_rebuttal(r)?;
        Ok((g, r, answered, c))
    };
    let (g, r, s, c) = build(false, false)?;
    let d = fires(&g, lint, r);
    assert_eq!(d.related(), [EntityId::from(s), EntityId::from(c)]);
    // The source answered is up the reporting chain of the one the claim cites.
    silent(&build(true, false)?.0, lint);
    // Answering evidence alone answers whatever rests on it.
    silent(&build(false, true)?.0, lint);
    // The claim cites the source answered directly.
    let mut g = ClaimGraph::new();
    let (ua, ru) = two_states(&mut g)?;
    let s = g.add_source(Source::new(SourceKind::Article, "photos"))?;
    let c = g.add_claim(accusation(ua, ru).with_source(s))?;
    g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Undermine, c).answering(s))?;
    silent(&g, lint);
    Ok(())
}

#[test]
fn misplaced_condition_both_ways() -> R {
    let lint = &lints::MISPLACED_CONDITION;
    let build = |act: SpeechAct| -> Result<_, Error> {
        let mut g = ClaimGraph::new();
        let (uk, ru) = two_states(&mut g)?;
        let c = g.add_claim(
            Claim::new(uk, act, Allegation::new("further measures"))
                .with_about(ru)
                .with_condition("if no credible answer is given"),
        )?;
        Ok((g, c))
    };
    for act in SpeechAct::ALL {
        let (g, c) = build(*act)?;
        if act.takes_condition() {
            silent(&g, lint);
        } else {
            let d = fires(&g, lint, c);
            assert!(d.message().contains(act.name()), "{}", d.message());
        }
    }
    Ok(())
}

#[test]
fn misplaced_deadline_both_ways() -> R {
    let lint = &lints::MISPLACED_DEADLINE;
    let build = |act: SpeechAct, deadline: bool| -> Result<_, Error> {
        let mut g = ClaimGraph::new();
        let (uk, ru) = two_states(&mut g)?;
        let c = Claim::new(uk, act, Allegation::new("explain")).with_about(ru);
        let c = if deadline {
            c.with_deadline(date("2018-03-13"))
        } else {
            c.with_resolution(Resolution::new(Outcome::Met))
        };
        let id = g.add_claim(c)?;
        Ok((g, id))
    };
    for deadline in [true, false] {
        silent(&build(SpeechAct::Demand, deadline)?.0, lint);
        let (g, c) = build(SpeechAct::Threat, deadline)?;
        let d = fires(&g, lint, c);
        let what = if deadline {
            "a deadline"
        } else {
            "a resolution"
        };
        assert!(d.message().contains(what), "{}", d.message());
    }
    Ok(())
}

#[test]
fn repeated_speaker_both_ways() -> R {
    let lint = &lints::REPEATED_SPEAKER;
    let mut g = ClaimGraph::new();
    let (nl, ru) = two_states(&mut g)?;
    let au = g.add_actor(Actor::new("Australia", ActorKind::State))?;
    let joint = g.add_claim(accusation(nl, ru).with_joint(au))?;
    let r = g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, joint).with_joint(nl))?;
    silent(&g, lint);
    let c = g.add_claim(accusation(nl, ru).with_joint(au).with_joint(nl))?;
    assert_eq!(fires(&g, lint, c).related(), [EntityId::from(nl)]);
    let again = g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c).with_joint(ru))?;
    fires(&g, lint, again);
    assert!(findings(&g, lint).iter().all(|d| d.primary() != r.into()));
    Ok(())
}

#[test]
fn identified_anonymous_both_ways() -> R {
    let lint = &lints::IDENTIFIED_ANONYMOUS;
    let mut g = ClaimGraph::new();
    g.add_actor(Actor::new("an EU spokesperson", ActorKind::Person).with_anonymous())?;
    // A CAMEO actor code names a kind of actor, not who it is.
    g.add_actor(
        Actor::new("a Russian official", ActorKind::Person)
            .with_anonymous()
            .with_cameo(CameoActorCode::parse("RUSGOV")?),
    )?;
    g.add_actor(Actor::new("Finland", ActorKind::State).with_iso3("FIN".parse()?))?;
    silent(&g, lint);
    let a = g.add_actor(
        Actor::new("a source close to the Kremlin", ActorKind::Person)
            .with_anonymous()
            .with_iso3("RUS".parse()?),
    )?;
    let d = fires(&g, lint, a);
    assert!(d.message().contains("country code RUS"), "{}", d.message());
    let b = g.add_actor(
        Actor::new("an official", ActorKind::Person)
            .with_anonymous()
            .with_wikidata("Q458".parse()?),
    )?;
    fires(&g, lint, b);
    Ok(())
}

// ---- registry, configuration, output --------------------------------------------------------

#[test]
fn every_lint_has_a_unique_code_and_name_and_a_full_explanation() {
    let mut codes: Vec<&str> = LINTS.iter().map(|l| l.code()).collect();
    let mut names: Vec<&str> = LINTS.iter().map(|l| l.name()).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]), "codes in order");
    codes.dedup();
    names.sort_unstable();
    names.dedup();
    assert_eq!(codes.len(), LINTS.len());
    assert_eq!(names.len(), LINTS.len());
    for (i, lint) in LINTS.iter().enumerate() {
        assert_eq!(lint.code(), format!("CG{:04}", i + 1));
        for section in [
            "### What it finds",
            "### Why it matters",
            "### Example",
            "### Fix",
        ] {
            assert!(
                lint.explanation().contains(section),
                "{} lacks {section}",
                lint.name()
            );
        }
        assert!(
            lint.explanation()
                .contains(&format!("lints::{}", lint.name().to_uppercase()))
        );
        assert_eq!(Lint::find(lint.name()), Some(*lint));
        assert_eq!(Lint::find(lint.code()), Some(*lint));
    }
}

/// The table of lints in the docs lists every lint of the registry, with its code, name,
/// default level and summary, in code order.
#[test]
fn the_lint_table_in_the_docs_lists_every_lint() {
    let table = include_str!("../docs/lints.md");
    let rows: Vec<&str> = table.lines().filter(|l| l.starts_with("| CG")).collect();
    assert_eq!(
        rows.len(),
        LINTS.len(),
        "docs/lints.md lists another set of lints"
    );
    for (row, lint) in rows.iter().zip(LINTS) {
        let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
        assert_eq!(cells[0], lint.code(), "{row}");
        assert_eq!(cells[1], format!("`{}`", lint.name()), "{row}");
        assert_eq!(cells[3], lint.default_level().to_string(), "{row}");
        assert_eq!(cells[4], lint.summary(), "{row}");
    }
}

fn messy() -> Result<ClaimGraph, Error> {
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    g.add_actor(Actor::new("finland", ActorKind::Government))?;
    let c = g.add_claim(accusation(fi, fi))?;
    g.add_claim(accusation(fi, fi))?;
    g.add_rebuttal(Rebuttal::new(fi, RebuttalKind::Denial, c))?;
    g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c))?;
    g.add_event(Event::new("e"))?;
    Ok(g)
}

#[test]
fn the_order_is_by_code_then_primary_and_deterministic() -> R {
    let g = messy()?;
    let report = g.check(&Config::default());
    let keys: Vec<(&str, EntityId)> = report
        .iter()
        .map(|d| (d.lint().code(), d.primary()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(g.check(&Config::default()), report);
    assert_eq!(
        g.clone().check(&Config::default()).to_string(),
        report.to_string()
    );
    Ok(())
}

#[test]
fn levels_change_severity_and_allow_silences() -> R {
    let g = messy()?;
    let deny = Config::default().try_level("self_accusation", Level::Deny)?;
    let report = g.check(&deny);
    assert!(report.has_errors());
    assert!(
        report
            .iter()
            .filter(|d| d.lint() == &lints::SELF_ACCUSATION)
            .all(|d| d.severity() == Severity::Error)
    );
    let allow = Config::default().try_level("CG0008", Level::Allow)?;
    assert!(
        !g.check(&allow)
            .iter()
            .any(|d| d.lint() == &lints::SELF_ACCUSATION)
    );
    assert_eq!(
        Config::default()
            .try_level("nope", Level::Warn)
            .unwrap_err()
            .given(),
        "nope"
    );
    let quiet = Config::default()
        .category(Category::Data, Level::Allow)
        .category(Category::Logic, Level::Allow)
        .category(Category::Time, Level::Allow);
    assert!(g.check(&quiet).is_empty());
    Ok(())
}

#[test]
fn possible_findings_are_demoted_kept_or_omitted() -> R {
    let (g, _, _) = answered_on("2023-11", "2023-11-20")?;
    let lint = &lints::REBUTTAL_BEFORE_STATEMENT;
    let deny = Config::default().level(lint, Level::Deny);
    let severity = |c: Config| {
        g.check(&c)
            .iter()
            .find(|d| d.lint() == lint)
            .map(Diagnostic::severity)
    };
    assert_eq!(severity(deny.clone()), Some(Severity::Warning));
    assert_eq!(
        severity(deny.clone().possible_findings(PossibleFindings::Keep)),
        Some(Severity::Error)
    );
    assert_eq!(
        severity(deny.possible_findings(PossibleFindings::Omit)),
        None
    );
    Ok(())
}

#[test]
fn the_rendering_reads_like_rustc() -> R {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    let text = g.check(&Config::default()).to_string();
    assert_eq!(
        text,
        "warning[CG0013] unsourced_statement: C0 (assertion by Dmitry Peskov, \"x\") by A0 (Dmitry Peskov) cites no source\n  \
         = subject: C0; related: A0\n  \
         = help: add the source where the statement was made or reported\n\n\
         0 error(s), 1 warning(s), 0 info\n"
    );
    Ok(())
}

#[cfg(feature = "serde")]
#[test]
fn json_output_carries_every_field() -> R {
    let g = messy()?;
    let report = g.check(&Config::default());
    let json: serde_json::Value = serde_json::from_str(&report.to_json())?;
    let items = json["diagnostics"].as_array().unwrap();
    assert_eq!(items.len(), report.len());
    for (item, d) in items.iter().zip(report.iter()) {
        assert_eq!(item["code"], d.lint().code());
        assert_eq!(item["name"], d.lint().name());
        assert_eq!(item["severity"], d.severity().name());
        assert_eq!(item["certainty"], d.certainty().name());
        assert_eq!(item["message"], d.message());
        assert_eq!(item["primary"], d.primary().to_string());
        assert_eq!(item["related"].as_array().unwrap().len(), d.related().len());
        assert_eq!(item["help"], d.help());
    }
    assert_eq!(json["summary"]["warnings"], report.count(Severity::Warning));
    Ok(())
}

/// The keys of a pretty-printed JSON document in the order they are written, with their
/// depth (one level per two spaces of indent).
#[cfg(feature = "serde")]
fn keys_in_order(json: &str) -> Vec<(usize, &str)> {
    json.lines()
        .filter_map(|line| {
            let text = line.trim_start();
            let depth = (line.len() - text.len()) / 2;
            let key = text.strip_prefix('"')?.split_once("\": ")?.0;
            Some((depth, key))
        })
        .collect()
}

#[cfg(feature = "serde")]
#[test]
fn json_keys_come_in_the_order_to_json_documents() -> R {
    let g = messy()?;
    let report = g.check(&Config::default());
    assert!(report.len() > 2);
    let json = report.to_json();
    let keys = keys_in_order(&json);
    let at = |depth| -> Vec<&str> { keys.iter().filter(|k| k.0 == depth).map(|k| k.1).collect() };
    assert_eq!(at(1), ["summary", "diagnostics"]);
    assert_eq!(at(2), ["errors", "warnings", "info"]);
    let item = [
        "code",
        "name",
        "category",
        "severity",
        "certainty",
        "message",
        "primary",
        "related",
        "help",
    ];
    let items = at(3);
    assert_eq!(items.len(), item.len() * report.len());
    for chunk in items.chunks(item.len()) {
        assert_eq!(chunk, item);
    }
    Ok(())
}

#[test]
fn a_million_long_rebuttal_chain_is_checked_without_recursion() -> R {
    let mut g = ClaimGraph::new();
    let (fi, ru) = two_states(&mut g)?;
    let c = g.add_claim(accusation(fi, ru))?;
    let mut last: StatementId = c.into();
    let mut first = None;
    for i in 0..1_000_000u32 {
        let by = if i % 2 == 0 { ru } else { fi };
        let r = g.add_rebuttal(Rebuttal::new(by, RebuttalKind::Denial, last))?;
        first.get_or_insert(r);
        last = r.into();
    }
    // Close the chain into one cycle of a million rebuttals.
    let first = first.unwrap();
    g.replace_rebuttal(
        first,
        Rebuttal::new(ru, RebuttalKind::Denial, c).answering(last),
    )?;
    let report = g.check(&Config::default().try_level("unsourced_statement", Level::Allow)?);
    let cycle = report
        .iter()
        .find(|d| d.lint() == &lints::REBUTTAL_CYCLE)
        .unwrap();
    assert_eq!(cycle.related().len(), 999_999);
    assert!(
        cycle.message().contains("999995 more"),
        "{}",
        cycle.message()
    );
    Ok(())
}

#[test]
fn many_small_relation_cycles_are_found_in_linear_time() -> R {
    let mut g = ClaimGraph::new();
    let dated = Interval::from_date(date("2020"));
    for i in 0..10_000 {
        let a = g.add_actor(Actor::new(format!("a{i}"), ActorKind::Person))?;
        let b = g.add_actor(Actor::new(format!("b{i}"), ActorKind::Person))?;
        g.add_relation(Relation::new(a, RelationKind::PartOf, b).with_valid(dated))?;
        g.add_relation(Relation::new(b, RelationKind::PartOf, a).with_valid(dated))?;
    }
    let found = findings(&g, &lints::RELATION_CYCLE);
    assert_eq!(found.len(), 10_000);
    assert!(found.iter().all(|d| d.certainty() == Certainty::Possible));
    Ok(())
}

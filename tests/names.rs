//! Every named enum reads and prints one word per value: `name`, `Display`, `FromStr` and,
//! where the enum has serde, its serde name all agree.

use claimgraph::argumentation::{Acceptance, ArgumentStatus, Label, Semantics};
use claimgraph::check::{Category, Level, Severity};
use claimgraph::dispute::{Denials, Dismissals};
use claimgraph::query::{Affiliates, Attribution, Unanswered};
use claimgraph::*;
use std::fmt::{Debug, Display};
use std::str::FromStr;

/// Checks one enum's names; returns them for further checks.
fn round_trip<T>(all: &[T], name: fn(T) -> &'static str) -> Vec<&'static str>
where
    T: Copy + Debug + PartialEq + Display + FromStr<Err = ParseNameError>,
{
    assert!(!all.is_empty());
    let mut names = Vec::new();
    for &value in all {
        let n = name(value);
        assert_eq!(value.to_string(), n, "{value:?}: Display is the name");
        assert_eq!(n.parse::<T>(), Ok(value), "{value:?}: the name reads back");
        names.push(n);
    }
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "names are distinct: {names:?}");
    // Something that is no name is refused, and the error lists the names.
    let err = "no such name".parse::<T>().unwrap_err();
    assert_eq!(err.input(), "no such name");
    assert_eq!(err.expected(), names.as_slice());
    assert!(
        err.to_string().starts_with("`no such name` is not "),
        "{err}"
    );
    names
}

fn is_snake_case(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
        && !s.starts_with('_')
        && !s.ends_with('_')
        && !s.contains("__")
}

#[test]
fn every_named_enum_round_trips_and_names_are_snake_case() {
    let all = [
        round_trip(ActorKind::ALL, ActorKind::name),
        round_trip(RelationKind::ALL, RelationKind::name),
        round_trip(SpeechAct::ALL, SpeechAct::name),
        round_trip(RebuttalKind::ALL, RebuttalKind::name),
        round_trip(SourceKind::ALL, SourceKind::name),
        round_trip(Role::ALL, Role::name),
        round_trip(EntityKind::ALL, EntityKind::name),
        round_trip(Removal::ALL, Removal::name),
        round_trip(Precision::ALL, Precision::name),
        round_trip(TimeOrder::ALL, TimeOrder::name),
        round_trip(Certainty::ALL, Certainty::name),
        round_trip(Semantics::ALL, Semantics::name),
        round_trip(Acceptance::ALL, Acceptance::name),
        round_trip(ArgumentStatus::ALL, ArgumentStatus::name),
        round_trip(Dismissals::ALL, Dismissals::name),
        round_trip(Denials::ALL, Denials::name),
        round_trip(Attribution::ALL, Attribution::name),
        round_trip(Affiliates::ALL, Affiliates::name),
        round_trip(Unanswered::ALL, Unanswered::name),
        round_trip(Category::ALL, Category::name),
        round_trip(Level::ALL, Level::name),
        round_trip(Severity::ALL, Severity::name),
        round_trip(
            claimgraph::argumentation::Format::ALL,
            claimgraph::argumentation::Format::name,
        ),
    ];
    for names in all {
        for n in names {
            assert!(is_snake_case(n), "`{n}` is not snake_case");
        }
    }
    // The one exception: labels are the literature's capitals.
    assert_eq!(round_trip(Label::ALL, Label::name), ["IN", "OUT", "UNDEC"]);
}

#[test]
fn all_lists_every_variant_once_in_declaration_order() {
    // `Ord` follows declaration order where it is derived.
    for w in ActorKind::ALL.windows(2) {
        assert!(w[0] < w[1]);
    }
    for w in EntityKind::ALL.windows(2) {
        assert!(w[0] < w[1]);
    }
    for w in Semantics::ALL.windows(2) {
        assert!(w[0] < w[1]);
    }
    assert_eq!(EntityKind::ALL.len(), 7);
    assert_eq!(Semantics::ALL.len(), 7);
}

#[test]
fn semantics_read_iccma_codes_in_any_case_but_names_exactly() {
    for &s in Semantics::ALL {
        assert_eq!(s.iccma().parse::<Semantics>(), Ok(s));
        assert_eq!(s.iccma().to_lowercase().parse::<Semantics>(), Ok(s));
    }
    assert!("Grounded".parse::<Semantics>().is_err());
    let err = "XX".parse::<Semantics>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "`XX` is not a semantics (expected grounded, complete, preferred, stable, semi_stable, \
         stage or ideal; or GR, CO, PR, ST, SST, STG or ID)"
    );
}

#[test]
fn names_are_matched_exactly_like_serde() {
    assert!("Accusation".parse::<SpeechAct>().is_err());
    assert!(" accusation".parse::<SpeechAct>().is_err());
    assert!("counter-accusation".parse::<RebuttalKind>().is_err());
    let err = "x".parse::<ActorKind>().unwrap_err();
    assert_eq!(err.what(), "actor kind");
    assert!(
        err.to_string()
            .starts_with("`x` is not an actor kind (expected state, ")
    );
}

#[test]
fn parse_errors_convert_into_the_crate_error() {
    fn build() -> Result<ClaimGraph, Error> {
        let mut g = ClaimGraph::new();
        let kind: ActorKind = "state".parse()?;
        let a = g.add_actor(Actor::new("A", kind).with_iso3("FIN".parse()?))?;
        let act: SpeechAct = "assertion".parse()?;
        g.add_claim(
            Claim::new(a, act, Allegation::new("x").with_category("112".parse()?))
                .with_stated("2023-11".parse()?),
        )?;
        let _: ClaimId = "C0".parse()?;
        Ok(g)
    }
    assert_eq!(build().unwrap().claim_count(), 1);

    let name: Result<SpeechAct, Error> = "rumour".parse::<SpeechAct>().map_err(Error::from);
    assert!(matches!(name, Err(Error::Name(ref e)) if e.input() == "rumour"));
    let code: Result<CameoCode, Error> = "13y".parse::<CameoCode>().map_err(Error::from);
    assert!(matches!(code, Err(Error::Code(ref e)) if e.kind() == codes::CodeKind::CameoEvent));
    let date: Result<PartialDate, Error> = "2023-02-30".parse::<PartialDate>().map_err(Error::from);
    assert!(matches!(
        date,
        Err(Error::Date(TimeError::NoSuchDay { day: 30, .. }))
    ));
    let id: Result<ClaimId, Error> = "R1".parse::<ClaimId>().map_err(Error::from);
    assert!(matches!(id, Err(Error::Id(ref e)) if e.expected() == [EntityKind::Claim]));
    // The message is the inner error's.
    assert_eq!(
        id.unwrap_err().to_string(),
        "`R1` is not a claim id",
        "transparent"
    );
}

#[cfg(feature = "serde")]
mod serde_names {
    use super::*;
    use serde::{Serialize, de::DeserializeOwned};

    fn serde_name_is_name<T>(all: &[T], name: fn(T) -> &'static str)
    where
        T: Copy + Debug + PartialEq + Serialize + DeserializeOwned,
    {
        for &value in all {
            let json = serde_json::to_string(&value).unwrap();
            assert_eq!(json, format!("\"{}\"", name(value)), "{value:?}");
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
        }
    }

    #[test]
    fn serde_names_equal_the_names() {
        serde_name_is_name(ActorKind::ALL, ActorKind::name);
        serde_name_is_name(RelationKind::ALL, RelationKind::name);
        serde_name_is_name(SpeechAct::ALL, SpeechAct::name);
        serde_name_is_name(RebuttalKind::ALL, RebuttalKind::name);
        serde_name_is_name(SourceKind::ALL, SourceKind::name);
        serde_name_is_name(Role::ALL, Role::name);
    }
}

/// Finding actors by name, against a scan of every actor, through adds, get-or-inserts,
/// replacements and removals.
mod actor_names {
    use super::*;
    use proptest::prelude::*;

    const NAMES: [&str; 9] = [
        "Russia", "russia ", " RUSSIA", "Moscow", "mos  cow", "Finland", "", "  ", "Kremlin",
    ];
    const KINDS: [ActorKind; 2] = [ActorKind::State, ActorKind::Government];

    #[derive(Clone, Debug)]
    enum Op {
        Add {
            name: usize,
            alias: Option<usize>,
            kind: usize,
        },
        OrInsert {
            name: usize,
            kind: usize,
        },
        Replace {
            actor: usize,
            name: usize,
            alias: Option<usize>,
            kind: usize,
        },
        Relate {
            from: usize,
            to: usize,
        },
        Remove {
            actor: usize,
            cascade: bool,
        },
    }

    fn op() -> impl Strategy<Value = Op> {
        let n = 0..NAMES.len();
        let k = 0..KINDS.len();
        prop_oneof![
            (n.clone(), proptest::option::of(n.clone()), k.clone())
                .prop_map(|(name, alias, kind)| Op::Add { name, alias, kind }),
            (n.clone(), k.clone()).prop_map(|(name, kind)| Op::OrInsert { name, kind }),
            (0..16usize, n.clone(), proptest::option::of(n), k).prop_map(
                |(actor, name, alias, kind)| Op::Replace {
                    actor,
                    name,
                    alias,
                    kind
                }
            ),
            (0..16usize, 0..16usize).prop_map(|(from, to)| Op::Relate { from, to }),
            (0..16usize, any::<bool>()).prop_map(|(actor, cascade)| Op::Remove { actor, cascade }),
        ]
    }

    fn actor(name: usize, alias: Option<usize>, kind: usize) -> Actor {
        let a = Actor::new(NAMES[name], KINDS[kind]);
        match alias {
            Some(i) => a.with_alias(NAMES[i]),
            None => a,
        }
    }

    fn naive(g: &ClaimGraph, name: &str) -> Vec<ActorId> {
        g.actors()
            .filter(|(_, a)| a.is_named(name))
            .map(|(id, _)| id)
            .collect()
    }

    fn nth_actor(g: &ClaimGraph, i: usize) -> Option<ActorId> {
        let ids: Vec<ActorId> = g.actors().map(|(id, _)| id).collect();
        (!ids.is_empty()).then(|| ids[i % ids.len()])
    }

    fn apply(g: &mut ClaimGraph, op: &Op) -> Result<(), TestCaseError> {
        match *op {
            Op::Add { name, alias, kind } => {
                let before = format!("{g:?}");
                if g.add_actor(actor(name, alias, kind)).is_err() {
                    prop_assert!(NAMES[name].trim().is_empty());
                    prop_assert_eq!(format!("{g:?}"), before);
                }
            }
            Op::OrInsert { name, kind } => {
                let before = format!("{g:?}");
                let next = ActorId::new(g.next_id(EntityKind::Actor));
                let existing = g
                    .actors()
                    .find(|(_, a)| a.kind() == KINDS[kind] && a.is_named(NAMES[name]))
                    .map(|(id, _)| id);
                match g.actor_or_insert(Actor::new(NAMES[name], KINDS[kind])) {
                    Ok(id) => {
                        prop_assert_eq!(id, existing.unwrap_or(next));
                        if existing.is_some() {
                            prop_assert_eq!(format!("{g:?}"), before);
                        }
                    }
                    Err(e) => {
                        let empty = matches!(e, Error::Empty { .. });
                        prop_assert!(empty, "{}", e);
                        prop_assert_eq!(format!("{g:?}"), before);
                    }
                }
            }
            Op::Replace {
                actor: i,
                name,
                alias,
                kind,
            } => {
                if let Some(id) = nth_actor(g, i) {
                    let before = format!("{g:?}");
                    if g.replace_actor(id, actor(name, alias, kind)).is_err() {
                        prop_assert_eq!(format!("{g:?}"), before);
                    }
                }
            }
            Op::Relate { from, to } => {
                if let (Some(a), Some(b)) = (nth_actor(g, from), nth_actor(g, to)) {
                    let _ = g.add_relation(Relation::new(a, RelationKind::AllyOf, b));
                }
            }
            Op::Remove { actor: i, cascade } => {
                if let Some(id) = nth_actor(g, i) {
                    let how = if cascade {
                        Removal::Cascade
                    } else {
                        Removal::Refuse
                    };
                    let _ = g.remove(id, how);
                }
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn actors_named_agrees_with_a_scan(ops in proptest::collection::vec(op(), 0..40)) {
            let mut g = ClaimGraph::new();
            for op in &ops {
                apply(&mut g, op)?;
                for name in NAMES {
                    let found: Vec<ActorId> = g.actors_named(name).map(|(id, _)| id).collect();
                    prop_assert_eq!(found, naive(&g, name), "{} after {:?}", name, op);
                }
            }
        }
    }

    #[test]
    fn the_index_survives_compaction_and_loading() {
        let mut g = ClaimGraph::new();
        let ids: Vec<ActorId> = (0..10)
            .map(|i| {
                g.add_actor(Actor::new(format!("actor {i}"), ActorKind::State))
                    .unwrap()
            })
            .collect();
        // Enough replacements with new references to compact the graph more than once.
        let target = g.add_actor(Actor::new("target", ActorKind::State)).unwrap();
        for round in 0..3000 {
            let name = if round % 2 == 0 { "Even" } else { "Odd" };
            g.replace_actor(ids[0], Actor::new(name, ActorKind::State))
                .unwrap();
            let r = g
                .add_relation(Relation::new(ids[1], RelationKind::AllyOf, target))
                .unwrap();
            g.remove(r, Removal::Refuse).unwrap();
        }
        assert_eq!(naive(&g, "odd"), [ids[0]]);
        assert_eq!(
            g.actors_named("odd").map(|(id, _)| id).collect::<Vec<_>>(),
            [ids[0]]
        );
        assert_eq!(g.actors_named("even").count(), 0);
        assert_eq!(
            g.actors_named("ACTOR 9")
                .map(|(id, _)| id)
                .collect::<Vec<_>>(),
            [ids[9]]
        );
        #[cfg(feature = "serde")]
        {
            let loaded = ClaimGraph::from_json(&g.to_json()).unwrap();
            assert_eq!(
                loaded
                    .actors_named("Odd")
                    .map(|(id, _)| id)
                    .collect::<Vec<_>>(),
                [ids[0]]
            );
            assert_eq!(format!("{loaded:?}"), format!("{g:?}"));
        }
    }
}

#[test]
fn debug_shows_one_line_an_entity_in_id_order() {
    let mut g = ClaimGraph::new();
    assert_eq!(format!("{g:?}"), "ClaimGraph {}");
    let fi = g
        .add_actor(Actor::new("Finland", ActorKind::State).with_iso3("FIN".parse().unwrap()))
        .unwrap();
    let nato = g
        .add_actor(Actor::new("NATO", ActorKind::Alliance))
        .unwrap();
    let article = g
        .add_source(Source::new(
            SourceKind::Article,
            "Kremlin rejects \"far-fetched\"\nclaims",
        ))
        .unwrap();
    let remarks = g
        .add_source(
            Source::new(SourceKind::Remarks, "remarks")
                .with_speaker(nato)
                .with_reported_in(article),
        )
        .unwrap();
    g.add_relation(
        Relation::new(fi, RelationKind::MemberOf, nato)
            .with_valid(Interval::from_date("2023-04".parse().unwrap()))
            .with_source(remarks),
    )
    .unwrap();
    let e = g
        .add_event(
            Event::new("Finland joins NATO")
                .with_date("2023-04".parse().unwrap())
                .with_participant(fi, Role::Initiator),
        )
        .unwrap();
    let c0 = g
        .add_claim(
            Claim::new(fi, SpeechAct::Assertion, Allegation::new("x".repeat(50))).with_event(e),
        )
        .unwrap();
    let c1 = g
        .add_claim(Claim::new(nato, SpeechAct::Assertion, Allegation::new("y")))
        .unwrap();
    g.add_support(Support::new(c1, c0).with_text("as evidence"))
        .unwrap();
    let shown = format!("{g:?}");
    let expected = format!(
        "ClaimGraph {{
    A0 state \"Finland\" iso3 FIN
    A1 alliance \"NATO\"
    L0 A0 member_of A1 valid 2023-04.. sources S1
    C0 A0 assertion \"{}…\" events E0
    C1 A1 assertion \"y\"
    E0 event \"Finland joins NATO\" date 2023-04 participants A0 initiator
    S0 article \"Kremlin rejects \\\"far-fetched\\\"\\nclaims\"
    S1 remarks \"remarks\" speaker A1 reported_in S0
    P0 C1 supports C0 \"as evidence\"
}}",
        "x".repeat(40)
    );
    assert_eq!(shown, expected);
    // Every entity is one line, whatever its text holds; and printing is deterministic.
    assert_eq!(shown.lines().count(), 2 + 9);
    assert_eq!(format!("{:?}", g.clone()), shown);
    assert_eq!(format!("{g:#?}"), shown);
}

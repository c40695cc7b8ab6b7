//! Every named enum reads and prints one word per value: `name`, `Display`, `FromStr` and,
//! where the enum has serde, its serde name all agree.

use claimgraph::argumentation::{Acceptance, ArgumentStatus, Label, Semantics};
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

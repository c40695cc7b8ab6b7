//! STIX 2.1: round trips of generated graphs, the real bundles of `../shared/data/stix`, and
//! hostile input. The bundles written are checked by the OASIS validator in `.ci/stix.sh`,
//! which sets `CLAIMGRAPH_STIX_OUT` so that `generated_bundles_for_the_validator` leaves its
//! bundles there.
#![cfg(all(feature = "serde", feature = "proptest"))]

#[path = "common/proptest_config.rs"]
mod proptest_config;

#[path = "common/data.rs"]
mod data;

use claimgraph::io::stix::{EXTENSION_ID, FindingKind, Writer};
use claimgraph::io::{ImportErrorKind, Limits};
use claimgraph::strategies::{Richness, graphs};
use claimgraph::{ClaimGraph, EntityKind, RebuttalKind, SpeechAct};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_json::Value;
use std::collections::BTreeSet;

fn scenario() -> ClaimGraph {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/scenarios/finland-russia-2023.json"
    ))
    .unwrap();
    ClaimGraph::from_json(&text).unwrap()
}

fn objects(bundle: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(bundle).unwrap();
    v["objects"].as_array().unwrap().clone()
}

proptest! {
    #![proptest_config(proptest_config::cases(64))]

    /// Every claim, rebuttal, actor and date (and everything else) comes back, ids included,
    /// with nothing reported; and the same graph writes the same bundle.
    #[test]
    fn a_round_trip_keeps_the_graph(g in graphs().richness(Richness::Rich)) {
        let bundle = g.to_stix();
        prop_assert_eq!(&bundle, &g.to_stix());
        let back = ClaimGraph::from_stix(&bundle).unwrap();
        prop_assert_eq!(back.report().total(), 0, "{}", back.report());
        prop_assert_eq!(back.graph(), &g);
    }

    /// Every reference inside a written bundle names an object of the bundle, and every id is
    /// unique.
    #[test]
    fn written_references_resolve(g in graphs()) {
        let objects = objects(&g.to_stix());
        let ids: BTreeSet<&str> = objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
        prop_assert_eq!(ids.len(), objects.len());
        for o in &objects {
            for key in ["created_by_ref", "source_ref", "target_ref"] {
                if let Some(r) = o.get(key) {
                    prop_assert!(ids.contains(r.as_str().unwrap()), "{key} {r}");
                }
            }
            for r in o.get("object_refs").and_then(Value::as_array).into_iter().flatten() {
                prop_assert!(ids.contains(r.as_str().unwrap()), "object_refs {r}");
            }
        }
    }
}

#[test]
fn the_scenario_maps_to_attributions_opinions_and_reports() {
    let g = scenario();
    let objects = objects(&g.to_stix());
    let of = |ty: &str| objects.iter().filter(|o| o["type"] == ty).count();
    let accusations: usize = g
        .claims()
        .filter(|(_, c)| c.act() == SpeechAct::Accusation && !c.about().is_empty())
        .map(|(_, c)| c.about().len())
        .sum();
    assert!(accusations > 0);
    let attributions = objects
        .iter()
        .filter(|o| o["relationship_type"] == "attributed-to")
        .count();
    assert_eq!(attributions, accusations);
    assert_eq!(of("opinion"), g.rebuttal_count());
    assert_eq!(of("report"), g.count(EntityKind::Source));
    assert_eq!(of("incident"), g.count(EntityKind::Event));
    // Actors, plus the identity standing for claimgraph.
    assert_eq!(of("identity"), g.actor_count() + 1);
    assert_eq!(of("extension-definition"), 1);
    // Every attribution keeps the statement and names the accuser.
    for o in objects
        .iter()
        .filter(|o| o["relationship_type"] == "attributed-to")
    {
        assert!(!o["description"].as_str().unwrap().is_empty());
        assert!(
            o["created_by_ref"]
                .as_str()
                .unwrap()
                .starts_with("identity--")
        );
    }
    // Every object but the definition carries the one extension, and no `x_` property.
    for o in &objects {
        let map = o.as_object().unwrap();
        assert!(!map.keys().any(|k| k.starts_with("x_")), "{o}");
        if o["type"] != "extension-definition" {
            assert!(o["extensions"][EXTENSION_ID].is_object(), "{o}");
        }
    }
}

#[test]
fn a_stix_tool_that_renames_an_actor_is_heard() {
    let g = scenario();
    let renamed = g.to_stix().replace(
        "\"name\": \"Dmitry Peskov\"",
        "\"name\": \"Dmitrii Peskov\"",
    );
    let back = ClaimGraph::from_stix(&renamed).unwrap();
    assert!(
        back.graph()
            .actors()
            .any(|(_, a)| a.name() == "Dmitrii Peskov")
    );
    assert_ne!(back.graph(), &g);
}

#[test]
fn the_writer_creation_time_is_the_only_clock() {
    let g = scenario();
    let at = "2026-02-01T12:00:00Z".parse().unwrap();
    let a = Writer::new().with_created(at).write(&g);
    assert_ne!(a, g.to_stix());
    assert!(a.contains("2026-02-01T12:00:00.000Z"));
    assert_eq!(ClaimGraph::from_stix(&a).unwrap().graph(), &g);
}

/// Writes generated bundles where `.ci/stix.sh` asks, for the OASIS validator.
#[test]
fn generated_bundles_for_the_validator() {
    let out = std::env::var_os("CLAIMGRAPH_STIX_OUT");
    let mut runner = TestRunner::deterministic();
    for i in 0..24 {
        let g = graphs()
            .richness(Richness::Rich)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let bundle = g.to_stix();
        assert_eq!(ClaimGraph::from_stix(&bundle).unwrap().graph(), &g);
        if let Some(dir) = &out {
            let path = std::path::Path::new(dir).join(format!("generated-{i:02}.json"));
            std::fs::write(path, bundle).unwrap();
        }
    }
}

fn bundle(dir: &std::path::Path, name: &str) -> claimgraph::io::stix::Import {
    let text = std::fs::read_to_string(dir.join("bundles").join(name)).unwrap();
    ClaimGraph::from_stix(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_real_bundle_reads_and_each_object_is_kept_or_named() {
    let Some(dir) = data::data_dir_of("every_real_bundle_reads", "stix") else {
        return;
    };
    let mut names: Vec<_> = std::fs::read_dir(dir.join("bundles"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e == "json")
        })
        .collect();
    names.sort();
    assert_eq!(names.len(), 11, "the README lists 11 bundles");
    for name in &names {
        let text = std::fs::read_to_string(dir.join("bundles").join(name)).unwrap();
        let import = ClaimGraph::from_stix(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let r = import.report();
        let all: Value = serde_json::from_str(&text).unwrap();
        let total = all["objects"].as_array().unwrap().len() as u64;
        assert_eq!(r.read(), total, "{name}");
        // Each object is either left with a finding naming it, or kept.
        let left: BTreeSet<&str> = r
            .findings()
            .iter()
            .filter(|f| {
                matches!(
                    f.kind(),
                    FindingKind::NotRepresented
                        | FindingKind::Duplicate
                        | FindingKind::Dangling
                        | FindingKind::Malformed
                        | FindingKind::Rejected
                )
            })
            .filter_map(|f| f.record())
            .collect();
        let added: u64 = EntityKind::ALL.iter().map(|&k| r.added(k)).sum();
        assert!(
            added + left.len() as u64 + r.count(FindingKind::Duplicate) >= total - 1,
            "{name}: {r}"
        );
        // What was read writes a bundle that reads back the same.
        let g = import.graph();
        assert_eq!(
            ClaimGraph::from_stix(&g.to_stix()).unwrap().graph(),
            g,
            "{name}"
        );
    }
}

#[test]
fn the_branistan_scenario_gives_its_attributions() {
    let Some(dir) = data::data_dir_of("the_branistan_scenario", "stix") else {
        return;
    };
    let import = bundle(
        &dir,
        "oasis-defining-campaigns-threat-actors-intrusion-sets.json",
    );
    let g = import.graph();
    // Six `attributed-to` relationships, each an accusation.
    assert_eq!(g.claim_count(), 6);
    let texts: BTreeSet<&str> = g.claims().map(|(_, c)| c.allegation().text()).collect();
    assert!(
        texts
            .contains("Fake BPP (Branistan Peoples Party) is attributed to Franistan Intelligence")
    );
    assert!(texts.contains("Operation Bran Flakes is attributed to APT BPP"));
    // The campaigns are events the accusations cite.
    assert_eq!(g.count(EntityKind::Event), 2);
    assert!(g.claims().filter(|(_, c)| !c.events().is_empty()).count() >= 4);
    // `uses`, `targets`, `impersonates` and attack patterns are named as left out.
    let r = import.report();
    assert_eq!(r.count(FindingKind::NotRepresented), 12 + 2);
}

#[test]
fn apt1_accusations_cite_the_report_that_lists_them() {
    let Some(dir) = data::data_dir_of("apt1_accusations", "stix") else {
        return;
    };
    let import = bundle(&dir, "oasis-apt1.json");
    let g = import.graph();
    assert_eq!(g.claim_count(), 7);
    assert_eq!(g.count(EntityKind::Source), 1);
    for (_, c) in g.claims() {
        assert_eq!(c.sources().len(), 1, "{c:?}");
        // Neither the relationships nor the report name an author: one actor says so.
        let by = g.actor(c.claimant()).unwrap().name();
        assert_eq!(by, "(author not given in the bundle)");
    }
}

#[test]
fn opencti_test_data_keeps_the_note_and_names_the_agreeing_opinion() {
    let Some(dir) = data::data_dir_of("opencti_test_data", "stix") else {
        return;
    };
    let import = bundle(&dir, "opencti-DATA-TEST-STIX2_v2.json");
    let g = import.graph();
    assert!(g.claims().any(|(_, c)| c.act() == SpeechAct::Assertion));
    let r = import.report();
    assert!(
        r.findings()
            .iter()
            .any(|f| f.kind() == FindingKind::NotRepresented
                && f.message().contains("strongly-agree"))
    );
    // The custom `x_opencti_*` properties are named for the objects that had them.
    assert!(
        r.findings()
            .iter()
            .any(|f| f.kind() == FindingKind::Dropped && f.message().contains("x_opencti"))
    );
}

#[test]
fn a_cyclic_bundle_with_a_duplicate_id_reads() {
    let Some(dir) = data::data_dir_of("a_cyclic_bundle", "stix") else {
        return;
    };
    let import = bundle(&dir, "opencti-cyclic-bundle.json");
    assert_eq!(import.report().count(FindingKind::Duplicate), 1);
}

#[test]
fn opinions_answer_in_order_whatever_the_file_order() {
    let b = r#"{"type": "bundle", "id": "bundle--0", "objects": [
      {"type": "opinion", "id": "opinion--2", "opinion": "disagree", "object_refs": ["opinion--1"],
       "authors": ["B"], "explanation": "no"},
      {"type": "opinion", "id": "opinion--1", "opinion": "strongly-disagree", "object_refs": ["note--1"],
       "authors": ["A"]},
      {"type": "note", "id": "note--1", "content": "it happened", "object_refs": ["identity--1"],
       "created_by_ref": "identity--1"},
      {"type": "identity", "id": "identity--1", "name": "C", "identity_class": "organization"}]}"#;
    let import = ClaimGraph::from_stix(b).unwrap();
    let g = import.graph();
    assert_eq!(g.rebuttal_count(), 2, "{}", import.report());
    let kinds: Vec<RebuttalKind> = g.rebuttals().map(|(_, r)| r.kind()).collect();
    assert_eq!(kinds, [RebuttalKind::Denial, RebuttalKind::Dismissal]);
}

#[test]
fn bad_bundles_are_errors_or_findings_never_panics() {
    let err = |s: &str| ClaimGraph::from_stix(s).unwrap_err();
    assert_eq!(err("[1]").kind(), ImportErrorKind::Structure);
    assert_eq!(err("{\"type\": \"bundle\"}").position().path(), "objects");
    assert_eq!(
        err("{\"type\": \"bundle\", \"objects\": [").kind(),
        ImportErrorKind::Syntax
    );
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert_eq!(err(&deep).kind(), ImportErrorKind::TooLarge);
    let limits = Limits::default().with_max_records(2);
    let three = r#"{"type": "bundle", "objects": [1, 2, 3]}"#;
    let e = ClaimGraph::from_stix_reader(three.as_bytes(), &limits).unwrap_err();
    assert_eq!(e.kind(), ImportErrorKind::TooLarge);
    // Malformed objects, dangling references, an edited extension: findings.
    let b = format!(
        r#"{{"type": "bundle", "objects": [3, {{"type": "identity"}},
          {{"type": "relationship", "id": "relationship--1", "relationship_type": "attributed-to",
            "source_ref": "campaign--9", "target_ref": "identity--9"}},
          {{"type": "identity", "id": "identity--2", "name": "X",
            "extensions": {{"{EXTENSION_ID}": {{"id": "A0", "entity": {{"kind": "nonsense"}}}}}}}}]}}"#
    );
    let import = ClaimGraph::from_stix(&b).unwrap();
    let r = import.report();
    assert_eq!(r.count(FindingKind::Malformed), 2);
    assert_eq!(r.count(FindingKind::Dangling), 1);
    assert_eq!(r.count(FindingKind::Extension), 1);
    // The identity whose extension failed is still read as plain STIX.
    assert_eq!(import.graph().actor_count(), 1);
}

proptest! {
    #![proptest_config(proptest_config::cases(64))]

    /// Cutting or corrupting a written bundle gives an error or a report, never a panic.
    #[test]
    fn mutated_bundles_never_panic(cut in 0usize..4000, flip in 0usize..4000, byte in any::<u8>()) {
        let text = scenario().to_stix();
        let mut bytes = text.into_bytes();
        let f = flip % bytes.len();
        bytes[f] = byte;
        bytes.truncate(bytes.len() - cut.min(bytes.len()));
        let _ = ClaimGraph::from_stix_reader(&bytes[..], &Limits::default());
    }
}

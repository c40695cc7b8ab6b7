//! The document format's JSON Schema and the documents the project ships.
//!
//! - The committed schema is what the types generate (feature `schema`).
//! - Every document in the repository (version 1 ones included) loads, is written as version
//!   2, and reads back equal.
//! - With `CLAIMGRAPH_SCHEMA_OUT=DIR`, the version 2 text of every shipped document and of
//!   generated graphs (feature `proptest`) is written to DIR, where `.ci/schema.sh` validates
//!   it against the schema with Python's `jsonschema` (a Rust validator would add a heavy
//!   dev-dependency for the same check).
#![cfg(feature = "serde")]

use claimgraph::ClaimGraph;
use std::path::{Path, PathBuf};

/// Where the repository keeps the schema.
#[cfg(feature = "schema")]
const COMMITTED: &str = "schema/claimgraph.schema.json";

/// The generated schema as the repository keeps it: pretty-printed, one newline at the end.
#[cfg(feature = "schema")]
fn generated() -> String {
    let mut text = serde_json::to_string_pretty(&claimgraph::document::json_schema()).unwrap();
    text.push('\n');
    text
}

#[cfg(feature = "schema")]
#[test]
fn committed_schema_is_what_the_types_generate() {
    let path = root().join(COMMITTED);
    let now = generated();
    if std::env::var_os("CLAIMGRAPH_BLESS").is_some() {
        std::fs::write(&path, &now).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == now,
        "{COMMITTED} differs from what the types generate; regenerate it with\n    \
         CLAIMGRAPH_BLESS=1 cargo test --features schema --test schema\nand commit it"
    );
}

#[cfg(feature = "schema")]
#[test]
fn schema_names_every_field_the_writer_writes() {
    // Every field the reference scenario is written with is a property of its definition.
    let schema = claimgraph::document::json_schema();
    let doc: serde_json::Value = serde_json::from_str(&scenario_v2()).unwrap();
    for (section, definition) in [
        ("actors", "Actor"),
        ("sources", "Source"),
        ("events", "Event"),
        ("claims", "Claim"),
        ("rebuttals", "Rebuttal"),
    ] {
        let properties = schema["$defs"][definition]["properties"]
            .as_object()
            .unwrap();
        for entity in doc[section].as_object().unwrap().values() {
            for field in entity.as_object().unwrap().keys() {
                assert!(properties.contains_key(field), "{definition}.{field}");
            }
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every claimgraph document in the repository: `examples/scenarios/*.json` and any `*.json`
/// under `tests/` whose `format` is `claimgraph`.
fn shipped() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![root().join("examples/scenarios"), root().join("tests")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json")
                && std::fs::read_to_string(&path)
                    .is_ok_and(|t| t.contains("\"format\": \"claimgraph\""))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn scenario_v2() -> String {
    let text = std::fs::read_to_string(root().join("examples/scenarios/finland-russia-2023.json"))
        .unwrap();
    ClaimGraph::from_json(&text).unwrap().to_json()
}

/// Writes `text` as `name` into `CLAIMGRAPH_SCHEMA_OUT`, when it is set.
fn export(name: &str, text: &str) {
    if let Some(dir) = std::env::var_os("CLAIMGRAPH_SCHEMA_OUT") {
        let dir = Path::new(&dir);
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join(name), text).unwrap();
    }
}

#[test]
fn every_shipped_document_loads_and_is_written_back_as_version_2_without_loss() {
    let docs = shipped();
    assert!(!docs.is_empty());
    let mut version_1 = 0;
    for path in &docs {
        let text = std::fs::read_to_string(path).unwrap();
        let shown = path.display();
        let g = ClaimGraph::from_json(&text).unwrap_or_else(|e| panic!("{shown}: {e}"));
        let v2 = g.to_json();
        assert!(v2.contains("\"version\": 2"), "{shown}");
        assert_eq!(ClaimGraph::from_json(&v2).unwrap(), g, "{shown}");
        // Version 2 writes its own forms: lists of speakers and quotes, not version 1's.
        let written: serde_json::Value = serde_json::from_str(&v2).unwrap();
        for source in written["sources"]
            .as_object()
            .into_iter()
            .flat_map(|s| s.values())
        {
            assert!(source.get("speaker").is_none(), "{shown}");
            assert!(source.get("quote").is_none(), "{shown}");
            for list in ["speakers", "quotes", "reported_in"] {
                assert!(
                    source.get(list).is_none_or(serde_json::Value::is_array),
                    "{shown}"
                );
            }
        }
        if text.contains("\"version\": 1") {
            version_1 += 1;
        }
        let name = path.file_name().unwrap().to_string_lossy();
        export(&format!("v2-{name}"), &v2);
    }
    // The reference scenario is version 1: the compatibility path is exercised.
    assert!(version_1 >= 1, "no version 1 document among {docs:?}");
}

#[cfg(feature = "proptest")]
mod generated {
    use super::export;
    use claimgraph::strategies::{Richness, graphs};
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;

    /// Generated graphs of every richness, written out for the schema check; each reads back
    /// equal, so what the schema is checked against is what the loader takes.
    #[test]
    fn generated_graphs_are_written_for_the_schema_check() {
        let mut runner = TestRunner::deterministic();
        for (i, richness) in [Richness::Typical, Richness::Rich, Richness::Rich]
            .into_iter()
            .cycle()
            .take(24)
            .enumerate()
        {
            let strategy = graphs().richness(richness);
            let g = strategy
                .new_tree(&mut runner)
                .unwrap()
                .current()
                .into_graph();
            let json = g.to_json();
            assert_eq!(claimgraph::ClaimGraph::from_json(&json).unwrap(), g);
            export(&format!("generated-{i:02}.json"), &json);
        }
    }
}

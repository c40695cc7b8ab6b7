//! The JSON Schema of the document format: the committed file is what the types generate.
#![cfg(feature = "schema")]

use std::path::Path;

/// Where the repository keeps the schema.
const COMMITTED: &str = "schema/claimgraph.schema.json";

/// The generated schema as the repository keeps it: pretty-printed, one newline at the end.
fn generated() -> String {
    let mut text = serde_json::to_string_pretty(&claimgraph::document::json_schema()).unwrap();
    text.push('\n');
    text
}

#[test]
fn committed_schema_is_what_the_types_generate() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(COMMITTED);
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

//! Errors for hand-written documents: the mistakes people make when writing a document by
//! hand, each refused with its line and column, in the user's terms (no Rust type names), and
//! where it can, with what to do.
#![cfg(feature = "serde")]

use claimgraph::ClaimGraph;
use claimgraph::document::DocumentError;

/// A document with the usual two actors and a claim, `extra` spliced into the claim's fields
/// and `sections` after the claims section.
fn doc(claim_fields: &str, sections: &str) -> String {
    format!(
        r#"{{
  "format": "claimgraph",
  "version": 2,
  "actors": {{
    "A0": {{"name": "Finnish government", "kind": "government"}},
    "A1": {{"name": "Russia", "kind": "state"}}
  }},
  "claims": {{
    "C0": {{"claimant": "A0", "act": "accusation", "about": ["A1"],
           "allegation": {{"text": "smuggling"}}{claim_fields}}}
  }}{sections}
}}"#
    )
}

fn refused(text: &str) -> DocumentError {
    ClaimGraph::from_json(text).expect_err("the document must be refused")
}

/// Words that are Rust's, not the user's.
const INTERNAL: [&str; 8] = [
    "struct", "enum", "Raw", "Vec", "Option", "u32", "usize", "variant",
];

#[test]
fn typical_mistakes_have_a_place_and_no_internal_names() {
    let claim = |fields: &str| doc(fields, "");
    let section = |s: &str| doc("", s);
    let corpus = [
        claim(r#", "claimaint": "A0""#),
        claim(r#", "stated": "2023-13""#),
        claim(r#", "stated": 2023"#),
        claim(r#", "stated": "2014-06-23/2014-06-25""#),
        claim(r#", "events": "E0""#),
        claim(r#", "sources": ["X0"]"#),
        claim(r#", "sources": ["S9"]"#),
        claim(r#", "joint_with": "A1""#),
        claim(r#", "confidence": "likely""#),
        claim(r#", "confidence": {"level": "probable"}"#),
        claim(r#", "deadline": "soon""#),
        claim(r#", "resolution": {"outcome": "done"}"#),
        claim(r#", "keys": ["gdelt"]"#),
        claim(r#", "keys": {"gdelt": 7}"#),
        claim(r#", "alternatives": {"text": "x"}"#),
        claim(r#", "motive": "revenge""#),
        section(r#", "rebuttals": {"R0": {"by": "A1", "kind": "denial", "answers": "C0"}}"#),
        section(r#", "rebuttals": {"R0": {"by": "A1", "kind": "denial", "answers": []}}"#),
        section(r#", "rebuttals": {"R0": {"by": "A1", "kind": "rejection", "answers": ["C0"]}}"#),
        section(r#", "rebuttals": {"R0": {"by": "A1", "kind": "denial", "answers": ["C0/1"]}}"#),
        section(r#", "rebuttals": {"R0": {"by": "A1", "kind": "denial", "answers": ["R0"]}}"#),
        section(r#", "rebuttals": {"R0": {"by": "A1", "kind": "denial", "answers": ["C0"], "about": "A0"}}"#),
        section(r#", "sources": {"S0": {"kind": "paper", "title": "x"}}"#),
        section(r#", "sources": {"S0": {"kind": "article", "title": "x", "grading": "G7"}}"#),
        section(r#", "sources": {"S0": {"kind": "article", "title": "x", "reported_in": ["S0"]}}"#),
        section(r#", "events": {"E0": {"description": "x", "date": "2023", "end": "2022"}}"#),
        section(r#", "events": {"E0": {"description": "x", "cameo": 16}}"#),
        section(r#", "events": {"E0": {"description": "x", "participants": [{"actor": "A0", "role": "host"}]}}"#),
        section(r#", "supports": {"P0": {"premise": "C0", "conclusion": "C0"}}"#),
        section(r#", "next_ids": {"claim": -1}"#),
        section(r#", "actors": {"A2": {"name": "x", "kind": "state"}}"#),
        doc(r#", "act": "accusation""#, ""),
        r#"{"format": "claimgraph", "version": 2, "actors": {"A0": {"name": "x", "kind": "state"}, "A0": {"name": "y", "kind": "state"}}}"#.to_owned(),
        r#"{"version": 2}"#.to_owned(),
    ];
    for text in &corpus {
        let e = refused(text);
        let shown = e.to_string();
        assert!(e.position().line().is_some(), "no line: {shown}");
        assert!(e.position().column().is_some(), "no column: {shown}");
        for word in INTERNAL {
            assert!(!shown.contains(word), "{word:?} in {shown}");
        }
        // "a actor", "a event", "a alternative": the article agrees with the word.
        for vowel in ["a a", "a e", "a i", "a o", "a u"] {
            assert!(!shown.contains(&format!(" {vowel}")), "grammar: {shown}");
        }
    }
}

#[test]
fn a_misspelt_field_suggests_the_closest() {
    let e = refused(&doc(r#", "claimaint": "A0""#, ""));
    assert_eq!(e.position().path(), "claims.C0.claimaint");
    assert_eq!(e.position().line(), Some(10));
    assert!(
        e.message().starts_with(
            "unknown field `claimaint`, did you mean `claimant`? Fields here: `claimant`, `act`, "
        ),
        "{e}"
    );
}

#[test]
fn an_unknown_kind_lists_the_names_accepted() {
    let e = refused(&doc(
        "",
        r#", "rebuttals": {"R0": {"by": "A1", "kind": "denail", "answers": ["C0"]}}"#,
    ));
    assert_eq!(e.position().path(), "rebuttals.R0.kind");
    assert_eq!(
        e.message(),
        "unknown name `denail`, did you mean `denial`? Accepted: `denial`, `undercut`, \
         `undermine`, `counter_accusation` and `dismissal`."
    );
}

#[test]
fn an_interval_written_as_a_date_suggests_end_or_a_window() {
    let e = refused(&doc(r#", "stated": "2014-06-23/2014-06-25""#, ""));
    assert_eq!(e.position().path(), "claims.C0.stated");
    assert!(e.position().line().is_some());
    assert!(e.message().contains("`end`"), "{e}");
    assert!(e.message().contains("window such as `["), "{e}");
}

#[test]
fn one_value_where_a_list_belongs_says_so() {
    let e = refused(&doc(
        "",
        r#", "rebuttals": {"R0": {"by": "A1", "kind": "denial", "answers": "C0"}}"#,
    ));
    assert_eq!(e.position().path(), "rebuttals.R0.answers");
    assert_eq!(
        e.message(),
        r#"expected a list, found the string "C0": write ["C0"]"#
    );
    let e = refused(&doc(
        "",
        r#", "rebuttals": {"R0": {"by": "A1", "kind": "denial", "answers": ["C0"], "about": "A0"}}"#,
    ));
    assert_eq!(e.position().path(), "rebuttals.R0.about");
    assert_eq!(
        e.message(),
        r#"expected a list, found the string "A0": write ["A0"]"#
    );
}

#[test]
fn refusals_after_parsing_point_at_the_entity() {
    // A dangling reference: the line of `sources` in C0.
    let e = refused(&doc(r#", "sources": ["S9"]"#, ""));
    assert_eq!(e.position().path(), "claims.C0.sources");
    assert_eq!(e.position().line(), Some(10));
    assert_eq!(
        e.message(),
        "refers to S9, which the document does not hold"
    );
    // A duplicate id: the second occurrence.
    let text = "{\"format\": \"claimgraph\", \"version\": 2, \"actors\": {\n \"A0\": {\"name\": \"x\", \"kind\": \"state\"},\n \"A0\": {\"name\": \"y\", \"kind\": \"state\"}}}";
    let e = refused(text);
    assert_eq!(e.position().path(), "actors.A0");
    assert_eq!(
        (e.position().line(), e.position().column()),
        (Some(3), Some(2))
    );
    // An alternative the claim does not have.
    let e = refused(&doc(
        "",
        r#", "rebuttals": {"R0": {"by": "A1", "kind": "denial", "answers": ["C0/1"]}}"#,
    ));
    assert_eq!(e.position().path(), "rebuttals.R0.answers");
    assert_eq!(e.position().line(), Some(11));
    assert_eq!(e.message(), "refers to C0/1, but C0 has no `alternatives`");
    // A missing format: the start of the document.
    let e = refused("\n\n  {\"version\": 2}");
    assert_eq!(e.position().line(), Some(3));
}

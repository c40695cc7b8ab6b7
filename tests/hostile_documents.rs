//! Documents from untrusted sources: every one gets a typed error naming where and what, and
//! none panics, overflows the stack or takes quadratic time.
#![cfg(feature = "serde")]

use claimgraph::document::{DocumentError, DocumentErrorKind};
use claimgraph::io::Limits;
use claimgraph::*;
use std::fmt::Write as _;

const SCENARIO: &str = include_str!("../examples/scenarios/finland-russia-2023.json");

fn err(doc: &str) -> DocumentError {
    ClaimGraph::from_json(doc).expect_err("the document must be refused")
}

fn doc(body: &str) -> String {
    format!(r#"{{"format": "claimgraph", "version": 1, {body}}}"#)
}

#[test]
fn every_truncation_of_a_real_document_is_refused_cleanly() {
    for cut in (0..SCENARIO.len() - 2).step_by(3) {
        if !SCENARIO.is_char_boundary(cut) {
            continue;
        }
        let e = err(&SCENARIO[..cut]);
        assert!(
            matches!(e.kind(), DocumentErrorKind::Syntax),
            "cut at {cut}: {e}"
        );
    }
}

#[test]
fn deep_nesting_is_refused_before_parsing_and_says_where() {
    for depth in [200, 100_000] {
        let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        for body in [
            format!(r#""actors": {{"A0": {{"name": {nested}, "kind": "state"}}}}"#),
            format!(
                r#""actors": {{"A0": {{"name": "a", "kind": "state", "aliases": [{nested}]}}}}"#
            ),
            format!(r#""x": {nested}"#),
        ] {
            let text = doc(&body);
            let e = err(&text);
            assert_eq!(e.kind(), DocumentErrorKind::TooLarge, "{e}");
            // The 65th bracket, counted from the start of the line.
            let column = e.position().column().unwrap() as usize;
            let before = &text[..column - 1];
            assert_eq!(
                before.matches(['[', '{']).count() - before.matches([']', '}']).count(),
                64
            );
            assert_eq!(e.position().line(), Some(1));
        }
    }
}

#[test]
fn nesting_within_the_limit_is_read_by_type_without_recursion() {
    // Below serde_json's own limit of 128, the document's types decide.
    let limits = Limits::default().with_max_depth(120);
    let nested = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let read = |body: &str| ClaimGraph::from_json_slice(doc(body).as_bytes(), &limits).unwrap_err();
    let e = read(&format!(
        r#""actors": {{"A0": {{"name": {nested}, "kind": "state"}}}}"#
    ));
    assert_eq!(e.kind(), DocumentErrorKind::Invalid, "{e}");
    assert_eq!(e.position().path(), "actors.A0.name");
    // Inside an unknown field, it is skipped and the field refused.
    let e = read(&format!(r#""x": {nested}"#));
    assert_eq!(
        (e.kind(), e.position().path()),
        (DocumentErrorKind::Invalid, "x"),
        "{e}"
    );
}

#[test]
fn header_problems_come_first_and_say_so() {
    let cases = [
        ("[]", DocumentErrorKind::Invalid),
        ("{}", DocumentErrorKind::UnknownFormat),
        (
            r#"{"format": "aif", "version": 1}"#,
            DocumentErrorKind::UnknownFormat,
        ),
        (
            r#"{"format": "claimgraph"}"#,
            DocumentErrorKind::UnsupportedVersion,
        ),
        (
            r#"{"format": "claimgraph", "version": 2, "whatever": {}}"#,
            DocumentErrorKind::UnsupportedVersion,
        ),
        (
            r#"{"format": "claimgraph", "version": -1}"#,
            DocumentErrorKind::UnsupportedVersion,
        ),
        (
            r#"{"format": "claimgraph", "version": 1e300}"#,
            DocumentErrorKind::UnsupportedVersion,
        ),
        (
            r#"{"format": "claimgraph", "version": 1} trailing"#,
            DocumentErrorKind::Syntax,
        ),
    ];
    for (text, kind) in cases {
        assert_eq!(err(text).kind(), kind, "{text}");
    }
    assert_eq!(
        err(r#"{"format": "claimgraph", "version": 7}"#)
            .position()
            .path(),
        "version"
    );
}

#[test]
fn duplicate_ids_are_refused_with_their_section() {
    let e = err(&doc(
        r#""actors": {"A0": {"name": "a", "kind": "state"}, "A0": {"name": "b", "kind": "state"}}"#,
    ));
    assert_eq!(e.kind(), DocumentErrorKind::DuplicateId);
    assert_eq!(e.position().path(), "actors");
    assert!(e.message().contains("duplicate id A0"), "{e}");
}

#[test]
fn absurd_dates_and_bad_codes_name_their_path() {
    let actor = r#""actors": {"A0": {"name": "a", "kind": "state"}}"#;
    for (date, why) in [
        ("99999-01", "year"),
        ("2023-02-30", "no such day"),
        ("2023-13", "month"),
        ("-999999", "year"),
        ("2023-11-20T25:00:00Z", "RFC 3339"),
        ("yesterday", "year"),
        ("2023-11-20Tnoon", "RFC 3339"),
    ] {
        let e = err(&doc(&format!(
            r#"{actor}, "events": {{"E0": {{"description": "x", "date": "{date}"}}}}"#
        )));
        assert_eq!(e.kind(), DocumentErrorKind::Invalid, "{date}");
        assert_eq!(e.position().path(), "events.E0.date", "{date}");
        assert!(e.message().contains(why), "{date}: {e}");
    }
    let e = err(&doc(&format!(
        r#"{actor}, "events": {{"E0": {{"description": "x", "cameo": "13y"}}}}"#
    )));
    assert_eq!(e.position().path(), "events.E0.cameo");
    assert!(e.message().contains("only digits"), "{e}");
    let e = err(&doc(&format!(
        r#"{actor}, "events": {{"E0": {{"description": "x", "cameo": 16}}}}"#
    )));
    assert_eq!(e.position().path(), "events.E0.cameo", "{e}");
}

#[test]
fn references_are_checked_whole() {
    let base =
        r#""actors": {"A0": {"name": "a", "kind": "state"}, "A1": {"name": "b", "kind": "state"}}"#;
    let cases = [
        (
            r#""claims": {"C0": {"claimant": "A0", "act": "accusation", "about": ["A9"], "allegation": {"text": "x"}}}"#,
            DocumentErrorKind::DanglingReference,
            "claims.C0.about",
        ),
        (
            r#""claims": {"C0": {"claimant": "A0", "act": "accusation", "about": ["E0"], "allegation": {"text": "x"}}}"#,
            DocumentErrorKind::Invalid,
            "claims.C0.about[0]",
        ),
        (
            r#""claims": {"C0": {"claimant": "A0", "act": "accusation", "allegation": {"text": "x"}}}"#,
            DocumentErrorKind::Refused,
            "claims.C0.about",
        ),
        (
            r#""claims": {"C0": {"claimant": "A0", "act": "assertion", "allegation": {"text": "x"}}},
               "rebuttals": {"R0": {"by": "A1", "kind": "denial", "answers": ["C0", "R0"]}}"#,
            DocumentErrorKind::Refused,
            "rebuttals.R0.answers",
        ),
        (
            r#""sources": {"S0": {"kind": "article", "title": "a", "reported_in": "S1"},
                           "S1": {"kind": "article", "title": "b", "reported_in": "S0"}}"#,
            DocumentErrorKind::Refused,
            "sources.S0.reported_in",
        ),
        (
            r#""relations": {"L0": {"from": "A0", "kind": "member_of", "to": "A1", "valid": {"start": "2023", "end": "2022"}}}"#,
            DocumentErrorKind::Invalid,
            "relations.L0.valid",
        ),
        (r#""actors2": {}"#, DocumentErrorKind::Invalid, "actors2"),
    ];
    for (body, kind, path) in cases {
        let e = err(&doc(&format!("{base}, {body}")));
        assert_eq!((e.kind(), e.position().path()), (kind, path), "{body}: {e}");
    }
}

#[test]
fn forward_references_and_rebuttal_cycles_load() {
    let g = ClaimGraph::from_json(&doc(r#""actors": {"A0": {"name": "a", "kind": "state"}},
           "claims": {"C0": {"claimant": "A0", "act": "assertion", "allegation": {"text": "x"}}},
           "rebuttals": {"R0": {"by": "A0", "kind": "denial", "answers": ["C0", "R1"]},
                         "R1": {"by": "A0", "kind": "denial", "answers": ["R0"]}}"#))
    .unwrap();
    assert_eq!(g.rebuttals_of(RebuttalId::new(1).into()).count(), 1);
    assert_eq!(g.rebuttals_of(RebuttalId::new(0).into()).count(), 1);
}

#[test]
fn huge_ids_and_next_ids_cost_nothing() {
    let g = ClaimGraph::from_json(&doc(r#""next_ids": {"actor": 4294967295},
           "actors": {"A4294967294": {"name": "a", "kind": "state"}}"#))
    .unwrap();
    assert_eq!(g.next_id(EntityKind::Actor), u32::MAX);
    let mut g = g;
    assert_eq!(
        g.add_actor(Actor::new("b", ActorKind::State)),
        Err(Error::Full(EntityKind::Actor))
    );
    let e = err(&doc(
        r#""actors": {"A4294967296": {"name": "a", "kind": "state"}}"#,
    ));
    assert_eq!(e.kind(), DocumentErrorKind::Invalid);
}

#[test]
fn the_size_limit_is_enforced_before_parsing() {
    let limits = Limits::default().with_max_bytes(100);
    let e = ClaimGraph::from_json_reader(SCENARIO.as_bytes(), &limits).unwrap_err();
    assert_eq!(e.kind(), DocumentErrorKind::TooLarge);
    assert!(ClaimGraph::from_json_reader(SCENARIO.as_bytes(), &Limits::default()).is_ok());
}

#[test]
fn a_million_long_rebuttal_chain_loads_and_writes() {
    const N: u32 = 1_000_000;
    let mut body = String::with_capacity(64 * N as usize);
    body.push_str(r#""actors": {"A0": {"name": "a", "kind": "state"}, "A1": {"name": "b", "kind": "state"}},"#);
    body.push_str(r#""claims": {"C0": {"claimant": "A0", "act": "accusation", "about": ["A1"], "allegation": {"text": "x"}}},"#);
    body.push_str(r#""rebuttals": {"#);
    for i in 0..N {
        if i > 0 {
            body.push(',');
        }
        let answers = if i == 0 {
            "C0".to_owned()
        } else {
            format!("R{}", i - 1)
        };
        let _ = write!(
            body,
            r#""R{i}": {{"by": "A{}", "kind": "denial", "answers": ["{answers}"]}}"#,
            (i + 1) % 2
        );
    }
    body.push('}');
    let g = ClaimGraph::from_json(&doc(&body)).unwrap();
    assert_eq!(g.rebuttal_count(), N as usize);
    let last = RebuttalId::new(N - 1);
    assert_eq!(
        g.rebuttal(last).unwrap().answers(),
        [RebuttalId::new(N - 2).into()]
    );
    // Writing it back is as iterative as reading it.
    let again = ClaimGraph::from_json(&g.to_json()).unwrap();
    assert_eq!(again.rebuttal_count(), N as usize);
}

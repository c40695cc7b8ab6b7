//! Documents from untrusted sources: every one gets a typed error naming where and what, and
//! none panics, overflows the stack or takes quadratic time.
#![cfg(feature = "serde")]

use claimgraph::document::{DocumentError, DocumentErrorKind};
use claimgraph::io::Limits;
use claimgraph::*;
use std::fmt::Write as _;

const SCENARIO: &str = include_str!("../examples/scenarios/finland-russia-2023.json");

fn err(doc: &str) -> DocumentError {
    checked(ClaimGraph::from_json(doc).expect_err("the document must be refused"))
}

/// Every message of these tests is short and in the user's terms: no Rust type names, and at
/// most a short quotation of the input however large it was.
fn checked(e: DocumentError) -> DocumentError {
    let shown = e.to_string();
    for internal in [
        "struct ",
        "Raw",
        "enum ",
        "Header",
        "DocumentIn",
        "SectionIn",
    ] {
        assert!(!shown.contains(internal), "{internal:?} in {shown:?}");
    }
    assert!(
        shown.len() < 300,
        "{} bytes: {:?}",
        shown.len(),
        &shown[..300]
    );
    e
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
    let read = |body: &str| {
        checked(ClaimGraph::from_json_slice(doc(body).as_bytes(), &limits).unwrap_err())
    };
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
            r#"{"format": "claimgraph", "version": 3, "whatever": {}}"#,
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
fn duplicate_ids_are_refused_with_their_section_and_place() {
    let e = err(&doc(
        r#""actors": {"A0": {"name": "a", "kind": "state"}, "A0": {"name": "b", "kind": "state"}}"#,
    ));
    assert_eq!(e.kind(), DocumentErrorKind::DuplicateId);
    // The path names the id, and the place is its second occurrence.
    assert_eq!(e.position().path(), "actors.A0");
    assert!(e.position().line().is_some());
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
    assert_eq!(g.rebuttals_of(RebuttalId::new(1)).count(), 1);
    assert_eq!(g.rebuttals_of(RebuttalId::new(0)).count(), 1);
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

#[test]
fn arrays_are_refused_where_objects_belong() {
    let actors =
        r#""actors": {"A0": {"name": "a", "kind": "state"}, "A1": {"name": "b", "kind": "state"}}"#;
    let cases = [
        (
            r#"["claimgraph", 1]"#.to_owned(),
            "",
            "`format` and `version`",
        ),
        (
            doc(&format!(
                r#"{actors}, "claims": {{"C0": {{"claimant": "A0", "act": "assertion", "allegation": ["x"]}}}}"#
            )),
            "claims.C0.allegation",
            "`text`",
        ),
        (
            doc(&format!(
                r#"{actors}, "relations": {{"L0": {{"from": "A0", "kind": "ally_of", "to": "A1", "valid": []}}}}"#
            )),
            "relations.L0.valid",
            "`start` and `end`",
        ),
        (
            doc(&format!(
                r#"{actors}, "events": {{"E0": {{"description": "x", "participants": [["A1", "initiator"]]}}}}"#
            )),
            "events.E0.participants[0]",
            "`actor`",
        ),
        (doc(r#""next_ids": [3]"#), "next_ids", "`actor`"),
        (
            doc(r#""actors": [["A0", {"name": "a", "kind": "state"}]]"#),
            "actors",
            "ids",
        ),
    ];
    for (text, path, expected) in cases {
        let e = err(&text);
        assert_eq!(
            (e.kind(), e.position().path()),
            (DocumentErrorKind::Invalid, path),
            "{e}"
        );
        assert!(e.message().contains("expected an object"), "{e}");
        assert!(e.message().contains(expected), "{e}");
        assert_eq!(e.position().line(), Some(1), "{e}");
    }
}

/// Every object of `value` with its JSON path in the reader's notation (`a.b[2].c`).
fn objects(value: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            out.push(path.to_owned());
            for (k, v) in map {
                let sub = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                objects(v, &sub, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                objects(v, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The value at a path made by [`objects`].
fn at<'v>(value: &'v mut serde_json::Value, path: &str) -> &'v mut serde_json::Value {
    let mut v = value;
    for key in path.split('.').filter(|k| !k.is_empty()) {
        let (name, index) = match key.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (key, None),
        };
        v = &mut v[name];
        if let Some(i) = index {
            v = &mut v[i];
        }
    }
    v
}

#[test]
fn every_object_of_the_scenario_written_as_an_array_is_refused_where_it_is() {
    let original: serde_json::Value = serde_json::from_str(SCENARIO).unwrap();
    let mut paths = Vec::new();
    objects(&original, "", &mut paths);
    assert!(paths.len() > 90, "{}", paths.len());
    let mut kinds = std::collections::BTreeSet::new();
    for path in paths {
        let mut changed = original.clone();
        let slot = at(&mut changed, &path);
        let values: Vec<serde_json::Value> = slot.as_object().unwrap().values().cloned().collect();
        *slot = serde_json::Value::Array(values);
        let text = serde_json::to_string_pretty(&changed).unwrap();
        let e = err(&text);
        assert_eq!(
            (e.kind(), e.position().path()),
            (DocumentErrorKind::Invalid, path.as_str()),
            "{e}"
        );
        assert!(e.message().contains("expected an object"), "{path}: {e}");
        assert!(e.position().line().is_some(), "{path}: {e}");
        // The last segment's name, without ids: which kind of object this was.
        kinds.insert(
            path.rsplit('.')
                .next()
                .unwrap()
                .trim_end_matches(|c: char| c.is_ascii_digit() || "[]".contains(c))
                .to_owned(),
        );
    }
    // Every section, the entities in it, and the nested objects: the header, `valid`,
    // `allegation`, `participants`.
    for kind in [
        "",
        "actors",
        "A",
        "claims",
        "C",
        "allegation",
        "events",
        "participants",
        "valid",
        "rebuttals",
        "R",
        "sources",
        "S",
        "supports",
        "P",
        "relations",
        "L",
    ] {
        assert!(kinds.contains(kind), "{kind:?} not among {kinds:?}");
    }
}

#[test]
fn duplicate_keys_are_refused_with_their_path() {
    let cases = [
        (
            r#"{"format": "claimgraph", "format": "claimgraph", "version": 1}"#.to_owned(),
            "",
            "`format`",
        ),
        (
            doc(r#""actors": {"A0": {"name": "a", "kind": "state"}}, "actors": {}"#),
            "",
            "`actors`",
        ),
        (
            doc(r#""actors": {"A0": {"name": "a", "name": "b", "kind": "state"}}"#),
            "actors.A0",
            "`name`",
        ),
        (
            doc(r#""next_ids": {"claim": 3, "claim": 1}"#),
            "next_ids",
            "`claim`",
        ),
        (
            doc(
                r#""actors": {"A0": {"name": "a", "kind": "state"}, "A1": {"name": "b", "kind": "state"}},
                "relations": {"L0": {"from": "A0", "kind": "ally_of", "to": "A1", "valid": {"start": "2020", "start": "2021"}}}"#,
            ),
            "relations.L0.valid",
            "`start`",
        ),
    ];
    for (text, path, field) in cases {
        let e = err(&text);
        assert_eq!(
            (e.kind(), e.position().path()),
            (DocumentErrorKind::Invalid, path),
            "{e}"
        );
        assert_eq!(e.message(), format!("duplicate field {field}"), "{e}");
    }
}

#[test]
fn huge_keys_and_values_are_quoted_short() {
    let huge = "x".repeat(1 << 20);
    let actor = |fields: &str| {
        doc(&format!(
            r#""actors": {{"A0": {{"name": "a", "kind": "state"{fields}}}}}"#
        ))
    };
    let cases = [
        (doc(&format!(r#""{huge}": 1"#)), "unknown field `xxx"),
        (actor(&format!(r#", "{huge}": 1"#)), "unknown field `xxx"),
        (doc(&format!(r#""actors": {{"{huge}": {{}}}}"#)), "xxx"),
        (actor(&format!(r#", "cameo": "{huge}""#)), "xxx"),
        (
            doc(&format!(
                r#""actors": {{"A0": {{"name": "a", "kind": "{huge}"}}}}"#
            )),
            "unknown name `xxx",
        ),
        (
            doc(&format!(r#""actors": {{"A0": "{huge}"}}"#)),
            "expected an object with `name`",
        ),
        (
            doc(&format!(
                r#""events": {{"E0": {{"description": "x", "date": "{huge}"}}}}"#
            )),
            "",
        ),
        (
            format!(r#"{{"format": "{huge}", "version": 1}}"#),
            "not `claimgraph`",
        ),
        (
            doc(&format!(r#""next_ids": {{"claim": "{huge}"}}"#)),
            "expected a whole number from 0 to 4294967295",
        ),
    ];
    for (text, quoted) in cases {
        let e = err(&text);
        let shown = e.to_string();
        assert!(shown.len() < 300, "{} bytes", shown.len());
        assert!(shown.contains(quoted), "{shown}");
        assert!(!shown.contains(&"x".repeat(61)), "{shown}");
    }
}

#[test]
fn enums_say_which_values_they_take() {
    let e = err(&doc(r#""actors": {"A0": {"name": "a", "kind": 5}}"#));
    assert_eq!(e.position().path(), "actors.A0.kind");
    assert!(
        e.message()
            .starts_with("invalid type: integer `5`, expected one of `"),
        "{e}"
    );
    assert!(e.message().contains("`state`"), "{e}");
}

/// Times `f` three times, interleaved with the others by the caller; the fastest run.
fn fastest(f: impl Fn()) -> std::time::Duration {
    (0..3)
        .map(|_| {
            let start = std::time::Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap()
}

/// Documents of the same size: `n` claims spread out; one claim with as many rebuttals
/// answering it as fill the same bytes; a chain of as many rebuttals. Padded with spaces to
/// exactly the same length.
fn shapes(n: usize) -> [(&'static str, String); 3] {
    let head =
        r#""actors": {"A0": {"name": "a", "kind": "state"}, "A1": {"name": "b", "kind": "state"}}"#;
    let claim = |i: usize| {
        format!(
            r#""C{i}": {{"claimant": "A0", "act": "accusation", "about": ["A1"], "allegation": {{"text": "x{i}"}}}}"#
        )
    };
    let spread = (0..n).map(claim).collect::<Vec<_>>().join(",");
    let spread = doc(&format!(r#"{head}, "claims": {{{spread}}}"#));
    let rebuttals = |answer: &dyn Fn(usize) -> String| {
        let mut body = format!(r#"{head}, "claims": {{{}}}, "rebuttals": {{"#, claim(0));
        let mut i = 0;
        while body.len() + 50 < spread.len() {
            if i > 0 {
                body.push(',');
            }
            let _ = write!(
                body,
                r#""R{i}": {{"by": "A1", "kind": "denial", "answers": ["{}"]}}"#,
                answer(i)
            );
            i += 1;
        }
        body.push('}');
        doc(&body)
    };
    let mut docs = [
        ("claims spread out", spread.clone()),
        (
            "one claim, all answering it",
            rebuttals(&|_| "C0".to_owned()),
        ),
        (
            "a chain of rebuttals",
            rebuttals(&|i| {
                if i == 0 {
                    "C0".to_owned()
                } else {
                    format!("R{}", i - 1)
                }
            }),
        ),
    ];
    let size = docs.iter().map(|(_, d)| d.len()).max().unwrap();
    for (_, d) in &mut docs {
        d.insert_str(d.len() - 1, &" ".repeat(size - d.len()));
    }
    docs
}

#[test]
fn concentrated_documents_load_as_fast_as_spread_out_ones() {
    let docs = shapes(100_000);
    let mut best = [std::time::Duration::MAX; 3];
    for _ in 0..2 {
        for (i, (_, d)) in docs.iter().enumerate() {
            best[i] = best[i].min(fastest(|| {
                ClaimGraph::from_json(d).unwrap();
            }));
        }
    }
    for (i, (name, d)) in docs.iter().enumerate() {
        let ratio = best[i].as_secs_f64() / best[0].as_secs_f64();
        let g = ClaimGraph::from_json(d).unwrap();
        let entities = g.claim_count() + g.rebuttal_count();
        eprintln!(
            "{name}: {entities} entities, {} bytes, {:?}, {ratio:.2}x spread",
            d.len(),
            best[i]
        );
        assert!(ratio < 5.0, "{name}: {ratio:.1}x the spread-out document");
    }
}

/// A hand-written document may name its JSON Schema for the editor; the loader accepts the key,
/// refuses it when it is not a string, and does not write it back.
#[test]
fn a_schema_key_is_accepted_and_not_kept() {
    let doc = r#"{"$schema": "../schema/claimgraph.schema.json", "format": "claimgraph", "version": 2,
        "actors": {"A0": {"name": "NATO", "kind": "alliance"}}}"#;
    let g = ClaimGraph::from_json(doc).unwrap();
    assert_eq!(g.actor_count(), 1);
    assert!(!g.to_json().contains("$schema"));
    let bad = r#"{"$schema": 7, "format": "claimgraph", "version": 2}"#;
    let err = ClaimGraph::from_json(bad).unwrap_err();
    assert_eq!(err.position().path(), "$schema");
    assert_eq!(err.position().line(), Some(1));
}

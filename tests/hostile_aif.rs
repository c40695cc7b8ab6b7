//! AIF maps from untrusted sources (issue 16, "Hostile input, measured"): each class of hostile
//! input is generated here and must be read without a panic, in time that grows with the
//! input as an ordinary map of the same size does (measured as a ratio, never an absolute
//! time), and refused or reported with its location when it is invalid.
#![cfg(feature = "serde")]
#![allow(clippy::cast_precision_loss, clippy::many_single_char_names)] // ratios of durations; fixtures

use claimgraph::ClaimGraph;
use claimgraph::io::aif::{FindingKind, Import};
use claimgraph::io::{ImportError, ImportErrorKind, Limits};
use std::fmt::Write as _;
use std::time::{Duration, Instant};

/// The quickest of three reads: a shared machine's noise only ever adds time.
fn timed(aif: &str) -> (Import, Duration) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..3 {
        let start = Instant::now();
        let import = ClaimGraph::from_aif(aif).expect("the map reads");
        best = best.min(start.elapsed());
        last = Some(import);
    }
    (last.expect("three reads"), best)
}

/// How many times slower the concentrated map reads than the spread-out one.
fn ratio(case: &str, concentrated: &str, spread: &str) -> (Import, Import, f64) {
    let (a, ta) = timed(concentrated);
    let (b, tb) = timed(spread);
    let r = ta.as_secs_f64() / tb.as_secs_f64().max(1e-6);
    eprintln!(
        "{case}: concentrated {} bytes {ta:?}, spread {} bytes {tb:?}, ratio {r:.2}",
        concentrated.len(),
        spread.len()
    );
    (a, b, r)
}

fn map(nodes: &[String], edges: &[String]) -> String {
    format!(
        r#"{{"nodes": [{}], "edges": [{}], "locutions": []}}"#,
        nodes.join(","),
        edges.join(",")
    )
}

fn node(id: &str, ty: &str) -> String {
    format!(r#"{{"nodeID": "{id}", "type": "{ty}", "text": "statement {id}"}}"#)
}

fn edge(from: &str, to: &str) -> String {
    format!(r#"{{"fromID": "{from}", "toID": "{to}"}}"#)
}

/// `p` premises and `p` targets of one scheme node of type `ty` (`CA` or `RA`), against `p`
/// scheme nodes with one premise and one target each.
fn fan(ty: &str, p: usize) -> (String, String) {
    let mut nodes: Vec<String> = (0..2 * p).map(|i| node(&format!("i{i}"), "I")).collect();
    let mut spread_nodes = nodes.clone();
    nodes.push(node("x", ty));
    let mut edges = Vec::new();
    let mut spread_edges = Vec::new();
    for i in 0..p {
        edges.push(edge(&format!("i{i}"), "x"));
        edges.push(edge("x", &format!("i{}", p + i)));
        spread_nodes.push(node(&format!("x{i}"), ty));
        spread_edges.push(edge(&format!("i{i}"), &format!("x{i}")));
        spread_edges.push(edge(&format!("x{i}"), &format!("i{}", p + i)));
    }
    (map(&nodes, &edges), map(&spread_nodes, &spread_edges))
}

#[test]
fn one_conflict_with_many_premises_and_targets_costs_what_many_small_ones_do() {
    let p = 3_000; // 567 KB: the issue's case, 61 s and 683 MB before
    let (concentrated, spread) = fan("CA", p);
    let (a, b, r) = ratio("CA fan", &concentrated, &spread);
    assert!(r < 4.0, "ratio {r:.2}");
    // The spread-out map is p rebuttals of p claims; the concentrated one would be p * p
    // attacks from 2p edges: it is refused with its location, and its statements kept.
    assert_eq!(b.graph().rebuttal_count(), p);
    assert_eq!(a.graph().claim_count(), 2 * p);
    assert_eq!(a.report().count(FindingKind::FanOut), 1);
    let f = a
        .report()
        .findings()
        .iter()
        .find(|f| f.kind() == FindingKind::FanOut)
        .unwrap();
    assert_eq!(f.position().path(), format!("nodes[{}]", 2 * p));
    assert_eq!(f.record(), Some("x"));
    assert!(f.message().contains("3000 premises"), "{}", f.message());
}

#[test]
fn one_inference_with_many_premises_and_conclusions_costs_what_many_small_ones_do() {
    let (concentrated, spread) = fan("RA", 3_000);
    let (a, b, r) = ratio("RA fan", &concentrated, &spread);
    assert!(r < 4.0, "ratio {r:.2}");
    assert_eq!(b.graph().count(claimgraph::EntityKind::Support), 3_000);
    assert_eq!(a.report().count(FindingKind::FanOut), 1);
}

#[test]
fn small_fans_are_imported_whole() {
    // Two premises, two targets: four attacks, as AIF says.
    let (aif, _) = fan("CA", 2);
    let import = ClaimGraph::from_aif(&aif).unwrap();
    assert_eq!(import.graph().rebuttal_count(), 2);
    for (_, r) in import.graph().rebuttals() {
        assert_eq!(r.answers().len(), 2);
    }
    assert_eq!(import.report().count(FindingKind::FanOut), 0);
}

#[test]
fn one_statement_attacking_many_costs_what_many_attackers_do() {
    let n = 100_000;
    // i0 attacks t0 .. t(n-1), each through its own CA node...
    let mut nodes = vec![node("i0", "I")];
    let mut edges = Vec::new();
    // ...against a0 .. a(n-1), each attacking its own t.
    let mut spread_nodes = Vec::new();
    let mut spread_edges = Vec::new();
    for i in 0..n {
        nodes.push(node(&format!("t{i}"), "I"));
        nodes.push(node(&format!("x{i}"), "CA"));
        edges.push(edge("i0", &format!("x{i}")));
        edges.push(edge(&format!("x{i}"), &format!("t{i}")));
        spread_nodes.push(node(&format!("t{i}"), "I"));
        spread_nodes.push(node(&format!("a{i}"), "I"));
        spread_nodes.push(node(&format!("x{i}"), "CA"));
        spread_edges.push(edge(&format!("a{i}"), &format!("x{i}")));
        spread_edges.push(edge(&format!("x{i}"), &format!("t{i}")));
    }
    let (a, b, r) = ratio(
        "one attacker",
        &map(&nodes, &edges),
        &map(&spread_nodes, &spread_edges),
    );
    // The concentrated map is smaller (one attacker, not n): allow for nothing else.
    assert!(r < 3.0, "ratio {r:.2}");
    let g = a.graph();
    let r0 = a.statement("i0").unwrap().as_rebuttal().unwrap();
    assert_eq!(g.rebuttal(r0).unwrap().answers().len(), n);
    assert_eq!(b.graph().rebuttal_count(), n);
}

#[test]
fn the_same_attack_written_many_times_is_one_answer() {
    // i0 -> x -> i1, repeated through 50,000 CA nodes: one answer, in linear time.
    let n = 50_000;
    let mut nodes = vec![node("i0", "I"), node("i1", "I")];
    let mut edges = Vec::new();
    for k in 0..n {
        nodes.push(node(&format!("x{k}"), "CA"));
        edges.push(edge("i0", &format!("x{k}")));
        edges.push(edge(&format!("x{k}"), "i1"));
    }
    let import = ClaimGraph::from_aif(&map(&nodes, &edges)).unwrap();
    let r = import.statement("i0").unwrap().as_rebuttal().unwrap();
    assert_eq!(import.graph().rebuttal(r).unwrap().answers().len(), 1);
}

fn refused(aif: &str) -> ImportError {
    ClaimGraph::from_aif(aif).expect_err("the map must be refused")
}

#[test]
fn sections_of_the_wrong_type_are_refused_with_their_path() {
    for (aif, path, message) in [
        (
            r#"{"nodes": [], "edges": 5}"#,
            "edges",
            "expected an array of edges",
        ),
        (
            r#"{"nodes": [], "locutions": 5}"#,
            "locutions",
            "expected an array of locutions",
        ),
        (
            r#"{"nodes": [], "locutions": {"a": 1}}"#,
            "locutions",
            "expected an array of locutions",
        ),
        (r#"{"nodes": "x"}"#, "nodes", "expected an array of nodes"),
        (r"[1, 2]", "$", "expected a JSON object"),
        (r#""nodes""#, "$", "expected a JSON object"),
    ] {
        let e = refused(aif);
        assert_eq!(e.kind(), ImportErrorKind::Structure, "{aif}: {e}");
        assert_eq!(e.position().path(), path, "{aif}: {e}");
        assert_eq!(e.message(), message, "{aif}: {e}");
    }
    // Null is AIFdb's "absent", as for single fields.
    let i = ClaimGraph::from_aif(r#"{"nodes": [], "edges": null, "locutions": null}"#).unwrap();
    assert_eq!(i.report().total(), 0);
}

#[test]
fn duplicate_keys_are_refused_with_their_path() {
    let one = r#"[{"nodeID": "1", "type": "I", "text": "kept"}]"#;
    let e = refused(&format!(r#"{{"nodes": {one}, "edges": [], "nodes": []}}"#));
    assert_eq!(e.kind(), ImportErrorKind::Structure);
    assert_eq!(e.position().path(), "nodes");
    assert_eq!(e.message(), "`nodes` appears twice");
    let e = refused(&format!(r#"{{"nodes": {one}, "edges": [], "edges": []}}"#));
    assert_eq!(e.position().path(), "edges");
    // In a record, the record is skipped and the finding names the key.
    let aif = r#"{"nodes": [{"nodeID": "1", "type": "I", "text": "a", "text": "b"},
                            {"nodeID": "2", "type": "I", "text": "c"}],
                  "locutions": [{"nodeID": "2", "start": "2020-01-01", "start": "2021-01-01"}]}"#;
    let import = ClaimGraph::from_aif(aif).unwrap();
    let paths: Vec<&str> = import
        .report()
        .findings()
        .iter()
        .map(|f| f.position().path())
        .collect();
    assert_eq!(paths, ["nodes[0].text", "locutions[0].start"]);
    assert_eq!(import.report().count(FindingKind::Malformed), 2);
    assert_eq!(
        import.report().findings()[0].message(),
        "`text` appears twice"
    );
    assert!(import.statement("1").is_none());
    // Unknown keys are not kept, so their repeats are harmless.
    let i = ClaimGraph::from_aif(r#"{"nodes": [], "x": 1, "x": 2}"#).unwrap();
    assert_eq!(i.report().total(), 0);
}

#[test]
fn fields_of_the_wrong_type_are_located_findings() {
    let aif = r#"{"nodes": [
        {"nodeID": "1", "type": "I", "text": 5},
        {"nodeID": "2", "type": "I", "text": "two"},
        {"nodeID": "3", "type": "I", "text": "three"},
        {"nodeID": [3], "type": "I", "text": "four"},
        {"nodeID": "5", "type": true, "text": "five"}],
      "edges": [{"fromID": "2", "toID": {"id": "3"}}],
      "locutions": [{"nodeID": "2", "personID": [1], "start": "2020-01-01"},
                    {"nodeID": "3", "personID": "7", "start": 20200101}]}"#;
    let import = ClaimGraph::from_aif(aif).unwrap();
    let found: Vec<(FindingKind, &str, &str)> = import
        .report()
        .findings()
        .iter()
        .map(|f| (f.kind(), f.position().path(), f.message()))
        .collect();
    assert_eq!(
        found,
        [
            (
                FindingKind::Malformed,
                "nodes[0].text",
                "expected a string, found a number"
            ),
            (
                FindingKind::Malformed,
                "nodes[3].nodeID",
                "expected a string or a number, found an array"
            ),
            (
                FindingKind::Malformed,
                "nodes[4].type",
                "expected a string, found a boolean"
            ),
            (
                FindingKind::Malformed,
                "edges[0].toID",
                "expected a string or a number, found an object"
            ),
            (
                FindingKind::Malformed,
                "locutions[0].personID",
                "expected a string or a number, found an array"
            ),
            (
                FindingKind::Malformed,
                "locutions[1].start",
                "expected a string, found a number"
            ),
        ]
    );
    // Never an empty text: the node is skipped.
    assert!(import.statement("1").is_none());
    assert_eq!(import.graph().claim_count(), 2);
}

#[test]
fn a_file_that_is_not_aif_is_refused_not_read_as_empty() {
    for aif in [
        r#"{"nodes": [1, 2, 3]}"#,
        r#"{"nodes": [{"id": "1", "kind": "claim"}, {"id": "2", "kind": "claim"}]}"#,
        r#"{"nodes": [{"nodeID": "1", "type": "I", "text": "one"}, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
            "edges": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}"#,
    ] {
        let e = refused(aif);
        assert_eq!(e.kind(), ImportErrorKind::Structure, "{aif}: {e}");
        assert!(e.message().contains("not AIF"), "{e}");
        // It names where the first unreadable entry is.
        assert!(e.message().contains("first at nodes["), "{e}");
    }
    // A map that is merely empty stays an empty map; one with some faults is read.
    assert_eq!(
        ClaimGraph::from_aif(r#"{"nodes": []}"#)
            .unwrap()
            .report()
            .read(),
        0
    );
    let some = r#"{"nodes": [{"nodeID": "1", "type": "I", "text": "one"}, 2]}"#;
    assert_eq!(ClaimGraph::from_aif(some).unwrap().graph().claim_count(), 1);
}

#[test]
fn the_report_shows_where_not_only_how_many() {
    let aif = r#"{"nodes": [{"nodeID": "1", "type": "I", "text": "one"}],
      "edges": [{"fromID": "1", "toID": "8"}, {"fromID": "9", "toID": "1"},
                {"fromID": "1", "toID": "7"}, {"fromID": "6", "toID": "1"}]}"#;
    let import = ClaimGraph::from_aif(aif).unwrap();
    let text = import.report().to_string();
    assert!(
        text.contains(
            "4 × edge to a missing node, or repeated node id (edges[0], edges[1], edges[2], …)"
        ),
        "{text}"
    );
}

#[test]
fn messages_quote_a_short_prefix_and_name_no_rust_type() {
    let huge = "z".repeat(1_000_000);
    let cases = [
        format!(
            r#"{{"nodes": [{{"nodeID": "{huge}", "type": "I", "text": "a"}}, {{"nodeID": "{huge}", "type": "I", "text": "b"}}]}}"#
        ),
        format!(
            r#"{{"nodes": [{{"nodeID": "1", "type": "{huge}", "text": "a"}}, {{"nodeID": "2", "type": "I", "text": "b"}}]}}"#
        ),
        format!(
            r#"{{"nodes": [{{"nodeID": "1", "type": "I", "text": "a"}}], "edges": [{{"fromID": "1", "toID": "{huge}"}}]}}"#
        ),
        format!(
            r#"{{"nodes": [{{"nodeID": "1", "type": "I", "text": "a"}}], "locutions": [{{"nodeID": "1", "start": "{huge}"}}]}}"#
        ),
        format!(
            r#"{{"nodes": [{{"nodeID": "1", "type": "YA", "text": "{huge}"}}, {{"nodeID": "2", "type": "I", "text": "b"}}]}}"#
        ),
        format!(
            r#"{{"nodes": [{{"nodeID": "1", "type": "I", "text": "a"}}], "{huge}": 1, "{huge}": 2}}"#
        ),
        format!(r#"{{"nodes": [{{"nodeID": "1", "type": "I", "text": "a", "{huge}": 1}}, 5]}}"#),
        format!(
            r#"{{"nodes": [{{"nodeID": "1", "type": "I", "text": "a"}}], "edges": [{{"fromID": "1", "toID": "{huge}""#
        ),
        format!(r#"{{"nodes": [{{"nodeID": "1", "type": "I", "text": "a"}}], "edges": "{huge}"}}"#),
        format!(r#"{{"{huge}": [], "x": 1}}"#),
    ];
    for aif in &cases {
        let text = match ClaimGraph::from_aif(aif) {
            Ok(import) => {
                let mut text = import.report().to_string();
                for f in import.report().findings() {
                    let _ = writeln!(text, "{f} [{}]", f.record().unwrap_or(""));
                }
                text
            }
            Err(e) => e.to_string(),
        };
        assert!(text.len() < 2_000, "{} bytes: {}", text.len(), &text[..300]);
        for rust in ["struct ", "enum ", "::", "Raw", "String", "Vec<", "usize"] {
            assert!(!text.contains(rust), "{rust:?} in {text}");
        }
    }
}

#[test]
fn an_unknown_field_holding_a_huge_array_is_skipped() {
    let mut junk = String::from("[");
    for i in 0..200_000 {
        let _ = write!(junk, "{{\"k\": [{i}, \"v\"]}},");
    }
    junk.push_str("0]");
    let aif = format!(
        r#"{{"junk": {junk}, "nodes": [{{"nodeID": "1", "type": "I", "text": "a", "more": {junk}}}]}}"#
    );
    let import = ClaimGraph::from_aif(&aif).unwrap();
    assert_eq!(import.graph().claim_count(), 1);
    assert_eq!(import.report().total(), 0);
}

#[test]
fn hostile_inputs_within_the_limits_never_panic() {
    let limits = Limits::default();
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for aif in [
        String::new(),
        "{".into(),
        "{\"nodes\": [".into(),
        format!(r#"{{"nodes": [{{"nodeID": "1", "type": "I", "text": {nested}}}]}}"#),
        r#"{"nodes": [{"nodeID": 1e400, "type": "I"}]}"#.into(),
        r#"{"nodes": [{"nodeID": -1, "type": "I"}, {"nodeID": 1.5, "type": "CA"}], "edges": [{"fromID": -1, "toID": 1.5}]}"#.into(),
        "{\"nodes\": [{\"nodeID\": \"\\ud800\", \"type\": \"I\"}]}".into(),
    ] {
        let _ = ClaimGraph::from_aif_reader(aif.as_bytes(), &limits);
    }
}

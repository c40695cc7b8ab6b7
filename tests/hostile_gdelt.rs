//! Hostile GDELT input, measured: wholly invalid input is refused, event ids are checked and
//! never duplicated, messages stay short, and time is linear (a ratio between concentrated
//! and spread-out input of the same size, never an absolute duration).
#![allow(clippy::cast_precision_loss)] // ratios of durations

use claimgraph::ClaimGraph;
use claimgraph::io::gdelt::FindingKind;
use claimgraph::io::{ImportErrorKind, Limits};
use std::io::Read as _;
use std::time::{Duration, Instant};

/// A 61-column accusation row with the given event id, actors and URL.
fn row(id: &str, actor1: &str, url: &str, code: &str) -> String {
    let mut c = vec![String::new(); 61];
    c[0] = id.into();
    c[1] = "20231120".into();
    c[5] = actor1.into();
    c[6] = actor1.into();
    c[15] = "RUS".into();
    c[16] = "RUSSIA".into();
    c[26] = code.into();
    c[60] = url.into();
    c.join("\t")
}

fn time(input: &[u8]) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            let import = ClaimGraph::from_gdelt(input, &Limits::trusted()).unwrap();
            let elapsed = t.elapsed();
            drop(import);
            elapsed
        })
        .min()
        .unwrap()
}

#[test]
fn wholly_invalid_input_is_an_error_not_an_empty_graph() {
    let limits = Limits::trusted();
    // An endless line of zero bytes: one line past the line limit, never stored.
    let zeros = std::io::BufReader::new(std::io::repeat(0).take(32 << 20));
    let e = ClaimGraph::from_gdelt(zeros, &limits).unwrap_err();
    assert_eq!(e.kind(), ImportErrorKind::Syntax);
    assert_eq!(
        e.to_string(),
        format!(
            "GDELT: line 1: not GDELT: 0 of 1 lines are rows (first fault: longer than the \
             limit of {} bytes)",
            limits.max_line()
        )
    );
    // Zeros in short lines, a JSON file, binary garbage.
    let json = "{\n  \"events\": [\n    {\"id\": 1}\n  ]\n}\n";
    let short_zeros = [&[0u8; 100][..], b"\n"].concat().repeat(1000);
    for (input, line) in [
        (json.as_bytes(), 1),
        (&short_zeros[..], 1),
        (&b"\n\n\xff\xfe\x00\n"[..], 3),
    ] {
        let e = ClaimGraph::from_gdelt(input, &limits).unwrap_err();
        assert_eq!(e.kind(), ImportErrorKind::Syntax);
        assert_eq!(e.position().line(), Some(line), "{e}");
        assert!(e.to_string().len() < 200, "{e}");
    }
    // Empty and blank input is no fault: nothing to read.
    for empty in [&b""[..], b"\n\n"] {
        let import = ClaimGraph::from_gdelt(empty, &limits).unwrap();
        assert!(import.graph().is_empty());
    }
    // One row in ten is GDELT with faults; fewer is not GDELT.
    let good = row("1", "FIN", "", "112");
    let mut ten = format!("{good}\n");
    ten.push_str(&"junk\n".repeat(8));
    assert!(ClaimGraph::from_gdelt(ten.as_bytes(), &limits).is_ok());
    ten.push_str("junk\n");
    assert!(ClaimGraph::from_gdelt(ten.as_bytes(), &limits).is_err());
}

#[test]
fn event_ids_are_checked_and_never_duplicated() {
    let lines = [
        row("1", "FIN", "https://a", "112"),
        row("abc", "FIN", "https://a", "112"),
        row("1e400", "FIN", "https://a", "112"),
        row("1", "EST", "https://b", "112"),
        row("-3", "FIN", "https://a", "112"),
        row("2", "FIN", "https://a", "112"),
        row("99999999999999999999", "FIN", "https://a", "112"),
    ];
    let file = lines.join("\n");
    let import = ClaimGraph::from_gdelt(file.as_bytes(), &Limits::default()).unwrap();
    let (g, r) = (import.graph(), import.report());
    assert_eq!(g.claim_count(), 2);
    let found: Vec<(Option<u64>, FindingKind)> = r
        .findings()
        .iter()
        .map(|f| (f.position().line(), f.kind()))
        .collect();
    assert_eq!(
        found,
        [
            (Some(2), FindingKind::EventId),
            (Some(3), FindingKind::EventId),
            (Some(4), FindingKind::Duplicate),
            (Some(5), FindingKind::EventId),
            (Some(7), FindingKind::EventId),
        ]
    );
    assert_eq!(
        r.findings()[2].message(),
        "GlobalEventID 1 was read on line 1: skipped"
    );
    assert_eq!(
        r.findings()[0].message(),
        "GlobalEventID \"abc\" is not a whole number"
    );
    let shown = r.to_string();
    assert!(
        shown.contains("4 × malformed GlobalEventID (line 2, line 3, line 5, …)"),
        "{shown}"
    );
    // Events left out by the prefixes are not kept, so their ids cost nothing.
    let outside = [row("5", "FIN", "", "042"), row("5", "FIN", "", "042")].join("\n");
    let import = ClaimGraph::from_gdelt(outside.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(
        (import.report().left_out(), import.report().total()),
        (2, 0)
    );
}

#[test]
fn duplicate_ids_cost_no_more_than_distinct_ones() {
    let n = 20_000;
    let distinct: String = (0..n)
        .map(|i| row(&format!("{}", 1_000_000 + i), "FIN", "https://a", "112") + "\n")
        .collect();
    let same: String = (0..n)
        .map(|_| row("1000000", "FIN", "https://a", "112") + "\n")
        .collect();
    assert_eq!(distinct.len(), same.len());
    let import = ClaimGraph::from_gdelt(same.as_bytes(), &Limits::trusted()).unwrap();
    assert_eq!(import.graph().claim_count(), 1);
    assert_eq!(import.report().count(FindingKind::Duplicate), n - 1);
    let (d, s) = (time(distinct.as_bytes()), time(same.as_bytes()));
    let ratio = s.as_secs_f64() / d.as_secs_f64().max(1e-6);
    eprintln!("same id {s:?}, distinct ids {d:?}: ratio {ratio:.2}");
    assert!(ratio < 4.0, "{ratio:.1}");
    // Long lines just under the limit, concentrated in one line each, against many short
    // rows of the same size.
    let limits = Limits::trusted();
    let long = ("x".repeat(limits.max_line()) + "\n").repeat(20);
    let t = Instant::now();
    let import = ClaimGraph::from_gdelt((long + &distinct).as_bytes(), &limits).unwrap();
    eprintln!("long lines and rows: {:?}", t.elapsed());
    assert_eq!(import.report().count(FindingKind::ColumnCount), 20);
}

#[test]
fn messages_quote_a_short_prefix_of_huge_values() {
    let huge = "9".repeat(60_000);
    let file = [
        row("1", "FIN", "", &huge),
        row("2", "FIN", "", "112").replacen("20231120", &huge, 1),
        row(&huge, "FIN", "", "112"),
    ]
    .join("\n");
    let import = ClaimGraph::from_gdelt(file.as_bytes(), &Limits::default()).unwrap();
    let r = import.report();
    assert_eq!(r.total(), 3, "{r}");
    for f in r.findings() {
        assert!(f.message().len() < 120, "{}", f.message());
        assert!(f.message().contains("\"…"), "{}", f.message());
    }
}

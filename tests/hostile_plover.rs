//! Hostile PLOVER input, measured: each class of issue 16 is generated here, never panics,
//! and costs time linear in its size. Times are compared as ratios between a concentrated
//! input and a spread-out one of the same size, never as absolute durations.
#![cfg(feature = "serde")]
#![allow(clippy::cast_precision_loss)] // ratios of durations

use claimgraph::io::plover::{FindingKind, MAX_FAN_OUT};
use claimgraph::io::{ImportErrorKind, Limits};
use claimgraph::{ClaimGraph, EntityKind};
use std::fmt::Write as _;
use std::io::Read as _;
use std::time::{Duration, Instant};

/// The shortest of three runs: the least disturbed by other work on the machine.
fn time(input: &[u8]) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            let import = ClaimGraph::from_plover(input, &Limits::trusted()).unwrap();
            let elapsed = t.elapsed();
            drop(import);
            elapsed
        })
        .min()
        .unwrap()
}

/// How much slower the concentrated input reads than the spread-out one.
fn ratio(concentrated: &[u8], spread: &[u8]) -> f64 {
    let (c, s) = (time(concentrated), time(spread));
    let r = c.as_secs_f64() / s.as_secs_f64().max(1e-6);
    eprintln!("concentrated {c:?}, spread {s:?}: ratio {r:.2}");
    r
}

/// A distinct well-formed context token: letters only.
fn token(mut i: usize) -> String {
    let mut t = String::from("ctx");
    loop {
        t.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            return t;
        }
    }
}

fn accuse(id: usize, sources: &[String], targets: &[String], contexts: &[String]) -> String {
    let actors = |names: &[String]| {
        names
            .iter()
            .map(|n| format!(r#"{{"actorText": "{n}"}}"#))
            .collect::<Vec<_>>()
            .join(",")
    };
    format!(
        r#"{{"id": "r{id}", "event": "ACCUSE", "date": "2023-11-20", "source": [{}], "target": [{}], "context": [{}]}}"#,
        actors(sources),
        actors(targets),
        contexts
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(",")
    )
}

#[test]
fn many_contexts_in_one_record_cost_what_they_cost_spread_out() {
    let n = 40_000;
    let all: Vec<String> = (0..n).map(token).collect();
    let one = |i: usize| vec![format!("A{i}")];
    let concentrated = format!("[{}]", accuse(0, &one(0), &one(1), &all));
    let spread = format!(
        "[{}]",
        all.chunks(40)
            .enumerate()
            .map(|(i, c)| accuse(i, &one(0), &one(1), c))
            .collect::<Vec<_>>()
            .join(",")
    );
    let import = ClaimGraph::from_plover(concentrated.as_bytes(), &Limits::trusted()).unwrap();
    let (_, claim) = import.graph().claims().next().unwrap();
    assert_eq!(claim.allegation().contexts().len(), n);
    // The spread-out input is larger (its record skeletons repeat): the bound is generous
    // against noise, and far below the 10x of the quadratic reader.
    assert!(concentrated.len() <= spread.len());
    let r = ratio(concentrated.as_bytes(), spread.as_bytes());
    assert!(r < 4.0, "contexts in one record read {r:.1}x slower");
}

#[test]
fn an_accusation_by_thousands_about_thousands_is_one_event() {
    let n = 2_000;
    let sources: Vec<String> = (0..n).map(|i| format!("S{i}")).collect();
    let targets: Vec<String> = (0..n).map(|i| format!("T{i}")).collect();
    let concentrated = format!("[{}]", accuse(0, &sources, &targets, &[]));
    let spread = format!(
        "[{}]",
        (0..n)
            .map(|i| accuse(i, &sources[i..=i], &targets[i..=i], &[]))
            .collect::<Vec<_>>()
            .join(",")
    );
    let import = ClaimGraph::from_plover(concentrated.as_bytes(), &Limits::trusted()).unwrap();
    let (g, r) = (import.graph(), import.report());
    assert_eq!(r.count(FindingKind::FanOut), 1);
    assert_eq!(g.claim_count(), 0);
    let (_, event) = g.events().next().unwrap();
    assert_eq!(event.participants().len(), 2 * n);
    let finding = &r.findings()[0];
    assert_eq!(finding.position().path(), "[0].target");
    assert_eq!(
        finding.message(),
        format!(
            "2000 sources × 2000 targets would make 4000000 claim references, more than \
             {MAX_FAN_OUT}: imported as one event"
        )
    );
    let ratio = ratio(concentrated.as_bytes(), spread.as_bytes());
    assert!(ratio < 4.0, "one wide record read {ratio:.1}x slower");
    // At the bound, a record still makes one joint claim by every source about every target.
    let side = 16; // 16 x 16 = 256 = MAX_FAN_OUT
    let wide = accuse(0, &sources[..side], &targets[..side], &[]);
    let import = ClaimGraph::from_plover(wide.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(import.graph().claim_count(), 1);
    let (_, c) = import.graph().claims().next().unwrap();
    assert_eq!(c.about().len(), side);
    assert_eq!(c.speakers().count(), side);
}

#[test]
fn repeated_actors_in_one_record_are_listed_once_in_linear_time() {
    let n = 20_000;
    let same: Vec<String> = vec!["A".into(); n];
    let distinct: Vec<String> = (0..n).map(|i| format!("A{i}")).collect();
    let repeated = format!("[{}]", accuse(0, &same, &["B".to_owned()], &[]));
    let import = ClaimGraph::from_plover(repeated.as_bytes(), &Limits::trusted()).unwrap();
    assert_eq!(import.graph().claim_count(), 1);
    // n distinct sources about one target: n claims (n pairs, within the bound? no: past
    // it, so one event); either way linear.
    let wide = format!("[{}]", accuse(0, &distinct, &["B".to_owned()], &[]));
    let import = ClaimGraph::from_plover(wide.as_bytes(), &Limits::trusted()).unwrap();
    assert_eq!(import.report().count(FindingKind::FanOut), 1);
    let spread = format!(
        "[{}]",
        (0..n)
            .map(|i| accuse(i, &distinct[i..=i], &["B".to_owned()], &[]))
            .collect::<Vec<_>>()
            .join(",")
    );
    let r = ratio(wide.as_bytes(), spread.as_bytes());
    assert!(r < 4.0, "{r:.1}");
}

#[test]
fn a_byte_order_mark_before_an_array_or_lines_is_read_past() {
    let record = accuse(1, &["A".to_owned()], &["B".to_owned()], &[]);
    let other = accuse(2, &["A".to_owned()], &["B".to_owned()], &[]);
    for body in [format!("[{record}]"), format!("{record}\n{other}\n")] {
        let plain = ClaimGraph::from_plover(body.as_bytes(), &Limits::default()).unwrap();
        let mut marked = b"\xEF\xBB\xBF".to_vec();
        marked.extend_from_slice(body.as_bytes());
        let import = ClaimGraph::from_plover(&marked[..], &Limits::default()).unwrap();
        assert_eq!(import.graph(), plain.graph());
        assert_eq!(import.report().total(), 0, "{}", import.report());
        assert!(import.graph().claim_count() >= 1);
    }
}

#[test]
fn impossible_timestamps_are_findings_not_days() {
    let with_date =
        |d: &str| format!(r#"{{"event": "ACCUSE", "source": "A", "target": "B", "date": "{d}"}}"#);
    for bad in [
        "2023-11-20T25:00:00Z",
        "2023-11-20 24:61",
        "2023-11-20T10:00:00+99:00",
        "2023-11-20junk",
        "2023-02-30",
    ] {
        let import =
            ClaimGraph::from_plover(with_date(bad).as_bytes(), &Limits::default()).unwrap();
        let r = import.report();
        assert_eq!(r.count(FindingKind::Date), 1, "{bad}");
        assert_eq!(r.findings()[0].position().line(), Some(1));
        let (_, c) = import.graph().claims().next().unwrap();
        assert_eq!(c.stated(), None, "{bad} was read as a date");
    }
    for (good, day) in [
        ("2023-11-20T10:00:00Z", "2023-11-20T10:00:00Z"),
        ("2023-11-20 10:00:00", "2023-11-20"),
        ("2023-11-20T23:59", "2023-11-20"),
        ("2023-11", "2023-11"),
    ] {
        let import =
            ClaimGraph::from_plover(with_date(good).as_bytes(), &Limits::default()).unwrap();
        assert_eq!(import.report().total(), 0, "{good}");
        let (_, c) = import.graph().claims().next().unwrap();
        assert_eq!(c.stated().unwrap().to_string(), day);
    }
}

#[test]
fn an_endless_line_of_zero_bytes_is_refused_naming_the_line() {
    let limits = Limits::trusted();
    let zeros = std::io::BufReader::new(std::io::repeat(0).take(8 << 20));
    let e = ClaimGraph::from_plover(zeros, &limits).unwrap_err();
    assert_eq!(e.kind(), ImportErrorKind::Syntax);
    assert_eq!(e.position().line(), Some(1));
    assert_eq!(
        e.to_string(),
        format!(
            "PLOVER: line 1: not PLOVER: 0 of 1 lines are JSON records (first fault: longer \
             than the limit of {} bytes)",
            limits.max_line()
        )
    );
    // A text that is not JSON at all is refused too; a few bad lines among records are not.
    let e = ClaimGraph::from_plover(&b"hello\nworld\n"[..], &limits).unwrap_err();
    assert_eq!(e.kind(), ImportErrorKind::Syntax);
    let record = r#"{"event": "ACCUSE", "source": "A", "target": "B"}"#;
    let mostly = format!("{record}\n{record}\nnot json\n");
    let import = ClaimGraph::from_plover(mostly.as_bytes(), &limits).unwrap();
    assert_eq!(import.report().count(FindingKind::Malformed), 1);
}

#[test]
fn messages_quote_a_short_prefix_of_huge_values() {
    let huge = "X".repeat(100_000);
    let mut input = String::new();
    let _ = writeln!(input, r#"{{"event": "{huge}", "source": "A"}}"#);
    let _ = writeln!(
        input,
        r#"{{"event": "ACCUSE", "source": "A", "target": "B", "mode": "{huge}", "date": "{huge}", "context": "9{huge}"}}"#
    );
    let limits = Limits::default().with_max_line(1 << 20);
    let import = ClaimGraph::from_plover(input.as_bytes(), &limits).unwrap();
    let r = import.report();
    assert_eq!(r.total(), 4, "{r}");
    for f in r.findings() {
        assert!(f.message().len() < 200, "{}", f.message().len());
        assert!(f.message().contains("\"…"), "{}", f.message());
    }
    // Nor does a message name a Rust type.
    let import = ClaimGraph::from_plover(&b"[1, \"x\", [2]]"[..], &limits).unwrap();
    for f in import.report().findings() {
        assert_eq!(f.message(), "a record is a JSON object");
    }
    let shown = import.report().to_string();
    assert!(
        shown.contains("3 × malformed record ([0], [1], [2])"),
        "{shown}"
    );
    assert_eq!(import.report().added(EntityKind::Claim), 0);
}

//! PLOVER import: the 323 gold-standard records of `../shared/data/plover`, as an array and
//! as JSON lines; faulty and mutated input never panics.
#![cfg(feature = "serde")]

#[path = "common/proptest_config.rs"]
mod proptest_config;

#[path = "common/data.rs"]
mod data;

use claimgraph::io::plover::FindingKind;
use claimgraph::io::{ImportErrorKind, Limits};
use claimgraph::{ClaimGraph, EntityKind, PloverContext, PloverType, SpeechAct};
use proptest::prelude::*;

fn gold() -> Option<Vec<u8>> {
    let dir = data::data_dir("plover")?;
    Some(std::fs::read(dir.join("plover/PLOVER_GSR_CAMEO.json")).expect("the PLOVER file"))
}

/// The same records, one per line.
fn as_lines(array: &[u8]) -> Vec<u8> {
    let v: serde_json::Value = serde_json::from_slice(array).unwrap();
    let mut out = Vec::new();
    for r in v.as_array().unwrap() {
        out.extend_from_slice(serde_json::to_string(r).unwrap().as_bytes());
        out.push(b'\n');
    }
    out
}

#[test]
fn the_gold_standard_records_import() {
    let Some(bytes) = gold() else { return };
    let import = ClaimGraph::from_plover(&bytes[..], &Limits::default()).unwrap();
    let (g, r) = (import.graph(), import.report());
    assert_eq!(r.read(), 323);
    assert_eq!(r.count(FindingKind::Malformed), 0);
    // DOCUMENT is file documentation, not an event.
    assert_eq!(r.count(FindingKind::EventType), 1);
    // DEMAND 34, FIGHT 17, DISAPPROVE 16, INVESTIGATE 9.
    assert_eq!(r.count(FindingKind::OlderName), 34 + 17 + 16 + 9);
    assert!(
        r.added(EntityKind::Claim) > 50 && r.added(EntityKind::Event) > 150,
        "{r}"
    );
    assert_eq!(r.added(EntityKind::Claim) as usize, g.claim_count());
    assert_eq!(r.added(EntityKind::Event) as usize, g.events().count());
    // Albania denounced Serbia (DISAPPROVE-0002): an accusation, in a legal context.
    let (_, c) = g
        .claims()
        .find(|(_, c)| {
            c.allegation()
                .text()
                .starts_with("Albania on Friday denounced")
        })
        .expect("the Albania record");
    assert_eq!(c.act(), SpeechAct::Accusation);
    assert_eq!(g.actor(c.claimant()).unwrap().name(), "Albania");
    assert_eq!(g.actor(c.about()[0]).unwrap().name(), "Serbia");
    assert_eq!(
        c.allegation().contexts(),
        [PloverContext::parse("legal").unwrap()]
    );
    assert_eq!(c.stated().unwrap().to_string(), "2000-01-01");
    let source = g.source(c.sources()[0]).unwrap();
    assert_eq!(source.title(), "PLOVER-GSR01-DISAPPROVE-0002");
    // FIGHT became ASSAULT; DEMAND became REQUEST.
    assert!(
        g.events()
            .any(|(_, e)| e.plover() == Some(PloverType::Assault))
    );
    assert!(
        g.events()
            .any(|(_, e)| e.plover() == Some(PloverType::Request))
    );
}

#[test]
fn json_lines_give_the_same_graph_as_the_array() {
    let Some(bytes) = gold() else { return };
    let array = ClaimGraph::from_plover(&bytes[..], &Limits::default()).unwrap();
    let lines = ClaimGraph::from_plover(&as_lines(&bytes)[..], &Limits::default()).unwrap();
    assert_eq!(array.graph(), lines.graph());
    assert_eq!(array.report().read(), lines.report().read());
    // Notes now carry line numbers: the DOCUMENT record is line 1.
    let doc = lines
        .report()
        .findings()
        .iter()
        .find(|n| n.kind() == FindingKind::EventType)
        .unwrap();
    assert_eq!(doc.position().line(), Some(1));
    assert_eq!(doc.position().path(), "event");
}

#[test]
fn faulty_lines_are_reported_with_their_numbers() {
    let input = b"{\"event\": \"ACCUSE\", \"source\": [{\"actorText\": \"A\"}], \"target\": [{\"actorText\": \"B\"}], \"date\": \"2023-11\"}\n\
{not json\n\
\n\
{\"event\": \"ACCUSE\", \"source\": [], \"date\": \"2023\"}\n\
{\"event\": \"REJECT\", \"source\": \"Kremlin\", \"date\": \"yesterday\", \"context\": \"9bad, asylum\"}\n";
    let import = ClaimGraph::from_plover(&input[..], &Limits::default()).unwrap();
    let notes: Vec<(Option<u64>, FindingKind)> = import
        .report()
        .findings()
        .iter()
        .map(|n| (n.position().line(), n.kind()))
        .collect();
    assert_eq!(
        notes,
        [
            (Some(2), FindingKind::Malformed),
            (Some(4), FindingKind::Actor),
            (Some(5), FindingKind::Date),
            (Some(5), FindingKind::Context),
            (Some(5), FindingKind::Target),
        ]
    );
    assert_eq!(import.report().added(EntityKind::Claim), 1);
    assert_eq!(import.report().added(EntityKind::Event), 1);
    let (_, c) = import.graph().claims().next().unwrap();
    assert_eq!(c.stated().unwrap().to_string(), "2023-11");
}

#[test]
fn a_broken_array_is_an_error_with_a_line() {
    let e = ClaimGraph::from_plover(&b"[\n{\"event\": \n"[..], &Limits::default()).unwrap_err();
    assert_eq!(e.kind(), ImportErrorKind::Syntax);
    assert_eq!(e.position().line(), Some(3));
}

#[test]
fn limits_apply_to_arrays_and_lines_alike() {
    let record = r#"{"event": "ACCUSE", "source": "A", "target": "B", "date": "2023"}"#;
    let array = format!("[{}]", [record; 3].join(","));
    let lines = format!("{}\n", [record; 3].join("\n"));
    let two = Limits::default().with_max_records(2);
    for input in [&array, &lines] {
        let e = ClaimGraph::from_plover(input.as_bytes(), &two).unwrap_err();
        assert_eq!(e.kind(), ImportErrorKind::TooLarge, "{input}");
        let ok = ClaimGraph::from_plover(input.as_bytes(), &Limits::default()).unwrap();
        assert_eq!(ok.graph().claim_count(), 3);
    }
    // A line too long or too deep is one finding; the records around it are read.
    let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let long = format!(r#"{{"event": "ACCUSE", "text": "{}"}}"#, "x".repeat(300));
    let input = format!("{record}\n{deep}\n{long}\n{record}\n");
    let limits = Limits::default().with_max_line(250);
    let import = ClaimGraph::from_plover(input.as_bytes(), &limits).unwrap();
    let kinds: Vec<(Option<u64>, FindingKind)> = import
        .report()
        .findings()
        .iter()
        .map(|f| (f.position().line(), f.kind()))
        .collect();
    assert_eq!(
        kinds,
        [
            (Some(2), FindingKind::Malformed),
            (Some(3), FindingKind::TooLong)
        ]
    );
    assert_eq!(import.graph().claim_count(), 2);
    // An array nested too deeply is refused whole.
    let e =
        ClaimGraph::from_plover(format!("[{deep}]").as_bytes(), &Limits::default()).unwrap_err();
    assert_eq!(e.kind(), ImportErrorKind::TooLarge);
}

proptest! {
    #![proptest_config(proptest_config::cases(64))]

    /// Byte flips and truncations of the real records, as JSON lines and as an array: a
    /// report or an error, never a panic.
    #[test]
    fn mutated_records_never_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..16),
        cut in any::<prop::sample::Index>(),
        array in any::<bool>(),
    ) {
        let Some(bytes) = gold() else { return Ok(()) };
        let mut bytes = if array { bytes } else { as_lines(&bytes) };
        for (at, b) in flips {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        if let Ok(import) = ClaimGraph::from_plover(&bytes[..], &Limits::default()) {
            let r = import.report();
            prop_assert_eq!(r.added(EntityKind::Claim) as usize, import.graph().claim_count());
            prop_assert_eq!(r.added(EntityKind::Event) as usize, import.graph().events().count());
        }
    }
}

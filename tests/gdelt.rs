//! GDELT 2.0 import: rows written from the 61-column schema in `../shared/data/gdelt`,
//! including the faults of real files, streamed; mutated rows never panic.

#[path = "common/data.rs"]
mod data;

use claimgraph::io::Limits;
use claimgraph::io::gdelt::FindingKind;
use claimgraph::{ClaimGraph, EntityKind, SpeechAct};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// The column names of the schema, in order (read from the data folder when present, which
/// also checks them against the names written here).
const NAMES: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// A row with the given columns set (by schema name) and plausible values elsewhere.
fn row(set: &[(&str, &str)]) -> String {
    let mut values: BTreeMap<&str, &str> = BTreeMap::new();
    for (k, v) in [
        ("GLOBALEVENTID", "1104000001"),
        ("SQLDATE", "20231120"),
        ("MonthYear", "202311"),
        ("Year", "2023"),
        ("FractionDate", "2023.8822"),
        ("IsRootEvent", "1"),
        ("QuadClass", "3"),
        ("GoldsteinScale", "-2.0"),
        ("NumMentions", "4"),
        ("NumSources", "1"),
        ("NumArticles", "4"),
        ("AvgTone", "-5.3"),
        ("DATEADDED", "20231120143000"),
    ] {
        values.insert(k, v);
    }
    for &(k, v) in set {
        assert!(NAMES.contains(&k), "{k} is not a GDELT column");
        values.insert(k, v);
    }
    NAMES
        .iter()
        .map(|n| values.get(n).copied().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\t")
}

fn finland_accuses_russia(code: &str, url: &str) -> String {
    row(&[
        ("Actor1Code", "FINGOV"),
        ("Actor1Name", "FINLAND"),
        ("Actor1CountryCode", "FIN"),
        ("Actor1Type1Code", "GOV"),
        ("Actor2Code", "RUS"),
        ("Actor2Name", "RUSSIA"),
        ("Actor2CountryCode", "RUS"),
        ("EventCode", code),
        ("EventBaseCode", code.get(..3).unwrap_or(code)),
        ("EventRootCode", code.get(..2).unwrap_or(code)),
        ("SOURCEURL", url),
    ])
}

#[test]
fn the_schema_has_the_61_columns_the_reader_expects() {
    let Some(dir) = data::data_dir("gdelt_schema") else {
        return;
    };
    let text = std::fs::read_to_string(
        dir.join("gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"),
    )
    .unwrap();
    let names: Vec<&str> = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').next().unwrap().trim())
        .collect();
    assert_eq!(names, NAMES);
    // The reader reads EventCode as a string: leading zeros matter.
    let types: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap_or(""))
        .collect();
    assert_eq!(types[26], "STRING");
}

#[test]
fn accusation_like_events_become_claims_and_faulty_lines_are_reported() {
    let mut file = String::new();
    let lines = [
        finland_accuses_russia("1123", "https://yle.fi/a/1"), // 1 accusation
        row(&[
            ("Actor1Code", "RUSGOV"),
            ("Actor1Name", "KREMLIN"),
            ("Actor1CountryCode", "RUS"),
            ("Actor2Code", "FINGOV"),
            ("Actor2Name", "FINLAND"),
            ("EventCode", "016"),
            ("SOURCEURL", "https://tass.com/1"),
        ]), // 2 denial, leading zero kept
        finland_accuses_russia("16", "https://yle.fi/a/1"),   // 3 reduce relations: other
        finland_accuses_russia("13y", "https://yle.fi/a/1"),  // 4 malformed code
        finland_accuses_russia("138", "https://yle.fi/a/1"),  // 5 threat, same URL
        String::new(),                                        // 6 blank: ignored
        finland_accuses_russia("112", "x")
            .split('\t')
            .take(57)
            .collect::<Vec<_>>()
            .join("\t"), // 7 GDELT 1.0 width
        finland_accuses_russia("112", "x") + "\textra",       // 8 62 columns
        finland_accuses_russia("112", "x").replacen("20231120", "20231340", 1), // 9 bad date
        row(&[("Actor1Code", "FIN"), ("EventCode", "112")]),  // 10 accusation without Actor2
        finland_accuses_russia("111", "https://yle.fi/a/2"),  // 11 criticise
    ];
    // Each line its own event id, as in GDELT: a repeated id is a finding.
    for (i, l) in (0u64..).zip(&lines) {
        file.push_str(&l.replacen("1104000001", &(1_104_000_001 + i).to_string(), 1));
        file.push('\n');
    }
    let mut bytes = file.into_bytes();
    bytes.extend_from_slice(b"\xff\xfe\tnot utf-8\r\n"); // 12
    let import = ClaimGraph::from_gdelt(&bytes[..], &Limits::default()).unwrap();
    let (g, r) = (import.graph(), import.report());
    assert_eq!(r.read(), 12);
    assert_eq!(r.added(EntityKind::Claim), 4);
    assert_eq!(r.left_out(), 1);
    let faults: Vec<(Option<u64>, FindingKind)> = r
        .findings()
        .iter()
        .map(|f| (f.position().line(), f.kind()))
        .collect();
    assert_eq!(
        faults,
        [
            (Some(4), FindingKind::EventCode),
            (Some(7), FindingKind::ColumnCount),
            (Some(8), FindingKind::ColumnCount),
            (Some(9), FindingKind::Date),
            (Some(10), FindingKind::Actor),
            (Some(12), FindingKind::Encoding),
        ]
    );
    assert!(r.findings()[0].message().contains("\"13y\""));
    assert_eq!(r.findings()[1].message(), "57 columns, expected 61");
    // The summary counts each kind and shows where.
    let shown = r.to_string();
    assert!(
        shown.contains("2 × wrong number of columns (line 7, line 8)\n"),
        "{shown}"
    );
    assert!(
        shown
            .starts_with("GDELT: read 12 lines; added 3 actors, 4 claims, 3 sources; left out 1\n"),
        "{shown}"
    );
    let acts: Vec<SpeechAct> = g.claims().map(|(_, c)| c.act()).collect();
    assert_eq!(
        acts,
        [
            SpeechAct::Accusation,
            SpeechAct::Denial,
            SpeechAct::Threat,
            SpeechAct::Accusation
        ]
    );
    // Actors deduplicated by code and name: FINLAND (FINGOV), RUSSIA, KREMLIN, FINLAND (FINGOV
    // again, same) -> 3.
    assert_eq!(g.actor_count(), 3);
    let (_, first) = g.claims().next().unwrap();
    assert_eq!(
        g.actor(first.claimant()).unwrap().kind(),
        claimgraph::ActorKind::Government
    );
    assert_eq!(
        g.actor(first.about()[0]).unwrap().kind(),
        claimgraph::ActorKind::State
    );
    assert_eq!(
        first.allegation().text(),
        "GDELT event 1104000001: Accuse of aggression"
    );
    // Sources: one per distinct URL.
    assert_eq!(g.count(claimgraph::EntityKind::Source), 3);
    let (_, denial) = g.claims().nth(1).unwrap();
    assert_eq!(denial.allegation().category().unwrap().as_str(), "016");
    assert_eq!(
        g.source(denial.sources()[0]).unwrap().url(),
        Some("https://tass.com/1")
    );
}

/// A reader that writes `n` rows as it is read, so no file exists in memory.
struct Rows {
    n: u64,
    next: u64,
    pending: Vec<u8>,
    at: usize,
}

impl std::io::Read for Rows {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.pending.len() {
            if self.next == self.n {
                return Ok(0);
            }
            let code = if self.next.is_multiple_of(10) {
                "112"
            } else {
                "042"
            };
            let row =
                finland_accuses_russia(code, &format!("https://example.org/{}", self.next % 7));
            self.pending =
                (row.replacen("1104000001", &self.next.to_string(), 1) + "\n").into_bytes();
            self.at = 0;
            self.next += 1;
        }
        let k = out.len().min(self.pending.len() - self.at);
        out[..k].copy_from_slice(&self.pending[self.at..self.at + k]);
        self.at += k;
        Ok(k)
    }
}

#[test]
fn large_inputs_are_streamed() {
    let rows = Rows {
        n: 50_000,
        next: 0,
        pending: Vec::new(),
        at: 0,
    };
    let import = ClaimGraph::from_gdelt(std::io::BufReader::new(rows), &Limits::default()).unwrap();
    assert_eq!(import.report().read(), 50_000);
    assert_eq!(import.report().added(EntityKind::Claim), 5_000);
    assert_eq!(import.report().left_out(), 45_000);
    assert_eq!(import.graph().actor_count(), 2);
    assert_eq!(import.graph().count(EntityKind::Source), 7);
}

#[test]
fn limits_stop_the_import_with_an_error_naming_the_line() {
    let rows = || Rows {
        n: 1_000,
        next: 0,
        pending: Vec::new(),
        at: 0,
    };
    let limits = Limits::default().with_max_records(999);
    let e = ClaimGraph::from_gdelt(std::io::BufReader::new(rows()), &limits).unwrap_err();
    assert_eq!(e.kind(), claimgraph::io::ImportErrorKind::TooLarge);
    assert_eq!(e.position().line(), Some(1000));
    let limits = Limits::default().with_max_bytes(10_000);
    let e = ClaimGraph::from_gdelt(std::io::BufReader::new(rows()), &limits).unwrap_err();
    assert_eq!(e.kind(), claimgraph::io::ImportErrorKind::TooLarge);
    assert!(
        e.to_string()
            .ends_with("more than the limit of 10000 bytes"),
        "{e}"
    );
    // Every line too long: nothing is GDELT, an error naming the first line.
    let limits = Limits::default().with_max_line(100);
    let e = ClaimGraph::from_gdelt(std::io::BufReader::new(rows()), &limits).unwrap_err();
    assert_eq!(e.kind(), claimgraph::io::ImportErrorKind::Syntax);
    assert_eq!(
        e.to_string(),
        "GDELT: line 1: not GDELT: 0 of 1000 lines are rows (first fault: longer than the limit \
         of 100 bytes)"
    );
    // Some long lines among rows are findings, not errors, and cost no more than the limit.
    let row = finland_accuses_russia("112", "https://yle.fi/a");
    let mut mixed = String::new();
    for i in 0..1000 {
        mixed.push_str(&if i % 4 == 0 {
            row.replacen("1104000001", &i.to_string(), 1)
        } else {
            "x".repeat(200)
        });
        mixed.push('\n');
    }
    let limits = Limits::default().with_max_line(row.len() + 20);
    let import = ClaimGraph::from_gdelt(mixed.as_bytes(), &limits).unwrap();
    assert_eq!(import.report().count(FindingKind::TooLong), 750);
    assert_eq!(import.report().findings().len(), 750);
    let limits = limits.with_max_findings(3);
    let import = ClaimGraph::from_gdelt(mixed.as_bytes(), &limits).unwrap();
    assert_eq!(import.report().findings().len(), 3);
    assert!(
        import
            .report()
            .to_string()
            .contains("750 × line too long (line 2, line 3, line 4, …)"),
        "{}",
        import.report()
    );
}

proptest! {
    /// Byte flips, truncations and stray tabs or newlines in real-shaped rows: a report, never
    /// a panic, and every line accounted for.
    #[test]
    fn mutated_rows_never_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..12),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = Vec::new();
        for code in ["1123", "016", "138", "042", "112"] {
            bytes.extend_from_slice(finland_accuses_russia(code, "https://yle.fi/a").as_bytes());
            bytes.push(b'\n');
        }
        for (at, b) in flips {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        // Mutations can leave nothing readable: then an error, never an empty graph.
        let import = match ClaimGraph::from_gdelt(&bytes[..], &Limits::default()) {
            Ok(import) => import,
            Err(e) => {
                prop_assert_eq!(e.kind(), claimgraph::io::ImportErrorKind::Syntax);
                return Ok(());
            }
        };
        let r = import.report();
        let faults = r.total();
        prop_assert!(r.added(EntityKind::Claim) + r.left_out() + faults <= r.read());
        prop_assert_eq!(r.added(EntityKind::Claim) as usize, import.graph().claim_count());
    }
}

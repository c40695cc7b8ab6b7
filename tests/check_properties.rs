//! Checking never panics, on any graph the strategies build or any document that loads, and
//! its report is deterministic, well ordered, and names only entities of the graph.
#![cfg(feature = "proptest")]

#[path = "common/proptest_config.rs"]
mod proptest_config;

use claimgraph::check::{Config, LINTS, Level, PossibleFindings, Report, Severity};
use claimgraph::strategies::{Cycles, graphs};
use claimgraph::*;
use proptest::prelude::*;

/// Every lint at least at `level`-ish strength: all enabled, possible findings kept.
fn everything(level: Level) -> Config {
    LINTS
        .iter()
        .fold(Config::default(), |c, lint| c.level(lint, level))
        .possible_findings(PossibleFindings::Keep)
}

fn assert_sound(g: &ClaimGraph, report: &Report) -> Result<(), TestCaseError> {
    let keys: Vec<_> = report
        .iter()
        .map(|d| {
            (
                d.lint().code(),
                d.primary(),
                d.related().to_vec(),
                d.message().to_owned(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    prop_assert_eq!(&keys, &sorted, "report out of order");
    for d in report {
        prop_assert!(
            g.contains(d.primary()),
            "{} names missing {}",
            d.lint(),
            d.primary()
        );
        for r in d.related() {
            prop_assert!(g.contains(*r), "{} names missing {}", d.lint(), r);
        }
        prop_assert!(!d.message().is_empty());
        prop_assert!(!d.help().is_empty());
    }
    Ok(())
}

proptest! {
    #![proptest_config(proptest_config::cases(300))]

    #[test]
    fn checking_any_graph_never_panics_and_is_deterministic(
        g in graphs().actors(1..=12).claims(0..=40).rebuttals(0..=60).supports(0..=12)
            .relations(0..=12).cycles(Cycles::Allow)
    ) {
        let config = everything(Level::Warn);
        let report = g.check(&config);
        assert_sound(&g, &report)?;
        prop_assert_eq!(g.clone().check(&config), report.clone());
        prop_assert_eq!(report.count(Severity::Error), 0);
        // Levels change severities, never which findings there are.
        let denied = g.check(&everything(Level::Deny));
        prop_assert_eq!(denied.len(), report.len());
        prop_assert!(denied.iter().all(|d| d.severity() == Severity::Error));
        // Allowing everything silences everything.
        prop_assert!(g.check(&everything(Level::Allow)).is_empty());
        // Default levels find a subset of everything.
        prop_assert!(g.check(&Config::default()).len() <= report.len());
    }

    #[test]
    fn possible_findings_only_ever_lose_severity(g in graphs().claims(0..=30).rebuttals(0..=40)) {
        let kept = g.check(&everything(Level::Deny));
        let demoted = g.check(&everything(Level::Deny).possible_findings(PossibleFindings::Demote));
        let omitted = g.check(&everything(Level::Deny).possible_findings(PossibleFindings::Omit));
        prop_assert_eq!(kept.len(), demoted.len());
        let possible = kept.iter().filter(|d| d.certainty() == Certainty::Possible).count();
        prop_assert_eq!(omitted.len() + possible, kept.len());
        prop_assert_eq!(demoted.count(Severity::Warning), possible);
    }
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(proptest_config::cases(300))]

    #[test]
    fn a_loaded_document_checks_as_the_graph_it_came_from(g in graphs()) {
        let loaded = ClaimGraph::from_json(&g.to_json()).unwrap();
        let config = everything(Level::Warn);
        prop_assert_eq!(loaded.check(&config), g.check(&config));
        let json: serde_json::Value = serde_json::from_str(&g.check(&config).to_json()).unwrap();
        prop_assert!(json["diagnostics"].is_array());
    }

    /// Documents that differ from a valid one by a byte: whichever load is checked, and must
    /// not panic.
    #[test]
    fn any_document_that_loads_checks_without_panic(
        g in graphs().claims(0..=20).rebuttals(0..=30),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..128), 1..4),
    ) {
        let mut bytes = g.to_json().into_bytes();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if let Ok(text) = String::from_utf8(bytes)
            && let Ok(loaded) = ClaimGraph::from_json(&text)
        {
            let report = loaded.check(&everything(Level::Warn));
            assert_sound(&loaded, &report)?;
        }
    }
}

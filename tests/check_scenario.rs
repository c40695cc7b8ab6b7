//! The reference scenario checks clean of warnings and errors at default levels; its
//! information-level findings are exactly the ones the module docs list.
#![cfg(feature = "serde")] // the scenario example writes JSON

#[allow(dead_code)]
#[path = "../examples/finland_russia.rs"]
mod example;

use claimgraph::check::{Config, Level, PossibleFindings, Severity, lints};
use claimgraph::*;

#[test]
fn the_scenario_has_no_warning_and_no_error() {
    let g = example::finland_russia().expect("the scenario builds");
    let report = g.check(&Config::default());
    assert_eq!(report.count(Severity::Error), 0, "{report}");
    assert_eq!(report.count(Severity::Warning), 0, "{report}");
    let found: Vec<(&str, String, Certainty)> = report
        .iter()
        .map(|d| (d.lint().name(), d.primary().to_string(), d.certainty()))
        .collect();
    let expected = [
        ("rebuttal_before_statement", "R0", Certainty::Possible),
        ("rebuttal_before_statement", "R1", Certainty::Possible),
        ("rebuttal_before_statement", "R2", Certainty::Possible),
        ("cites_later_event", "C0", Certainty::Possible),
        ("orphan_event", "E7", Certainty::Certain),
    ];
    let expected: Vec<(&str, String, Certainty)> = expected
        .iter()
        .map(|&(n, p, c)| (n, p.to_owned(), c))
        .collect();
    assert_eq!(found, expected, "{report}");
}

#[test]
fn the_scenario_fails_only_when_possible_findings_are_kept_at_deny() {
    let g = example::finland_russia().expect("the scenario builds");
    let strict = Config::default()
        .level(&lints::REBUTTAL_BEFORE_STATEMENT, Level::Deny)
        .possible_findings(PossibleFindings::Keep);
    assert_eq!(g.check(&strict).count(Severity::Error), 3);
    let omit = Config::default().possible_findings(PossibleFindings::Omit);
    let names: Vec<&str> = g.check(&omit).iter().map(|d| d.lint().name()).collect();
    assert_eq!(names, ["orphan_event"]);
}

#[cfg(feature = "serde")]
#[test]
fn the_hand_written_document_checks_the_same() {
    let doc = include_str!("../examples/scenarios/finland-russia-2023.json");
    let loaded = ClaimGraph::from_json(doc).expect("the document loads");
    let built = example::finland_russia().expect("the scenario builds");
    let config = Config::default();
    assert_eq!(loaded.check(&config), built.check(&config));
}

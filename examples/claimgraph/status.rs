//! `status FILE [--semantics NAME] [--as-of DATE [--possible]] [--history STATEMENT]`: which
//! statements stand, and why; or one statement's status over time. `--as-of` keeps the
//! statements every query's `--as-of` keeps (the crate's one "as of" rule).

use crate::Failure;
use claimgraph::argumentation::Semantics;
use claimgraph::dispute::DeriveOptions;
use claimgraph::{Certainty, ClaimGraph, PartialDate, StatementId};

/// Prints every statement's status under `semantics`, with its explanation, or with
/// `history` one statement's status at every date where it changed.
///
/// # Errors
/// A [`Failure`] for an unknown statement id.
pub fn run(
    g: &ClaimGraph,
    semantics: Semantics,
    as_of: Option<PartialDate>,
    certainty: Certainty,
    history: Option<StatementId>,
) -> Result<(), Failure> {
    let mut options = DeriveOptions::default();
    if let Some(t) = as_of {
        options = options.as_of(t);
    }
    if let Some(s) = history {
        let Some(stated) = g.statement(s) else {
            return Err(Failure::new(format!("{s} is not in the document")));
        };
        if stated.stated().is_none() {
            return Err(Failure::new(format!(
                "{s} is undated, so it has no history"
            )));
        }
        out!("{s} under {semantics} semantics:");
        for change in g.status_history(s, semantics, options) {
            out!("  {change}");
        }
        return Ok(());
    }
    // The dispute as a view as of the date sees it: the same statements as every query.
    let mut view = g.view().certainty(certainty);
    if let Some(t) = as_of {
        view = view.as_of(t);
    }
    let d = view.dispute(options);
    // One labelling explains every statement: asking per statement would solve once each.
    let mut why = d.explain_all(semantics).into_iter();
    for (s, status) in d.statuses(semantics) {
        out!(
            "{s:<5} {status:<10} {}",
            g.statement(s).map_or("", |x| x.text())
        );
        if let Some(why) = why.next() {
            out!("      {why}");
        }
    }
    Ok(())
}

//! `status FILE [--semantics NAME] [--as-of DATE] [--history STATEMENT] [reading options]
//! [--format text|json]`: which statements stand, which are contested, which are defeated,
//! and why; or one statement's verdict over time.

use crate::Failure;
use claimgraph::argumentation::Semantics;
use claimgraph::verdict::{Confidence, Preference, Reading, Undercuts, Verdicts};
use claimgraph::{ClaimGraph, PartialDate, StatementId};
use serde_json::{Value, json};
use std::path::PathBuf;

/// How to read the dispute: the options of [`Reading`], shared by `status` and
/// `export --to iccma`.
#[derive(clap::Args, Clone, Debug)]
pub struct ReadingArgs {
    /// The plain Dung reading: every attack defeats, whatever the evidence (for researchers
    /// and ICCMA comparisons).
    #[arg(long)]
    plain: bool,
    /// Count dismissals ("far-fetched") as attacks; by default they engage with nothing.
    #[arg(long)]
    dismissals: bool,
    /// How the speakers' own confidence counts: tie_break (between statements of the same
    /// evidence tier that rest on evidence) or ignore.
    #[arg(long, default_value = "tie_break")]
    confidence: Confidence,
    /// Whether undercuts are weighed (by_strength) or always defeat (always, as in ASPIC+).
    #[arg(long, default_value = "by_strength")]
    undercuts: Undercuts,
    /// An analyst's preference, `STRONGER>WEAKER:reason` (`R3>C0:checked the border data`);
    /// repeat for more.
    #[arg(long = "prefer", value_name = "S>T:REASON", value_parser = parse_preference)]
    preferences: Vec<Preference>,
    /// Keep the preferences given but do not use them, to see what they change.
    #[arg(long)]
    ignore_preferences: bool,
}

fn parse_preference(text: &str) -> Result<Preference, String> {
    let (pair, reason) = text
        .split_once(':')
        .ok_or_else(|| "write STRONGER>WEAKER:reason, such as R3>C0:checked the data".to_owned())?;
    let (a, b) = pair
        .split_once('>')
        .ok_or_else(|| "write STRONGER>WEAKER:reason, such as R3>C0:checked the data".to_owned())?;
    let a: StatementId = a.trim().parse().map_err(|e| format!("{e}"))?;
    let b: StatementId = b.trim().parse().map_err(|e| format!("{e}"))?;
    if reason.trim().is_empty() {
        return Err("a preference needs its reason after `:`".into());
    }
    Ok(Preference::new(a, b, reason.trim()))
}

impl ReadingArgs {
    /// The reading these options describe, as of a date if given.
    pub fn reading(&self, as_of: Option<PartialDate>) -> Reading {
        let mut r = if self.plain {
            Reading::plain()
        } else {
            Reading::new()
        };
        r = r
            .with_dismissals(self.dismissals)
            .with_confidence(self.confidence)
            .with_undercuts(self.undercuts);
        for p in &self.preferences {
            r = r.with_preference(p.clone());
        }
        if self.ignore_preferences {
            r = r.ignoring_preferences();
        }
        if let Some(t) = as_of {
            r = r.as_of(t);
        }
        r
    }
}

/// How `status` prints.
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum OutputFormat {
    /// One line per statement and its reasons.
    #[default]
    Text,
    /// One JSON object per statement: id, verdict, semantics, label, strength, attacks.
    Json,
}

/// Arguments of `status`.
#[derive(clap::Args)]
pub struct Args {
    /// The JSON document to read.
    file: PathBuf,
    /// The semantics, by name or ICCMA code: grounded (GR), complete (CO), preferred (PR),
    /// stable (ST), semi_stable (SST), stage (STG), ideal (ID).
    #[arg(long, default_value = "grounded")]
    semantics: Semantics,
    /// Only what had been said by this date (2023, 2023-11, 2023-11-20), as every query's
    /// `--as-of` decides it.
    #[arg(long)]
    as_of: Option<PartialDate>,
    /// With `--as-of`, also keep what only possibly came by then (partial or missing dates),
    /// as the queries' `--possible` does.
    #[arg(long)]
    possible: bool,
    /// Print this statement's verdict over time instead (C0, R3).
    #[arg(long)]
    history: Option<StatementId>,
    #[command(flatten)]
    reading: ReadingArgs,
    /// text or json.
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
}

/// Prints every statement's verdict under the reading, with its reasons, or one statement's
/// verdict at every date where it changed.
///
/// # Errors
/// A [`Failure`] for an unreadable file or an unknown or undated statement.
pub fn run(args: &Args) -> Result<(), Failure> {
    let g = crate::load(&args.file)?;
    let mut reading = args.reading.reading(args.as_of);
    if args.possible {
        reading = reading.with_certainty(claimgraph::Certainty::Possible);
    }
    if let Some(s) = args.history {
        return history(&g, s, args);
    }
    let v = g.verdicts(&reading);
    let verdicts = v.all(args.semantics);
    match args.format {
        OutputFormat::Text => {
            out!(
                "{} reading, {} semantics{}",
                if args.reading.plain {
                    "plain Dung"
                } else {
                    "structured"
                },
                args.semantics,
                args.as_of
                    .map(|t| format!(", as of {t}"))
                    .unwrap_or_default()
            );
            for (s, verdict) in &verdicts {
                out!(
                    "{s:<5} {:<10} {}",
                    verdict.name().replace('_', " "),
                    g.statement(*s).map_or("", |x| x.text())
                );
                if let Some(why) = v.explain(*s) {
                    out!("      {why}");
                }
            }
        }
        OutputFormat::Json => {
            let all: Vec<Value> = verdicts
                .iter()
                .map(|&(s, verdict)| statement_json(&g, &v, s, verdict, args.semantics))
                .collect();
            out!(
                "{}",
                serde_json::to_string_pretty(&Value::Array(all)).unwrap_or_default()
            );
        }
    }
    Ok(())
}

fn statement_json(
    g: &ClaimGraph,
    v: &Verdicts<'_>,
    s: StatementId,
    verdict: claimgraph::verdict::Verdict,
    semantics: Semantics,
) -> Value {
    let strength = v.strength(s);
    let attacks: Vec<Value> = v
        .attacks_on(s)
        .map(|a| {
            json!({
                "by": a.attacker().to_string(),
                "kind": a.kind().name(),
                "defeats": a.defeats(),
                "why": a.why().to_string(),
            })
        })
        .collect();
    json!({
        "id": s.to_string(),
        "verdict": verdict.name(),
        "semantics": semantics.name(),
        "label": v.label(s).map(claimgraph::argumentation::Label::name),
        "text": g.statement(s).map(|x| x.text()),
        "strength": strength.map(|st| json!({
            "tier": st.tier().name(),
            "weight": st.weight(),
            "grounds": st.grounds().map(|(gr, w)| json!({"ground": gr.to_string(), "weight": w})).collect::<Vec<_>>(),
            "discredited": st.discredited().iter().map(ToString::to_string).collect::<Vec<_>>(),
            "confidence": st.confidence().map(claimgraph::Likelihood::name),
        })),
        "attacked_by": attacks,
        "reasons": v.explain(s).map(|e| e.to_string()),
    })
}

fn history(g: &ClaimGraph, s: StatementId, args: &Args) -> Result<(), Failure> {
    let Some(stated) = g.statement(s) else {
        return Err(Failure::new(format!("{s} is not in the document")));
    };
    if stated.stated().is_none() {
        return Err(Failure::new(format!(
            "{s} is undated, so it has no history"
        )));
    }
    let reading = args.reading.reading(None);
    let h = g.verdict_history(s, args.semantics, &reading);
    match args.format {
        OutputFormat::Text => {
            out!("{s} under {} semantics:", args.semantics);
            for (d, verdict) in h {
                out!("  {d:<12} {}", verdict.describe());
            }
        }
        OutputFormat::Json => {
            let all: Vec<Value> = h
                .iter()
                .map(|(d, verdict)| json!({"date": d.to_string(), "verdict": verdict.name()}))
                .collect();
            out!(
                "{}",
                serde_json::to_string_pretty(&json!({"id": s.to_string(), "semantics": args.semantics.name(), "history": all}))
                    .unwrap_or_default()
            );
        }
    }
    Ok(())
}

//! The query subcommands: `accusations`, `reciprocal`, `thread`, `timeline`, `unanswered`,
//! `summary`.
//!
//! Each reads a document and prints plain lines; dates are printed ISO-style at their own
//! precision (`2021`, `2022-02`, `2023-11-16`). `--as-of DATE` shows the dispute as it stood
//! then; `--possible` also keeps what only possibly came by then (partial or missing dates).

use crate::{Failure, load};
use claimgraph::query::TimelineItem;
use claimgraph::query::{Attribution, Unanswered, View};
use claimgraph::{ActorId, Certainty, ClaimGraph, Interval, PartialDate, StatementId};
use clap::{Args, Subcommand};
use std::path::PathBuf;

/// Options every query takes.
#[derive(Args)]
pub struct Common {
    /// The JSON document to read.
    file: PathBuf,
    /// Only what had been stated or had happened by this date (`2023`, `2023-11`, `2023-11-20`).
    #[arg(long, value_name = "DATE")]
    as_of: Option<PartialDate>,
    /// Keep what only possibly passes the date filters (partial or missing dates), not only
    /// what certainly does.
    #[arg(long)]
    possible: bool,
}

/// Whether statements roll up through speaks-for and part-of relations.
#[derive(Args)]
pub struct RollUp {
    /// Count a spokesperson's words as those of whom they speak for (Peskov's as the
    /// Kremlin's and Russia's), and an accusation of a part as one of the whole (a brigade's
    /// as its state's). Each statement still counts once.
    #[arg(long)]
    roll_up: bool,
}

/// The query subcommands.
#[derive(Subcommand)]
pub enum QueryCommand {
    /// One line per accuser -> accused pair: allegations, counts and dates.
    Accusations {
        #[command(flatten)]
        common: Common,
        #[command(flatten)]
        roll_up: RollUp,
    },
    /// What two actors say about each other: claims, answers, accusations, first and last
    /// dates, each way.
    Reciprocal {
        #[command(flatten)]
        common: Common,
        /// The first actor, by id (`A1`) or name (`Russia`).
        first: String,
        /// The second actor, by id or name.
        second: String,
        #[command(flatten)]
        roll_up: RollUp,
    },
    /// A claim (or rebuttal) with its rebuttals, to any depth: who answered whom, and when.
    Thread {
        #[command(flatten)]
        common: Common,
        /// The statement to start from, as `C0` or `R2`.
        statement: StatementId,
    },
    /// Events and statements in time order, dated at their own precision.
    Timeline {
        #[command(flatten)]
        common: Common,
        /// Only from this date.
        #[arg(long, value_name = "DATE")]
        from: Option<PartialDate>,
        /// Only up to this date.
        #[arg(long, value_name = "DATE")]
        to: Option<PartialDate>,
    },
    /// Accusations nobody has rebutted (or, with `--by-accused`, the accused have not).
    Unanswered {
        #[command(flatten)]
        common: Common,
        /// List accusations the accused themselves have not answered.
        #[arg(long)]
        by_accused: bool,
        #[command(flatten)]
        roll_up: RollUp,
    },
    /// Per actor: accusations made and received, in and out degree, reciprocity.
    Summary {
        #[command(flatten)]
        common: Common,
        #[command(flatten)]
        roll_up: RollUp,
    },
}

fn name(g: &ClaimGraph, id: ActorId) -> &str {
    g.actor(id).map_or("?", claimgraph::Actor::name)
}

/// The actor named by `key`: an id (`A1`) in the document, or a name or alias that names
/// exactly one actor.
fn actor(g: &ClaimGraph, key: &str) -> Result<ActorId, Failure> {
    if let Ok(id) = key.parse::<ActorId>()
        && g.actor(id).is_some()
    {
        return Ok(id);
    }
    let found: Vec<ActorId> = g.actors_named(key).map(|(id, _)| id).collect();
    match found.as_slice() {
        [id] => Ok(*id),
        [] => Err(Failure::new(format!(
            "no actor is named or numbered \"{key}\" in the document"
        ))),
        many => {
            let ids: Vec<String> = many.iter().map(ToString::to_string).collect();
            Err(Failure::new(format!(
                "\"{key}\" names {} actors ({}): give an id",
                many.len(),
                ids.join(", ")
            )))
        }
    }
}

fn when(d: Option<PartialDate>) -> String {
    d.map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

fn span(first: Option<PartialDate>, last: Option<PartialDate>) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}..{b}"),
        _ => "undated".to_owned(),
    }
}

fn view<'g>(g: &'g ClaimGraph, common: &Common, roll_up: Option<&RollUp>) -> View<'g> {
    let mut v = g.view();
    if let Some(t) = common.as_of {
        v = v.as_of(t);
    }
    if common.possible {
        v = v.certainty(Certainty::Possible);
    }
    if roll_up.is_some_and(|r| r.roll_up) {
        v = v.attribution(Attribution::RollUp);
    }
    v
}

/// Runs a query subcommand.
///
/// # Errors
/// A [`Failure`] when the document cannot be read, a statement is not in it, or a window is
/// impossible.
pub fn run(command: &QueryCommand) -> Result<(), Failure> {
    match command {
        QueryCommand::Accusations { common, roll_up } => {
            let g = load(&common.file)?;
            accusations(view(&g, common, Some(roll_up)));
        }
        QueryCommand::Reciprocal {
            common,
            first,
            second,
            roll_up,
        } => {
            let g = load(&common.file)?;
            let (a, b) = (actor(&g, first)?, actor(&g, second)?);
            reciprocal(view(&g, common, Some(roll_up)), a, b);
        }
        QueryCommand::Thread { common, statement } => {
            let g = load(&common.file)?;
            thread(view(&g, common, None), *statement)?;
        }
        QueryCommand::Timeline { common, from, to } => {
            let g = load(&common.file)?;
            let mut v = view(&g, common, None);
            if from.is_some() || to.is_some() {
                let window = Interval::new(*from, *to)
                    .map_err(|e| Failure::new(format!("--from/--to: {e}")))?;
                v = v.window(window);
            }
            timeline(v);
        }
        QueryCommand::Unanswered {
            common,
            by_accused,
            roll_up,
        } => {
            let g = load(&common.file)?;
            let by = if *by_accused {
                Unanswered::ByAccused
            } else {
                Unanswered::ByAnyone
            };
            unanswered(view(&g, common, Some(roll_up)), by);
        }
        QueryCommand::Summary { common, roll_up } => {
            let g = load(&common.file)?;
            summary(view(&g, common, Some(roll_up)));
        }
    }
    Ok(())
}

fn accusations(v: View<'_>) {
    let g = v.graph();
    let network = v.accusations();
    for p in &network.pairs {
        let allegations: Vec<String> = p
            .allegations
            .iter()
            .map(|a| {
                let code = a.category.map(|c| format!(" [{c}]")).unwrap_or_default();
                let ids: Vec<String> = a.statements.iter().map(ToString::to_string).collect();
                format!(
                    "\"{}\"{code} x{} {} ({})",
                    a.text,
                    a.statements.len(),
                    span(a.first, a.last),
                    ids.join(" ")
                )
            })
            .collect();
        // Rolled up, say whose words a pair holds when they are not the accuser's own.
        let mut via: Vec<&str> = p
            .statements()
            .into_iter()
            .filter_map(|s| g.statement(s).map(|s| s.author()))
            .filter(|&a| a != p.accuser)
            .map(|a| name(g, a))
            .collect();
        via.sort_unstable();
        via.dedup();
        let mut over: Vec<&str> = p
            .statements()
            .into_iter()
            .filter_map(|s| match s {
                StatementId::Claim(c) => g.claim(c),
                StatementId::Rebuttal(_) => None,
            })
            .filter(|c| !c.about().contains(&p.accused))
            .flat_map(|c| c.about().iter().map(|&a| name(g, a)))
            .collect();
        over.sort_unstable();
        over.dedup();
        let via = match (via.is_empty(), over.is_empty()) {
            (true, true) => String::new(),
            (false, true) => format!(" (words of {})", via.join(", ")),
            (true, false) => format!(" (accused: {})", over.join(", ")),
            (false, false) => format!(
                " (words of {}; accused: {})",
                via.join(", "),
                over.join(", ")
            ),
        };
        out!(
            "{} -> {}{via}: {} ({}): {}",
            name(g, p.accuser),
            name(g, p.accused),
            p.count,
            span(p.first, p.last),
            allegations.join("; ")
        );
    }
    out!(
        "{} accusation{} in {} pair{}",
        network.statement_count(),
        if network.statement_count() == 1 {
            ""
        } else {
            "s"
        },
        network.len(),
        if network.len() == 1 { "" } else { "s" }
    );
}

fn reciprocal(v: View<'_>, first: ActorId, second: ActorId) {
    let g = v.graph();
    let rec = v.reciprocal(first, second);
    for (from, to, said) in [
        (first, second, &rec.first_on_second),
        (second, first, &rec.second_on_first),
    ] {
        out!(
            "{} on {}: {} statement{} ({} accusing), {}",
            name(g, from),
            name(g, to),
            said.len(),
            if said.len() == 1 { "" } else { "s" },
            said.accusations,
            span(said.first, said.last)
        );
        let ids = said
            .claims
            .iter()
            .map(|&c| StatementId::from(c))
            .chain(said.rebuttals.iter().map(|&r| r.into()));
        for id in ids {
            let Some(s) = g.statement(id) else { continue };
            let kind = match id {
                StatementId::Claim(c) => {
                    g.claim(c).map_or_else(String::new, |c| c.act().to_string())
                }
                StatementId::Rebuttal(r) => g
                    .rebuttal(r)
                    .map_or_else(String::new, |r| r.kind().to_string()),
            };
            out!(
                "  {id:<4} {kind} by {} ({}): {}",
                name(g, s.author()),
                when(s.stated()),
                s.text()
            );
        }
    }
    out!(
        "{}",
        if rec.is_mutual() {
            "mutual: each side accuses the other"
        } else {
            "not mutual"
        }
    );
}

fn thread(v: View<'_>, root: StatementId) -> Result<(), Failure> {
    let g = v.graph();
    let thread = v.thread(root).map_err(|e| Failure::new(e.to_string()))?;
    if let Some(s) = g.statement(root) {
        out!(
            "{root} by {} ({}): {}",
            name(g, s.author()),
            when(s.stated()),
            s.text()
        );
    }
    for e in thread.entries {
        let r = g.rebuttal(e.rebuttal);
        out!(
            "{}{} {} by {} answering {} of {} ({}): {}",
            "  ".repeat(e.depth),
            e.rebuttal,
            r.map_or("?", |r| r.kind().name()),
            name(g, e.by),
            e.answers,
            name(g, e.answered),
            when(e.stated),
            r.map_or("", claimgraph::Rebuttal::text)
        );
    }
    Ok(())
}

fn timeline(v: View<'_>) {
    let g = v.graph();
    let entries = v.timeline();
    // Columns as wide as their widest entry: intervals (`2023-04..2023-09`) and long ids
    // keep the text aligned.
    let width = |f: &dyn Fn(&claimgraph::query::TimelineEntry) -> usize| {
        entries.iter().map(f).max().unwrap_or(0)
    };
    let date_width = width(&|e| e.when.to_string().chars().count()).max(10);
    let id_width = width(&|e| e.item.to_string().len()).max(3);
    for e in &entries {
        let what = match e.item {
            TimelineItem::Event(id) => g
                .event(id)
                .map_or_else(String::new, |e| format!("event: {}", e.description())),
            TimelineItem::Claim(id) => g.claim(id).map_or_else(String::new, |c| {
                format!(
                    "{} by {}: {}",
                    c.act(),
                    name(g, c.claimant()),
                    c.allegation().text()
                )
            }),
            TimelineItem::Rebuttal(id) => g.rebuttal(id).map_or_else(String::new, |r| {
                format!("{} by {}: {}", r.kind(), name(g, r.by()), r.text())
            }),
        };
        // `~` marks an entry whose order against the one before is open (partial dates).
        let mark = if e.order == Some(claimgraph::TimeOrder::Overlapping) {
            "~"
        } else {
            " "
        };
        out!(
            "{mark}{:<date_width$}  {:<id_width$}  {what}",
            e.when.to_string(),
            e.item.to_string()
        );
    }
}

fn unanswered(v: View<'_>, by: Unanswered) {
    let g = v.graph();
    for u in v.unanswered(by) {
        let Some(c) = g.claim(u.claim) else { continue };
        let silent: Vec<&str> = u.silent.iter().map(|&a| name(g, a)).collect();
        out!(
            "{} {} by {} ({}): {} [unanswered by: {}]",
            u.claim,
            c.act(),
            name(g, c.claimant()),
            when(c.stated()),
            c.allegation().text(),
            silent.join(", ")
        );
    }
}

fn summary(v: View<'_>) {
    let g = v.graph();
    let s = v.summary();
    let width = s
        .actors
        .iter()
        .map(|a| name(g, a.actor).chars().count())
        .max()
        .unwrap_or(0)
        .max(5);
    out!("{:<width$}  made  received  out  in  reciprocity", "actor");
    for a in &s.actors {
        let r = a
            .reciprocity()
            .map_or_else(|| "-".to_owned(), |r| format!("{r:.2}"));
        out!(
            "{:<width$}  {:>4}  {:>8}  {:>3}  {:>2}  {r:>11}",
            name(g, a.actor),
            a.made,
            a.received,
            a.out_degree,
            a.in_degree
        );
    }
    out!(
        "(made and received count distinct statements: rolled up, one statement counts once \
         for each actor it is attributed to)"
    );
    let top = |list: Vec<&claimgraph::query::ActorSummary>| {
        list.iter()
            .map(|a| name(g, a.actor))
            .collect::<Vec<_>>()
            .join(", ")
    };
    out!("most accused: {}", top(s.most_accused(3)));
    out!("most accusing: {}", top(s.most_accusing(3)));
}

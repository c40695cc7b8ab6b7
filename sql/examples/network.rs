//! Who accuses whom, from a directory of claimgraph tables, computed by DataFusion in SQL.
//!
//! ```text
//! cargo run -p claimgraph-sql --example network -- DIR [--month YYYY-MM] [--by-month]
//! cargo run -p claimgraph-sql --example network -- --sql [--month YYYY-MM] [--by-month]
//! ```
//!
//! `DIR` holds the tables as written by `claimgraph export --to parquet` or
//! `claimgraph::io::tables::parquet::write` (or by the GDELT stream, partitioned by month).
//! `--month` keeps the statements stated within one month (or any date: `2023`,
//! `2023-11-20`); `--by-month` lists the network month by month; `--sql` prints the query
//! instead of running it, to paste into Spark SQL or DuckDB.

use claimgraph::PartialDate;
use claimgraph_sql::{MONTHLY_SQL, NETWORK_SQL, Network, Pair, network_sql_within};
use std::process::ExitCode;

const USAGE: &str = "usage: network DIR [--month YYYY-MM] [--by-month] [--sql]";

struct Args {
    dir: String,
    month: Option<PartialDate>,
    by_month: bool,
    sql: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut dir = None;
    let mut month = None;
    let mut by_month = false;
    let mut sql = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--month" => {
                let text = args.next().ok_or("--month needs a date, such as 2023-11")?;
                month = Some(
                    text.parse::<PartialDate>()
                        .map_err(|e| format!("--month {text}: {e}"))?,
                );
            }
            "--by-month" => by_month = true,
            "--sql" => sql = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ if dir.is_none() => dir = Some(arg),
            _ => return Err(format!("one directory only\n{USAGE}")),
        }
    }
    if by_month && month.is_some() {
        return Err(format!(
            "--month and --by-month do not go together\n{USAGE}"
        ));
    }
    // With --sql, the directory is not read and may be left out.
    let dir = match dir {
        Some(dir) => dir,
        None if sql => String::new(),
        None => return Err(USAGE.to_owned()),
    };
    Ok(Args {
        dir,
        month,
        by_month,
        sql,
    })
}

/// The pairs as a table an analyst reads: names, count, first and last date.
fn print_pairs<'a>(rows: impl Iterator<Item = (Option<&'a str>, &'a Pair)>, with_month: bool) {
    let rows: Vec<_> = rows.collect();
    let width = |f: &dyn Fn(&Pair) -> usize, header: &str| {
        rows.iter()
            .map(|(_, p)| f(p))
            .max()
            .unwrap_or(0)
            .max(header.len())
    };
    let w_from = width(&|p| p.accuser_name.chars().count(), "accuser");
    let w_to = width(&|p| p.accused_name.chars().count(), "accused");
    let w_first = width(&|p| p.first.as_deref().map_or(1, str::len), "first");
    let month_header = if with_month { "month    " } else { "" };
    println!(
        "{month_header}{:<w_from$}  {:<w_to$}  {:>10}  {:<w_first$}  last",
        "accuser", "accused", "statements", "first"
    );
    for (month, p) in &rows {
        let month = month.map(|m| format!("{m:<9}")).unwrap_or_default();
        println!(
            "{month}{:<w_from$}  {:<w_to$}  {:>10}  {:<w_first$}  {}",
            p.accuser_name,
            p.accused_name,
            p.statements,
            p.first.as_deref().unwrap_or("-"),
            p.last.as_deref().unwrap_or("-"),
        );
    }
    println!("{} pairs", rows.len());
}

fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    if args.sql {
        let sql = match (&args.month, args.by_month) {
            (Some(month), _) => network_sql_within(month),
            (None, true) => MONTHLY_SQL.to_owned(),
            (None, false) => NETWORK_SQL.to_owned(),
        };
        println!("{sql};");
        return Ok(());
    }
    let network = Network::open(&args.dir)?;
    if args.by_month {
        let rows = network.pairs_by_month()?;
        print_pairs(rows.iter().map(|r| (Some(r.month.as_str()), &r.pair)), true);
    } else {
        let pairs = match &args.month {
            Some(month) => network.pairs_within(month)?,
            None => network.pairs()?,
        };
        print_pairs(pairs.iter().map(|p| (None, p)), false);
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("network: {e}");
            ExitCode::FAILURE
        }
    }
}

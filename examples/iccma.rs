//! An ICCMA-style solver on top of `claimgraph`'s argumentation layer.
//!
//! ```text
//! iccma --problems
//! iccma -p SE-PR -f instance.af
//! iccma -p DC-ST -f instance.af -a 3
//! iccma -p DS-SST -f instance.af -a 3 --witness
//! iccma -p EE-CO -f instance.apx
//! ```
//!
//! Tasks `SE` (some extension), `DC` / `DS` (credulous / skeptical acceptance of `-a`), `EE`
//! (every extension), `CE` (count) over `CO GR PR ST SST STG ID`. The file format follows the
//! extension: `.apx`, `.tgf`, otherwise ICCMA 2023 (`p af N`). Output as in ICCMA 2023: `w`
//! and the extension's arguments, `NO` when there is none, `YES` / `NO` for decisions (with `--witness`, followed by
//! `w ...`, the extension that shows a `DC` yes or a `DS` no), one
//! `w ...` line per extension for `EE`, the count for `CE`. Errors go to stderr with exit
//! status 1.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;

use claimgraph::argumentation::{Acceptance, ArgumentationFramework, Extension, Format, Semantics};
use claimgraph::io::Limits;
use clap::Parser;

#[derive(Parser, Debug)]
#[command(
    name = "iccma",
    about = "Solve ICCMA tasks on an argumentation framework"
)]
struct Cli {
    /// Print the supported tasks and exit.
    #[arg(long)]
    problems: bool,
    /// The task, e.g. `SE-PR`, `DC-CO`, `EE-ST`.
    #[arg(short = 'p', long = "problem", required_unless_present = "problems")]
    problem: Option<String>,
    /// The framework file (`.af`/`.i23` ICCMA 2023, `.apx`, `.tgf`).
    #[arg(short = 'f', long = "file", required_unless_present = "problems")]
    file: Option<PathBuf>,
    /// The query argument for `DC` and `DS`.
    #[arg(short = 'a', long = "argument")]
    argument: Option<String>,
    /// For `DC` and `DS`: after the answer, print the extension that shows it (`w ...`),
    /// when one does (a `DC` yes, a `DS` no).
    #[arg(short = 'w', long = "witness")]
    witness: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Task {
    Some,
    Credulous,
    Skeptical,
    Enumerate,
    Count,
}

const TASKS: [(&str, Task); 5] = [
    ("SE", Task::Some),
    ("DC", Task::Credulous),
    ("DS", Task::Skeptical),
    ("EE", Task::Enumerate),
    ("CE", Task::Count),
];

fn parse_problem(problem: &str) -> Result<(Task, Semantics), String> {
    let (task, sem) = problem
        .split_once('-')
        .ok_or_else(|| format!("`{problem}` is not TASK-SEMANTICS"))?;
    let task = TASKS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(task))
        .map(|&(_, t)| t)
        .ok_or_else(|| format!("unknown task `{task}` (expected SE, DC, DS, EE or CE)"))?;
    let sem = Semantics::from_str(sem).map_err(|e| e.to_string())?;
    Ok((task, sem))
}

fn read_framework(path: &PathBuf) -> Result<ArgumentationFramework, String> {
    let format = Format::from_path(path).unwrap_or(Format::Iccma);
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // The file its user named: no bound on size, as a competition solver needs.
    ArgumentationFramework::read_with(
        format,
        BufReader::with_capacity(1 << 16, file),
        &Limits::trusted(),
    )
    .map_err(|e| format!("{}: {e}", path.display()))
}

fn witness(out: &mut impl Write, af: &ArgumentationFramework, ext: &Extension) -> io::Result<()> {
    out.write_all(b"w")?;
    for &a in ext {
        write!(out, " {}", af.name(a))?;
    }
    out.write_all(b"\n")
}

fn run(cli: &Cli) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let io_err = |e: io::Error| format!("writing output: {e}");
    if cli.problems {
        let names: Vec<String> = TASKS
            .iter()
            .flat_map(|(t, _)| {
                Semantics::ALL
                    .iter()
                    .map(move |s| format!("{t}-{}", s.iccma()))
            })
            .collect();
        writeln!(out, "[{}]", names.join(",")).map_err(io_err)?;
        return out.flush().map_err(io_err);
    }
    let (Some(problem), Some(file)) = (&cli.problem, &cli.file) else {
        return Err("both -p TASK and -f FILE are required".into());
    };
    let (task, semantics) = parse_problem(problem)?;
    let af = read_framework(file)?;
    match task {
        Task::Some => match af.some_extension(semantics) {
            Some(ext) => witness(&mut out, &af, &ext).map_err(io_err)?,
            None => writeln!(out, "NO").map_err(io_err)?,
        },
        Task::Credulous | Task::Skeptical => {
            let name = cli
                .argument
                .as_deref()
                .ok_or("tasks DC and DS need -a ARGUMENT")?;
            let arg = af
                .find(name)
                .ok_or_else(|| format!("argument `{name}` is not in {}", file.display()))?;
            let acceptance = if task == Task::Credulous {
                Acceptance::Credulous
            } else {
                Acceptance::Skeptical
            };
            if cli.witness {
                let shown = af
                    .witness(arg, semantics, acceptance)
                    .map_err(|e| e.to_string())?;
                let yes = shown.is_some() == (task == Task::Credulous);
                writeln!(out, "{}", if yes { "YES" } else { "NO" }).map_err(io_err)?;
                if let Some(ext) = shown {
                    witness(&mut out, &af, &ext).map_err(io_err)?;
                }
            } else {
                let yes = af
                    .is_accepted(arg, semantics, acceptance)
                    .map_err(|e| e.to_string())?;
                writeln!(out, "{}", if yes { "YES" } else { "NO" }).map_err(io_err)?;
            }
        }
        Task::Enumerate => {
            for ext in af.extensions(semantics) {
                witness(&mut out, &af, &ext).map_err(io_err)?;
            }
        }
        Task::Count => {
            let n = af.extensions(semantics).count();
            writeln!(out, "{n}").map_err(io_err)?;
        }
    }
    out.flush().map_err(io_err)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("iccma: {e}");
            ExitCode::FAILURE
        }
    }
}

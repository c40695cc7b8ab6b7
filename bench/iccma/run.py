#!/usr/bin/env python3
"""Runs ICCMA solvers over a directory of instances with a time limit and prints, per task,
how many task-instances each solved and its PAR-2 score.

    python3 bench/iccma/run.py INST_DIR --limit 10 \
        --solver claimgraph=target/release/examples/iccma \
        --solver scalop=/work/scalop/bin/scalop

Each solver is called ICCMA 2023 style: `CMD -p TASK -f FILE [-a ARG]`, the query argument
read from `FILE.arg` (written by gen.py). A run counts as solved when it exits 0 within the
limit with a well-formed answer (`w ...` / `NO` for SE, `YES` / `NO` for DC and DS); PAR-2
is the mean over all instances of the time taken, or twice the limit when unsolved. Where
two solvers answer a DC/DS question differently, or one says NO to SE and the other gives a
witness, the run says so (DISAGREE) and exits 2. `--cache FILE` keeps results (keyed by
solver command, instance, task and limit) so a solver that did not change need not rerun.
Runs are sequential, each in its own process group, killed at the limit.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import time

TASKS = ["SE-PR", "SE-ST", "SE-SST", "SE-STG", "SE-ID", "DC-CO", "DS-PR", "DC-ST", "DS-ST", "DS-SST"]


def run_one(cmd, task, path, arg, limit):
    argv = cmd.split() + ["-p", task, "-f", path]
    if task.startswith(("DC", "DS")):
        argv += ["-a", arg]
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=limit)
        elapsed = time.monotonic() - start
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return {"status": "timeout", "time": limit}
    if proc.returncode != 0:
        return {"status": f"exit {proc.returncode}", "time": elapsed}
    text = out.decode(errors="replace").strip()
    first = text.split("\n")[0].strip() if text else ""
    if task.startswith("SE"):
        ok = first == "NO" or first == "w" or first.startswith("w ")
    else:
        ok = first in ("YES", "NO")
    if not ok:
        return {"status": "bad output", "time": elapsed, "answer": first[:80]}
    answer = first if not first.startswith("w") else "w " + " ".join(sorted(first[1:].split(), key=int))
    return {"status": "ok", "time": elapsed, "answer": answer}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("instances")
    p.add_argument("--solver", action="append", required=True, help="NAME=COMMAND")
    p.add_argument("--limit", type=float, default=10.0)
    p.add_argument("--tasks", default=",".join(TASKS))
    p.add_argument("--only", default="", help="comma-separated instance names (default: all)")
    p.add_argument("--cache", default="")
    p.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = p.parse_args()
    solvers = [s.split("=", 1) for s in args.solver]
    tasks = args.tasks.split(",")
    names = sorted(f[: -len(".af")] for f in os.listdir(args.instances) if f.endswith(".af"))
    if args.only:
        keep = set(args.only.split(","))
        names = [n for n in names if n in keep]
    cache = {}
    if args.cache and os.path.exists(args.cache):
        with open(args.cache) as f:
            cache = json.load(f)
    results = {}
    for name in names:
        path = os.path.join(args.instances, name + ".af")
        with open(path + ".arg") as f:
            arg = f.read().strip()
        for task in tasks:
            for sname, cmd in solvers:
                key = f"{cmd}|{name}|{task}|{args.limit}"
                if key not in cache:
                    cache[key] = run_one(cmd, task, path, arg, args.limit)
                    if args.cache:
                        with open(args.cache, "w") as f:
                            json.dump(cache, f, indent=0, sort_keys=True)
                r = cache[key]
                results[(sname, name, task)] = r
                print(f"{sname:>12} {task:7} {name:34} {r['status']:10} {r['time']:7.2f}s {r.get('answer', '')[:40]}",
                      file=sys.stderr)
    disagreements = []
    for name in names:
        for task in tasks:
            answers = {}
            for sname, _ in solvers:
                r = results[(sname, name, task)]
                if r["status"] == "ok":
                    a = r["answer"]
                    answers[sname] = "w" if task.startswith("SE") and a.startswith("w") else a
            if len(set(answers.values())) > 1:
                disagreements.append((name, task, answers))
    limit = args.limit
    rows = []
    for sname, _ in solvers:
        solved, par2 = [], []
        for task in tasks:
            rs = [results[(sname, n, task)] for n in names]
            solved.append(sum(r["status"] == "ok" for r in rs))
            par2.append(sum(r["time"] if r["status"] == "ok" else 2 * limit for r in rs) / max(1, len(rs)))
        rows.append((sname, solved, par2))
    if args.markdown:
        print("| task | " + " | ".join(tasks) + " |")
        print("|---|" + "---|" * len(tasks))
        for sname, solved, _ in rows:
            print(f"| {sname} solved | " + " | ".join(str(s) for s in solved) + " |")
        for sname, _, par2 in rows:
            print(f"| {sname} PAR-2 (s) | " + " | ".join(f"{x:.2f}" for x in par2) + " |")
    else:
        print(f"{len(names)} instances, limit {limit:g} s, PAR-2 in seconds")
        print(f"{'task':>20} " + " ".join(f"{t:>7}" for t in tasks))
        for sname, solved, par2 in rows:
            print(f"{sname + ' solved':>20} " + " ".join(f"{s:>7}" for s in solved))
            print(f"{sname + ' PAR-2':>20} " + " ".join(f"{x:>7.2f}" for x in par2))
    for name, task, answers in disagreements:
        print(f"DISAGREE {task} {name}: {answers}")
    sys.exit(2 if disagreements else 0)


if __name__ == "__main__":
    main()

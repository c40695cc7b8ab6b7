"""Compares the crate's semantics with an independent implementation on random frameworks.

The oracle is formal-argumentation (pure Python, PyPI), installed by .ci/oracle.sh. For each of
a few hundred random frameworks of up to 8 arguments (self-attacks included), every extension
of every semantics the crate offers is enumerated by the crate's `iccma` example and by the
oracle, and the two sets of extensions must be equal. Exits non-zero with the first
disagreement spelt out.
"""

import random
import subprocess
import sys
import tempfile

from argumentation.core.dung import ArgumentationFramework
from argumentation.semantics import extensions

ICCMA = sys.argv[1]
CASES = int(sys.argv[2]) if len(sys.argv) > 2 else 300
SEMANTICS = {
    "GR": "grounded",
    "CO": "complete",
    "PR": "preferred",
    "ST": "stable",
    "SST": "semi-stable",
    "STG": "stage",
    "ID": "ideal",
}


def ours(path, short):
    task = f"SE-{short}" if short in ("GR", "ID") else f"EE-{short}"
    out = subprocess.run([ICCMA, "-p", task, "-f", path], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"iccma failed on {path} {task}: {out.stderr}")
    found = set()
    for line in out.stdout.splitlines():
        line = line.strip()
        if line.startswith("w"):
            found.add(frozenset(line.split()[1:]))
        elif line and line != "NO":
            raise SystemExit(f"unexpected output line {line!r} for {task}")
    return found


def main():
    rng = random.Random(20231120)
    checked = 0
    for case in range(CASES):
        n = rng.randint(1, 8)
        density = rng.choice([0.1, 0.2, 0.3, 0.5])
        attacks = sorted(
            (a, b) for a in range(1, n + 1) for b in range(1, n + 1) if rng.random() < density
        )
        text = f"p af {n}\n" + "".join(f"{a} {b}\n" for a, b in attacks)
        af = ArgumentationFramework(
            arguments=frozenset(str(i) for i in range(1, n + 1)),
            defeats=frozenset((str(a), str(b)) for a, b in attacks),
        )
        with tempfile.NamedTemporaryFile("w", suffix=".af", delete=False) as f:
            f.write(text)
            path = f.name
        for short, name in SEMANTICS.items():
            expected = {frozenset(e) for e in extensions(af, semantics=name)}
            got = ours(path, short)
            if got != expected:
                print(f"disagreement on case {case}, semantics {short}:", file=sys.stderr)
                print(text, file=sys.stderr)
                print(f"crate:  {sorted(sorted(e) for e in got)}", file=sys.stderr)
                print(f"oracle: {sorted(sorted(e) for e in expected)}", file=sys.stderr)
                return 1
            checked += 1
    print(f"oracle: {checked} passed, 0 failed ({CASES} random frameworks x {len(SEMANTICS)} semantics)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

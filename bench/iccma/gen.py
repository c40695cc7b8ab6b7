#!/usr/bin/env python3
"""Seeded generator of ICCMA-style benchmark instances (ICCMA 2023 `p af N` format).

    python3 bench/iccma/gen.py OUT_DIR [--seed 13] [--shared ../shared/data/iccma]

Writes one `<name>.af` per instance and a `<name>.af.arg` with the query argument for the
DC/DS tasks, for the families the ICCMA competitions use (Erdos-Renyi, Barabasi-Albert,
Watts-Strogatz, SCC-structured, grounded-heavy, planted-stable), and, when the shared data
directory exists, ICCMA 2023 copies of its large instances (converted from APX where needed;
they are written to OUT_DIR, never into the repository). Same seed, same files, byte for byte:
only `random.Random(seed)` draws, in a fixed order, decide anything.
"""

import argparse
import os
import random
import sys


def write(out, name, n, attacks, query):
    path = os.path.join(out, name + ".af")
    attacks = sorted(set(attacks))
    with open(path, "w") as f:
        f.write(f"p af {n}\n")
        for a, b in attacks:
            f.write(f"{a + 1} {b + 1}\n")
    with open(path + ".arg", "w") as f:
        f.write(f"{query + 1}\n")
    return path, len(attacks)


def erdos_renyi(rng, n, m):
    """`m` distinct attacks drawn uniformly (self-attacks allowed, as in AFGen)."""
    seen = set()
    while len(seen) < m:
        seen.add((rng.randrange(n), rng.randrange(n)))
    return list(seen)


def barabasi_albert(rng, n, k):
    """Preferential attachment: each new argument links to `k` earlier ones chosen in
    proportion to their degree; each link becomes an attack in a random direction (both ways
    with probability 0.2)."""
    targets = list(range(k))
    pool = []
    attacks = []
    for v in range(k, n):
        chosen = set()
        while len(chosen) < min(k, v):
            chosen.add(rng.choice(pool) if pool and rng.random() < 0.9 else rng.randrange(v))
        for u in sorted(chosen):
            r = rng.random()
            if r < 0.2:
                attacks += [(u, v), (v, u)]
            elif r < 0.6:
                attacks.append((u, v))
            else:
                attacks.append((v, u))
            pool += [u, v]
    del targets
    return attacks


def watts_strogatz(rng, n, k, beta):
    """Ring lattice of degree `k`, each edge rewired with probability `beta`, random
    direction (both ways with probability 0.3)."""
    attacks = []
    for v in range(n):
        for j in range(1, k // 2 + 1):
            u = (v + j) % n
            if rng.random() < beta:
                u = rng.randrange(n)
            r = rng.random()
            if r < 0.3:
                attacks += [(u, v), (v, u)]
            elif r < 0.65:
                attacks.append((u, v))
            else:
                attacks.append((v, u))
    return attacks


def scc_structured(rng, comps, size, p_in, p_out):
    """`comps` dense random clusters of `size` arguments, attacks inside with probability
    `p_in`, plus forward attacks between clusters (earlier to later) with probability
    `p_out`: a DAG of strongly connected components."""
    n = comps * size
    attacks = []
    for c in range(comps):
        base = c * size
        for i in range(size):
            for j in range(size):
                if i != j and rng.random() < p_in:
                    attacks.append((base + i, base + j))
    for _ in range(int(p_out * n)):
        c = rng.randrange(comps - 1)
        d = rng.randrange(c + 1, comps)
        attacks.append((c * size + rng.randrange(size), d * size + rng.randrange(size)))
    return n, attacks


def grounded_heavy(rng, n, m, cycles):
    """Mostly acyclic (attacks from lower to higher index), with a few short cycles: the
    grounded labelling settles most of it."""
    attacks = []
    for _ in range(m):
        a = rng.randrange(n - 1)
        b = rng.randrange(a + 1, min(n, a + 50))
        attacks.append((a, b))
    for _ in range(cycles):
        a = rng.randrange(n)
        length = rng.choice([2, 3, 4])
        nodes = [rng.randrange(n) for _ in range(length - 1)]
        ring = [a] + nodes
        for i in range(len(ring)):
            attacks.append((ring[i], ring[(i + 1) % len(ring)]))
    return attacks


def planted_stable(rng, n, frac, extra):
    """A conflict-free set S of about `frac * n` arguments attacking every other argument,
    plus `extra` random attacks that keep S conflict-free: at least one stable extension."""
    s = [v for v in range(n) if rng.random() < frac]
    ins = set(s)
    outs = [v for v in range(n) if v not in ins]
    attacks = []
    for v in outs:
        attacks.append((rng.choice(s), v))
    for _ in range(extra):
        a, b = rng.randrange(n), rng.randrange(n)
        if a in ins and b in ins:
            continue
        attacks.append((a, b))
    return attacks


def convert_apx(path):
    """An APX file as (n, attacks) with arguments numbered in order of appearance."""
    ids = {}
    attacks = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("arg("):
                name = line[4 : line.rindex(")")]
                ids.setdefault(name, len(ids))
            elif line.startswith("att("):
                a, b = line[4 : line.rindex(")")].split(",")
                attacks.append((ids[a.strip()], ids[b.strip()]))
    return len(ids), attacks


def read_af(path):
    with open(path) as f:
        lines = f.read().split("\n")
    n = 0
    attacks = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("p af"):
            n = int(line.split()[2])
            continue
        a, b = line.split()
        attacks.append((int(a) - 1, int(b) - 1))
    return n, attacks


SHARED = [
    "large/admbuster_1000.af",
    "large/admbuster_8000.af",
    "large/admbuster_10000.af",
    "large/admbuster_50000.af",
    "large/a1210993_20150717_0403.gml.80.af",
    "large/st_890_86_9_572.af",
    "large/crusti.i23",
    "oracle/misc/huston_merge_2015-12.gml.80.apx",
]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("out")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared/data/iccma"))
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    made = []

    def emit(name, n, attacks):
        query = rng.randrange(n)
        path, m = write(args.out, name, n, attacks, query)
        made.append((name, n, m))

    for n, m in [(200, 1000), (500, 1500), (1000, 6000)]:
        emit(f"er_{n}_{m}", n, erdos_renyi(rng, n, m))
    for n, k in [(1000, 2), (2000, 3), (5000, 2)]:
        emit(f"ba_{n}_{k}", n, barabasi_albert(rng, n, k))
    for n, k, beta in [(1000, 4, 0.1), (2000, 6, 0.2), (5000, 4, 0.05)]:
        emit(f"ws_{n}_{k}_{int(beta * 100)}", n, watts_strogatz(rng, n, k, beta))
    for comps, size, p_in in [(20, 25, 0.15), (50, 40, 0.08), (10, 100, 0.05)]:
        n, attacks = scc_structured(rng, comps, size, p_in, 0.5)
        emit(f"scc_{comps}x{size}", n, attacks)
    for n, m, cycles in [(20000, 60000, 200), (100000, 300000, 1000)]:
        emit(f"grounded_{n}", n, grounded_heavy(rng, n, m, cycles))
    for n, frac, extra in [(500, 0.3, 2500), (2000, 0.25, 12000), (4000, 0.2, 16000)]:
        emit(f"planted_{n}", n, planted_stable(rng, n, frac, extra))
    if os.path.isdir(args.shared):
        for rel in SHARED:
            src = os.path.join(args.shared, rel)
            if not os.path.exists(src):
                continue
            n, attacks = convert_apx(src) if src.endswith(".apx") else read_af(src)
            base = os.path.basename(rel).rsplit(".", 1)[0]
            emit(base, n, attacks)
    else:
        print(f"gen: no shared data at {args.shared}; generated families only", file=sys.stderr)
    for name, n, m in made:
        print(f"{name}\t{n}\t{m}")


if __name__ == "__main__":
    main()

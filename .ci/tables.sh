#!/usr/bin/env bash
# The Parquet tables against a second reader, and the network in SQL against the one in
# memory:
#
# 1. the tables of the three scenarios, written by the crate, read by pyarrow (PyPI, in a
#    venv under target/ like the oracle's): every table's columns, Arrow types and
#    nullability against the contract, its version in the schema metadata, and the row counts
#    against the documents (.ci/tables.py);
# 2. the sql/ package (DataFusion): its tests check that the accusation network computed in
#    SQL over the Parquet files is `View::accusations` (scenarios, generated graphs, a
#    directory partitioned by month), and its doc examples run.
#
# DataFusion is built in a cheap dev profile (dependencies at opt-level 0, no debug info),
# set on the command line so the root's profiles stay as they are: the root optimises
# dependencies at opt-level 2, which for DataFusion's ~250 crates costs minutes more than
# the queries it would speed up (the tests query small graphs).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/tables-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check "pyarrow==26.0.1"
cheap=(--config 'profile.dev.package."*".opt-level=0' --config 'profile.dev.debug=0')

# The sql/ package's tests, examples and doc examples; this builds the tables writer used
# below in the same profile.
cargo test -q -p claimgraph-sql "${cheap[@]}"

out=target/tables
rm -rf "$out"
mkdir -p "$out"
checks=()
for name in finland-russia-2023 mh17-2014 salisbury-2018; do
    doc="examples/scenarios/$name.json"
    # The command-line tool, as users write tables (built by .ci/examples.sh already).
    cargo run -q --release --all-features --example claimgraph -- export --to parquet "$doc" -o "$out/$name"
    checks+=("$doc" "$out/$name")
done
"$venv/bin/python" .ci/tables.py "${checks[@]}"

# The example reads the directory back and prints the network.
cargo run -q -p claimgraph-sql "${cheap[@]}" --example network -- "$out/finland-russia-2023" > "$out/network.txt"
grep -q '^Finnish government  *Russia  *1  *2023-11  *2023-11$' "$out/network.txt" || {
    cat "$out/network.txt" >&2
    echo "the network example did not print Finnish government -> Russia" >&2
    exit 1
}
echo "network example: $(tail -1 "$out/network.txt")"

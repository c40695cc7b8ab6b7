#!/usr/bin/env bash
# Runs every example with arguments that exercise it; each must exit as expected.
set -euo pipefail
cd "$(dirname "$0")/.."
run() { echo "+ cargo run --release --all-features --example $*"; cargo run -q --release --all-features --example "$@"; }

# The ICCMA solver example: task list, real instances from ../shared/data (beside the clone in CI).
run iccma -- --problems
DATA=../shared/data/iccma
if [ -d "$DATA" ]; then
    run iccma -- -p SE-GR -f "$DATA/large/admbuster_1000.af" | cut -c1-60
    run iccma -- -p SE-PR -f "$DATA/official/probo_examples/ex1.apx"
    run iccma -- -p EE-CO -f "$DATA/official/probo_examples/ex2.tgf"
    run iccma -- -p CE-ST -f "$DATA/official/aspartix_v21_tests/apx/traffic1.apx"
    run iccma -- -p DC-PR -f "$DATA/official/probo_examples/ex1.apx" -a a2
    run iccma -- -p DS-ST -f "$DATA/official/probo_examples/ex1.apx" -a a2
    run iccma -- -p SE-ID -f "$DATA/official/aspartix_v21_tests/witness/ideal/wd_ideal2.apx"
    run iccma -- -p SE-CO -f "$DATA/large/crusti.i23"
    run iccma -- -p SE-ST -f "$DATA/large/a1210993_20150717_0403.gml.80.af" | cut -c1-60
else
    echo "skipping iccma runs on real data: $DATA is missing (CI has it beside the clone)"
fi
# A bad file must fail with a message and a non-zero status, not a panic.
bad="$(mktemp)"
printf 'p af 2\n1 3\n' > "$bad"
if run iccma -- -p SE-GR -f "$bad" 2> "$bad.err"; then
    echo "iccma accepted a bad file" >&2
    exit 1
fi
grep -q "line 2: argument 3 out of range" "$bad.err"
rm -f "$bad" "$bad.err"

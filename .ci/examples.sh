#!/usr/bin/env bash
# Runs every example with arguments that exercise it; each must exit as expected.
set -euo pipefail
cd "$(dirname "$0")/.."
run() { echo "+ cargo run --release --all-features --example $*"; cargo run -q --release --all-features --example "$@"; }

# The reference scenario, through the API, and the hand-written document through the CLI.
run finland_russia target/finland-russia-2023.json
run claimgraph show examples/scenarios/finland-russia-2023.json
# A bad document must fail with a message, not a panic: exit status 2.
echo '{"format": "claimgraph", "version": 1, "actors": {"A0": {"name": "x"}}}' > target/bad-document.json
set +e
cargo run -q --release --all-features --example claimgraph -- show target/bad-document.json
status=$?
set -e
[ "$status" -eq 2 ] || { echo "expected exit status 2 for a bad document, got $status"; exit 1; }
# The query subcommands on the scenario, with and without roll-up and as of a date.
F=examples/scenarios/finland-russia-2023.json
run claimgraph accusations "$F"
run claimgraph accusations "$F" --roll-up --as-of 2023-11
run claimgraph thread "$F" C0
run claimgraph timeline "$F"
run claimgraph timeline "$F" --as-of 2023-11-19 --from 2023
run claimgraph unanswered "$F"
run claimgraph unanswered "$F" --by-accused --roll-up
run claimgraph summary "$F" --roll-up
# An unknown statement is an error with a message, not a panic: exit status 2.
set +e
cargo run -q --release --all-features --example claimgraph -- thread "$F" C99
status=$?
set -e
[ "$status" -eq 2 ] || { echo "expected exit status 2 for an unknown statement, got $status"; exit 1; }

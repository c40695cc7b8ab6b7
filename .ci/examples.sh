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
# Consistency checks: the scenario has no warning or error (exit 0); denying a lint that fires
# on it with possible findings kept must exit 1; the lint list and an explanation print.
run claimgraph check examples/scenarios/finland-russia-2023.json
run claimgraph check --format json examples/scenarios/finland-russia-2023.json
run claimgraph lints
run claimgraph lints --explain asserts_and_denies
set +e
cargo run -q --release --all-features --example claimgraph -- check --deny rebuttal_before_statement --possible keep examples/scenarios/finland-russia-2023.json > /dev/null
status=$?
set -e
[ "$status" -eq 1 ] || { echo "expected exit status 1 for a denied finding, got $status"; exit 1; }

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

# Which claims stand, and one claim's history.
run claimgraph status examples/scenarios/finland-russia-2023.json
run claimgraph status examples/scenarios/finland-russia-2023.json --history C0
run claimgraph status examples/scenarios/finland-russia-2023.json --semantics PR --as-of 2023-11-19

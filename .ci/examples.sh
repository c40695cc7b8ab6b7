#!/usr/bin/env bash
# Runs every example with arguments that exercise it; each must exit as expected.
set -euo pipefail
cd "$(dirname "$0")/.."
run() { echo "+ cargo run --release --all-features --example $*"; cargo run -q --release --all-features --example "$@"; }

#!/usr/bin/env bash
# Coverage-guided fuzzing of every reader for a fixed time (FUZZ_SECONDS each, default 10):
# the JSON document, AIF, PLOVER, GDELT, and ICCMA/APX/TGF. Installs cargo-fuzz itself. The
# machine has a stable toolchain only, so the targets run without a sanitizer (`-s none`): safe
# Rust needs none for memory errors, and libFuzzer still finds panics, aborts, timeouts and
# out-of-memory. Seeds come from the files the examples step wrote into target/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-10}"
command -v cargo-fuzz > /dev/null || cargo install cargo-fuzz --locked --version 0.13.2
seed() { # target, files...
    local dir="target/fuzz-seeds/$1"
    mkdir -p "$dir"
    shift
    for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/"; done
    true
}
seed document examples/scenarios/finland-russia-2023.json
seed aif target/finland-russia.aif.json
seed gdelt target/sample.gdelt.tsv
seed plover
seed iccma target/finland-russia.af
cargo fuzz build -s none --release
for t in document aif plover gdelt iccma; do
    mkdir -p "target/fuzz-corpus/$t"
    echo "+ fuzz $t for ${seconds} s"
    cargo fuzz run -s none --release "$t" "target/fuzz-corpus/$t" "target/fuzz-seeds/$t" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=0 2>&1 \
        | grep -E "^Done|ERROR|panicked|deadly|crash-" || true
    # libFuzzer writes crash-*, timeout-* or oom-* files into fuzz/artifacts on a finding.
    if compgen -G "fuzz/artifacts/$t/*" > /dev/null; then
        echo "fuzz target $t found a failing input:"; ls "fuzz/artifacts/$t"; exit 1
    fi
done

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
# With --install, only this: .ci/run installs cargo-fuzz in the background while it builds.
[ "${1:-}" != --install ] || exit 0
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
# Each target runs on one core: two at a time, each for the same fixed time, each into its own
# log (printed in order afterwards, so the output stays readable).
logs=target/fuzz-logs
rm -rf "$logs"
mkdir -p "$logs"
fuzz_one() { # target: fuzzes it for $seconds, output to $logs/target.log
    local t="$1"
    mkdir -p "target/fuzz-corpus/$t"
    cargo fuzz run -s none --release "$t" "target/fuzz-corpus/$t" "target/fuzz-seeds/$t" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=0 \
        > "$logs/$t.log" 2>&1 || true
}
targets=(document aif plover gdelt iccma)
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    for t in "${targets[@]:i:2}"; do fuzz_one "$t" & done
    wait
done
for t in "${targets[@]}"; do
    echo "+ fuzz $t for ${seconds} s"
    grep -E "^Done|ERROR|panicked|deadly|crash-" "$logs/$t.log" || true
    # libFuzzer writes crash-*, timeout-* or oom-* files into fuzz/artifacts on a finding.
    if compgen -G "fuzz/artifacts/$t/*" > /dev/null; then
        echo "fuzz target $t found a failing input (full log: $logs/$t.log):"; ls "fuzz/artifacts/$t"; exit 1
    fi
done

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
run claimgraph -- export --to dot examples/scenarios/finland-russia-2023.json -o target/finland-russia.dot
run claimgraph -- export --to mermaid examples/scenarios/finland-russia-2023.json
run claimgraph -- export --to aif examples/scenarios/finland-russia-2023.json -o target/finland-russia.aif.json
run claimgraph -- import --from aif target/finland-russia.aif.json -o target/finland-russia.from-aif.json
# A GDELT file of one accusation and one faulty line: a claim, and a report naming line 2.
(IFS=$'\t'; c=(); for ((i = 0; i < 61; i++)); do c[i]=""; done
 c[0]=1; c[1]=20231120; c[5]=FINGOV; c[6]=FINLAND; c[15]=RUS; c[16]=RUSSIA; c[26]=1123
 c[60]=https://example.org/a; echo "${c[*]}"; printf 'a\tbad\tline\n') > target/sample.gdelt.tsv
run claimgraph -- import --from gdelt target/sample.gdelt.tsv -o target/sample.gdelt.json
run claimgraph -- export --to claimreview --claim C0 --rating Plausible --date 2023-11-21 examples/scenarios/finland-russia-2023.json
# A file that is not AIF must fail with a located message, not a panic: exit status 2.
echo '{"nodes": 3}' > target/bad.aif.json
set +e
cargo run -q --release --all-features --example claimgraph -- import --from aif target/bad.aif.json
status=$?
set -e
[ "$status" -eq 2 ] || { echo "expected exit status 2 for a bad AIF file, got $status"; exit 1; }
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

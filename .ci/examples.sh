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
# STIX 2.1 out and back in: the document read back is the one written.
run claimgraph -- export --to stix examples/scenarios/finland-russia-2023.json -o target/finland-russia.stix.json
run claimgraph -- import --from stix target/finland-russia.stix.json -o target/finland-russia.from-stix.json
run claimgraph -- export --to stix target/finland-russia.from-stix.json -o target/finland-russia.stix-again.json
cmp target/finland-russia.stix.json target/finland-russia.stix-again.json
# Parquet tables out and back in (feature parquet): the document read back writes the same
# STIX bundle as the original; GDELT streamed into monthly partitions and a month loaded back.
rm -rf target/tables
run claimgraph -- export --to parquet examples/scenarios/salisbury-2018.json -o target/tables/salisbury
run claimgraph -- import --from parquet target/tables/salisbury -o target/salisbury.from-parquet.json
run claimgraph -- export --to stix examples/scenarios/salisbury-2018.json -o target/salisbury.stix.json
run claimgraph -- export --to stix target/salisbury.from-parquet.json -o target/salisbury.stix-again.json
cmp target/salisbury.stix.json target/salisbury.stix-again.json
run claimgraph -- import --from gdelt target/sample.gdelt.tsv target/sample.gdelt.tsv --to parquet -o target/tables/gdelt
[ -d target/tables/gdelt/claims/month=2023-11 ] || { echo "no November partition"; exit 1; }
run claimgraph -- import --from parquet target/tables/gdelt --window 2023-11 -o target/gdelt-november.json
run claimgraph -- import --from parquet target/tables/salisbury --pair A1 A0 -o target/salisbury-pair.json
# The HTML report (feature html; .ci/html.sh loads it in Chromium).
run claimgraph -- export --to html --title "Finland and Russia, 2023" examples/scenarios/finland-russia-2023.json -o target/finland-russia.html
# ClaimReview in: a review written by export, read back; a real page when the data is there.
run claimgraph -- export --to claimreview --claim C0 --rating False --date 2023-11-21 examples/scenarios/finland-russia-2023.json -o target/finland-russia.claimreview.json
run claimgraph -- import --from claimreview target/finland-russia.claimreview.json -o target/finland-russia.from-claimreview.json
if [ -d ../shared/data/claimreview ]; then
    run claimgraph -- import --from claimreview ../shared/data/claimreview/meedan-fetch/afp_raw.json -o target/afp.json
    run claimgraph -- import --from stix ../shared/data/stix/bundles/oasis-defining-campaigns-threat-actors-intrusion-sets.json -o target/branistan.json
fi
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
# Verdicts: the structured reading, its options, JSON, a history, and the defeats as ICCMA.
run claimgraph status "$F"
run claimgraph status "$F" --plain --semantics preferred
run claimgraph status "$F" --dismissals --confidence ignore --undercuts always --prefer 'R0>C0:for the test' --format json
run claimgraph status "$F" --history C0
run claimgraph -- export --to iccma "$F" -o target/finland-russia.defeats.af
set +e
cargo run -q --release --all-features --example claimgraph -- status "$F" --prefer 'R0-C0' 2> /dev/null
status=$?
set -e
[ "$status" -eq 2 ] || { echo "expected exit status 2 for a malformed preference, got $status"; exit 1; }
run claimgraph reciprocal "$F" A2 Russia --roll-up
run claimgraph status "$F" --as-of 2023-11-20 --possible
# A hand-written dispute with a ministry, its brigade and a counter-accusation: rolled up,
# every statement counts once.
M=examples/scenarios/mh17-2014.json
run claimgraph show "$M"
run claimgraph accusations "$M" --roll-up
run claimgraph summary "$M" --roll-up
run claimgraph unanswered "$M" --by-accused --roll-up
run claimgraph reciprocal "$M" Russia Ukraine --roll-up
run claimgraph timeline "$M"
run claimgraph export --to mermaid "$M"
# An actor name that names nobody is an error with a message: exit status 2.
set +e
cargo run -q --release --all-features --example claimgraph -- reciprocal "$M" Atlantis Russia
status=$?
set -e
[ "$status" -eq 2 ] || { echo "expected exit status 2 for an unknown actor, got $status"; exit 1; }
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
    run iccma -- -p DS-SST -f "$DATA/official/probo_examples/ex1.apx" -a a2 --witness
    run iccma -- -p DC-STG -f "$DATA/official/probo_examples/ex1.apx" -a a2 --witness
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

# Which claims stand, and one claim's history.
run claimgraph status examples/scenarios/finland-russia-2023.json
run claimgraph status examples/scenarios/finland-russia-2023.json --history C0
run claimgraph status examples/scenarios/finland-russia-2023.json --semantics PR --as-of 2023-11-19
# The dispute as an ICCMA framework, solved by the iccma example.
run claimgraph -- export --to iccma examples/scenarios/finland-russia-2023.json -o target/finland-russia.af
run iccma -- -p SE-GR -f target/finland-russia.af
# Input that is not GDELT at all (a megabyte of zero bytes) must fail, not import as empty: exit 2.
head -c 1048576 /dev/zero > target/zeros.bin
set +e
cargo run -q --release --all-features --example claimgraph -- import --from gdelt target/zeros.bin > /dev/null 2>&1
status=$?
set -e
[ "$status" -eq 2 ] || { echo "expected exit status 2 for a file of zero bytes read as GDELT, got $status"; exit 1; }

#!/usr/bin/env bash
# Bundles written by `export --to stix` against the OASIS validator (stix2-validator, PyPI),
# installed into a venv under target/ like the oracle. Validated: the scenario, 24 generated
# graphs (rich content), and real bundles read and written back.
#
# Strict mode (warnings fail), references must resolve inside the bundle, with three
# best-practice checks off, each for a reason:
#   103  ids should be UUIDv4: ours are UUIDv5 on purpose, so the same graph writes the same
#        bundle (the spec allows any UUID).
#   202  relationship types "permitted, but not suggested": `attributed-to` from a campaign to
#        an identity (an accused state is an identity, not a threat actor) and `part-of`
#        between identities.
#   302  external references with a URL but no hash: a claim graph keeps no content hashes.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/stix-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check "stix2-validator==3.3.2"
# With --venv, only this: .ci/run prepares the venvs in the background while it builds.
[ "${1:-}" != --venv ] || exit 0
out=target/stix-bundles
rm -rf "$out"
mkdir -p "$out"
# The test profile's build: `cargo test --all-features` (run before this in .ci/run) has built
# the library and the example in it, so this compiles nothing there.
cargo build -q --all-features --profile test --example claimgraph
cli="${CARGO_TARGET_DIR:-target}/debug/examples/claimgraph"
"$cli" export --to stix examples/scenarios/finland-russia-2023.json -o "$out/scenario.json"
"$cli" export --to stix --created 2026-01-05T10:00:00Z examples/scenarios/finland-russia-2023.json -o "$out/scenario-created.json"
DATA=../shared/data/stix/bundles
if [ -d "$DATA" ]; then
    for f in oasis-defining-campaigns-threat-actors-intrusion-sets oasis-apt1 opencti-DATA-TEST-STIX2_v2; do
        "$cli" import --from stix "$DATA/$f.json" -o "$out/$f.doc.json" 2> /dev/null
        "$cli" export --to stix "$out/$f.doc.json" -o "$out/again-$f.json"
        rm "$out/$f.doc.json"
    done
elif [ "${CLAIMGRAPH_REQUIRE_DATA:-}" = 1 ]; then
    echo "$DATA is missing and CLAIMGRAPH_REQUIRE_DATA=1 requires it" >&2
    exit 1
fi
CLAIMGRAPH_STIX_OUT="$PWD/$out" cargo test -q --all-features --test stix generated_bundles_for_the_validator
count=$(ls "$out"/*.json | wc -l)
[ "$count" -ge 26 ] || { echo "expected at least 26 bundles, found $count" >&2; exit 1; }
"$venv/bin/stix2_validator" --strict --enforce-refs --disable 103,202,302 "$out"/*.json > "$out/validator.log" 2>&1 || {
    grep -v '^\s*$' "$out/validator.log" | grep -B2 -A2 '\[X\]\|Error' | head -60
    echo "the OASIS validator refused a bundle (full log: $out/validator.log)" >&2
    exit 1
}
valid=$(grep -c 'STIX JSON: Valid' "$out/validator.log")
[ "$valid" -eq "$count" ] || { echo "validator: $valid of $count bundles valid" >&2; exit 1; }
echo "stix2-validator: all $count bundles valid"

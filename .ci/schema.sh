#!/usr/bin/env bash
# Every document the project ships, and what the crate writes, against the committed JSON
# Schema (schema/claimgraph.schema.json), with Python's jsonschema from PyPI in a venv under
# target/. The Rust test `schema` checks the committed file is what the types generate; this
# checks documents against it: the scenario documents as written by hand (version 1 included),
# their version 2 rewrites, generated graphs of the proptest strategies, and the document the
# finland_russia example writes.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/schema-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check "jsonschema==4.25.1"
# With --venv, only this: .ci/run prepares the venvs in the background while it builds.
[ "${1:-}" != --venv ] || exit 0
out=target/schema-documents
rm -rf "$out"
mkdir -p "$out"
CLAIMGRAPH_SCHEMA_OUT="$out" cargo test -q --all-features --test schema
# The test profile's build with every feature, as the test above: in .ci/run, `cargo test
# --all-features` has built both, so this compiles nothing (the example has no feature gates).
cargo run -q --all-features --profile test --example finland_russia -- "$out/finland_russia-example.json" >/dev/null
docs=("$out"/*.json examples/scenarios/*.json)
while IFS= read -r -d '' f; do
    if grep -q '"format": *"claimgraph"' "$f"; then docs+=("$f"); fi
done < <(find tests -name '*.json' -print0)
"$venv/bin/python" - schema/claimgraph.schema.json "${docs[@]}" <<'PY'
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
failed = 0
for path in sys.argv[2:]:
    errors = sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(f"{path}: {'.'.join(map(str, e.path)) or '(document)'}: {e.message[:300]}")
    failed += bool(errors)
# The schema refuses what the loader refuses: a wrong id, a date interval, an unknown field.
bad = json.load(open("tests/documents/version-2-every-field.json"))
bad["claims"]["C0"]["claimant"] = "S0"
bad["events"]["E1"]["date"] = "2014-06-23/2014-06-25"
bad["actors"]["A0"]["nmae"] = "x"
wrong = {tuple(e.path) for e in validator.iter_errors(bad)}
expected = {("claims", "C0", "claimant"), ("events", "E1", "date"), ("actors", "A0")}
if not expected <= wrong:
    print(f"schema: a broken document passed: {sorted(expected - wrong)}")
    failed += 1
print(f"schema: {len(sys.argv) - 2 - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY

#!/usr/bin/env bash
# The semantics against an independent implementation from PyPI (formal-argumentation, pure
# Python), on random small frameworks. Installs the oracle into a venv under target/.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/oracle-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check "formal-argumentation==0.3.0"
cargo build -q --release --all-features --example iccma
"$venv/bin/python" .ci/oracle.py target/release/examples/iccma "${ORACLE_CASES:-300}"

#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium (Debian's package, installed here when
# missing; CI runs as root) must load the scenario's report with no console message and no
# network request, and render what the page is about. A page seeded with a console error
# must be caught, so this check cannot pass by seeing nothing. Leaves a screenshot in
# target/ (docs/report-finland-russia.png is one, committed).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium > /dev/null; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "chromium is missing; install Debian's package chromium (as root)" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium > /dev/null
fi
# With --install, only this: .ci/run installs Chromium in the background while it builds.
[ "${1:-}" != --install ] || exit 0
out=target/html-check
rm -rf "$out"
mkdir -p "$out"
# The test profile's build (as in .ci/stix.sh): `cargo test --all-features` has built it.
cargo build -q --all-features --profile test --example claimgraph
cli="${CARGO_TARGET_DIR:-target}/debug/examples/claimgraph"
"$cli" export --to html --title "Finland and Russia at the border, 2023" \
    examples/scenarios/finland-russia-2023.json -o "$out/report.html"

# Self-contained: nothing that a browser would fetch (links to sources are only anchors).
if grep -Eq '<(script|link|img|iframe|object|embed)\b|url\(["'"'"']?(https?:|//)|@import|[[:space:]]src=' "$out/report.html"; then
    echo "the report refers to something a browser would fetch" >&2
    exit 1
fi

browse() { # browse FILE ARGS...: runs Chromium on FILE, standard error to FILE.log
    local page="$1"; shift
    local profile
    profile="$(mktemp -d)"
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
        --enable-logging=stderr --v=0 --hide-scrollbars "$@" "file://$PWD/$page" 2> "$page.log"
    rm -rf "$profile"
}
console_errors() { grep -E 'CONSOLE|Uncaught|ERR_' "$1.log" || true; }

browse "$out/report.html" --dump-dom > "$out/dom.html"
errors="$(console_errors "$out/report.html")"
[ -z "$errors" ] || { echo "console messages while loading the report:" >&2; echo "$errors" >&2; exit 1; }
for want in '<svg' 'id="C0"' 'id="timeline"' 'badge out' 'Dmitry Peskov'; do
    grep -q "$want" "$out/dom.html" || { echo "the loaded page lacks $want" >&2; exit 1; }
done

# The check itself: a page with a console error must be caught.
sed 's|</body>|<script>console.error("seeded error")</script></body>|' "$out/report.html" > "$out/seeded.html"
browse "$out/seeded.html" --dump-dom > /dev/null
[ -n "$(console_errors "$out/seeded.html")" ] || { echo "a seeded console error went unseen" >&2; exit 1; }

# A laptop's width, and print.
browse "$out/report.html" --window-size=1366,900 --screenshot="$PWD/$out/report-1366.png" > /dev/null
browse "$out/report.html" --print-to-pdf="$PWD/$out/report.pdf" --no-pdf-header-footer > /dev/null
[ -s "$out/report-1366.png" ] && [ -s "$out/report.pdf" ] || { echo "no screenshot or PDF" >&2; exit 1; }
echo "HTML report: loads without console messages, renders, prints ($out)"

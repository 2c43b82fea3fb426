#!/usr/bin/env bash
# The dashboard benchmark in its short form (debug build, a few seconds per figure, ≤ 60 s in all): proves the
# suite runs end to end. Budget misses are printed, not failures; only errors (a figure that could not be
# measured, a crash) fail the check. Full figures: docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in jq watch curl; do
    command -v "$tool" >/dev/null || { echo "bench-short: $tool missing (apt-get install -y jq procps curl)"; exit 1; }
done
swift build --product relaydeck --product relaydeck-bench >/dev/null
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status=0
timeout 120 .build/debug/relaydeck-bench dashboard --short | tee "$out" || status=$?
if [ "$status" -ne 0 ]; then
    echo "FAIL: relaydeck-bench dashboard --short exited with $status"
    exit 1
fi
grep -q '^budget misses: ' "$out" || { echo "FAIL: no summary printed"; exit 1; }
echo "bench-short: ok ($(grep -c ' ok ' "$out" || true) lines within budget; misses are reported above, not failed)"

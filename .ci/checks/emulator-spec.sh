#!/usr/bin/env bash
# Starts the built emulator on a free port, validates every response of a full relay + lobby scenario
# against spec/edgegap-v1-openapi.yaml (scripts/validate-spec.py), then, when schemathesis is installed,
# fuzzes the relay paths for response-schema conformance. Needs .build/debug/relaydeck.
# Run by .ci/run after the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${RELAYDECK_BIN:-$PWD/.build/debug/relaydeck}"
python3 -c 'import jsonschema, yaml' 2>/dev/null || python3 -m pip install -q jsonschema pyyaml

# The emulator's own throwaway key, passed by environment so it stays out of process listings.
export EDGEGAP_API_KEY="ci-emulator-$$"
out="$(mktemp)"
"$bin" emulator --port 0 --sessions 40 --lobbies 5 --seed 7 >"$out" 2>&1 &
emulator=$!
cleanup() { kill "$emulator" 2>/dev/null || true; wait "$emulator" 2>/dev/null || true; rm -f "$out"; }
trap cleanup EXIT

url=""
for _ in $(seq 100); do
    url="$(head -n1 "$out")"
    case "$url" in http://*) break ;; esac
    kill -0 "$emulator" 2>/dev/null || { echo "FAIL: emulator exited:"; cat "$out"; exit 1; }
    sleep 0.1
done
case "$url" in http://*) ;; *) echo "FAIL: no URL from the emulator"; cat "$out"; exit 1 ;; esac
echo "emulator at $url"

python3 scripts/validate-spec.py "$url"

if command -v schemathesis >/dev/null 2>&1; then
    # Only response conformance: the emulator validates IPs and users more strictly than the spec's
    # loose request schemas, and answers 404 on authorize-user, which the spec does not declare.
    schemathesis run spec/edgegap-v1-openapi.yaml --url "$url" --include-path-regex '^/v1/relays' \
        -H "Authorization: token $EDGEGAP_API_KEY" --max-examples 30 --seed 1 \
        --checks response_schema_conformance,content_type_conformance,not_a_server_error
else
    echo "schemathesis not installed: fuzzing skipped"
fi

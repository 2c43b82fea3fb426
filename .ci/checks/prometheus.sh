#!/usr/bin/env bash
# The exporter checked by a real Prometheus (Debian's package): an emulator with 1,000 sessions, `relaydeck exporter`
# on loopback; `promtool check metrics` on its output (clean), `promtool check rules` on the shipped rule file,
# Prometheus scraping the exporter, and its HTTP API's sum(edgegap_relay_sessions) equal to the emulator's total.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/.build/debug/relaydeck"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
passed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
export EDGEGAP_API_KEY="prometheus-check-key"
first_line() { for _ in $(seq 100); do [ -s "$1" ] && head -n1 "$1" && return 0; sleep 0.1; done; echo "FAIL: nothing in $1" >&2; cat "$1" >&2; exit 1; }

"$bin" emulator --port 0 --sessions 1000 --lobbies 6 --failure-rate 0.05 --seed 9 > "$work/emu" 2>&1 &
pids+=($!)
url="$(first_line "$work/emu")"
total="$(curl -sf -H "Authorization: token $EDGEGAP_API_KEY" "$url/v1/relays/sessions?page=1&limit=1" | jq .total_count)"

XDG_STATE_HOME="$work/state" "$bin" exporter --api-url "$url" --listen 127.0.0.1:0 --crawl-rate 20 > "$work/exporter" 2>&1 &
pids+=($!)
metrics="$(first_line "$work/exporter")"
# The first sweep (10 pages at 20/s) gives the census.
for _ in $(seq 150); do curl -sf "$metrics" | grep '^relaydeck_census_last_success_timestamp_seconds' > /dev/null && break; sleep 0.2; done
curl -sf "$metrics" > "$work/metrics.txt"
grep -q '^relaydeck_census_last_success_timestamp_seconds' "$work/metrics.txt" || { echo "FAIL: no census after 30 s"; cat "$work/metrics.txt"; exit 1; }
promtool check metrics < "$work/metrics.txt" 2> "$work/lint" || { echo "FAIL: promtool check metrics:"; cat "$work/lint"; exit 1; }
[ ! -s "$work/lint" ] || { echo "FAIL: promtool check metrics is not clean:"; cat "$work/lint"; exit 1; }
ok "promtool check metrics: clean ($(grep -c '^# TYPE' "$work/metrics.txt") metric families)"
exported="$(awk '/^edgegap_relay_sessions\{/ { s += $2 } END { print s }' "$work/metrics.txt")"
[ "$exported" = "$total" ] || { echo "FAIL: the exporter says $exported sessions, the emulator $total"; exit 1; }
ok "the exporter's census sums to the emulator's $total sessions"

promtool check rules deploy/prometheus/relaydeck-rules.yml > "$work/rules" 2>&1 || { echo "FAIL: promtool check rules:"; cat "$work/rules"; exit 1; }
ok "promtool check rules: $(grep -Eo '[0-9]+ rules found' "$work/rules")"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
target="${metrics#http://}"; target="${target%/metrics}"
cat > "$work/prom.yml" <<YAML
global: {scrape_interval: 1s, evaluation_interval: 1s}
rule_files: ["$PWD/deploy/prometheus/relaydeck-rules.yml"]
scrape_configs:
  - job_name: relaydeck
    static_configs: [{targets: ["$target"]}]
YAML
prometheus --config.file="$work/prom.yml" --storage.tsdb.path="$work/tsdb" --web.listen-address="127.0.0.1:$port" > "$work/prom.log" 2>&1 &
pids+=($!)
q() { curl -sG "http://127.0.0.1:$port/api/v1/query" --data-urlencode "query=$1" | jq -r '.data.result[0].value[1] // empty'; }
value=""
for _ in $(seq 150); do value="$(q 'sum(edgegap_relay_sessions)' 2>/dev/null || true)"; [ -n "$value" ] && break; sleep 0.2; done
[ "$value" = "$total" ] || { echo "FAIL: Prometheus says sum(edgegap_relay_sessions) = '$value', the emulator $total"; tail -5 "$work/prom.log"; exit 1; }
ok "Prometheus scraped the exporter: sum(edgegap_relay_sessions) = $value, the emulator's total"
[ "$(q 'relaydeck_api_up')" = 1 ] || { echo "FAIL: relaydeck_api_up is not 1"; exit 1; }
ok "relaydeck_api_up = 1"
echo "prometheus: $passed passed, 0 failed"

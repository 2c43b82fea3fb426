#!/usr/bin/env bash
# Fleet watch end to end, in tmux (TERM=tmux-256color, as most users run it): an emulator process with 1,000
# sessions, the dashboard at its default crawl budget on page 1. The header's fleet counts equal the emulator's
# truth; P lists the fleet's failed sessions; / finds a user on page 20 from page 1 and Enter opens it there;
# `sessions find` exits 0 and 1 as grep does; --crawl-rate 0 says page only.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/.build/debug/relaydeck"
sock="rd-fleet-$$"
out="$(mktemp -d)"
key="fleet-e2e-key"
passed=0
t() { tmux -L "$sock" "$@"; }
cleanup() {
    t kill-server 2>/dev/null || true; [ -n "${emu:-}" ] && kill "$emu" 2>/dev/null || true
    # The dashboard writes its state as it leaves (SIGHUP from the killed server): remove the folder once it has.
    for _ in $(seq 1 30); do rm -rf "$out" 2>/dev/null && break; sleep 0.1; done
}
trap cleanup EXIT
ok() { echo "ok: $1"; passed=$((passed + 1)); }

pane=fleet
source "$(dirname "$0")/lib/wait-for.bash"

RD_KEY="$key" "$bin" emulator --port 0 --sessions 1000 --lobbies 4 --seed 7 --api-key-env RD_KEY > "$out/emu" 2>/dev/null &
emu=$!
for _ in $(seq 1 100); do [ -s "$out/emu" ] && break; sleep 0.1; done
url="$(head -n1 "$out/emu")"
api() { curl -s -H "Authorization: token $key" "$url$1"; }
# Past every session's settling (the initializing ones turn ready within eight ready delays, 12 s): the counts taken
# here are the ones the dashboard's census will read, however long the two take to start.
curl -s -X POST "$url/_emulator/advance?ms=20000" > /dev/null
pages="$(for p in $(seq 1 10); do api "/v1/relays/sessions?page=$p&limit=100"; done | jq -s '[.[].sessions[]]')"
failed="$(jq '[.[] | select(.error != null)] | length' <<<"$pages")"
ready="$(jq '[.[] | select(.ready and .relay != null)] | length' <<<"$pages")"
# A user of a session on the list's last page (sessions 951-1000 at 50 a page).
target="$(jq -r '[.[950:][] | select(.error == null and (.session_users | length) > 0)] | last' <<<"$pages")"
tid="$(jq -r .session_id <<<"$target")"
tip="$(jq -r '.session_users[0].ip_address' <<<"$target")"

env="XDG_STATE_HOME=$out/state XDG_CONFIG_HOME=$out/config EDGEGAP_API_KEY=$key"
t new-session -d -s fleet -x 160 -y 48 "env $env $bin --api-url $url; sleep 30"
wait_for 'Sessions · page 1/20 · 1000 total'
wait_for "fleet 1000 · (.* )?●$ready ready .* ✖$failed failed" 30
ok "header: fleet 1000 with $ready ready and $failed failed, as the emulator says"

t send-keys -t fleet P
wait_for "Problems · [0-9]+ in the fleet · $failed failed"
ok "P: the problems view counts the fleet's $failed failed sessions"
t send-keys -t fleet Escape
wait_for 'Sessions · page 1/20'

t send-keys -t fleet /
wait_for 'filter|search'
t send-keys -t fleet -l "$tip"
t send-keys -t fleet Enter
wait_for "search \"$tip\" · fleet · [0-9]+ match"
# The result's page, then why it matched.
wait_for "$tid .* 20 user $tip"
ok "/ $tip: found $tid on page 20 from page 1"
# Enter in the prompt opened the first result; back to the list, select $tid (it may not be the only match), open it.
t send-keys -t fleet Escape
for _ in $(seq 1 20); do
    t capture-pane -p -t fleet | grep -E "^┃› .*$tid" >/dev/null && break
    t send-keys -t fleet j; sleep 0.1
done
t send-keys -t fleet Enter
wait_for "Session $tid"
wait_for "Sessions p1/20 · search"
ok "Enter: the detail of $tid, the list still on page 1"
t send-keys -t fleet q
sleep 0.3
t kill-session -t fleet

status=0
EDGEGAP_API_KEY="$key" "$bin" --api-url "$url" --crawl-rate 50 sessions find "$tip" > "$out/find" || status=$?
[ "$status" -eq 0 ] && grep -q "$tid" "$out/find" || { echo "FAIL: sessions find $tip exited $status:"; cat "$out/find"; exit 1; }
status=0
EDGEGAP_API_KEY="$key" "$bin" --api-url "$url" --crawl-rate 50 sessions find no-such-session > /dev/null || status=$?
[ "$status" -eq 1 ] || { echo "FAIL: sessions find with no match exited $status, not 1"; exit 1; }
ok "sessions find: exit 0 with $tid, 1 with no match"

t new-session -d -s fleet -x 120 -y 40 "env $env $bin --api-url $url --crawl-rate 0; sleep 30"
wait_for 'page only · sessions 1000'
t send-keys -t fleet P
wait_for 'crawl is off'
ok "--crawl-rate 0: page only, and P says the crawl is off"
echo "fleet-e2e: $passed passed, 0 failed"

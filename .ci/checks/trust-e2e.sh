#!/usr/bin/env bash
# Trust, round two (issue 17), end to end in tmux against a standalone emulator:
#  1. Ctrl-C (a key: it asks while a mutation is in flight; a second Ctrl-C quits) and SIGHUP each leave one audit
#     line for the mutation still in flight, on disk once the process has exited.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/.build/debug/relaydeck"
sock="rd-trust-$$"
work="$(mktemp -d)"
emu=""
t() { tmux -L "$sock" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; [ -n "$emu" ] && kill "$emu" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export EDGEGAP_API_KEY="trust-e2e-key"
source "$(dirname "$0")/lib/wait-for.bash"
passed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
t new-session -d -s keepalive "sleep 3600"

"$bin" emulator --port 0 --sessions 60 --lobbies 3 --seed 7 > "$work/emu.out" 2>&1 &
emu=$!
for _ in $(seq 100); do url="$(head -n1 "$work/emu.out" 2>/dev/null || true)"; [ -n "$url" ] && break; sleep 0.1; done
[ -n "$url" ] || { echo "FAIL: emulator did not start"; exit 1; }
faults() { curl -sf -X "$1" "$url/_emulator/faults" ${2:+-d "$2"} > /dev/null; }

# launch NAME [WIDTH HEIGHT [ENV]]: the dashboard in a fresh tmux session, its exit status written when it ends.
launch() {
    local name="$1" w="${2:-120}" h="${3:-40}" env="${4:-}"
    mkdir -p "$work/$name"
    t new-session -d -s "$name" -x "$w" -y "$h" \
        "sh -c 'XDG_STATE_HOME=$work/$name XDG_CONFIG_HOME=$work/$name/config $env \"$bin\" --api-url $url --refresh 1; echo \"exit=\$?\" > $work/$name/exit; sleep 60'"
    pane="$name"
    wait_for 'updated [0-9]{2}:[0-9]{2}:[0-9]{2}'
}
exited() { for _ in $(seq 50); do [ -s "$work/$1/exit" ] && return 0; sleep 0.1; done; echo "FAIL: $1 did not exit"; t capture-pane -p -t "$1"; exit 1; }
dash_pid() { local sh; sh=$(t display -p -t "$1" '#{pane_pid}'); ps -o pid= --ppid "$sh" | head -n1 | tr -d ' '; }
audit() { cat "$work/$1/relaydeck/audit.jsonl" 2>/dev/null || true; }

# ---- 1. Ctrl-C and SIGHUP with a mutation in flight ----
new_lobby_slowly() {  # $1 lobby name: sent with 6 s of latency, so it is in flight for a while
    faults PUT '{"latency_ms":6000}'
    t send-keys -t "$pane" Tab Tab
    wait_for '┏━ Lobbies'
    t send-keys -t "$pane" n
    wait_for 'new lobby name'
    t send-keys -t "$pane" -l "$1"
    t send-keys -t "$pane" Enter
    wait_for "create lobby $1…"
}
launch ctrlc
new_lobby_slowly ctrlc-lobby
t send-keys -t ctrlc C-c
wait_for '1 action still in flight — quit anyway\?'
t send-keys -t ctrlc C-c
exited ctrlc
faults DELETE
[ "$(cat "$work/ctrlc/exit")" = "exit=0" ] || { echo "FAIL: Ctrl-C twice: $(cat "$work/ctrlc/exit")"; exit 1; }
[ "$(audit ctrlc | wc -l)" = 1 ] && audit ctrlc | grep -q '"action":"create lobby".*"outcome":"unknown: no answer before quit".*"target":"ctrlc-lobby"' \
    || { echo "FAIL: audit after Ctrl-C:"; audit ctrlc; exit 1; }
grep -q 'mutation create lobby ctrlc-lobby: outcome unknown: no answer before quit' "$work/ctrlc/relaydeck/relaydeck.log" \
    || { echo "FAIL: the log does not say it"; tail -5 "$work/ctrlc/relaydeck/relaydeck.log"; exit 1; }
ok "Ctrl-C asks while a mutation is in flight; the second quits and audits it as unknown"

launch hup
new_lobby_slowly hup-lobby
kill -HUP "$(dash_pid hup)"
exited hup
faults DELETE
[ "$(cat "$work/hup/exit")" = "exit=129" ] || { echo "FAIL: SIGHUP: $(cat "$work/hup/exit")"; exit 1; }
[ "$(audit hup | wc -l)" = 1 ] && audit hup | grep -q '"outcome":"unknown: no answer before hang-up (SIGHUP)".*"target":"hup-lobby"' \
    || { echo "FAIL: audit after SIGHUP:"; audit hup; exit 1; }
ok "SIGHUP with a mutation in flight: one audit line, unknown, on disk after exit"

echo "trust-e2e: $passed passed, 0 failed"

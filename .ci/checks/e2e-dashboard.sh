#!/usr/bin/env bash
# End to end in a real terminal: `relaydeck --demo` in tmux shows sessions, a detail, deploys a lobby,
# quits with q, and leaves the terminal restored (echo and canonical mode back, alternate screen left).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/.build/debug/relaydeck"
sock="rd-e2e-$$"
out="$(mktemp -d)"
t() { tmux -L "$sock" "$@"; }
cleanup() {
    t kill-server 2>/dev/null || true
    # The dashboard writes its state as it leaves (SIGHUP from the killed server): remove the folder once it has.
    for _ in $(seq 1 30); do rm -rf "$out" 2>/dev/null && break; sleep 0.1; done
}
trap cleanup EXIT

pane=e2e
source "$(dirname "$0")/lib/wait-for.bash"

t new-session -d -s e2e -x 160 -y 48 "sh -c 'XDG_STATE_HOME=$out/state \"$bin\" --demo --refresh 0.5; echo \"exit=\$?\" > $out/exit; stty -a > $out/stty; sleep 30'"
wait_for 'Sessions · page 1/[0-9]+ · [0-9]+ total'
wait_for '[0-9a-f]{12}-S +READY'
echo "ok: session list shown"

t send-keys -t e2e Enter
wait_for 'Session [0-9a-f]{12}-S'
wait_for 'Users \([0-9]+\)'
echo "ok: detail shown"

# y inside tmux: with tmux's default passthrough off, the plain OSC 52 is what tmux takes (set-clipboard on) into
# its paste buffer, as it would forward it to the outer terminal.
t set -g set-clipboard on
t send-keys -t e2e Escape
wait_for '┏━ Sessions'
t send-keys -t e2e y
wait_for 'copied [0-9a-f]{12}-S: in tmux.s buffer'
copied="$(t capture-pane -p -t e2e | grep -Eo 'copied [0-9a-f]{12}-S' | head -n1 | cut -d' ' -f2)"
for _ in $(seq 1 50); do [ "$(t show-buffer 2>/dev/null || true)" = "$copied" ] && break; sleep 0.1; done
[ "$(t show-buffer 2>/dev/null || true)" = "$copied" ] || { echo "FAIL: tmux's buffer holds '$(t show-buffer 2>&1 | head -c 80)', not $copied"; exit 1; }
echo "ok: y reached tmux's clipboard"
t send-keys -t e2e Enter

# Lobbies: create one by name, deploy it, see it READY with a url.
t send-keys -t e2e Tab
wait_for '┏━ Lobbies'
t send-keys -t e2e n
wait_for 'new lobby name'
t send-keys -t e2e -l 'e2e-lobby'
t send-keys -t e2e Enter
wait_for 'e2e-lobby +Released'
# Select e2e-lobby: from the top, one j at a time, each time waiting for the marker to move.
selected_row() { t capture-pane -p -t e2e | grep -E '^┃› ' | tail -1; }
t send-keys -t e2e Home
# The new lobby is selected when created and is the last: wait until Home has taken the selection off it.
for _ in $(seq 1 50); do selected_row | grep -q 'e2e-lobby' || break; sleep 0.05; done
for _ in $(seq 1 40); do
    if selected_row | grep -q 'e2e-lobby'; then break; fi
    before="$(selected_row)"
    t send-keys -t e2e j
    for _ in $(seq 1 50); do [ "$(selected_row)" != "$before" ] && break; sleep 0.05; done
done
selected_row | grep -q 'e2e-lobby' || { echo "FAIL: could not select e2e-lobby"; t capture-pane -p -t e2e; exit 1; }
t send-keys -t e2e d
wait_for 'Deploy lobby\?'
t send-keys -t e2e Enter
wait_for 'e2e-lobby +(Deploying|READY)'
wait_for 'e2e-lobby +READY +https://' 30
echo "ok: lobby deployed"

t send-keys -t e2e q
for _ in $(seq 1 100); do [ -s "$out/exit" ] && break; sleep 0.1; done
[ "$(cat "$out/exit" 2>/dev/null)" = "exit=0" ] || { echo "FAIL: exit status: $(cat "$out/exit" 2>/dev/null)"; exit 1; }
grep -Eq '(^| )echo( |$)' "$out/stty" && grep -Eq '(^| )icanon( |$)' "$out/stty" || { echo "FAIL: terminal not restored:"; cat "$out/stty"; exit 1; }
t capture-pane -p -t e2e | grep 'Sessions · page' > /dev/null && { echo "FAIL: alternate screen not left"; exit 1; }
echo "ok: quit with q, terminal restored"

# The demo's mutations are audited apart from the operator's record of the real API.
grep -q '"action":"deploy lobby"' "$out/state/relaydeck/demo-audit.jsonl" || { echo "FAIL: no deploy in demo-audit.jsonl"; exit 1; }
[ ! -e "$out/state/relaydeck/audit.jsonl" ] || { echo "FAIL: the demo wrote to audit.jsonl:"; cat "$out/state/relaydeck/audit.jsonl"; exit 1; }
echo "ok: demo audit kept apart"
# A theme typo is an error naming the themes there are (exit 2), before anything starts.
set +e
msg="$(XDG_STATE_HOME="$out/state" XDG_CONFIG_HOME="$out/config" "$bin" --demo --theme nosuch 2>&1)"; rc=$?
set -e
[ "$rc" = 2 ] && printf '%s' "$msg" | grep -q 'unknown theme nosuch; available: .*nord' \
    || { echo "FAIL: --theme nosuch gave exit $rc: $msg" | head -c 400; exit 1; }
echo "ok: --theme nosuch exits 2 naming the themes"
echo "e2e-dashboard: 7 passed, 0 failed"

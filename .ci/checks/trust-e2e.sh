#!/usr/bin/env bash
# Trust, round two (issue 17), end to end in tmux against a standalone emulator:
#  1. Ctrl-C (a key: it asks while a mutation is in flight; a second Ctrl-C quits) and SIGHUP each leave one audit
#     line for the mutation still in flight, on disk once the process has exited.
#  3. A selected lobby that goes gives way to its neighbour (never the top), and says so; a question open for one that
#     goes says it is gone and sends nothing.
#  6. PRODUCTION stays in the header at 60×16 and 80×24 with NO_COLOR, and the footer says it.
# 11. At 80×24 the footer keeps Tab pane and P problems; with the form open it shows the form's keys.
# 14. y inside tmux with its defaults (set-clipboard external): the text is in tmux's buffer, and the message says so.
# 15. A scripted mutation ended by a signal while in flight: audited once as unknown, with the signal; exit 128 + N.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/.build/debug/relaydeck"
sock="rd-trust-$$"
source "$(dirname "$0")/lib/tmux-emulator.bash"
export EDGEGAP_API_KEY="trust-e2e-key"
source "$(dirname "$0")/lib/wait-for.bash"
passed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
t new-session -d -s keepalive "sleep 3600"

start_emulator --sessions 60 --lobbies 3 --seed 7
faults() { curl -sf -X "$1" "$url/_emulator/faults" ${2:+-d "$2"} > /dev/null; }

# launch NAME [WIDTH HEIGHT [ENV]]: the dashboard in a fresh tmux session, its exit status written when it ends.
launch() {
    local name="$1" w="${2:-120}" h="${3:-40}" env="${4:-}"
    mkdir -p "$work/$name"
    t new-session -d -s "$name" -x "$w" -y "$h" \
        "sh -c 'XDG_STATE_HOME=$work/$name XDG_CONFIG_HOME=$work/$name/config $env \"$bin\" --api-url $url --refresh 1; echo \"exit=\$?\" > $work/$name/exit; sleep 60'"
    pane="$name"
    wait_for 'updated [0-9]{2}:[0-9]{2}'
}
exited() { for _ in $(seq 50); do [ -s "$work/$1/exit" ] && return 0; sleep 0.1; done; echo "FAIL: $1 did not exit"; t capture-pane -p -t "$1"; exit 1; }
dash_pid() { local sh; sh=$(t display -p -t "$1" '#{pane_pid}'); ps -o pid= --ppid "$sh" | head -n1 | tr -d ' '; }
audit() { cat "$work/$1/relaydeck/audit.jsonl" 2>/dev/null || true; }
# line_is N PATTERN [not]: waits (5 s) until line N of the pane (1 first, -1 last) matches (or, with `not`, does not).
line_is() {
    local n="$1" pattern="$2" negate="${3:-}" line=""
    for _ in $(seq 50); do
        if [ "$n" = -1 ]; then line="$(t capture-pane -p -t "$pane" | tail -n1)"; else line="$(t capture-pane -p -t "$pane" | sed -n "${n}p")"; fi
        if printf '%s' "$line" | grep -Eq -- "$pattern"; then [ -z "$negate" ] && return 0; else [ -n "$negate" ] && return 0; fi
        sleep 0.1
    done
    echo "FAIL: line $n is '$line'; wanted ${negate:+no }/$pattern/"; t capture-pane -p -t "$pane"; exit 1
}

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

# ---- 3. a lobby that goes ----
api() { curl -sf -H "Authorization: token $EDGEGAP_API_KEY" -H "Content-Type: application/json" "$@"; }
lobby_names() { api "$url/v1/lobbies" | jq -r '.data[].name'; }
for n in 1 2 3 4 5 6; do api -X POST "$url/v1/lobbies" -d "{\"name\":\"churn-$n\"}" > /dev/null; done
launch churn
t send-keys -t churn Tab Tab
wait_for '┏━ Lobbies'
t send-keys -t churn End
wait_for '^.› [^ ] churn-6 '
t send-keys -t churn k
wait_for '^.› [^ ] churn-5 '
api -X DELETE "$url/v1/lobbies/churn-5" > /dev/null
wait_for 'lobby churn-5 is gone'
wait_for '^.› [^ ] churn-6 '
ok "a selected lobby that goes gives the selection to its neighbour, and the message line says so"
t send-keys -t churn D
wait_for 'Delete lobby\?'
api -X DELETE "$url/v1/lobbies/churn-6" > /dev/null
wait_for 'Lobby churn-6 is gone'
t send-keys -t churn Tab Enter
wait_for 'nothing sent: lobby churn-6 is gone'
t send-keys -t churn q
exited churn
! audit churn | grep 'churn-6' > /dev/null || { echo "FAIL: something was sent for churn-6:"; audit churn; exit 1; }
ok "a question open for a lobby that goes says so and sends nothing"

# ---- 6. PRODUCTION at every size, without colour ----
mkdir -p "$work/prod/config/relaydeck"
printf 'profiles:\n  prodeu:\n    api_url: %s\n    api_key_env: STAGING_KEY\n    production: true\n' "$url" > "$work/prod/config/relaydeck/config.yaml"
t new-session -d -s prod -x 60 -y 16 \
    "sh -c 'XDG_STATE_HOME=$work/prod XDG_CONFIG_HOME=$work/prod/config NO_COLOR=1 STAGING_KEY=$EDGEGAP_API_KEY \"$bin\" --profile prodeu; sleep 60'"
pane=prod
wait_for 'updated [0-9]{2}:[0-9]{2}'
line_is 1 'prodeu  PRODUCTION'
line_is -1 '^PRODUCTION prodeu'
t resize-window -t prod -x 80 -y 24
wait_for 'Tab pane  P problems'
line_is 1 'prodeu  PRODUCTION'
ok "PRODUCTION is in the header and the footer at 60x16 and 80x24 with NO_COLOR"

# ---- 11. the footer at 80×24 ----
line_is -1 'Tab pane  P problems'
t send-keys -t prod n
wait_for 'Enter create'
line_is -1 'Esc cancel'
line_is -1 'D delete' not
t send-keys -t prod Escape
ok "the footer keeps Tab pane and P problems at 80x24, and shows the form's keys while it is open"

# ---- 14. y inside tmux with its default set-clipboard ----
[ "$(t show -gv set-clipboard)" = external ] || { echo "FAIL: tmux's default set-clipboard is not external here"; exit 1; }
t send-keys -t prod y
wait_for "copied [0-9a-f]{12}-S: in tmux.s buffer \\(prefix \\]\\)"
copied="$(t capture-pane -p -t prod | grep -Eo 'copied [0-9a-f]{12}-S' | head -n1 | cut -d' ' -f2)"
[ "$(t show-buffer)" = "$copied" ] || { echo "FAIL: tmux's buffer holds '$(t show-buffer | head -c 80)', not $copied"; exit 1; }
ok "y inside tmux (set-clipboard external): in tmux's buffer, and said"

# ---- 15. a scripted mutation and a signal ----
served() { curl -sf "$url/_emulator/stats" | grep -o '"requests_served":[0-9]*' | cut -d: -f2; }
# The dashboards go first: the next request the emulator counts is then the script's.
for s in $(t list-sessions -F '#S'); do [ "$s" = keepalive ] || t kill-session -t "$s"; done
for _ in $(seq 50); do pgrep -f "$bin --api-url $url" > /dev/null || break; sleep 0.1; done
! pgrep -f "$bin --api-url $url" > /dev/null || { echo "FAIL: a dashboard is still running"; exit 1; }
mkdir -p "$work/script"
faults PUT '{"latency_ms":6000}'
before="$(served)"
(set +e; XDG_STATE_HOME="$work/script" XDG_CONFIG_HOME="$work/script/config" "$bin" lobbies create script-lobby --yes --api-url "$url" \
    > /dev/null 2> "$work/script/err"; echo "exit=$?" > "$work/script/exit") &
for _ in $(seq 100); do [ "$(served)" -gt "$before" ] && break; sleep 0.1; done
[ "$(served)" -gt "$before" ] || { echo "FAIL: the scripted create was never sent"; exit 1; }
pkill -TERM -f "lobbies create script-lobby" || true
for _ in $(seq 50); do [ -s "$work/script/exit" ] && break; sleep 0.1; done
faults DELETE
[ "$(cat "$work/script/exit" 2>/dev/null)" = "exit=143" ] || { echo "FAIL: SIGTERM to a scripted create: $(cat "$work/script/exit" 2>/dev/null)"; cat "$work/script/err"; exit 1; }
[ "$(audit script | wc -l)" = 1 ] && audit script | grep -q '"outcome":"unknown: no answer before terminated (SIGTERM)".*"target":"script-lobby"' \
    || { echo "FAIL: audit after SIGTERM to a scripted create:"; audit script; exit 1; }
grep -q 'create lobby script-lobby: outcome unknown: no answer before terminated (SIGTERM)' "$work/script/err" \
    || { echo "FAIL: the script did not say it:"; cat "$work/script/err"; exit 1; }
ok "a scripted mutation ended by SIGTERM in flight: one audit line, unknown, and exit 143"

echo "trust-e2e: $passed passed, 0 failed"

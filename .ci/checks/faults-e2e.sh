#!/usr/bin/env bash
# Faults survived end to end, in tmux against a standalone emulator: for each fault set with
# PUT /_emulator/faults the header shows the error or STALE while the last sessions stay on screen, `?` still
# opens help and Esc closes it; after DELETE the header is back to `updated HH:MM` (time to recover
# measured). Then signals: SIGINT, SIGTERM, SIGHUP (pty closed; also with HUP ignored), SIGTSTP + SIGCONT
# (terminal restored while stopped, redrawn after), a resize storm; the terminal is checked with stty -a.
# Prints a table (also to $RELIABILITY_TABLE when set). CPU time of the dashboard comes from /proc/PID/stat.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/.build/debug/relaydeck"
sock="rd-faults-$$"
source "$(dirname "$0")/lib/tmux-emulator.bash"
export EDGEGAP_API_KEY="faults-e2e-key"
# The product's default poll interval (FAULTS_REFRESH=0.5 for a quicker local run).
refresh="${FAULTS_REFRESH:-2}"
# A session that lives for the whole run (started after the export: tmux sessions inherit the server's
# environment): without it the server exits whenever the last test session is killed, and the next
# new-session can race the dying server ("server exited unexpectedly").
t new-session -d -s keepalive "sleep 3600"
start=$(date +%s.%N)
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
rows=()
fails=0
row() { rows+=("$(printf '| %-28s | %-52s | %-14s | %s |' "$1" "$2" "$3" "$4")"); case "$4" in ok*) ;; *) fails=$((fails + 1));; esac; }

# Wait up to $2 s until pane $1 matches $3 (or does not match, with $4 = not). Returns 1 on timeout.
# $LINES limits the check to the first N lines (the header), as the message line keeps old errors.
# The screen is taken whole before it is read: under pipefail, a reader that stops early (head -n 1, grep -q) can
# kill tmux with SIGPIPE mid-write, and the pipeline then reads as "no match" while the text is on screen.
wait_screen() {
    local pane="$1" limit="$2" pattern="$3" negate="${4:-}" i=0 screen
    while [ $i -lt $((limit * 20)) ]; do
        screen="$(t capture-pane -p -t "$pane" 2>/dev/null || true)"
        if grep -E -- "$pattern" > /dev/null <<< "$(head -n "${LINES:-1000}" <<< "$screen")"; then
            [ -z "$negate" ] && return 0
        else
            [ -n "$negate" ] && return 0
        fi
        sleep 0.05; i=$((i + 1))
    done
    return 1
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
dash_pid() { local sh; sh=$(t display -p -t "$1" '#{pane_pid}'); ps -o pid= --ppid "$sh" | head -n1 | tr -d ' '; }
launch() {  # $1 session name, $2 shell prefix (e.g. a trap): dashboard in a fresh tmux session
    t new-session -d -s "$1" -x 160 -y 48 \
        "sh -c '$2 \"$bin\" --api-url $url --refresh $refresh; echo \"exit=\$?\" > $work/exit.$1; stty -a > $work/stty.$1; sleep 60'"
    wait_screen "$1" 20 'updated [0-9]{2}:[0-9]{2}' || { echo "FAIL: $1 did not start"; t capture-pane -p -t "$1"; exit 1; }
}
sane() { grep -Eq '(^| )echo( |$)' "$1" && grep -Eq '(^| )icanon( |$)' "$1"; }

start_emulator --sessions 120 --lobbies 6 --seed 4
faults() { curl -sf -X "$1" "$url/_emulator/faults" ${2:+-d "$2"} > /dev/null; }

# ---- faults ----
launch f ""
pid=$(dash_pid f)
cpu0=$(cpu_ticks "$pid"); wall0=$(now)
# name | fault JSON | what the header must show while it is in force | keys the operator sends once it is cleared
while IFS='|' read -r name json expect after; do
    faults PUT "$json"
    t0=$(now)
    if ! LINES=1 wait_screen f 12 "$expect"; then
        row "$name" "header never showed /$expect/" "-" "FAIL"; faults DELETE; continue
    fi
    shown="$(t capture-pane -p -t f | head -n1 | grep -Eo "(STALE|[0-9]+ failing|retry in).{0,40}" | head -n1 | tr -s ' ' | cut -c1-50 || true)"
    kept="no"; t capture-pane -p -t f | grep -E '[0-9a-f]{12}-S' > /dev/null && kept="yes"
    t send-keys -t f '?'
    responsive="no"
    if wait_screen f 10 'Keys — Esc to close'; then
        t send-keys -t f Escape
        wait_screen f 10 'Keys — Esc to close' not && responsive="yes"
    fi
    faults DELETE
    t1=$(now)
    # The retry the header announces as the fault clears: a 429 is never probed (the API asked us to wait), so it
    # recovers at that retry, which doubles while the 429s last; the other faults within an interval (the probe).
    due=$(t capture-pane -p -t f | head -n1 | grep -Eo 'retry in [0-9]+s' | grep -Eo '[0-9]+' | head -n1 || true)
    case "$name" in 429*) ;; *) due="" ;; esac
    # A refused key is retried every 30 s: the operator who fixed it presses r.
    [ -n "${after:-}" ] && t send-keys -t f "$after"
    if LINES=1 wait_screen f 15 'STALE|retry in|[0-9]+ failing' not && LINES=1 wait_screen f 5 'updated [0-9]{2}:[0-9]{2}'; then
        r="$(since "$t1")"; rec="${r}s ($(awk -v r="$r" -v i="$refresh" 'BEGIN { printf "%.1f", r / i }')×)"
    else
        r=99; rec="none in 20s"
    fi
    # Recovery is due within about one interval (plus a request and a frame); two intervals and a second fail. For a
    # 429: by the retry announced when it cleared, and a second and a half (the countdown is in whole seconds).
    quick=no; awk -v r="$r" -v i="$refresh" -v d="${due:-0}" 'BEGIN { l = 2 * i + 1; if (d + 1.5 > l) l = d + 1.5; exit !(r <= l) }' && quick=yes
    [ -n "${due:-}" ] && rec="$rec, retry was in ${due}s"
    verdict="ok"; [ "$kept" = yes ] && [ "$responsive" = yes ] && [ "$quick" = yes ] || verdict="FAIL (kept=$kept keys=$responsive quick=$quick)"
    row "$name" "$shown; rows kept: $kept; ?/Esc: $responsive" "$rec" "$verdict"
done <<'FAULTS'
latency 3 s|{"latency_ms":3000}|STALE
500 every request|{"error_rate_500":1}|retry in
503 every request|{"error_rate_503":1}|retry in
429 + Retry-After: 2|{"rate_429":1,"retry_after":2}|retry in
429 without Retry-After|{"rate_429":1}|retry in
malformed JSON|{"malformed_json_rate":1}|retry in
truncated bodies|{"truncated_body_rate":1}|retry in
dropped connections|{"drop_connection_rate":1}|retry in
slow drip 300 B/s|{"slow_drip_bytes_per_second":300}|STALE
oversized body 16 MiB|{"oversized_body_rate":1}|retry in
key turns 401, then r|{"unauthorized_keys":["faults-e2e-key"]}|key refused|r
key turns 403, then r|{"forbidden_keys":["faults-e2e-key"]}|key refused|r
latency 12 s > 10 s limit|{"latency_ms":12000}|STALE|
wrong types|{"wrong_types_rate":1}|retry in
FAULTS
# A long outage: 10 intervals of 503 take the panes' backoff to 8 intervals or more (1, 2, 4, 8, …); the outage
# probe (one small request an interval) must still bring recovery within about one interval of the fault
# clearing. Fails above two intervals.
outage=$(awk -v r="$refresh" 'BEGIN { print 10 * r }')
faults PUT '{"error_rate_503":1}'
if LINES=1 wait_screen f 12 'retry in'; then
    sleep "$outage"
    shown="$(t capture-pane -p -t f | head -n1 | grep -Eo "(STALE|retry in).{0,40}" | head -n1 | tr -s ' ' | cut -c1-50 || true)"
    faults DELETE
    t1=$(now)
    # The retry the header announces as the fault clears: a 429 is never probed (the API asked us to wait), so it
    # recovers at that retry, which doubles while the 429s last; the other faults within an interval (the probe).
    due=$(t capture-pane -p -t f | head -n1 | grep -Eo 'retry in [0-9]+s' | grep -Eo '[0-9]+' | head -n1 || true)
    case "$name" in 429*) ;; *) due="" ;; esac
    # A refused key is retried every 30 s: the operator who fixed it presses r.
    [ -n "${after:-}" ] && t send-keys -t f "$after"
    if LINES=1 wait_screen f 15 'STALE|retry in|[0-9]+ failing' not && LINES=1 wait_screen f 5 'updated [0-9]{2}:[0-9]{2}'; then
        rec="$(since "$t1")"
        verdict="ok"; awk -v r="$rec" -v i="$refresh" 'BEGIN { exit !(r <= 2 * i) }' || verdict="FAIL (over two intervals: the backoff, not the probe)"
        row "503 for ${outage} s (long outage)" "$shown" "${rec}s ($(awk -v r="$rec" -v i="$refresh" 'BEGIN { printf "%.1f", r / i }')×)" "$verdict"
    else
        row "503 for ${outage} s (long outage)" "$shown" "none in 20s" "FAIL"
    fi
else
    faults DELETE
    row "503 for ${outage} s (long outage)" "header never showed /retry in/" "-" "FAIL"
fi
# Refused connections: the emulator process goes away (the API host is down), then comes back on the same port.
port="${url##*:}"
kill "$emu"; wait "$emu" 2>/dev/null || true
if LINES=1 wait_screen f 12 'retry in'; then
    shown="$(t capture-pane -p -t f | head -n1 | grep -Eo "(STALE|retry in).{0,40}" | head -n1 | tr -s ' ' | cut -c1-50 || true)"
    kept="no"; t capture-pane -p -t f | grep -E '[0-9a-f]{12}-S' > /dev/null && kept="yes"
    "$bin" emulator --port "$port" --sessions 120 --lobbies 6 --seed 4 > "$work/emu2.out" 2>&1 &
    emu=$!
    for _ in $(seq 100); do [ -s "$work/emu2.out" ] && break; sleep 0.05; done
    t1=$(now)
    if LINES=1 wait_screen f 15 'STALE|retry in|[0-9]+ failing' not && LINES=1 wait_screen f 5 'updated [0-9]{2}:[0-9]{2}'; then
        r="$(since "$t1")"
        verdict="ok"; awk -v r="$r" -v i="$refresh" 'BEGIN { exit !(r <= 2 * i + 1) }' && [ "$kept" = yes ] || verdict="FAIL (kept=$kept)"
        row "refused (emulator down, back)" "$shown; rows kept: $kept" "${r}s ($(awk -v r="$r" -v i="$refresh" 'BEGIN { printf "%.1f", r / i }')×)" "$verdict"
    else
        row "refused (emulator down, back)" "$shown" "none in 20s" "FAIL"
    fi
else
    row "refused (emulator down, back)" "header never showed /retry in/" "-" "FAIL"
fi
cpu1=$(cpu_ticks "$pid"); hz=$(getconf CLK_TCK)
cpu_line="dashboard CPU over the fault run: $(awk -v c=$((cpu1 - cpu0)) -v hz="$hz" -v w="$(since "$wall0")" 'BEGIN { printf "%.2f s in %.0f s wall (%.1f %%)", c / hz, w, 100 * c / hz / w }')"
t send-keys -t f q
wait_screen f 5 'Sessions · page' not || true
t kill-session -t f

# ---- signals ----
signal_run() {  # $1 name, $2 signal: sent to the dashboard; checks exit, stty and timing
    launch "$1" ""
    local p; p=$(dash_pid "$1"); local s0; s0=$(now)
    kill -s "$2" "$p"
    for _ in $(seq 100); do [ -s "$work/stty.$1" ] && break; sleep 0.05; done
    local e; e=$(cat "$work/exit.$1" 2>/dev/null || echo "exit=?")
    if [ -s "$work/stty.$1" ] && sane "$work/stty.$1"; then
        row "SIG$2" "exited ($e) in $(since "$s0")s; stty: echo icanon" "-" "ok"
    else
        row "SIG$2" "exit: $e; stty: $(head -c 80 "$work/stty.$1" 2>/dev/null)" "-" "FAIL"
    fi
    t kill-session -t "$1" 2>/dev/null || true
}
signal_run int INT
signal_run term TERM

hangup_run() {  # $1 name, $2 shell prefix: the pty master is closed under the dashboard
    launch "$1" "$2"
    local p; p=$(dash_pid "$1"); local s0; s0=$(now)
    t kill-session -t "$1"
    local gone="no"
    for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || { gone="yes"; break; }; sleep 0.05; done
    if [ "$gone" = yes ]; then
        row "SIGHUP (pty closed)${2:+, HUP ignored}" "process gone in $(since "$s0")s" "-" "ok"
    else
        local c0; c0=$(cpu_ticks "$p"); sleep 1; local c1; c1=$(cpu_ticks "$p")
        row "SIGHUP (pty closed)${2:+, HUP ignored}" "still running after 5s, $((c1 - c0)) ticks CPU in 1s" "-" "FAIL"
        kill "$p" 2>/dev/null || true
    fi
}
hangup_run hup ""
hangup_run hupign "trap \"\" HUP;"

# SIGTSTP as a shell user meets it: an interactive bash (no readline, so it leaves the tty modes alone) runs the dashboard, the signal stops it, `fg` resumes it
# (a `sh -c` pane would leave its process group orphaned, where the kernel discards SIGTSTP).
t new-session -d -s tstp -x 160 -y 48 "bash --norc --noprofile --noediting -i"
t send-keys -t tstp "\"$bin\" --api-url $url --refresh $refresh; stty -a > $work/stty.tstp" Enter
wait_screen tstp 20 'updated [0-9]{2}:[0-9]{2}' || { echo "FAIL: tstp did not start"; exit 1; }
p=$(dash_pid tstp); tty=$(t display -p -t tstp '#{pane_tty}')
kill -s TSTP "$p"
stopped="no"
for _ in $(seq 60); do [ "$(awk '{print $3}' "/proc/$p/stat")" = T ] && { stopped="yes"; break; }; sleep 0.05; done
stty -a -F "$tty" > "$work/stty.stopped" 2>&1 || true
restored="no"; sane "$work/stty.stopped" && restored="yes"
s0=$(now)
t send-keys -t tstp "fg" Enter
# Once the screen is redrawn, curses has put the terminal back in its own modes: the first key typed is answered.
keys_after_fg() {
    wait_screen tstp 5 'Sessions · page' || return 1
    t send-keys -t tstp '?'
    wait_screen tstp 5 'Keys — Esc to close'
}
if [ "$stopped" = yes ] && [ "$restored" = yes ] && keys_after_fg; then
    row "SIGTSTP, fg (SIGCONT)" "stopped; tty cooked while stopped; redrawn + keys in $(since "$s0")s" "-" "ok"
else
    row "SIGTSTP, fg (SIGCONT)" "stopped=$stopped cooked-while-stopped=$restored" "-" "FAIL"
    t capture-pane -p -t tstp > "$work/screen.tstp"; cat "$work/screen.tstp"
fi
t send-keys -t tstp Escape q
for _ in $(seq 100); do [ -s "$work/stty.tstp" ] && break; sleep 0.05; done
sane "$work/stty.tstp" || row "SIGTSTP, fg: quit" "terminal not restored after q" "-" "FAIL"
t kill-session -t tstp 2>/dev/null || true

launch storm ""
p=$(dash_pid storm); c0=$(cpu_ticks "$p"); s0=$(now)
for size in 80x24 200x60 40x10 120x32 61x17 59x15 300x100 100x30 20x5 160x48 90x25 150x40 70x20 160x48; do
    t resize-window -t storm -x "${size%x*}" -y "${size#*x}"; sleep 0.02
done
# A key typed while the window is still too small is handled there (ignored), so wait for the full layout first.
wait_screen storm 5 '┏━ Sessions · page' || true
t send-keys -t storm '?'
if wait_screen storm 5 'Keys — Esc to close' && t send-keys -t storm Escape && wait_screen storm 5 'updated [0-9]{2}'; then
    row "resize storm (14 sizes)" "redrawn at 160x48, keys work, CPU $(( $(cpu_ticks "$p") - c0 )) ticks" "$(since "$s0")s" "ok"
else
    row "resize storm (14 sizes)" "screen after storm did not settle" "-" "FAIL"
    { t capture-pane -p -t storm | head -n 5; } || true; t display -p -t storm '#{window_width}x#{window_height}' 
fi
t send-keys -t storm q
for _ in $(seq 100); do [ -s "$work/stty.storm" ] && break; sleep 0.05; done
sane "$work/stty.storm" || row "resize storm: quit" "terminal not restored after q" "-" "FAIL"

{
    echo "| case | screen / outcome | recovery | result |"
    echo "|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "$cpu_line; total $(since "$start") s."
} | tee "${RELIABILITY_TABLE:-/dev/null}"
echo "faults-e2e: $(( ${#rows[@]} - fails )) passed, $fails failed"
[ "$fails" -eq 0 ]

#!/usr/bin/env bash
# Alerts that reach the operator, end to end (issue 18):
#  1. In a pty, `relaydeck --notify bell,osc777` against an emulator with --failure-rate 1 whose fleet is failing already:
#     the first sweep is one summary (no alert); a session created then fails, and within two sweeps the timeline
#     shows it and the pty receives one BEL and one OSC 777 naming it.
#  2. In tmux with allow-passthrough on, a client attached on a pty receives that OSC 777 (the passthrough form).
#  3. `relaydeck watch --jsonl` prints that failure as one JSON line; SIGINT ends it with exit 0.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/.build/debug/relaydeck"
sock="rd-notify-$$"
source "$(dirname "$0")/lib/tmux-emulator.bash"
export EDGEGAP_API_KEY="notify-key"
passed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
start_emulator --sessions 0 --lobbies 2 --failure-rate 1 --ready-delay 0.5 --seed 11
# A fleet failing before anything watches it: every session the emulator makes now fails.
for n in 1 2 3 4 5 6; do
    curl -sf -H "Authorization: token $EDGEGAP_API_KEY" -H "Content-Type: application/json" -X POST "$url/v1/relays/sessions" \
        -d "{\"users\":[{\"ip\":\"203.0.113.$n\"}]}" > /dev/null
done
sleep 1

# ---- 1 and 3: the dashboard in a pty, watch beside it ----
XDG_STATE_HOME="$work/watch" "$bin" watch --jsonl --api-url "$url" --refresh 1 > "$work/watch.out" 2> "$work/watch.err" &
watch=$!
python3 - "$bin" "$url" "$work" <<'PY'
import os, re, subprocess, sys
sys.path.insert(0, ".ci/checks/lib")
from pty_harness import Pty
binary, url, work = sys.argv[1:4]
p = Pty([binary, "--api-url", url, "--refresh", "1", "--notify", "bell,osc777"],
        env={"TERM": "xterm-256color", "XDG_STATE_HOME": work + "/dash"})
osc = re.compile(rb"\x1b\]777;notify;([^\x07\x1b]*)\x07")
def bells(b):  # BELs that end no OSC
    return len(re.findall(rb"\x07", b)) - len(re.findall(rb"\x1b\][^\x07\x1b]*\x07", b))
# The fleet fails already: the first sweep is one line in the timeline, and nothing alerts.
if not p.pump(30, rb"updated"):
    sys.exit("FAIL: the dashboard did not start")
p.write(b"!")
if not p.pump(30, rb"6 sessions, 6 failed"):
    sys.exit("FAIL: the timeline does not show the first sweep's summary:\n" + bytes(p.data[-3000:]).decode("utf-8", "replace"))
p.pump(2)
before = bytes(p.data)
if osc.search(before) or bells(before):
    sys.exit("FAIL: a fleet failing at start alerted: %r" % osc.findall(before))
print("ok: a fleet failing at start is one summary in the timeline, and no alert")
sid = subprocess.run(["curl", "-sf", "-H", "Authorization: token " + os.environ["EDGEGAP_API_KEY"], "-H", "Content-Type: application/json",
                      "-X", "POST", url + "/v1/relays/sessions", "-d", '{"users":[{"ip":"203.0.113.77"}]}'],
                     capture_output=True, text=True).stdout
sid = re.search(r'"session_id":"([^"]+)"', sid).group(1)
open(work + "/sid", "w").write(sid)
# Two sweeps are at most 30 s apart (a sweep starts every 15 s).
if not p.pump(40, rb"\x1b\]777;notify;RelayDeck [^;]*;" + re.escape(sid.encode()) + rb" failed"):
    sys.exit("FAIL: no OSC 777 naming %s within two sweeps" % sid)
p.pump(3)
after = bytes(p.data)[len(before):]
notes = osc.findall(after)
if len(notes) != 1 or bells(after) != 1:
    sys.exit("FAIL: wanted one OSC 777 and one BEL, got %d and %d: %r" % (len(notes), bells(after), notes))
if not re.search(rb"session-failed", after) or sid.encode() not in after:
    sys.exit("FAIL: the timeline does not show the failure")
print("ok: %s failed: the timeline shows it, the pty received one BEL and one OSC 777 (%s)" % (sid, notes[0].decode()))
p.write(b"q")
p.pump(5)
p.wait()
PY
passed=$((passed + 2))
sid="$(cat "$work/sid")"
for _ in $(seq 100); do grep -q "\"kind\":\"session-failed\",\"target\":\"$sid\"" "$work/watch.out" && break; sleep 0.2; done
[ "$(grep -c "\"kind\":\"session-failed\",\"target\":\"$sid\"" "$work/watch.out")" = 1 ] \
    || { echo "FAIL: watch --jsonl did not print the failure as one line:"; cat "$work/watch.out"; exit 1; }
kill -INT "$watch"
set +e; wait "$watch"; rc=$?; set -e
[ "$rc" = 0 ] || { echo "FAIL: watch ended with $rc on SIGINT"; cat "$work/watch.err"; exit 1; }
ok "watch --jsonl printed the failure as one JSON line; SIGINT ended it with exit 0"

# ---- 2: through tmux's passthrough, to a client attached on a pty ----
t -f /dev/null new-session -d -s n -x 140 -y 40 \
    "env XDG_STATE_HOME=$work/tmuxdash EDGEGAP_API_KEY=$EDGEGAP_API_KEY $bin --api-url $url --refresh 1 --notify osc777; sleep 30"
t set -g allow-passthrough on
python3 - "$sock" "$url" "$work" <<'PY'
import os, re, subprocess, sys
sys.path.insert(0, ".ci/checks/lib")
from pty_harness import Pty
sock, url, work = sys.argv[1:4]
env = dict(TERM="xterm-256color")
os.environ.pop("TMUX", None)
p = Pty(["tmux", "-L", sock, "attach", "-t", "n"], env=env)
if not p.pump(40, rb"updated"):
    sys.exit("FAIL: the dashboard did not start in tmux")
p.pump(20, rb"fleet \d+ ")   # the first sweep done: the next failure alerts
sid = subprocess.run(["curl", "-sf", "-H", "Authorization: token " + os.environ["EDGEGAP_API_KEY"], "-H", "Content-Type: application/json",
                      "-X", "POST", url + "/v1/relays/sessions", "-d", '{"users":[{"ip":"203.0.113.78"}]}'],
                     capture_output=True, text=True).stdout
sid = re.search(r'"session_id":"([^"]+)"', sid).group(1)
if not p.pump(45, rb"\x1b\]777;notify;RelayDeck [^;]*;" + re.escape(sid.encode()) + rb" failed"):
    sys.exit("FAIL: the attached client never received the OSC 777 for %s" % sid)
print("ok: through tmux (allow-passthrough on) the attached client received the OSC 777 for %s" % sid)
os.kill(p.pid, 9)
PY
passed=$((passed + 1))
echo "notify-pty: $passed passed, 0 failed"

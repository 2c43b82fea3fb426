#!/usr/bin/env bash
# Operator ergonomics (issue 19), end to end in a pty (read through pyte, a terminal emulator) against a standalone
# emulator:
#  1. A keymap that moves delete-session to X and unbinds deploy-lobby: D and d do nothing, X asks, help shows X and
#     no deploy line.
#  2. --mouse: a click (an SGR report, as a terminal sends it) on the fifth session row selects it.
#  3. Marks on three sessions and one delete remove exactly those three (the emulator's list says so).
#  4. A foreground custom command: the screen is put away, the program has the terminal (its output shows), Enter
#     ends it, the dashboard comes back and says "done (exit 0)".
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/.build/debug/relaydeck"
sock="rd-ergo-$$"
source "$(dirname "$0")/lib/tmux-emulator.bash"
export EDGEGAP_API_KEY="ergonomics-key"
start_emulator --sessions 40 --lobbies 3 --seed 5
mkdir -p "$work/config/relaydeck"
cat > "$work/config/relaydeck/keymap.yaml" <<'YAML'
sessions:
  delete-session: X
lobbies:
  deploy-lobby: none
YAML
cat > "$work/config/relaydeck/config.yaml" <<'YAML'
commands:
  - name: hello
    key: H
    scope: session
    program: sh
    args: ["-c", "printf 'FG:%s\n' \"$RELAYDECK_SESSION_ID\"; read answer", "sh"]
    mode: foreground
YAML
python3 - "$bin" "$url" "$work" <<'PY'
import json, os, re, sys, time, urllib.request
sys.path.insert(0, ".ci/checks/lib")
import pyte
from pty_harness import Pty
binary, url, work = sys.argv[1:4]
key = os.environ["EDGEGAP_API_KEY"]
passed = 0

class Term:
    """The dashboard on a pty, its screen as a terminal would show it."""
    def __init__(self, *args, cols=140, rows=40, state="s"):
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        env = {"TERM": "xterm-256color", "XDG_CONFIG_HOME": work + "/config", "XDG_STATE_HOME": work + "/" + state}
        self.p = Pty([binary, "--api-url", url, "--refresh", "1", *args], env=env, rows=rows, cols=cols)
        self.fed = 0
    def text(self):
        self.stream.feed(bytes(self.p.data[self.fed:]))
        self.fed = len(self.p.data)
        return "\n".join(self.screen.display)
    def wait(self, pattern, seconds=15, absent=False):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.p.pump(0.1)
            found = re.search(pattern, self.text())
            if bool(found) != absent:
                return found
        sys.exit(f"FAIL: waited for {'no ' if absent else ''}/{pattern}/; screen:\n{self.text()}")
    def keys(self, b):
        self.p.write(b)
    def quit(self):
        self.keys(b"q")
        self.p.pump(5, rb"\x1b\[\?1049l")

def ok(what):
    global passed
    passed += 1
    print("ok:", what)

def api(path, method="GET"):
    r = urllib.request.Request(url + path, method=method, headers={"Authorization": "token " + key})
    try:
        with urllib.request.urlopen(r) as resp:
            return resp.status, json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, None

# ---- 1. the keymap ----
t = Term()
t.wait(r"updated")
t.keys(b"D")
t.keys(b"?")            # had D opened a dialog, ? would go to it and help would not open
t.wait(r"Keys")
t.keys(b"\x1b")
t.wait(r"Keys", absent=True)
t.keys(b"X")
t.wait(r"Delete relay session\?")
t.keys(b"\x1b")
t.wait(r"cancelled: delete session")
t.keys(b"\t\t")
t.wait(r"┏━ Lobbies")
t.keys(b"d")
t.keys(b"m")            # the history: nothing about a deploy
t.wait(r"watching")
if re.search(r"(?i)deploy", t.text()):
    sys.exit("FAIL: d still did something:\n" + t.text())
t.keys(b"\x1b?")
t.wait(r"Keys")
full = t.text()
for _ in range(12):
    t.keys(b" ")
    t.p.pump(0.15)
    full += "\n" + t.text()
if "Deploy the selected lobby" in full or not re.search(r"X\s+Delete the selected session", full):
    sys.exit("FAIL: help does not show the keys in force:\n" + full)
ok("keymap: D and d do nothing, X asks, help shows X and no deploy line")
t.keys(b"\x1b")
t.quit()

# ---- 2. the mouse ----
t = Term("--mouse", state="mouse")
t.wait(r"updated")
t.wait(r"mouse: on")
lines = t.text().split("\n")
header = next(i for i, l in enumerate(lines) if " SESSION " in l)
row = header + 5                       # the fifth data row (0-based screen line)
target = re.search(r"[0-9a-f]{12}-S", lines[row]).group(0)
t.keys(f"\x1b[<0;12;{row + 1}M\x1b[<0;12;{row + 1}m".encode())
t.wait(r"Session " + re.escape(target))
if "›" not in t.text().split("\n")[row]:
    sys.exit("FAIL: the fifth row is not the selected one:\n" + t.text())
ok(f"--mouse: a click on the fifth row selected {target}")
t.quit()

# ---- 3. marks and one delete ----
status, before = api("/v1/relays/sessions?page=1&limit=100")
total = before["total_count"]
t = Term(state="marks")
t.wait(r"updated")
lines = t.text().split("\n")
header = next(i for i, l in enumerate(lines) if " SESSION " in l)
ids = [re.search(r"[0-9a-f]{12}-S", lines[header + i]).group(0) for i in (1, 2, 3)]
t.keys(b"   ")
t.wait(r"3 marked")
t.keys(b"X")                           # delete-session, as the keymap moved it
t.wait(r"Delete 3 sessions\?")
t.keys(b"\t\r")
t.wait(r"Delete 3 sessions: 3 deleted", seconds=20)
status, after = api("/v1/relays/sessions?page=1&limit=100")
gone = [i for i in ids if api("/v1/relays/sessions/" + i)[0] == 404]
if after["total_count"] != total - 3 or gone != ids:
    sys.exit(f"FAIL: {total} -> {after['total_count']} sessions; gone: {gone} of {ids}")
ok(f"marks: three marked sessions, one delete, exactly those three gone ({total} -> {after['total_count']})")
t.quit()

# ---- 4. a foreground custom command ----
t = Term(state="fg")
t.wait(r"updated")
selected = re.search(r"Session ([0-9a-f]{12}-S)", t.text()).group(1)
t.keys(b"H")
if not t.p.pump(10, rb"\x1b\[\?1049l[\s\S]*FG:" + selected.encode()):
    sys.exit("FAIL: the program did not get the terminal:\n" + t.p.data[-400:].decode(errors="replace"))
t.keys(b"\r")
t.wait(r"hello on session " + re.escape(selected) + r": done \(exit 0\)")
t.wait(r"Sessions · page")
ok("foreground command: the screen left, the program ran on the terminal, the dashboard came back")
t.quit()
audit = open(work + "/fg/relaydeck/audit.jsonl").read()
if '"action":"command hello"' not in audit or '"outcome":"ok"' not in audit:
    sys.exit("FAIL: the run is not audited:\n" + audit)
ok("the command run is audited with its exit status")
print(f"ergonomics-e2e: {passed} passed, 0 failed")
PY

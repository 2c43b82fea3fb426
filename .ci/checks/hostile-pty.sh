#!/usr/bin/env bash
# Hostile API strings never reach the terminal raw: the dashboard runs in a pty against
# `relaydeck emulator --hostile`, is navigated (j, Enter, Tab, m, ?, Esc), and every byte it writes is checked
# for the corpus' escape sequences (OSC 52, OSC 8, OSC 0, DCS, CSI 6n, RIS, raw ESC+marker), BEL, C1 controls
# and bidi controls. A run against a clean emulator first shows which of those ncurses itself emits (none are
# expected); a signature that appears in the clean run is reported and not held against the hostile one.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/.build/debug/relaydeck"
work="$(mktemp -d)"
emu=""
cleanup() { [ -n "$emu" ] && kill "$emu" 2>/dev/null && wait "$emu" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export EDGEGAP_API_KEY="hostile-pty-key"

start_emulator() {  # $1: extra flags; sets $emu and $url
    "$bin" emulator --port 0 --sessions 30 --lobbies 6 --failure-rate 0.3 --seed 3 $1 > "$work/emu.out" 2>&1 &
    emu=$!
    url=""
    for _ in $(seq 100); do url="$(head -n1 "$work/emu.out" 2>/dev/null || true)"; [ -n "$url" ] && break; sleep 0.1; done
    [ -n "$url" ] || { echo "FAIL: emulator did not start"; cat "$work/emu.out"; exit 1; }
}

capture() {  # $1: output file. Runs the dashboard in a pty, navigates, quits; every byte it wrote goes to $1.
    python3 - "$bin" "$url" "$1" <<'PY'
import sys
sys.path.insert(0, ".ci/checks/lib")
from pty_harness import Pty
binary, url, out = sys.argv[1:4]
p = Pty([binary, "--api-url", url, "--refresh", "0.5", "--color", "always"], env={"TERM": "xterm-256color"}, rows=48, cols=160)
if not p.pump(30, rb"updated"):
    sys.stderr.write(repr(bytes(p.data[-600:])) + "\n"); sys.exit("FAIL: the dashboard never showed 'updated'")
for keys in [b"j", b"j", b"\r", b"\t", b"G", b"\t", b"\t", b"G", b"\r", b"m", b"\x1b", b"?", b"\x1b", b"\t", b"\t", b"j"]:
    p.write(keys)
    p.pump(0.4)
p.pump(1.5)
p.write(b"q")
p.pump(5)
status = p.wait()
open(out, "wb").write(bytes(p.data))
sys.exit(0 if status == 0 else "FAIL: dashboard exit status %d" % status)
PY
}

start_emulator ""
capture "$work/clean.bin"
kill "$emu"; wait "$emu" 2>/dev/null || true; emu=""
start_emulator "--hostile"
capture "$work/hostile.bin"

python3 - "$work/clean.bin" "$work/hostile.bin" <<'PY'
import sys
clean, hostile = (open(p, "rb").read() for p in sys.argv[1:3])
signatures = {
    "OSC 52 clipboard": b"\x1b]52;", "OSC 8 link": b"\x1b]8;", "OSC 0 title": b"\x1b]0;", "DCS": b"\x1bP",
    "CSI 6n report": b"\x1b[6n", "RIS": b"\x1bc", "BEL": b"\x07", "NUL": b"\x00", "BS BS BS+marker": b"BACKSPACED\x08\x08\x08",
    "C1 CSI U+009B": b"\xc2\x9b", "C1 NEL U+0085": b"\xc2\x85", "C1 DCS U+0090": b"\xc2\x90",
    "RLO U+202E": b"\xe2\x80\xae", "LRI U+2066": b"\xe2\x81\xa6", "PDI U+2069": b"\xe2\x81\xa9",
    "BOM U+FEFF": b"\xef\xbb\xbf",
    "ESC[2J+marker": b"\x1b[HCLEARED", "ESC[31m+marker": b"\x1b[31mREDTEXT", "ESC[H move+marker": b"\x1b[10;10HMOVED",
    "alt screen left+marker": b"\x1b[?1049lALTLEFT",
}
failed = 0
for name, sig in signatures.items():
    c, h = clean.count(sig), hostile.count(sig)
    if c:
        print(f"skip: {name}: ncurses emits it itself ({c} in the clean run, {h} hostile)")
    elif h:
        print(f"FAIL: {name}: {h} raw occurrence(s) in the hostile run"); failed += 1
    else:
        print(f"ok: {name}: never raw")
shown = [m for m in ["CLEARED", "REDTEXT", "CLIPPED", "LINKED", "TITLED", "REVERSED", "BELLS", "CSI8BIT", "LONGWWW"]
         if m.encode() in hostile]
visible_esc = hostile.count("␛".encode())
print(f"hostile run: {len(hostile)} bytes, clean run: {len(clean)} bytes; markers drawn (cleaned): {shown}; visible ␛: {visible_esc}")
if len(shown) < 3 or visible_esc == 0:
    print("FAIL: the hostile text did not reach the screen, so nothing was tested"); failed += 1
# ZWJ is not a control: it joins emoji (the corpus' family emoji) and passes UntrustedText by design.
zwj = hostile.count("\u200d".encode())
print(f"info: ZWJ U+200D passed through {zwj} time(s) (emoji joiner, not a control)")
print(f"hostile-pty: {len(signatures) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY

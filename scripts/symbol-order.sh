#!/usr/bin/env bash
# Rewrites scripts/symbol-order.txt: the functions of the static binary that the dashboard runs (start-up, polls, the
# crawl, frames, moving about, help), hottest first, for lld's --symbol-ordering-file. Laid out together at the front
# of .text, they fill a few hundred kilobytes of pages instead of being spread over all 16 MB, each touch mapping a
# page-cache folio around it: resident memory follows what runs, not the binary's size. A function the file does not
# name (new code, renamed code) still links, after the listed ones: regenerate when the idle RSS figure of
# `relaydeck-bench lean` creeps up. Needs valgrind (Debian's), tmux and python3; takes about 5 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(bash scripts/build-static.sh release)
work=$(mktemp -d)
socket="symbol-order-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; kill "${emulator:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
# Valgrind cannot read this toolchain's DWARF; the symbol table is all it needs.
strip --strip-debug -o "$work/relaydeck" "$binary"
export RD_ORDER_KEY=order-key-0123456789
"$work/relaydeck" emulator --port 0 --sessions 1000 --lobbies 8 --seed 7 --ready-delay 0.05 --api-key-env RD_ORDER_KEY \
    > "$work/emulator.out" 2>/dev/null &
emulator=$!
until [ -s "$work/emulator.out" ]; do sleep 0.2; done
url=$(head -1 "$work/emulator.out")
mkdir -p "$work/home"
tmux -L "$socket" new-session -d -x 160 -y 48 "env TERM=xterm-256color HOME=$work/home XDG_CONFIG_HOME=$work/home/config \
    XDG_STATE_HOME=$work/home/state EDGEGAP_API_KEY=$RD_ORDER_KEY valgrind --tool=callgrind --demangle=no \
    --callgrind-out-file=$work/callgrind.out $work/relaydeck --api-url $url --refresh 2 2>$work/valgrind.err"
# Until the first census is counted (the header's fleet line), then two more sweeps and the minute's turn at idle.
until tmux -L "$socket" capture-pane -p 2>/dev/null | grep "fleet 1000 " > /dev/null; do sleep 1; done
sleep 75
for key in j j j k Tab Tab '?' Escape; do tmux -L "$socket" send-keys "$key"; sleep 1.5; done
sleep 10
tmux -L "$socket" send-keys q
until grep -q "refs:" "$work/valgrind.err" 2>/dev/null; do sleep 1; done
python3 - "$work/callgrind.out" > scripts/symbol-order.txt <<'EOF'
# Every function of the binary in the profile (callers and callees), by its own cost, highest first.
import re, sys, collections
names = {"ob": {}, "fn": {}}
def ref(kind, text):
    m = re.match(r"\((\d+)\)(?: (.*))?", text)
    if not m: return text
    if m.group(2) is not None: names[kind][m.group(1)] = m.group(2)
    return names[kind].get(m.group(1))
ob = cob = fn = None
cost, seen = collections.Counter(), set()
for line in open(sys.argv[1]):
    line = line.rstrip("\n")
    if line.startswith("ob="): ob = ref("ob", line[3:])
    elif line.startswith("cob="): cob = ref("ob", line[4:])
    elif line.startswith("fn="): fn = ref("fn", line[3:]); seen.add((ob, fn))
    elif line.startswith("cfn="): seen.add((cob or ob, ref("fn", line[4:]))); cob = None
    elif line[:1].isdigit() or line[:1] in "+-":
        parts = line.split()
        if len(parts) >= 2 and fn and parts[1].isdigit(): cost[(ob, fn)] += int(parts[1])
mine = {(o, f) for (o, f) in seen if o and o.endswith("/relaydeck") and f and not f.startswith("0x")}
for o, f in sorted(mine, key=lambda k: (-cost[k], k[1])): print(f)
EOF
echo "scripts/symbol-order.txt: $(wc -l < scripts/symbol-order.txt) functions" >&2

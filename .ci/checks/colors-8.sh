#!/usr/bin/env bash
# On an 8-colour terminal (TERM=xterm, what a jump host often has) grey must not turn yellow: the dashboard in tmux,
# its screen captured with escapes, and the muted parts (key hints, the header's "updated" time) checked for the
# yellow SGR.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$PWD/.build/debug/relaydeck"
sock="rd-c8-$$"
t() { tmux -L "$sock" "$@"; }
trap 't kill-server 2>/dev/null || true' EXIT
t new-session -d -s c8 -x 160 -y 48 "env TERM=xterm XDG_STATE_HOME=$(mktemp -d) '$bin' --demo --refresh 1; sleep 30"
for _ in $(seq 1 200); do t capture-pane -p -t c8 | grep -E 'updated [0-9]{2}:' > /dev/null && break; sleep 0.1; done
screen="$(t capture-pane -e -p -t c8)"
passed=0
failed=0
check() {
    local what="$1" line="$2"
    if printf '%s' "$line" | grep -Eq $'\e\\[([0-9;]*;)?33m'; then
        echo "FAIL: $what is drawn in yellow at 8 colours:"; printf '%s\n' "$line" | cat -v | cut -c1-300
        failed=$((failed + 1))
    else
        echo "ok: $what not yellow"; passed=$((passed + 1))
    fi
}
grep 'updated' > /dev/null <<< "$screen" || { echo "FAIL: dashboard did not start"; t capture-pane -p -t c8; exit 1; }
check "the key hints" "$(printf '%s\n' "$screen" | tail -n 1)"
check "the header's updated time" "$(printf '%s\n' "$screen" | head -n 1 | grep -o $'updated.*' || true)"
check "the list's column titles" "$(printf '%s\n' "$screen" | grep -m1 'SESSION' || true)"
echo "colors-8: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

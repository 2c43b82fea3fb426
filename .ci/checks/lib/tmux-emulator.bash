# Sourced by the tmux checks that run a standalone emulator (not run on its own: .ci/run runs .ci/checks/*.sh only).
# Needs $bin and $sock (the private tmux server's name). Sets $work (a temporary folder), `t` (tmux on that server)
# and `start_emulator ARGS…` (sets $url and $emu); the server, the emulator and $work go when the script exits.
work="$(mktemp -d)"
emu=""
url=""
t() { tmux -L "$sock" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; [ -n "$emu" ] && kill "$emu" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
start_emulator() {
    "$bin" emulator --port 0 "$@" > "$work/emu.out" 2>&1 &
    emu=$!
    for _ in $(seq 100); do url="$(head -n1 "$work/emu.out" 2>/dev/null || true)"; [ -n "$url" ] && break; sleep 0.1; done
    [ -n "$url" ] || { echo "FAIL: emulator did not start"; cat "$work/emu.out"; exit 1; }
}

# Sourced by the tmux checks (not run on its own: .ci/run runs .ci/checks/*.sh only).
# wait_for PATTERN [SECONDS]: waits (default 20 s) until tmux target $pane (through the script's `t`) shows text
# matching the extended regex PATTERN; otherwise prints the screen and exits 1.
wait_for() {
    local pattern="$1" limit="${2:-20}" i=0
    while [ $i -lt $((limit * 10)) ]; do
        if t capture-pane -p -t "$pane" 2>/dev/null | grep -E -- "$pattern" > /dev/null; then return 0; fi
        sleep 0.1; i=$((i + 1))
    done
    echo "FAIL: timed out waiting for /$pattern/; the screen was:"; t capture-pane -p -t "$pane" || true
    exit 1
}

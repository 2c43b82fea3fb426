#!/usr/bin/env bash
# The pure core does no I/O and reads no clock: Dashboard (state, reduce, views) and TerminalUI (cells, widgets,
# themes) call no file, process, thread or clock API; only CursesBackend imports ncurses. Effects run in
# DashboardRuntime, files in RelayDeckApp and the executable.
set -euo pipefail
cd "$(dirname "$0")/../.."
passed=0
failed=0
forbidden='FileManager|fopen|(^|[^.[:alnum:]_])(open|write|read|close)\(|getpwuid|getuid|ProcessInfo|Date\(\)|Date\.now|ContinuousClock|SuspendingClock|clock_gettime|DispatchQueue|Thread\b|Task[ .{(]|\.sleep|contentsOf|import (Glibc|Darwin|Dispatch|Logging|NIO|AsyncHTTPClient|FoundationNetworking)'
for module in Dashboard TerminalUI; do
    # Comments and declarations of like-named methods (Buffer.write) are not calls.
    hits=$(grep -rnE "$forbidden" "Sources/$module" | grep -vE '^\S+:[0-9]+:\s*///?' | grep -vE 'func (open|write|read|close)\(' || true)
    if [ -n "$hits" ]; then
        echo "FAIL: Sources/$module does I/O or reads a clock:"; echo "$hits"
        failed=$((failed + 1))
    else
        echo "ok: Sources/$module calls no file, process, thread or clock API"
        passed=$((passed + 1))
    fi
done
curses=$(grep -rlE '^import CNcurses' Sources | grep -v '^Sources/CursesBackend/' || true)
if [ -n "$curses" ]; then
    echo "FAIL: only CursesBackend may import ncurses: $curses"; failed=$((failed + 1))
else
    echo "ok: only CursesBackend imports ncurses"; passed=$((passed + 1))
fi
echo "pure-core: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

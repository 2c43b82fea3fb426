#!/usr/bin/env bash
# One file for a jump host: the Swift runtime and FoundationEssentials linked in (no Foundation, no ICU), needing
# only glibc, libstdc++/libgcc_s, zlib and ncurses on the host. Usage: scripts/build-static.sh [release|debug]
# (default release); prints the binary's path. Release is built for size in its own scratch path (.build-static):
# -Osize, lld with identical-code folding and section garbage collection, no PIE, and no exported dynamic symbols
# but the one NIO looks up with dlsym to run Swift's tasks on its event loops (without it, libdispatch's pool runs
# them: a thread hop and more wake-ups a request). A section a function, and the ones the dashboard runs first
# (scripts/symbol-order.txt, written by scripts/symbol-order.sh): the code it keeps resident is what it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
config="${1:-release}"
# The static FoundationEssentials archives reference each other both ways; a linker group resolves them in any order.
flags=(--static-swift-stdlib -Xlinker --start-group)
for lib in FoundationEssentials _FoundationCShims _FoundationCollections; do
    flags+=(-Xlinker "-l$lib")
done
flags+=(-Xlinker --end-group)
scratch=.build
if [ "$config" = release ]; then
    scratch=.build-static
    flags+=(-Xswiftc -Osize -Xswiftc -use-ld=lld -Xlinker --icf=all -Xlinker --gc-sections -Xlinker --no-export-dynamic
            -Xlinker --export-dynamic-symbol=swift_task_enqueueGlobal_hook
            -Xswiftc -Xclang-linker -Xswiftc -no-pie
            -Xswiftc -Xfrontend -Xswiftc -function-sections -Xcc -ffunction-sections
            -Xlinker --symbol-ordering-file="$PWD/scripts/symbol-order.txt" -Xlinker --no-warn-symbol-ordering)
fi
swift build -c "$config" --scratch-path "$scratch" --product relaydeck "${flags[@]}" >&2
echo "$(swift build -c "$config" --scratch-path "$scratch" --show-bin-path)/relaydeck"

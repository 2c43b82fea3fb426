#!/usr/bin/env bash
# One file for a jump host: the Swift runtime and FoundationEssentials linked in (no Foundation, no ICU), needing
# only glibc, libstdc++/libgcc_s, zlib and ncurses. Usage: scripts/build-static.sh [debug|release] (default release);
# prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."
config="${1:-release}"
# The static FoundationEssentials archives reference each other both ways; a linker group resolves them in any order.
group=(-Xlinker --start-group)
for lib in FoundationEssentials _FoundationCShims _FoundationCollections; do
    group+=(-Xlinker "-l$lib")
done
group+=(-Xlinker --end-group)
swift build -c "$config" --static-swift-stdlib --product relaydeck "${group[@]}" >&2
echo "$(swift build -c "$config" --show-bin-path)/relaydeck"

#!/usr/bin/env bash
# One file for a jump host: the Swift runtime and Foundation linked in, needing only glibc, libstdc++/libgcc_s,
# zlib and ncurses. Usage: scripts/build-static.sh [debug|release] (default release); prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."
config="${1:-release}"
# Static Foundation archives reference each other both ways; a linker group resolves them in any order.
group=(-Xlinker --start-group)
for lib in Foundation FoundationInternationalization _FoundationICU FoundationEssentials CoreFoundation \
           _FoundationCShims _FoundationCollections; do
    group+=(-Xlinker "-l$lib")
done
group+=(-Xlinker --end-group)
swift build -c "$config" --static-swift-stdlib --product relaydeck "${group[@]}" >&2
echo "$(swift build -c "$config" --show-bin-path)/relaydeck"

#!/usr/bin/env bash
# The jump-host binary: linked with --static-swift-stdlib (debug here, to reuse CI's one build; release is the
# same link), it runs --version, --help and info, and ldd lists nothing beyond glibc, libstdc++/libgcc_s, zlib
# and ncurses/tinfo — no Swift runtime or Foundation libraries.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(bash scripts/build-static.sh debug)"
passed=0
fail() { echo "FAIL: $*"; exit 1; }

allowed='^(linux-vdso\.so|libc\.so|libm\.so|libpthread\.so|libdl\.so|librt\.so|(/lib64/)?ld-linux.*\.so|libstdc\+\+\.so|libgcc_s\.so|libz\.so|libncursesw?\.so|libtinfow?\.so)'
libs="$(ldd "$bin" | awk '{print $1}')"
echo "$libs"
extra="$(echo "$libs" | grep -Ev "$allowed" || true)"
[ -z "$extra" ] || fail "unexpected shared libraries: $extra"
passed=$((passed + 1))

"$bin" --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$' || fail "--version"
passed=$((passed + 1))
"$bin" --help | grep -q -- '--demo' || fail "--help does not mention --demo"
passed=$((passed + 1))
env -u EDGEGAP_API_KEY HOME="$(mktemp -d)" "$bin" info | grep -q '^version' || fail "info"
passed=$((passed + 1))
echo "static-binary: $passed passed, 0 failed"

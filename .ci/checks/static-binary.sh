#!/usr/bin/env bash
# The jump-host binary (scripts/build-static.sh release): ≤ 30 MB stripped; ldd lists nothing beyond glibc,
# libstdc++/libgcc_s, zlib and ncurses/tinfo (no Swift runtime, no Foundation, no libyaml); no symbol of full
# Foundation or ICU is linked (nm); it runs --version, --help and info, and end to end: its own emulator, the client
# against it through a profile of config.yaml (sessions list), and a broken config named by file and line.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(bash scripts/build-static.sh release)"
passed=0
fail() { echo "FAIL: $*"; exit 1; }
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

strip -o "$work/relaydeck" "$bin"
size=$(stat -c %s "$work/relaydeck")
echo "stripped: $size bytes ($(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1048576 }') MiB)"
[ "$size" -le $((30 * 1024 * 1024)) ] || fail "the stripped binary is over 30 MiB"
passed=$((passed + 1))

allowed='^(linux-vdso\.so|libc\.so|libm\.so|libpthread\.so|libdl\.so|librt\.so|(/lib64/)?ld-linux.*\.so|libstdc\+\+\.so|libgcc_s\.so|libz\.so|libncursesw?\.so|libtinfow?\.so)'
libs="$(ldd "$bin" | awk '{print $1}')"
echo "$libs" | tr '\n' ' '; echo
extra="$(echo "$libs" | grep -Ev "$allowed" || true)"
[ -z "$extra" ] || fail "unexpected shared libraries: $extra"
passed=$((passed + 1))

# Full Foundation's Swift symbols start $s10Foundation; ICU's C API is u_*, ucol_*, ubrk_*, uloc_*, and its C++ icu_NN::.
symbols="$(nm "$bin")"
foundation=$(grep -c '\$s10Foundation' <<<"$symbols" || true)
icu=$(grep -cE ' [TtDdRrBb] (u_|ucol_|ubrk_|uloc_|ucal_|udat_)|icu_[0-9]+' <<<"$symbols" || true)
[ "$foundation" -eq 0 ] || fail "$foundation symbols of full Foundation are linked"
[ "$icu" -eq 0 ] || fail "$icu ICU symbols are linked"
echo "ok: no Foundation, no ICU symbol"
passed=$((passed + 1))

"$work/relaydeck" --version | grep -E '^[0-9]+\.[0-9]+\.[0-9]+$' > /dev/null || fail "--version"
passed=$((passed + 1))
"$work/relaydeck" --help | grep -- '--demo' > /dev/null || fail "--help does not mention --demo"
passed=$((passed + 1))
env -u EDGEGAP_API_KEY HOME="$work/home" "$work/relaydeck" info | grep '^version' > /dev/null || fail "info"
passed=$((passed + 1))

# End to end on the stripped binary: its emulator serves, its client reads a page, a config and a theme parse.
RD_KEY=static-key "$work/relaydeck" emulator --port 0 --sessions 30 --lobbies 2 --seed 3 --api-key-env RD_KEY > "$work/emu" 2>/dev/null &
for _ in $(seq 1 100); do [ -s "$work/emu" ] && break; sleep 0.1; done
url="$(head -n1 "$work/emu")"
[ -n "$url" ] || fail "the emulator did not start"
mkdir -p "$work/home/.config/relaydeck" "$work/broken/relaydeck"
printf 'profiles:\n  here:\n    api_url: %s\n    api_key_env: RD_KEY\n' "$url" > "$work/home/.config/relaydeck/config.yaml"
listed="$(HOME="$work/home" RD_KEY=static-key "$work/relaydeck" --profile here sessions list --json)"
[ "$(jq '.sessions | length' <<<"$listed")" -ge 1 ] || fail "sessions list through the profile read nothing: $listed"
printf 'profiles:\n  here:\n    api_url: [x\n' > "$work/broken/relaydeck/config.yaml"
said="$(HOME="$work/home" XDG_CONFIG_HOME="$work/broken" "$work/relaydeck" info 2>&1 || true)"
grep -q "config.yaml:4: is not valid YAML: did not find expected ',' or ']'" <<<"$said" || fail "a broken config: $said"
echo "ok: emulator, client and config (good and broken) work from the static binary"
passed=$((passed + 1))
echo "static-binary: $passed passed, 0 failed"

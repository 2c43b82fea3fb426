#!/usr/bin/env bash
# One minute of the soak (the full run is `relaydeck-bench soak --minutes 30` on a release build, figures in
# docs/RELIABILITY.md): faults cycling, the emulator restarted, a lobby created every few seconds; every outcome
# on screen must match the audit log, none lost, none doubled.
set -euo pipefail
cd "$(dirname "$0")/../.."
./.build/debug/relaydeck-bench soak --minutes 1 --binary "$PWD/.build/debug/relaydeck" 2>/dev/null

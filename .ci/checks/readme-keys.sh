#!/usr/bin/env bash
# The README's key list must be exactly what the binding table generates.
set -euo pipefail
cd "$(dirname "$0")/../.."
want="$(./.build/debug/relaydeck keys)"
have="$(sed -n '/<!-- keys:begin -->/,/<!-- keys:end -->/p' README.md | sed '1d;$d')"
if [ "$want" != "$have" ]; then
    echo "FAIL: README key list differs from 'relaydeck keys':"
    diff <(echo "$have") <(echo "$want") || true
    exit 1
fi
echo "readme-keys: 1 passed, 0 failed"

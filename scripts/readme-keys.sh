#!/usr/bin/env bash
# Rewrites the README's key list from the binding table (`relaydeck keys`); .ci/checks/readme-keys.sh checks it.
set -euo pipefail
cd "$(dirname "$0")/.."
keys="$(./.build/debug/relaydeck keys)"
python3 - "$keys" <<'PY'
import sys, re
keys = sys.argv[1]
s = open("README.md").read()
s = re.sub(r"(<!-- keys:begin -->\n).*?(\n<!-- keys:end -->)", lambda m: m.group(1) + keys + m.group(2), s, flags=re.S)
open("README.md", "w").write(s)
PY

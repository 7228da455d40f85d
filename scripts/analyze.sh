#!/usr/bin/env bash
# The main job: installs what is missing, builds `dwars` (release) and analyses Corpus/ into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product dwars
.build/release/dwars analyze Corpus --out out "$@"
echo "reports written to $(pwd)/out (open out/index.html)"

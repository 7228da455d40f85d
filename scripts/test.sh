#!/usr/bin/env bash
# Runs the whole test suite: installs missing system packages, builds, and runs `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build
swift test 2>&1 | tee .build/test-output.txt
exit "${PIPESTATUS[0]}"

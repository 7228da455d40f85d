#!/usr/bin/env bash
# Runs the whole test suite: installs missing system packages, builds, and runs `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build
# Style lint (swift-format, config in .swift-format): reported, not failing the run.
echo "swift-format lint: $(swift format lint --recursive Sources Tests 2>&1 | grep -c warning || true) warnings"
swift test 2>&1 | tee .build/test-output.txt
exit "${PIPESTATUS[0]}"

#!/usr/bin/env bash
# Fuzzes each target with libFuzzer for a fixed time and records executions and coverage.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 600 s, all targets)
# FUZZ_TIMEOUT (default 30 s) is the per-input limit: on a loaded 2-core machine 10 s flags starvation.
# Crashes land in fuzz/crashes/<target>/; add each as a regression input under Tests/Fuzz/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(text html tagger tokenizer)
for attempt in 1 2 3; do   # retried: a source edited mid-build fails the build
  swift build --product dwars-fuzz --scratch-path .build-fuzz \
    -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld && break
  [ $attempt = 3 ] && exit 1; sleep 20
done
bin=.build-fuzz/debug/dwars-fuzz
mkdir -p fuzz/logs
for t in "${targets[@]}"; do
  corpus=fuzz/corpus/$t; crashes=fuzz/crashes/$t
  mkdir -p "$corpus" "$crashes"
  # Seed corpus: the samples we wrote ourselves (never ../shared text).
  find Corpus Tests/Fuzz/"$t" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.xml' \) 2>/dev/null \
    | head -200 | while read -r f; do cp "$f" "$corpus/" 2>/dev/null || true; done || true
  echo "== $t ($seconds s)"
  DWARS_FUZZ_TARGET=$t DWARS_LEXICONS=$(pwd)/Lexicons "$bin" "$corpus" -max_total_time="$seconds" \
    -max_len=65536 -timeout="${FUZZ_TIMEOUT:-30}" -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 \
    > "fuzz/logs/$t.log" 2>&1 || echo "   $t: fuzzer exited non-zero (crash?) - see fuzz/logs/$t.log"
  grep -E "^stat::number_of_executed_units|^stat::peak_rss|cov:" "fuzz/logs/$t.log" | tail -3
done

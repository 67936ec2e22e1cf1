#!/bin/bash
# Builds the core with clang + libFuzzer + ASan/UBSan in its own build folder and fuzzes the
# checker for a bounded time (default 60 s), starting from the golden documents.
#   tests/fuzz/run-fuzz.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
seconds=${1:-60}
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${2:-$top/build-fuzz}
CC=clang CXX=clang++ cmake -S "$top" -B "$build" -DGONGWEN_FUZZ=ON -DGONGWEN_BUILD_EXTENSION=OFF \
  -DGONGWEN_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_checker -j"$(nproc)" >/dev/null
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
for f in "$top"/tests/golden/*.txt "$top"/examples/seed-report.txt; do
  { printf '\001'; cat "$f"; } >"$corpus/$(basename "$f")"
done
cd "$build"   # crash reproducers land here
"$build/tests/fuzz/fuzz_checker" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 "$corpus" 2>&1 | tail -n 15

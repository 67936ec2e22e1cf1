#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Builds the core with clang + libFuzzer + ASan/UBSan in its own build folder and fuzzes the
# checker and the template parser for a bounded time each (default 60 s in all), starting
# from the golden documents (also each rule's positive and negative lines) and the bundled
# templates.
#   tests/fuzz/run-fuzz.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
seconds=${1:-60}
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${2:-$top/build-fuzz}
CC=clang CXX=clang++ cmake -S "$top" -B "$build" -DGONGWEN_FUZZ=ON -DGONGWEN_BUILD_EXTENSION=OFF \
  -DGONGWEN_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_checker fuzz_templates -j"$(nproc)" >/dev/null
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
mkdir "$corpus/checker" "$corpus/templates"
for f in "$top"/tests/golden/*.txt "$top"/tests/golden/rules/*.txt "$top"/examples/seed-report.txt \
         "$top"/examples/register/*.csv; do
  { printf '\001'; cat "$f"; } >"$corpus/checker/$(basename "$f")"
done
for f in "$top"/extension/templates/*.gwt; do
  { printf '\005'; cat "$f"; printf '\0'; cat "$top/tests/golden/headings.txt"; } >"$corpus/templates/$(basename "$f")"
done
cd "$build"   # crash reproducers land here
half=$(( (seconds + 1) / 2 ))
for target in checker templates; do
  echo "== fuzz_$target ($half s)"
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$half" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 "$corpus/$target" 2>&1 | tail -n 8
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz_$target failed"; exit 1; }
done

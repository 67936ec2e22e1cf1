#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Builds the core with clang + libFuzzer + ASan/UBSan in its own build folder and fuzzes the
# checker, the template parser and the live document (edits against the whole-document check)
# for a bounded time each (default 60 s in all), starting from the golden documents (also each
# rule's positive and negative lines), the sample report and the bundled templates.
#   tests/fuzz/run-fuzz.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
seconds=${1:-60}
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${2:-$top/build-fuzz}
CC=clang CXX=clang++ cmake -S "$top" -B "$build" -DGONGWEN_FUZZ=ON -DGONGWEN_BUILD_EXTENSION=OFF \
  -DGONGWEN_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_checker fuzz_templates fuzz_live -j"$(nproc)" >/dev/null
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
mkdir "$corpus/checker" "$corpus/templates" "$corpus/live"
for f in "$top"/tests/golden/*.txt "$top"/tests/golden/rules/*.txt "$top"/examples/seed-report.txt \
         "$top"/examples/register/*.csv; do
  { printf '\001'; cat "$f"; } >"$corpus/checker/$(basename "$f")"
done
for f in "$top"/examples/seed-report.txt "$top"/tests/golden/headings.txt; do
  # the document, a NUL, then edits (two bytes each)
  { cat "$f"; printf '\0\000\001\002\003\004\005\006\007\010\011\012\013'; } >"$corpus/live/$(basename "$f")"
done
for f in "$top"/extension/templates/*.gwt; do
  { printf '\005'; cat "$f"; printf '\0'; cat "$top/tests/golden/headings.txt"; } >"$corpus/templates/$(basename "$f")"
done
cd "$build"   # crash reproducers land here
third=$(( (seconds + 2) / 3 ))
for target in checker templates live; do
  echo "== fuzz_$target ($third s)"
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$third" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 "$corpus/$target" 2>&1 | tail -n 8
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz_$target failed"; exit 1; }
done

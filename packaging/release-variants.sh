# SPDX-License-Identifier: MPL-2.0
# Sourced by the scripts that make or test a variant of the main build's package
# (build-bullseye.sh, build-arm64.sh, test-libreoffice-25.sh): what each of them starts with,
# putting another library into a copy of build/gongwen.oxt, and running the integration tests
# against a package. Expects `top` (the project) to be set.

# variant_require NAME: run as root, after a portable main build.
variant_require() {
  [ "$(id -u)" -eq 0 ] || { echo "$1: run as root" >&2; exit 2; }
  [ -f "$top/build/gongwen.oxt" ] && [ -f "$top/build/icu/icudt72l.dat" ] ||
    { echo "$1: make the portable main build first (packaging/run-main.sh)" >&2; exit 2; }
}

# package_unpack STAGE: the main build's package, unpacked into an empty STAGE.
package_unpack() {
  rm -rf "$1" && mkdir -p "$1"
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
    "$top/build/gongwen.oxt" "$1"
}

# package_add_library LIBRARY TARGET DEBUG_FILE [TOOL_PREFIX]: LIBRARY stripped to TARGET, its
# debug information in DEBUG_FILE beside the package, found through the library's debug link.
package_add_library() {
  local library=$1 target=$2 debug=$3 tools=${4:-}
  mkdir -p "$(dirname "$target")"
  "${tools}objcopy" --only-keep-debug "$library" "$debug"
  "${tools}strip" --strip-unneeded -o "$target" "$library"
  (cd "$(dirname "$debug")" && "${tools}objcopy" --add-gnu-debuglink="$(basename "$debug")" "$target")
}

# package_write STAGE OXT: STAGE zipped into OXT; then OXT read by the package check (with the
# main build's cut ICU data beside it, which the check measures).
package_write() {
  local stage=$1 oxt=$2 work
  work=$(dirname "$oxt")
  rm -f "$oxt"
  python3 - "$stage" "$oxt" <<'PY'
import os, sys, zipfile
stage, target = sys.argv[1:3]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as oxt:
    for folder, _dirs, files in os.walk(stage):
        for name in sorted(files):
            path = os.path.join(folder, name)
            oxt.write(path, os.path.relpath(path, stage))
PY
  mkdir -p "$work/icu" && cp "$top/build/icu/"*.dat "$work/icu/"
  echo "$oxt"
  python3 "$top/tests/packaging/test_package.py" "$work"
}

# run_integration_tests NAME LOG_DIR SOURCES [COMMAND...]: every integration script, a log
# each in LOG_DIR, run as COMMAND (chroot ROOT …, or nothing: here) with the project at SOURCES
# as COMMAND sees it and GONGWEN_OXT / GONGWEN_RDB already in its environment; the scripts that
# use a test hook get GONGWEN_TESTING_OXT (default: the main build's build/testing/gongwen.oxt)
# instead. Returns 1 when any script fails.
run_integration_tests() {
  local name=$1 logs=$2 sources=$3 failed=0 script log
  shift 3
  for script in "$top"/tests/integration/test_*.py; do
    script=$(basename "$script" .py)
    log=$logs/$script.log
    # A script that uses a test hook (src/uno/common/TestHooks.hxx) gets the testing package.
    local package=()
    if grep -qE 'GONGWEN_(FAULT_FILE|PROOFREAD_TRACE|HELP_DIR)' "$top/tests/integration/$script.py"; then
      package=(env "GONGWEN_OXT=${GONGWEN_TESTING_OXT:-$sources/build/testing/gongwen.oxt}")
    fi
    if "$@" "${package[@]}" timeout 900 /usr/bin/python3 "$sources/tests/integration/$script.py" >"$log" 2>&1; then
      echo "$name: $script: $(tail -n 1 "$log")"
    else
      echo "$name: $script FAILED: $(tail -n 1 "$log") (log $log)"
      failed=1
    fi
  done
  return $failed
}

#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# The release library for older systems: built in a Debian 11 (bullseye, glibc 2.31) root made
# here with debootstrap from the same mirror as the system's packages, against bullseye's
# LibreOffice SDK (7.0) and ICU (built static from bullseye's source by build-icu.sh), then put
# into a copy of build/gongwen.oxt in place of the Debian 12 library. The package check reads it.
# Usage (as root, after the main build): packaging/build-bullseye.sh [WORK_DIR]
#   WORK_DIR (default build-bullseye/) gets root/ (the Debian 11 system, made once) and
#   gongwen.oxt, gongwen.uno.so.debug.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(realpath -m "${1:-$top/build-bullseye}")
root=$work/root
[ "$(id -u)" -eq 0 ] || { echo "build-bullseye: run as root (debootstrap, chroot)" >&2; exit 2; }
[ -f "$top/build/gongwen.oxt" ] || { echo "build-bullseye: build the package first (packaging/run-main.sh)" >&2; exit 2; }
. "$top/packaging/debian-root.sh"
mirror=$(debian_mirror)
debian_root_make "$root" bullseye "$(printf 'deb %s bullseye main\ndeb %s bullseye-updates main' "$mirror" "$mirror")" \
  "$work" g++ cmake make pkg-config python3 libboost-dev libicu-dev icu-devtools dpkg-dev pngquant \
  libreoffice-dev sunpinyin-data sunpinyin-utils python3-jieba unicode-data ca-certificates

# ICU 72 as the main build has it: its source fetched here (bullseye's own ICU 67 source is
# not on every mirror, and one ICU for both builds is simpler to reason about), built in the
# root with bullseye's compiler; its data cut by the main build (build/icu/).
[ -f "$top/build/icu/icudt72l.dat" ] || { echo "build-bullseye: the main build is not a portable one" >&2; exit 2; }
icu_source=$(find "$work/icu-source/source" -maxdepth 3 -path '*/source/configure' -printf '%h\n' 2>/dev/null | head -n1 || true)
if [ -z "$icu_source" ]; then
  "$top/packaging/build-icu.sh" --source-only "$work/icu-source"
  icu_source=$(find "$work/icu-source/source" -maxdepth 3 -path '*/source/configure' -printf '%h\n' | head -n1)
fi
icu_source_in_root=/src/${icu_source#"$top"/}

# The sources, read-only, at /src; the build in /build of the root.
mkdir -p "$root/build"
debian_root_enter "$root" "$top"
chroot "$root" /usr/bin/env GONGWEN_ICU_SOURCE="$icu_source_in_root" /bin/bash -euo pipefail -c '
  /src/packaging/build-icu.sh /build/icu-static
  cmake -S /src -B /build/obj -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGONGWEN_BUILD_TESTS=OFF \
        -DGONGWEN_ICU_STATIC_DIR=/build/icu-static -DGONGWEN_ICU_DATA_PACKAGE=/src/build/icu/icudt72l.dat \
        -DGONGWEN_PREBUILT_RDB=/src/build/gongwen.rdb \
        >/build/cmake.log
  cmake --build /build/obj -j"$(nproc)" --target gongwen_uno >/build/make.log 2>&1 ||
    { tail -n 30 /build/make.log >&2; exit 1; }'
library=$root/build/obj/src/uno/gongwen.uno.so

# The package: the main build's, with this library in it (stripped, its debug file beside).
stage=$work/stage
rm -rf "$stage" && mkdir -p "$stage"
(cd "$stage" && python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(".")' "$top/build/gongwen.oxt")
objcopy --only-keep-debug "$library" "$work/gongwen.uno.so.debug"
strip --strip-unneeded -o "$stage/gongwen.uno.so" "$library"
(cd "$work" && objcopy --add-gnu-debuglink=gongwen.uno.so.debug "$stage/gongwen.uno.so")
rm -f "$work/gongwen.oxt"
(cd "$stage" && python3 - "$work/gongwen.oxt" <<'EOF'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as oxt:
    for folder, _dirs, files in os.walk("."):
        for name in sorted(files):
            path = os.path.join(folder, name)
            oxt.write(path, os.path.relpath(path, "."))
EOF
)
mkdir -p "$work/icu" && cp "$root/build/obj/icu/"*.dat "$work/icu/"
echo "build-bullseye: $work/gongwen.oxt"
python3 "$top/tests/packaging/test_package.py" "$work"

# The integration tests against this package, in the office of this machine.
failed=0
for test in "$top"/tests/integration/test_*.py; do
  if GONGWEN_OXT="$work/gongwen.oxt" GONGWEN_RDB="$top/build/gongwen.rdb" timeout 900 /usr/bin/python3 "$test" \
       >"$work/$(basename "$test" .py).log" 2>&1; then
    echo "build-bullseye: $(basename "$test"): $(tail -n 1 "$work/$(basename "$test" .py).log")"
  else
    echo "build-bullseye: $(basename "$test") FAILED (log $work/$(basename "$test" .py).log)"
    failed=1
  fi
done
exit $failed

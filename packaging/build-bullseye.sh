#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# The release library for older systems: built in a Debian 11 (bullseye, glibc 2.31) root made
# here with debootstrap from the same mirror as the system's packages, against bullseye's
# LibreOffice SDK (7.0) and ICU 72 (Debian 12's source, built static there by build-icu.sh), then put
# into a copy of build/gongwen.oxt in place of the Debian 12 library. The package check reads it.
# Usage (as root, after the main build): packaging/build-bullseye.sh [WORK_DIR]
#   WORK_DIR (default build-bullseye/) gets root/ (the Debian 11 system, made once) and
#   gongwen.oxt, gongwen.uno.so.debug.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(realpath -m "${1:-$top/build-bullseye}")
root=$work/root
. "$top/packaging/release-variants.sh"
. "$top/packaging/debian-root.sh"
variant_require build-bullseye
mirror=$(debian_mirror)
debian_root_make "$root" bullseye "$(printf 'deb %s bullseye main\ndeb %s bullseye-updates main' "$mirror" "$mirror")" \
  "$work" g++ cmake make pkg-config python3 libboost-dev libicu-dev icu-devtools dpkg-dev pngquant xz-utils liblzma-dev \
  libreoffice-dev sunpinyin-data sunpinyin-utils python3-jieba unicode-data ca-certificates

# ICU 72 as the main build has it: its source fetched here (bullseye's own ICU 67 source is
# not on every mirror, and one ICU for both builds is simpler to reason about), built in the
# root with bullseye's compiler; its data cut by the main build (build/icu/).
"$top/packaging/build-icu.sh" --source-only "$work/icu-source"
icu_source=$(cat "$work/icu-source/source-dir")
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
  cmake --build /build/obj -j"$(nproc)" --target gongwen_uno gongwen_uno_testing >/build/make.log 2>&1 ||
    { tail -n 30 /build/make.log >&2; exit 1; }'
library=$root/build/obj/src/uno/gongwen.uno.so

# The package: the main build's, with this library in it.
package_unpack "$work/stage"
package_add_library "$library" "$work/stage/gongwen.uno.so" "$work/gongwen.uno.so.debug"
package_write "$work/stage" "$work/gongwen.oxt"
# The integration tests' package: the same with the library that reads the test hooks.
strip --strip-unneeded -o "$work/testing.uno.so" "$root/build/obj/testing/gongwen.uno.so"
python3 "$top/packaging/swap-library.py" "$work/gongwen.oxt" "$work/testing.uno.so" "$work/testing/gongwen.oxt"

# The integration tests against this package, in the office of this machine.
GONGWEN_OXT="$work/gongwen.oxt" GONGWEN_TESTING_OXT="$work/testing/gongwen.oxt" \
  GONGWEN_RDB="$top/build/gongwen.rdb" run_integration_tests build-bullseye "$work" "$top"

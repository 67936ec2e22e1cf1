#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# The release library for arm64 (飞腾, 鲲鹏 desktops): cross-built with Debian's aarch64 toolchain
# against the arm64 URE libraries of the LibreOffice this machine has, with ICU 72 from Debian's
# source cross-built the same way; the core unit tests and the typo evaluation run under
# qemu-user. Then one package for both: build-arm64/gongwen.oxt holds the main build's x86_64
# library and this one, each registered for its platform in the manifest.
# Usage (as root, after the main build): packaging/build-arm64.sh [WORK_DIR]   (default build-arm64/)
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(realpath -m "${1:-$top/build-arm64}")
. "$top/packaging/release-variants.sh"
variant_require build-arm64
missing=()
for package in g++-aarch64-linux-gnu qemu-user; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] || apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
mkdir -p "$work"

# The arm64 URE libraries to link against, of the same LibreOffice version, and the static
# liblzma that unpacks the ICU data, from apt's own sources read for arm64 into lists of our own
# (nothing is installed).
sysroot=$work/sysroot
if [ ! -f "$sysroot/.ready-2" ]; then
  rm -rf "$sysroot" "$work/apt" && mkdir -p "$sysroot" "$work/apt/lists/partial" "$work/apt/debs"
  apt-get indextargets --format 'deb $(REPO_URI) $(RELEASE) $(COMPONENT)' | sort -u >"$work/apt/sources.list"
  apt_arm64=(-q -o APT::Architecture=arm64 -o APT::Architectures=arm64 -o Dir::State::status=/dev/null
             -o Dir::Etc::SourceList="$work/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
             -o Dir::State::Lists="$work/apt/lists" -o APT::Sandbox::User=root)
  apt-get "${apt_arm64[@]}" update >/dev/null
  version=$(dpkg-query -W -f '${Version}' libuno-sal3)
  (cd "$work/apt/debs" && apt-get "${apt_arm64[@]}" download "libuno-sal3=$version" "libuno-cppu3=$version" \
     "libuno-cppuhelpergcc3-3=$version" "libuno-salhelpergcc3-3=$version" \
     liblzma-dev >/dev/null)
  for deb in "$work"/apt/debs/*.deb; do dpkg-deb -x "$deb" "$sysroot"; done
  touch "$sysroot/.ready-2"
fi
ure=$sysroot/usr/lib/libreoffice/program

# ICU 72 for aarch64 (made once).
GONGWEN_ICU_HOST=aarch64-linux-gnu "$top/packaging/build-icu.sh" "$work/icu-static"

# The typo check's sources as the main build found them (under the build machine's own
# multiarch folders, where a cross build does not look).
host_data=()
for variable in GONGWEN_SUNPINYIN_DICT GONGWEN_SUNPINYIN_LM GONGWEN_TSLMINFO GONGWEN_JIEBA_DICT GONGWEN_UNIHAN_DIR; do
  host_data+=("-D$variable=$(sed -n "s/^$variable:[A-Z]*=//p" "$top/build/CMakeCache.txt")")
done
cmake -S "$top" -B "$work/obj" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${host_data[@]}" \
  -DCMAKE_TOOLCHAIN_FILE="$top/packaging/aarch64.cmake" \
  -DGONGWEN_ICU_STATIC_DIR="$work/icu-static" -DGONGWEN_ICU_DATA_PACKAGE="$top/build/icu/icudt72l.dat" \
  -DGONGWEN_LZMA_STATIC="$sysroot/usr/lib/aarch64-linux-gnu/liblzma.a" \
  -DLO_LIB_sal="$ure/libuno_sal.so.3" -DLO_LIB_cppu="$ure/libuno_cppu.so.3" \
  -DLO_LIB_cppuhelpergcc3="$ure/libuno_cppuhelpergcc3.so.3" \
  -DLO_LIB_salhelpergcc3="$ure/libuno_salhelpergcc3.so.3" >"$work/cmake.log"
cmake --build "$work/obj" -j"$(nproc)" --target gongwen_uno gongwen_unit_tests typo_eval >"$work/make.log" 2>&1 ||
  { tail -n 30 "$work/make.log" >&2; exit 1; }
library=$work/obj/src/uno/gongwen.uno.so
file "$library"

# The core unit tests and the typo evaluation on aarch64, under qemu-user.
(cd "$work/obj" && ctest -L unit -j"$(nproc)" --output-on-failure | grep -E "tests passed|Failed|\*\*\*")
(cd "$work/obj" && ctest -R eval.typo --output-on-failure | grep -E "tests passed|Failed|\*\*\*")

# One package for both platforms.
stage=$work/stage
package_unpack "$stage"
package_add_library "$library" "$stage/linux_aarch64/gongwen.uno.so" "$work/gongwen.uno.so.aarch64.debug" \
  aarch64-linux-gnu-
# The platform names what LibreOffice's bootstrap calls the machine (${_OS}_${_ARCH}: the arm64
# libuno_sal says AARCH64), compared without case.
sed 's#uri="gongwen.uno.so"#uri="linux_aarch64/gongwen.uno.so"#' "$stage/gongwen.components" >"$stage/gongwen-aarch64.components"
python3 - "$stage/META-INF/manifest.xml" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
x86 = 'manifest:full-path="gongwen.components" manifest:media-type="application/vnd.sun.star.uno-components;platform=Linux_x86_64"/>'
assert x86 in text, "the manifest's component entry changed"
arm = ('manifest:full-path="gongwen-aarch64.components" '
       'manifest:media-type="application/vnd.sun.star.uno-components;platform=Linux_AARCH64"/>')
text = text.replace(x86, x86 + '\n  <manifest:file-entry ' + arm)
open(path, "w", encoding="utf-8").write(text)
PY
cp "$top/build/gongwen.uno.so.debug" "$work/"
package_write "$stage" "$work/gongwen.oxt"

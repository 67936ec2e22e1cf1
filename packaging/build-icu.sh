#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Builds ICU's common and i18n libraries as static, position-independent archives from Debian's
# own source package of the ICU that libicu-dev has (72), so that gongwen.uno.so carries its ICU
# inside (symbols hidden) and needs no libicu*.so of the machine it runs on. The data are not
# built here: CMake cuts the few items the extension uses out of Debian's libicudata with icupkg
# (packaging/icu-data-items.txt).
# Usage: packaging/build-icu.sh OUT_DIR
#          OUT_DIR/lib/libicuuc.a, OUT_DIR/lib/libicui18n.a and their headers in OUT_DIR/include
#        packaging/build-icu.sh --source-only OUT_DIR
#          only fetches and unpacks the source into OUT_DIR/source, and names the folder that
#          holds configure in OUT_DIR/source-dir (packaging/build-bullseye.sh builds it
#          elsewhere, with GONGWEN_ICU_SOURCE naming that folder)
#        GONGWEN_ICU_HOST=aarch64-linux-gnu: cross-built with that toolchain (build-arm64.sh)
# Needs: dpkg-dev (dpkg-source), network access to the Debian mirror apt uses; nothing is
# installed and apt's own lists are left alone. Done once: a second run finds the archives.
set -euo pipefail
source_only=
if [ "${1:-}" = --source-only ]; then source_only=1; shift; fi
out=$(realpath -m "${1:?usage: $0 [--source-only] OUT_DIR}")
version=$(dpkg-query -W -f '${Version}' libicu-dev)
version=${version%+b[0-9]*} # a binary-only rebuild has the source of its version
[ -z "${GONGWEN_ICU_SOURCE:-}" ] || version=given-source
recipe=3 # raise when the build below changes: an older build is then made again
stamp="$out/built-from-$version-for-${GONGWEN_ICU_HOST:-native}-recipe-$recipe"

# The source package through apt, which checks its signature: from each of the system's own
# sources in turn (as a deb-src line in a list of our own) until one has it — a mirror may list
# a version in its index whose files it does not carry. Sets source_dir.
fetch_source() {
  local sources line fetched=
  mapfile -t sources < <(apt-get indextargets --format 'deb-src $(REPO_URI) $(RELEASE) $(COMPONENT)' | sort -u)
  [ ${#sources[@]} -gt 0 ] || { echo "build-icu: apt has no package sources" >&2; exit 1; }
  local apt_options=(-q -o Dir::Etc::SourceList="$out/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
                     -o Dir::State::Lists="$out/apt/lists" -o APT::Sandbox::User=root)
  echo "build-icu: fetching Debian's source of icu $version"
  for line in "${sources[@]}"; do
    echo "$line" >"$out/apt/sources.list"
    rm -rf "$out/apt/lists" "$out/source" && mkdir -p "$out/apt/lists/partial" "$out/source"
    apt-get "${apt_options[@]}" update >/dev/null 2>&1 || continue
    if (cd "$out/source" && apt-get "${apt_options[@]}" source "icu=$version" >"$out/apt/source.log" 2>&1); then
      fetched=$line
      break
    fi
  done
  [ -n "$fetched" ] || { echo "build-icu: no source of icu $version from: ${sources[*]}" >&2;
                         cat "$out/apt/source.log" >&2 2>/dev/null; exit 1; }
  echo "build-icu: from $fetched"
  source_dir=$(find "$out/source" -maxdepth 3 -path '*/source/configure' -printf '%h\n' | head -n1)
  [ -n "$source_dir" ] || { echo "build-icu: no ICU source found in $out/source" >&2; exit 1; }
  rm -rf "$out/apt"
}

if [ -n "$source_only" ]; then
  # The folder holding configure, in OUT_DIR/source-dir once fetched.
  [ -f "$out/source-dir" ] && exit 0
  rm -rf "$out" && mkdir -p "$out/apt"
  fetch_source
  echo "$source_dir" >"$out/source-dir"
  echo "build-icu: source in $source_dir"
  exit 0
fi
if [ -f "$stamp" ] && [ -f "$out/lib/libicuuc.a" ] && [ -f "$out/lib/libicui18n.a" ]; then
  exit 0
fi
rm -rf "$out"
mkdir -p "$out/apt" "$out/build/lib"
if [ -n "${GONGWEN_ICU_SOURCE:-}" ]; then
  source_dir=$GONGWEN_ICU_SOURCE
else
  fetch_source
fi

# Only the two libraries: no tools, data, tests or samples. Hidden by default; the extension's
# link hides the rest (--exclude-libs).
echo "build-icu: building static libicuuc.a and libicui18n.a (a few minutes)"
options=(--disable-shared --enable-static --disable-extras --disable-icuio --disable-layoutex
         --disable-tests --disable-samples --disable-tools --disable-dyload)
compilers=(CC=gcc CXX=g++)
# GONGWEN_ICU_HOST (aarch64-linux-gnu: build-arm64.sh) cross-builds with that toolchain. ICU's
# configure then wants a configured native tree to read its cross settings from.
if [ -n "${GONGWEN_ICU_HOST:-}" ]; then
  mkdir -p "$out/native" && cd "$out/native"
  CC=gcc CXX=g++ "$source_dir/configure" "${options[@]}" >configure.log 2>&1
  make config/icucross.mk config/icucross.inc >/dev/null
  options+=(--host="$GONGWEN_ICU_HOST" --with-cross-build="$out/native")
  compilers=(CC="$GONGWEN_ICU_HOST-gcc" CXX="$GONGWEN_ICU_HOST-g++")
fi
cd "$out/build"
# A section per function and datum, so that the extension's link keeps only what it calls.
sections="-ffunction-sections -fdata-sections"
env "${compilers[@]}" CFLAGS="-O2 -fPIC -fvisibility=hidden $sections" \
  CXXFLAGS="-O2 -fPIC -fvisibility=hidden -fvisibility-inlines-hidden $sections" \
  "$source_dir/configure" "${options[@]}" >configure.log 2>&1
jobs=$(nproc)
make -j"$jobs" -C common >common.log 2>&1 || { tail -n 30 common.log >&2; exit 1; }
make -j"$jobs" -C i18n >i18n.log 2>&1 || { tail -n 30 i18n.log >&2; exit 1; }
mkdir -p "$out/lib" "$out/include/unicode"
cp lib/libicuuc.a lib/libicui18n.a "$out/lib/"
# The headers of this very ICU (the system's may be of another version).
cp "$source_dir"/common/unicode/*.h "$source_dir"/i18n/unicode/*.h "$out/include/unicode/"
rm -rf "$out/source" "$out/build" "$out/apt" "$out/native"
touch "$stamp"
echo "build-icu: $out/lib"

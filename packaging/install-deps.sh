#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Installs what building, running and testing 公文助手 needs on Debian 12, skipping what is there.
# Usage (as root): packaging/install-deps.sh [build|run|test]   (default: test = everything)
set -euo pipefail
what=${1:-test}

build=(cmake g++ make pkg-config libreoffice-dev libicu-dev icu-devtools dpkg-dev pngquant xz-utils liblzma-dev libboost-dev catch2 python3 sunpinyin-data sunpinyin-utils python3-jieba unicode-data)
run=(libreoffice-writer libreoffice-calc libreoffice-l10n-zh-cn libreoffice-help-common python3-uno fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming)
test=(xvfb xauth xdotool imagemagick clang libclang-rt-14-dev poppler-utils)

case $what in
  build) wanted=("${build[@]}") ;;
  run) wanted=("${build[@]}" "${run[@]}") ;;
  test) wanted=("${build[@]}" "${run[@]}" "${test[@]}") ;;
  *) echo "usage: $0 [build|run|test]" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]} (run this script as root)" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"

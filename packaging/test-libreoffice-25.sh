#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# The integration tests against the LibreOffice people download today (25.x, from Debian's
# bookworm-backports), in a Debian 12 root made here, since it would replace this machine's 7.4:
# the package of the main build (build/gongwen.oxt) is installed there exactly as on 7.4.
# Usage (as root, after the main build): packaging/test-libreoffice-25.sh [WORK_DIR]
#   WORK_DIR (default build-lo25/) gets root/ (made once) and a log per test script.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(realpath -m "${1:-$top/build-lo25}")
root=$work/root
. "$top/packaging/release-variants.sh"
. "$top/packaging/debian-root.sh"
variant_require test-libreoffice-25
mirror=$(debian_mirror)
debian_root_make "$root" bookworm \
  "$(printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s bookworm-backports main' \
     "$mirror" "$mirror" "$mirror")" "$work" \
  -t bookworm-backports libreoffice-writer libreoffice-calc libreoffice-l10n-zh-cn \
  libreoffice-help-common python3-uno fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming \
  poppler-utils python3 ca-certificates
version=$(chroot "$root" dpkg-query -W -f '${Version}' libreoffice-core)
echo "test-libreoffice-25: LibreOffice $version"
case $version in 4:2[5-9].*) ;; *) echo "test-libreoffice-25: not LibreOffice 25.x" >&2; exit 1 ;; esac

debian_root_enter "$root" "$top"
mkdir -p "$root/tmp" && chmod 1777 "$root/tmp"
run_integration_tests test-libreoffice-25 "$work" /src chroot "$root" /usr/bin/env \
  GONGWEN_OXT=/src/build/gongwen.oxt GONGWEN_RDB=/src/build/gongwen.rdb

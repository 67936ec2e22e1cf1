#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# The test command: installs what is missing, builds, and runs every test (unit, integration, GUI).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
packaging/install-deps.sh test
# The release build: ICU built static from Debian's source (once), the C++ runtime linked in.
packaging/build-icu.sh build/icu-static
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGONGWEN_ICU_STATIC_DIR="$top/build/icu-static"
cmake --build build -j"$(nproc)"
cd build
ctest --output-on-failure -j2 "$@"

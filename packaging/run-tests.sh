#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# The test command: installs what is missing, builds, and runs every test (unit, integration, GUI).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
packaging/install-deps.sh test
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
cd build
ctest --output-on-failure -j2 "$@"

#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# The main job: installs what is missing, builds gongwen.oxt, installs it into an isolated
# LibreOffice profile (out/profile), starts that office headless, and checks the bundled
# sample report (examples/seed-report.odt) with the installed extension, builds a fresh
# 工作总结 skeleton from the section catalog and the sample tally book (统计台账 with the
# records of examples/tally-records.tsv), then links the sample report to that book, turns its
# statistics placeholders into figures and fills them (.odt and .pdf). Output in out/.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
packaging/install-deps.sh run
# The release build: ICU built static from Debian's source (once), the C++ runtime linked in.
packaging/build-icu.sh build/icu-static
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGONGWEN_ICU_STATIC_DIR="$top/build/icu-static" >/dev/null
cmake --build build -j"$(nproc)"
mkdir -p out/documents
# The office writes the documents it makes; as root it runs as "nobody".
[ "$(id -u)" -ne 0 ] || chown 65534:65534 out/documents
profile=$top/out/profile
GONGWEN_UI_LOCALE=${GONGWEN_UI_LOCALE:-zh-CN} packaging/gongwen-office.sh install "$profile" build/gongwen.oxt
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pid=$(packaging/gongwen-office.sh start "$profile" "$port")
trap 'packaging/gongwen-office.sh stop "$profile"' EXIT
echo "office started (PID $pid) on the isolated profile $profile"
/usr/bin/python3 packaging/main_job.py "$port" "$top/out"
echo
echo "gongwen-check (command line, no office needed for .txt):"
build/src/cli/gongwen-check --lang zh-CN examples/seed-report.txt | tail -n 3 || true

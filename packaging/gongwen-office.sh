#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Installs 公文助手 into an isolated LibreOffice profile, lists or removes it, and starts/stops an
# office on that profile. Works as a normal user and as root: unopkg refuses to run as root, so
# as root every office process runs as the unprivileged user "nobody" on a profile it owns.
#
#   gongwen-office.sh install PROFILE_DIR [OXT]   install (again: replaces; harmless)
#   gongwen-office.sh list    PROFILE_DIR         the extensions in that profile
#   gongwen-office.sh remove  PROFILE_DIR         remove 公文助手 from that profile
#   gongwen-office.sh start   PROFILE_DIR PORT    headless office accepting UNO on 127.0.0.1:PORT;
#                                                 prints its PID, also written to PROFILE_DIR.pid
#   gongwen-office.sh stop    PROFILE_DIR         ends that office by its PID
# GONGWEN_UI_LOCALE=zh-CN (or en-US) sets the office UI language of the profile at install.
set -euo pipefail

readonly IDENTIFIER=org.gongwen.assistant
readonly PROGRAM_DIR=${LO_PROGRAM_DIR:-/usr/lib/libreoffice/program}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { echo "gongwen-office: $*" >&2; exit 2; }

[ $# -ge 2 ] || die "usage: $0 install|list|remove|start|stop PROFILE_DIR [ARG]"
command=$1
profile=$(realpath -m "$2")
profile_url="file://$profile"

# Prefix that runs a command as the profile's owner: ourselves, or "nobody" when we are root.
# Each part execs the next, so a backgrounded command's PID is the office's own.
as_office_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_office_user=(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$profile/home")
fi

prepare_profile() {
  mkdir -p "$profile/home"
  if [ "$(id -u)" -eq 0 ]; then chown -R 65534:65534 "$profile"; fi
}

# Sets the UI language in the profile's user configuration (created if need be).
set_ui_locale() {
  local xcu="$profile/user/registrymodifications.xcu"
  local item="<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop oor:name=\"UILocale\" oor:op=\"fuse\"><value>$1</value></prop></item>"
  mkdir -p "$profile/user"
  if [ ! -f "$xcu" ]; then
    printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' \
      '</oor:items>' >"$xcu"
  fi
  grep -v 'oor:name="UILocale"' "$xcu" | sed "s|</oor:items>|$item\n</oor:items>|" >"$xcu.new"
  mv "$xcu.new" "$xcu"
  [ "$(id -u)" -ne 0 ] || chown -R 65534:65534 "$profile/user"
}

unopkg() {
  "${as_office_user[@]}" "$PROGRAM_DIR/unopkg" "$@" "-env:UserInstallation=$profile_url"
}

case $command in
  install)
    oxt=$(realpath "${3:-$here/../build/gongwen.oxt}")
    [ -f "$oxt" ] || die "no extension package at $oxt (build it first: cmake --build build)"
    prepare_profile
    # A root-owned copy is not always readable by "nobody": hand unopkg its own copy.
    copy="$profile/$(basename "$oxt")"
    cp "$oxt" "$copy"
    [ "$(id -u)" -ne 0 ] || chown 65534:65534 "$copy"
    unopkg add --force --suppress-license "$copy"
    listing=$(unopkg list)
    grep -q "Identifier: $IDENTIFIER" <<<"$listing" || die "installed, but unopkg does not list $IDENTIFIER"
    [ -z "${GONGWEN_UI_LOCALE:-}" ] || set_ui_locale "$GONGWEN_UI_LOCALE"
    echo "gongwen-office: $IDENTIFIER installed in $profile"
    ;;
  list)
    prepare_profile
    unopkg list
    ;;
  remove)
    prepare_profile
    unopkg remove "$IDENTIFIER"
    echo "gongwen-office: $IDENTIFIER removed from $profile"
    ;;
  start)
    port=${3:?PORT missing}
    prepare_profile
    start_office() {
      "${as_office_user[@]}" "$PROGRAM_DIR/soffice.bin" --headless --invisible --norestore \
        --nologo --nodefault --nolockcheck "-env:UserInstallation=$profile_url" \
        "--accept=socket,host=127.0.0.1,port=$port;urp;" >>"$profile.log" 2>&1 &
      pid=$!
      echo "$pid" >"$profile.pid"
    }
    : >"$profile.log"
    start_office
    for _ in $(seq 1 300); do          # up to 30 s for the port to open
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$pid"; exit 0; fi
      if ! kill -0 "$pid" 2>/dev/null; then
        # The first start on a new profile may ask for a restart (exit code 81), as oosplash would.
        rc=0; wait "$pid" || rc=$?
        [ "$rc" -eq 81 ] || die "office exited at start with code $rc (log: $profile.log)"
        start_office
      fi
      sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    die "office did not open port $port within 30 s (log: $profile.log)"
    ;;
  stop)
    [ -f "$profile.pid" ] || die "no PID file $profile.pid"
    pid=$(cat "$profile.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || { rm -f "$profile.pid"; exit 0; }; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$profile.pid"
    ;;
  *)
    die "unknown command '$command'"
    ;;
esac

# SPDX-License-Identifier: MPL-2.0
# Sourced by the scripts that build or test in a Debian root of another release
# (build-bullseye.sh, test-libreoffice-25.sh): making the root once, and entering it with the
# project mounted read-only at /src. Needs root.

# The mirror apt uses here.
debian_mirror() {
  apt-get indextargets --format '$(REPO_URI)' | grep -m1 -E '/debian/?$' || echo http://deb.debian.org/debian/
}

# debian_root_make ROOT SUITE SOURCES_LIST LOG_DIR [apt-get install arguments...]
# Makes ROOT with debootstrap (minbase) unless it is there from an earlier run, with
# SOURCES_LIST as its /etc/apt/sources.list, and installs the packages (in a root made earlier,
# those it lacks: the list grows with the project).
debian_root_make() {
  local root=$1 suite=$2 sources=$3 logs=$4
  shift 4
  if [ -f "$root/.gongwen-ready" ]; then
    debian_root_add_missing "$root" "$logs" "$@"
    return
  fi
  command -v debootstrap >/dev/null || apt-get install -y -q --no-install-recommends debootstrap
  rm -rf "$root"
  mkdir -p "$logs"
  echo "debian-root: making a Debian $suite root in $root (a few minutes, once)"
  debootstrap --variant=minbase "$suite" "$root" "$(debian_mirror)" >"$logs/debootstrap.log" 2>&1 ||
    { tail -n 20 "$logs/debootstrap.log" >&2; return 1; }
  printf '%s\n' "$sources" >"$root/etc/apt/sources.list"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  chroot "$root" apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -q --no-install-recommends "$@" \
    >"$logs/packages.log" 2>&1 || { tail -n 20 "$logs/packages.log" >&2; return 1; }
  touch "$root/.gongwen-ready"
}

debian_root_add_missing() {
  local root=$1 logs=$2 argument options=() missing=() option_value=
  shift 2
  for argument in "$@"; do
    if [ -n "$option_value" ] || [[ $argument == -* ]]; then
      options+=("$argument")
      [[ $argument == -t ]] && option_value=1 || option_value=
      continue
    fi
    chroot "$root" dpkg-query -W -f='${Status}' "${argument%%=*}" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$argument")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "debian-root: installing ${missing[*]} in $root"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  chroot "$root" apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -q --no-install-recommends \
    "${options[@]}" "${missing[@]}" >>"$logs/packages.log" 2>&1 || { tail -n 20 "$logs/packages.log" >&2; return 1; }
}

# debian_root_enter ROOT TOP: TOP read-only at ROOT/src, /proc and /dev mounted; all of it
# unmounted when the calling script exits.
debian_root_enter() {
  local root=$1 top=$2
  mkdir -p "$root/src"
  mount --bind "$top" "$root/src"
  mount -o remount,bind,ro "$root/src"
  mount -t proc proc "$root/proc"
  mount --bind /dev "$root/dev"
  mount -t tmpfs tmpfs "$root/dev/shm" 2>/dev/null || true
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  # shellcheck disable=SC2064 # the root is fixed now
  trap "umount '$root/dev/shm' 2>/dev/null; umount '$root/dev' 2>/dev/null; umount '$root/proc' 2>/dev/null; umount '$root/src' 2>/dev/null; true" EXIT
}

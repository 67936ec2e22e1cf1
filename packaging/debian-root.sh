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
# SOURCES_LIST as its /etc/apt/sources.list, and installs the packages.
debian_root_make() {
  local root=$1 suite=$2 sources=$3 logs=$4
  shift 4
  [ -f "$root/.gongwen-ready" ] && return 0
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

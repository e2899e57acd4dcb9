# build-aux/setup.sh: sourced by build-aux/run, build-aux/test and build-aux/bench.
# Installs the Debian 12 packages Byline needs when they are missing (apt-get as
# root; otherwise prints the exact command), then configures and builds.
#
# Copyright 2026 The Byline authors
# SPDX-License-Identifier: GPL-3.0-or-later

BYLINE_BUILD_PACKAGES="meson ninja-build gcc pkg-config python3 libglib2.0-dev libglib2.0-dev-bin libjson-glib-dev gettext iso-codes wamerican libsqlite3-dev libxml2-dev libcmark-dev libgtk-4-dev libadwaita-1-dev"

missing_packages() {
  missing=""
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
  echo "$missing"
}

ensure_packages() {
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "== installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq -o DPkg::Lock::Timeout=600 || { echo "apt-get update failed" >&2; return 1; }
    # shellcheck disable=SC2086
    apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends $missing >/dev/null \
      || { echo "apt-get install$missing failed" >&2; return 1; }
  else
    echo "Byline needs these Debian packages:$missing" >&2
    echo "Install them with:" >&2
    echo "  sudo apt-get install$missing" >&2
    return 1
  fi
}

# configure_build DIR [MESON OPTIONS...]
configure_build() {
  dir=$1; shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@" >/dev/null
  fi
  meson compile -C "$dir" >/dev/null || meson compile -C "$dir"
}

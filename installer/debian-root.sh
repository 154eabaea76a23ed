#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the path of a cached tarball of a clean Debian 12 (bookworm) root, making it first with
# debootstrap if it is not there. The variant is minbase (Priority: required packages and apt):
# the least a field machine can have, so a bundle that installs here installs on any Debian 12.
# Usage: installer/debian-root.sh CACHE_DIR      (BOLI_DEBIAN_MIRROR overrides debootstrap's mirror)
set -eu
cache=${1:?usage: debian-root.sh CACHE_DIR}
tarball="$cache/bookworm-minbase.tar.gz"
if [ -s "$tarball" ]; then
    echo "$tarball"
    exit 0
fi
mkdir -p "$cache"
root=$(mktemp -d "$cache/debootstrap.XXXXXX")
trap 'rm -rf "$root"' EXIT
echo "debian-root: debootstrap --variant=minbase bookworm (cached in $tarball)" >&2
# shellcheck disable=SC2086
debootstrap --variant=minbase bookworm "$root" ${BOLI_DEBIAN_MIRROR:-} >"$cache/debootstrap.log" 2>&1 || {
    tail -n 20 "$cache/debootstrap.log" >&2
    exit 1
}
# Package caches and lists are not part of a field machine's state.
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
chmod 755 "$root" # the root folder of a real machine, not mktemp's 0700
tar -czf "$tarball.tmp" -C "$root" --numeric-owner .
mv "$tarball.tmp" "$tarball"
echo "$tarball"

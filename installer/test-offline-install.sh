#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the offline bundle: builds it (make-bundle.sh), unpacks a clean Debian 12 minbase root
# (cached by debian-root.sh under BUILD_DIR/installer-cache), copies the bundle in and, in a new
# network namespace with only a loopback interface (so no network at all) and a chroot, installs
# server, client and kiosk, then checks boli-server --version, a server start answering /health
# as the boli user, boli-client --version offscreen and the kiosk's QML loading with only the
# packaged modules (test-offline-inside.sh).
#
# Usage (as root): installer/test-offline-install.sh BUILD_DIR
# Needs the Debian archive the first time (debootstrap, package downloads), never inside the root.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: test-offline-install.sh BUILD_DIR}" && pwd)
cache="$build/installer-cache"
if [ "$(id -u)" -ne 0 ]; then
    echo "test-offline-install: needs root (debootstrap, chroot, unshare)" >&2
    exit 1
fi

"$here/make-bundle.sh" "$build" "$build/bundle"
bundle=$(ls -t "$build"/bundle/boli-offline-*.run | head -n 1)
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
root_tarball=$("$here/debian-root.sh" "$cache")

root=$(mktemp -d "$cache/root.XXXXXX")
trap 'rm -rf "$root"' EXIT
trap 'exit 1' INT TERM
tar -xzf "$root_tarball" -C "$root"
chmod 755 "$root" # as made by mktemp (0700), the boli user could not reach /usr
cp "$bundle" "$root/root/boli-offline.run"
cp "$here/test-offline-inside.sh" "$here/http-get.bash" "$root/root/"

echo "test-offline-install: installing $(basename "$bundle") into a clean Debian 12 root, no network"
# The mounts live in the new mount namespace only and vanish with it; the new network namespace
# has nothing but a loopback interface, brought up for the server's /health check.
unshare --net --mount --fork sh -c '
    set -eu
    ip link set lo up
    mount -t proc proc "$1/proc"
    mount --bind /dev "$1/dev"
    exec chroot "$1" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        /bin/bash /root/test-offline-inside.sh "$2"
' sh "$root" "$version"

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the offline bundle: one self-extracting file, boli-offline-VERSION-amd64.run, holding
# Boli's .debs (built here with cpack) and every Debian 12 package they need that a minimal
# Debian 12 install lacks, with a local package index and install.sh.
#
# What "a minimal Debian 12 install lacks" means is computed, not listed: apt resolves Boli's
# packages against the dpkg status of a clean debootstrap minbase root (cached by
# debian-root.sh), with private lists and caches so the build machine's apt is untouched.
# Needs the Debian archive (to download the packages) and root (debootstrap), once per cache.
#
# Usage: installer/make-bundle.sh BUILD_DIR [OUT_DIR]     (OUT_DIR defaults to BUILD_DIR/bundle)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: make-bundle.sh BUILD_DIR [OUT_DIR]}" && pwd)
out=${2:-$build/bundle}
cache="$build/installer-cache"
mkdir -p "$cache/apt/lists/partial" "$cache/apt/archives/partial" "$out"

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || { echo "make-bundle: no CPackConfig.cmake in $build (configure first)" >&2; exit 1; }
name="boli-offline-$version-amd64"
work=$(mktemp -d "$cache/bundle.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "make-bundle: building the .debs (cpack -G DEB)"
(cd "$build" && cpack -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    exit 1
}
mkdir -p "$work/$name/debs"
cp "$work"/cpack/boli-*.deb "$work/$name/debs/"

echo "make-bundle: resolving dependencies against a clean Debian 12 (minbase)"
root_tarball=$("$here/debian-root.sh" "$cache")
tar -xzOf "$root_tarball" ./var/lib/dpkg/status >"$work/status"
set -- -o "Dir::State::status=$work/status" -o "Dir::State::Lists=$cache/apt/lists" \
    -o "Dir::Cache::archives=$cache/apt/archives" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= \
    -o "Dir::State::extended_states=$work/extended_states" -o Debug::NoLocking=true \
    -o APT::Install-Recommends=false -o APT::Install-Suggests=false -o Acquire::Languages=none
apt-get "$@" -q update >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; exit 1; }
apt-get "$@" -q -y --download-only install "$work/$name"/debs/*.deb >>"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    exit 1
}
# The exact versions apt chose (the archive cache may also hold older ones from earlier runs).
# "Inst NAME [OLD] (NEW ARCHIVE [ARCH])": OLD is there when apt upgrades a base package.
apt-get "$@" -s install "$work/$name"/debs/*.deb | sed -n 's/^Inst \([^ ]*\) [^(]*(\([^ ]*\) .*/\1 \2/p' |
    grep -v '^boli-' | while read -r package pkgversion; do
        file=$(printf '%s_%s_' "$package" "$pkgversion" | sed 's/:/%3a/g')
        found=$(find "$cache/apt/archives" -maxdepth 1 -name "$file*.deb" | head -n 1)
        [ -n "$found" ] || { echo "make-bundle: $package $pkgversion was not downloaded" >&2; exit 1; }
        cp "$found" "$work/$name/debs/"
    done

(cd "$work/$name/debs" && dpkg-scanpackages --multiversion . /dev/null >Packages 2>/dev/null)
cp "$here/bundle/install.sh" "$work/$name/install.sh"
{
    echo "Boli $version offline bundle for Debian 12 (bookworm) amd64."
    echo "Install: sudo sh $name.run [server] [client] [kiosk]   (see docs/deployment.md)"
    echo
    echo "Packages (beyond a minimal Debian 12):"
    (cd "$work/$name/debs" && ls ./*.deb | sed 's|^\./|  |')
} >"$work/$name/README.txt"

(cd "$work" && tar -cf payload.tar "$name")
sha=$(sha256sum "$work/payload.tar" | cut -d' ' -f1)
sed "s/@PAYLOAD_SHA256@/$sha/" "$here/bundle/run-header.sh" >"$work/$name.run"
cat "$work/payload.tar" >>"$work/$name.run"
chmod 755 "$work/$name.run"
mv "$work/$name.run" "$out/$name.run"
count=$(ls "$work/$name/debs"/*.deb | wc -l)
echo "make-bundle: $out/$name.run ($(du -h "$out/$name.run" | cut -f1), $count packages)"

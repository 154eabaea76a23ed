#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Boli from the packages beside this script with apt, using only this folder as the
# package source: nothing is fetched from the network, and apt still orders and checks every
# dependency. Usage: sudo ./install.sh [server] [client] [kiosk]   (default: all three)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: run as root (sudo)." >&2
    exit 1
fi
[ $# -gt 0 ] || set -- server client kiosk
packages=""
for part in "$@"; do
    case "$part" in
    server | client | kiosk) packages="$packages boli-$part" ;;
    *)
        echo "install.sh: unknown part '$part' (expected server, client or kiosk)" >&2
        exit 2
        ;;
    esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/parts"
echo "deb [trusted=yes] file:$here/debs ./" >"$work/boli-offline.list"
# apt's download helper runs as _apt and must be able to read the packages.
chmod 755 "$here" "$here/debs" "$work"
chmod 644 "$work/boli-offline.list"
set -- -o "Dir::Etc::SourceList=$work/boli-offline.list" -o "Dir::Etc::SourceParts=$work/parts" \
    -o APT::Get::List-Cleanup=false -o Acquire::Languages=none
echo "Boli offline install:$packages"
apt-get "$@" -q update
# shellcheck disable=SC2086 # $packages is a list of names
# An upgrade keeps an edited /etc/boli/boli.ini and saves the new default beside it (.dpkg-dist).
DEBIAN_FRONTEND=noninteractive apt-get "$@" -q -y --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold install $packages
echo "Installed:$packages. Versions:"
dpkg-query -W $packages

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Boli builds and tests with. Run by run.sh and test.sh.
# As root it runs apt-get; otherwise it prints the exact command and fails.
set -eu

BOLI_PACKAGES="
build-essential cmake ninja-build ccache pkg-config clang-format
qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qcoro-qt6-dev
libqt6sql6-sqlite libqt6sql6-psql
libsodium-dev libjwt-dev liboath-dev libqrencode-dev
postgresql
qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-charts-dev qt6-multimedia-dev qt6-virtualkeyboard-plugin qt6-qpa-plugins
qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick
qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
qml6-module-qtquick-window qml6-module-qtquick-virtualkeyboard qml6-module-qtcharts
qml6-module-qtmultimedia qml6-module-qttest qml6-module-qt-labs-settings qml6-module-qtcore
fonts-noto-core xvfb xauth
clang-14 libclang-rt-14-dev
debootstrap sqlite3 dpkg-dev iproute2
qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
"

missing=""
for pkg in $BOLI_PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "Boli needs these Debian packages:$missing" >&2
    echo "Run as root: apt-get install -y --no-install-recommends$missing" >&2
    exit 1
fi

echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing

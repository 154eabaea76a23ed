#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Boli offline installer (self-extracting). Installs Boli and every Debian 12 package it needs
# from this one file, with no network.
#   sudo sh THIS_FILE                     server, client and kiosk (one-box mandi kiosk)
#   sudo sh THIS_FILE server              only boli-server (also: client, kiosk, in any mix)
#   sh THIS_FILE --extract DIR            unpack only (then: sudo DIR/install.sh ...)
set -eu
payload_sha256=@PAYLOAD_SHA256@
line=$(awk '/^__BOLI_PAYLOAD_BELOW__$/ { print NR + 1; exit }' "$0")
if [ "${1:-}" = "--extract" ]; then
    target=${2:?--extract needs a folder}
    mkdir -p "$target"
else
    # /var/tmp: /tmp is often a small tmpfs, and the packages are large.
    target=$(mktemp -d /var/tmp/boli-offline.XXXXXX)
    trap 'rm -rf "$target"' EXIT
fi
tail -n +"$line" "$0" >"$target/payload.tar"
if ! echo "$payload_sha256  $target/payload.tar" | sha256sum -c --status; then
    echo "boli-offline: this file is damaged (checksum mismatch); copy it again." >&2
    exit 1
fi
tar -xf "$target/payload.tar" -C "$target" --strip-components=1
rm -f "$target/payload.tar"
if [ "${1:-}" = "--extract" ]; then
    echo "Unpacked into $target; run: sudo $target/install.sh [server] [client] [kiosk]"
    exit 0
fi
"$target/install.sh" "$@"
exit $?
__BOLI_PAYLOAD_BELOW__

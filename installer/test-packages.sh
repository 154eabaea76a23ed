#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the packages (cpack -G DEB and TGZ) into a temporary folder and checks what a field
# machine gets: the file lists, the dependencies dpkg-shlibdeps found, the maintainer scripts and
# conffiles, and that no secret ships. Usage: installer/test-packages.sh BUILD_DIR
set -eu
build=$(cd "${1:?usage: test-packages.sh BUILD_DIR}" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1 && cpack -G TGZ -B "$out" >>"$out/cpack.log" 2>&1) ||
    { cat "$out/cpack.log" >&2; fail "cpack failed"; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
server="$out/boli-server_${version}_amd64.deb"
client="$out/boli-client_${version}_amd64.deb"
kiosk="$out/boli-kiosk_${version}_all.deb"
portable=$(ls "$out"/boli-"$version"-linux-*-portable.tar.gz)
for deb in "$server" "$client" "$kiosk"; do
    [ -f "$deb" ] || fail "missing $(basename "$deb")"
done

has_file() { # DEB PATH
    dpkg-deb -c "$1" | awk '{ print $6 }' | grep -qx "./$2" || fail "$(basename "$1") lacks /$2"
}
has_depends() { # DEB DEPENDENCY: "name" (any version) or "name (= version)" (exactly that)
    dpkg-deb -f "$1" Depends | tr ',' '\n' | sed 's/^ *//; s/ *$//' >"$out/depends"
    grep -qxF "$2" "$out/depends" || sed 's/ (.*//' "$out/depends" | grep -qxF "$2" ||
        fail "$(basename "$1") does not depend on $2"
}
has_control() { # DEB FILE
    dpkg-deb --ctrl-tarfile "$1" | tar -t | grep -qx "./$2" || fail "$(basename "$1") has no $2"
}

has_file "$server" usr/bin/boli-server
has_file "$server" etc/boli/boli.ini
has_file "$server" lib/systemd/system/boli-server.service
for control in postinst prerm postrm conffiles; do
    has_control "$server" "$control"
    has_control "$kiosk" "$control"
done
# Found by dpkg-shlibdeps from the binary, plus the SQL plugins it cannot see.
for dep in libqt6core6 libqt6httpserver6 libqt6websockets6 libsodium23 libjwt0 libc6 libqt6sql6-sqlite libqt6sql6-psql sqlite3; do
    has_depends "$server" "$dep"
done
dpkg-deb --fsys-tarfile "$server" | tar -xO ./etc/boli/boli.ini >"$out/boli.ini"
grep -q '^data_dir = /var/lib/boli$' "$out/boli.ini" || fail "boli.ini does not keep data in /var/lib/boli"
grep -q '^;db = postgres://' "$out/boli.ini" || fail "boli.ini lacks the commented PostgreSQL URL"
if grep -q '^db *=' "$out/boli.ini"; then fail "boli.ini sets a database (must default to SQLite)"; fi
if dpkg-deb -c "$server" | grep -q 'token.key'; then fail "a token key ships in the package"; fi
# The packaged config must be one the server itself accepts.
"$build/server/boli-server" migrate --config "$out/boli.ini" --data-dir "$out/data" >"$out/migrate.log" 2>&1 ||
    { cat "$out/migrate.log" >&2; fail "boli-server rejects the packaged boli.ini"; }

has_file "$client" usr/share/applications/boli-client.desktop
has_file "$client" usr/share/icons/hicolor/scalable/apps/boli.svg
has_file "$client" usr/share/icons/hicolor/256x256/apps/boli.png
has_depends "$client" qml6-module-qtquick-controls
has_file "$client" usr/bin/boli-client
# found by dpkg-shlibdeps in the program; libqt6gui6 now comes through libqt6widgets6 (checked below),
# and dpkg-shlibdeps leaves out a library that another dependency already pulls in
has_depends "$client" libqt6qml6
has_depends "$client" qml6-module-qtcharts # the price and analytics charts (QtCharts import)
has_depends "$client" libqt6widgets6 # QApplication, which ChartView needs; found by dpkg-shlibdeps

has_file "$kiosk" lib/systemd/system/boli-kiosk.service
has_file "$kiosk" usr/share/boli-kiosk/boli-kiosk-session
has_file "$kiosk" etc/default/boli-kiosk
has_depends "$kiosk" "boli-client (= $version)"
has_depends "$kiosk" xserver-xorg-core
grep -q 'boli-client --kiosk' "$(dirname "$0")/linux/boli-kiosk-session" || fail "the kiosk session does not start boli-client --kiosk"

tar -tzf "$portable" | grep -q '/bin/boli-server$' || fail "the portable archive lacks bin/boli-server"
tar -tzf "$portable" | grep -q '/bin/boli-client$' || fail "the portable archive lacks bin/boli-client"
if tar -tzf "$portable" | grep -q -e '^/' -e 'systemd'; then fail "the portable archive has system paths"; fi
echo "packages: $(cd "$out" && ls ./*.deb ./*.tar.gz | tr '\n' ' ')"

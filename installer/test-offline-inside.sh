#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside the clean Debian 12 chroot of test-offline-install.sh, without network. Bash for
# /dev/tcp: a minimal Debian has no curl. Usage: test-offline-inside.sh VERSION
set -euo pipefail
version=$1
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }

step "no network: only the loopback interface exists"
interfaces=$(awk -F: 'NR > 2 { gsub(/ /, "", $1); print $1 }' /proc/net/dev | tr '\n' ' ')
[ "$interfaces" = "lo " ] || fail "network interfaces present: $interfaces"
! dpkg-query -W boli-server >/dev/null 2>&1 || fail "boli-server is already installed in the clean root"

step "install the bundle (server, client, kiosk)"
sh /root/boli-offline.run server client kiosk
dpkg-query -W -f='${Package} ${Version} ${Status}\n' boli-server boli-client boli-kiosk

step "boli-server --version"
out=$(boli-server --version)
[ "$out" = "boli-server $version" ] || fail "boli-server --version printed '$out'"

step "the package set up the user, folders and config"
getent passwd boli >/dev/null || fail "no boli user"
getent passwd boli-kiosk >/dev/null || fail "no boli-kiosk user"
[ "$(stat -c '%U:%G %a' /var/lib/boli)" = "boli:boli 750" ] || fail "/var/lib/boli: $(stat -c '%U:%G %a' /var/lib/boli)"
[ "$(stat -c '%U:%G %a' /etc/boli/boli.ini)" = "root:boli 640" ] || fail "boli.ini: $(stat -c '%U:%G %a' /etc/boli/boli.ini)"
[ ! -e /var/lib/boli/token.key ] || fail "a token key was shipped or made before the first start"
for file in /lib/systemd/system/boli-server.service /lib/systemd/system/boli-kiosk.service \
    /usr/share/boli-kiosk/boli-kiosk-session /etc/default/boli-kiosk /usr/share/applications/boli-client.desktop; do
    [ -e "$file" ] || fail "missing $file"
done
[ -L /etc/systemd/system/multi-user.target.wants/boli-server.service ] || fail "boli-server.service not enabled"
[ -L /etc/systemd/system/multi-user.target.wants/boli-kiosk.service ] || fail "boli-kiosk.service not enabled"

step "start the server from the packaged config as the boli user and ask /health"
port=18080
setpriv --reuid boli --regid boli --init-groups \
    boli-server serve --config /etc/boli/boli.ini --host 127.0.0.1 --port "$port" >/tmp/server.log 2>&1 &
server=$!
source /root/http-get.bash
health=""
for _ in $(seq 1 100); do
    if health=$(http_get "$port" /health 2>/dev/null); then
        break
    fi
    kill -0 "$server" 2>/dev/null || { cat /tmp/server.log; fail "the server exited"; }
    sleep 0.2
done
echo "$health"
echo "$health" | head -n 1 | grep -q ' 200 ' || { cat /tmp/server.log; fail "/health did not answer 200"; }
echo "$health" | grep -q '"status":"ok"' || fail "/health is not ok"
echo "$health" | grep -q '"database":"sqlite"' || fail "/health: not on SQLite"
kill -TERM "$server"
wait "$server" || fail "the server did not stop cleanly on SIGTERM"
[ "$(stat -c '%U %a' /var/lib/boli/token.key)" = "boli 600" ] || fail "token.key: $(stat -c '%U %a' /var/lib/boli/token.key)"
[ -s /var/lib/boli/boli.db ] || fail "no database in /var/lib/boli"

step "boli-client --version (offscreen)"
out=$(QT_QPA_PLATFORM=offscreen boli-client --version)
[ "$out" = "boli-client $version" ] || fail "boli-client --version printed '$out'"

step "the kiosk's QML loads with the packaged modules (boli-client --kiosk, offscreen)"
# --version loads no QML: this catches a QML module missing from boli-client's Depends. main()
# returns 1 at once if Main.qml fails to load; still running when timeout stops it (124) means
# it loaded and is up.
set +e
setpriv --reuid boli-kiosk --regid boli-kiosk --init-groups env HOME=/var/lib/boli-kiosk \
    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
    timeout 20 boli-client --kiosk --server "ws://127.0.0.1:$port/ws" >/tmp/kiosk.log 2>&1
code=$?
set -e
if [ "$code" != 124 ] || grep -q -e 'is not installed' -e 'module .* not found' /tmp/kiosk.log; then
    cat /tmp/kiosk.log
    fail "boli-client --kiosk did not come up (exit $code)"
fi
echo "offline install: all checks passed"

#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests the documented backup and restore: seeds a SQLite server, starts it, backs it up with
# boli-backup while it runs, stops it, restores the backup
# into a fresh data folder, and checks there that boli-server verify-audit passes and the users,
# listings and audit rows are the ones the running server had when the backup was taken.
# Usage: installer/test-backup-restore.sh BOLI_SERVER_BINARY
set -euo pipefail
server=$(realpath "${1:?usage: test-backup-restore.sh BOLI_SERVER_BINARY}")
here=$(cd "$(dirname "$0")" && pwd)
backup_tool="$here/linux/boli-backup"
source "$here/http-get.bash"
work=$(mktemp -d)
pid=""
cleanup() {
    [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
fail() {
    echo "FAIL: $*" >&2
    [ ! -f "$work/server.log" ] || tail -n 20 "$work/server.log" >&2
    exit 1
}
count() { sqlite3 "$1" "SELECT count(*) FROM $2"; }
live="$work/live"
export BOLI_HASH_COST=test BOLI_CONFIG=""

"$server" seed-demo --data-dir "$live" >"$work/seed.log" 2>&1 || fail "seed-demo failed: $(cat "$work/seed.log")"
mkdir -p "$live/media"
echo "photo bytes" >"$live/media/0123abcd"
"$server" --data-dir "$live" --host 127.0.0.1 --port 0 >"$work/server.log" 2>&1 &
pid=$!
port=""
for _ in $(seq 1 100); do
    port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/server.log")
    [ -z "$port" ] || break
    kill -0 "$pid" 2>/dev/null || fail "the server exited"
    sleep 0.1
done
[ -n "$port" ] || fail "the server did not say where it listens"

# The running server holds the database open in WAL mode: the backup must still be consistent.
backup=$("$backup_tool" create --config /dev/null --data-dir "$live" "$work/backups")
[ -f "$backup/boli.db" ] && [ -f "$backup/token.key" ] && [ -f "$backup/media/0123abcd" ] ||
    fail "the backup is incomplete: $(ls -R "$backup")"
users=$(count "$backup/boli.db" users)
listings=$(count "$backup/boli.db" listings)
audit=$(count "$backup/boli.db" audit_log)
[ "$users" -gt 0 ] && [ "$listings" -gt 0 ] && [ "$audit" -gt 0 ] ||
    fail "the backup holds no data (users $users, listings $listings, audit $audit)"
# /health still answers: the backup did not stop or lock out the server.
http_get "$port" /health | grep -q '"status":"ok"' || fail "/health is not ok after the backup"
kill -TERM "$pid"
wait "$pid" || fail "the server did not stop cleanly"
pid=""

restored="$work/restored"
"$backup_tool" restore --config /dev/null --data-dir "$restored" "$backup" >/dev/null
if "$backup_tool" restore --config /dev/null --data-dir "$restored" "$backup" 2>/dev/null; then
    fail "restore overwrote an existing database"
fi
"$server" verify-audit --data-dir "$restored" || fail "verify-audit fails on the restored data"
[ "$(count "$restored/boli.db" users)" = "$users" ] || fail "users differ after restore"
[ "$(count "$restored/boli.db" listings)" = "$listings" ] || fail "listings differ after restore"
[ "$(count "$restored/boli.db" audit_log)" = "$audit" ] || fail "audit rows differ after restore"
cmp -s "$live/token.key" "$restored/token.key" || fail "the token key was not restored"
cmp -s "$live/media/0123abcd" "$restored/media/0123abcd" || fail "media were not restored"
echo "backup and restore: $users users, $listings listings, $audit audit rows restored; audit chain intact"

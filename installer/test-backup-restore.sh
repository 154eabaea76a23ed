#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests the documented backup and restore: seeds a server, starts it, backs it up with
# boli-backup while it runs, stops it, restores the backup into a fresh data folder (and, on
# PostgreSQL, a fresh database), and checks there that boli-server verify-audit passes and the
# users, listings and audit rows are the ones the running server had when the backup was taken.
# Usage: installer/test-backup-restore.sh BOLI_SERVER_BINARY [PG_URL_FILE]
#   without PG_URL_FILE on SQLite (sqlite3 .backup); with it on PostgreSQL (pg_dump/pg_restore),
#   in two new databases on the cluster whose superuser URL the file holds (tests/pgcluster.sh).
set -euo pipefail
server=$(realpath "${1:?usage: test-backup-restore.sh BOLI_SERVER_BINARY}")
here=$(cd "$(dirname "$0")" && pwd)
backup_tool="$here/linux/boli-backup"
source "$here/http-get.bash"
pg_url_file=${2:-}
work=$(mktemp -d)
pid=""
admin_url=""
cleanup() {
    [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
    if [ -n "$admin_url" ]; then
        psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $source_db" -c "DROP DATABASE IF EXISTS $restored_db" \
            >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
fail() {
    echo "FAIL: $*" >&2
    [ ! -f "$work/server.log" ] || tail -n 20 "$work/server.log" >&2
    exit 1
}
live="$work/live"
restored="$work/restored"
export BOLI_HASH_COST=test BOLI_CONFIG=""
if [ -n "$pg_url_file" ]; then
    admin_url=$(cat "$pg_url_file")
    source_db="boli_backup_src_$$"
    restored_db="boli_backup_dst_$$"
    psql -q "$admin_url" -c "CREATE DATABASE $source_db" -c "CREATE DATABASE $restored_db" >/dev/null
    export BOLI_DB="${admin_url%/*}/$source_db"
    restored_url="${admin_url%/*}/$restored_db"
    count() { psql -tA "$1" -c "SELECT count(*) FROM $2"; }
    live_db=$BOLI_DB
    dump=boli.pgdump
else
    restored_url="sqlite:$restored/boli.db"
    count() { sqlite3 "${1#sqlite:}" "SELECT count(*) FROM $2"; }
    live_db="sqlite:$live/boli.db"
    dump=boli.db
fi

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

# The running server holds the database open (WAL on SQLite) and may write at any time (its market
# timer starts and closes auctions): a backup is taken between two equal counts of the rows, so the
# counts are what the backup holds. Three tries in case a write falls in between.
snapshot() { echo "$(count "$live_db" users) $(count "$live_db" listings) $(count "$live_db" audit_log)"; }
for _ in 1 2 3; do
    before=$(snapshot)
    backup=$("$backup_tool" create --config /dev/null --data-dir "$live" --db "$live_db" "$work/backups")
    [ "$(snapshot)" != "$before" ] || break
    rm -rf "$backup"
    backup=""
done
[ -n "$backup" ] || fail "the server wrote during each of three backups"
[ -f "$backup/$dump" ] && [ -f "$backup/token.key" ] && [ -f "$backup/media/0123abcd" ] ||
    fail "the backup is incomplete: $(ls -R "$backup")"
read -r users listings audit <<<"$before"
[ "$users" -gt 0 ] && [ "$listings" -gt 0 ] && [ "$audit" -gt 0 ] ||
    fail "the server holds no data (users $users, listings $listings, audit $audit)"
# /health still answers: the backup did not stop or lock out the server.
http_get "$port" /health | grep -q '"status":"ok"' || fail "/health is not ok after the backup"
kill -TERM "$pid"
wait "$pid" || fail "the server did not stop cleanly"
pid=""

"$backup_tool" restore --config /dev/null --data-dir "$restored" --db "$restored_url" "$backup" >/dev/null
if "$backup_tool" restore --config /dev/null --data-dir "$restored" --db "$restored_url" "$backup" >/dev/null 2>&1; then
    fail "restore overwrote an existing database"
fi
"$server" verify-audit --data-dir "$restored" --db "$restored_url" || fail "verify-audit fails on the restored data"
[ "$(count "$restored_url" users)" = "$users" ] || fail "users differ after restore"
[ "$(count "$restored_url" listings)" = "$listings" ] || fail "listings differ after restore"
[ "$(count "$restored_url" audit_log)" = "$audit" ] || fail "audit rows differ after restore"
cmp -s "$live/token.key" "$restored/token.key" || fail "the token key was not restored"
cmp -s "$live/media/0123abcd" "$restored/media/0123abcd" || fail "media were not restored"
echo "backup and restore (${live_db%%:*}): $users users, $listings listings, $audit audit rows restored; audit chain intact"

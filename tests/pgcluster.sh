#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops a throwaway PostgreSQL cluster for the test run.
#   pgcluster.sh start STATE_DIR   -> writes postgres://postgres@127.0.0.1:PORT/postgres to STATE_DIR/url
#   pgcluster.sh stop STATE_DIR
# PostgreSQL refuses to run as root, so as root the cluster runs as the postgres user in a temporary
# folder that user owns. Any failure exits non-zero: tests that need the cluster then fail, never skip.
set -euo pipefail

action=${1:?usage: pgcluster.sh start|stop STATE_DIR}
state=${2:?usage: pgcluster.sh start|stop STATE_DIR}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$bindir/initdb" ] || { echo "pgcluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "pgcluster: no free port found" >&2
    return 1
}

stop_cluster() {
    [ -f "$state/datadir" ] || return 0
    local data
    data=$(cat "$state/datadir")
    as_owner "$bindir/pg_ctl" -D "$data/pgdata" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$data" "$state/datadir" "$state/url"
}

case "$action" in
start)
    mkdir -p "$state"
    stop_cluster
    data=$(mktemp -d /tmp/boli-pg.XXXXXX)
    chmod 700 "$data"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data"
    echo "$data" >"$state/datadir"
    port=$(free_port)
    as_owner "$bindir/initdb" -D "$data/pgdata" -U postgres -A trust --no-sync -E UTF8 >"$state/initdb.log" 2>&1 \
        || { cat "$state/initdb.log" >&2; exit 1; }
    # Durability of the throwaway cluster itself does not matter; the server's own commits are tested
    # against process crashes, which fsync=off does not weaken.
    as_owner "$bindir/pg_ctl" -D "$data/pgdata" -l "$data/server.log" -w -t 60 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start \
        >/dev/null || { cat "$data/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres" >"$state/url"
    echo "pgcluster: PostgreSQL listening on 127.0.0.1:$port (data in $data)"
    ;;
stop)
    stop_cluster
    echo "pgcluster: stopped"
    ;;
*)
    echo "pgcluster: unknown action '$action'" >&2
    exit 2
    ;;
esac

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, starts boli-server on SQLite in ./var with demo data and, when
# there is a display, the trader desktop client against it.
# Usage: ./run.sh [extra boli-server flags, e.g. --port 9090]
#   BOLI_CLIENT_FLAGS="--kiosk" ./run.sh     start the client in kiosk (or --admin) mode instead
set -eu
cd "$(dirname "$0")"
./scripts/deps.sh
./scripts/build.sh
server=build/server/boli-server
client=build/client/boli-client

# The client must reach the port the server listens on.
port=8080
previous=""
for arg in "$@"; do
    case "$previous" in --port) port="$arg" ;; esac
    case "$arg" in --port=*) port="${arg#--port=}" ;; esac
    previous="$arg"
done

# Seed and serve the same database: any --db or --data-dir given here applies to both.
"$server" seed-demo --data-dir var "$@"
echo "Starting boli-server; it logs the address it listens on (default port 8080, /health and /ws)."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: not starting boli-client (run it on a desktop with: $client --server ws://HOST:$port/ws)."
    exec "$server" --data-dir var "$@"
fi

"$server" --data-dir var "$@" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT INT TERM
# shellcheck disable=SC2086
"$client" --server "ws://127.0.0.1:$port/ws" ${BOLI_CLIENT_FLAGS:-}

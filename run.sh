#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts boli-server on SQLite in ./var with demo data.
# Usage: ./run.sh [extra boli-server flags, e.g. --port 9090]
set -eu
cd "$(dirname "$0")"
./scripts/deps.sh
./scripts/build.sh
server=build/server/boli-server
"$server" seed-demo --data-dir var
port=${BOLI_PORT:-8080}
echo "Starting boli-server on port $port: http://127.0.0.1:$port/health, WebSocket ws://127.0.0.1:$port/ws"
exec "$server" --data-dir var --port "$port" "$@"

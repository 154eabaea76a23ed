#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts boli-server on SQLite in ./var with demo data.
# Usage: ./run.sh [extra boli-server flags, e.g. --port 9090]
set -eu
cd "$(dirname "$0")"
./scripts/deps.sh
./scripts/build.sh
server=build/server/boli-server
# Seed and serve the same database: any --db or --data-dir given here applies to both.
"$server" seed-demo --data-dir var "$@"
echo "Starting boli-server; it logs the address it listens on (default port 8080, /health and /ws)."
exec "$server" --data-dir var "$@"

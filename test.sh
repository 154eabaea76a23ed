#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds once, and runs every test on SQLite and on a throwaway
# PostgreSQL cluster (tests/pgcluster.sh starts and stops it).
set -eu
cd "$(dirname "$0")"
./scripts/deps.sh
./scripts/build.sh
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 300 "$@"
# The libFuzzer targets: a separate clang build, each fuzzed for a short time (scripts/fuzz.sh).
if [ -z "${BOLI_SKIP_FUZZ:-}" ]; then
    cd .. && ./scripts/fuzz.sh
fi

#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang-14 into ./build-fuzz (only what they need) and runs each for
# BOLI_FUZZ_SECONDS (default 45) as CTest entries. Called by test.sh after the normal tests.
# A crash leaves build-fuzz/fuzz/<target>-crash-*: copy it to tests/fuzz/regressions/<corpus>/ so
# tst_fuzzregressions replays it in the normal suite, then fix the bug.
set -eu
cd "$(dirname "$0")/.."
export CCACHE_DIR="${CCACHE_DIR:-$PWD/build/.ccache}"
seconds="${BOLI_FUZZ_SECONDS:-45}"
# -O1 with line tables only: a cold run took 8 min 47 s instead of 14 min 17 s with RelWithDebInfo (2 busy cores),
# and sanitizer reports still name file and line.
flags="-O1 -gline-tables-only"
if [ ! -f build-fuzz/build.ninja ]; then
    CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="$flags" \
        -DBOLI_FUZZ=ON -DBUILD_TESTING=OFF -DBOLI_BUILD_CLIENT=OFF -DBOLI_FUZZ_SECONDS="$seconds"
else
    cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="$flags" -DBOLI_FUZZ_SECONDS="$seconds" >/dev/null
fi
cmake --build build-fuzz --parallel "$(nproc)" --target fuzz_frames fuzz_dispatcher
cd build-fuzz
ctest --output-on-failure --parallel "$(nproc)" -L fuzz

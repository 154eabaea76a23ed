#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every main screen of boli-client in English and Hindi, offscreen, into docs/screenshots/.
# Run after ./scripts/build.sh; commit the PNGs when the screens change.
set -eu
cd "$(dirname "$0")/.."
QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Basic build/tests/e2e/boli-screenshots docs/screenshots

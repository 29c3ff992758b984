#!/usr/bin/env bash
# Renders the hicolor PNG sizes of the application icon from clausewright.svg. The PNGs are
# committed, so building needs no SVG renderer; run this (it needs rsvg-convert, Debian package
# librsvg2-bin) after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" clausewright.svg -o "clausewright-$size.png"
done

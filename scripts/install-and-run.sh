#!/usr/bin/env bash
# README command 1: install what is missing, build in Release, and run the main job on
# the bundled fixtures: newsline build fixtures -o out, then a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DNEWSLINE_TESTS=OFF >/dev/null
cmake --build build --target newsline
./build/newsline build fixtures -o out
echo
./build/newsline summary fixtures --from 2024-12-01 --to 2025-12-31 --by month

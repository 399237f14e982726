#!/usr/bin/env bash
# README command 2: build everything (tests included) and run all tests with CTest.
# NEWSLINE_WERROR=ON makes warnings errors (CI sets it); NEWSLINE_SANITIZE=ON builds with
# AddressSanitizer and UndefinedBehaviorSanitizer (use another NEWSLINE_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build_dir="${NEWSLINE_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${NEWSLINE_BUILD_TYPE:-Release}" -DNEWSLINE_TESTS=ON \
      -DNEWSLINE_WERROR="${NEWSLINE_WERROR:-OFF}" -DNEWSLINE_SANITIZE="${NEWSLINE_SANITIZE:-OFF}" >/dev/null
cmake --build "$build_dir"
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"

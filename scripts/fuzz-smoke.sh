#!/usr/bin/env bash
# scripts/fuzz-smoke.sh: builds the libFuzzer targets in build-fuzz (clang, ASan + UBSan)
# and runs each for FUZZ_SECONDS (default 30) from its seed corpus in tests/fuzz/corpus.
# New corpus entries go to a temporary directory; crash inputs are kept in
# FUZZ_ARTIFACTS (default /tmp/newsline-crashes). FUZZ_WORK names a directory to keep the
# grown corpora and the logs in (default: a temporary one, removed). FUZZ_TARGETS picks
# targets (space-separated); FUZZ_TIMEOUT is the per-input limit in seconds (default 10).
# Exits non-zero when a target crashes.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-30}"
build_dir="${FUZZ_BUILD_DIR:-build-fuzz}"
artifacts="${FUZZ_ARTIFACTS:-/tmp/newsline-crashes}"
read -r -a targets <<<"${FUZZ_TARGETS:-fuzz_decode_split fuzz_timex fuzz_figures fuzz_jsonl fuzz_html fuzz_json_array}"

if ! command -v clang++ >/dev/null 2>&1 || ! command -v clang >/dev/null 2>&1; then
  echo "fuzz-smoke: clang++ not found; skipping (apt-get install clang libclang-rt-14-dev)"
  exit 0
fi

CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNEWSLINE_FUZZ=ON -DNEWSLINE_TESTS=OFF >/dev/null
cmake --build "$build_dir" -j 2 --target "${targets[@]}"

mkdir -p "$artifacts"
if [ -n "${FUZZ_WORK:-}" ]; then
  work="$FUZZ_WORK"
  mkdir -p "$work"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/newsline-fuzz.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi

failed=()
for t in "${targets[@]}"; do
  mkdir -p "$work/$t"
  echo "== $t (${seconds}s)"
  if ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
      "$build_dir/tests/fuzz/$t" -max_total_time="$seconds" -max_len=4096 -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$artifacts/$t-" "$work/$t" "tests/fuzz/corpus/$t" \
      >"$work/$t.log" 2>&1; then
    grep -E '^#[0-9]+[[:space:]]+DONE' "$work/$t.log" || tail -n 3 "$work/$t.log"
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$work/$t.log" || true
  else
    failed+=("$t")
    echo "fuzz-smoke: $t crashed; input in $artifacts, log follows"
    # The cause and the frames in this tree (tests/fuzz, core, extract, export).
    grep -E "what\(\)|runtime error|ERROR:|SUMMARY|Test unit written|$PWD/" "$work/$t.log" | head -n 30 \
      || tail -n 40 "$work/$t.log"
  fi
done

if ((${#failed[@]})); then
  echo "fuzz-smoke: crashes in: ${failed[*]}"
  exit 1
fi
echo "fuzz-smoke: all targets ran ${seconds}s without a crash"

#!/usr/bin/env bash
# scripts/bench-corpus.sh: end-to-end throughput of `newsline extract` over the shared
# corpus (../shared/corpus/news-{zh,en}.jsonl.gz, decompressed before timing), or over
# fixtures/articles.jsonl repeated to ~20 MB when ../shared is absent. Builds Release with
# the benchmarks in build-bench/, then prints input MB, seconds, MB/s, documents/s, peak
# RSS and the exit status per corpus. Installs nothing; writes only build-bench/ and a
# temporary directory that is removed at the end.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
corpus_dir="$root/../shared/corpus"
jobs_build=2

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DNEWSLINE_BENCH=ON -DNEWSLINE_TESTS=OFF >/dev/null
cmake --build build-bench -j "$jobs_build" >/dev/null
bin="$root/build-bench/newsline"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/newsline-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

have_gnu_time=1
if [[ ! -x /usr/bin/time ]]; then
  have_gnu_time=0
  echo "note: /usr/bin/time is missing: timing with bash's clock, peak RSS not measured"
fi

# run_one NAME FILE: times `newsline extract --jobs 1 FILE` (output to /dev/null) and prints one report.
run_one() {
  local name="$1" input="$2"
  local bytes docs status seconds cpu rss_kb
  bytes=$(stat -c %s "$input")
  docs=$(grep -c . "$input" || true)  # JSON Lines: one document per non-empty line
  status=0
  if ((have_gnu_time)); then
    /usr/bin/time -v -o "$tmp/time.txt" "$bin" extract --jobs 1 "$input" >/dev/null 2>"$tmp/stderr.txt" || status=$?
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
                n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$tmp/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$tmp/time.txt")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time.txt")
    if grep -q 'terminated by signal' "$tmp/time.txt"; then
      status="$(grep -o 'signal [0-9]*' "$tmp/time.txt" | head -n 1)"
    fi
  else
    local start end
    start=$(date +%s.%N)
    "$bin" extract --jobs 1 "$input" >/dev/null 2>"$tmp/stderr.txt" || status=$?
    end=$(date +%s.%N)
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
    cpu=""
    rss_kb=""
  fi
  local problems
  problems=$(grep -c . "$tmp/stderr.txt" || true)
  awk -v name="$name" -v bytes="$bytes" -v docs="$docs" -v s="$seconds" -v cpu="$cpu" -v rss="$rss_kb" \
      -v status="$status" -v problems="$problems" 'BEGIN {
    mb = bytes / 1e6
    printf "%-8s input %7.1f MB  %7d docs  %7.2f s", name, mb, docs, s
    if (cpu != "") printf " (cpu %.2f s)", cpu
    printf "  %6.2f MB/s  %7.0f docs/s  ", mb / s, docs / s
    if (rss != "") printf "peak RSS %7.1f MiB  ", rss / 1024; else printf "peak RSS        n/a  "
    printf "exit %s  stderr lines %d\n", status, problems
  }'
  if [[ "$status" != 0 && "$status" != 1 ]]; then
    echo "  warning: exit $status: the run may have stopped early; MB/s and docs/s assume the whole input was read"
  fi
  if [[ "$problems" -gt 0 ]]; then
    echo "  first stderr lines:"
    head -n 3 "$tmp/stderr.txt" | sed 's/^/    /'
  fi
}

echo "newsline $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'): extract --jobs 1, MB = 10^6 bytes"
if [[ -d "$corpus_dir" ]]; then
  for lang in zh en; do
    zcat "$corpus_dir/news-$lang.jsonl.gz" >"$tmp/news-$lang.jsonl"
    run_one "news-$lang" "$tmp/news-$lang.jsonl"
    rm -f "$tmp/news-$lang.jsonl"
  done
else
  echo "note: $corpus_dir is absent: using fixtures/articles.jsonl repeated to ~20 MB"
  articles="$root/fixtures/articles.jsonl"
  target=$((20 * 1000 * 1000))
  copies=$(( (target + $(stat -c %s "$articles") - 1) / $(stat -c %s "$articles") ))
  awk -v copies="$copies" '{ line[NR] = $0 } END { for (c = 0; c < copies; ++c) for (i = 1; i <= NR; ++i) print line[i] }' \
    "$articles" >"$tmp/articles.jsonl"
  run_one "fixtures" "$tmp/articles.jsonl"
fi

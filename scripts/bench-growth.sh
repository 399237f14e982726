#!/usr/bin/env bash
# scripts/bench-growth.sh: how the cost of `newsline extract` grows with the input.
#   1. JSON Lines inputs of about 10 MB, 100 MB and 1 GB (the shared Chinese corpus repeated,
#      or fixtures/articles.jsonl when ../shared is absent): seconds, MB/s, peak RSS, with
#      --jobs 1 and --jobs 2 (NEWSLINE_GROWTH_SIZES="10 100" to skip the 1 GB run).
#   2. One document of 1, 2, 4 and 8 MB (a single line of market news): the cost of one
#      long document must grow linearly too.
#   3. `newsline build` (extract, link, write timeline.json and the CSV files) on the same
#      inputs with --jobs 2, and its time against `extract --jobs 2`. A repeated corpus is
#      the same documents read again, which build keeps once; so build also runs on the
#      input with each copy's document ids made distinct ("r2-…"): every story then told by
#      as many sources as there are copies, the hardest case for linking.
# Uses build/newsline (README's test command builds it); writes only a temporary directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${NEWSLINE_BIN:-$root/build/newsline}"
[[ -x "$bin" ]] || { echo "bench-growth: $bin not built (bash scripts/test.sh builds it)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench-growth: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
tmp="$(mktemp -d "${TMPDIR:-/tmp}/newsline-growth.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

corpus="$root/../shared/corpus/news-zh.jsonl.gz"
if [[ -f "$corpus" ]]; then
  zcat "$corpus" > "$tmp/base.jsonl"
else
  echo "note: ../shared is absent: repeating fixtures/articles.jsonl"
  cp "$root/fixtures/articles.jsonl" "$tmp/base.jsonl"
fi

# make_input MB FILE [distinct]: the base corpus repeated and cut at a line to about MB
# megabytes; with "distinct", copy k's document ids start with "rk-".
make_input() {
  local mb="$1" out="$2" distinct="${3:-}" want copy=0
  want=$((mb * 1000 * 1000))
  : > "$out"
  while (( $(stat -c %s "$out") < want )); do
    copy=$((copy + 1))
    if [[ -n "$distinct" && $copy -gt 1 ]]; then
      sed "s/\"id\": *\"/&r$copy-/" "$tmp/base.jsonl" >> "$out"
    else
      cat "$tmp/base.jsonl" >> "$out"
    fi
  done
  head -c "$want" "$out" | head -n -1 > "$out.cut" && mv "$out.cut" "$out"
}

measure() {  # measure LABEL FILE ARGS...: one line of results (NEWSLINE_CMD: extract or build)
  local label="$1" input="$2"
  shift 2
  if [[ "${NEWSLINE_CMD:-extract}" == build ]]; then
    rm -rf "$tmp/out"
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" build -o "$tmp/out" "$@" "$input" > /dev/null 2> "$tmp/err" || true
  else
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" extract "$@" "$input" > /dev/null 2> "$tmp/err" || true
  fi
  read -r seconds rss_kb < "$tmp/time"
  last_seconds="$seconds"
  awk -v l="$label" -v b="$(stat -c %s "$input")" -v s="$seconds" -v r="$rss_kb" \
    'BEGIN { printf "%-28s %9.1f MB %8.2f s %8.2f MB/s %8.0f MB peak RSS\n", l, b / 1e6, s, b / 1e6 / s, r / 1024 }'
}

against_extract() {  # the last measure's time against $extract_seconds
  awk -v b="$last_seconds" -v e="$extract_seconds" 'BEGIN { printf "%-28s %9.2fx extract --jobs 2\n", "  build against extract", b / e }'
}

echo "== JSON Lines input of growing size (extract, then build)"
for mb in ${NEWSLINE_GROWTH_SIZES:-10 100 1000}; do
  make_input "$mb" "$tmp/in.jsonl"
  measure "${mb} MB, --jobs 1" "$tmp/in.jsonl" --jobs 1
  measure "${mb} MB, --jobs 2" "$tmp/in.jsonl" --jobs 2
  extract_seconds="$last_seconds"
  NEWSLINE_CMD=build measure "${mb} MB, build --jobs 2" "$tmp/in.jsonl" --jobs 2
  against_extract
  make_input "$mb" "$tmp/in.jsonl" distinct
  NEWSLINE_CMD=build measure "${mb} MB, ids distinct, build" "$tmp/in.jsonl" --jobs 2
  against_extract
  rm -rf "$tmp/out"
done
rm -f "$tmp/in.jsonl"

echo "== one document of growing size (--max-doc-bytes raised to 16 MiB)"
sentence='昨晚，标准普尔500指数下跌1.11%，10年期美债收益率升至4.6%，英伟达斥资1.2亿美元收购一家公司。'
for mb in 1 2 4 8; do
  python3 -c "import sys; s=sys.argv[1]; n=int(sys.argv[2])*1000*1000; print((s*(n//len(s.encode())+1)).encode()[:n].decode('utf-8','ignore'), end='')" \
    "$sentence" "$mb" > "$tmp/doc.txt"
  measure "one ${mb} MB document" "$tmp/doc.txt" --jobs 1 --anchor 2024-12-28 --max-doc-bytes 16777216
done

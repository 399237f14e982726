#!/usr/bin/env bash
# scripts/bench-pathological.sh: `newsline extract --jobs 1` on hostile documents of about
# 4 MB each (one pattern repeated: dates without end, one endless sentence, no punctuation,
# a single character, unclosed or nested HTML tags). Every pass is meant to be O(n log n),
# so each should take a second or two, like 4 MB of ordinary news; prints seconds and peak RSS.
#   NEWSLINE_PATHOLOGICAL_MB=1        size of each document (default 4)
#   NEWSLINE_PATHOLOGICAL_TIMEOUT=60  seconds before a run is stopped (printed as "timeout")
#   NEWSLINE_PATHOLOGICAL_ONLY=zh-    run only the patterns whose name starts with this
# Uses build/newsline (or NEWSLINE_BIN); writes only a temporary directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${NEWSLINE_BIN:-$root/build/newsline}"
[[ -x "$bin" ]] || { echo "bench-pathological: $bin not built (bash scripts/test.sh builds it)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench-pathological: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
command -v python3 > /dev/null || { echo "bench-pathological: needs python3" >&2; exit 1; }
tmp="$(mktemp -d "${TMPDIR:-/tmp}/newsline-pathological.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mb="${NEWSLINE_PATHOLOGICAL_MB:-4}"
limit="${NEWSLINE_PATHOLOGICAL_TIMEOUT:-60}"
only="${NEWSLINE_PATHOLOGICAL_ONLY:-}"

# make NAME PREFIX UNIT [SUFFIX]: FILE = PREFIX, then UNIT repeated to about MB megabytes,
# then SUFFIX (python literals).
make() {
  python3 - "$tmp/$1" "$mb" "$2" "$3" "${4:-''}" << 'EOF'
import ast, sys
path, mb = sys.argv[1], float(sys.argv[2])
prefix, unit, suffix = (ast.literal_eval(a) for a in sys.argv[3:6])
want = int(mb * 1e6)
n = max(1, (want - len(prefix.encode()) - len(suffix.encode())) // len(unit.encode()))
with open(path, "w", encoding="utf-8") as f:
    f.write(prefix + unit * n + suffix)
EOF
}

run() {  # run NAME: one line of results
  local name="$1" input="$tmp/$1" status=0 size events warnings
  [[ -z "$only" || "$name" == "$only"* ]] || return 0
  /usr/bin/time -f '%e s %M KB' -o "$tmp/time" timeout "$limit" "$bin" extract --jobs 1 "$input" > "$tmp/out" 2> "$tmp/err" ||
    status=$?
  size="$(stat -c %s "$input" | awk '{ printf "%.1f", $1 / 1e6 }')"
  if [[ $status -eq 124 ]]; then
    printf '%-20s %5s MB   timeout (> %s s)\n' "$name" "$size" "$limit"
    return 0
  fi
  events="$(grep -o '"trigger":' "$tmp/out" | wc -l || true)"
  warnings="$(grep -c ': warning: ' "$tmp/err" || true)"
  printf '%-20s %5s MB %20s %7s events %2s warnings\n' "$name" "$size" "$(tail -n 1 "$tmp/time")" "$events" "$warnings"
}

# Dates and triggers without end in one sentence, Chinese and English.
make zh-yesterday.txt "''" "'昨天，'"
make zh-dated-rise.txt "''" "'2024年1月2日上涨3.5%，'"
make en-yesterday.txt "''" "'yesterday, stocks rose 1%, '"
# No punctuation at all; only full stops; one character; digits; markup in a text file.
make zh-no-punct.txt "''" "'昨天股市上涨三个百分点'"
make en-no-punct.txt "''" "'yesterday stocks rose one percent '"
make zh-full-stops.txt "''" "'。'"
make zh-year.txt "''" "'年'"
make digits.txt "''" "'1'"
make tags-as-text.txt "''" "'<b id=x>'"
# A results table of one row repeated (each row joins the table's event).
make table-rows.txt "'Shr 1.20 dlrs vs 1.10 dlrs\n'" "'Revs 337.3 mln vs 315.2 mln\n'"
# HTML that gumbo reads in quadratic time or memory: unclosed formatting tags, nesting.
make unclosed-b.html "'<html><body>'" "'<b id=x>a'"
make nested-div.html "''" "'<div>'" "'2024年1月2日沪指上涨3.5%。'"
make nested-table.html "''" "'<table><tr><td>'" "'2024年1月2日沪指上涨3.5%。'"

echo "newsline extract --jobs 1, one document of about $mb MB each (timeout $limit s)"
for f in zh-yesterday.txt zh-dated-rise.txt en-yesterday.txt zh-no-punct.txt en-no-punct.txt zh-full-stops.txt \
         zh-year.txt digits.txt tags-as-text.txt table-rows.txt unclosed-b.html nested-div.html nested-table.html; do
  run "$f"
done

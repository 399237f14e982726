#!/usr/bin/env bash
# bench/peers/run.sh: newsline against two peer date-time parsers from npm, chrono-node
# (chrono.zh / chrono.en) and Microsoft Recognizers-Text (Chinese / English DateTime model),
# on the same input in the same run. Times `newsline extract --jobs 1` and each peer
# (bench/peers/peer_bench.js) with /usr/bin/time -v, then prints input MB, documents,
# seconds, MB/s, documents/s, peak RSS, matches and "newsline N× faster" (or slower) per peer.
#
# Input: ../shared/corpus/news-zh.jsonl.gz (and news-en.jsonl.gz with --en), decompressed
# into a temporary directory and cut to --limit articles taken evenly through the file
# (the corpus is grouped by source); fixtures/articles.jsonl repeated to ~2 MB when
# ../shared is absent ($NEWSLINE_CORPUS_DIR overrides ../shared/corpus). The peers live
# outside the work tree, in $NEWSLINE_PEERS_DIR (default ~/.cache/newsline-peers); nothing
# is installed unless --install is given, and a peer that is not installed is skipped.
# Writes only the temporary directory (removed at the end) and, with --install, the peers
# directory. See bench/peers/README.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

usage() {
  cat <<EOF
usage: bash bench/peers/run.sh [--install] [--newsline PATH] [--limit N] [--en] [--en-limit N]
                               [--first] [--peers LIST] [--peers-dir DIR]
  --install       npm install the peers (bench/peers/package.json) into the peers directory first
  --newsline PATH newsline binary (default: \$NEWSLINE_BIN, else the newer of build-bench/newsline and build/newsline)
  --limit N       Chinese articles to run (default 40000 of 221,591; 0: the whole corpus)
  --en            also run the English corpus through newsline, chrono.en and Recognizers English
  --en-limit N    English articles to run (default 1000 of 21,907; 0: all). Recognizers' English
                  model is ~10× slower than its Chinese one and superlinear on long documents
  --first         take the first N articles instead of N spread evenly through the file
  --peers LIST    peers to run, comma-separated: chrono, recognizers (default: both)
  --peers-dir DIR where the peers are installed (default: \$NEWSLINE_PEERS_DIR, else
                  ~/.cache/newsline-peers)
Run it niced on a shared machine: nice -n 10 bash bench/peers/run.sh
EOF
}

install=0
newsline="${NEWSLINE_BIN:-}"
limit_zh=40000
limit_en=1000
with_en=0
sample=spread
peers=chrono,recognizers
peers_dir="${NEWSLINE_PEERS_DIR:-$HOME/.cache/newsline-peers}"
corpus_dir="${NEWSLINE_CORPUS_DIR:-$root/../shared/corpus}"
while (($#)); do
  case "$1" in
    --install) install=1 ;;
    --newsline) newsline="${2:?--newsline needs a path}"; shift ;;
    --limit) limit_zh="${2:?--limit needs a count}"; shift ;;
    --en) with_en=1 ;;
    --en-limit) limit_en="${2:?--en-limit needs a count}"; shift ;;
    --first) sample=first ;;
    --peers) peers="${2:?--peers needs a list}"; shift ;;
    --peers-dir) peers_dir="${2:?--peers-dir needs a directory}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
IFS=, read -r -a peer_list <<<"$peers"
for peer in "${peer_list[@]}"; do
  [[ "$peer" == chrono || "$peer" == recognizers ]] || { echo "run.sh: unknown peer '$peer'" >&2; exit 2; }
done
for n in "$limit_zh" "$limit_en"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "run.sh: a limit is a count of articles, not '$n'" >&2; exit 2; }
done

if [[ -z "$newsline" ]]; then
  # The newer of the two builds: a stale build-bench binary would time old code.
  newsline="$root/build-bench/newsline"
  if [[ ! -x "$newsline" || ( -x "$root/build/newsline" && "$root/build/newsline" -nt "$newsline" ) ]]; then
    newsline="$root/build/newsline"
  fi
fi
if [[ ! -x "$newsline" ]]; then
  echo "run.sh: no newsline binary at $newsline: build it (README.md) or pass --newsline PATH" >&2
  exit 2
fi

have_node=1
command -v node >/dev/null || have_node=0
if ((install)); then
  command -v npm >/dev/null || { echo "run.sh: --install needs npm" >&2; exit 2; }
  mkdir -p "$peers_dir"
  cp "$here/package.json" "$peers_dir/package.json"
  echo "installing the peers into $peers_dir"
  npm install --prefix "$peers_dir" --no-audit --no-fund --loglevel=error
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/newsline-peers.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

have_gnu_time=1
if [[ ! -x /usr/bin/time ]]; then
  have_gnu_time=0
  echo "note: /usr/bin/time is missing: timing with bash's clock, peak RSS not measured"
fi

# timed OUT ERR CMD...: runs CMD with stdout to OUT and stderr to ERR, and sets `seconds`,
# `rss_kb` (empty without GNU time) and `status` (exit code, or "signal N").
timed() {
  local out="$1" err="$2"
  shift 2
  status=0
  if ((have_gnu_time)); then
    /usr/bin/time -v -o "$tmp/time.txt" "$@" >"$out" 2>"$err" || status=$?
    # Elapsed (wall clock) is [h:]mm:ss.ss
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
                n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$tmp/time.txt")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time.txt")
    if grep -q 'terminated by signal' "$tmp/time.txt"; then
      status="$(grep -o 'signal [0-9]*' "$tmp/time.txt" | head -n 1)"
    fi
  else
    local start end
    start=$(date +%s.%N)
    "$@" >"$out" 2>"$err" || status=$?
    end=$(date +%s.%N)
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
    rss_kb=""
  fi
}

# field KEY FILE: the value of KEY=value in the one-line report FILE.
field() {
  tr ' ' '\n' <"$2" | awk -F= -v key="$1" '$1 == key { print substr($0, length(key) + 2) }'
}

# Table rows, one per tool run: lang, tool, input bytes, docs, seconds, peak RSS KiB, matches,
# and for a peer its parsing seconds (start-up and model building left out).
rows="$tmp/rows.tsv"
: >"$rows"

# sample_lines LIMIT IN OUT: the LIMIT articles of IN (all for 0) into OUT, the first ones
# with --first, else every k-th line so that each source of the corpus keeps its share.
sample_lines() {
  local limit="$1" in="$2" out="$3" total
  total=$(wc -l <"$in")
  if ((limit == 0 || limit >= total)); then
    mv "$in" "$out"
  elif [[ "$sample" == first ]]; then
    head -n "$limit" "$in" >"$out"
  else
    awk -v step=$((total / limit)) -v limit="$limit" \
      '(NR - 1) % step == 0 && taken < limit { print; ++taken }' "$in" >"$out"
  fi
  rm -f "$in"
}

# fixture_corpus LANG BYTES OUT: the fixtures/articles.jsonl lines of LANG repeated to ~BYTES.
fixture_corpus() {
  local lang="$1" target="$2" out="$3"
  grep -F "\"lang\": \"$lang\"" "$root/fixtures/articles.jsonl" >"$tmp/fixture-$lang.jsonl" || true
  [[ -s "$tmp/fixture-$lang.jsonl" ]] || cp "$root/fixtures/articles.jsonl" "$tmp/fixture-$lang.jsonl"
  local size copies
  size=$(stat -c %s "$tmp/fixture-$lang.jsonl")
  copies=$(( (target + size - 1) / size ))
  awk -v copies="$copies" '{ line[NR] = $0 } END { for (c = 0; c < copies; ++c) for (i = 1; i <= NR; ++i) print line[i] }' \
    "$tmp/fixture-$lang.jsonl" >"$out"
}

# run_newsline LANG FILE: times newsline on FILE and counts what it found (untimed).
run_newsline() {
  local lang="$1" input="$2"
  echo "  newsline extract --jobs 1 …"
  timed "$tmp/newsline.jsonl" "$tmp/newsline.err" "$newsline" extract --jobs 1 "$input"
  if [[ "$status" != 0 && "$status" != 1 ]]; then
    echo "  warning: newsline exited with $status: its numbers are for a partial run"
    head -n 3 "$tmp/newsline.err" | sed 's/^/    /'
  fi
  local docs="?" timexes="?"
  if ((have_node)); then
    node "$here/count_newsline.js" "$tmp/newsline.jsonl" >"$tmp/count.txt"
    docs=$(field docs "$tmp/count.txt")
    timexes=$(field timexes "$tmp/count.txt")
    echo "    found $(tr ' ' '\n' <"$tmp/count.txt" | grep -v -e '^docs=' -e '^bad_lines=0' | tr '\n' ' ')"
  fi
  rm -f "$tmp/newsline.jsonl"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$lang" newsline "$(stat -c %s "$input")" "$docs" "$seconds" \
    "$rss_kb" "$timexes" "$seconds" >>"$rows"
}

# run_peer LANG PEER FILE: times peer_bench.js --peer PEER on FILE; skips a missing peer.
run_peer() {
  local lang="$1" peer="$2" input="$3"
  if ((!have_node)); then
    echo "  $peer: skipped (node is not installed)"
    return
  fi
  local check_status=0
  node "$here/peer_bench.js" --peer "$peer" --peers-dir "$peers_dir" --check >"$tmp/check.txt" 2>&1 \
    || check_status=$?
  if ((check_status == 3)); then
    echo "  $peer: skipped: $(sed 's/^peer_bench: //' "$tmp/check.txt")"
    return
  elif ((check_status != 0)); then
    echo "  $peer: skipped: it does not load:"
    sed 's/^/    /' "$tmp/check.txt"
    return
  fi
  echo "  $(cat "$tmp/check.txt") …"
  timed "$tmp/peer.txt" "$tmp/peer.err" node "$here/peer_bench.js" --peer "$peer" --peers-dir "$peers_dir" "$input"
  if [[ "$status" != 0 ]]; then
    echo "  warning: $peer exited with $status: no numbers"
    head -n 3 "$tmp/peer.err" | sed 's/^/    /'
    return
  fi
  echo "    start-up (load + build model) $(field load_s "$tmp/peer.txt") s, parsing $(field seconds "$tmp/peer.txt") s" \
       "of $(field text_mb "$tmp/peer.txt") MB of title + text," \
       "slowest article $(field slowest_ms "$tmp/peer.txt") ms ($(field slowest_id "$tmp/peer.txt")), errors $(field errors "$tmp/peer.txt")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$lang" "$peer" "$(stat -c %s "$input")" "$(field docs "$tmp/peer.txt")" \
    "$seconds" "$rss_kb" "$(field matches "$tmp/peer.txt")" "$(field seconds "$tmp/peer.txt")" >>"$rows"
}

# run_language LANG LIMIT: builds the input of LANG, then runs newsline and the two peers on it.
run_language() {
  local lang="$1" limit="$2" input="$tmp/input-$1.jsonl"
  local gz="$corpus_dir/news-$lang.jsonl.gz"
  if [[ -f "$gz" ]]; then
    zcat "$gz" >"$tmp/full-$lang.jsonl"
    sample_lines "$limit" "$tmp/full-$lang.jsonl" "$input"
    local how="spread evenly through"
    [[ "$sample" == first ]] && how="first of"
    ((limit == 0)) && how="all of"
    echo "$lang: $(wc -l <"$input") articles ($how ${gz#"$root/"}), $(awk -v b="$(stat -c %s "$input")" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
  else
    local target=$((2 * 1000 * 1000))
    [[ "$lang" == en ]] && target=$((500 * 1000))
    fixture_corpus "$lang" "$target" "$tmp/full-$lang.jsonl"
    sample_lines "$limit" "$tmp/full-$lang.jsonl" "$input"
    echo "$lang: $gz is absent: fixtures/articles.jsonl ($lang) repeated, $(wc -l <"$input") articles"
  fi
  run_newsline "$lang" "$input"
  local peer
  for peer in chrono recognizers; do
    if [[ ",$peers," == *",$peer,"* ]]; then run_peer "$lang" "$peer-$lang" "$input"; fi
  done
  rm -f "$input"
}

echo "newsline: $newsline, built $(date -r "$newsline" '+%F %H:%M'), work tree at" \
     "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "peers: $peers_dir, node $(node --version 2>/dev/null || echo 'absent'); MB = 10^6 bytes"
run_language zh "$limit_zh"
if ((with_en)); then run_language en "$limit_en"; fi

echo
awk -F'\t' '
  function mb(bytes) { return bytes / 1e6 }
  # ratio = peer seconds / newsline seconds on the same input
  function verdict(ratio) {
    return ratio >= 1 ? sprintf("newsline %.1f× faster", ratio) : sprintf("newsline %.1f× slower", 1 / ratio)
  }
  # seconds below the 0.01 s resolution of GNU time count as 0.01
  function at_least_tick(seconds) { return seconds > 0.01 ? seconds : 0.01 }
  { lang[NR] = $1; tool[NR] = $2; bytes[NR] = $3; docs[NR] = $4; s[NR] = at_least_tick($5); rss[NR] = $6
    matches[NR] = $7; parse_s[NR] = at_least_tick($8)
    if ($2 == "newsline") newsline_s[$1] = s[NR] }
  END {
    printf "%-15s %8s %7s %8s %8s %7s %8s %8s  %-22s %s\n", "tool", "input MB", "docs", "seconds", "MB/s", "docs/s",
           "RSS MiB", "matches", "newsline vs tool", "peer start-up left out"
    for (i = 1; i <= NR; ++i) {
      printf "%-15s %8.2f %7s %8.2f %8.3f %7.0f %8s %8s  ", (tool[i] == "newsline" ? "newsline-" lang[i] : tool[i]),
             mb(bytes[i]), docs[i], s[i], mb(bytes[i]) / s[i], docs[i] / s[i],
             (rss[i] == "" ? "n/a" : sprintf("%.1f", rss[i] / 1024)), matches[i]
      if (tool[i] == "newsline") print "-"
      else if (lang[i] in newsline_s)
        printf "%-22s %s\n", verdict(s[i] / newsline_s[lang[i]]), verdict(parse_s[i] / newsline_s[lang[i]])
      else print "?"
    }
  }' "$rows"
echo "seconds: wall clock of the whole process, start-up included (node, loading the peer, building its model);"
echo "the last column compares with the peer's parsing time alone (newsline's start-up is kept)."
echo "RSS: peak resident set size."
echo "matches: newsline's time expressions, the peers' date-time results; newsline also extracts figures,"
echo "entities and events in its time."

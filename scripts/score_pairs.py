#!/usr/bin/env python3
"""Merge precision and recall of a build against the labelled mention pairs (bench/pairs).

  score_pairs.py --timeline OUT/timeline.json [--pairs bench/pairs/pairs.tsv] [-v]
  score_pairs.py --newsline build/newsline --input FILE [FILE...] [--pairs ...] [-v]

Each side of a pair is a mention: a document id and a code-point span of the record text. A
mention maps to the event whose source (same document, overlapping span; the largest overlap
wins) holds it; a pair is "merged" when both sides map to the same event. A mention no event holds
any more (the extractor changed, or the document was dropped as a copy) makes its pair "missing":
it is counted and left out of precision and recall.

  merge precision = pairs labelled same and merged / pairs merged
  merge recall    = pairs labelled same and merged / pairs labelled same

-v lists the wrong pairs (merged but different; same but not merged) and the missing ones, with
their labelling reasons. The exit status is 0 whatever the scores; 2 when an input is unreadable.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

DEFAULT_PAIRS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "pairs", "pairs.tsv")
COLUMNS = ["pair", "doc_a", "start_a", "end_a", "doc_b", "start_b", "end_b", "label", "category", "reason"]


def read_pairs(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    if not lines or lines[0].split("\t") != COLUMNS:
        raise ValueError(f"{path}: the header must be {' '.join(COLUMNS)}")
    pairs = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise ValueError(f"{path}:{n}: {len(cells)} columns, expected {len(COLUMNS)}")
        row = dict(zip(COLUMNS, cells))
        if row["label"] not in ("same", "different"):
            raise ValueError(f"{path}:{n}: label must be same or different, not {row['label']!r}")
        row["a"] = (row["doc_a"], int(row["start_a"]), int(row["end_a"]))
        row["b"] = (row["doc_b"], int(row["start_b"]), int(row["end_b"]))
        pairs.append(row)
    return pairs


def source_index(timeline):
    """doc id -> [(start, end, event id)] over every event's sources."""
    index = collections.defaultdict(list)
    for ev in timeline.get("events", []):
        for s in ev.get("sources", []):
            if "start" in s and "end" in s:
                index[s["doc"]].append((s["start"], s["end"], ev["id"]))
    return index


def event_of(index, mention):
    doc, start, end = mention
    best, best_overlap = None, 0
    for s, e, eid in index.get(doc, ()):
        overlap = min(end, e) - max(start, s)
        if overlap > best_overlap:
            best, best_overlap = eid, overlap
    return best


def ratio(num, den):
    return f"{num / den:.3f} ({num}/{den})" if den else "n/a (0/0)"


def score(timeline, pairs, verbose, out):
    index = source_index(timeline)
    per_cat = collections.OrderedDict()
    wrong, missing = [], []
    totals = collections.Counter()
    for p in pairs:
        cat = per_cat.setdefault(p["category"], collections.Counter())
        cat["pairs"] += 1
        ea, eb = event_of(index, p["a"]), event_of(index, p["b"])
        if ea is None or eb is None:
            cat["missing"] += 1
            totals["missing"] += 1
            missing.append(p)
            continue
        same, merged = p["label"] == "same", ea == eb
        for c in (cat, totals):
            c["found"] += 1
            c["same"] += same
            c["merged"] += merged
            c["same_merged"] += same and merged
        if same != merged:
            wrong.append((p, "merged but different" if merged else "same but not merged"))

    out.write(f"pairs: {len(pairs)} (found {totals['found']}, missing {totals['missing']})\n")
    out.write(f"merged: {totals['merged']} of {totals['found']} found pairs\n")
    out.write(f"merge precision: {ratio(totals['same_merged'], totals['merged'])}\n")
    out.write(f"merge recall: {ratio(totals['same_merged'], totals['same'])}\n")
    out.write(f"{'category':<12} {'pairs':>5} {'missing':>7} {'same':>5} {'merged':>6} {'same&merged':>11}\n")
    for name, c in per_cat.items():
        out.write(f"{name:<12} {c['pairs']:>5} {c['missing']:>7} {c['same']:>5} {c['merged']:>6} "
                  f"{c['same_merged']:>11}\n")
    if verbose:
        for p, why in wrong:
            out.write(f"wrong {p['pair']} [{p['category']}] {why}: {p['reason']}\n")
        for p in missing:
            out.write(f"missing {p['pair']} [{p['category']}] {p['doc_a']}:{p['start_a']}-{p['end_a']} "
                      f"{p['doc_b']}:{p['start_b']}-{p['end_b']}\n")


def build_timeline(newsline, inputs, tmp):
    out_dir = os.path.join(tmp, "out")
    cmd = [newsline, "build", *inputs, "-o", out_dir, "--format", "json"]
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise OSError(f"{' '.join(cmd)} failed ({result.returncode}): {result.stderr.strip()}")
    return os.path.join(out_dir, "timeline.json")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--timeline", help="timeline.json of a build")
    p.add_argument("--newsline", help="newsline binary: build --input into a temporary directory first")
    p.add_argument("--input", nargs="+", help="input files for --newsline")
    p.add_argument("--pairs", default=DEFAULT_PAIRS)
    p.add_argument("-v", "--verbose", action="store_true", help="list wrong and missing pairs")
    args = p.parse_args()
    if bool(args.timeline) == bool(args.newsline) or (args.newsline and not args.input):
        p.error("give --timeline, or --newsline with --input")
    try:
        pairs = read_pairs(args.pairs)
        with tempfile.TemporaryDirectory(prefix="score-pairs-") as tmp:
            path = args.timeline or build_timeline(args.newsline, args.input, tmp)
            with open(path, encoding="utf-8") as f:
                timeline = json.load(f)
    except (OSError, ValueError) as e:  # json.JSONDecodeError is a ValueError
        print(f"score_pairs: {e}", file=sys.stderr)
        return 2
    score(timeline, pairs, args.verbose, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

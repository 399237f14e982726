#!/usr/bin/env python3
"""Draw the 50-article hand-read sample of issue #28 and print it for reading.

Reproducible: a fixed seed, sources read in file order, articles longer than
MAX_CHARS skipped before drawing (so a reader can get through all 50).

  scripts/events_sample.py sample  OUT.jsonl          # draw the articles
  newsline extract OUT.jsonl > EV.jsonl              # extract
  scripts/events_sample.py show OUT.jsonl EV.jsonl    # text + events per article
"""
import gzip
import json
import random
import sys

SEED = 28
MAX_CHARS = 1500
ZH = "/work/shared/corpus/news-zh.jsonl.gz"
EN = "/work/shared/corpus/news-en.jsonl.gz"
# (label, file, predicate on source, how many)
QUOTAS = [
    ("cctv-xwlb", ZH, lambda s: s == "cctv-xwlb", 10),
    ("reuters-cn", ZH, lambda s: s == "reuters-cn", 8),
    ("astock", ZH, lambda s: s == "astock", 8),
    ("rss-zh", ZH, lambda s: s.startswith("rss:"), 14),
    ("rss-en", EN, lambda s: s.startswith("rss:"), 5),
    ("reuters-21578", EN, lambda s: s == "reuters-21578", 5),
]


def read(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def sample(out):
    pools = {label: [] for label, *_ in QUOTAS}
    for path in (ZH, EN):
        for doc in read(path):
            text = doc.get("text") or ""
            if len(text) + len(doc.get("title") or "") > MAX_CHARS:
                continue
            # an article of a few characters carries nothing to judge
            if len(text) < 40:
                continue
            for label, p, pred, _ in QUOTAS:
                if p == path and pred(doc.get("source") or ""):
                    pools[label].append(doc)
                    break
    rng = random.Random(SEED)
    with open(out, "w", encoding="utf-8") as f:
        for label, _, _, n in QUOTAS:
            for doc in rng.sample(pools[label], n):
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
            print(f"{label}: {n} of {len(pools[label])} eligible", file=sys.stderr)


def show(articles, events):
    evs = {}
    with open(events, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            evs[d["doc"]["id"] if isinstance(d.get("doc"), dict) else d.get("doc")] = d.get("events", [])
    with open(articles, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            doc = json.loads(line)
            print(f"===== {i} {doc['id']} {doc['source']} published={doc['published']}")
            print(f"TITLE: {doc.get('title')}")
            print(doc["text"])
            for e in evs.get(doc["id"], []):
                period = f"{e.get('granularity')} {e.get('begin')}..{e.get('end_excl')}"
                print(f"  - {e.get('date')} | {e.get('type')} | {e.get('status')} | {period} | {e.get('summary')}")
            print()


if __name__ == "__main__":
    if sys.argv[1] == "sample":
        sample(sys.argv[2])
    else:
        show(sys.argv[2], sys.argv[3])

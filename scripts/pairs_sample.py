#!/usr/bin/env python3
"""Draw candidate mention pairs for the labelled link set (bench/pairs), and show them for labelling.

  pairs_sample.py sample --timeline OUT/timeline.json --extract EXTRACT.jsonl [--seed 29] > candidates.tsv
  pairs_sample.py show --corpus RECORDS.jsonl --pairs candidates.tsv [--window 80] [--from ID --to ID]

`sample` writes pair id, doc_a, start_a, end_a, doc_b, start_b, end_b, category (one pair a line,
tab-separated, no text). Three strata, drawn with one seeded generator so the same build and
extract give the same candidates:
  merged-now  two sources of one timeline event (events with 2+ sources, big events drawn more
              often: weight = number of sources)
  near-miss   mentions of two different events that share a subject entity (not a place or a
              currency) and lie within 3 days of each other, or whose sentences have a character
              bigram Jaccard of 0.35 or more
  storyline   mentions of two different events of one storyline
Only mentions some event still holds are drawn (a document read twice is kept once by `build`, so
the copy's mentions are held by no event).

`show` prints each pair's two sentences with a window of text around them, for a reader to label.
It prints corpus text to the terminal only; nothing of it goes into the pair set.
"""
import argparse
import collections
import itertools
import json
import random
import sys

GENERIC_PREFIXES = ("place:", "fx:")
GENERIC_IDS = {"name:ipo", "org:36kr"}  # a template word and a feed name, not a subject


def load_mentions(extract_path):
    """(doc, start, end) -> {summary, entities, begin, published} for every extracted event."""
    mentions = {}
    for line in open(extract_path, encoding="utf-8"):
        rec = json.loads(line)
        doc = rec["doc"]
        for ev in rec["events"]:
            mentions[(doc["id"], ev["start"], ev["end"])] = {
                "summary": ev["summary"],
                "entities": ev.get("entities", []),
                "begin": ev.get("begin") or "",
                "published": (doc.get("published") or "")[:10],
            }
    return mentions


def event_of(mentions, events):
    """Maps each mention to the event whose source (same doc, overlapping span) holds it."""
    by_doc = collections.defaultdict(list)
    for ev in events:
        for s in ev["sources"]:
            by_doc[s["doc"]].append((s["start"], s["end"], ev["id"]))
    held = {}
    for (doc, start, end) in mentions:
        best, best_overlap = None, 0
        for (s, e, eid) in by_doc.get(doc, ()):
            overlap = min(end, e) - max(start, s)
            if overlap > best_overlap:
                best, best_overlap = eid, overlap
        if best is not None:
            held[(doc, start, end)] = best
    return held


def bigrams(text):
    return {text[i:i + 2] for i in range(len(text) - 1)}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def day_number(iso):
    """Days since 0001-01-01 for YYYY-MM-DD, or None."""
    import datetime
    try:
        return datetime.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def sample(args):
    rng = random.Random(args.seed)
    timeline = json.load(open(args.timeline, encoding="utf-8"))
    events = timeline["events"]
    mentions = load_mentions(args.extract)
    held = event_of(mentions, events)
    keys = sorted(held)
    event_mentions = collections.defaultdict(list)
    for k in keys:
        event_mentions[held[k]].append(k)

    pairs = []
    seen = set()

    def add(a, b, category):
        a, b = sorted((a, b))
        if a == b or (a, b) in seen:
            return False
        seen.add((a, b))
        pairs.append((a, b, category))
        return True

    # merged-now: weighted by number of sources, so big events are drawn more often.
    multi = sorted((eid for eid, ms in event_mentions.items() if len(ms) >= 2))
    weights = [len(event_mentions[e]) for e in multi]
    got, tries = 0, 0
    while got < args.merged and tries < 100 * args.merged:
        tries += 1
        eid = rng.choices(multi, weights)[0]
        a, b = rng.sample(event_mentions[eid], 2)
        got += add(a, b, "merged-now")

    # near-miss: shared subject entity within 3 days, or similar sentences, in different events.
    def subjects(k):
        return [x for x in mentions[k]["entities"]
                if not x.startswith(GENERIC_PREFIXES) and x not in GENERIC_IDS]

    def day(k):
        m = mentions[k]
        return day_number(m["begin"]) if m["begin"][:4] not in ("", "1000") else day_number(m["published"])

    by_entity = collections.defaultdict(list)
    for k in keys:
        for x in subjects(k):
            by_entity[x].append(k)
    entity_pairs = []
    for x in sorted(by_entity):
        ks = by_entity[x]
        if len(ks) > 400:  # very common subjects: take a random slice, the pair space is huge anyway
            ks = rng.sample(ks, 400)
        for a, b in itertools.combinations(ks, 2):
            if held[a] == held[b]:
                continue
            da, db = day(a), day(b)
            if da is not None and db is not None and abs(da - db) <= 3:
                entity_pairs.append((a, b))
    grams = {k: bigrams(mentions[k]["summary"]) for k in keys}
    df = collections.Counter(g for k in keys for g in grams[k])
    posting = collections.defaultdict(list)
    for k in keys:
        for g in grams[k]:
            if df[g] <= 40:  # rare bigrams only, so the candidate lists stay short
                posting[g].append(k)
    similar = set()
    for g in sorted(posting):
        for a, b in itertools.combinations(posting[g], 2):
            if held[a] != held[b] and (a, b) not in similar and jaccard(grams[a], grams[b]) >= 0.35:
                similar.add((a, b))
    similar = sorted(similar)
    half = args.near // 2
    rng.shuffle(entity_pairs)
    rng.shuffle(similar)
    got = 0
    for a, b in similar:
        if got >= half:
            break
        got += add(a, b, "near-miss")
    for a, b in entity_pairs:
        if got >= args.near:
            break
        got += add(a, b, "near-miss")

    # storyline: two different events of one storyline.
    stories = [s for s in timeline["storylines"] if len(s["events"]) >= 2]
    got, tries = 0, 0
    while got < args.storyline and tries < 100 * args.storyline:
        tries += 1
        story = rng.choice(stories)
        ea, eb = rng.sample(story["events"], 2)
        if not event_mentions.get(ea) or not event_mentions.get(eb):
            continue
        got += add(rng.choice(event_mentions[ea]), rng.choice(event_mentions[eb]), "storyline")

    out = sys.stdout
    out.write("pair\tdoc_a\tstart_a\tend_a\tdoc_b\tstart_b\tend_b\tcategory\n")
    for i, (a, b, cat) in enumerate(pairs, 1):
        out.write(f"p{i:03d}\t{a[0]}\t{a[1]}\t{a[2]}\t{b[0]}\t{b[1]}\t{b[2]}\t{cat}\n")


def show(args):
    texts = {}
    for line in open(args.corpus, encoding="utf-8"):
        rec = json.loads(line)
        texts[rec["id"]] = (rec.get("published") or "", rec.get("title") or "", rec["text"])
    rows = [line.rstrip("\n").split("\t") for line in open(args.pairs, encoding="utf-8")][1:]
    on = args.start is None
    w = args.window
    for row in rows:
        if row[0] == args.start:
            on = True
        if on:
            print(f"=== {row[0]} [{row[7]}]")
            for doc, s, e in ((row[1], int(row[2]), int(row[3])), (row[4], int(row[5]), int(row[6]))):
                pub, title, text = texts[doc]
                pre = text[max(0, s - w):s].replace("\n", " ")
                post = text[e:e + w].replace("\n", " ")
                print(f"  {doc} {pub[:16]} «{title[:40]}»")
                print(f"    …{pre}【{text[s:e]}】{post}…")
        if row[0] == args.end:
            break


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--timeline", required=True)
    s.add_argument("--extract", required=True)
    s.add_argument("--seed", type=int, default=29)
    s.add_argument("--merged", type=int, default=130)
    s.add_argument("--near", type=int, default=130)
    s.add_argument("--storyline", type=int, default=90)
    v = sub.add_parser("show")
    v.add_argument("--corpus", required=True)
    v.add_argument("--pairs", required=True)
    v.add_argument("--window", type=int, default=80)
    v.add_argument("--from", dest="start")
    v.add_argument("--to", dest="end")
    args = p.parse_args()
    sample(args) if args.cmd == "sample" else show(args)


if __name__ == "__main__":
    main()

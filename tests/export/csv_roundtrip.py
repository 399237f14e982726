#!/usr/bin/env python3
"""Round trip of build's tables through Python's csv module, and pandas when it is importable:
events.csv, figures.csv, documents.csv and entities.csv. Every row has the header's width; the
fields equal the values in timeline.json (commas, quotes and line breaks in summaries
included); each event's sources join to documents.csv, and through it to the url its JSON Lines
record carried; every entity an event names is in entities.csv. With pandas: read_csv with
parse_dates on begin/end_excl, the documents' publication times parsed, the join event →
document → url by merge. Usage: csv_roundtrip.py NEWSLINE FIXTURES_DIR"""
import csv
import json
import os
import subprocess
import sys
import tempfile

newsline, fixtures = sys.argv[1], sys.argv[2]

# Records whose url a dashboard follows: one with a comma and a query, one a spreadsheet would
# run as a formula, one with none.
RECORDS = [
    {"id": "u1", "source": "rss:test", "published": "2025-09-30T09:15:00+08:00", "title": "央行宣布降准0.5个百分点",
     "url": "https://example.com/news?id=1,2&x=\"q\"",
     "text": "9月30日，中国人民银行宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元。"},
    {"id": "u2", "source": "rss:test", "published": "2025-09-29", "title": "=HYPERLINK(\"x\")",
     "url": "=HYPERLINK(\"http://evil\")",
     "text": "9月29日，沪指上涨1.2%，创业板指上涨2.3%。"},
    {"id": "u3", "source": "rss:test", "published": None, "title": "无链接", "text": "美联储将于10月29日公布利率决议。"},
]
URLS = {r["id"]: r.get("url", "") for r in RECORDS}


def excel_text(value):
    """A text field as --excel writes it: a ' before text a spreadsheet would take for a formula."""
    return "'" + value if value and value[0] in "=+-@\t\r" else value


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    for row in rows:
        assert len(row) == len(header), (path, header, row)
    return [dict(zip(header, row)) for row in rows], header


with tempfile.TemporaryDirectory() as out:
    feed = os.path.join(out, "feed.jsonl")
    with open(feed, "w", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    built = os.path.join(out, "built")
    subprocess.run([newsline, "build", fixtures, feed, "-o", built, "--excel"], check=True, capture_output=True)
    timeline = json.load(open(f"{built}/timeline.json", encoding="utf-8"))

    rows, header = read(f"{built}/events.csv")
    assert header[:14] == ["id", "date", "begin", "end_excl", "granularity", "certainty", "type", "status", "summary",
                           "entities", "figures", "sources", "storyline", "confidence"], header  # dashboards read by position
    assert header[14:] == ["date_kind", "period", "salience"], header
    assert len(rows) == len(timeline["events"]), (len(rows), len(timeline["events"]))
    for row, event in zip(rows, timeline["events"]):
        assert row["id"] == excel_text(event["id"]) and row["summary"] == excel_text(event["summary"]), (row["id"], event["id"])
        assert row["entities"] == excel_text(";".join(event["entities"]))
        # Each document once: a headline and its body are two sources of one document.
        docs = [s["doc"] for s in event["sources"]]
        docs = [d for k, d in enumerate(docs) if k == 0 or docs[k - 1] != d]
        assert row["sources"] == excel_text(";".join(docs))
        for column in ("begin", "end_excl"):  # ISO days pandas holds, else empty; `date` keeps the value
            assert row[column] == "" or "1677-09-22" <= row[column] <= "2262-04-11", (column, row)
        if row["date_kind"].endswith("_REF") or row["date_kind"] == "unknown":
            assert row["begin"] == row["end_excl"] == "", row
        else:
            assert row["date_kind"] == event["granularity"], (row["date_kind"], event["granularity"])
        float(row["salience"])

    documents, header = read(f"{built}/documents.csv")
    assert header == ["doc_id", "source", "published", "title", "url", "lang"], header
    by_id = {d["doc_id"]: d for d in documents}
    assert len(by_id) == len(documents), "a document listed twice"
    for doc_id, url in URLS.items():
        assert by_id[doc_id]["url"] == excel_text(url), (doc_id, by_id[doc_id]["url"])
    assert by_id["u2"]["title"] == "'=HYPERLINK(\"x\")"
    # The join event → document → url: every source is a document; events from the feed reach
    # their record's url, as timeline.json's first-source url says.
    joined = 0
    for row, event in zip(rows, timeline["events"]):
        first = event["sources"][0]["doc"]
        for doc_id in row["sources"].split(";"):
            assert doc_id in by_id, doc_id
        assert event["url"] == (by_id[first]["url"] and URLS.get(first)) or event["url"] is None, (event["url"], first)
        if first in URLS and URLS[first]:
            assert by_id[first]["url"] == excel_text(URLS[first])
            assert event["url"] == URLS[first] and event["title"] is not None
            joined += 1
    assert joined >= 2, joined

    entities, header = read(f"{built}/entities.csv")
    assert header == ["id", "kind", "name", "aliases"], header
    entity_ids = {e["id"] for e in entities}
    for event in timeline["events"]:
        for entity in event["entities"]:
            assert excel_text(entity) in entity_ids, entity
    assert entity_ids == {excel_text(k) for k in timeline["entities"]}

    figures, _ = read(f"{built}/figures.csv")
    assert len(figures) == sum(len(e["figures"]) for e in timeline["events"])

    try:
        import pandas as pd
    except ImportError:
        pd = None
    if pd is None:
        print("pandas not importable: its part skipped")
    else:
        events = pd.read_csv(f"{built}/events.csv", encoding="utf-8-sig", parse_dates=["begin", "end_excl"])
        for column in ("begin", "end_excl"):
            assert str(events[column].dtype).startswith("datetime64"), (column, events[column].dtype)
        assert events["begin"].notna().sum() > 0
        docs = pd.read_csv(f"{built}/documents.csv", encoding="utf-8-sig", keep_default_na=False)
        # Publication times are as each document states them (a day, or a time with its
        # offset): read as instants in UTC.
        iso = {"format": "ISO8601"} if int(pd.__version__.split(".")[0]) >= 2 else {}
        published = pd.to_datetime(docs["published"].replace("", None), utc=True, **iso)
        assert published.notna().sum() == (docs["published"] != "").sum()
        pd.read_csv(f"{built}/figures.csv", encoding="utf-8-sig")
        pd.read_csv(f"{built}/entities.csv", encoding="utf-8-sig", keep_default_na=False)
        events["doc_id"] = events["sources"].str.split(";").str[0]
        merged = events.merge(docs, on="doc_id", how="left", validate="many_to_one")
        assert merged["url"].notna().all() and len(merged) == len(events)
        urls = merged.loc[merged["doc_id"] == "u1", "url"]
        assert len(urls) > 0 and (urls == URLS["u1"]).all(), urls.tolist()
        print(f"pandas {pd.__version__}: the four tables read, dates parsed, {len(urls)} events of u1 joined to its url")
print(f"csv round trip: {len(rows)} events, {len(figures)} figures, {len(documents)} documents, {len(entities)} entities")

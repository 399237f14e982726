#!/usr/bin/env python3
"""Round trip of events.csv and figures.csv through Python's csv module: every row has
the header's width, and the fields equal the values in timeline.json (commas, quotes and
line breaks in summaries included). Usage: csv_roundtrip.py NEWSLINE FIXTURES_DIR"""
import csv
import json
import subprocess
import sys
import tempfile

newsline, fixtures = sys.argv[1], sys.argv[2]


def excel_text(value):
    """A text field as --excel writes it: a ' before text a spreadsheet would take for a formula."""
    return "'" + value if value and value[0] in "=+-@\t\r" else value


with tempfile.TemporaryDirectory() as out:
    subprocess.run([newsline, "build", fixtures, "-o", out, "--excel"], check=True, capture_output=True)
    timeline = json.load(open(f"{out}/timeline.json", encoding="utf-8"))
    with open(f"{out}/events.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(timeline["events"]), (len(rows), len(timeline["events"]))
    for row, event in zip(rows, timeline["events"]):
        assert row["id"] == excel_text(event["id"]) and row["summary"] == excel_text(event["summary"]), (row["id"], event["id"])
        assert row["entities"] == excel_text(";".join(event["entities"]))
    with open(f"{out}/figures.csv", encoding="utf-8-sig", newline="") as f:
        figures = list(csv.DictReader(f))
    assert len(figures) == sum(len(e["figures"]) for e in timeline["events"])
    assert any("," in r["text"] or "，" in r["text"] for r in figures) or figures
print(f"csv round trip: {len(rows)} events, {len(figures)} figures")

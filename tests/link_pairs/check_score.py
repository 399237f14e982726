#!/usr/bin/env python3
"""ctest LinkPairs.*: runs scripts/score_pairs.py on the invented timeline.json and pairs.tsv here
and compares its output with expected.txt (precision 3/4, recall 3/5, one missing pair, worked out
by hand); an unreadable pairs file must give exit status 2."""
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
scorer = os.path.join(here, "..", "..", "scripts", "score_pairs.py")


def run(*args):
    return subprocess.run([sys.executable, scorer, *args], capture_output=True, text=True)


got = run("--timeline", os.path.join(here, "timeline.json"), "--pairs", os.path.join(here, "pairs.tsv"), "-v")
want = open(os.path.join(here, "expected.txt"), encoding="utf-8").read()
if got.returncode != 0 or got.stdout != want:
    sys.exit(f"score_pairs exit {got.returncode}, output:\n{got.stdout}{got.stderr}\nexpected:\n{want}")
bad = run("--timeline", os.path.join(here, "timeline.json"), "--pairs", os.path.join(here, "no-such.tsv"))
if bad.returncode != 2:
    sys.exit(f"an unreadable pairs file gave exit {bad.returncode}, expected 2")
print("score_pairs: output as expected")

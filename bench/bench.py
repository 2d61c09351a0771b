#!/usr/bin/env python3
"""Throughput of parse → JSON, against a plain single-regex scan of the same text.

Usage: python bench/bench.py [--mb 5] [FILES...]   (default: the seeds, repeated)

Prints MB/s and documents/s for the full pipeline, and the same for one regex pass
that finds heading-like line starts (the floor any parser pays), with their ratio.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import outline

ROOT = Path(__file__).resolve().parent.parent
HEADING_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[（(]\d+[）)])",
                          re.M)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--mb", type=float, default=5.0, help="how much text to parse in all (MB of UTF-8)")
    args = ap.parse_args()
    files = args.files or sorted((ROOT / "seeds").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    rounds = max(1, int(args.mb * 2**20 / size))
    total_mb = rounds * size / 2**20

    t0 = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            outline.parse(t).to_json(indent=None)  # compact, as --format jsonl writes
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    hits = 0
    for _ in range(rounds):
        for t in texts:
            hits += len(HEADING_LINE.findall(t))
    regex_s = time.perf_counter() - t0

    docs = rounds * len(texts)
    print(f"corpus: {len(texts)} files x {rounds} rounds = {total_mb:.1f} MB, {docs} documents (one process)")
    print(f"parse -> JSON : {total_mb / parse_s:8.2f} MB/s  {docs / parse_s:8.1f} docs/s")
    print(f"regex scan    : {total_mb / regex_s:8.2f} MB/s  ({hits} heading-like lines)")
    print(f"ratio         : parse is {parse_s / regex_s:.0f}x the time of the regex floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())

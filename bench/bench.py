#!/usr/bin/env python3
"""Throughput of parse → JSON, against a plain single-regex scan of the same text, plus
cold start.

Usage: python bench/bench.py [--mb 20]

Builds a corpus from the seeds (as they are, flattened into one line, hard-wrapped like
PDF text, and each of these in traditional characters), then prints for parse → compact
JSON, per script: MB/s on one core, documents/s, the ratio to one regex pass that finds
heading-like line starts (the floor any parser pays), peak memory, and the cold-start
wall time of `outline build SEED --format json` against `python -c pass`.
"""
from __future__ import annotations

import argparse
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import outline
from outline.script import converter

ROOT = Path(__file__).resolve().parent.parent
HEADING_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[（(]\d+[）)])",
                          re.M)


def variants(text: str) -> list[str]:
    flat = text.replace("\n", " ")
    wrapped = "\n".join(text[i:i + 32] for i in range(0, len(text), 32))
    return [text, flat, wrapped]


def corpus(mb: float) -> tuple[list[str], list[str]]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    simp = [v for s in seeds for v in variants(s)]
    trad = [converter("s2t")(v) for v in simp]
    size = sum(len(t.encode("utf-8")) for t in simp)
    reps = max(1, int(mb * 2**20 / 2 / size))
    return simp * reps, trad * reps


def measure(texts: list[str]) -> tuple[float, float, float]:
    mb = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    t0 = time.perf_counter()
    for t in texts:
        outline.parse(t).to_json(indent=None)
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        HEADING_LINE.findall(t)
    regex_s = time.perf_counter() - t0
    return mb, parse_s, regex_s


def cold_start() -> tuple[float, float]:
    exe = Path(sys.executable).parent / "outline"
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]

    def best(cmd: list[str]) -> float:
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
            runs.append(time.perf_counter() - t0)
        return statistics.median(runs)

    return best([str(exe), "build", str(seed), "--format", "json"]), best([sys.executable, "-c", "pass"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of UTF-8 (half in each script)")
    args = ap.parse_args()
    simp, trad = corpus(args.mb)
    outline.parse(simp[0])  # load the grammar once, as a long run does
    print(f"machine: {sys.platform}, Python {sys.version.split()[0]}, one core")
    for label, texts in (("simplified", simp), ("traditional", trad)):
        mb, parse_s, regex_s = measure(texts)
        print(f"{label:11s}: {mb:6.1f} MB, {len(texts)} documents: parse -> JSON {mb / parse_s:6.2f} MB/s, "
              f"{len(texts) / parse_s:7.1f} docs/s; regex scan {mb / regex_s:7.1f} MB/s; "
              f"parse takes {parse_s / regex_s:.0f}x the regex floor")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory : {peak:.0f} MB")
    cli, python = cold_start()
    print(f"cold start  : outline build SEED --format json {cli * 1000:.0f} ms; python -c pass {python * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Throughput of parse → JSONL against a plain single-regex scan of the same text, cold
start, and a corpus run over many files.

Usage: python bench/bench.py [--mb 100] [--rounds 3] [--files 2000] [--skip-corpus-run] [--real DIR ...]

1. Builds a corpus from the seeds, every copy damaged differently (as it is, flattened into
   one line, hard-wrapped at a random width like PDF text, cluttered with web noise and page
   numbers, with CRLF line ends), half of it in traditional characters.  Prints for
   parse → one JSONL line per document, as bytes (what ``outline build --format jsonl`` and corpus
   runs write: ``outline.render.write_bytes``), per script, on one core (best and median of a
   few rounds): MB/s,
   documents/s, the ratio to one regex
   pass that finds heading-like line starts (the floor any parser pays), the ratio to
   RAGFlow's line classifier (``bench/ragflow.py``: above 1 means the parse is faster, though
   it does far more), and the memory the parse adds to the process on top of the corpus it
   holds.  ``--real DIR`` adds the same row for the real reports (``*.txt``) of a directory.
2. Cold start: wall time of `outline build SEED --format json` against `python -c pass`.
3. Corpus run: writes FILES documents to a temporary directory and times
   `outline build DIR --sections -o FILE` with --jobs 1 and --jobs 2 (alternated, best of the
   rounds), then the same with
   four times as many files, printing the peak RSS of every run (flat memory: the larger
   corpus must not need more).
"""
from __future__ import annotations

import argparse
import atexit
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import outline
from outline.render import write_bytes
from outline.script import converter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ragflow  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HEADING_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[（(]\d+[）)])",  # noqa: E501 (CJK characters count double)
                          re.M)
_NOISE_LINES = ["首页", "返回顶部", "分享到：微信", "更新时间：2024-01-15 来源：政府网", "阅读：1289", "打印本页",
                "加入VIP免费下载", "上一篇：关于印发通知"]


def damaged(text: str, rng: random.Random) -> str:
    """One copy of a report with one kind of damage real sources show."""
    kind = rng.choice(["as-is", "flattened", "wrapped", "web", "crlf"])
    if kind == "flattened":
        return text.replace("\n", " ")
    if kind == "wrapped":  # as PDF text: each paragraph broken at the page width
        width = rng.randint(24, 44)
        return "\n".join(line[i:i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))
    if kind == "web":
        lines = text.split("\n")
        for _ in range(max(3, len(lines) // 8)):
            at = rng.randrange(len(lines) + 1)
            lines.insert(at, rng.choice(_NOISE_LINES) if rng.random() < 0.7 else f"- {rng.randint(1, 40)} -")
        return "\n".join(lines).replace("。", "。关键词3", 1)
    if kind == "crlf":
        return text.replace("\n", "\r\n")
    return text


def corpus(mb: float, seed: int = 0) -> tuple[list[str], list[str]]:
    """About ``mb`` MB of UTF-8, half in each script, every document damaged on its own."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    s2t = converter("s2t")
    trad_seeds = [s2t(s) for s in seeds]
    simp: list[str] = []
    trad: list[str] = []
    half = mb * 2**20 / 2
    size = 0
    while size < half:
        i = rng.randrange(len(seeds))
        simp.append(damaged(seeds[i], rng))
        trad.append(damaged(trad_seeds[i], rng))
        size += len(simp[-1].encode("utf-8"))
    return simp, trad


def measure(texts: list[str], rounds: int) -> tuple[float, list[float], list[float], list[float]]:
    """MB of the texts, and per round the seconds to parse them all to JSON, the seconds of
    the regex floor and of RAGFlow's classifier (each round runs all three, so a slow spell of
    a shared machine hits them all)."""
    mb = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    parse_s: list[float] = []
    regex_s: list[float] = []
    ragflow_s: list[float] = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            ragflow.classify(t)
        ragflow_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for t in texts:
            write_bytes(outline.parse(t), "jsonl")
        parse_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for t in texts:
            HEADING_LINE.findall(t)
        regex_s.append(time.perf_counter() - t0)
    return mb, parse_s, regex_s, ragflow_s


def _exe() -> str:
    return str(Path(sys.executable).parent / "outline")


def cold_start() -> tuple[list[float], list[float]]:
    """Wall times of seven one-seed `outline build` runs and seven `python -c pass` runs.

    The runs share a marker cache of their own, which one untimed run fills first: the cold
    start of a user who has run outline before, whatever this machine's own cache holds.  That
    run also writes the modules' bytecode (to a directory of its own), as installing a wheel
    does: with ``PYTHONDONTWRITEBYTECODE`` set, an editable checkout would otherwise compile
    every module from source on every run, about 15 ms more than any user waits."""
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    cache = tempfile.mkdtemp(prefix="outline-bench-cache-")
    env = dict(os.environ, OUTLINE_CACHE_DIR=cache, PYTHONPYCACHEPREFIX=os.path.join(cache, "bytecode"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def runs(cmd: list[str]) -> list[float]:
        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
            times.append(time.perf_counter() - t0)
        return times

    build = [_exe(), "build", str(seed), "--format", "json"]
    try:
        subprocess.run(build, stdout=subprocess.DEVNULL, check=True, env=env)
        return runs(build), runs([sys.executable, "-c", "pass"])
    finally:
        shutil.rmtree(cache, ignore_errors=True)


_RUN = """
import resource, subprocess, sys, time
t0 = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL)
print(time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def corpus_run(directory: Path, jobs: int, out: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB, the largest process of the run) of a corpus run."""
    cmd = [_exe(), "build", str(directory), "--sections", "-o", str(out), "--jobs", str(jobs)]
    seconds, rss = subprocess.run([sys.executable, "-c", _RUN, *cmd], capture_output=True, text=True,
                                  check=True).stdout.split()
    return float(seconds), float(rss)


def write_files(directory: Path, texts: list[str], count: int) -> float:
    """``count`` report files cycling through ``texts``; returns their MB."""
    directory.mkdir(parents=True, exist_ok=True)
    size = 0
    for i in range(count):
        data = texts[i % len(texts)].encode("utf-8")
        (directory / f"{i:06d}.txt").write_bytes(data)
        size += len(data)
    return size / 2**20


#: (label, text of n units, small n, large n): one huge paragraph of items, thousands of headings
SHAPES = [
    ("一是 items in one paragraph", lambda n: "某镇工作总结\n一、重点工作\n" + "一是加强。" * n, 5_000, 40_000),
    ("parallel leads in one paragraph", lambda n: "某镇工作总结\n一、重点工作\n"
     + "加强基层建设。这是内容很多的一句话，用来凑数的内容。" * n, 5_000, 40_000),
    ("headings, one a line", lambda n: "某镇工作总结\n" + "".join(f"{i}.标题{i}\n内容。\n" for i in range(1, n + 1)),
     1_000, 10_000),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=100.0, help="corpus size in MB of UTF-8, half in each script")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the corpus; the best is reported "
                    "(a shared machine only ever adds time), with the median")
    ap.add_argument("--files", type=int, default=2000, help="files in the smaller corpus run")
    ap.add_argument("--skip-corpus-run", action="store_true", help="only the single-core and cold-start figures")
    ap.add_argument("--real", action="append", default=[], metavar="DIR",
                    help="also time the real reports (*.txt) of DIR (e.g. ../shared/corpus)")
    args = ap.parse_args()
    # (the benchmark leaves the user's cache as it found it, and times what it fills itself:
    # its runs use a marker cache of their own)
    own_cache = tempfile.mkdtemp(prefix="outline-bench-cache-")
    os.environ["OUTLINE_CACHE_DIR"] = own_cache
    atexit.register(shutil.rmtree, own_cache, True)  # (after the cache's own save at exit: last in, first out)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    simp, trad = corpus(args.mb)
    outline.parse(simp[0])  # load the grammar once, as a long run does
    print(f"machine     : {sys.platform}, Python {sys.version.split()[0]}, {os.cpu_count()} cores; "
          "parse figures on one core")
    held = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [("simplified", simp), ("traditional", trad)]
    for directory in args.real:
        rows.append((f"real {Path(directory).name}", [p.read_text(encoding="utf-8", errors="replace")
                                                      for p in sorted(Path(directory).glob("*.txt"))]))
    for label, texts in rows:
        mb, parse_s, regex_s, ragflow_s = measure(texts, args.rounds)
        best, median = min(parse_s), statistics.median(parse_s)
        print(f"{label:12s}: {mb:6.1f} MB, {len(texts)} documents: parse -> JSONL {mb / best:6.2f} MB/s "
              f"(median of {args.rounds} rounds {mb / median:.2f}), {len(texts) / best:7.1f} docs/s; "
              f"regex scan {mb / min(regex_s):7.1f} MB/s; parse takes {best / min(regex_s):.0f}x the regex floor; "
              f"RAGFlow's classifier {mb / min(ragflow_s):6.2f} MB/s, parse at {min(ragflow_s) / best:.2f}x it")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory      : {held:.0f} MB with the corpus loaded, peak {peak:.0f} MB while parsing all of it")
    for label, make, small, large in SHAPES:  # time per unit must not grow with the unit count
        per = []
        for n in (small, large):
            text = make(n)
            t0 = time.perf_counter()
            outline.parse(text)
            per.append((time.perf_counter() - t0) / n)
        print(f"scaling     : {label}: {per[0] * 1e6:.1f} µs a unit at {small:,}, {per[1] * 1e6:.1f} at {large:,} "
              f"({per[1] / per[0]:.2f}x per unit; the whole takes {per[1] * large / (per[0] * small):.1f}x)")
    cli, python = cold_start()
    print(f"cold start  : outline build SEED --format json {min(cli) * 1000:.0f} ms (median "
          f"{statistics.median(cli) * 1000:.0f}); python -c pass {min(python) * 1000:.0f} ms")
    if args.skip_corpus_run:
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="outline-bench-"))
    try:
        mixed = [t for pair in zip(simp, trad) for t in pair]
        for count in (args.files, args.files * 4):
            mb = write_files(tmp / str(count), mixed, count)
            runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
            for _ in range(args.rounds):  # alternated, best of each: a slow spell hits both
                for jobs in (1, 2):
                    runs[jobs].append(corpus_run(tmp / str(count), jobs, tmp / "sections.jsonl"))
            one, two = min(runs[1]), min(runs[2])
            print(f"corpus run  : {count} files, {mb:.0f} MB: --jobs 1 {one[0]:.1f} s, --jobs 2 {two[0]:.1f} s "
                  f"({one[0] / two[0]:.2f}x); peak RSS {one[1]:.0f} MB / {two[1]:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

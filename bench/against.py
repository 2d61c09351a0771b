#!/usr/bin/env python3
"""Parse → JSONL throughput of this checkout against another commit, in the same run.

Usage: python bench/against.py REV [--mb 10] [--rounds 3]

The other commit is checked out into a temporary git worktree; each round runs both versions
in fresh processes, one after the other (so a slow spell of a shared machine hits both), over
the same damaged corpus (bench/bench.py's), and the best round of each is compared.  Prints
MB/s of each and the ratio: above 1 means this checkout is faster.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench import corpus  # noqa: E402

# One timing in a fresh process: the code under test comes first on sys.path.
_TIME = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
import outline
texts = json.load(open(sys.argv[2], encoding="utf-8"))
try:  # (the JSONL bytes a corpus run writes; a commit from before the writers made bytes: its text)
    from outline.render import write_bytes
    def out(doc): return write_bytes(doc, "jsonl")
except ImportError:
    def out(doc): return doc.to_json(indent=None)
out(outline.parse(texts[0]))
t0 = time.perf_counter()
for t in texts:
    out(outline.parse(t))
print(time.perf_counter() - t0)
"""


def _seconds(code: Path, texts: Path) -> float:
    out = subprocess.run([sys.executable, "-c", _TIME, str(code), str(texts)], capture_output=True, text=True,
                         check=True).stdout
    return float(out.split()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", help="the commit to compare with (e.g. HEAD~10, a tag, a hash)")
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size in MB, half in each script")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="outline-against-"))
    try:
        other = tmp / "other"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(other), args.rev],
                       check=True, capture_output=True)
        simp, trad = corpus(args.mb)
        texts = tmp / "texts.json"
        texts.write_text(json.dumps(simp + trad, ensure_ascii=False), encoding="utf-8")
        mb = sum(len(t.encode("utf-8")) for t in simp + trad) / 2**20
        here: list[float] = []
        there: list[float] = []
        for _ in range(args.rounds):
            here.append(_seconds(ROOT, texts))
            there.append(_seconds(other, texts))
        print(f"corpus      : {mb:.1f} MB, {len(simp) + len(trad)} documents, best of {args.rounds} rounds")
        print(f"this        : {mb / min(here):6.2f} MB/s")
        print(f"{args.rev:12s}: {mb / min(there):6.2f} MB/s")
        print(f"ratio       : {min(there) / min(here):.2f}x (above 1: this checkout is faster)")
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp / "other")],
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

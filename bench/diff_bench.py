#!/usr/bin/env python3
"""Precision and recall of `outline diff` on generated report pairs with known edits.

Usage: python bench/diff_bench.py [--pairs 200] [--edits 3] [--seed 0]

Each pair is a seed report and a copy with 1..N random edits (rename with synonyms,
delete, move, reorder, add a section from another report), optionally also with every
year shifted by one and converted to traditional characters.  An edit counts as
recovered when the diff reports exactly that change at that node.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import outline  # noqa: E402
from edits import EDITS, add, matches, recovered, shift_years, to_traditional  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--edits", type=int, default=3, help="at most this many edits a pair")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    docs = [outline.parse_file(s) for s in seeds]
    per_op: dict[str, list[int]] = {}
    expected_n = found_n = got_n = right_n = 0
    t0 = time.perf_counter()
    for _ in range(args.pairs):
        i = rng.randrange(len(docs))
        doc, expected = docs[i], set()
        for _ in range(rng.randint(1, args.edits)):
            name = rng.choice(sorted(EDITS) + ["add"])
            made = add(doc, rng, docs[(i + 1) % len(docs)]) if name == "add" else EDITS[name](doc, rng)
            if made is None:
                continue
            text, exp = made
            # later edits must not touch what earlier ones changed: re-parse and keep going on the new text
            if any(e[1] and any(e[1] in (x[1], x[2]) for x in expected) for e in exp):
                continue
            new_doc = outline.parse(text)
            doc, expected = new_doc, expected | exp
        if not expected:
            continue
        text = doc.cleaned_text
        if rng.random() < 0.3:
            text = shift_years(text)
        if rng.random() < 0.3:
            text = to_traditional(text)
        got = recovered(outline.diff(docs[i], outline.parse(text)))
        found, right = matches(expected, got)
        expected_n += len(expected)
        found_n += found
        got_n += len(got)
        right_n += right
        for e in expected:
            per_op.setdefault(e[0], [0, 0])
            per_op[e[0]][0] += 1
            per_op[e[0]][1] += matches({e}, got)[0]
    elapsed = time.perf_counter() - t0
    print(f"pairs: {args.pairs}, edits expected: {expected_n}, changes reported: {got_n} ({elapsed:.1f} s)")
    print(f"precision: {right_n / got_n if got_n else 1:.3f}   recall: {found_n / expected_n if expected_n else 1:.3f}")
    for op, (n, hit) in sorted(per_op.items()):
        print(f"  {op:10s} recall {hit / n:.3f}  ({hit}/{n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

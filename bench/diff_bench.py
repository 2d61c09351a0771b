#!/usr/bin/env python3
"""Precision and recall of `outline diff` on generated report pairs with known edits.

Usage: python bench/diff_bench.py [--pairs 200] [--edits 3] [--seed 0] [--reworded 60]

Each pair is a seed report and a copy with 1..N random edits (rename with synonyms,
delete, move, reorder, add a section from another report), optionally also with every
year shifted by one and converted to traditional characters.  An edit counts as
recovered when the diff reports exactly that change at that node.

Then pairs shaped like real consecutive years: every heading of a report reworded (synonyms,
clauses dropped or added, phrases reordered), every figure changed, two neighbouring sections
merged, one section split in two on half of them and one dropped on half, with the years
shifted on some.  Material: the seeds and, when it is beside this
checkout, ../shared/corpus.  Precision and recall are those of the heading pairs (each old
heading and its counterpart), overall and for depths 1–2 (the top two levels).
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
from edits import (EDITS, add, matches, recovered, reword_all, sentences, shift_years,  # noqa: E402
                   split_section, to_traditional)
from outline.compare.normalize import fold  # noqa: E402  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--edits", type=int, default=3, help="at most this many edits a pair")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--reworded", type=int, default=60, help="reworded pairs (0: none)")
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
    if args.reworded:
        reworded(args.reworded, random.Random(args.seed), seeds)
    return 0


def reworded(n_pairs: int, rng: random.Random, seeds: list[Path]) -> None:
    """Heading-pair precision and recall on pairs whose every heading is reworded."""
    corpus = ROOT.parent / "shared" / "corpus"
    files = seeds + (sorted(corpus.glob("*.txt")) if corpus.is_dir() else [])
    docs = [d for d in (outline.parse_file(f) for f in files) if sum(1 for _ in d.nodes()) >= 4]
    tally = {"all": [0, 0, 0], "depth 1-2": [0, 0, 0]}  # right, reported, expected
    used = skipped = 0
    pools = [sentences(d.cleaned_text) for d in docs]
    t0 = time.perf_counter()
    while used < n_pairs and skipped < 5 * n_pairs:
        i = rng.randrange(len(docs))
        doc = docs[i]
        middle, bridge = doc, None  # the report after the split (if any), and old heading → its heading
        split = split_section(doc, rng) if rng.random() < 0.5 else None
        if split is not None:
            middle = outline.parse(split[0])
            before = [n for n in doc.nodes() if n.kind == "heading" and n.title]
            after = [n for n in middle.nodes() if n.kind == "heading" and n.title]
            kept_after = [n for n in after if fold(n.title) != split[1]]
            if len(kept_after) != len(before) or len(after) != len(before) + 1:
                skipped += 1
                continue
            bridge = dict(zip(before, kept_after))
        text, kept = reword_all(middle, rng, pool=pools[(i + 1) % len(docs)], drop=rng.random() < 0.5)
        if rng.random() < 0.3:
            text = shift_years(text)
        new = outline.parse(text)
        olds = [n for n in kept if n is not None]
        news = [n for n in new.nodes() if n.kind == "heading" and n.title]
        if len(olds) != len(news):  # the rewording changed how the text parses: no known truth
            skipped += 1
            continue
        used += 1
        to_final = dict(zip(olds, news))
        if bridge is None:
            truth = to_final
        else:
            truth = {o: to_final[m] for o, m in bridge.items() if m in to_final}
        pairs = outline.diff(doc, new).pairs
        for old_node in truth:
            for name, wanted in (("all", True), ("depth 1-2", old_node.depth <= 2)):
                if not wanted:
                    continue
                got = pairs.get(old_node)
                tally[name][2] += 1
                tally[name][1] += got is not None
                tally[name][0] += got is truth[old_node]
        for old_node in (n for n in doc.nodes() if n.kind == "heading" and n not in truth and n in pairs):
            tally["all"][1] += 1  # a merged-away or dropped heading paired with something: a wrong pair
    elapsed = time.perf_counter() - t0
    print(f"reworded pairs: {used} ({skipped} skipped: rewording changed the parse), {elapsed:.1f} s")
    for name, (right, reported, expected) in tally.items():
        print(f"  {name:10s} precision {right / reported if reported else 1:.3f}   "
              f"recall {right / expected if expected else 1:.3f}  ({expected} headings)")


if __name__ == "__main__":
    sys.exit(main())

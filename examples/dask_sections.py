#!/usr/bin/env python3
"""The section table of a whole corpus, computed on a Dask cluster.

The same library calls as ``outline build DIR --sections`` (``outline.parse_file`` and
``outline.section_rows``), mapped over chunks of file paths.  Each chunk writes its own
``part-NNNNNN.jsonl`` (one row a section) and hands back only a small summary, so neither
the workers nor this process ever hold the corpus or its results.

Usage:
    pip install 'outline[dask]'
    python examples/dask_sections.py CORPUS_DIR OUT_DIR              # a local cluster, one process a core
    python examples/dask_sections.py CORPUS_DIR OUT_DIR --scheduler tcp://host:8786

On a real cluster, OUT_DIR must be a file system every worker can write to and every worker
needs ``outline`` installed.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import dask.bag as db
from dask.distributed import Client, LocalCluster

import outline

CHUNK = 64  # files a task: enough to amortize scheduling, small enough to balance


def parse_chunk(index: int, paths: list[str], out_dir: str) -> dict[str, Any]:
    """Parse ``paths``, write their section rows to ``out_dir/part-{index}.jsonl``; a file
    that cannot be parsed is listed in the summary and never stops the chunk."""
    failed: list[list[str]] = []
    sections = 0
    with open(Path(out_dir) / f"part-{index:06d}.jsonl", "w", encoding="utf-8") as part:
        for path in paths:
            try:
                doc = outline.parse_file(path)
            except outline.OutlineError as err:
                failed.append([path, str(err)])
                continue
            for row in outline.section_rows(doc, path):
                part.write(json.dumps(row, ensure_ascii=False) + "\n")
                sections += 1
    return {"files": len(paths), "sections": sections, "failed": failed}


def run(paths: list[str], out_dir: Path, client: Client) -> dict[str, Any]:
    """Parse every file on ``client``'s cluster; returns the totals and the failed files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    chunks = [(i, paths[start:start + CHUNK]) for i, start in enumerate(range(0, len(paths), CHUNK))]
    bag = db.from_sequence(chunks, npartitions=max(1, len(chunks)))
    summaries = bag.map(lambda chunk: parse_chunk(chunk[0], chunk[1], str(out_dir))).compute(scheduler=client.get)
    return {"files": sum(s["files"] for s in summaries), "sections": sum(s["sections"] for s in summaries),
            "failed": [f for s in summaries for f in s["failed"]]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="directory of report .txt files (searched recursively)")
    ap.add_argument("out", type=Path, help="directory for the part-*.jsonl files")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: start a local cluster)")
    args = ap.parse_args()
    paths = sorted(str(p) for p in args.corpus.rglob("*.txt"))
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(threads_per_worker=1, dashboard_address=None))
    with client:
        totals = run(paths, args.out, client)
    for path, error in totals["failed"]:
        print(f"failed: {error}", file=sys.stderr)
    print(f"{totals['files']} files, {totals['sections']} sections, {len(totals['failed'])} failed", file=sys.stderr)
    return 1 if totals["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())

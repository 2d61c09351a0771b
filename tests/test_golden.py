"""Golden outputs: the outline of every seed and of every report in ../shared/corpus, pinned.

A change that moves any heading of any real report fails here; when the change is meant, run
``OUTLINE_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and say in the commit why the outputs
got better (``git diff tests/golden`` shows exactly what moved).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import outline
from conftest import ROOT, SEED_FILES

GOLDEN = Path(__file__).parent / "golden"
# (OUTLINE_CORPUS points elsewhere: a mutation run works in a copy of the tree, mutants/)
CORPUS = Path(os.environ.get("OUTLINE_CORPUS") or ROOT.parent / "shared" / "corpus")
REPORTS = SEED_FILES + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])
UPDATE = os.environ.get("OUTLINE_UPDATE_GOLDEN") == "1"


def golden_text(doc: outline.Document) -> str:
    """Title, nodes (indent, kind, marker, title, line) and warning codes: what a reader sees."""
    lines = [f"# title: {doc.title}"]
    for node in doc.nodes():
        lines.append(f"{'  ' * (node.depth - 1)}{node.kind} {node.marker or '-'} {node.title} @{node.line}")
    lines.append("# warnings: " + " ".join(f"{w.code}@{w.line}" for w in doc.warnings))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_outline_is_the_golden_one(path):
    got = golden_text(outline.parse_file(path))
    pinned = GOLDEN / (path.stem + ".outline.txt")
    if UPDATE or not pinned.exists():
        if not UPDATE:
            pytest.fail(f"no golden output for {path.name}: run OUTLINE_UPDATE_GOLDEN=1 pytest {__file__}")
        pinned.write_text(got, encoding="utf-8")
    assert got == pinned.read_text(encoding="utf-8")

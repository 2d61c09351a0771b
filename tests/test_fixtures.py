"""Rule fixtures: ``tests/fixtures/*.txt``, one file a rule family, in the manner of
markdown-it's fixture files.  Each case is a comment line, then ``.``, the report text,
``.``, the expected outline, ``.``.  The outline is a line a node (indent, kind, marker or
``-``, title); a ``# warnings:`` line, when given, pins the warning codes and lines too.
Add a case by adding text: no Python needed."""
from __future__ import annotations

from pathlib import Path

import pytest

import outline

FIXTURES = Path(__file__).parent / "fixtures"


def cases() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted(FIXTURES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        i, name = 0, ""
        while i < len(lines):
            if lines[i].startswith("#"):
                name = lines[i].lstrip("# ").strip()
            elif lines[i] == ".":
                end_input = lines.index(".", i + 1)
                end_expected = lines.index(".", end_input + 1)
                out.append((f"{path.stem}: {name}", "\n".join(lines[i + 1:end_input]),
                            "\n".join(lines[end_input + 1:end_expected])))
                i = end_expected
            i += 1
    return out


def outline_text(doc: outline.Document, with_warnings: bool) -> str:
    lines = [f"{'  ' * (n.depth - 1)}{n.kind} {n.marker or '-'} {n.title}" for n in doc.nodes()]
    if with_warnings:
        lines.append("# warnings: " + " ".join(f"{w.code}@{w.line}" for w in doc.warnings))
    return "\n".join(lines)


def test_there_are_fixtures_for_every_family():
    names = {name.split(":")[0] for name, _, _ in cases()}
    assert {"markers", "items", "leads", "levels", "damaged"} <= names
    assert len(cases()) >= 15


def _ids() -> list[str]:
    """ASCII test ids (file and case number): tools that run tests by id (mutmut) need them; the
    case's own description shows in the failure message."""
    seen: dict[str, int] = {}
    out = []
    for name, _, _ in cases():
        family = name.split(":")[0]
        seen[family] = seen.get(family, 0) + 1
        out.append(f"{family}-{seen[family]}")
    return out


@pytest.mark.parametrize("name, text, expected", cases(), ids=_ids())
def test_fixture(name, text, expected):
    doc = outline.parse(text)
    assert outline_text(doc, "# warnings:" in expected) == expected, name

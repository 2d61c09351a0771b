"""Section rows: one flat record a node, the table a researcher loads into pandas, DuckDB
or Spark (``outline build --sections`` writes them as JSON lines)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    from ..tree import Document


def render_sections(doc: "Document", name: str) -> str:
    """The section rows as JSON lines."""
    from .json_ import dumps

    return "".join(dumps(row) + "\n" for row in section_rows(doc, name))


def section_rows(doc: "Document", name: str) -> Iterator[dict[str, Any]]:
    """One row a node, in document order: ``document`` (``name``), ``path`` (the titles from
    the top-level section down), ``level``, ``kind``, ``marker``, ``title``, ``text``, ``line``."""
    for node in doc.nodes():
        yield {"document": name, "path": node.heading_path, "level": node.depth, "kind": node.kind,
               "marker": node.marker, "title": node.title, "text": node.text, "line": node.line}

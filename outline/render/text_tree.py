"""Plain indented tree for the terminal (``--format tree``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from anytree import RenderTree

if TYPE_CHECKING:
    from ..tree import Document

_KIND_MARK = {"lead": "~ ", "gap": "! "}


def render_text_tree(doc: "Document") -> str:
    """Box-drawing tree of marker and title, leads marked ``~``, gaps ``!``."""
    lines = [doc.title or "(untitled report)"]
    for prefix, _, node in RenderTree(doc):
        if node is doc:
            continue
        lines.append(f"{prefix}{_KIND_MARK.get(node.kind, '')}{node.name}")
    return "\n".join(lines) + "\n"

"""Markdown renderer: ``#`` title, ``##``…``######`` headings, deeper levels and items as lists."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..tree import Document, Node

_MAX_HEADING_DEPTH = 5  # ## … ######


def _label(node: "Node") -> str:
    if node.kind == "gap":
        return f"*{node.name}*"
    return f"{node.marker} {node.title}" if node.marker else node.title


def _escape(s: str) -> str:
    """Keep a title from being read as Markdown syntax."""
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#")


def _quote(text: str, indent: str) -> list[str]:
    return [f"{indent}{line}" if line.strip() else "" for line in text.splitlines()]


def render_markdown(doc: "Document", body: bool = False) -> str:
    """The outline as Markdown; ``body`` adds each node's text under its heading."""
    out: list[str] = [f"# {_escape(doc.title or 'Untitled report')}", ""]
    if body and doc.text:
        out += [doc.text, ""]

    def heading_like(node: "Node", depth: int) -> bool:
        return node.kind in ("heading", "lead") and depth <= _MAX_HEADING_DEPTH

    def children_start(children: Sequence["Node"], depth: int) -> int | None:
        """``None``: the children may be headings; ``0``: they must all be list items, because a
        list after a heading child would be read back (markmap, pandoc) as that child's."""
        seen_heading = False
        for child in children:
            if heading_like(child, depth):
                seen_heading = True
            elif seen_heading:
                return 0
        return None

    def walk(node: "Node", depth: int, list_depth: int | None) -> None:
        as_heading = list_depth is None and heading_like(node, depth)
        if as_heading:
            if out and out[-1]:
                out.append("")  # a list before this heading ends here
            out.extend([f"{'#' * (depth + 1)} {_escape(_label(node))}", ""])
            if body and node.text:
                out.extend([node.text, ""])
            mode = children_start(node.children, depth + 1)
            for child in node.children:
                walk(child, depth + 1, mode)
            if mode is not None and out and out[-1]:
                out.append("")
            return
        level = list_depth or 0
        indent = "  " * level
        out.append(f"{indent}- {_escape(_label(node))}")
        if body and node.text:
            out.extend(_quote(node.text, indent + "  "))
        for child in node.children:
            walk(child, depth + 1, level + 1)

    mode = children_start(doc.children, 1)
    for child in doc.children:
        walk(child, 1, mode)
    return "\n".join(out).rstrip() + "\n"

"""A self-contained HTML page: the two outlines side by side, matched rows aligned,
changes coloured.  No scripts, no external files.

Each row of a matched pair shows how alike the two are, and opens (``<details>``) on the
first sentence of each section's body, so a reader can check the pairing.  A removed
subtree stands right after the old node that preceded it, so removed and added children
stay under their parents.
"""
from __future__ import annotations

import re
from html import escape as _escape
from pathlib import PurePath
from typing import TYPE_CHECKING

from anytree import PreOrderIter

from ..render.xml_safe import xml_safe

if TYPE_CHECKING:
    from ...tree import Document, Node
    from . import DiffResult

_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.2em} table{border-collapse:collapse;width:100%;table-layout:fixed}
th{background:#eee;text-align:left;padding:.4em} td{padding:.25em .4em;border-bottom:1px solid #f0f0f0;vertical-align:top}
td.old{border-right:2px solid #ccc} .op{font-size:.75em;color:#666;margin-left:.5em}
.sim{font-size:.75em;color:#888;margin-left:.5em} .body{font-size:.85em;color:#555;margin:.2em 0 .3em 0}
summary{cursor:pointer} .meta{font-size:.8em;color:#666;font-weight:normal}
tr.added td.new{background:#e6ffed} tr.removed td.old{background:#ffeef0}
tr.renamed td{background:#fff8c5} tr.moved td{background:#e7f0ff} tr.reordered td{background:#f3e8ff}
tr.promoted td,tr.demoted td{background:#e0fbfb} .marker{color:#555;margin-right:.3em}
.legend span{display:inline-block;padding:.1em .5em;margin-right:.5em;border-radius:3px}
"""
def escape(text: str) -> str:
    """HTML-escaped, without the characters XML 1.0 forbids (the page stays well-formed XHTML)."""
    return _escape(xml_safe(text))


_SENTENCE = re.compile(r"^.+?(?:[。！？!?；;]|$)", re.S)


def first_sentence(node: "Node | None", limit: int = 120) -> str:
    """The first sentence of a node's own body text, cut at ``limit`` characters."""
    if node is None or not node.text.strip():
        return ""
    m = _SENTENCE.match(node.text.strip())
    sentence = m.group(0) if m else node.text.strip()
    return sentence if len(sentence) <= limit else sentence[:limit] + "…"


def _heading(node: "Node") -> str:
    marker = f'<span class="marker">{escape(node.marker)}</span>' if node.marker else ""
    return f"{marker}{escape(node.title or node.name)}"


def _cell(node: "Node | None", extra: str = "", expandable: bool = False) -> str:
    if node is None:
        return ""
    indent = (node.depth - 1) * 1.4
    if expandable:
        body = escape(first_sentence(node)) or "<i>(no text of its own)</i>"
        return (f'<div style="padding-left:{indent:.1f}em"><details><summary>{_heading(node)}{extra}</summary>'
                f'<div class="body">{body}</div></details></div>')
    return f'<div style="padding-left:{indent:.1f}em">{_heading(node)}{extra}</div>'


def rows(result: "DiffResult") -> list[tuple["Node | None", "Node | None", str]]:
    """(old, new, op) rows in the new report's order; each removed subtree right after the
    row of the old node that precedes it (its parent or its previous sibling's last row)."""
    pairs = result.pairs
    back = {b: a for a, b in pairs.items()}
    ops = {c.new_node: c.op for c in result.changes if c.new_node is not None}
    old_nodes = [n for n in PreOrderIter(result.old) if n is not result.old and n.kind != "gap"]
    new_nodes = [n for n in PreOrderIter(result.new) if n is not result.new and n.kind != "gap"]
    after: dict["Node | None", list["Node"]] = {}  # matched old node (None: the top) → removed after it
    anchor: "Node | None" = None
    for a in old_nodes:
        if a in pairs:
            anchor = a
        else:
            after.setdefault(anchor, []).append(a)
    out: list[tuple] = [(a, None, "removed") for a in after.get(None, [])]
    for b in new_nodes:
        a = back.get(b)
        if a is None:
            out.append((None, b, "added"))
            continue
        out.append((a, b, ops.get(b, "same")))
        out.extend((r, None, "removed") for r in after.get(a, []))
    return out


def _label(doc: "Document", year: int | None) -> str:
    source = doc.meta.get("source") or {}
    name = PurePath(source["name"]).name if source.get("name") else ""
    parts = [p for p in (name, f"reviews {year}" if year else "", doc.title) if p]
    return " · ".join(parts) or "(untitled report)"


def render_html(result: "DiffResult") -> str:
    """The page, as one string."""
    body = []
    for a, b, op in rows(result):
        label = f'<span class="op">{op}</span>' if op not in ("same", "added", "removed") else ""
        matched = a is not None and b is not None
        sim = f'<span class="sim">{result.similarity.get(b, 0.0):.2f}</span>' if matched else ""
        body.append(f'<tr class="{op}"><td class="old">{_cell(a, expandable=matched)}</td>'
                    f'<td class="new">{_cell(b, label + sim, expandable=matched)}</td></tr>')
    legend = "".join(f'<span class="{o}" style="background:{c}">{o}</span>' for o, c in (
        ("added", "#e6ffed"), ("removed", "#ffeef0"), ("renamed", "#fff8c5"), ("moved", "#e7f0ff"),
        ("reordered", "#f3e8ff"), ("promoted", "#e0fbfb")))
    old_label, new_label = _label(result.old, result.years[0]), _label(result.new, result.years[1])
    title = f"{old_label} → {new_label}"
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>"
            f'<p class="legend">{legend} {len(result.changes)} change(s); the number on a matched row is '
            "how alike the two sections are (0–1); click a row for the first sentence of each.</p>"
            f'<table id="diff"><colgroup><col><col></colgroup>'
            f"<tr><th>{escape(old_label)}</th><th>{escape(new_label)}</th></tr>"
            + "".join(body) + "</table></body></html>\n")

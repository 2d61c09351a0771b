"""A self-contained HTML page: the two outlines side by side, matched rows aligned,
changes coloured.  No scripts, no external files."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from anytree import PreOrderIter

if TYPE_CHECKING:
    from ...tree import Node
    from . import DiffResult

_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.2em} table{border-collapse:collapse;width:100%;table-layout:fixed}
th{background:#eee;text-align:left;padding:.4em} td{padding:.25em .4em;border-bottom:1px solid #f0f0f0;vertical-align:top}
td.old{border-right:2px solid #ccc} .op{font-size:.75em;color:#666;margin-left:.5em}
tr.added td.new{background:#e6ffed} tr.removed td.old{background:#ffeef0}
tr.renamed td{background:#fff8c5} tr.moved td{background:#e7f0ff} tr.reordered td{background:#f3e8ff}
tr.promoted td,tr.demoted td{background:#e0fbfb} .marker{color:#555;margin-right:.3em}
.legend span{display:inline-block;padding:.1em .5em;margin-right:.5em;border-radius:3px}
"""


def _cell(node: "Node | None") -> str:
    if node is None:
        return ""
    indent = (node.depth - 1) * 1.4
    marker = f'<span class="marker">{escape(node.marker)}</span>' if node.marker else ""
    return f'<div style="padding-left:{indent:.1f}em">{marker}{escape(node.title or node.name)}</div>'


def rows(result: "DiffResult") -> list[tuple["Node | None", "Node | None", str]]:
    """(old, new, op) rows: new order, removed nodes where they stood in the old order."""
    pairs = result.pairs
    back = {b: a for a, b in pairs.items()}
    ops = {c.new_node: c.op for c in result.changes if c.new_node is not None}
    old_nodes = [n for n in PreOrderIter(result.old) if n is not result.old and n.kind != "gap"]
    new_nodes = [n for n in PreOrderIter(result.new) if n is not result.new and n.kind != "gap"]
    old_pos = {n: i for i, n in enumerate(old_nodes)}
    emitted: set = set()
    out: list[tuple] = []
    cursor = 0

    def flush_removed(upto: int) -> None:
        nonlocal cursor
        while cursor < upto:
            a = old_nodes[cursor]
            if a not in pairs and a not in emitted:
                out.append((a, None, "removed"))
                emitted.add(a)
            cursor += 1

    for b in new_nodes:
        a = back.get(b)
        if a is not None:
            flush_removed(old_pos[a])
            out.append((a, b, ops.get(b, "same")))
            emitted.add(a)
        else:
            out.append((None, b, "added"))
    flush_removed(len(old_nodes))
    return out


def render_html(result: "DiffResult") -> str:
    """The page, as one string."""
    body = []
    for a, b, op in rows(result):
        label = f'<span class="op">{op}</span>' if op != "same" else ""
        body.append(f'<tr class="{op}"><td class="old">{_cell(a)}</td><td class="new">{_cell(b)}{label}</td></tr>')
    legend = "".join(f'<span class="{o}" style="background:{c}">{o}</span>' for o, c in (
        ("added", "#e6ffed"), ("removed", "#ffeef0"), ("renamed", "#fff8c5"), ("moved", "#e7f0ff"),
        ("reordered", "#f3e8ff"), ("promoted", "#e0fbfb")))
    title = f"{result.old.title or '(old)'} → {result.new.title or '(new)'}"
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>"
            f'<p class="legend">{legend} {len(result.changes)} change(s)</p>'
            f'<table id="diff"><colgroup><col><col></colgroup>'
            f"<tr><th>{escape(result.old.title or '(old)')}</th><th>{escape(result.new.title or '(new)')}</th></tr>"
            + "".join(body) + "</table></body></html>\n")

"""Renderers of a diff: terminal text, Markdown, JSON.  (The HTML page is in ``html.py``.)"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import DiffResult
    from .changes import Change

_SIGN = {"added": "+", "removed": "-", "renamed": "~", "moved": "→", "reordered": "↕", "promoted": "↑",
         "demoted": "↓"}
_COLOUR = {"added": "32", "removed": "31", "renamed": "33", "moved": "34", "reordered": "35", "promoted": "36",
           "demoted": "36"}


def _path(p: list[str] | None) -> str:
    return " › ".join(p) if p else ""


def describe(c: "Change") -> str:
    """One line for one change, without colour."""
    if c.op == "added":
        return f"+ {_path(c.new)}"
    if c.op == "removed":
        return f"- {_path(c.old)}"
    if c.op == "renamed":
        return f"~ {_path(c.old)}  ⇒  {c.new[-1] if c.new else ''}  ({c.similarity:.2f})"
    return f"{_SIGN[c.op]} {c.op}: {_path(c.old)}  ⇒  {_path(c.new)}"


def render_text(result: "DiffResult", colour: bool = False) -> str:
    """The terminal view: one line a change; colour codes only when asked (a terminal)."""
    lines = [f"--- {result.old.title or '(old)'}", f"+++ {result.new.title or '(new)'}"]
    for c in result.changes:
        line = describe(c)
        lines.append(f"\033[{_COLOUR[c.op]}m{line}\033[0m" if colour else line)
    if not result.changes:
        lines.append("(no changes)")
    if result.plan is not None:
        lines.append("")
        if result.plan_sections_missing():
            lines += [f"plan vs review skipped: {m.split(' (')[0]}" for m in result.plan_sections_missing()]
        else:
            lines.append(f"plan {_path(result.plan_sections[0])} → review {_path(result.plan_sections[1])}:")
        for item in result.plan:
            if item.status == "carried out":
                lines.append(f"  ✓ {_path(item.plan)}  ⇒  {_path(item.review)}")
            elif item.status == "not mentioned":
                lines.append(f"  ✗ {_path(item.plan)}  (not mentioned)")
            else:
                lines.append(f"  + {_path(item.review)}  (new)")
    return "\n".join(lines) + "\n"


def render_markdown(result: "DiffResult") -> str:
    """Markdown: a section per kind of change."""
    out = [f"# {result.old.title or '(old)'} → {result.new.title or '(new)'}", ""]
    if not result.changes:
        out.append("No changes.")
    for op in ("added", "removed", "renamed", "moved", "promoted", "demoted", "reordered"):
        these = [c for c in result.changes if c.op == op]
        if not these:
            continue
        out += [f"## {op.capitalize()} ({len(these)})", ""]
        for c in these:
            if op == "added":
                out.append(f"- {_path(c.new)}")
            elif op == "removed":
                out.append(f"- {_path(c.old)}")
            else:
                out.append(f"- {_path(c.old)} ⇒ {_path(c.new)} ({c.similarity:.2f})")
        out.append("")
    if result.plan is not None:
        out += ["## Plan vs review", ""]
        for item in result.plan:
            mark = {"carried out": "✓", "not mentioned": "✗", "new": "+"}[item.status]
            out.append(f"- {mark} {item.status}: {_path(item.plan or item.review)}"
                       + (f" ⇒ {_path(item.review)}" if item.status == "carried out" else ""))
    return "\n".join(out).rstrip() + "\n"


def render_json(result: "DiffResult") -> str:
    """The ``outline-diff/1`` contract as UTF-8 JSON."""
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"

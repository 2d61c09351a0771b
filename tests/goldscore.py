"""The matching rules of ../shared/tools/score_outline.py, for the project's own tests.

A gold ``.outline`` file holds one node a line, two spaces of indent per level:
``<marker> <title>`` a numbered node, ``~ <title>`` a lead, ``! gap N`` a gap, a
leading ``?`` for a node whose parent is not judged, ``# title:`` the document title.
Titles match after NFKC folding, white space removal, traditional→simplified and
dropping trailing punctuation, when equal or when their first 12 characters agree.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from opencc import OpenCC

_t2s = OpenCC("t2s").convert
PREFIX = 12


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"\s+", "", s)
    return _t2s(s).rstrip("。；;：:，,")


def same_title(a: str, b: str) -> bool:
    return a == b or (len(a) >= PREFIX and len(b) >= PREFIX and a[:PREFIX] == b[:PREFIX])


@dataclass
class GoldNode:
    marker: str
    title: str
    kind: str
    parent: int | None
    judge: bool


@dataclass
class Score:
    core: int
    precision: float
    recall: float
    tree: float
    lead_recall: float | None
    lead_precision: float | None
    gaps: tuple[int, int]
    title_ok: bool
    leads: tuple[int, int, int, int] = (0, 0, 0, 0)  # gold, gold found, reported, reported right
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    wrong_parent: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: Path) -> tuple[str | None, list[GoldNode]]:
    title, nodes, stack = None, [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        if raw.startswith("# title:"):
            title = raw.split(":", 1)[1].strip()
            continue
        if raw.startswith("#"):
            continue
        judge = not raw.startswith("?")
        if not judge:
            raw = raw[1:]
        depth = (len(raw) - len(raw.lstrip(" "))) // 2
        body = raw.strip()
        if body.startswith("! gap"):
            kind, marker, t = "gap", "", ""
        elif body.startswith("~ "):
            kind, marker, t = "lead", "", body[2:]
        else:
            marker, _, t = body.partition(" ")
            kind = "item" if marker.endswith(("是", "要")) else "heading"
        while stack and stack[-1][0] >= depth:
            stack.pop()
        nodes.append(GoldNode(marker, t, kind, stack[-1][1] if stack else None, judge))
        stack.append((depth, len(nodes) - 1))
    return title, nodes


def score(gold_path: Path, out: dict) -> Score:
    """Score the JSON a user gets against a gold file."""
    gtitle, gold = read_gold(gold_path)
    flat: list[dict] = []

    def walk(n: dict, parent: int | None) -> None:
        for c in n.get("children") or []:
            flat.append(dict(marker=c.get("marker") or "", title=c.get("title") or "", kind=c.get("kind") or "",
                             parent=parent))
            walk(c, len(flat) - 1)

    walk(out, None)
    keys = [(norm(o["marker"]), norm(o["title"])) for o in flat]
    used: set[int] = set()
    match: dict[int, int] = {}
    for gi, g in enumerate(gold):
        if g.kind == "gap":
            continue
        gm, gt = norm(g.marker), norm(g.title)
        for oi, (om, ot) in enumerate(keys):
            if oi in used or (g.kind == "lead") != (flat[oi]["kind"] == "lead" or not om):
                continue
            if om == gm and same_title(ot, gt):
                used.add(oi)
                match[gi] = oi
                break
    core = [i for i, g in enumerate(gold) if g.kind in ("heading", "item")]
    lead = [i for i, g in enumerate(gold) if g.kind == "lead"]
    out_core = [i for i, o in enumerate(flat) if o["kind"] not in ("lead", "gap") and o["marker"]]
    out_lead = [i for i, o in enumerate(flat) if o["kind"] == "lead" or (not o["marker"] and o["kind"] != "gap")]
    matched_out = set(match.values())
    hit = [i for i in core if i in match]

    def parent_ok(gi: int) -> bool:
        gp, op = gold[gi].parent, flat[match[gi]]["parent"]
        if gp is None:
            return op is None
        while gp is not None and gp not in match:
            gp = gold[gp].parent
        while op is not None and op not in matched_out:
            op = flat[op]["parent"]
        return (gp is None and op is None) or (gp is not None and match.get(gp) == op)

    judged = [i for i in hit if gold[i].judge]
    return Score(
        core=len(core),
        precision=len([i for i in out_core if i in matched_out]) / len(out_core) if out_core else float(not core),
        recall=len(hit) / len(core) if core else 1.0,
        tree=len([i for i in judged if parent_ok(i)]) / len(judged) if judged else 1.0,
        lead_recall=len([i for i in lead if i in match]) / len(lead) if lead else None,
        lead_precision=len([i for i in out_lead if i in matched_out]) / len(out_lead) if out_lead else None,
        gaps=(len([o for o in flat if o["kind"] == "gap"]), len([g for g in gold if g.kind == "gap"])),
        title_ok=gtitle is None or norm(out.get("title")) == norm(gtitle),
        leads=(len(lead), len([i for i in lead if i in match]), len(out_lead),
               len([i for i in out_lead if i in matched_out])),
        missing=[f"{gold[i].marker} {gold[i].title}" for i in core if i not in match],
        extra=[f'{flat[i]["marker"]} {flat[i]["title"]}' for i in out_core if i not in matched_out],
        wrong_parent=[f"{gold[i].marker} {gold[i].title}" for i in judged if not parent_ok(i)],
    )

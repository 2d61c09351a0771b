"""From an alignment to the list of changes a reader wants: added, removed, renamed,
moved, reordered, promoted, demoted — one change per subtree root."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .align import Info
from .align import pair_score as score
from .similarity import Weights, title_similarity


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between the two outlines.

    Attributes:
        op: ``added`` | ``removed`` | ``renamed`` | ``moved`` | ``reordered`` | ``promoted`` | ``demoted``.
        old: heading path (titles) in the old report, or ``None`` for an addition.
        new: heading path in the new report, or ``None`` for a removal.
        similarity: how alike the two nodes are, 0..1 (0 for additions and removals).
    """

    op: str
    old: list[str] | None
    new: list[str] | None
    similarity: float
    old_node: Any = field(default=None, compare=False, repr=False)
    new_node: Any = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the ``outline-diff/1`` contract."""
        return {"op": self.op, "old": self.old, "new": self.new, "similarity": round(self.similarity, 3)}


_YEARS = re.compile(r"Y[PM]?\d+年|(?:19|20)\d{2}年")


def _without_years(key: str) -> str:
    return _YEARS.sub("", key)


def _path(info: Info) -> list[str]:
    return [n.title for n in info.node.path if n.kind != "document"]


def _longest_increasing(seq: list[int]) -> set[int]:
    """Positions in ``seq`` that form a longest increasing subsequence."""
    import bisect

    tails: list[int] = []
    tail_pos: list[int] = []
    prev = [-1] * len(seq)
    for i, v in enumerate(seq):
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tail_pos.append(i)
        else:
            tails[k] = v
            tail_pos[k] = i
        prev[i] = tail_pos[k - 1] if k else -1
    keep, i = set(), tail_pos[-1] if tail_pos else -1
    while i >= 0:
        keep.add(i)
        i = prev[i]
    return keep


def classify(old: list[Info], new: list[Info], fwd: dict[Info, Info], weights: Weights) -> list[Change]:
    """Every change, in the order of the new report (removals where they stood)."""

    def pair_score(a: Info, b: Info) -> float:
        return score(a, b, weights)

    back = {b: a for a, b in fwd.items()}
    changes: list[tuple[int, int, Change]] = []

    def corresponds(a: Info, b: Info) -> bool:
        if a.parent is None or b.parent is None:
            return a.parent is None and b.parent is None
        return fwd.get(a.parent) is b.parent

    for a, b in fwd.items():
        if not corresponds(a, b):
            op = "promoted" if b.depth < a.depth else "demoted" if b.depth > a.depth else "moved"
            changes.append((b.index, 0, Change(op, _path(a), _path(b), pair_score(a, b), a.node, b.node)))
        elif _without_years(a.key) != _without_years(b.key):  # 2023年 → 2024年 alone is no rename
            sim = title_similarity(a.key, b.key, a.title_grams, b.title_grams)
            changes.append((b.index, 0, Change("renamed", _path(a), _path(b), sim, a.node, b.node)))

    # reordered: among children that stayed under corresponding parents
    groups: dict[int | None, list[Info]] = {}
    for b in new:
        before = back.get(b)
        if before is not None and corresponds(before, b):
            groups.setdefault(id(b.parent) if b.parent else None, []).append(b)
    for siblings in groups.values():
        order = [back[b].index for b in siblings]
        keep = _longest_increasing(order)
        for pos, b in enumerate(siblings):
            if pos not in keep:
                changes.append((b.index, 1, Change("reordered", _path(back[b]), _path(b), pair_score(back[b], b),
                                                         back[b].node, b.node)))

    for a in old:
        if a not in fwd and (a.parent is None or a.parent in fwd):
            # placed after the new node that follows its matched predecessor
            changes.append((_anchor(a, fwd), 2, Change("removed", _path(a), None, 0.0, a.node)))
    for b in new:
        if b not in back and (b.parent is None or b.parent in back):
            changes.append((b.index, 0, Change("added", None, _path(b), 0.0, None, b.node)))
    changes.sort(key=lambda c: (c[0], c[1]))
    return [c for _, _, c in changes]


def _anchor(a: Info, fwd: dict[Info, Info]) -> int:
    """Where a removed node would stand in the new report's order."""
    prev = a.parent
    if prev is not None and prev in fwd:
        return fwd[prev].index
    return -1

"""What last year's plan became: the plan section of the older report against the
review section of the newer one."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .align import Info, pair_score
from .similarity import Weights

_PLAN = re.compile(r"计划|計劃|谋划|謀劃|安排|打算|重点工作|重點工作|任务|任務|总体要求|總體要求|工作思路|要点|要點")
_REVIEW = re.compile(r"回顾|回顧|总结|總結|情况|情況|工作开展|成绩|成績|推进")
CARRIED_AT = 0.18  # measured: real plan→review pairs score 0.2–0.3, unrelated ones under 0.15


@dataclass(frozen=True, slots=True)
class PlanItem:
    """A planned item and what became of it: ``carried out`` (with where), ``not mentioned``, or ``new``."""

    status: str
    plan: list[str] | None
    review: list[str] | None
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"status": self.status, "plan": self.plan, "review": self.review,
                "similarity": round(self.similarity, 3)}


def _section(infos: list[Info], pattern: re.Pattern[str], year_offset: int) -> Info | None:
    """The top-level section whose title matches, preferring the expected relative year."""
    tops = [i for i in infos if i.parent is None]
    hits = [i for i in tops if pattern.search(i.node.title)]
    for i in hits:
        if f"Y{year_offset:+d}" in i.key:
            return i
    return hits[0] if hits else None


def _path(info: Info) -> list[str]:
    return [n.title for n in info.node.path if n.kind != "document"]


def plan_vs_review(old: list[Info], new: list[Info],
                   weights: Weights) -> tuple[Info | None, Info | None, list[PlanItem]]:
    """Each child of the old plan section: carried out (matched anywhere in the new review
    section), not mentioned; and the review's own sections that no plan item matched: new."""
    plan = _section(old, _PLAN, 1)
    review = _section(new, _REVIEW, 0)
    if plan is None or review is None:
        return plan, review, []
    planned = plan.children
    reviewed = [r for r in new if _is_below(r, review)]
    # same-depth sections first: a plan's section is reported on as a section, not a sentence
    scored = sorted(((pair_score(p, r, weights) - 0.05 * abs(r.depth - review.depth - 1), p, r)
                     for p in planned for r in reviewed), key=lambda t: t[0], reverse=True)
    taken: dict[Info, tuple[Info, float]] = {}
    used: set[Info] = set()
    for s, p, r in scored:
        if s >= CARRIED_AT and p not in taken and r not in used:
            taken[p] = (r, s)
            used.add(r)
    items = []
    for p in planned:
        if p in taken:
            r, s = taken[p]
            items.append(PlanItem("carried out", _path(p), _path(r), s))
        else:
            items.append(PlanItem("not mentioned", _path(p), None, 0.0))
    for r in review.children:
        if r not in used and not any(_is_below(u, r) for u in used):
            items.append(PlanItem("new", None, _path(r), 0.0))
    return plan, review, items


def _is_below(info: Info, ancestor: Info) -> bool:
    p = info.parent
    while p is not None:
        if p is ancestor:
            return True
        p = p.parent
    return False

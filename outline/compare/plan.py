"""What last year's plan became: the plan section of the older report against the review
section of the newer one, on the same ranking machinery as the alignment.

The older report's plan for year Y+1 (``2025年重点任务``, ``2025年工作安排``,
``对今年政府工作的建议``) is what the newer report reviews as year Y+1.  Each planned task is
looked for at whatever depth of the review fits best: a task may come back as a whole
section, as one sub-head of a section, or only inside a section's text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .align import MUTUAL_FLOOR, Info, _assignment, pair_score
from .normalize import relative_year
from .roles import PLAN, REVIEW, TERM_REVIEW
from .similarity import Weights

CARRIED_AT = 0.18  # measured: real plan→review pairs score 0.2–0.3, unrelated ones under 0.15
DEPTH_COST = 0.05  # a plan section is reported on as a section, not a sentence


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


def _section(infos: list[Info], roles: tuple[str, ...], year: int) -> Info | None:
    """The top-level section of the first role that has one, preferring the expected year."""
    tops = [i for i in infos if i.parent is None]
    for wanted in roles:
        hits = [i for i in tops if i.role == wanted]
        for i in hits:
            if relative_year(i.key) == year:
                return i
        if hits:
            return hits[0]
    return None


def plan_section(old: list[Info]) -> Info | None:
    """The older report's plan for the coming year."""
    return _section(old, (PLAN,), 1)


def review_section(new: list[Info]) -> Info | None:
    """The newer report's review of the year just past (or of its whole term, which holds it)."""
    return _section(new, (REVIEW, TERM_REVIEW), 0)


def _path(info: Info) -> list[str]:
    return [n.title for n in info.node.path if n.kind != "document"]


def _below(info: Info, ancestor: Info) -> bool:
    p = info.parent
    while p is not None:
        if p is ancestor:
            return True
        p = p.parent
    return False


def plan_vs_review(old: list[Info], new: list[Info],
                   weights: Weights) -> tuple[Info | None, Info | None, list[PlanItem]]:
    """Each task of the old plan section: ``carried out`` (and where in the new review) or
    ``not mentioned``; then the review's own sections that no task led to: ``new``."""
    plan, review = plan_section(old), review_section(new)
    if plan is None or review is None:
        return plan, review, []
    tasks = plan.children
    reviewed = [r for r in new if _below(r, review)]
    depth = review.depth + 1

    def score(p: Info, r: Info) -> float:
        return pair_score(p, r, weights) - DEPTH_COST * abs(r.depth - depth)

    table = [[score(p, r) for r in reviewed] for p in tasks]
    taken: dict[Info, tuple[Info, float]] = {}
    if tasks and reviewed:
        row_best = [max(row) for row in table]
        col_best = [max(table[i][j] for i in range(len(tasks))) for j in range(len(reviewed))]
        for i, j in _assignment(table):  # one review node answers one task, first
            s = table[i][j]
            if s >= CARRIED_AT or (s >= MUTUAL_FLOOR and s == row_best[i] and s == col_best[j]):
                taken[tasks[i]] = (reviewed[j], s)
    for i, p in enumerate(tasks):  # then several tasks may share one review node
        if p in taken:
            continue
        best = max(range(len(reviewed)), key=lambda j: table[i][j], default=None)
        if best is not None and table[i][best] >= CARRIED_AT:
            taken[p] = (reviewed[best], table[i][best])
    items = []
    for p in tasks:
        if p in taken:
            r, s = taken[p]
            items.append(PlanItem("carried out", _path(p), _path(r), s))
        else:
            items.append(PlanItem("not mentioned", _path(p), None, 0.0))
    used = {r for r, _ in taken.values()}
    for r in review.children:
        if r not in used and not any(_below(u, r) for u in used):
            items.append(PlanItem("new", None, _path(r), 0.0))
    return plan, review, items

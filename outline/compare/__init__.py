"""``outline.compare``: compare the outlines of two reports (most often one place, two years).

>>> import outline
>>> a = outline.parse("某镇2023年工作总结\\n一、经济发展\\n内容。\\n二、社会事业\\n内容。\\n")
>>> b = outline.parse("某镇2024年工作总结\\n一、社会事业\\n内容。\\n二、经济发展\\n内容。\\n")
>>> [c.op for c in outline.diff(a, b).changes]
['reordered']
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..tree import Document
from .align import Aligner, pair_score
from .changes import Change, classify
from .plan import PlanItem, plan_vs_review

SCHEMA = "outline-diff/1"


@dataclass
class DiffResult:
    """The changes between two outlines, and (on request) what the old plan became.

    Attributes:
        old, new: the two documents.
        changes: list of :class:`Change`, in the new report's order.
        pairs: matched nodes, old → new (for side-by-side views).
        plan: :class:`PlanItem` list when ``plan_vs_review`` was asked for.
    """

    old: Document
    new: Document
    changes: list[Change]
    pairs: dict = field(default_factory=dict)
    similarity: dict = field(default_factory=dict)  # new node → score of its pair
    years: tuple[int | None, int | None] = (None, None)  # the year each report reviews
    plan: list[PlanItem] | None = None
    plan_sections: tuple[list[str] | None, list[str] | None] = (None, None)

    @property
    def same(self) -> bool:
        """No change at all (the ``diff`` exit code 0)."""
        return not self.changes

    def plan_sections_missing(self, old_name: str = "OLD", new_name: str = "NEW") -> list[str]:
        """What ``plan_vs_review`` could not find, one sentence each (empty when both were found)."""
        if self.plan is None:
            return []
        out = []
        if self.plan_sections[0] is None:
            out.append(f"no plan section found in {old_name} (a top-level heading such as 2025年工作安排, "
                       "2025年重点任务 or 对今年政府工作的建议); plan vs review skipped")
        if self.plan_sections[1] is None:
            out.append(f"no review section found in {new_name} (a top-level heading such as 2024年工作回顾 "
                       "or 过去一年工作回顾); plan vs review skipped")
        return out

    def to_dict(self) -> dict[str, Any]:
        """The ``outline-diff/1`` JSON contract."""
        side = lambda d: {"title": d.title, "meta": {k: v for k, v in d.meta.items() if k != "cleaning"}}  # noqa: E731
        out: dict[str, Any] = {"schema": SCHEMA, "old": side(self.old), "new": side(self.new),
                               "changes": [c.to_dict() for c in self.changes]}
        if self.plan is not None:
            out["plan_vs_review"] = {"plan_section": self.plan_sections[0], "review_section": self.plan_sections[1],
                                     "items": [p.to_dict() for p in self.plan]}
        return out


def diff(old: Document, new: Document, *, plan_vs_review_: bool = False) -> DiffResult:
    """Align two outlines and list what was added, removed, renamed, moved, reordered,
    promoted or demoted; with ``plan_vs_review_``, also what the old plan became."""
    aligner = Aligner(old, new)
    fwd = aligner.run()
    result = DiffResult(old, new, classify(aligner.a, aligner.b, fwd, aligner.weights),
                        pairs={a.node: b.node for a, b in fwd.items()},
                        similarity={b.node: pair_score(a, b, aligner.weights) for a, b in fwd.items()},
                        years=(aligner.old_years.base, aligner.new_years.base))
    if plan_vs_review_:
        plan, review, items = plan_vs_review(aligner.a, aligner.b, aligner.weights)
        result.plan = items
        result.plan_sections = ([plan.node.title] if plan else None, [review.node.title] if review else None)
    return result


__all__ = ["diff", "DiffResult", "Change", "PlanItem", "SCHEMA"]

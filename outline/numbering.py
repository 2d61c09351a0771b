"""Numbering checks: whatever breaks a list's numbering, reported with its line.

A pure function of the units, their nodes and the shape :func:`outline.levels.nest` gave
them: each unit's number is compared with the sibling it follows (repeated, out of order,
skipped unless a gap lies between), or, where it opens a level or a run, with 1 (or, for a
heading level, with the family's last number).  Nothing is checked on the unit right after a
gap: the source hid what came before it.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence

from .levels import LEADS_IN_BODY, OPENS_LEVEL, OPENS_RUN, UNCHECKED
from .tree import Node, Warning_
from .units import Unit


def check_numbering(units: Sequence[Unit], nodes: Sequence[Node], follows: Sequence[int],
                    back_matter: Collection[int] = ()) -> list[Warning_]:
    """The numbering warnings of a report, in document order."""
    warnings: list[Warning_] = []
    last_global: dict[str, int] = {}  # per family, the last number seen
    gaps: list[int] = []
    after_gap = False
    for i, (unit, node) in enumerate(zip(units, nodes)):
        if unit.kind == "gap":
            after_gap = True
            gaps.append(node.start)
            continue
        if i in back_matter or unit.family in LEADS_IN_BODY:
            continue  # (neither numbered nor ending the silence after a gap)
        problem = None if after_gap else _problem(node, follows[i], nodes, last_global, gaps)
        if problem is not None:
            warnings.append(Warning_(problem[0], problem[1], node.line))
        if node.number is not None:
            last_global[node.family] = node.number
        after_gap = False
    return warnings


def _problem(node: Node, follows: int, nodes: Sequence[Node], last_global: dict[str, int],
             gaps: list[int]) -> tuple[str, str] | None:
    n = node.number
    if follows == UNCHECKED or n is None:
        return None
    if follows == OPENS_RUN:
        first = node.marker[0] if node.marker else ""
        return "numbering-start", f"{node.marker} opens a run without {first}… before it"
    previous = None if follows == OPENS_LEVEL else nodes[follows]
    if previous is None or previous.number is None:
        last = last_global.get(node.family)
        if n != 1 and (last is None or n != last + 1):
            return "numbering-start", f"{node.marker} opens its level at {n}, not 1"
        return None
    if n == previous.number:
        return "numbering-repeated", f"{node.marker} repeats the number of the sibling before it"
    if n < previous.number:
        return "numbering-order", f"{node.marker} comes after {previous.marker}: out of order"
    if n > previous.number + 1 and not any(previous.start < g < node.start for g in gaps):
        skipped = n - previous.number - 1
        return "numbering-skipped", f"{node.marker} follows {previous.marker}: {skipped} number(s) skipped"
    return None

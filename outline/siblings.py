"""Which headings are siblings: one family's headings in a row, until a heading of a family
seen before them comes (an outer one closes the lists below it) or their numbering starts
again at 1.  (The flattened-title cuts and the glued-lead cut read groups so.)"""
from __future__ import annotations

from collections.abc import Iterable


def sibling_groups(headings: Iterable[tuple[str, int | None]]) -> list[list[int]]:
    """The positions in ``headings`` (each its family and number, in order), in groups of siblings."""
    groups: list[list[int]] = []
    rank: list[str] = []  # the families in the order they first came
    open_groups: dict[str, list[int]] = {}
    for k, (family, number) in enumerate(headings):
        if family not in rank:
            rank.append(family)
        for below in rank[rank.index(family) + 1:]:
            if below in open_groups:
                groups.append(open_groups.pop(below))  # (an outer heading closes those below it)
        if number == 1 and family in open_groups:
            groups.append(open_groups.pop(family))  # (its numbering starts again: a new list)
        open_groups.setdefault(family, []).append(k)
    return groups + list(open_groups.values())

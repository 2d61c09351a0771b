"""Where a glued heading title ends by the shape of its siblings' titles.

In a report flattened with nothing between its paragraphs, a title that lost its full stop
runs on into its body: ``（三）守底线，保安全加强社会治安管理，…``.  Its siblings that kept
theirs show what its titles look like: ``（一）强经济，增动能。`` ``（二）促振兴，提品质。`` are two
clauses of three characters.  A title whose first clauses have the siblings' lengths and whose
last clause runs longer ends where the siblings' last clause would: ``守底线，保安全``.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .. import lexicon

SHAPE_TITLE_MAX = 20  # characters within which a sibling's title ended, to show its shape
SHAPE_SIBLINGS = 2  # ended siblings of one shape, and of no other, that a cut needs
_CLAUSE = re.compile(f"[{re.escape(lexicon.COMMAS)}]")
_END = re.compile(f"[{re.escape(lexicon.CLAUSE_END)}]")  # (a title ends at a sentence end or a colon)


class Head(NamedTuple):
    """A heading cut out of a flattened line: where its marker and its title start, its
    family, and whether a cut already ends its title."""

    pos: int
    title_start: int
    family: str
    ended: bool


def parallel_title_cuts(text: str, heads: list[Head]) -> list[int]:
    """Where the titles of ``heads`` (in order) that run on into their bodies end, by the
    shape of their siblings' titles (the heads of their family until one of a family seen
    before it comes)."""
    cuts: list[int] = []
    rank: list[str] = []
    groups: dict[str, list[tuple[Head, int]]] = {}  # family → its open group: (head, region end)
    for k, head in enumerate(heads):
        if head.family not in rank:
            rank.append(head.family)
        for family in rank[rank.index(head.family) + 1:]:
            cuts += _cuts_in(text, groups.pop(family, []))  # a family above closes those below
        end = heads[k + 1].pos if k + 1 < len(heads) else len(text)
        groups.setdefault(head.family, []).append((head, end))
    for group in groups.values():
        cuts += _cuts_in(text, group)
    return cuts


def _first_sentence(text: str, start: int, end: int) -> tuple[str, bool]:
    """The text from ``start`` to its first sentence or clause end before ``end``, and whether one came."""
    found = _END.search(text, start, end)
    return (text[start:found.start()], True) if found else (text[start:end], False)


def _cuts_in(text: str, group: list[tuple[Head, int]]) -> list[int]:
    """The cuts in one group of siblings: each head with the title it runs on into, where the
    siblings that ended theirs show one shape of two clauses or more."""
    sentences = [_first_sentence(text, head.title_start, end) for head, end in group]
    shapes = {tuple(len(c) for c in _CLAUSE.split(sentence)) for sentence, stopped in sentences
              if stopped and len(sentence) <= SHAPE_TITLE_MAX}
    ended = sum(1 for sentence, stopped in sentences if stopped and len(sentence) <= SHAPE_TITLE_MAX)
    if ended < SHAPE_SIBLINGS or len(shapes) != 1:
        return []
    shape = shapes.pop()
    if len(shape) < 2:
        return []  # (one clause of a length is no parallel structure)
    cuts = []
    last = len(shape) - 1
    for (head, _), (sentence, stopped) in zip(group, sentences):
        if head.ended or (stopped and len(sentence) <= SHAPE_TITLE_MAX):
            continue  # (cut already, or a sibling that ended its own title)
        clauses = [len(c) for c in _CLAUSE.split(sentence)]
        if len(clauses) > last and clauses[:last] == list(shape[:last]) and clauses[last] > shape[last]:
            cuts.append(head.title_start + sum(shape) + last)
    return cuts

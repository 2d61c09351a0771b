"""Where a glued heading title ends by the shape of its siblings' titles.

In a report flattened with nothing between its paragraphs, a title that lost its full stop
runs on into its body: ``（三）守底线，保安全加强社会治安管理，…``.  Its siblings that kept
theirs show what its titles look like: ``（一）强经济，增动能。`` ``（二）促振兴，提品质。`` are two
clauses of three characters.  A title whose first clauses have the siblings' lengths and whose
last clause runs longer ends where the siblings' last clause would: ``守底线，保安全``.  One
sibling that ended its title shows the shape as well when two more run on through its first
clauses (``（一）加快经济发展,提高经济实力推进农业现代化。`` beside ``（三）兜牢民生底线,提升民生福祉。``).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .. import lexicon
from ..lazyre import LazyPattern
from ..siblings import sibling_groups
from ..units import visible

SHAPE_TITLE_MAX = 20  # characters within which a sibling's title ended, to show its shape
# siblings that agree on a shape, for a cut: one or more that ended their titles in it, none
# that ended in another, and those that run on through its first clauses
SHAPE_AGREEING = 3
RUN_ON_MIN = 4  # characters a running-on title's last clause is longer by than its siblings' (a lead's least)
_CLAUSE = re.compile(f"[{re.escape(lexicon.COMMAS)}]")
_END = re.compile(f"[{re.escape(lexicon.CLAUSE_END)}]")  # (a title ends at a sentence end or a colon)
LABEL_CHARS = (2, 6)  # characters of a form's field label (年度目标, 主办单位)
# a field's label right after a sentence end, before its colon (…以上。主办单位：)
_LABEL_AFTER_STOP = LazyPattern(f"(?<=[{re.escape(lexicon.FULL_STOP)}])"
                                f"([\u4e00-\u9fff]{{{LABEL_CHARS[0]},{LABEL_CHARS[1]}}})(?=[{re.escape(lexicon.COLONS)}])")


class Head(NamedTuple):
    """A heading cut out of a flattened line: where its marker and its title start, its
    family, where a cut already ends its title, and its number."""

    pos: int
    title_start: int
    family: str
    #: where a cut already ends its title (``None``: it runs on)
    title_end: int | None
    number: int | None = None


def parallel_title_cuts(text: str, heads: list[Head]) -> list[int]:
    """Where the titles of ``heads`` (in order) that run on into their bodies end, by the
    shape of their siblings' titles (:func:`siblings.sibling_groups`)."""
    cuts: list[int] = []
    for positions in sibling_groups((head.family, head.number) for head in heads):
        group = [(heads[k], heads[k + 1].pos if k + 1 < len(heads) else len(text)) for k in positions]
        cuts += _group_cuts(text, group)
    return cuts


def _group_cuts(text: str, group: list[tuple[Head, int]]) -> list[int]:
    """The cuts in one group of siblings: by the shape of their titles, or before a form's label."""
    return _cuts_in(text, group) or _label_cuts(text, group)


def _label_cuts(text: str, group: list[tuple[Head, int]]) -> list[int]:
    """The cuts before a form's field label glued to each title: an attachment's entries
    (``一、稳定和扩大就业年度目标：…。主办单位：…``) whose titles all run on into one label before a
    colon, where every entry also holds another label of its own after a sentence end (a
    title ending alike, ``产业发展方面：``, is no form)."""
    if len(group) < SHAPE_AGREEING:
        return []
    heads = []
    for head, end in group:
        found = _END.search(text, head.title_start, end)
        if head.title_end is not None or found is None or text[found.start()] not in lexicon.COLONS:
            return []
        heads.append((head.title_start, found.start(), end))
    first = text[heads[0][0]:heads[0][1]]
    label = next((first[-n:] for n in range(LABEL_CHARS[1], LABEL_CHARS[0] - 1, -1)
                  if all(end - start >= n + LABEL_CHARS[0] and text[end - n:end] == first[-n:]
                         for start, end, _ in heads)), None)
    if label is None or not _is_label(label) or len({text[colon - len(label) - 1] for _, colon, _ in heads}) == 1:
        return []  # (the titles end alike further back: a label longer than a form's, or none)
    fields = [set(_LABEL_AFTER_STOP.findall(text, colon, end)) for _, colon, end in heads]
    if not set.intersection(*fields) - {label}:
        return []
    return [colon - len(label) for _, colon, _ in heads]


def _is_label(word: str) -> bool:
    """Is ``word`` Chinese characters only (a label, not a figure or a quote's end)?"""
    return all("\u4e00" <= ch <= "\u9fff" for ch in word)


def _first_sentence(text: str, start: int, end: int) -> tuple[str, bool]:
    """The text from ``start`` to its first sentence or clause end before ``end``, and whether one came."""
    found = _END.search(text, start, end)
    return (text[start:found.start()], True) if found else (text[start:end], False)


def _cuts_in(text: str, group: list[tuple[Head, int]]) -> list[int]:
    """The cuts in one group of siblings: each head with the title it runs on into, where the
    siblings show one shape of two clauses or more.  A title shows its shape when it ended
    within :data:`SHAPE_TITLE_MAX` characters (by its sentence end, or by a cut); one runs on
    when it opens with the shape's first clauses and its last clause is longer by a lead's
    length at least.  The siblings show a shape when :data:`SHAPE_AGREEING` of them agree on it:
    one or more show it, the others run on, and none that ended shows another (spaces inside a
    title are not counted)."""
    measured: list[tuple[list[int], bool]] = []  # per head: its clauses' lengths, whether it ended
    for head, end in group:
        if head.title_end is not None:
            sentence, stopped = text[head.title_start:head.title_end], True
        else:
            sentence, stopped = _first_sentence(text, head.title_start, end)
        measured.append(([len(visible(c)) for c in _CLAUSE.split(sentence)],
                         stopped and len(visible(sentence)) <= SHAPE_TITLE_MAX))
    for shape in sorted({tuple(clauses) for clauses, ended in measured if ended and len(clauses) >= 2}, key=sum):
        last = len(shape) - 1
        showing = [k for k, (clauses, ended) in enumerate(measured) if ended and tuple(clauses) == shape]
        running_on = [k for k, ((head, _), (clauses, _)) in enumerate(zip(group, measured))
                      if head.title_end is None and len(clauses) > last and clauses[:last] == list(shape[:last])
                      and clauses[last] >= shape[last] + RUN_ON_MIN]
        if any(ended and k not in showing and k not in running_on for k, (_, ended) in enumerate(measured)):
            continue  # (a sibling that ended its title in another shape)
        if len(showing) + len(running_on) >= SHAPE_AGREEING:
            return [_offset_of(text, group[k][0].title_start, sum(shape) + last) for k in running_on]
    return []


def _offset_of(text: str, start: int, count: int) -> int:
    """Where the text from ``start`` has held ``count`` characters that are not white space."""
    i = start
    while count:
        if not text[i].isspace():
            count -= 1
        i += 1
    return i

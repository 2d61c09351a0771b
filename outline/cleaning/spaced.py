"""What a flattened line whose paragraphs were joined by spaces shows: a title that a space
ends, a list that was inside a paragraph, an item standing as a heading (step 9, with
:mod:`flatten`)."""
from __future__ import annotations

import re

from .. import lexicon
from ..lazyre import LazyPattern
from ..leads import RUN_IN_LEAD_MAX, RUN_IN_LEAD_MIN
from ..lexicon import SPACE as _SPACE
from ..markers import match_marker
from ..units import skip_space
from .siblingcut import Head

#: what a sentence or clause closes with: its end, and a closing quote after it
SENTENCE_CLOSE = lexicon.CLAUSE_END + lexicon.CLOSING_QUOTES

SPACED_HEADS = 3  # headings after a space that show a line's paragraphs were joined by spaces


def inline_families(text: str, placed: list[Head]) -> set[str] | None:
    """The families whose every heading (two or more) follows a sentence end at once, in a line
    whose paragraphs were joined by spaces (:data:`SPACED_HEADS` headings after a space): a
    list that was inside a paragraph (``…民生实事。（1）…。（2）…``), not the report's headings."""
    spaced = sum(1 for head in placed if head.pos and text[head.pos - 1] in _SPACE)
    if spaced < SPACED_HEADS:
        return None
    direct: dict[str, bool] = {}  # family → every heading of it follows a sentence end at once
    count: dict[str, int] = {}
    for head in placed:
        at_once = head.pos > 0 and text[head.pos - 1] in SENTENCE_CLOSE
        direct[head.family] = direct.get(head.family, True) and at_once
        count[head.family] = count.get(head.family, 0) + 1
    return {family for family, yes in direct.items() if yes and count[family] >= 2}


# a lead: a short sentence with no clause break (大力提振消费需求。)
_LEAD_SENTENCE = LazyPattern(lambda: f"[^{re.escape(_SPACE + lexicon.COMMAS + lexicon.CLAUSE_END)}]"
                             f"{{{RUN_IN_LEAD_MIN},{RUN_IN_LEAD_MAX}}}[。！!]")


def item_title_ends(text: str, breaks: list[int]) -> list[int]:
    """Where the titles of items that open paragraphs (``一是…促投资 大力提振消费需求。``) end,
    in a line whose paragraphs were joined by spaces: at the space after a title that a lead
    follows, as an item standing alone on its line like a heading does."""
    ends = []
    for at in breaks:
        mk = match_marker(text, at)
        if mk is None or mk.family != "item":
            continue
        end = short_title_end(text, at + mk.length)
        if end is not None and _LEAD_SENTENCE.match(text, skip_space(text, end, len(text))):
            ends.append(end)
    return ends


_FRAGMENT_END = "，,、和的与與及"  # a title piece ending so goes on after the space (抓项目、稳增长, 经济发展…)


# what a title runs on through: neither a space nor a clause end (at most 30 characters from
# its start, one match of this rather than a loop over the characters)
_TITLE_RUN = LazyPattern(lambda: f"[^{re.escape(_SPACE + lexicon.CLAUSE_END)}]*")


def short_title_end(text: str, start: int) -> int | None:
    """End of a heading title that a space separates from its paragraph (``一、工作回顾 2024年是…``)."""
    i = start
    while i < len(text) and text[i] in _SPACE:
        i += 1
    j = i
    # (a title may hold a comma: 聚焦民生保障，群众获得感不断增强 全年新增…)
    while True:
        limit = min(len(text), i + 31)
        if j < limit:  # (past it, after a space skipped inside the title, the title runs no further)
            j = _TITLE_RUN.match(text, j, limit).end()
        if j < len(text) and j - i <= 30 and text[j] in _SPACE and j > i and (
                text[j - 1] in _FRAGMENT_END or _digit_spacing(text, j)):
            j = skip_space(text, j, len(text))  # a wrap, a typed space or digit spacing inside the title
            continue
        break
    if j >= len(text) or text[j] not in _SPACE or j - i < 2 or text[j - 1].isdigit():
        return None
    return j


def _digit_spacing(text: str, space: int) -> bool:
    """Is the space at ``space`` the one PDF extraction puts around a number (``床位 1744 张``)?"""
    after = skip_space(text, space, len(text))
    return after < len(text) and text[after].isdigit()

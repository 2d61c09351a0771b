"""Where an inline item (一是 …, 第一，, 首先，) may start: one pass over the whole cleaned text.

The candidates are what :data:`INLINE_ITEM` finds: a clause end, perhaps a closing quote and
spaces, then the item's opening.  Scanning that pattern means testing a character class at
every clause end of the report (a comma is one in every dozen characters); this module scans
instead for the rare literal each opening holds (是 or 要 just after a number or a space, 第 in
an ordinal, 首先) and looks behind each hit for the clause end.  ``tests/test_prefilters.py``
holds it to the pattern's exact answer.
"""
from __future__ import annotations

import re

from . import lexicon
from .lazyre import LazyPattern

_DIGITS = "一二三四五六七八九十"
_SPACES = " \u3000"
_CLAUSE = lexicon.CLAUSE_END + "，,"

#: the pattern whose matches this module finds; each match ends where its item starts (what
#: the tests hold the scans to: compiled only when asked for)
INLINE_ITEM = LazyPattern(
    f"[{re.escape(_CLAUSE)}][{lexicon.CLOSING_QUOTES}]?[ \u3000]*"
    f"(?=[{_DIGITS}]{{1,3}}[ \u3000]{{0,2}}[是要]|第[ \u3000]{{0,2}}[{_DIGITS}]{{1,3}}[ \u3000]{{0,2}}[，,、：:]"
    r"|首先[，,：:])")

# 是/要 right after a number or a space (most 是 and 要 follow other words); the number is
# checked behind it
_VERB = (re.compile(f"是(?<=[{_DIGITS}{_SPACES}]是)"), re.compile(f"要(?<=[{_DIGITS}{_SPACES}]要)"))
_ORDINAL = re.compile(f"第(?=[ \u3000]{{0,2}}[{_DIGITS}]{{1,3}}[ \u3000]{{0,2}}[，,、：:])")
_FIRST = re.compile("首先[，,：:]")


def inline_item_starts(text: str) -> list[tuple[int, int]]:
    """(just after the clause end, where the item starts) of every match of
    :data:`INLINE_ITEM`, in order."""
    found: list[tuple[int, int]] = []
    for verb in _VERB:
        for m in verb.finditer(text):
            i = m.start()
            spaces = 0
            while i > 0 and text[i - 1] in _SPACES and spaces < 3:
                i -= 1
                spaces += 1
            run_end = i
            while i > 0 and text[i - 1] in _DIGITS:
                i -= 1
            if spaces <= 2 and 1 <= run_end - i <= 3:
                _add_if_after_clause(text, i, found)
    for pattern in (_ORDINAL, _FIRST):
        for m in pattern.finditer(text):
            _add_if_after_clause(text, m.start(), found)
    found.sort()
    return found


def _add_if_after_clause(text: str, at: int, found: list[tuple[int, int]]) -> None:
    """Add (after the clause end, ``at``) when a clause end, then perhaps a closing quote and
    spaces, stands just before ``at``."""
    i = at
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    if i > 0 and text[i - 1] in lexicon.CLOSING_QUOTES:
        i -= 1
    if i > 0 and text[i - 1] in _CLAUSE:
        found.append((i, at))

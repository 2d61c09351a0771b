"""One lexicon: the character classes and the domain word lists every stage reads.

Character classes are defined here once, the wider ones composed from the narrower, so a
stage says which it means (a title ends at :data:`SENTENCE_END`, a line is ended at
:data:`END_PUNCT`) instead of restating a set.  The word lists are data, in ``words.toml``
beside this module, in simplified characters: :func:`either_script_alternation` makes one
match traditional text too, :func:`alternation` is for text already folded to simplified.
(The marker alphabet is not here: it is read off the grammar, see :mod:`outline.markers`.)
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

#: White space that PDF extraction and web pages leave inside Chinese text.
SPACE = " \t\u3000\u00a0\u2002\u2003\u2009\u202f"
#: Where a sentence ends with a full stop, an exclamation or a question.
FULL_STOP = "。！？!?"
#: … or a semicolon: a heading's title is its first sentence.
SENTENCE_END = FULL_STOP + "；;"
COLONS = "：:"
#: Where a clause that may close a line ends: a sentence end or a colon.
CLAUSE_END = SENTENCE_END + COLONS
#: … and an ellipsis: a line ending so is not broken mid-sentence.
END_PUNCT = CLAUSE_END + "…"
COMMAS = "，,、"
#: What no heading's title opens with: a comma or a sentence end (a colon may: 第一部分：总体要求).
#: A marker before one is the rest of something else (产业集群[2]，电子信息… cut by a wrap).
NO_TITLE_OPENING = COMMAS + SENTENCE_END
#: The digits numbers are written in, ASCII and full-width (their value read after NFKC).
DIGITS = "0123456789０１２３４５６７８９"
CLOSING_QUOTES = "”’」』"
#: What a page sets before a sub-head as a bullet (●抓“实”基础, ◆ 抓“细”服务): no part of its title.
BULLETS = "●○◆◇■□▲△▶►★☆•▪◎"
#: What may stand after a sentence end and still belong to the sentence.
CLOSERS = CLOSING_QUOTES + "）)》\"'"
#: How a report's subtitle ends, naming its meeting (——2024年1月13日在…第四次会议上), in
#: either script: the subtitle is whole there.
MEETING_NAMED = ("会议上", "會議上", "会上", "會上")

_WORDS = Path(__file__).with_name("words.toml")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    from ..tomlcache import loads

    return loads(_WORDS.read_text(encoding="utf-8"))


def words(name: str) -> tuple[str, ...]:
    """The word list ``section.key`` of ``words.toml`` (``title.kinds``, ``lead.spared`` …)."""
    section, _, key = name.partition(".")
    value = _data()[section][key]
    if not isinstance(value, list):
        raise TypeError(f"{name} in {_WORDS.name} is a pattern, not a word list")
    return tuple(value)


def pattern(name: str) -> str:
    """The regular expression ``section.key`` of ``words.toml`` (for lists with structure)."""
    section, _, key = name.partition(".")
    value = _data()[section][key]
    if not isinstance(value, str):
        raise TypeError(f"{name} in {_WORDS.name} is a word list, not a pattern")
    return value


def alternation(name: str) -> str:
    """The words of ``name`` as a regex alternation, for text folded to simplified."""
    return "|".join(map(re.escape, words(name)))


def either_script_alternation(name: str) -> str:
    """The words of ``name`` as a regex alternation that matches them in either script."""
    from ..script import either_script

    return either_script(alternation(name))

"""What every stage after cleaning shares: the unit a node starts from, and how a title
sentence is measured in the cleaned text."""
from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import CLOSING_QUOTES as _CLOSING_QUOTES
from .lexicon import SENTENCE_END as TITLE_END  # a heading's title is its first sentence
from .lexicon import SPACE
_TITLE_END_CHAR = re.compile(f"[{re.escape(TITLE_END)}]")


def visible(s: str) -> str:
    """``s`` without any white space (how titles are measured and compared)."""
    return "".join(s.split())


def visible_at_least(text: str, start: int, end: int, n: int) -> bool:
    """Does ``text[start:end]`` hold ``n`` characters that are not white space?  (A window
    of a few times ``n`` answers for nearly every paragraph without measuring all of it.)"""
    window = min(end, start + 4 * n)
    return len(visible(text[start:window])) >= n or (window < end and len(visible(text[start:end])) >= n)


_SPACE_RUN = re.compile(r"\s+")
_LATIN_TAIL = re.compile(r"[A-Za-z0-9.%+\-]+$")
_LATIN_HEAD = re.compile(r"[A-Za-z0-9.%+\-]+")


def shown_title(s: str) -> str:
    """A title as shown: the spaces PDF extraction and wraps put between Chinese characters
    removed, a space between two Latin words or numbers kept (``Made in China 2025``)."""
    s = s.strip()
    if " " not in s and "\u3000" not in s and "\t" not in s and "\n" not in s:
        return s  # (nearly every title)

    def keep(m: re.Match[str]) -> str:
        left = _LATIN_TAIL.search(s, 0, m.start())
        right = _LATIN_HEAD.match(s, m.end())
        if not left or not right:
            return ""  # Chinese on one side: a wrap or an extraction space
        a, b = left.group(0), right.group(0)
        # words (Made in China 2025, PM 2.5) keep their space; digits spaced out one by one
        # by PDF extraction (1 9 9 8) do not
        return " " if any(c.isalpha() for c in a + b) or (len(a) >= 2 and len(b) >= 2) else ""
    return _SPACE_RUN.sub(keep, s)


class Unit(NamedTuple):
    """Where a node of the outline begins (never changed once the segmenter emits it: a named
    tuple, which also costs a third of a frozen dataclass to make, and a report makes many).

    ``text[start:title_end]`` is the node's head (marker and title sentence, with its
    end punctuation up to ``body_start``); the body runs from ``body_start`` to the next
    unit's ``start``.  The facts after ``verb`` are what the tree builder needs of the text
    around the unit, read once here instead of there.
    """

    kind: str  # heading | item | lead | gap
    family: str  # marker family, or lead-line / lead-run / lead-before / gap
    number: int | None
    marker: str | None
    start: int
    title_start: int
    title_end: int
    body_start: int
    hidden: int | None = None
    at_paragraph_start: bool = True
    verb: str = ""  # 是/要 of an item marker: 一是 and 一要 runs are apart
    #: it opens its paragraph and its title runs to the end of the line, like a heading's
    #: (第一，进一步稳定和加强农业)
    alone_on_line: bool = False
    #: the text just before it ends with a colon: it opens an announced list (…以下几个方面：)
    introduced_by_colon: bool = False


def title_end(text: str, start: int, limit: int) -> int:
    """End of the first sentence of ``text[start:limit]`` (exclusive of its punctuation)."""
    m = _TITLE_END_CHAR.search(text, start, limit)
    return m.start() if m else limit


def skip_space(text: str, i: int, limit: int) -> int:
    """First position at or after ``i`` that is not white space."""
    while i < limit and text[i] in SPACE:
        i += 1
    return i


def after_punct(text: str, i: int, limit: int) -> int:
    """Move past the sentence punctuation (and a closing quote) that ends a title at ``i``."""
    if i < limit and text[i] in TITLE_END:
        i += 1
        if i < limit and text[i] in _CLOSING_QUOTES:
            i += 1
    return i

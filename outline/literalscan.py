"""A pattern that opens with a class of a few characters, scanned as one pattern per character.

Over Chinese text, sre finds a literal character at about 0.25 ns a character but a character
class at about 3.5 (its class test on wide characters), so ``[。！!]…`` costs fourteen times a
search for ``。…``.  :class:`SplitLead` compiles the pattern once per opening character and
merges the matches in order.  That gives exactly the matches of the whole pattern when no match
holds an opening character after its first (nothing one match consumes could start another);
each user says why its pattern has that property, and ``tests/test_prefilters.py`` checks it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lazyre import LazyPattern


class SplitLead:
    """Stands for ``re.compile(f"[{lead}]{rest}")`` (:attr:`source`) in :meth:`finditer`."""

    __slots__ = ("source", "flags", "_parts", "_literal")

    def __init__(self, lead: str, rest: str, flags: int = 0) -> None:
        #: the whole pattern, as one would write it (for tests and for reading)
        self.source = f"[{re.escape(lead)}]{rest}"
        self.flags = flags
        # (each compiled when first needed: a process that meets no 。 never pays for its scan)
        self._parts = tuple((ch, LazyPattern(re.escape(ch) + rest, flags)) for ch in dict.fromkeys(lead))
        #: an opening character the text lacks (one ``find``, at memchr speed) spares its scan
        self._literal = not flags & re.IGNORECASE

    def _scans(self, text: str, pos: int, end: int) -> list[re.Pattern[str]]:
        return [part.compiled() for ch, part in self._parts if not self._literal or text.find(ch, pos, end) >= 0]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of :attr:`pattern` in ``text[pos:endpos]``, in order."""
        end = len(text) if endpos is None else endpos
        found = [hits for part in self._scans(text, pos, end) if (hits := list(part.finditer(text, pos, end)))]
        if len(found) == 1:
            return iter(found[0])
        # (one sort of the runs laid end to end: Timsort merges sorted runs in C, several times
        # faster than heapq.merge's generator; no two parts match at one start)
        merged = [m for hits in found for m in hits]
        merged.sort(key=re.Match.start)
        return iter(merged)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match of :attr:`source` in ``text``, or ``None``."""
        return min((m for part in self._scans(text, 0, len(text)) if (m := part.search(text))), key=re.Match.start,
                   default=None)

def split_class_lead(pattern: re.Pattern[str], most: int = 8) -> SplitLead | None:
    """``pattern`` as a :class:`SplitLead` when it opens with a class of at most ``most``
    literal characters (``[-—－–]…``) and has no alternation at its top, else ``None``.

    For a search that only asks *where* the pattern matches (which lines it touches), the
    split scan is safe even when matches could overlap: a match the split scan skips lies
    inside one it reports."""
    source = pattern.pattern
    if not source.startswith("[") or source.startswith("[^"):
        return None
    try:  # (sre's own parser, internal to ``re``: where it is missing or differs, no split)
        constants = re._constants  # type: ignore[attr-defined]
        parsed = re._parser.parse(source, pattern.flags)  # type: ignore[attr-defined]
        first = parsed.data[0] if parsed.data else None
        if first is None or first[0] is not constants.IN:
            return None
        items = list(first[1])
        if not 1 < len(items) <= most or any(op is not constants.LITERAL for op, _ in items):
            return None
    except (re.error, AttributeError, TypeError, ValueError):
        return None
    i = 1
    while i < len(source) and source[i] != "]":  # the class's end (a ] is escaped inside it)
        i += 2 if source[i] == "\\" else 1
    return SplitLead("".join(chr(value) for _, value in items), source[i + 1:], pattern.flags)

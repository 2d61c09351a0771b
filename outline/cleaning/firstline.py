"""Step 10a, in part: where a wrapped text keeps no indent (plain ``pdftotext``), a paragraph's
first line still holds fewer characters than the lines after it: the room the indent took.

Read off the text itself: the lines after a clear paragraph end (a narrow line) fall short of
the wrap width by one amount, the lines after a clear wrap (a full line ending mid-sentence)
by another, smaller one.  Where the two stand apart, a line after a full line that ends a
sentence is the paragraph going on when it is as wide as a wrapped line (``…赛事90余项。`` /
``连续4年入选…``), and the next paragraph when it is as short as a first line.
"""
from __future__ import annotations

from collections import Counter

from ..lexicon import END_PUNCT
from .model import Line

SHORT_FIRST_MIN = 3  # display columns a first line falls shorter than a wrapped one, at least …
SHORT_FIRST_EVIDENCE = 5  # … in at least this many first lines …
SHORT_FIRST_SHARE = 0.4  # … and this share of them (within a column) …
SHORT_FIRST_WRAPPED_SHARE = 0.05  # … while at most this share of the wrapped lines fall as short


def short_first_lines(lines: list[Line], wrap: int, widths: dict[str, int], full: float,
                      narrow: float) -> tuple[int, int] | None:
    """How far short of ``wrap`` a paragraph's first line falls and a wrapped line does (their
    commonest amounts, display columns), if the two stand apart; else ``None``.  ``full`` and
    ``narrow``: the widths of a line the wrap broke and of one clearly narrower than the page."""
    firsts: Counter[int] = Counter()
    wrapped: Counter[int] = Counter()
    previous: str | None = None
    for ln in lines:
        text = ln.text
        if not text:
            continue
        width = widths.get(text)
        if previous is not None and width is not None and width >= full:
            before = widths.get(previous, 0)
            if before < narrow:
                firsts[wrap - width] += 1
            elif previous[-1] not in END_PUNCT and before >= full:
                wrapped[wrap - width] += 1
        previous = text
    if not firsts or not wrapped:
        return None
    first, wrap_short = firsts.most_common(1)[0][0], wrapped.most_common(1)[0][0]
    near_first = sum(firsts[d] for d in (first - 1, first, first + 1))
    wrapped_as_short = sum(n for d, n in wrapped.items() if d >= first - 1)
    if (first - wrap_short < SHORT_FIRST_MIN or near_first < SHORT_FIRST_EVIDENCE
            or near_first < SHORT_FIRST_SHARE * sum(firsts.values())
            or wrapped_as_short > SHORT_FIRST_WRAPPED_SHARE * sum(wrapped.values())):
        return None
    return first, wrap_short

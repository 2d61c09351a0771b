"""Step 2: a line ``pdftotext`` letter-spaced read without its spaces.

Where a justified line's glyphs stand apart (a short line stretched to the margin, or type set
with tracking), ``pdftotext`` writes a space between every two of them: ``作 用 。 开 展 系 列 促
消 费 活 动 ， 发 放 3 轮 7622 万 元``.  No marker, lead or title is found in such a line, so its
spaces go, each line's listed with what they were.  A line with a few spaced numbers
(``勇夺 4 金 1 银 1 铜``) is no letter-spaced line and keeps them.
"""
from __future__ import annotations

from .model import Line, Removal

LETTER_SPACED_MIN = 8  # a letter-spaced line holds at least this many spaced pieces …
LETTER_SPACED_SHARE = 0.6  # … at least this share of its gaps between visible characters hold a space,
#                            and at least this share of its pieces are one character other than ASCII


def letter_spaced(text: str) -> bool:
    """Is ``text`` a letter-spaced line (``作 用 。 开 展 系 列 …``)?"""
    pieces = text.split()
    if len(pieces) < LETTER_SPACED_MIN:
        return False
    visible = sum(map(len, pieces))
    single = sum(1 for p in pieces if len(p) == 1 and p > "\x7f")
    return len(pieces) - 1 >= LETTER_SPACED_SHARE * (visible - 1) and single >= LETTER_SPACED_SHARE * len(pieces)


def undo_letter_spacing(lines: list[Line], removed: list[Removal]) -> list[Line]:
    """Each letter-spaced line without the white space inside it (its indent kept)."""
    out: list[Line] | None = None
    for i, ln in enumerate(lines):
        text = ln.text
        if text.count(" ") < LETTER_SPACED_MIN - 1 or not letter_spaced(text):
            continue  # (most lines: one count in C)
        if out is None:
            out = list(lines)
        body = text.strip()
        indent = text[:len(text) - len(text.lstrip())]
        joined = "".join(body.split())
        removed.append(Removal("pdf: letter spacing", ln.line, "".join(ch for ch in body if ch.isspace())))
        out[i] = Line(indent + joined, ln.line, ln.gap, ln.indent)
    return lines if out is None else out

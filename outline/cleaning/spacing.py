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


# A letter-spaced line spaces its punctuation too: a space before a full-width comma or stop,
# which no typed text has (pdftotext's spaces around numbers stand beside digits)
_SPACED_PUNCTUATION = (" ，", " 。", " 、", " ；", " ：")


def holds_letter_spacing(text: str) -> bool:
    """Might ``text`` hold a letter-spaced line?  (A few literal searches, for the whole text.)"""
    return text.count(" ") >= LETTER_SPACED_MIN and any(p in text for p in _SPACED_PUNCTUATION)


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
    # (most lines hold too few spaces: one count in C each, in one comprehension)
    spaced = [i for i, ln in enumerate(lines) if ln.text.count(" ") >= LETTER_SPACED_MIN - 1 and letter_spaced(ln.text)]
    if not spaced:
        return lines
    out = list(lines)
    for i in spaced:
        ln = lines[i]
        text = ln.text
        body = text.strip()
        indent = text[:len(text) - len(text.lstrip())]
        joined = "".join(body.split())
        removed.append(Removal("pdf: letter spacing", ln.line, "".join(ch for ch in body if ch.isspace())))
        out[i] = Line(indent + joined, ln.line, ln.gap, ln.indent)
    return out

"""Step 11: a flattened report that was then wrapped (a one-paragraph Word file printed to PDF)
is one long paragraph only once its wrapped lines are joined: cut it as a flattened line."""
from __future__ import annotations

import bisect
from itertools import accumulate

from .. import lexicon
from .flatdetect import FLAT_LINE, FLAT_SHORT
from .flatten import _SENTENCE_BREAK, split_flattened
from .model import Line

RESPLIT_BREAKS = 2  # sentence ends followed by a space that show a wrapped paragraph is a flattened report


def holds_long_paragraph(groups: list[list[Line]]) -> bool:
    """Is a paragraph of joined lines as long as a whole flattened report (:data:`FLAT_LINE`)?
    Then :func:`resplit_flattened` has one to look at even in a text without a space after any
    full stop (a report flattened with nothing between its paragraphs, then wrapped)."""
    return any(len(group) > 1 and sum([len(ln.text) for ln in group]) >= FLAT_LINE for group in groups)


def resplit_flattened(groups: list[list[Line]]) -> list[list[Line]]:
    """A flattened report that was then wrapped (a one-paragraph Word file printed to PDF) is
    one long paragraph only once its wrapped lines are joined: cut it as a flattened line,
    each piece keeping the source line it starts on."""
    out: list[list[Line]] = []
    for group in groups:
        size = sum(len(ln.text) for ln in group) if len(group) > 1 else 0
        if size < FLAT_SHORT or group[0].gap is not None or (
                size < FLAT_LINE and not any(_SENTENCE_BREAK.search(ln.text) or ln.spaced_end for ln in group)):
            out.append(group)  # (nearly every paragraph: no space after a full stop in it)
            continue
        # (a line that ended in a space after its full stop had a paragraph break there, before
        # a wrap broke the line right after it: the space goes back for the cut to see)
        joined = "".join([ln.text + " " if ln.spaced_end and ln.text[-1] in lexicon.FULL_STOP else ln.text
                          for ln in group])
        # the signature of paragraphs joined into one: sentence ends followed by a space, in
        # Chinese text that puts no space after its full stops
        breaks = len(_SENTENCE_BREAK.findall(joined))
        if breaks < RESPLIT_BREAKS and len(joined) < FLAT_LINE:
            out.append(group)
            continue
        pieces = split_flattened([Line(joined, group[0].line)], force=breaks >= RESPLIT_BREAKS)
        if len(pieces) == 1:
            out.append(group)
            continue
        starts = list(accumulate((len(ln.text) for ln in group), initial=0))
        at = 0
        for piece in pieces:
            if not piece.text:
                continue  # (the space between two cuts: 某镇2024年工作总结 一、…)
            found = joined.find(piece.text, at)
            at = found if found >= 0 else at
            line = group[max(0, bisect.bisect_right(starts, at) - 1)].line
            out.append([Line(piece.text, line)])
            at += len(piece.text)
    return out

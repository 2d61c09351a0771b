"""Which lines of a report hold a flattened report (or page) to cut back into paragraphs."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate

from .. import lexicon
from ..literalscan import SplitLead
from ..lexicon import SPACE as _SPACE
from ..markers import HEADING_FAMILIES, PART_FAMILIES, marker_start, match_marker, starts_of
from ..units import skip_space
from .model import Line


# What may precede a heading in a flattened line: a sentence end (and a space) or white
# space.  Matched, not looked behind at; callers take the end.


@lru_cache(maxsize=1)
def head_start() -> re.Pattern[str]:
    """A sentence end (and a space) or white space, before a character a marker can start with:
    the characters read off the grammar (``markers.marker_start``), so that every family the
    grammar knows (【1】, [1], ⑴ …) is cut, not a list restated here.  (What :func:`head_starts`
    finds, and the statement its test holds it to.)"""
    return re.compile(f"(?:[{re.escape(lexicon.CLAUSE_END)}][ \u3000]?|[^\\S\n])(?=[{_starts()}])")


def _starts() -> str:
    return "".join(re.escape(ch) for ch in sorted(marker_start()))


#: the white space ``\\s`` matches, but the line feed (every character ``str.isspace`` holds)
WHITE_NOT_NEWLINE = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                     "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


@lru_cache(maxsize=1)
def _after_stop() -> SplitLead:
    return SplitLead(lexicon.CLAUSE_END, f"[ \u3000]?(?=[{_starts()}])")


@lru_cache(maxsize=64)
def _after_space(spaces: str) -> SplitLead:
    return SplitLead(spaces, f"(?=[{_starts()}])")


def head_starts(text: str) -> list[tuple[int, int]]:
    """(start, end) of every match of :func:`head_start` in ``text``, in order."""
    if len(text) < SPLIT_SCAN_MIN:
        return [m.span() for m in head_start().finditer(text)]
    return split_head_starts(text)


SPLIT_SCAN_MIN = 700  # characters from which the split scans beat the one pattern (measured: about even at 700)


def split_head_starts(text: str) -> list[tuple[int, int]]:
    """:func:`head_starts` by literal scans, the pattern's two branches apart: an alternation
    at a pattern's start makes sre try it at every character (about 15 ns each), and even one
    class of white space costs six literal scans.  Only the white space characters ``text``
    holds are scanned for (one ``in`` each finds them).  On a short text the dozen scans'
    calls cost more than the one pattern's pass."""
    found = [m.span() for m in _after_stop().finditer(text)]
    spaces = "".join([ch for ch in WHITE_NOT_NEWLINE if ch in text])
    if spaces:
        found += [m.span() for m in _after_space(spaces).finditer(text)]
        found.sort()
    out: list[tuple[int, int]] = []
    end = 0
    for span in found:
        if span[0] >= end:  # (one match's space after a sentence end is no match of its own)
            out.append(span)
            end = span[1]
    return out


FLAT_LINE = 1200  # a line this long holds a whole flattened document or page


def flattened_lines(lines: list[Line], force: bool = False) -> list[int]:
    """Indexes of the lines to cut (``force``: every line), in order."""
    lengths = sorted(len(ln.text) for ln in lines if ln.text.strip(_SPACE))
    # (a document whose headings stand on lines of their own kept its layout: a long line in
    # it is a paragraph, with its own enumeration)
    few_lines = len(lengths) <= FLAT_FEW_LINES and not any(
        (mk := match_marker(ln.text, skip_space(ln.text, 0, len(ln.text)))) is not None
        and mk.family in HEADING_FAMILIES for ln in lines if 0 < len(ln.text) < FLAT_SHORT)
    median = lengths[len(lengths) // 2] if lengths else 0
    if force:
        cut = list(range(len(lines)))
    else:
        # the lines that may be cut: with a 二、 or 第二部分 in them (most paragraphs have none),
        # or long enough to be a whole report, or much longer than the rest
        long = FLAT_SHORT if few_lines else min(FLAT_LINE, max(FLAT_SHORT, FLAT_OUTLIER, FLAT_OUTLIER_RATIO * median))
        hinted = hinted_lines(lines)
        candidates = {i for i in hinted if len(lines[i].text) >= FLAT_SHORT}
        candidates.update(i for i, ln in enumerate(lines) if len(ln.text) >= long)
        cut = [i for i in sorted(candidates) if _is_flattened(lines[i].text, i in hinted, few_lines, median)]
    return cut


def _is_flattened(text: str, hinted: bool, few_lines: bool, median: int) -> bool:
    """Is this line a flattened report (or page) to cut?"""
    n = len(text)
    return n >= FLAT_LINE or (n >= FLAT_SHORT and (
        (hinted and _holds_a_heading_sequence(text))
        # a page whose text is all in a line or three, or a line far longer than the
        # others (a pasted PDF page among short lines), with a heading after a sentence end
        or ((few_lines or (n >= FLAT_OUTLIER and n >= FLAT_OUTLIER_RATIO * median))
            and _heading_after_sentence_end(text))))


FLAT_FEW_LINES = 3  # a document in this few lines lost its line breaks, whatever its length
FLAT_OUTLIER = 400  # … and so did a line this long that is
FLAT_OUTLIER_RATIO = 10  # … this many times the document's median line


# A sub-head in brackets after a sentence end, a colon or a space (…如下：【党建引领】坚持…): two
# to twelve Chinese characters, no number (【1】 is a note) and no field (【字体：大 中 小】)
_BRACKET_HEAD = SplitLead("【", "(?<=[。！？；：:\\s]【)[\u4e00-\u9fff“”]{2,12}】")
BRACKET_HEADS_MIN = 2  # such sub-heads a line needs to show a run of them (one is no evidence)


def bracket_heads(text: str) -> list[tuple[int, int]]:
    """(start, end) of each bracketed sub-head in ``text``, when it holds a run of them."""
    found = [m.span() for m in _BRACKET_HEAD.finditer(text)]  # (a text without 【 is spared the scan: SplitLead)
    return found if len(found) >= BRACKET_HEADS_MIN else []


def _heading_after_sentence_end(text: str) -> bool:
    """Does a heading marker (any family) open after a sentence end somewhere in ``text``, or a
    run of bracketed sub-heads?"""
    if bracket_heads(text):
        return True
    for start, end in head_starts(text):
        if text[start] in lexicon.SENTENCE_END:
            mk = match_marker(text, end)
            if mk is not None and mk.family in HEADING_FAMILIES:
                return True
    return False


_TOP_FAMILIES = PART_FAMILIES | frozenset({"fin_dun", "cn_dun"})
_LATER = "二三四五六七八九十贰貳叁參肆伍陆陸柒捌玖拾"  # what a second or later top heading's number opens with
_SEQUENCE_HINT = re.compile(f"[{_LATER}][ \u3000]?[、．.]|第[{_LATER[:9]}]")
# … found for all lines in one pass, by literal scans (sre finds a literal many times faster
# than a class): from the separator, looking behind for the number, and from 第
_HINT_SCANS = (SplitLead("、．.", f"(?:(?<=[{_LATER}].)|(?<=[{_LATER}][ \u3000].))"),
               SplitLead("第", f"[{_LATER[:9]}]"))


def hinted_lines(lines: list[Line]) -> set[int]:
    """Indexes of the lines in which :data:`_SEQUENCE_HINT` matches."""
    text = "\n".join([ln.text for ln in lines])
    hits = [m.start() for scan in _HINT_SCANS for m in scan.finditer(text)]
    if not hits:
        return set()
    starts = list(accumulate((len(ln.text) + 1 for ln in lines), initial=0))
    return {bisect.bisect_right(starts, at) - 1 for at in hits}


FLAT_SHORT = 60  # a shorter flattened report is cut only on the evidence of its numbering


def _holds_a_heading_sequence(text: str) -> bool:
    """Does a line shorter than ``FLAT_LINE`` hold a flattened report: two top-level headings of
    one family numbered in sequence (一、 … 二、, 第一部分 … 第二部分), each after a sentence end or a
    space?  Lower levels ((一), (1), ①) in sequence inside a paragraph are its own enumeration.
    Asked only of a line :func:`hinted_lines` found a 二、 or 第二部分 in (most paragraphs have none)."""
    seen: set[tuple[str, int]] = set()
    for end in top_heads(text):
        mk = match_marker(text, end)
        if mk is None or mk.family not in _TOP_FAMILIES or mk.number is None:
            continue  # （1）…。（2）… and ①…② inside a paragraph are its own enumeration
        if (mk.family, mk.number - 1) in seen:
            return True
        seen.add((mk.family, mk.number))
    return False


@lru_cache(maxsize=1)
def _top_head() -> re.Pattern[str]:
    # a top-level marker's first character, with a full stop, a space or a tab before it
    # (led by the class, not by a lookbehind: sre then skips between candidates)
    return re.compile(f"[{''.join(sorted(starts_of(_TOP_FAMILIES)))}](?<=[{re.escape(lexicon.FULL_STOP)} \u3000\t].)")


_CLAUSE_NOT_STOP = "".join(ch for ch in lexicon.CLAUSE_END if ch not in lexicon.FULL_STOP)


def top_heads(text: str) -> list[int]:
    """Where a top-level marker may open after a full stop or a space: the ends of the
    :func:`head_starts` spans that open with a full stop, a space or a tab and end before a
    character a top-level marker opens with (what :func:`_holds_a_heading_sequence` looks
    at), found without the alternation's slow pass.  A space after another clause end
    (；　二、) belongs to that clause end's span, so it does not count."""
    out = []
    for m in _top_head().finditer(text):
        at = m.start()
        before = text[at - 1]
        if before in " \u3000" and at >= 2 and text[at - 2] in _CLAUSE_NOT_STOP:
            continue
        out.append(at)
    return out


"""Step 10a: the layout of a text, detected once, so that one joiner per layout groups its lines.

``paragraphs``: a reader that knows where paragraphs end (Word, a web page's blocks) put one a
line.  ``wrapped``: PDF extraction broke every paragraph at the page width.  ``blank-separated``:
blank lines separate the paragraphs (web pages, Wikisource), so a run of lines is a paragraph a
link broke up.  ``plain``: one paragraph a line, as most plain text has it.  (A report flattened
into one line is cut back into lines before this, by the ``flattened`` step.)
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple
from enum import Enum

from ..lexicon import END_PUNCT, SENTENCE_END
from ..markers import match_marker
from .firstline import short_first_lines
from .model import Line


class Kind(Enum):
    PARAGRAPHS = "paragraphs"
    WRAPPED = "wrapped"
    BLANK_SEPARATED = "blank-separated"
    PLAIN = "plain"


class Layout(NamedTuple):
    """A text's layout, and for a wrapped one its wrap width (display columns)."""

    kind: Kind
    wrap: int | None = None
    #: the display widths measured to find the wrap width, by line text (the joiner asks again)
    widths: dict[str, int] = {}  # (one shared empty dict for the other layouts: never changed, only read)
    #: a wrapped text whose lines are all as wide as the page: one paragraph, wrapped (a report
    #: flattened with nothing between its paragraphs, then printed), whose lines ending in a
    #: full stop end no paragraph
    one_paragraph: bool = False
    #: for a wrapped text whose paragraphs open indented (a PDF's first-line indent, kept by
    #: ``pdftotext -layout`` and the PDF reader): the indent, in display columns, that opens one
    indent: int | None = None
    #: for a wrapped text that keeps no indent: how far short of the wrap width a paragraph's
    #: first line falls, and a wrapped line (:mod:`firstline`), where the two stand apart
    short_first: tuple[int, int] | None = None

    def goes_on_by_width(self, s: str) -> bool:
        """Is ``s``, after a full line that ends a sentence, nearer a wrapped line's width than a
        first line's (the paragraph goes on: the sentence ended right at the margin)?"""
        if self.short_first is None or self.wrap is None:
            return False
        first, wrapped = self.short_first
        return 2 * (self.wrap - self.width(s)) < first + wrapped

    def opens_paragraph(self, line: Line) -> bool:
        """Is ``line`` indented as this text's paragraphs open?"""
        return self.indent is not None and line.indent >= self.indent

    def full(self, s: str) -> bool:
        """Is ``s`` as wide as a line the wrap broke (:data:`FULL_LINE_SHARE` of the wrap width)?"""
        return self.wrap is not None and self.width(s) >= self.wrap * FULL_LINE_SHARE

    def width(self, s: str) -> int:
        """:func:`display_width` of ``s``, measured once."""
        known = self.widths.get(s)
        return display_width(s) if known is None else known


def detect_layout(lines: list[Line], paragraph_lines: bool = False) -> Layout:
    """The layout of ``lines`` (``paragraph_lines``: the reader knows the paragraphs)."""
    wrap, widths = _wrap_width(lines)
    if wrap is not None:
        # (the last line of a text ends its last paragraph wherever it is wrapped, and the lines
        # before its first full one are its head, a title and a page's clutter: not counted)
        last = next((ln.text for ln in reversed(lines) if ln.text in widths), None)
        body = next((i for i, ln in enumerate(lines) if widths.get(ln.text, 0) >= FULL_LINE_SHARE * wrap), 0)
        head = {ln.text for ln in lines[:body]}
        narrow = sum(1 for t, w in widths.items() if w < NARROW_SHARE * wrap and t != last and t not in head)
        one = len(widths) >= ONE_PARAGRAPH_LINES and narrow <= ONE_PARAGRAPH_NARROW * len(widths)
        indent = _paragraph_indent(lines, wrap, widths)
        short_first = None if indent is not None or one else \
            short_first_lines(lines, wrap, widths, FULL_LINE_SHARE * wrap, NARROW_SHARE * wrap)
        return Layout(Kind.WRAPPED, wrap, widths, one_paragraph=one, indent=indent, short_first=short_first)
    # (a reader that knows the paragraphs says so: its single line breaks are paragraph ends,
    # never links, whatever blank spacer lines stand between some)
    if paragraph_lines:
        return Layout(Kind.PARAGRAPHS)
    # (text a PDF wrapped is not a web page, even with a blank line after every line: pdftotext)
    return Layout(Kind.BLANK_SEPARATED if _blank_separated(lines) else Kind.PLAIN)


def display_width(s: str) -> int:
    """Display width: CJK characters, full-width punctuation and Chinese quotes take two columns.

    Counted from the UTF-8 length (three bytes for those, one for ASCII), which runs in C.
    """
    return len(s) + (len(s.encode("utf-8", "surrogatepass")) - len(s)) // 2


FULL_LINE_SHARE = 0.85  # of the wrap width: a line this wide was broken by the wrap, not by its paragraph's end
# A wrapped text with no more lines clearly narrower than the page (NARROW_SHARE of it) than
# ONE_PARAGRAPH_NARROW of them is one paragraph: a report's paragraphs end on a narrower line,
# every fourth to twentieth line, while the wrapped text of a flattened report has none but its
# title and its last (a justified line a space or two short is no paragraph's end)
NARROW_SHARE = 0.75
ONE_PARAGRAPH_NARROW = 0.01
ONE_PARAGRAPH_LINES = 20  # … of at least this many different lines (a page's worth)
_WRAPPED_LINE_MAX = 120  # no PDF wraps Chinese text at more characters a line than this
WRAP_SHARE = 0.3  # the share of a wrapped text's lines within four columns of its wrap width
CHAR_WRAP_SHARE = 0.7  # … or of its lines of one number of characters (a PDF's vary with their digits)


def _wrap_width(lines: list[Line]) -> tuple[int | None, dict[str, int]]:
    """The line width of hard-wrapped text (PDF extraction), or ``None`` if it is not wrapped;
    and, for a wrapped text, the display width of every line measured, by its text."""
    texts = [ln.text for ln in lines if len(ln.text) >= 8]
    if len(texts) < 20 or sum(1 for t in texts if len(t) <= _WRAPPED_LINE_MAX) < 20:
        # (most documents: their lines are whole paragraphs, no need to measure; a short one
        # may be wrapped, at the width of its widest lines)
        return _widest_wrap(texts) if len(texts) >= WIDEST_EVIDENCE else (None, {})
    measured = _measured_by_share(texts)
    if measured[0] is None and len(texts) < SHORT_TEXT_LINES:
        return _widest_wrap(texts)
    return measured


SHORT_TEXT_LINES = 60  # a text of fewer lines than this that the shares do not measure may still be wrapped


def _measured_by_share(texts: list[str]) -> tuple[int | None, dict[str, int]]:
    """The wrap width by the share of lines near it (or of one length), as :func:`_wrap_width`."""
    # (display_width inline: this runs over the lines of every document)
    widths = [len(t) + (len(t.encode("utf-8", "surrogatepass")) - len(t)) // 2 for t in texts]
    counts = Counter(widths)
    four = sum(n for _, n in counts.most_common(4))
    chars, most = Counter(map(len, texts)).most_common(1)[0]
    if most >= CHAR_WRAP_SHARE * len(texts) and chars >= 15 and most > four:
        # wrapped at a number of characters, not at a width (Word's text export with line
        # breaks, a fixed-width dump): more of its lines are of one length than of any four
        # widths, and a line of digits is as full as one of Chinese characters
        return 2 * chars, {t: 2 * len(t) for t in texts}
    if four < WRAP_SHARE * len(texts):
        return None, {}  # (not even the four commonest widths hold the share: no window of four can)
    best = max(counts, key=lambda w: counts[w] + counts[w - 1] + counts[w - 2] + counts[w - 3])
    near = counts[best] + counts[best - 1] + counts[best - 2] + counts[best - 3]
    if near < WRAP_SHARE * len(texts) or best < 30:
        return None, {}
    return best, dict(zip(texts, widths))


WIDEST_EVIDENCE = 3  # a short text's widest lines, within three columns of each other, that show its wrap …
WIDEST_UNFINISHED_SHARE = 2 / 3  # … when this share of them end mid-sentence


def _widest_wrap(texts: list[str]) -> tuple[int | None, dict[str, int]]:
    """The wrap width of a text too short to measure by shares (a township page through
    pdftotext): its widest lines, if at least :data:`WIDEST_EVIDENCE` of them stand within
    three columns of the widest and most end mid-sentence (a paragraph ends with its stop)."""
    measured = [t for t in texts if len(t) <= _WRAPPED_LINE_MAX]
    if len(measured) < WIDEST_EVIDENCE:
        return None, {}
    widths = [display_width(t) for t in measured]
    top = max(widths)
    near = [t for t, w in zip(measured, widths) if w >= top - 3]
    # (a heading ends without punctuation by nature: a heading line shows no wrap, unless its
    # title ended and its body began: （一）经济发展稳中有进。全年…同比)
    unfinished = sum(1 for t in near if t.rstrip()[-1] not in END_PUNCT and (
        (mk := match_marker(t)) is None or mk.kind != "heading" or any(ch in t for ch in SENTENCE_END)))
    if top < 30 or len(near) < WIDEST_EVIDENCE or unfinished < WIDEST_UNFINISHED_SHARE * len(near):
        return None, {}
    # (and a wrapped paragraph's last line falls short of the wrap, ended)
    if not any(w < FULL_LINE_SHARE * top and t.rstrip()[-1] in END_PUNCT for t, w in zip(measured, widths)):
        return None, {}
    return top, dict(zip(measured, widths))


INDENT_MIN = 2  # display columns (one Chinese character) past the margin that open a paragraph
INDENT_EVIDENCE = 5  # at least this many lines after a clear paragraph end open indented …
INDENT_OPENING_SHARE = 0.5  # … at least this share of them …
INDENT_WRAPPED_SHARE = 0.1  # … and at most this share of the lines a wrap clearly broke off are indented


def _paragraph_indent(lines: list[Line], wrap: int, widths: dict[str, int]) -> int | None:
    """The indent that opens a paragraph, if this wrapped text's paragraphs open indented and
    its wrapped lines do not: read off the lines after a clear paragraph end (a line narrower
    than the page: a paragraph's last, or a heading) and after a clear wrap (a full line ending
    mid-sentence)."""
    if not any(ln.indent for ln in lines):
        return None  # (most texts: no line was indented)
    margin = Counter(ln.indent for ln in lines if ln.text).most_common(1)[0][0]
    indent = margin + INDENT_MIN
    openings = opened = wrapped = indented_wraps = 0
    previous: str | None = None
    for ln in lines:
        if not ln.text:
            continue
        if previous is not None:
            width = widths.get(previous)
            if width is None:
                width = display_width(previous)
            if width < NARROW_SHARE * wrap:
                openings += 1
                opened += ln.indent >= indent
            elif previous[-1] not in END_PUNCT and width >= FULL_LINE_SHARE * wrap:
                wrapped += 1
                indented_wraps += ln.indent >= indent
        previous = ln.text
    if opened < INDENT_EVIDENCE or opened < INDENT_OPENING_SHARE * openings or \
            indented_wraps > INDENT_WRAPPED_SHARE * wrapped:
        return None
    return indent


def _blank_separated(lines: list[Line]) -> bool:
    """Do blank lines separate the paragraphs (web pages, Wikisource)?  Then most runs of
    non-blank lines are one line long, and a longer run is a paragraph a link broke up."""
    runs = single = length = 0
    for ln in lines:
        if ln.text:
            length += 1
        elif length:
            runs += 1
            single += length == 1
            length = 0
    if length:
        runs += 1
        single += length == 1
    return runs >= 10 and single >= 0.5 * runs

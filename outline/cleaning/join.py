"""Step 10: physical lines grouped into paragraphs, joining lines a PDF wrap or a web page's
links broke mid-sentence."""
from __future__ import annotations

from collections import Counter

from ..markers import continues_a_number, marker_start, match_marker
from ..lexicon import SPACE as _SPACE
from ..lexicon import CLOSERS as _CLOSERS
from ..lexicon import END_PUNCT
from .model import LINK_TEXT_MAX, Line

def _width(s: str) -> int:
    """Display width: CJK characters, full-width punctuation and Chinese quotes take two columns.

    Counted from the UTF-8 length (three bytes for those, one for ASCII), which runs in C.
    """
    return len(s) + (len(s.encode("utf-8", "surrogatepass")) - len(s)) // 2


_WRAPPED_LINE_MAX = 120  # no PDF wraps Chinese text at more characters a line than this


def _wrap_width(lines: list[Line]) -> int | None:
    """The line width of hard-wrapped text (PDF extraction), or ``None`` if it is not wrapped."""
    texts = [ln.text for ln in lines if len(ln.text) >= 8]
    if len(texts) < 20 or sum(1 for t in texts if len(t) <= _WRAPPED_LINE_MAX) < 20:
        return None  # (most documents: their lines are whole paragraphs, no need to measure)
    counts = Counter(map(_width, texts))
    best = max(counts, key=lambda w: counts[w] + counts[w - 1] + counts[w - 2] + counts[w - 3])
    near = counts[best] + counts[best - 1] + counts[best - 2] + counts[best - 3]
    return best if near >= 0.3 * len(texts) and best >= 30 else None


def _ended(s: str) -> bool:
    if not s:
        return True
    if s[-1] in END_PUNCT:
        return True
    return s[-1] in _CLOSERS and len(s) > 1 and s[-2] in END_PUNCT


def _continues(next_text: str) -> bool:
    """Can ``next_text`` continue the previous line (it does not open a heading or item)?"""
    s = next_text
    if s[0] not in marker_start():
        return True  # (most lines: spares the call)
    mk = match_marker(s)
    if mk is None or mk.is_year:
        return True  # (〔2022〕2号文件 at a line start is the rest of a document number the wrap broke)
    # 1.6万元 / 3.5% at a line start is the rest of a number broken by the wrap
    return len(s) > mk.length and continues_a_number(mk, s, 0)


_CONTINUATION = tuple("，。、；：！？）」』”,.;:!?)")
STANDALONE_SHARE = 0.6  # of the wrap width: a line this short without punctuation is a line of its own
_PUNCTUATION = END_PUNCT + "，,、（）()“”\"'"
HEADING_TAIL_MAX = 20  # the rest of a heading broken by a wrap or a page break is no longer than this
HEADING_MAX = 40  # … and the whole heading no longer than this


def _heading_goes_on(current: list[Line], next_text: str) -> bool:
    """A heading line without end punctuation, followed by a short line with none either that
    opens no heading, is one heading broken over two lines (``三、全面加强乡村`` / ``治理能力和服务水平``)."""
    if len(current) != 1:
        return False
    last = current[-1].text
    if not last or last[0] not in marker_start():
        return False  # (most lines: spares the call)
    mk = match_marker(last)
    if mk is None or mk.length >= len(last) or _ended(last):
        return False
    tail = next_text.strip(_SPACE)
    return (len(tail) <= HEADING_TAIL_MAX and len(last) + len(tail) <= HEADING_MAX
            and not any(ch in tail for ch in END_PUNCT) and _continues(tail))


def _joins(current: list[Line], next_text: str, wrap: int | None, blank_between: bool,
           blank_separated: bool = False) -> bool:
    """Does ``next_text`` continue the paragraph ``current`` (a line broken mid-sentence)?"""
    if next_text.startswith(_CONTINUATION):
        return True  # nothing starts a paragraph with a comma: a link or wrap cut it off
    if len(current) == 2 and _heading_goes_on(current[:1], current[1].text):
        return False  # a heading joined with its broken-off rest ends there
    last = current[-1].text
    if blank_separated and not blank_between:
        # where blank lines separate paragraphs, single line breaks come from links: the run
        # of lines is one paragraph, but for a heading line whose title has no end punctuation
        # (a bare marker takes its title from the next line; a run-in head goes on)
        if not _continues(next_text):
            return False
        mk = match_marker(last) if len(current) == 1 else None
        return mk is None or mk.length >= len(last) or _ended(last) or _heading_goes_on(current, next_text)
    if _ended(last) or not _continues(next_text):
        return False
    if _heading_goes_on(current, next_text):
        return True
    if wrap:
        if _width(next_text) <= STANDALONE_SHARE * wrap and not any(ch in next_text for ch in _PUNCTUATION):
            return False  # a short line with no punctuation at all stands alone: a heading, not a wrap's rest
        return _width(last) >= wrap * 0.85
    if len(current) == 1 and match_marker(last) is not None:
        return False  # a heading line that runs on without punctuation ends at its line
    if _width(last) >= 80:
        return True
    if not blank_between and len(current) >= 2:
        return True  # a sentence already broken across lines (around a link) goes on until it ends
    # a shorter unfinished line that holds a clause break is a sentence cut by a link or
    # a wrap, unless a blank line says the paragraph ended (a sub-head with a comma)
    return not blank_between and len(last) > 12 and any(ch in last for ch in "，,、；;")


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


def _heading_line(current: list[Line]) -> bool:
    """Is the paragraph so far a heading: one line that opens with a marker, or such a line
    joined with the rest a wrap broke off?"""
    if len(current) > 2 or match_marker(current[0].text) is None:
        return False
    return len(current) == 1 or _heading_goes_on(current[:1], current[1].text)


def _link_in_sentence(last: str, text: str, lines: list[Line], i: int) -> bool:
    """Is ``text`` (line ``i``) the text of a link inside an unfinished sentence?  Web pages
    (Wikisource) put a link on its own line: ``…已经缔结了`` / ``友好同盟互助条约`` / ``。苏联…``;
    the line after the link goes on with the sentence's punctuation."""
    if _ended(last) or _ended(text) or len(text) > LINK_TEXT_MAX or not _continues(text):
        return False
    following = next((ln.text for ln in lines[i + 1:i + 3] if ln.text), "")
    return following.startswith(_CONTINUATION)


def join_wrapped(lines: list[Line], paragraph_lines: bool = False) -> list[list[Line]]:
    """Group physical lines into paragraphs, joining lines a PDF broke mid-sentence.

    A line is joined to the next non-blank line when it does not end a sentence, is
    as long as the document's wrap width (or, in unwrapped text, a long paragraph
    line), and the next line does not open a heading.  Blank lines in between (page
    breaks) do not stop the join.
    """
    wrap = _wrap_width(lines)
    # (a reader that knows the paragraphs — Word, a web page's blocks — says so: its single line
    # breaks are paragraph ends, never links, whatever blank spacer lines stand between some)
    # (and text a PDF wrapped is not a web page, even with a blank line after every line: pdftotext)
    blank_separated = not paragraph_lines and wrap is None and _blank_separated(lines)
    paragraphs: list[list[Line]] = []
    current: list[Line] = []
    blank = False
    for i, ln in enumerate(lines):
        gap_line = ln.gap is not None
        s = ln.text
        if not s:
            blank = True
            continue
        if current and not gap_line and current[-1].gap is None and (
                _joins(current, s, wrap, blank, blank_separated)
                # (a link on its own line is web text's, not a PDF's; and no heading line runs into one)
                or (wrap is None and not paragraph_lines and not _heading_line(current)
                    and _link_in_sentence(current[-1].text, s, lines, i))):
            current.append(ln)
            blank = False
            continue
        blank = False
        if current:
            paragraphs.append(current)
        current = [ln]
    if current:
        paragraphs.append(current)
    return paragraphs

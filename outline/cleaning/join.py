"""Step 10b: physical lines grouped into paragraphs, joining lines a PDF wrap or a web page's
links broke mid-sentence: one joiner per layout (:mod:`layout`)."""
from __future__ import annotations

from ..markers import continues_a_number, marker_start, match_marker
from ..lexicon import SPACE as _SPACE
from ..lexicon import CLOSERS as _CLOSERS
from ..lexicon import CLAUSE_END, COMMAS, END_PUNCT, MEETING_NAMED, NO_TITLE_OPENING, SENTENCE_END
from .flatdetect import head_starts
from .alone import HEADING_TAIL_MAX, alone_like_their_list, opens_with_a_sentence
from .layout import Kind, Layout, display_width, detect_layout
from .model import LINK_TEXT_MAX, Line

def _ended(s: str) -> bool:
    if not s:
        return True
    if s[-1] in END_PUNCT:
        return True
    if s[-1] in ")）":
        # (a note in brackets after the sentence end: …阜东二小。(见第5页))
        opened = max(s.rfind("("), s.rfind("（"))
        if opened > 0 and s[opened - 1] in END_PUNCT:
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
    if mk.kind == "heading" and len(s) > mk.length and s[mk.length] in NO_TITLE_OPENING:
        return True  # (…产业集群 / [2]，电子信息: a note's citation the wrap put at a line start)
    # 1.6万元 / 3.5% at a line start is the rest of a number broken by the wrap
    return len(s) > mk.length and continues_a_number(mk, s, 0)


# what no paragraph starts with: a clause end, a comma or a closing bracket or quote
_CONTINUATION = tuple(COMMAS + CLAUSE_END + "）」』”).")
STANDALONE_SHARE = 0.6  # of the wrap width: a line this short without punctuation is a line of its own
_PUNCTUATION = END_PUNCT + "，,、（）()“”\"'"
HEADING_MAX = 50  # … and the whole heading no longer than this (一、坚持在全面推进“三大强州战略”上精准发力，…)
ITEM_LINE_MAX = 40  # … or the whole line of an item's marker (a dash's subtitle)


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
    if mk.kind != "heading" and last.rstrip(_SPACE).endswith(MEETING_NAMED):
        return False  # (the speaker's line after it is no rest of it: 县长 张三)
    tail = next_text.strip(_SPACE)
    # (a dash's line is a subtitle, shorter: ——2024年1月13日在…第四次会议上 / 市人民政府市长 某某)
    most = HEADING_MAX if mk.kind == "heading" else ITEM_LINE_MAX
    # (counted without the spaces pdftotext puts around numbers: ——2025 年 1 月 19 日在…)
    return (len(tail) <= HEADING_TAIL_MAX and len(last) - last.count(" ") + len(tail) - tail.count(" ") <= most
            and not any(ch in tail for ch in END_PUNCT) and _continues(tail))


def _opens_or_closes(current: list[Line], next_text: str) -> bool | None:
    """What every layout decides alike: a line opening with a comma goes on (a link or a wrap
    cut it off), a heading joined with its broken-off rest ends there; ``None`` otherwise."""
    if next_text.startswith(_CONTINUATION):
        return True  # nothing starts a paragraph with a comma
    if len(current) == 2 and _heading_goes_on(current[:1], current[1].text):
        return False
    return None


def _sentence_goes_on(current: list[Line], next_text: str) -> bool | None:
    """An ended line or a next line that opens a heading ends the paragraph; a heading broken
    over two lines goes on; ``None``: the layout decides."""
    if _ended(current[-1].text) or not _continues(next_text):
        return False
    if _heading_goes_on(current, next_text):
        return True
    return None


def _joins_wrapped(current: list[Line], next_text: str, blank_between: bool, layout: Layout) -> bool:
    """A PDF's wrapped text: a line as long as the wrap width goes on, unless the next one is
    a short line with no punctuation at all (a heading, not a wrap's rest)."""
    full = layout.full(current[-1].text)
    decided = _opens_or_closes(current, next_text)
    if decided is None and full and next_text[0] in _NOTE_OPENERS and _a_citation(current[-1].text, next_text):
        return True
    if decided is None and not (full and layout.one_paragraph):
        decided = _sentence_goes_on(current, next_text)
    if decided is not None:
        return decided
    if _short(next_text, layout) and (not any(ch in next_text for ch in _PUNCTUATION) or not _continues(next_text)):
        return False  # (a short line with no punctuation, or a short heading line: 二、工作计划)
    return full


def _short(text: str, layout: Layout) -> bool:
    """Is ``text`` at most :data:`STANDALONE_SHARE` of the wrap width (a heading's width, not a wrap's)?"""
    return layout.wrap is not None and layout.width(text) <= STANDALONE_SHARE * layout.wrap


def _goes_on_by_indent(current: list[Line], next_line: Line, layout: Layout) -> bool | None:
    """In a wrapped text whose paragraphs open indented: an indented line opens one, and a full
    line goes on into the next line at the margin, even where a sentence ends at the margin
    (``…赛事90余项。`` / ``连续4年入选…``) or a full stop was lost there; ``None``: the joiner decides."""
    if layout.opens_paragraph(next_line):
        return False
    next_text = next_line.text
    if not layout.full(current[-1].text) or not _continues(next_text):
        return None
    if _short(next_text, layout) and not any(ch in next_text for ch in _PUNCTUATION):
        return None  # (a short line with no punctuation at all: a heading at the margin, maybe)
    return True


_NOTE_OPENERS = "[【〔"  # what a note's citation opens with


def _a_citation(last: str, next_text: str) -> bool:
    """Is ``next_text`` the rest of ``last``'s sentence, opening with a note's citation (``建立
    “四险一金一网”`` / ``〔4〕防返贫致贫机制…``)?  A glossary's entry names its term before a colon,
    after an entry ending in its full stop or where it is cited."""
    if not next_text or next_text[0] not in _NOTE_OPENERS or _ended(last) or last[-1] in ")）]】":
        return False  # (…增收问题。(见第2页) / 〔4〕…: the entry before ends in where it is cited)
    mk = match_marker(next_text)
    if mk is None or mk.family != "bracket":
        return False
    stop = next((ch for ch in next_text[mk.length:] if ch in END_PUNCT or ch in COMMAS), "")
    return stop not in ("：", ":")  # (〔4〕“四险一金一网”防返贫致贫机制：… is a glossary's entry)


def _joins_plain(current: list[Line], next_text: str, blank_between: bool, layout: Layout | None = None) -> bool:
    """One paragraph a line: only a line broken mid-sentence goes on."""
    decided = _opens_or_closes(current, next_text)
    if decided is None:
        decided = _sentence_goes_on(current, next_text)
    if decided is not None:
        return decided
    return _unfinished_goes_on(current, blank_between)


def _unfinished_goes_on(current: list[Line], blank_between: bool) -> bool:
    last = current[-1].text
    if len(current) == 1 and match_marker(last) is not None and not any(ch in last for ch in SENTENCE_END):
        return False  # a heading line that runs on without punctuation ends at its line (one whose
        # title ended and whose body began is a paragraph like any other: （一）…稳中有进。全年…一是抓项)
    if display_width(last) >= 80:
        return True
    if not blank_between and len(current) >= 2:
        return True  # a sentence already broken across lines (around a link) goes on until it ends
    # a shorter unfinished line that holds a clause break is a sentence cut by a link or
    # a wrap, unless a blank line says the paragraph ended (a sub-head with a comma)
    return not blank_between and len(last) > 12 and any(ch in last for ch in "，,、；;")


def _joins_blank_separated(current: list[Line], next_text: str, blank_between: bool,
                           layout: Layout | None = None) -> bool:
    """Blank lines separate the paragraphs: single line breaks come from links, so a run of
    lines is one paragraph, but for a heading line whose title has no end punctuation (a bare
    marker takes its title from the next line; a run-in head goes on)."""
    if blank_between:
        return _joins_plain(current, next_text, blank_between)
    decided = _opens_or_closes(current, next_text)
    if decided is not None:
        return decided
    if not _continues(next_text):
        return False
    last = current[-1].text
    mk = match_marker(last) if len(current) == 1 else None
    return mk is None or mk.length >= len(last) or _ended(last) or _heading_goes_on(current, next_text)


#: one joiner per layout: does the next line go on with the paragraph so far?
JOINERS = {Kind.WRAPPED: _joins_wrapped, Kind.PARAGRAPHS: _joins_plain, Kind.PLAIN: _joins_plain,
           Kind.BLANK_SEPARATED: _joins_blank_separated}


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


LIST_LOOKBACK = 400  # characters of the paragraph so far looked back through for the list's item before


def _continues_its_list(current: list[Line], next_text: str) -> bool:
    """Does ``next_text`` open with the next item of a list inside the paragraph so far: the
    item before it follows a sentence end inside a line (``…50个。（7）丰富…`` / ``（8）完善…``)?
    Such a list runs on inside its paragraph; a wrap put this item at a line start."""
    mk = match_marker(next_text)
    if mk is None or mk.kind != "heading" or mk.number is None or mk.number < 2:
        return False
    text = "".join([ln.text for ln in current])[-LIST_LOOKBACK:]
    for _, at in head_starts(text):
        before = match_marker(text, at)
        if before is not None and before.family == mk.family and before.number == mk.number - 1 \
                and text[at - 1] in SENTENCE_END:
            return True
    return False


def join_wrapped(lines: list[Line], paragraph_lines: bool = False) -> list[list[Line]]:
    """Group physical lines into paragraphs, joining lines a PDF wrap or a web page's links
    broke mid-sentence, by the joiner of the text's layout (:func:`layout.detect_layout`).
    Blank lines in between (page breaks) do not stop a join."""
    layout = detect_layout(lines, paragraph_lines)
    joins = JOINERS[layout.kind]
    # (a link on its own line is web text's, not a PDF's, nor of a reader that knows its paragraphs)
    links = layout.kind in (Kind.PLAIN, Kind.BLANK_SEPARATED)
    blank_separated = layout.kind is Kind.BLANK_SEPARATED
    # (headings that fill their line: only a wrapped text's lines are cut at a width)
    may_stand_alone = layout.kind is Kind.WRAPPED and layout.indent is None
    alone: set[int] | None = None  # (read off the whole text the first time a heading line may need it)
    start = marker_start()
    paragraphs: list[list[Line]] = []
    current: list[Line] = []
    blank = False
    for i, ln in enumerate(lines):
        gap_line = ln.gap is not None
        s = ln.text
        if not s:
            blank = True
            continue
        if layout.indent is not None and current and not gap_line and current[-1].gap is None and (
                (by_indent := _goes_on_by_indent(current, ln, layout)) is not None):
            if by_indent:
                current.append(ln)
            else:
                paragraphs.append(current)
                current = [ln]
            blank = False
            continue
        if may_stand_alone and len(current) == 1 and current[0].text[:1] in start and \
                current[0].text[-1] not in END_PUNCT and opens_with_a_sentence(s) and layout.full(current[0].text) and (
                id(current[0]) in (alone := alone_like_their_list(lines, layout) if alone is None else alone)):
            paragraphs.append(current)
            current = [ln]
            blank = False
            continue
        # (most lines: the one before ended its sentence and this one opens with no comma, so
        # every layout but a blank-separated one without a blank line between starts a new
        # paragraph here: the joiners would say so after several calls)
        ended = bool(current) and (last := current[-1].text) != "" and last[-1] in END_PUNCT \
            and not s.startswith(_CONTINUATION) and (blank or not blank_separated) and not layout.one_paragraph
        if ended and layout.short_first is not None and layout.full(last) and layout.goes_on_by_width(s) and \
                _continues(s) and not gap_line and current[-1].gap is None:
            current.append(ln)  # (a sentence that ended right at the margin: the next line is no first line)
            blank = False
            continue
        if ended and layout.kind is Kind.WRAPPED and s[0] in start and layout.full(last) and \
                not gap_line and _continues_its_list(current, s):
            current.append(ln)  # (…100公里。 / （8）完善…: the wrap fell at the next item of the paragraph's list)
            blank = False
            continue
        if current and not ended and not gap_line and current[-1].gap is None and (
                joins(current, s, blank, layout)
                # (no heading line runs into a link)
                or (links and not _heading_line(current) and _link_in_sentence(current[-1].text, s, lines, i))):
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

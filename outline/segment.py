"""Find the units of an outline in cleaned text: headings, items, leads and gaps.

Each unit is where a node starts.  Headings are recognized at paragraph starts,
inline enumerations (一是 …, 第一，) also right after a sentence or clause end, and
unnumbered lead headings by the rules in :mod:`outline.leads`.  A unit owns the text
from its start to the next unit's start; the tree builder decides nesting.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from . import lexicon
from .cleaning import Cleaned
from .itemscan import inline_item_starts
from .gluedlead import split_glued_leads
from .leads import LeadFinder
from .markers import ITEM_FAMILIES, Marker, continues_a_number, match_marker
from .meta import subtitle_meta
from .units import Unit, after_punct, skip_space, title_end

# Inline items are found by :mod:`itemscan`; a —— item opens only after a sentence end (after a
# comma, —— is a dash inside the sentence), found by a scan of its own, starting at the dash.
_INLINE_DASH = re.compile(r"——(?=[^—])")
_DASH_AFTER = lexicon.CLAUSE_END  # what a —— item follows (then perhaps a closing quote and spaces)
# 首先， is an item only as the first of a run: a 第二， follows it in its paragraph or opens the next
_SECOND = re.compile(r"第[ \u3000]{0,2}二[ \u3000]{0,2}[，,、：:]")
# A run-in heading ended by a colon: the title is what stands before it when it is short and a
# sentence of text follows (一、产业发展：全村种植优质水稻…, 1.新质生产力：是指…).
_COLON = re.compile(r"[：:]")
COLON_TITLE_MAX = 16
GLOSSARY_TERM_MAX = 30  # … and in back matter (名词解释), where an entry names its term before the colon
COLON_BODY_MIN = 8
FIRST_WORD_REACH = 1500  # characters after 首先， in which its 第二， is looked for
INTRO_LOOKBACK = 40  # characters before a unit in which the colon that announces its list is looked for


def colon_before(text: str, offset: int) -> bool:
    """Does ``text[offset - INTRO_LOOKBACK:offset]``, its trailing white space stripped, end with
    a colon?  (White space skipped back from ``offset`` without slicing the window off.)"""
    first = max(0, offset - INTRO_LOOKBACK)
    i = offset - 1
    while i >= first and text[i].isspace():
        i -= 1
    return i >= first and text[i] in "：:"


class Segmenter:
    """Turns the paragraphs of a :class:`Cleaned` text into a list of :class:`Unit`."""

    def __init__(self, cleaned: Cleaned, title_paragraph: int | None) -> None:
        self.cleaned = cleaned
        self.text = cleaned.text
        self.title_paragraph = title_paragraph
        self.units: list[Unit] = []
        self.runs: dict[tuple[str, str], int] = {}  # open enumeration runs: (family, verb) -> last number
        # … and the last number of the items standing alone on their line like headings (七是 坚持
        # 民生至上): a paragraph's first item may go on with them after a run inside them ended
        self.line_runs: dict[tuple[str, str], int] = {}
        self.last_number: dict[str, int] = {}  # per heading family, the last number seen
        self.leads = LeadFinder(self.text, cleaned.hints)
        # where an inline item may start, found in one pass over the whole text; each with the
        # position just after its clause end (a paragraph's scan takes those at or after its start)
        self.inline_after: list[int] = []
        self.inline_at: list[int] = []
        found = inline_item_starts(self.text)
        if "——" in self.text:
            found += self._dashes_after_sentence_ends()
            found.sort()
        self.inline_after = [a for a, _ in found]
        self.inline_at = [b for _, b in found]
        self.leads.attach(self.units)

    def _dashes_after_sentence_ends(self) -> list[tuple[int, int]]:
        """(just after the clause end, the dash) for every —— that follows a sentence end."""
        text = self.text
        out = []
        for m in _INLINE_DASH.finditer(text):
            i = m.start() - 1
            while i >= 0 and text[i] in " \u3000":
                i -= 1
            if i >= 0 and text[i] in _DASH_AFTER:
                out.append((i + 1, m.start()))
            elif i >= 1 and text[i] in "”’」』" and text[i - 1] in _DASH_AFTER:
                out.append((i, m.start()))
        return out

    # -- helpers ---------------------------------------------------------------------------
    def _accept_heading(self, mk: Marker, after: int, end: int) -> bool:
        """Numbering as evidence: ``1.2023年…`` opens heading 1, ``1.6万元`` is a number,
        ``〔2022〕2号`` a document number."""
        if mk.is_year:
            return False
        if mk.kind == "heading" and after < end and self.text[after] in lexicon.NO_TITLE_OPENING:
            return False  # 产业集群[2]，电子信息… : a note cited where a wrap broke the line
        if mk.family in ("arabic", "arabic_rpar") and after < end and self.text[after].isdigit():
            if continues_a_number(mk, self.text, after - mk.length):
                return False
            last = self.last_number.get(mk.family)
            return mk.number == 1 or (last is not None and mk.number == last + 1)
        if mk.family == "dash":
            return after < end  # a bare —— line is a rule, not an item
        if mk.family == "ordinal":
            return not self.text.startswith("第", after)  # 第一、第二产业 is a list of words
        return True

    def _first_word_opens_a_run(self, pos: int, end: int) -> bool:
        """Is the 首先， at ``pos`` the first of a run (a 第二， after it, in its paragraph or
        opening the next one)?  Most 首先， open an ordinary sentence."""
        if _SECOND.search(self.text, pos, end):
            return True
        nxt = skip_space(self.text, end + 1, min(len(self.text), end + 8))
        return _SECOND.match(self.text, nxt) is not None

    def _accept_item(self, mk: Marker, pos: int = 0, end: int = 0, at_start: bool = False) -> bool:
        """An inline 二是 counts only inside a run that 一是 opened (at a paragraph's start, also
        one that goes on from an item standing alone on its line)."""
        if mk.text.startswith("首先"):
            return self._first_word_opens_a_run(pos, min(end, pos + FIRST_WORD_REACH))
        if mk.number is None:
            return True  # —— items carry no number: each one stands on its own
        if mk.number == 1:
            return True
        last = self.runs.get((mk.family, mk.verb))
        if last is not None and last < mk.number <= last + 2:
            return True
        outer = self.line_runs.get((mk.family, mk.verb)) if at_start else None
        return outer is not None and outer < mk.number <= outer + 2

    def _line_ends(self, offset: int) -> bool:
        """Does the line end at ``offset`` (a title that runs to the end of its line)?"""
        return offset >= len(self.text) or self.text[offset] == "\n"

    def _after_colon(self, offset: int) -> bool:
        """Does the text just before ``offset`` end with a colon (``…从以下几个方面进行：``)?"""
        return colon_before(self.text, offset)

    def _add(self, unit: Unit) -> None:
        if self.units:
            prev = self.units[-1]
            if unit.start < prev.title_start:
                return
            if unit.start < prev.body_start:
                # an item that opens inside the previous title (一是甲，二是乙。) ends that title
                # (units are immutable: the previous one is replaced by its shorter self)
                self.units[-1] = prev._replace(title_end=min(prev.title_end, unit.start), body_start=unit.start,
                                         alone_on_line=False)
        self.units.append(unit)
        if unit.kind == "heading":
            # 一是 runs end at a heading; 第一， items in older reports can hold headings
            self.runs = {k: v for k, v in self.runs.items() if k[0] != "item"}
            self.line_runs = {k: v for k, v in self.line_runs.items() if k[0] != "item"}
            if unit.number is not None:
                self.last_number[unit.family] = unit.number
            self.leads.heading_opened(unit)
        elif unit.kind == "item" and unit.number is not None:
            self.runs[(unit.family, unit.verb)] = unit.number
            if unit.alone_on_line:
                self.line_runs[(unit.family, unit.verb)] = unit.number

    # -- the pass --------------------------------------------------------------------------
    def run(self) -> list[Unit]:
        paragraphs = self.cleaned.paragraphs
        skip_title_of: int | None = None  # paragraph whose first sentence a bare marker took
        for idx, para in enumerate(paragraphs):
            if self.title_paragraph is not None and idx <= self.title_paragraph:
                continue  # the title line and what stands above it are the preamble
            pos, end = para.start, para.end
            if para.gap is not None:
                self._add(Unit("gap", "gap", None, None, pos, pos, pos, pos, hidden=para.gap))
                self.leads.body_text(end)
                continue
            if not self.units and subtitle_meta(self.text[pos:end]):
                continue  # ——2024年1月13日在…会议上: the report's subtitle, metadata
            scan_from = pos
            if skip_title_of == idx:
                skip_title_of = None
                scan_from = after_punct(self.text, title_end(self.text, pos, end), end)
            else:
                mk = match_marker(self.text, pos)
                after = pos + mk.length if mk else pos
                if mk and self._accept_heading(mk, after, end) and (
                        mk.kind == "heading" or self._accept_item(mk, pos, end, at_start=True)):
                    t0 = skip_space(self.text, after, end)
                    if t0 >= end and idx + 1 < len(paragraphs) and paragraphs[idx + 1].gap is None:
                        # a marker alone on its line: the title is the next line's first sentence
                        nxt = paragraphs[idx + 1]
                        t_end = title_end(self.text, nxt.start, nxt.end)
                        self._add(Unit(mk.kind, mk.family, mk.number, mk.text, pos, nxt.start, t_end,
                                       after_punct(self.text, t_end, nxt.end), verb=mk.verb,
                                       alone_on_line=self._line_ends(t_end),
                                       introduced_by_colon=self._after_colon(pos)))
                        skip_title_of = idx + 1
                        continue
                    t_end = title_end(self.text, t0, end)
                    body = after_punct(self.text, t_end, end)
                    reach = GLOSSARY_TERM_MAX if self.leads.in_back_matter else COLON_TITLE_MAX
                    colon = _COLON.search(self.text, t0 + 2, min(t_end, t0 + reach + 1))
                    if colon and t_end - colon.end() >= COLON_BODY_MIN:
                        t_end, body = colon.start(), colon.end()  # 一、产业发展：全村种植… is titled 产业发展
                    self._add(Unit(mk.kind, mk.family, mk.number, mk.text, pos, t0, t_end, body, verb=mk.verb,
                                   alone_on_line=self._line_ends(t_end), introduced_by_colon=self._after_colon(pos)))
                    # a run that opens inside the title after a colon (…存在的问题：一是…) ends the title there
                    colon_in_title = _COLON.search(self.text, t0, t_end)
                    scan_from = colon_in_title.start() if colon_in_title and mk.kind == "heading" else body
                elif (lead := self.leads.paragraph_lead(para, idx)) is not None:
                    self._add(lead)
                    scan_from = lead.body_start
            self._scan_inline(scan_from, end, idx)
            self.leads.body_text(end)
        units = self.leads.finish(self.units)
        if not self.cleaned.flattened:
            return units  # (most reports: no paragraph was cut out of a flattened line)
        return split_glued_leads(self.text, units, self._flattened_starts())

    def _flattened_starts(self) -> frozenset[int]:
        """Where each paragraph starts that cleaning cut out of one flattened source line
        (it shares its source line with the paragraph before it)."""
        paragraphs = self.cleaned.paragraphs
        return frozenset(q.start for p, q in zip(paragraphs, paragraphs[1:]) if p.line == q.line)

    def _scan_inline(self, start: int, end: int, idx: int) -> None:
        """Inline enumerations (一是 …, 第一，) inside a paragraph's body."""
        at = self.inline_at
        i = bisect_left(self.inline_after, start)
        while i < len(at) and at[i] < end:
            pos = at[i]
            i += 1
            if self.units and self.units[-1].start >= pos:
                continue
            mk = match_marker(self.text, pos)
            if mk is None or mk.family not in ITEM_FAMILIES or not self._accept_item(mk, pos, end) \
                    or not self._accept_heading(mk, pos + mk.length, end):
                continue
            if mk.number == 1:
                lead = self.leads.lead_before_run(pos, start)
                if lead is not None:
                    self._add(lead)
            t0 = skip_space(self.text, pos + mk.length, end)
            t_end = title_end(self.text, t0, end)
            self._add(Unit("item", mk.family, mk.number, mk.text, pos, t0, t_end,
                           after_punct(self.text, t_end, end), at_paragraph_start=False, verb=mk.verb,
                           introduced_by_colon=self._after_colon(pos)))
            self.leads.body_text(pos)

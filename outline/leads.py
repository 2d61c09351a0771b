"""Unnumbered lead headings (kind ``lead``), found by three rules.

- *line*: a short line with no sentence punctuation standing alone between
  paragraphs (a sub-head), once the report's body has begun;
- *run-in*: a short sentence that opens a paragraph and a block
  (``推进农业现代化。加大对农业的投入…``), and, where a section has such parallel
  short sentences, the same kind of sentence inside a paragraph;
- *before a run*: the sentence just before a run of 一是 … that introduces it
  (``今年来,我们坚持拼经济抓发展,经济运行持续好转。一是…``).

Precision matters more than recall: a body sentence promoted to a heading is worse
than a lead left in the body, so each rule is narrow.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from . import lexicon
from .lexicon import SPACE as _SPACE
from .literalscan import SplitLead
from .lexicon import SENTENCE_END as _SENTENCE_END
from .script import fold_script
from .units import Unit, after_punct, title_end, visible, visible_at_least

if TYPE_CHECKING:
    from .cleaning import Paragraph


def _not_a_lead() -> re.Pattern[str]:
    """Sentences that open paragraphs in every report without being headings, and the
    rhetoric that closes a passage (lexicon ``lead.not_openers``, ``lead.spared``,
    ``lead.not_endings``), for text folded to simplified.  A one-character opener spares
    the words it begins (经 but not 经济实力明显增强)."""
    spared = lexicon.words("lead.spared")
    openers = []
    for w in lexicon.words("lead.not_openers"):
        tails = [s[1:] for s in spared if len(w) == 1 and s.startswith(w)]
        openers.append(re.escape(w) + (f"(?!{'|'.join(map(re.escape, tails))})" if tails else ""))
    return re.compile(f"^({'|'.join(openers)})|({lexicon.alternation('lead.not_endings')})$")


_NOT_A_LEAD = _not_a_lead()
_LINE_NOT_A_LEAD = re.compile(r"^[(（—\-]|[)）]$|政府$|会议上|^\d{2,4}[年.\-/]\d{1,2}[月.\-/]|^[A-Za-z0-9 .:/%-]+$|[:：]")  # noqa: E501 (CJK characters count double)
# A glossary, notes or an attachment after the report's last section: a heading of the report
# itself (depth 1), whatever its numbered entries restart (附件2：2025年为民办实事项目, then 1. 2. …).
BACK_MATTER = re.compile(r"^[※＊*【\[（(]*(?:" + lexicon.alternation("lead.back_matter")
                         + r"|附件[ \u3000]*[0-9０-９一二三四五六七八九十]{0,3}(?:[：:][^。！？!?]{0,40})?)[※＊*】\]）)：:]*$")  # noqa: E501 (CJK characters count double)
_CLAUSE = re.compile(r"[，,；;：:]")
RUN_IN_LEAD_MIN, RUN_IN_LEAD_MAX = 4, 18  # visible characters of a run-in head's sentence
RUN_IN_BODY_MIN = 15  # visible characters a run-in head's paragraph holds after it (else it heads nothing)
BOLD_LEAD_MAX = 30  # a bold opening sentence this long or shorter is a run-in head
PEER_LENGTH = 3  # parallel leads differ in length by at most this many characters
ANAPHORA = 2  # characters parallel leads of a text without headings open with alike (聚焦…, 聚焦…)
_FOLLOW_WINDOW = 60  # characters after a candidate lead looked at for the text it heads
_VISIBLE = re.compile(r"[^\s\u3000\u00a0\u2002\u2003\u2009\u202f]")
_ITEM_OPENING = re.compile(r"[一二三四五六七八九十]{1,3}[是要]")
_DIGIT = re.compile(r"[0-9０-９%％]")
# what a run-in lead opens with: a Chinese character or an opening quote (not a figure, nor a
# bracket: 【14】。 is a note cited at a line's start, no head)
_OPENS_A_LEAD = re.compile(r"[\u4e00-\u9fff“‘「『《\"＂]")
_TABLE_CELLS = re.compile(r"\S(?:\t|[ \u3000]{3,})\S")  # a table's row: cells apart by a tab or spaces
_ANNOUNCING = re.compile(f"[{re.escape(lexicon.FULL_STOP + lexicon.COMMAS)}]")  # (a sentence before the colon)
_PUNCTUATED = re.compile(r"[。！？；!?;：:，,]")
# A short sentence right after a sentence end, inside a paragraph: 4–10 characters, no clause break.
# (It matches the sentence end before it rather than looking behind: sre then skips between
# candidates by character class.  Search from one before a body's start.)
# (Scanned as one pattern per sentence end: a match holds no sentence end after its first character.
# Both repeats are possessive: what they give back could never make a match, since the spaces are
# outside the sentence's class and the closing stop outside both, and a long sentence would
# otherwise be tried at each of seven shorter lengths.)
_MID_LEAD = SplitLead("。！!", r"[ \u3000]*+([^。！？!?；;，,、：:\n“”\"（）()\s—]{4,10}+)(?=[。！!])")


def _after_bullet(text: str, start: int, end: int) -> int:
    """Where a lead's title starts: after the bullet a page may set before it, and the spaces after that."""
    i = start
    while i < end and text[i] in lexicon.BULLETS:
        i += 1
    while start < i < end and text[i] in _SPACE:
        i += 1
    return i


def lead_sentence_ok(sentence: str) -> bool:
    """Can this short sentence be a run-in lead by its words: it opens with a Chinese character
    or a quote, reports no figure, and is none of the sentences every report opens paragraphs with."""
    return _OPENS_A_LEAD.match(sentence) is not None and not _DIGIT.search(sentence) \
        and not _NOT_A_LEAD.search(fold_script(sentence))


def sentence_start(text: str, first: int, end: int) -> int:
    """Where the sentence that ends at ``end`` starts: just after the last sentence end in
    ``text[first:end]``, else at ``first`` (``first <= end``).  (One ``rfind`` per sentence
    end, in C, rather than a step back over every character of the sentence.)"""
    return max([text.rfind(ch, first, end) for ch in _SENTENCE_END] + [first - 1]) + 1


class LeadFinder:
    """Applies the lead rules while the segmenter walks the text."""

    def __init__(self, text: str, hints: dict[int, Any] | None = None) -> None:
        self.text = text
        self.hints = hints or {}
        self.units: list[Unit] = []
        self.body_started = False  # a paragraph ending a sentence has been seen
        self._checked = 0  # units looked at by _container
        self._last_container: Unit | None = None
        self.heading_seen = False
        self.in_back_matter = False  # a glossary, notes or an attachment began (名词解释)
        self.unheaded: list[tuple[int, Unit]] = []  # (paragraph, run-in lead) before any heading

    def bold_opening(self, para: "Paragraph") -> bool:
        """Did the reader see this paragraph open with a bold run (a .docx, .pdf or .html hint)?"""
        hint = self.hints.get(para.line) if self.hints else None
        return hint is not None and hint.bold == "opening"

    def _container(self) -> Unit | None:
        """The last unit that is not an item, looking only at the units added since the last
        call (a paragraph of 40,000 items must not be rescanned for each one)."""
        units = self.units
        for k in range(len(units) - 1, self._checked - 1, -1):
            if units[k].kind != "item":
                self._last_container = units[k]
                break
        self._checked = len(units)
        return self._last_container

    def attach(self, units: list[Unit]) -> None:
        """Share the segmenter's list of units (read only here)."""
        self.units = units

    def heading_opened(self, unit: Unit) -> None:
        """Called for every heading unit."""
        self.heading_seen = True
        self.body_started = True

    def body_text(self, end: int) -> None:
        """Called after each paragraph: the report's body has begun once a sentence ended, or a
        sentence announced what follows (…现将上半年工作总结如下：, not 各位代表：)."""
        if not self.body_started:
            i = end - 1
            while i > 0 and self.text[i] in _SPACE + "”’」』":
                i -= 1
            self.body_started = i >= 0 and (self.text[i] in lexicon.FULL_STOP or (
                self.text[i] in lexicon.COLONS and _ANNOUNCING.search(self.text, self.text.rfind("\n", 0, i) + 1, i)
                is not None))

    # -- line and run-in rules -------------------------------------------------------------
    def paragraph_lead(self, para: Paragraph, idx: int) -> Unit | None:
        """A lead that opens this (unmarked) paragraph, or ``None``."""
        text, start, end = self.text, para.start, para.end
        if not self.body_started:
            return None
        if end - start <= 50 and end < len(text) - 1 and BACK_MATTER.match(fold_script(visible(text[start:end]))):
            self.in_back_matter = True
            return Unit("lead", "lead-line", None, None, start, start, end, end)
        if not _PUNCTUATED.search(text, start, end):
            # a sub-head needs a paragraph after it; a short last line is a signature or a stub
            shown = visible(text[start:end])
            if 4 <= len(shown) <= 30 and not _LINE_NOT_A_LEAD.search(fold_script(shown)) and end < len(text) - 1 \
                    and not _TABLE_CELLS.search(text, start, end):
                begin = _after_bullet(text, start, end) if text[start] in lexicon.BULLETS else start
                return Unit("lead", "lead-line", None, None, start, begin, end, end)
            return None
        t_end = title_end(text, start, end)
        if t_end >= end or text[t_end] not in "。！!":
            return None
        begin = _after_bullet(text, start, t_end) if text[start] in lexicon.BULLETS else start
        sentence = visible(text[begin:t_end])
        lead = Unit("lead", "lead-run", None, None, start, begin, t_end, after_punct(text, t_end, end))
        if self.bold_opening(para) and 2 <= len(sentence) <= BOLD_LEAD_MAX:
            # the format set the opening sentence in bold: a run-in head, whatever its words
            return self._headed(lead, idx)
        if not RUN_IN_LEAD_MIN <= len(sentence) <= RUN_IN_LEAD_MAX or _CLAUSE.search(sentence) \
                or _NOT_A_LEAD.search(fold_script(sentence)) or not _OPENS_A_LEAD.match(sentence):
            return None
        if not visible_at_least(text, t_end + 1, end, RUN_IN_BODY_MIN):
            return None  # a lone short paragraph is not a run-in head: the block it heads is missing
        return self._headed(lead, idx)

    def _headed(self, lead: Unit, idx: int) -> Unit:
        """``lead``, noted as unheaded when no heading came before it (:meth:`finish` decides)."""
        if not self.heading_seen:
            self.unheaded.append((idx, lead))
        return lead

    def _without_lone_unheaded(self, units: list[Unit]) -> list[Unit]:
        """Run-in leads before any heading go (a report's preamble is no section), except in a
        text whose only units are they and items (a township news excerpt, 聚焦产业发展。…
        聚焦人居环境。…): there a lead stays in a run of consecutive paragraphs whose leads
        open with the same :data:`ANAPHORA` characters and report no figure (a speech's
        paragraphs open with statements: 我国的农业在土地改革以后有了新的发展。)."""
        kept: set[int] = set()
        if all(u.kind == "item" or u.family == "lead-run" for u in units):
            opening = [(idx, self.text[u.title_start:u.title_start + ANAPHORA], u) for idx, u in self.unheaded
                       if not _DIGIT.search(self.text, u.title_start, u.title_end)]
            for (i, a, u), (j, b, v) in zip(opening, opening[1:]):
                if j == i + 1 and a == b:
                    kept.update((id(u), id(v)))
        dropped = {id(u) for _, u in self.unheaded} - kept
        return [u for u in units if id(u) not in dropped] if dropped else units

    # -- before-a-run rule -----------------------------------------------------------------
    def lead_before_run(self, item_pos: int, para_start: int) -> Unit | None:
        """The sentence just before an inline 一是 that introduces its run, or ``None``."""
        text = self.text
        container = self._container()
        if container is None or container.kind not in ("heading", "lead") or container.family == "lead-run":
            return None
        i = item_pos - 1
        while i >= para_start and text[i] in _SPACE + "”’」』":
            i -= 1
        if i < para_start or text[i] not in "。！!":
            return None
        s_end = i
        s_start = sentence_start(text, para_start, s_end)
        while s_start < s_end and text[s_start] in _SPACE:
            s_start += 1
        sentence = visible(text[s_start:s_end])
        if not 4 <= len(sentence) <= 40:
            return None
        if _VISIBLE.search(text, container.body_start, s_start) is None:
            return None  # the run follows its heading directly: the heading introduces it
        if s_start != para_start and (len(sentence) > 16 or _CLAUSE.search(sentence)):
            return None
        return Unit("lead", "lead-before", None, None, s_start, s_start, s_end, s_end + 1)

    def _following(self, end: int, stop: int, opens_the_body: bool) -> str:
        """What follows a short sentence ending at ``end`` on its line (a bounded look: only
        whether 15 characters do matters); or, for the sentence that a heading's paragraph
        ends with right after its title (（三）…提升。强化区域协同联动。), on the next line."""
        window = min(stop, end + _FOLLOW_WINDOW)
        line_end = self.text.find("\n", end, window)
        following = visible(self.text[end:window if line_end < 0 else line_end])
        if opens_the_body and line_end == end + 1:  # (its full stop ends the line)
            window = min(stop, line_end + 1 + _FOLLOW_WINDOW)
            next_end = self.text.find("\n", line_end + 1, window)
            following = visible(self.text[line_end + 1:window if next_end < 0 else next_end])
        return following

    def finish(self, units: list[Unit]) -> list[Unit]:
        """Run-in leads inside paragraphs, where a section shows them in parallel.

        PDF extraction often merges the bold run-in heads of a section into one paragraph
        (``…稳定大格局。安全底线守稳筑牢。开展燃气…``).  A short sentence there is taken as
        a lead only when its section already opens a paragraph with one of similar length,
        or holds at least two such sentences of similar length.
        """
        if self.unheaded:
            units = self._without_lone_unheaded(units)
        sections: list[list[int]] = [[]]  # per section: indexes of units whose body is scanned
        for i, u in enumerate(units):
            if u.kind == "heading" or u.family == "lead-line":
                sections.append([])
            if u.kind == "heading" or u.family in ("lead-run", "lead-line"):
                sections[-1].append(i)
        added: list[Unit] = []
        # every short sentence, found in one pass; a unit's body takes those inside it
        mids = list(_MID_LEAD.finditer(self.text))
        mid_starts = [m.start() for m in mids]
        for members in sections:
            if not members:
                continue
            candidates: list[tuple[int, int, int]] = []  # (start, end of sentence, length)
            for i in members:
                u = units[i]
                stop = units[i + 1].start if i + 1 < len(units) else len(self.text)
                k = bisect_left(mid_starts, max(0, u.body_start - 1))
                while k < len(mids) and mid_starts[k] < stop:
                    m = mids[k]
                    k += 1
                    if m.end() >= stop:
                        continue  # (its closing stop lies in the next unit)
                    sentence = m.group(1)
                    following = self._following(m.end(), stop, u.kind == "heading" and m.start() < u.body_start)
                    # a short sentence with a figure in it (技改投资增长21%。) reports a result; one
                    # opening with 二是 is an item whose run the text lost the start of
                    if len(following) >= 15 and not _NOT_A_LEAD.search(fold_script(sentence)) \
                            and not _DIGIT.search(sentence) \
                            and not _ITEM_OPENING.match(sentence):
                        candidates.append((m.start(1), m.end(1), len(sentence)))
            if not candidates:
                continue
            runs_in = {len(visible(self.text[units[i].title_start:units[i].title_end])) for i in members
                       if units[i].family == "lead-run"}
            lengths: dict[int, int] = {}  # a sentence length → how many candidates have it
            for _, _, n in candidates:
                lengths[n] = lengths.get(n, 0) + 1
            peered: dict[int, bool] = {}  # a length → whether sentences of it have peers
            for start, end, length in candidates:
                if length not in peered:
                    near = range(length - PEER_LENGTH, length + PEER_LENGTH + 1)
                    peered[length] = not runs_in.isdisjoint(near) or sum([lengths.get(n, 0) for n in near]) >= 2
                if peered[length]:
                    added.append(Unit("lead", "lead-run", None, None, start, start, end, end + 1))
        if not added:
            return units
        return sorted(units + added, key=lambda u: u.start)

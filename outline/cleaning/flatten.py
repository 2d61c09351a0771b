"""Step 9: a report flattened into one line cut back into paragraphs (and, through
:mod:`resplit`, step 11: again once joined, for a flattened report that was then wrapped)."""
from __future__ import annotations

import re

from .. import lexicon
from ..lazyre import LazyPattern
from ..markers import HEADING_FAMILIES, continues_a_number, match_marker, starts_of
from ..literalscan import SplitLead
from ..lexicon import SPACE as _SPACE
from ..units import skip_space
from .flatdetect import flattened_lines, head_starts
from .model import Line
from .frontcut import front_matter_cuts
from .glossary import attachment_cuts, glossary_cuts
from .siblingcut import Head, parallel_title_cuts

_SENTENCE_BREAK = re.compile(f"[{re.escape(lexicon.FULL_STOP)}][{lexicon.CLOSING_QUOTES}]?[ \u3000]+(?=\\S)")
# … and whether there is one, scanned from the space (rare in Chinese text) rather than the full
# stop (in every sentence), one literal scan per space character: many times faster
_FS, _CQ = re.escape(lexicon.FULL_STOP), lexicon.CLOSING_QUOTES
SENTENCE_BREAK_SCAN = SplitLead(" \u3000", f"(?:(?<=[{_FS}].)|(?<=[{_FS}][{_CQ}].))[ \u3000]*(?=\\S)")

# A marker that needs no separator before it, even in text flattened with nothing between
# its paragraphs: a parenthesized Chinese number ((一) right after a title), and an arabic
# number after a Chinese character when it continues the numbering (…基础1.组织建设).
_BARE_PAREN = LazyPattern(r"[(（][一二三四五六七八九十]{1,3}[)）]")
_BARE_ARABIC = LazyPattern(r"[0-9０-９]{1,2}[.．、](?=[\u4e00-\u9fff“\"])")  # (after a Han character: checked)
# … both found by literal scans (what the tests hold them to): the parenthesis (a match holds
# no other), and for the number its separator, looking behind for a digit (a pattern opening
# with a repeated class makes sre try its whole engine at every character)
_BARE_PAREN_SCAN = SplitLead("(（", "[一二三四五六七八九十]{1,3}[)）]")
_DIGITS = lexicon.DIGITS
_BARE_ARABIC_SEPARATOR = SplitLead(".．、", f"(?<=[{_DIGITS}].)(?=[\u4e00-\u9fff“\"])")


def bare_arabic_starts(text: str) -> list[int]:
    """Where each match of :data:`_BARE_ARABIC` starts, in order: one or two digits before a
    separator (the match takes two when two stand there: 123、 matches from the 2)."""
    out = []
    for m in _BARE_ARABIC_SEPARATOR.finditer(text):
        at = m.start()
        out.append(at - 2 if at >= 2 and text[at - 2] in _DIGITS else at - 1)
    return out


# Where a heading's paragraph starts when nothing separates it from the title: a time or a
# subject opening the body (2024年是…, 一年来, 今年以来, 2025年我镇…).
_BODY_OPENER = LazyPattern(
    r"(?:19|20)\d{2}\s*年(?=是|以来|以來|来|來|，|,|我|全[镇鎮县縣市区區乡鄉村]|上半年|[1-9一二三四五六七八九十]{1,2}月)"
    r"|一年来|一年來|今年以来|今年以來|近年来|近年來|(?:刚刚)?过去的一年|(?:剛剛)?過去的一年|上半年[，,]|截至|截止"
    r"|过去一年[，,]|過去一年[，,]|刚刚过去的|剛剛過去的|今年是|各位代表[，,]|各位代表們[，,]|各位代表们[，,]"
    # … or the first item of a run (…着力顺应群众生活新期盼一是提升教育质量。)
    r"|(?<![一二三四五六七八九十第统統])一[是要](?=[\u4e00-\u9fff])|第一[，,]")
TITLE_MAX = 40  # a heading title in flattened text is looked at for its body's start this far
REPEAT_MIN = 4  # characters of a title's opening that, coming again, open its body
# An unnumbered part head flattened between two sentences: a year's review or plan right after
# a sentence end, its body opening right after it (…提出意见。2023年工作回顾2023年是…, or as
# pdftotext spaces it, 2023 年工作回顾 2023 年是…), found from the sentence end (a literal scan
# each); the body's opening is checked on each match (in either script: the step runs before any conversion)
# (the words a year's part is named with, and the government's own part: one statement each,
# for the part head between two sentences and for a heading's title glued to its body)
_PART_WORDS = r"(?:回[顾顧]|[总總][结結]|安排(?:[建][议議])?|[计計][划劃]|[谋謀][划劃]|打算)"
_GOVERNMENT_PART = (r"(?:切[实實]|全面|不[断斷]|着力|著力|持[续續]|[进進]一步)?"
                    r"加[强強](?:新形[势勢]下的)?政府自身建[设設]")
_PART_HEAD = SplitLead(lexicon.FULL_STOP, r"[ \u3000]*+((?:(?:19|20)\d{2} ?年|[过過]去[一五]年|今年)(?:政府)?工作"
                                         f"{_PART_WORDS})")
# … and the part on the government's own work, a fixed phrase, so its end is where its title
# ends (…地方志等工作。切实加强政府自身建设人民政府为人民，…), unless a sentence goes on from it
_GOVERNMENT_HEAD = SplitLead(lexicon.FULL_STOP, f"[ \u3000]*+({_GOVERNMENT_PART})(?![，,、。；;：:是的和与與及])")
# A heading title of a fixed form, whole: a year's part (2023年工作回顾, 2024年工作安排, 2025年总体
# 要求), or the government's own part (切实加强政府自身建设); where nothing separates it from its
# body, the body starts right after it (unless another part is joined on: …回顾和2025年…)
_YEARS_PART = (r"(?:19|20)\d{2} ?年(?:政府)?(?:工作)?"
               f"(?:{_PART_WORDS}|[总總]体要求|重点任[务務]|主要任[务務]|重点工作(?:任[务務])?|主要目[标標](?:任[务務])?)")
_WHOLE_TITLE = LazyPattern(
    f"(?:{_YEARS_PART}(?:[和及与與暨]{_YEARS_PART})?|{_GOVERNMENT_PART})"
    r"(?![，,、。；;：:是的和与與及暨中]|方面|情[况況]|如下|要点|要點)")


def _body_start(text: str, title_start: int) -> int | None:
    """Where the body starts inside a heading title that nothing separates from it."""
    whole = _WHOLE_TITLE.match(text, title_start)
    if whole is not None and whole.end() < len(text):
        return whole.end()
    limit = min(len(text), title_start + TITLE_MAX)
    m = _BODY_OPENER.search(text, title_start + 2, limit)
    # (or where the title's own first words come again: …工作回顾“十三五”时期，是…; not past a
    # colon, where a run-in title ends: 智能制造产业园：占地252亩的智能制造产业园…)
    again = text.find(text[title_start:title_start + REPEAT_MIN], title_start + REPEAT_MIN, limit)
    if again >= 0 and any(ch in text[title_start:again] for ch in lexicon.COLONS):
        again = -1
    at = min(x for x in (m.start() if m else -1, again) if x >= 0) if m or again >= 0 else None
    if at is None or len(text[title_start:title_start + REPEAT_MIN]) < REPEAT_MIN:
        return None
    if any(ch in text[title_start:at] for ch in lexicon.SENTENCE_END):
        return None  # the title ended before: nothing to cut
    return at


# A paywall marker (---此处隐藏4290字,下载后查看---) inside a flattened line
_GAP_INLINE = LazyPattern(r"-{2,}[^-\n]{0,30}?(?:隐藏|隱藏|下载后|下載後)[^-\n]{0,30}?-{2,}")
_NOTES = frozenset({"bracket"})  # the family of a glossary's entries
_NO_TITLE = lexicon.COMMAS + lexicon.CLAUSE_END + "）)"
_SENTENCE_ENDS = lexicon.CLAUSE_END + lexicon.CLOSING_QUOTES


def _after_bare_space(text: str, pos: int) -> bool:
    """Does a space (not a sentence end and a space) stand before ``pos``?"""
    if pos == 0 or text[pos - 1] not in _SPACE:
        return False
    j = pos - 1
    while j >= 0 and text[j] in _SPACE:
        j -= 1
    if j > 0 and text[j] in lexicon.CLOSING_QUOTES:
        j -= 1  # (a quotation ends a sentence only with its full stop: 落实“三线一单” [48]生态)
    return j >= 0 and text[j] not in _SENTENCE_ENDS


def _fits(family: str, number: int | None, last_number: dict[str, int], last_family: str | None) -> bool:
    """Does a heading after a bare space fit the numbering so far: the next number of its
    family, or a list opening at 1 right after another family's heading (its parent)?  A
    family not cut before opens at 1 (``模式 [5]入选``: a note's citation that ``pdftotext``
    spaced from its word)."""
    if number is None:
        return True
    if family not in last_number:
        return number == 1
    return number == last_number[family] + 1 or (number == 1 and last_family != family)


def split_flattened(lines: list[Line], force: bool = False) -> list[Line]:
    """Cut a report flattened into one line back into paragraphs.

    Cuts go before a heading marker that follows a sentence end or a space (or, for
    ``(一)`` and an arabic number that continues its list, anywhere), after a short heading
    title that a space separates from its paragraph, where a time or subject opens the
    body of a title that nothing separates from it, after the document title at the
    line's start, and at a sentence end followed by white space (a paragraph break turned
    into a space).
    """
    cut = flattened_lines(lines, force)
    if not cut:
        return list(lines)
    out: list[Line] = []
    prev = 0
    for index in cut:
        out.extend(lines[prev:index])
        out.extend(_cut_line(lines[index], not any(x.text.strip(_SPACE) for x in lines[:index])))
        prev = index + 1
    out.extend(lines[prev:])
    return out


def _cut_line(ln: Line, document_start: bool) -> list[Line]:
    """The paragraphs of one flattened line (``document_start``: nothing stands above it)."""
    text, cuts = ln.text, set()
    heads = [end for _, end in head_starts(text)]
    if document_start:
        title_cuts = front_matter_cuts(text)
        cuts.update(title_cuts)
        # (a heading right after the title or the issuer: …政府工作报告一、社会大局和谐稳定过去一年，…)
        heads += [at for cut in title_cuts if (at := skip_space(text, cut, len(text))) < len(text)]
    heads += [m.start() for m in _BARE_PAREN_SCAN.finditer(text)]
    last_arabic = 0
    for start in bare_arabic_starts(text):
        if not (start and "\u4e00" <= text[start - 1] <= "\u9fff") or text[start - 1] == "第":
            continue  # (after 第 a rank: 居全省第1、长三角第2位)
        mk = match_marker(text, start)
        if mk is not None and mk.number is not None and mk.number in (1, last_arabic + 1):
            heads.append(start)
            last_arabic = mk.number
    last_number: dict[str, int] = {}  # per family, the number of the last heading cut
    last_family = None
    placed: list[Head] = []
    for pos in sorted(set(heads)):
        mk = match_marker(text, pos)
        if mk is None or mk.family not in HEADING_FAMILIES:
            continue
        after = pos + mk.length
        if continues_a_number(mk, text, pos):
            continue  # 1.6万元, 3.5%: a number, not a heading
        if skip_space(text, after, len(text)) < len(text) and text[skip_space(text, after, len(text))] in _NO_TITLE:
            continue  # （10） ，: a title never starts with punctuation
        if _after_bare_space(text, pos) and not _fits(mk.family, mk.number, last_number, last_family):
            continue  # 实现规划统 一、资源共享: a wrap space inside a word, not a heading
        if mk.number is not None:
            last_number[mk.family] = mk.number
        last_family = mk.family
        title_end = _short_title_end(text, after) or _body_start(text, skip_space(text, after, len(text)))
        placed.append(Head(pos, skip_space(text, after, len(text)), mk.family, title_end, mk.number))
    inline = _inline_families(text, placed)
    placed = [head for head in placed if head.family not in inline]
    cuts.update(head.pos for head in placed)
    # (a title ends at the heading glued after it, whatever space comes later: 2025年工作计划(一) 加快…)
    placed = [head._replace(title_end=None) if head.title_end is not None and k + 1 < len(placed)
              and placed[k + 1].pos < head.title_end else head for k, head in enumerate(placed)]
    cuts.update(head.title_end for head in placed if head.title_end is not None)
    cuts.update(parallel_title_cuts(text, placed))
    if any(ch in text for ch in starts_of(_NOTES)):
        cuts.update(glossary_cuts(text))
    if "附件" in text:
        cuts.update(attachment_cuts(text))
    for m in _PART_HEAD.finditer(text):
        if _BODY_OPENER.match(text, skip_space(text, m.end(1), len(text))):
            cuts.update((m.start(1), m.end(1)))
    for m in _GOVERNMENT_HEAD.finditer(text) if "自身建" in text else ():
        cuts.update((m.start(1), m.end(1)))
    cuts.update(m.end() for m in SENTENCE_BREAK_SCAN.finditer(text))  # (the same ends: from the space)
    gaps: dict[int, int] = {}  # where a paywall marker flattened into the text starts: its hidden count
    for m in _GAP_INLINE.finditer(text) if "--" in text else ():  # (a line of its own, and a gap)
        cuts.update((m.start(), m.end()))
        hidden = re.search(r"\d+", m.group(0))
        gaps[m.start()] = int(hidden.group(0)) if hidden else -1
    out: list[Line] = []
    prev = 0
    for cut in sorted(cuts):
        if cut > prev:
            out.append(Line(text[prev:cut].strip(_SPACE), ln.line, gaps.get(prev)))
            prev = cut
    out.append(Line(text[prev:].strip(_SPACE), ln.line, gaps.get(prev)))
    return out


SPACED_HEADS = 3  # headings after a space that show a line's paragraphs were joined by spaces


def _inline_families(text: str, placed: list[Head]) -> set[str]:
    """The families whose every heading (two or more) follows a sentence end at once, in a line
    whose paragraphs were joined by spaces (:data:`SPACED_HEADS` headings after a space): a
    list that was inside a paragraph (``…民生实事。（1）…。（2）…``), not the report's headings."""
    spaced = sum(1 for head in placed if head.pos and text[head.pos - 1] in _SPACE)
    if spaced < SPACED_HEADS:
        return set()
    direct: dict[str, bool] = {}  # family → every heading of it follows a sentence end at once
    count: dict[str, int] = {}
    for head in placed:
        at_once = head.pos > 0 and text[head.pos - 1] in _SENTENCE_ENDS
        direct[head.family] = direct.get(head.family, True) and at_once
        count[head.family] = count.get(head.family, 0) + 1
    return {family for family, yes in direct.items() if yes and count[family] >= 2}


_FRAGMENT_END = "，,、和的与與及"  # a title piece ending so goes on after the space (抓项目、稳增长, 经济发展…)


# what a title runs on through: neither a space nor a clause end (at most 30 characters from
# its start, one match of this rather than a loop over the characters)
_TITLE_RUN = LazyPattern(lambda: f"[^{re.escape(_SPACE + lexicon.CLAUSE_END)}]*")


def _short_title_end(text: str, start: int) -> int | None:
    """End of a heading title that a space separates from its paragraph (``一、工作回顾 2024年是…``)."""
    i = start
    while i < len(text) and text[i] in _SPACE:
        i += 1
    j = i
    # (a title may hold a comma: 聚焦民生保障，群众获得感不断增强 全年新增…)
    while True:
        limit = min(len(text), i + 31)
        if j < limit:  # (past it, after a space skipped inside the title, the title runs no further)
            j = _TITLE_RUN.match(text, j, limit).end()
        if j < len(text) and j - i <= 30 and text[j] in _SPACE and j > i and (
                text[j - 1] in _FRAGMENT_END or _digit_spacing(text, j)):
            j = skip_space(text, j, len(text))  # a wrap, a typed space or digit spacing inside the title
            continue
        break
    if j >= len(text) or text[j] not in _SPACE or j - i < 2 or text[j - 1].isdigit():
        return None
    return j


def _digit_spacing(text: str, space: int) -> bool:
    """Is the space at ``space`` the one PDF extraction puts around a number (``床位 1744 张``)?"""
    after = skip_space(text, space, len(text))
    return after < len(text) and text[after].isdigit()

"""Step 9: a report flattened into one line cut back into paragraphs (and, through
:mod:`resplit`, step 11: again once joined, for a flattened report that was then wrapped)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..lazyre import LazyPattern
from ..script import either_script
from ..markers import HEADING_FAMILIES, continues_a_number, match_marker, starts_of
from ..literalscan import SplitLead
from ..lexicon import SPACE as _SPACE
from ..units import skip_space
from .flatdetect import bracket_heads, flattened_lines, head_starts
from .model import Line
from .frontcut import front_matter_cuts
from .glossary import attachment_cuts, glossary_cuts
from .siblingcut import Head, parallel_title_cuts
from .spaced import SENTENCE_CLOSE, SPACED_HEADS, inline_families, item_title_ends, short_title_end

_SENTENCE_BREAK = re.compile(f"[{re.escape(lexicon.FULL_STOP)}][{lexicon.CLOSING_QUOTES}]?[ \u3000]+(?=\\S)")
# … and whether there is one, scanned from the space (rare in Chinese text) rather than the full
# stop (in every sentence), one literal scan per space character: many times faster
_FS, _CQ = re.escape(lexicon.FULL_STOP), lexicon.CLOSING_QUOTES
SENTENCE_BREAK_SCAN = SplitLead(" \u3000", f"(?:(?<=[{_FS}].)|(?<=[{_FS}][{_CQ}].))[ \u3000]*(?=\\S)")

# A marker that needs no separator before it, even in text flattened with nothing between
# its paragraphs: a parenthesized Chinese number ((一) right after a title), and an arabic
# number after a Chinese character when it continues the numbering (…基础1.组织建设).
_BARE_PAREN = LazyPattern(r"[(（][ \u3000]?[一二三四五六七八九十]{1,3}[ \u3000]?[)）]")  # (（ 一 ）: spaces inside)
_BARE_ARABIC = LazyPattern(r"[0-9０-９]{1,2}[.．、](?=[\u4e00-\u9fff“\"])")  # (after a Han character: checked)
# … both found by literal scans (what the tests hold them to): the parenthesis (a match holds
# no other), and for the number its separator, looking behind for a digit (a pattern opening
# with a repeated class makes sre try its whole engine at every character)
_BARE_PAREN_SCAN = SplitLead("(（", "[ \u3000]?[一二三四五六七八九十]{1,3}[ \u3000]?[)）]")
_DIGITS = lexicon.DIGITS
_BARE_ARABIC_SEPARATOR = SplitLead(".．、", f"(?<=[{_DIGITS}].)(?=[\u4e00-\u9fff“\"])")


# A 二、 glued to the text before it, the title after it opening with a Chinese character
# (…基础设施不断完善二、存在的问题); not after a numeral or 第 (第二、第三轮), nor before a
# numeral (二、三产业)
_GLUED_CN_DUN = LazyPattern(r"[二三四五六七八九十]{1,3}、(?=[\u4e00-\u9fff])(?![一二三四五六七八九十])")
# … found from its 、 (a literal scan, then a look behind for the numeral: a pattern opening with a
# class or a look behind is tried at every character of a report flattened into one line)
_GLUED_CN_DUN_SCAN = SplitLead("、", r"(?<=[二三四五六七八九十]、)(?=[\u4e00-\u9fff])(?![一二三四五六七八九十])")
_NOT_BEFORE_GLUED = "〇一二三四五六七八九十百零两第"


def glued_cn_dun_starts(text: str) -> list[int]:
    """Where each 二、 glued to a Chinese character before it starts (:data:`_GLUED_CN_DUN`, the
    numeral not after another numeral or 第)."""
    out = []
    for m in _GLUED_CN_DUN_SCAN.finditer(text):
        at = m.start() - 1
        while at > 0 and text[at - 1] in "二三四五六七八九十" and m.start() - at < 3:
            at -= 1
        if at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff" and text[at - 1] not in _NOT_BEFORE_GLUED:
            out.append(at)
    return out


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
# … or a section's fixed name (指导思想, 保障措施: lexicon ``heading.sections``, the longest tried
# first), unless a longer title goes on from it (工作目标任务, 主要工作完成情况)
_SECTION_NAME = LazyPattern(lambda: "(?:" + either_script("|".join(map(re.escape, sorted(
    lexicon.words("heading.sections"), key=len, reverse=True)))) + ")(?!"
    + lexicon.either_script_alternation("heading.section_goes_on")
    + f"|[{re.escape(lexicon.COMMAS + lexicon.CLAUSE_END)}])")
@lru_cache(maxsize=1)
def _section_openings() -> frozenset[str]:
    """The first characters of the sections' fixed names, in either script (one set lookup
    spares most titles the names' long alternation)."""
    from ..script import traditional_variants

    variants = traditional_variants()
    firsts = {w[0] for w in lexicon.words("heading.sections")}
    return frozenset(firsts | {t for f in firsts for t in variants.get(f, "")})


_WHOLE_TITLE = LazyPattern(
    f"(?:{_YEARS_PART}(?:[和及与與暨]{_YEARS_PART})?|{_GOVERNMENT_PART})"
    r"(?![，,、。；;：:是的和与與及暨中]|方面|情[况況]|如下|要点|要點)")


def _body_start(text: str, title_start: int) -> int | None:
    """Where the body starts inside a heading title that nothing separates from it."""
    whole = _WHOLE_TITLE.match(text, title_start) or (
        _SECTION_NAME.match(text, title_start) if text[title_start:title_start + 1] in _section_openings() else None)
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


def _after_bare_space(text: str, pos: int) -> bool:
    """Does a space (not a sentence end and a space) stand before ``pos``?"""
    if pos == 0 or text[pos - 1] not in _SPACE:
        return False
    j = pos - 1
    while j >= 0 and text[j] in _SPACE:
        j -= 1
    if j > 0 and text[j] in lexicon.CLOSING_QUOTES:
        j -= 1  # (a quotation ends a sentence only with its full stop: 落实“三线一单” [48]生态)
    return j >= 0 and text[j] not in SENTENCE_CLOSE


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
    attachment, entries = attachment_cuts(text) if "附件" in text else ([], [])
    cuts.update(attachment)
    heads += entries  # (an attachment's first entry heads its siblings: 附件2025年10件惠民实事一、…)
    last_arabic = 0
    for start in bare_arabic_starts(text):
        if not (start and "\u4e00" <= text[start - 1] <= "\u9fff") or text[start - 1] == "第":
            continue  # (after 第 a rank: 居全省第1、长三角第2位)
        mk = match_marker(text, start)
        if mk is not None and mk.number is not None and mk.number in (1, last_arabic + 1):
            heads.append(start)
            last_arabic = mk.number
    glued = set(glued_cn_dun_starts(text)) - set(heads)
    last_number: dict[str, int] = {}  # per family, the number of the last heading cut
    last_family = None
    placed: list[Head] = []
    for pos in sorted(set(heads) | glued):
        mk = match_marker(text, pos)
        if mk is None or mk.family not in HEADING_FAMILIES:
            continue
        if pos in glued and (mk.number is None or last_number.get(mk.family) != mk.number - 1):
            continue  # (glued to the text before it, a 二、 is a heading only in its list's turn)
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
        title_end = short_title_end(text, after) or _body_start(text, skip_space(text, after, len(text)))
        placed.append(Head(pos, skip_space(text, after, len(text)), mk.family, title_end, mk.number))
    inline = inline_families(text, placed)  # (None: the line's paragraphs were not joined by spaces)
    placed = [head for head in placed if inline is None or head.family not in inline]
    cuts.update(head.pos for head in placed)
    # (a title ends at the heading glued after it, whatever space comes later: 2025年工作计划(一) 加快…)
    placed = [head._replace(title_end=None) if head.title_end is not None and k + 1 < len(placed)
              and placed[k + 1].pos < head.title_end else head for k, head in enumerate(placed)]
    cuts.update(head.title_end for head in placed if head.title_end is not None)
    cuts.update(parallel_title_cuts(text, placed))
    cuts.update(at for span in bracket_heads(text) for at in span)  # (【党建引领】 a line of its own)
    if any(ch in text for ch in starts_of(_NOTES)):
        cuts.update(glossary_cuts(text))
    for m in _PART_HEAD.finditer(text):
        if _BODY_OPENER.match(text, skip_space(text, m.end(1), len(text))):
            cuts.update((m.start(1), m.end(1)))
    for m in _GOVERNMENT_HEAD.finditer(text) if "自身建" in text else ():
        cuts.update((m.start(1), m.end(1)))
    breaks = [m.end() for m in SENTENCE_BREAK_SCAN.finditer(text)]  # (the same ends: from the space)
    cuts.update(breaks)
    if inline is not None and len(breaks) >= SPACED_HEADS:
        # (an item opens a paragraph after a sentence end, or after a heading's title: 三、重点工作 一是…)
        opened = breaks + [skip_space(text, head.title_end, len(text)) for head in placed if head.title_end]
        cuts.update(item_title_ends(text, opened))
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

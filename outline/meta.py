"""What a report says about itself: its title, place, years, subtitle and issuer."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from . import lexicon
from .cleaning import Cleaned
from .markers import match_marker
from .lazyre import LazyPattern
from .units import visible as _visible

_TITLE_WORDS = re.compile(f"(工作)?({lexicon.either_script_alternation('title.kinds')})")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_PLACE_END = re.compile(r"^(.*?(?:省|自治区|自治區|市|州|盟|地区|地區|县|縣|区|區|旗|镇|鎮|乡|鄉|街道|办事处|辦事處|村|社区|社區))")  # noqa: E501 (CJK characters count double)
_PLACE_GREEDY = re.compile(_PLACE_END.pattern.replace("(.*?", "(.*", 1))
_SUBTITLE = re.compile(r"^[(（]?\s*(?:——|--+|－－|—|─)?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:在)?(.{0,60}?)"  # noqa: E501 (CJK characters count double)
                       r"(?:第.{1,6}届.{0,30})?会议上.{0,20}$")
_DATE_LINE = re.compile(r"^[(（]?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[)）]?$")
# who delivers the report, on a line under its title: 省长 王予波, 市人民政府市长　张　三, 代县长 李四
# (compiled on first use, and asked only of a short line holding an office's last character:
# most reports' front matter names no speaker)
_SPEAKER = LazyPattern(lambda: r"^([\u4e00-\u9fff]{0,10}?(?:" + lexicon.either_script_alternation("title.speaker")
                       + r"))\s*([\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3})$")
SPEAKER_LINE_MAX = 30
_PLAN = re.compile(lexicon.either_script_alternation("title.plan"))
_REVIEW = re.compile(lexicon.either_script_alternation("title.review"))


def find_title(cleaned: Cleaned) -> int | None:
    """Index of the paragraph that names the report, among the first ones before any heading.

    Of several candidates the most specific wins (a year, a place, some length): a web page's
    breadcrumb ``工作报告`` above ``博野县2025年政府工作报告`` is not the title."""
    text = cleaned.text
    best: tuple[int, int] | None = None  # (score, index): the earliest of equal scores stays
    for idx, para in enumerate(cleaned.paragraphs[:12]):
        if para.gap is not None:
            break  # the title stands before everything that becomes a node
        line = text[para.start:para.end]
        visible = _visible(line)
        mk = match_marker(visible)
        if mk is not None and mk.family != "dash":
            break
        # (no sentence in it, and no colon at its end: 现将…报告如下： opens the text)
        if 2 < len(visible) <= 60 and not any(p in visible for p in "。，,；") and _TITLE_WORDS.search(visible) \
                and visible[-1] not in lexicon.COLONS \
                and not visible.startswith(("——", "--", "(", "（")) and not _SUBTITLE.match(visible):
            score = bool(_YEAR.search(visible)) * 2 + bool(_PLACE_END.match(visible)) + (len(visible) >= 6)
            hint = cleaned.hints.get(para.line)
            if hint is not None and hint.emphasized:
                score += 2  # set off by the format (centred, bold or large): what a title looks like
            if best is None or score > best[0]:
                best = (score, idx)
    if best is None and cleaned.paragraphs and _headline_over_page_fields(cleaned):
        return 0
    return best[1] if best is not None else None


HEADLINE_MAX = 40  # characters of a news page's headline


def _headline_over_page_fields(cleaned: Cleaned) -> bool:
    """Is the first paragraph a web page's headline, with no report word in it (某镇：“三个聚焦”
    推动乡村振兴见实效)?  It is when cleaning dropped a line of the page between it and the text
    (来源：…, 发布时间：…) and it reads as a headline: short, no sentence or comma in it (a 、 it
    may hold: 抓党建、促发展见实效), no colon at its end, no marker."""
    para = cleaned.paragraphs[0]
    text_line = cleaned.paragraphs[1].line if len(cleaned.paragraphs) > 1 else para.line + 2
    if para.gap is not None or not any(para.line < r.line < text_line for r in cleaned.removed):
        return False
    shown = _visible(cleaned.text[para.start:para.end])
    return (4 <= len(shown) <= HEADLINE_MAX and not any(p in shown for p in lexicon.SENTENCE_END + "，,")
            and shown[-1] not in lexicon.COLONS and match_marker(shown) is None and not _SUBTITLE.match(shown))


# A title that goes on over a second line: 关于某镇2024年工作总结 / 及2025年工作计划的报告
_TITLE_GOES_ON = re.compile(r"^(及|和|暨|与|與|以及|并|並)")


def title_end(cleaned: Cleaned, idx: int) -> int:
    """The last paragraph of the title that starts at paragraph ``idx``: the next one too when it
    carries the title on (``及2025年工作计划的报告``)."""
    if idx + 1 < len(cleaned.paragraphs):
        nxt = cleaned.paragraphs[idx + 1]
        shown = _visible(cleaned.text[nxt.start:nxt.end])
        if _TITLE_GOES_ON.match(shown) and len(shown) <= 40 and not any(p in shown for p in "。，,；") \
                and match_marker(shown) is None:
            return idx + 1
    return idx


# a title's first line that a line break cut before the rest (红星村2025年 / 工作计划, 某某镇 /
# 2024年工作总结): it ends with a year, a period of one, or a place, or opens with 关于
_TITLE_OPENING = re.compile(r"(?:[0-9０-９]{4}\s*年(?:度|上半年|下半年|前三季度|第[一二三四]季度)?"
                            r"|[镇鎮乡鄉村县縣市区區]|街道|社区|社區)$|^关于|^關於")


TITLE_OPENING_MAX = 30  # characters of such a first line


def title_start(cleaned: Cleaned, idx: int) -> int:
    """The first paragraph of the title at paragraph ``idx``: the one before too when a line
    break cut the title there (``红星村2025年`` over ``工作计划``)."""
    if idx == 0:
        return idx
    prev = cleaned.paragraphs[idx - 1]
    shown = _visible(cleaned.text[prev.start:prev.end])
    if 2 <= len(shown) <= TITLE_OPENING_MAX and _TITLE_OPENING.search(shown) and not _TITLE_WORDS.search(shown) \
            and not any(p in shown for p in lexicon.SENTENCE_END + lexicon.COMMAS + lexicon.COLONS) \
            and match_marker(shown) is None:
        return idx - 1
    return idx


def issuer_above_title(cleaned: Cleaned, idx: int, issuer: re.Pattern[str]) -> str | None:
    """An issuer line (``某某镇人民政府``) standing just above the title, if there is one;
    ``issuer`` is the cleaning rules' pattern for the issuer line of a footer."""
    if idx == 0:
        return None
    prev = cleaned.paragraphs[idx - 1]
    shown = _visible(cleaned.text[prev.start:prev.end])
    return shown if issuer.search(shown) else None


def title_meta(title: str) -> dict[str, Any]:
    """Place and years from a title: ``南漳镇2024年工作总结和2025年工作计划`` → 南漳镇, 2024, 2025."""
    meta: dict[str, Any] = {}
    t = _visible(title)
    years = [(int(m.group(1)), m.end()) for m in _YEAR.finditer(t)]
    for year, end in years:
        following = t[end:end + 12]
        cut = min((following.find(w) for w in ("和", "及", "暨", "与", "與") if w in following), default=len(following))
        following = following[:cut]
        if _PLAN.search(following):
            meta["plan_year"] = year
        elif _REVIEW.search(following):
            meta["review_year"] = year
        elif "报告" in following or "報告" in following:
            meta["report_year"] = year
    if "report_year" not in meta and years and "plan_year" not in meta and "review_year" not in meta:
        meta["report_year"] = years[0][0]
    stripped = _YEAR.sub("", t)
    stripped = re.sub(r"^(关于|關於)", "", stripped)
    stripped = re.split(r"(?:人民)?政府|工作|总结|總結|报告|報告", stripped)[0]
    m = _PLACE_GREEDY.match(stripped)
    if m and len(m.group(1)) <= 20:
        place = m.group(1)
        if not _TITLE_WORDS.match(place):
            meta["place"] = place
    return meta


@lru_cache(maxsize=1)
def _office_ends() -> frozenset[str]:
    """The last characters of the offices a speaker holds, in either script (长 長 席 理 任)."""
    from .script import either_script

    return frozenset(ch for w in lexicon.words("title.speaker") for ch in either_script(w[-1]) if ch not in "[]")


def speaker_meta(line: str) -> dict[str, Any] | None:
    """``省长 王予波`` (a line under the title) → the speaker's title and name."""
    if len(line) > SPEAKER_LINE_MAX or not any(ch in line for ch in _office_ends()):
        return None
    m = _SPEAKER.match(line.strip())
    if m is None:
        return None
    return {"speaker_title": m.group(1), "speaker": re.sub(r"\s", "", m.group(2))}


def subtitle_meta(line: str) -> dict[str, Any] | None:
    """``——2024年1月13日在马鞍山市第十七届人民代表大会第四次会议上`` → date and meeting;
    a date alone on its line (``（2024年1月5日）``) → date."""
    visible = _visible(line)
    dated = _DATE_LINE.match(visible)
    if dated:
        return {"date": dated.group(1)}  # （2024年1月5日） under the title
    if not any(named in visible for named in lexicon.MEETING_NAMED):
        return None
    m = _SUBTITLE.match(visible.replace("會議上", "会议上"))
    if not m:
        return None
    meta: dict[str, Any] = {"subtitle": visible.strip("（）()——-")}
    if m.group(1):
        meta["date"] = m.group(1)
    place = _PLACE_END.match(m.group(2) or "")
    if place:
        meta.setdefault("place", place.group(1))
    return meta

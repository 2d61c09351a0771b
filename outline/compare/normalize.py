"""Compare headings by what they say: markers gone, width folded, simplified, years relative.

The 2023 report's ``2024年工作谋划`` and the 2024 report's ``2025年工作计划`` are the same
role: each year is rewritten relative to the report's own base year (the year it reviews),
and 今年/去年/明年 likewise.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .. import lexicon
from ..script import to_simplified
from ..tree import Document, Node

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
_RELATIVE = re.compile(r"Y([PM]?)(\d+)年")
# a top-level heading that names the year it reviews, or the year it plans
_REVIEW_HEADING = re.compile(r"((?:19|20)\d{2})\s*年.{0,6}?(?:工作)?"
                             f"(?:{lexicon.either_script_alternation('heading.reviewed_year')})")
_PLAN_HEADING = re.compile(r"((?:19|20)\d{2})\s*年.{0,8}?" f"(?:{lexicon.either_script_alternation('heading.plan')})")


@dataclass(frozen=True, slots=True)
class YearContext:
    """The year a report reviews (``base``) and the year it speaks in (``today``)."""

    base: int | None
    today: int | None

    def relative(self, text: str) -> str:
        """Years as offsets from ``base``: ``2024年`` in the 2023 review → ``YP1年``.

        The sign is spelled as a letter (P, M) because :func:`fold` strips punctuation:
        ``Y+1`` and ``Y-1`` must not both fold to ``Y1``."""
        base = self.base
        if base is None:
            return text
        text = _YEAR.sub(lambda m: f"{_offset(int(m.group(1)) - base)}年", text)
        if self.today is not None:
            t = self.today - base
            for word, delta in (("今年", 0), ("去年", -1), ("明年", 1)):
                text = text.replace(word, f"{_offset(t + delta)}年")
        return text


def _offset(delta: int) -> str:
    """A year offset that survives :func:`fold`: Y0, YP1, YM1."""
    return f"Y{'P' if delta > 0 else 'M' if delta < 0 else ''}{abs(delta)}"


def relative_year(key: str) -> int | None:
    """The first relative year in a folded key (``YP1年`` → 1), or None."""
    m = _RELATIVE.search(key)
    if m is None:
        return None
    return (-1 if m.group(1) == "M" else 1) * int(m.group(2))


def year_context(doc: Document) -> YearContext:
    """The base and current year of a report, from its metadata."""
    meta = doc.meta
    if "review_year" in meta:
        base = meta["review_year"]
        return YearContext(base, base)
    if "report_year" in meta:  # a 政府工作报告 of year Y reviews Y-1 and plans Y
        return YearContext(meta["report_year"] - 1, meta["report_year"])
    if "plan_year" in meta:
        return YearContext(meta["plan_year"] - 1, meta["plan_year"] - 1)
    return _years_from_headings(doc)


def _years_from_headings(doc: Document) -> YearContext:
    """An untitled report's years, from what its top-level headings review or plan
    (``2023年工作回顾`` → base 2023; ``2024年主要任务`` → base 2023, spoken in 2024)."""
    for node in doc.children:
        m = _REVIEW_HEADING.search(node.title)
        if m:
            base = int(m.group(1))
            return YearContext(base, base + 1)
    for node in doc.children:
        m = _PLAN_HEADING.search(node.title)
        if m:
            plan = int(m.group(1))
            return YearContext(plan - 1, plan)
    return YearContext(None, None)


def fold(text: str) -> str:
    """NFKC, simplified script, no white space or punctuation."""
    return _PUNCT.sub("", to_simplified(unicodedata.normalize("NFKC", text)))


def heading_key(node: Node, years: YearContext) -> str:
    """What a heading says, ready to compare across reports and years."""
    return fold(years.relative(node.title))


def content_text(node: Node, years: YearContext) -> str:
    """The node's title, body and everything below it, folded, with years relative."""
    parts = [node.title, node.text]
    for d in node.descendants:
        parts.append(d.title)
        parts.append(d.text)
    return fold(years.relative("".join(parts)))

"""Compare headings by what they say: markers gone, width folded, simplified, years relative.

The 2023 report's ``2024年工作谋划`` and the 2024 report's ``2025年工作计划`` are the same
role: each year is rewritten relative to the report's own base year (the year it reviews),
and 今年/去年/明年 likewise.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..script import to_simplified
from ..tree import Document, Node

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class YearContext:
    """The year a report reviews (``base``) and the year it speaks in (``today``)."""

    base: int | None
    today: int | None

    def relative(self, text: str) -> str:
        """Years as offsets from ``base``: ``2024年`` in the 2023 review → ``Y+1年``."""
        if self.base is None:
            return text
        text = _YEAR.sub(lambda m: f"Y{int(m.group(1)) - self.base:+d}年", text)
        if self.today is not None:
            t = self.today - self.base
            for word, delta in (("今年", 0), ("去年", -1), ("明年", 1)):
                text = text.replace(word, f"Y{t + delta:+d}年")
        return text


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

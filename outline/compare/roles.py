"""The role of a report's top-level section: what part of a work report it is.

A work report is built of a few parts whose wording changes every year but whose job does
not: the review of the year just past, the review of a whole five-year term (in the first
report of a new term), the plan for the coming year, the outlook over the next five years,
and the government's own work.  Two reports' top-level sections are paired by role first,
so that the 2025 review is never paired with the 2024 report's five-year review just
because their words look alike.

Roles are read from the folded heading key (see :mod:`.normalize`): simplified, no
punctuation, years relative to the report's base year (``Y0`` the year reviewed, ``YP1``
the year planned).
"""
from __future__ import annotations

import re

from .. import lexicon
from .normalize import relative_year

REVIEW = "review"  # the year just past
TERM_REVIEW = "term-review"  # the past five years / the whole term
PLAN = "plan"  # the coming year's tasks
OUTLOOK = "outlook"  # the next five years
GOVERNMENT = "government"  # the government's own work (加强政府自身建设)
OTHER = "other"

# (keys are folded to simplified: the lists are matched as written)
_TERM = re.compile(lexicon.pattern("heading.term_review"))
_OUTLOOK = re.compile(lexicon.pattern("heading.outlook"))
_GOVERNMENT = re.compile(lexicon.pattern("heading.government"))
_REVIEW = re.compile(lexicon.alternation("heading.review"))
_PLAN = re.compile(lexicon.alternation("heading.plan"))


def role(key: str) -> str:
    """The role of a top-level section from its folded heading key."""
    year = relative_year(key)
    if _TERM.search(key):
        return TERM_REVIEW
    if _OUTLOOK.search(key):
        return OUTLOOK
    if _GOVERNMENT.search(key):
        return GOVERNMENT
    plan_words = _PLAN.search(key) is not None
    review_words = _REVIEW.search(key) is not None
    if year is not None and year >= 1 and plan_words:
        return PLAN
    if year == 0 and review_words:
        return REVIEW
    if review_words and not plan_words:
        return REVIEW
    if plan_words and not review_words:
        return PLAN
    if year is not None and year >= 1:
        return PLAN
    if year == 0:
        return REVIEW
    return OTHER


def compatible(role_a: str, role_b: str) -> bool:
    """Whether two top-level sections may be paired: same role, or one of them unknown."""
    return role_a == role_b or OTHER in (role_a, role_b)

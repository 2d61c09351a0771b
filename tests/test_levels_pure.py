"""Levels and numbering as pure functions of the unit sequence: no text, no nodes needed."""

import pytest

from outline.levels import OPENS_LEVEL, OPENS_RUN, ROOT, nest
from outline.units import Unit


def unit(family, number, start, kind="heading", verb="", **facts):
    marker = {"cn_dun": "、", "paren_cn": "（）", "arabic": ".", "item": "是"}.get(family, "")
    return Unit(kind, family, number, marker, start, start + 2, start + 6, start + 7, verb=verb, **facts)


def test_families_nest_in_the_order_they_first_appear_and_return_to_their_level():
    units = [unit("cn_dun", 1, 0), unit("paren_cn", 1, 10), unit("arabic", 1, 20), unit("paren_cn", 2, 30),
             unit("cn_dun", 2, 40), unit("arabic", 1, 50)]
    nesting = nest(units, [0])
    assert nesting.parents == [ROOT, 0, 1, 0, ROOT, 4]
    assert nesting.follows[0] == OPENS_LEVEL and nesting.follows[5] == OPENS_LEVEL


def test_a_family_restarting_at_1_after_a_colon_nests_one_level_deeper():
    # 2.…：then 1. 2. 3. inside it, and the outer list going on with 3.: introduced_by_colon decides
    outer = [unit("arabic", 1, 0), unit("arabic", 2, 10)]
    inner = [unit("arabic", 1, 20, introduced_by_colon=True), unit("arabic", 2, 30), unit("arabic", 3, 40)]
    resumes = [unit("arabic", 3, 50)]
    assert nest(outer + inner + resumes, [0]).parents == [ROOT, ROOT, 1, 1, 1, ROOT]
    plain = [u._replace(introduced_by_colon=False) for u in inner]
    assert nest(outer + plain + resumes, [0]).parents == [ROOT] * 6


def test_an_item_run_opening_past_1_is_marked_for_the_numbering_check():
    units = [unit("cn_dun", 1, 0), unit("item", 3, 10, kind="item", verb="是")]
    nesting = nest(units, [0])
    assert nesting.parents == [ROOT, 0] and nesting.follows[1] == OPENS_RUN


def test_an_item_standing_alone_on_its_line_keeps_the_leads_after_it():
    alone = [unit("item", 1, 0, kind="item", verb="是", alone_on_line=True),
             Unit("lead", "lead-run", None, None, 10, 10, 16, 17)]
    assert nest(alone, [0, 10]).parents == [ROOT, 0]
    inline = [alone[0]._replace(alone_on_line=False), alone[1]]
    assert nest(inline, [0, 10]).parents == [ROOT, ROOT]


def test_units_are_immutable():
    with pytest.raises(AttributeError):
        unit("cn_dun", 1, 0).title_end = 3


def test_a_gap_closes_the_items_and_run_in_leads_open_before_it_but_not_headings():
    head = unit("cn_dun", 1, 0)
    item = unit("item", 1, 10, kind="item", verb="是")
    lead = Unit("lead", "lead-run", None, None, 10, 10, 16, 17)
    gap = Unit("gap", "gap", None, None, 30, 30, 30, 30, hidden=-1)
    assert nest([head, item, gap], [0]).parents == [ROOT, 0, 0]
    assert nest([head, lead, gap], [0]).parents == [ROOT, 0, 0]
    assert nest([item, gap], [0]).parents == [ROOT, ROOT]
    # … and nothing ever hangs under the gap itself
    assert nest([head, gap, unit("paren_cn", 1, 40)], [0]).parents == [ROOT, 0, 0]


def test_whether_the_outer_list_resumes_is_looked_for_400_units_ahead():
    # 1. 2.…： then 1. 2. 3. … and the outer 3. as the 400th unit after the restart, or the 401st
    def parent_of_the_restart(filler):
        outer = [unit("arabic", 1, 0), unit("arabic", 2, 10)]
        inner = [unit("arabic", 1, 20, introduced_by_colon=True), unit("arabic", 2, 24), unit("arabic", 3, 26)]
        leads = [Unit("lead", "lead-line", None, None, 30 + i, 30 + i, 31 + i, 31 + i) for i in range(filler)]
        return nest(outer + inner + leads + [unit("arabic", 3, 9000)], [0]).parents[2]

    assert parent_of_the_restart(0) == 1  # the outer 3. right after: the restart was nested
    assert parent_of_the_restart(397) == 1  # (2., 3., 397 leads, then the outer 3.: the 400th)
    assert parent_of_the_restart(398) == ROOT  # too far to tell: a new list at the same level

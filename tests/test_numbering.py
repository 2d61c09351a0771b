"""Numbering checks as a pure function of units, nodes and the shape the levels gave them."""
from outline.levels import OPENS_LEVEL, OPENS_RUN, UNCHECKED
from outline.numbering import check_numbering
from outline.tree import Node
from outline.units import Unit


def units_and_nodes(*specs):
    """(kind, family, number, marker, start) → units and their nodes (line = index + 1)."""
    units, nodes = [], []
    for i, (kind, family, number, marker, start) in enumerate(specs):
        units.append(Unit(kind, family, number, marker, start, start, start + 2, start + 3))
        nodes.append(Node(kind, marker=marker, number=number, family=family, start=start, line=i + 1))
    return units, nodes


def warnings(specs, follows, back_matter=()):
    units, nodes = units_and_nodes(*specs)
    return [(w.code, w.message, w.line) for w in check_numbering(units, nodes, follows, back_matter)]


H1, H2, H3, H4 = (("heading", "cn_dun", n, f"{c}、", 10 * n) for n, c in zip(range(1, 5), "一二三四"))


def test_a_sibling_is_compared_with_the_one_it_follows():
    assert warnings([H1, H3], [OPENS_LEVEL, 0]) == [
        ("numbering-skipped", "三、 follows 一、: 1 number(s) skipped", 2)]
    assert warnings([H1, H4], [OPENS_LEVEL, 0]) == [
        ("numbering-skipped", "四、 follows 一、: 2 number(s) skipped", 2)]
    assert warnings([H2, H2], [UNCHECKED, 0]) == [
        ("numbering-repeated", "二、 repeats the number of the sibling before it", 2)]
    assert warnings([H3, H2], [UNCHECKED, 0]) == [("numbering-order", "二、 comes after 三、: out of order", 2)]
    assert warnings([H1, H2], [OPENS_LEVEL, 0]) == []


def test_a_level_opens_at_1_or_goes_on_from_its_familys_last_number():
    assert warnings([H3], [OPENS_LEVEL]) == [("numbering-start", "三、 opens its level at 3, not 1", 1)]
    assert warnings([H1, H2, H3], [OPENS_LEVEL, UNCHECKED, OPENS_LEVEL]) == []  # 三、 goes on from 二、
    assert warnings([H1, H3], [OPENS_LEVEL, UNCHECKED]) == []
    assert warnings([H2], [UNCHECKED]) == []


def test_a_run_opening_past_1_says_what_is_missing():
    item = ("item", "item", 3, "三是", 5)
    assert warnings([item], [OPENS_RUN]) == [("numbering-start", "三是 opens a run without 三… before it", 1)]


def test_nothing_is_checked_right_after_a_gap_nor_across_one():
    gap = ("gap", "gap", None, None, 15)
    assert warnings([H1, gap, H3], [OPENS_LEVEL, UNCHECKED, 0]) == []
    # the silence lasts one unit: the next break is reported again
    five = ("heading", "cn_dun", 5, "五、", 50)
    assert warnings([H1, gap, H2, five], [OPENS_LEVEL, UNCHECKED, 0, 2]) == [
        ("numbering-skipped", "五、 follows 二、: 2 number(s) skipped", 4)]
    # a gap between two siblings excuses the numbers it hides, even when not right before
    lead = ("lead", "lead-line", None, None, 20)
    assert warnings([H1, gap, lead, H3], [OPENS_LEVEL, UNCHECKED, UNCHECKED, 0]) == []
    # … but not a gap at the very start of the sibling before
    at_start = ("gap", "gap", None, None, 10)
    assert warnings([at_start, H1, H3], [UNCHECKED, OPENS_LEVEL, 1]) == [
        ("numbering-skipped", "三、 follows 一、: 1 number(s) skipped", 3)]


def test_run_in_leads_and_back_matter_neither_end_the_silence_after_a_gap_nor_count():
    gap = ("gap", "gap", None, None, 15)
    run_in = ("lead", "lead-run", None, None, 16)
    glossary = ("lead", "lead-line", None, None, 17)
    three = ("heading", "paren_cn", 3, "（三）", 40)  # opens a level at 3: reported unless silenced
    follows = [OPENS_LEVEL, UNCHECKED, UNCHECKED, OPENS_LEVEL]
    assert warnings([H1, gap, run_in, three], follows) == []
    assert warnings([H1, gap, glossary, three], follows, back_matter={2}) == []
    # an ordinary lead line does end it
    assert warnings([H1, gap, glossary, three], follows) == [("numbering-start", "（三） opens its level at 3, not 1", 4)]

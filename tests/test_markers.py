"""The Lark grammar recognizes every marker family of the SPEC, and only markers."""
import pytest

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lark.exceptions import LarkError

import outline
from outline.markers import _parser, _to_marker, match_marker
from outline.numerals import chinese_number


@pytest.mark.parametrize("text, family, number, marker", [
    ("第一部分 总体要求", "part", 1, "第一部分"),
    ("第三章 附则", "chapter", 3, "第三章"),
    ("第二节 工业", "subchapter", 2, "第二节"),
    ("第一篇 总体要求", "volume", 1, "第一篇"),
    ("一、工作亮点", "cn_dun", 1, "一、"),
    ("十二、其他", "cn_dun", 12, "十二、"),
    ("一 、 工作", "cn_dun", 1, "一、"),
    ("貳、施政重點", "fin_dun", 2, "貳、"),
    ("（一）抓项目", "paren_cn", 1, "（一）"),
    ("(一) 抓项目", "paren_cn", 1, "(一)"),
    ("（ 十一 ）抓项目", "paren_cn", 11, "（十一）"),
    ("㈢抓项目", "paren_cn", 3, "㈢"),
    ("1.党建", "arabic", 1, "1."),
    ("1．党建", "arabic", 1, "1．"),
    ("12、党建", "arabic", 12, "12、"),
    ("１２．党建", "arabic", 12, "１２．"),
    ("（1）在全镇", "paren_arabic", 1, "（1）"),
    ("(3) 在全镇", "paren_arabic", 3, "(3)"),
    ("⑳最后", "circled", 20, "⑳"),
    ("⑴加强领导", "paren_arabic", 1, "⑴"),
    ("⒓抓落实", "arabic", 12, "⒓"),
    ("[1] 名词", "bracket", 1, "[1]"),
    ("【2】名词", "bracket", 2, "【2】"),
    ("［3］名词", "bracket", 3, "［3］"),
    ("一是抓政治学习", "item", 1, "一是"),
    ("十是抓", "item", 10, "十是"),
    ("二要增强本领", "item", 2, "二要"),
    ("第一，农业生产", "ordinal", 1, "第一，"),
    ("——经济发展再上新台阶。", "dash", None, "——"),
])
def test_marker_families(text, family, number, marker):
    mk = match_marker(text)
    assert mk is not None, text
    assert (mk.family, mk.number, mk.text) == (family, number, marker)


@pytest.mark.parametrize("text", ["2024年是", "统一是", "第一个五年计划", "一年来", "十四五规划", "二十大精神", "各位代表"])
def test_not_markers(text):
    assert match_marker(text) is None


def test_marker_alone_on_its_line():
    mk = match_marker("一、")
    assert mk is not None and mk.length == 2


@pytest.mark.parametrize("numeral, value", [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23),
                                            ("一百零五", 105), ("貳", 2), ("拾", 10)])
def test_chinese_numbers(numeral, value):
    assert chinese_number(numeral) == value


_MARKER_PIECES = ["第", "一", "二", "十", "三", "、", "，", "：", "．", ".", "（", "）", "(", ")", "1", "2", "１",
                  "是", "要", "部分", "章", "【", "】", "[", "]", "①", "⑵", "⒊", "——", "--", " ", "\u3000", "\u2002", "贰", "〔"]


@given(st.lists(st.sampled_from(_MARKER_PIECES), min_size=1, max_size=6),
       st.text(alphabet="加强领导经济发展万元%年月日。，一二是要（）1. \n", max_size=12))
@settings(max_examples=400, deadline=None)
def test_the_marker_found_does_not_depend_on_the_title_after_it(pieces, title):
    # match_marker shows the parser only the marker's own run of characters (and caches it);
    # the answer must be the one a parse of the whole 14-character window gives
    text = "".join(pieces) + title
    assume(not text[0].isspace())  # callers pass the first visible character
    window = text[:14].split("\n", 1)[0]
    try:
        children = _to_marker().transform(_parser().parse(window))
    except LarkError:
        expected = None
    else:
        (family, number, verb), rest = children[0], children[1] if len(children) > 1 else None
        length = rest.start_pos if rest is not None else len(window)
        expected = (family, number, verb, length)
    found = match_marker(text)
    assert (None if found is None else (found.family, found.number, found.verb, found.length)) == expected


def test_the_marker_alphabet_is_read_off_the_grammar():
    from outline.markers import alphabet

    start, run = alphabet()
    examples = ["第一部分", "壹、", "一、", "（一）", "1.", "1）", "（1）", "①", "【1】", "一是", "第一，", "首先，", "——", "⑴", "⒈"]
    for marker in examples:
        assert marker[0] in start, marker
        assert run.fullmatch(marker), marker
    assert not start & set("甲乙丙丁的是要，。") and "部" not in start and "部" in run.pattern


def test_a_marker_spaced_out_by_pdf_extraction_is_read_up_to_14_characters_long():
    def markers(before, after):
        text = "某镇工作总结\n一、工作\n（" + " " * before + "十二" + " " * after + "）抓项目\n内容。\n"
        return [n.marker for n in outline.parse(text).nodes()]

    assert markers(5, 5) == ["一、", "（十二）"]  # (（, five spaces, 十二, five spaces, ）: 14 characters)
    assert markers(5, 6) == ["一、"]  # (15: longer than any marker the parser is shown)

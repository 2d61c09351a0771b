"""The segmenter's rules, one small text each: which marker opens a unit and which does not.

Written against the survivors of a mutation run over ``outline/segment.py`` (see the README's
"Testing the tests"): each pins a boundary that a one-character change of the rule moves."""
import outline
from test_levels import shape

HEAD = "某县工作总结\n一、重点工作\n"
BODY = "这是一段足够长的正文，说明具体做法和取得的成效。"


def test_a_dash_item_follows_a_sentence_end_even_after_a_space_or_a_closing_quote():
    doc = outline.parse(HEAD + "全年工作扎实推进。 ——加快道路建设，完成改造。提出“要实干。”——完善公共服务，新建站点。"
                        "群众满意，——这是一个破折号。\n")
    assert shape(doc) == ["一、 重点工作", "  —— 加快道路建设，完成改造", "  —— 完善公共服务，新建站点"]


def test_a_bare_dash_line_is_a_rule_not_an_item():
    assert shape(outline.parse(HEAD + "——\n" + BODY + "\n")) == ["一、 重点工作"]


def test_first_second_as_a_list_of_words_is_no_ordinal_item():
    doc = outline.parse(HEAD + "第一、第二产业协调发展，" + BODY + "\n")
    assert shape(doc) == ["一、 重点工作"]


def test_an_inline_run_may_skip_one_number_but_not_two_nor_repeat_one():
    doc = outline.parse(HEAD + "一是加强组织。" + BODY + "三是加强作风。" + BODY + "三是重复编号。" + BODY
                        + "六是跳得太远。" + BODY + "\n")
    assert shape(doc) == ["一、 重点工作", "  一是 加强组织", "  三是 加强作风"]
    doc = outline.parse(HEAD + "一是加强组织。" + BODY + "四是跳过两个。" + BODY + "\n")
    assert shape(doc) == ["一、 重点工作", "  一是 加强组织"]


def test_an_item_opening_inside_the_title_before_it_ends_that_title():
    doc = outline.parse(HEAD + "（一）抓项目。一是稳增长，二是调结构。" + BODY + "\n")
    assert shape(doc) == ["一、 重点工作", "  （一） 抓项目", "    一是 稳增长", "    二是 调结构"]
    # … and gives up its body to it: every character stays in one node
    assert [(n.title, n.text) for n in doc.nodes()][2:] == [("稳增长", ""), ("调结构", BODY)]


def test_a_marker_alone_on_its_line_takes_the_next_lines_first_sentence_and_nothing_else():
    doc = outline.parse("某县工作总结\n一、\n加强基层建设。" + BODY + "\n")
    assert shape(doc) == ["一、 加强基层建设"]
    assert doc.children[0].text.endswith(BODY)


COLON_BODY = "全村种植水稻三千亩，养殖生猪。"


def test_a_heading_ended_by_a_colon_is_titled_by_at_most_16_characters_before_it():
    def title(heading):
        doc = outline.parse("某县工作总结\n一、综述\n" + BODY + "\n二、" + heading + BODY + "\n")
        return doc.children[1].title
    assert title("产业发展：" + COLON_BODY) == "产业发展"
    assert title("一二三四五六七八九十一二三四五六：" + COLON_BODY) == "一二三四五六七八九十一二三四五六"
    assert title("一二三四五六七八九十一二三四五六七：" + COLON_BODY).endswith("养殖生猪")
    # … and only when at least 8 characters of body follow the colon
    assert title("产业发展：全村种植水稻三千。") == "产业发展"
    assert title("产业发展：全村种植水稻三。") == "产业发展：全村种植水稻三"


def test_a_run_opening_after_a_colon_inside_a_heading_ends_its_title():
    doc = outline.parse(HEAD + BODY + "\n二、存在的问题：一是基础薄弱，二是人才不足。" + BODY + "\n")
    assert shape(doc)[1:] == ["二、 存在的问题", "  一是 基础薄弱", "  二是 人才不足"]


def test_first_of_all_opens_a_run_only_when_a_second_follows_close_by():
    run = outline.parse(HEAD + "首先，加强理论学习，提高能力。\n第二，严格日常管理。" + BODY + "\n")
    assert [line.strip() for line in shape(run)][1:] == ["首先， 加强理论学习，提高能力", "第二， 严格日常管理"]
    # a 第二， three paragraphs on does not make 首先， an item
    lone = outline.parse(HEAD + "首先，感谢大家的支持。\n" + BODY + "\n" + BODY + "\n第二，严格日常管理。\n")
    assert not any("首先" in line for line in shape(lone))


def test_first_of_all_looks_for_its_second_within_1500_characters_of_its_paragraph():
    def markers(filler):
        text = "某镇工作总结\n一、工作\n首先，" + "甲" * filler + "。第二，乙。\n"
        return [n.marker for n in outline.parse(text).nodes()]

    # (首先， 3 characters, the filler, 。, then 第二， ends at character 1,500 of the paragraph)
    assert markers(1493) == ["一、", "首先，", "第二，"]
    assert markers(1494) == ["一、"]


def test_an_arabic_number_before_a_digit_opens_a_heading_only_where_the_numbering_goes():
    doc = outline.parse("某县工作总结\n1)2024年工作回顾\n" + BODY + "\n2)2025年工作计划\n" + BODY
                        + "\n5)8万元用于道路硬化。\n")
    assert [line.strip() for line in shape(doc)] == ["1) 2024年工作回顾", "2) 2025年工作计划"]


def test_a_bold_opening_sentence_of_up_to_30_characters_is_a_run_in_head():
    from outline.reader import Source
    from outline.readers.hints import LineHint

    def kinds(length):
        text = ("某镇2024年工作总结\n一、工作\n" + "甲" * length + "。全年完成投资十亿元，增长百分之十，高于全市平均水平。\n"
                "二、计划\n内容。\n")
        # (the reader saw the third line open with a bold run, as a .docx or .pdf shows it)
        source = Source(text, "utf-8", "t.docx", "docx", hints=(None, None, LineHint(bold="opening"), None, None))
        return [n.kind for n in outline.parse(text, source=source).nodes()]

    assert kinds(30) == ["heading", "lead", "heading"]
    assert kinds(31) == ["heading", "heading"]


def test_a_short_sentence_inside_a_paragraph_heads_what_follows_only_with_15_characters_in_the_next_60():
    def leads(spaces):
        # (its closing 。, 13 characters, the spaces, then the 15th character that is not white space)
        follow = "甲" * 13 + " " * spaces + "乙"
        text = ("某镇工作总结\n一、工作\n今年以来全镇经济运行平稳有序发展。加大投入力度。" + follow + "丙丙丙。强化科技支撑。"
                + follow + "丁丁丁。\n")
        return [n.title for n in outline.parse(text).nodes() if n.kind == "lead"]

    assert leads(45) == ["加大投入力度", "强化科技支撑"]  # (the 15th at the 60th character)
    assert leads(46) == []  # (at the 61st: past the look, nothing it heads)


def test_a_run_in_head_needs_fifteen_characters_of_text_after_it_in_its_paragraph():
    fifteen = "全镇共完成道路硬化改造工程十五"  # 15 characters, then spaces that do not count
    assert len(fifteen) == 15
    heads = outline.parse(HEAD + "推进农业现代化。" + fifteen + "  \n" + BODY + "\n")
    assert shape(heads) == ["一、 重点工作", "  ~ 推进农业现代化"]
    short = outline.parse(HEAD + "推进农业现代化。" + fifteen[:14] + " \u3000 " * 20 + "\n" + BODY + "\n")
    assert shape(short) == ["一、 重点工作"]

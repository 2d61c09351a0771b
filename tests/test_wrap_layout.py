"""How a wrapped text is measured: by display width (a PDF's lines fill the page, digits taking
half a Chinese character), or by characters (a text exported with a line break every N
characters, where a line of digits is as full as any); and when it is one paragraph."""
from __future__ import annotations

import outline
from outline.cleaning.layout import _wrap_width, detect_layout
from outline.cleaning.model import Line

NUMBERS = "完成投资125亿元增长8.5%新增就业3600人"  # (digits: narrower than their count says)
WORDS = "我们坚持稳中求进工作总基调推动经济持续回升向好圆满完成全年目标"


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, i) for i, t in enumerate(texts, 1)]


def _row(k: int, digits: int = 0, length: int = 30) -> str:
    """A line of ``length`` characters, different for each ``k``, its last ``digits`` of them digits."""
    text = (WORDS[k % 7:] + WORDS)[:length - digits]
    return text + str(k % 10) * digits


def test_a_text_whose_lines_are_mostly_of_one_length_is_measured_in_characters():
    # twenty rows: fourteen of 30 characters, each with another number of digits (their widths
    # spread over fourteen columns), six shorter ones
    rows = [_row(k, digits=k + 1) for k in range(14)] + [_row(k, 0, 20 + k) for k in range(6)]
    wrap, widths = _wrap_width(_lines(rows))
    assert wrap == 60 and all(widths[r] == 60 for r in rows[:14])
    # thirteen of twenty is under seven in ten: display widths
    wrap, widths = _wrap_width(_lines(rows[1:] + [_row(30, 0, 27)]))
    assert widths[rows[1]] == 2 * 30 - 2


def test_a_text_wrapped_at_a_width_stays_measured_by_width_though_its_lines_are_of_one_length():
    # (every line of one length and one width: the widths explain it as well)
    rows = [_row(k) for k in range(20)]
    assert _wrap_width(_lines(rows))[0] == 60
    rows = [_row(k, digits=4) for k in range(20)]
    assert _wrap_width(_lines(rows))[0] == 56  # (four digits: two characters' width short of sixty)


def test_in_a_text_wrapped_by_characters_a_line_full_of_digits_ends_no_paragraph():
    para = "".join(f"全县第{k}批重点项目完成投资{k * 137}万元，同比增长{k * 3}.5%，新增就业{k * 41}人。" for k in range(1, 30))
    rows = [para[i:i + 30] for i in range(0, len(para), 30)]
    text = "某县2024年工作总结\n一、工作回顾\n" + "\n".join(rows) + "\n二、工作计划\n继续努力。\n"
    doc = outline.parse(text)
    assert [n.marker for n in doc.nodes()] == ["一、", "二、"]
    assert doc.children[0].text.count("\n") == 0  # (one paragraph, as it was)


def _flat(lines_: int) -> list[str]:
    """A report flattened into one paragraph and wrapped: ``lines_`` different full lines."""
    para = "".join(f"全县第{k}项工作扎实推进取得明显成效带动经济回升向好" for k in range(lines_ * 2))
    return [para[i:i + 30] for i in range(0, 30 * lines_, 30)]


def test_a_wrapped_text_of_twenty_different_lines_or_more_can_be_one_paragraph():
    assert detect_layout(_lines(_flat(20))).one_paragraph
    assert not detect_layout(_lines(_flat(19))).one_paragraph


def test_the_narrow_lines_above_a_one_paragraph_texts_first_full_line_are_its_head():
    head = ["某镇2024年工作总结", "来源：某镇人民政府网站 发布时间：2024年"]
    assert detect_layout(_lines(head + _flat(100))).one_paragraph
    body = _flat(100)
    body[40], body[60] = body[40][:12], body[60][:12]  # (narrow lines inside: paragraphs' ends)
    assert not detect_layout(_lines(head + body)).one_paragraph


def test_in_a_one_paragraph_text_a_short_heading_line_stands_alone():
    rows = _flat(60)
    text = "\n".join(["某市2024年政府工作报告", "一、工作回顾"] + rows[:30] + ["二、工作计划"] + rows[30:]) + "\n"
    assert [n.marker for n in outline.parse(text).nodes()] == ["一、", "二、"]


def test_in_one_paragraph_wrapped_a_sentence_end_the_flattening_left_a_space_after_ends_a_paragraph():
    # a page flattened with a space for each paragraph break, then wrapped: the wrap fell right
    # after one of those spaces, so the line ends in "。 " and the next opens a paragraph
    paragraphs = [lead + "".join(f"全镇第{k}项工作扎实推进取得明显成效。" for k in range(n, n + 30)) for n, lead in
                  ((0, "今年来，我们坚持拼经济抓发展，经济运行持续好转。"), (30, "今年来，我们有序建设和美乡村，集镇形象悄然蝶变。"),
                   (60, "今年来，我们高位推动产业升级，乡村振兴步伐稳健。"))]
    head = "某镇2024年工作总结 一、2024年以来工作回顾 " + paragraphs[0] + " "
    pad = "全镇上下团结一心，" * 4
    head = head.replace("成效。", "成效，" + pad[:-len(head) % 30 - 1] + "。", 1) if -len(head) % 30 else head
    flat = head + paragraphs[1] + " " + paragraphs[2]
    rows = [flat[i:i + 30] for i in range(0, len(flat), 30)]
    assert any(r.endswith("。 ") for r in rows)
    paragraphs_cut = outline.parse(flat).cleaned_text.split("\n")
    assert len(paragraphs_cut) == 5  # (title, heading, three paragraphs)
    assert outline.parse("\n".join(rows) + "\n").cleaned_text.split("\n") == paragraphs_cut


def _paragraphs(firsts: list[str], wrapped_per: int = 3, short_wraps: int = 0) -> list[Line]:
    """A title, then one paragraph a first line: the first line, ``wrapped_per`` lines of 30
    characters (the first ``short_wraps`` of them over all paragraphs two characters short), a
    narrow last line ending its sentence."""
    rows = ["某县2024年工作总结"]
    made = 0
    for k, first in enumerate(firsts):
        rows.append(first)
        for j in range(wrapped_per):
            width = 28 if made < short_wraps else 30
            rows.append((WORDS[(k + j) % 7:] + WORDS)[:width])
            made += 1
        rows.append(f"带动经济回升向好第{k}项。")
    return _lines(rows)


def _short_first(firsts: list[str], **kw) -> tuple[int, int] | None:
    from outline.cleaning.firstline import short_first_lines
    from outline.cleaning.layout import FULL_LINE_SHARE, NARROW_SHARE

    lines = _paragraphs(firsts, **kw)
    wrap, widths = _wrap_width(lines)
    assert wrap == 60
    return short_first_lines(lines, wrap, widths, FULL_LINE_SHARE * wrap, NARROW_SHARE * wrap)


def test_first_lines_stand_apart_three_columns_short_in_five_of_them_and_four_in_ten():
    def first(columns_short: int) -> str:  # (a Chinese character is two columns, a letter one)
        return "甲" * ((60 - columns_short) // 2) + "a" * (columns_short % 2)

    assert _short_first([first(4)] * 5) == (4, 0)
    assert _short_first([first(3)] * 5) == (3, 0)
    assert _short_first([first(2)] * 5) is None  # (a column or two: how wide digits make a line)
    assert _short_first([first(4)] * 4) is None  # (four first lines: too few to go by)
    spread = [first(d) for d in (0, 1, 8, 9) for _ in range(3)]
    assert _short_first([first(4)] * 8 + spread) == (4, 0)  # (eight of twenty)
    assert _short_first([first(4)] * 7 + spread) is None  # (seven of nineteen)
    # two hundred wrapped lines: a twentieth of them may fall as short as a first line
    assert _short_first([first(4)] * 10, wrapped_per=20, short_wraps=10) == (4, 0)
    assert _short_first([first(4)] * 10, wrapped_per=20, short_wraps=11) is None


def test_a_line_after_a_sentence_ended_at_the_margin_goes_on_when_nearer_a_wrapped_lines_width():
    from outline.cleaning.layout import Kind, Layout

    layout = Layout(Kind.WRAPPED, 60, short_first=(4, 0))
    assert layout.goes_on_by_width("甲" * 30) and layout.goes_on_by_width("甲" * 29 + "a")
    assert not layout.goes_on_by_width("甲" * 29)  # (two columns short: halfway, no longer a wrapped line's)


def test_in_a_short_wrapped_text_a_heading_line_that_began_its_body_goes_on_unfinished():
    # (too few lines to measure a wrap width: one paragraph a line, but a heading line whose
    # title ended and whose body broke off mid-sentence goes on, as any unfinished line does)
    text = ("某镇2023年工作总结\n一、2023年工作总结\n"
            "（一）经济发展稳中有进。全年完成固定资产投资2.3亿元，同比增长12%。一是抓项\n"
            "目建设。新签约项目5个，总投资1.2亿元。二是抓招商引资。全年外出招商12次。\n"
            "二、存在的问题\n一是经济总量偏小，产业结构不优；二是项目储备不足；三是干部队\n伍能力有待提升。\n")
    doc = outline.parse(text)
    assert [n.title for n in doc.nodes() if n.marker and n.marker.endswith("是")] == [
        "抓项目建设", "抓招商引资", "经济总量偏小，产业结构不优", "项目储备不足", "干部队伍能力有待提升"]
    # (a heading line whose title runs on without punctuation still ends at its line)
    doc = outline.parse("某镇2023年工作总结\n一、工作回顾\n（一）经济发展稳中有进\n全年完成固定资产投资2.3亿元，同比增长12%。\n")
    assert [n.title for n in doc.nodes()] == ["工作回顾", "经济发展稳中有进"]
    # (a note in brackets after its sentence end ends the line too: 〔26〕 opens its own entry)
    doc = outline.parse("某县政府工作报告\n一、工作回顾\n内容。\n名词解释\n〔25〕3所城区学校：包括白河学校、阜东一小、阜东二小。(见第5页)\n"
                        "〔26〕7个幼儿园：包括白河幼儿园、阜东幼儿园。(见第5页)\n")
    assert [n.marker for n in doc.nodes()][-2:] == ["〔25〕", "〔26〕"]


def test_a_short_text_is_wrapped_at_its_widest_lines_when_three_of_them_break_off_mid_sentence():
    # (a township page through pdftotext: too few lines for the width's share, but its widest
    # lines, within three columns of each other, mostly end mid-sentence: a wrap)
    rows = ["某镇2023年工作总结", "一、2023年工作总结",
            "（一）经济发展稳中有进。全年完成固定资产投资2.3亿元，同比",
            "增长12%。一是抓项目建设。新签约项目5个，总投资1.2亿元",
            "。二是抓招商引资。全年外出招商12次。三是抓企业服务。帮助企",
            "业解决用工、融资等问题23个。", "（二）乡村振兴扎实推进。", "1.产业发展。新发展食用菌种植200亩。",
            "二、存在的问题", "一是经济总量偏小，产业结构不优；二是项目储备不足，招商引资成",
            "效不明显；三是干部队伍能力有待提升。"]
    doc = outline.parse("\n\n".join(rows) + "\n")
    assert [n.title for n in doc.nodes() if n.marker and n.marker.endswith("是")] == [
        "抓项目建设", "抓招商引资", "抓企业服务", "经济总量偏小，产业结构不优", "项目储备不足，招商引资成效不明显", "干部队伍能力有待提升"]
    # (two such lines are no evidence: a web page's paragraphs stay apart)
    doc = outline.parse("\n\n".join(rows[:4] + ["业解决用工、融资等问题23个。三是抓企", "业服务。"]) + "\n")
    assert "抓企" in [n.title for n in doc.nodes()]


def test_a_text_of_fewer_than_60_lines_the_shares_do_not_measure_is_wrapped_at_its_widest_lines():
    from test_damage import _wrapped_by_width

    paragraph = ("（一）经济发展稳中有进。全年完成固定资产投资2.3亿元，同比增长12%。一是抓项目建设。新签约项目5个，总投资1.2亿元。"
                 "二是抓招商引资。全年外出招商12次，走访企业30家。三是抓企业服务。帮助企业解决用工、融资等问题23个。")
    whole = ["抓项目建设", "抓招商引资", "抓企业服务"]

    def titles(filler):
        # (short ended lines of many widths: no width holds the share of a wrapped text's lines)
        lines = ["某镇2023年工作总结", "一、2023年工作总结"] + _wrapped_by_width(60)(paragraph).split("\n") + [
            f"全镇完成第{k}项任务{'甲' * (k % 9)}。" for k in range(filler)]
        doc = outline.parse("\n\n".join(lines) + "\n")
        return [n.title for n in doc.nodes() if n.marker and n.marker.endswith("是")]

    # (the title lines, the paragraph's four lines and the filler: 59 lines of eight characters or more …)
    assert titles(53) == whole
    assert titles(54) != whole  # (… and 60: a text as long is measured by shares alone, its lines stay apart)


def test_a_short_texts_widest_lines_show_a_wrap_when_two_thirds_of_them_end_mid_sentence():
    wrapped = ["（一）经济发展稳中有进。全年完成固定资产投资两亿元整。一是抓项", "目建设。新签约项目五个，总投资一亿元，带动就业一千人以上，推",
               "动产业转型升级不断加快。"]
    ended = ["全镇上下团结一心扎实推进各项工作取得明显成效群众满意度很高。", "全镇干部群众真抓实干锐意进取各项事业全面进步社会和谐稳定了。"]

    def first_item(ended_lines):
        doc = outline.parse("\n\n".join(["某镇2023年工作总结", "一、工作回顾"] + wrapped + ended_lines) + "\n")
        return next(n.title for n in doc.nodes() if n.marker == "一是")

    assert first_item(ended[:1]) == "抓项目建设"  # (two of the three widest lines end mid-sentence)
    assert first_item(ended) == "抓项"  # (two of four: paragraphs of a page, not a wrap)

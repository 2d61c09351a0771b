"""``pdftotext`` spaces the runs of digits and Latin letters in Chinese text (``增长 5.3%``,
``扩围 1.2 万人``, ``模式 [5]入选``), where the PDF's glyphs stand apart.  The spaces are kept (they
are the text), but no decision may read one as a break: a number and its unit, or a note's
citation after its word, stay inside their sentence.  Each case is pinned on made-up text of
its shape, flattened (a one-paragraph Word file) and wrapped (as a PDF prints it)."""
from __future__ import annotations

import outline

SENTENCE = "我们坚持稳中求进工作总基调，推动经济持续回升向好，圆满完成全年目标任务。"


def _report(middle: str) -> str:
    """A report flattened into one line, ``middle`` inside the paragraph of its first heading."""
    return ("某市2024年政府工作报告 各位代表：现在向大会报告工作。一、2023年工作回顾 " + SENTENCE * 8 + middle
            + SENTENCE * 8 + "二、2024年工作安排 " + SENTENCE * 8)


def _shape(text: str) -> list[tuple[str | None, str]]:
    return [(n.marker, n.title[:10]) for n in outline.parse(text).nodes()]


def test_a_decimal_spaced_from_its_unit_is_no_heading_in_flattened_text():
    shape = _shape(_report("城乡低保扩围 1.2 万人，筹集保障性租赁住房 2706 套。"))
    assert shape == [("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]


def test_a_year_spaced_from_its_unit_after_an_arabic_marker_is_still_a_heading():
    text = ("某镇2024年工作总结\n一、工作回顾\n" + SENTENCE + "\n1.2023 年项目建设情况\n" + SENTENCE
            + "\n2.2024 年工作打算\n" + SENTENCE + "\n")
    assert [m for m, _ in _shape(text)] == ["一、", "1.", "2."]


def test_a_decimal_spaced_from_its_unit_at_a_wrapped_line_start_goes_on_with_the_line():
    head = SENTENCE * 4 + "新（改）建农村公路 500 公里、农村卫生厕所 "
    head = "全" * (-len(head) % 36) + head  # (the wrap falls right before the number)
    para = head + "1.2 万户，乡镇生活垃圾收运设施覆盖率达 100%。" + SENTENCE
    lines = ["某市2024年政府工作报告", "一、2023年工作回顾"] + [para[i:i + 36] for i in range(0, len(para), 36)]
    assert "1.2 万户，乡镇生活垃圾收运设施覆盖率达 100%。" in "\n".join(lines)
    shape = _shape("\n".join(lines + ["二、2024年工作安排", SENTENCE]) + "\n")
    assert shape == [("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]


def test_a_note_number_spaced_from_its_word_is_no_heading_in_flattened_text():
    shape = _shape(_report("综保区一线进区货物“即到即入”模式 [5]入选中国改革 2023 年度地方全面深化改革典型案例。"))
    assert shape == [("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]


def test_a_note_number_after_a_closing_quote_and_a_space_is_no_heading_in_flattened_text():
    shape = _shape(_report("严格落实“三线一单” [48]生态环境分区管控，常态化开展环境风险隐患排查整治。"))
    assert shape == [("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]


def test_a_part_head_whose_year_is_spaced_from_its_unit_is_cut_from_a_flattened_report():
    text = ("各位代表：现在，我代表市人民政府向大会报告工作，请予审议。2023 年工作回顾 2023 年是全面贯彻党的二十大精神的开局之年。"
            + SENTENCE * 6 + "（一）千方百计稳增长，经济发展质效稳中有升。" + SENTENCE * 8 + "（二）持续壮大实体经济。" + SENTENCE * 8
            + "2024 年工作安排建议 2024 年是中华人民共和国成立 75 周年。" + SENTENCE * 8 + "一、聚焦抓项目增效益。" + SENTENCE * 8)
    shape = [(n.depth, n.marker, n.title[:12]) for n in outline.parse(text).nodes()]
    assert [s for s in shape if s[1] is None or s[0] == 1] == [
        (1, None, "2023年工作回顾"), (1, None, "2024年工作安排建议")], shape

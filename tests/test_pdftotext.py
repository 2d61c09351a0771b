"""``pdftotext`` spaces the runs of digits and Latin letters in Chinese text (``增长 5.3%``,
``扩围 1.2 万人``, ``模式 [5]入选``), where the PDF's glyphs stand apart.  The spaces are kept (they
are the text), but no decision may read one as a break: a number and its unit, or a note's
citation after its word, stay inside their sentence.  Each case is pinned on made-up text of
its shape, flattened (a one-paragraph Word file) and wrapped (as a PDF prints it)."""
from __future__ import annotations

import itertools
import re

import pytest

import outline

_FIELDS = "工业 农业 服务业 交通 水利 教育 医疗 文化 旅游 生态 城建 民生 科技 金融 商贸 物流".split()
_WORKS = "项目建设 招商引资 改革创新 提质增效 人才引育 平台打造 品牌培育 数字转型 绿色发展 安全生产 基层治理 对外开放".split()
_said = itertools.count()


def _sentences(n: int) -> str:
    """``n`` sentences of a report's body, none said before (a line a wrap cut twice alike would
    be dropped as a running head)."""
    out = []
    for _ in range(n):
        k = next(_said) % (len(_FIELDS) * len(_WORKS))
        field, work = _FIELDS[k % len(_FIELDS)], _WORKS[k // len(_FIELDS)]
        # (each name twice: any stretch of 30 characters holds one of each)
        out.append(f"{field}领域{work}扎实推进，{field}年度重点任务全面完成，{work}带动经济回升向好。")
    return "".join(out)


def _to_the_margin(text: str, width: int = 30) -> str:
    """``text`` with a clause before it, so that its last line ends right at the margin."""
    return ("全县上下团结一心，" * 4)[:-len(text) % width] + text


def _report(middle: str) -> str:
    """A report flattened into one line, ``middle`` inside the paragraph of its first heading."""
    return ("某市2024年政府工作报告 各位代表：现在向大会报告工作。一、2023年工作回顾 " + _sentences(8) + middle
            + _sentences(8) + "二、2024年工作安排 " + _sentences(8))


def _shape(text: str) -> list[tuple[str | None, str]]:
    return [(n.marker, n.title[:10]) for n in outline.parse(text).nodes()]


def test_a_decimal_spaced_from_its_unit_is_no_heading_in_flattened_text():
    shape = _shape(_report("城乡低保扩围 1.2 万人，筹集保障性租赁住房 2706 套。"))
    assert shape == [("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]


def test_a_year_spaced_from_its_unit_after_an_arabic_marker_is_still_a_heading():
    text = ("某镇2024年工作总结\n一、工作回顾\n" + _sentences(1) + "\n1.2023 年项目建设情况\n" + _sentences(1)
            + "\n2.2024 年工作打算\n" + _sentences(1) + "\n")
    assert [m for m, _ in _shape(text)] == ["一、", "1.", "2."]


def test_a_decimal_spaced_from_its_unit_at_a_wrapped_line_start_goes_on_with_the_line():
    head = _sentences(4) + "新（改）建农村公路 500 公里、农村卫生厕所 "
    head = "全" * (-len(head) % 36) + head  # (the wrap falls right before the number)
    para = head + "1.2 万户，乡镇生活垃圾收运设施覆盖率达 100%。" + _sentences(1)
    lines = ["某市2024年政府工作报告", "一、2023年工作回顾"] + [para[i:i + 36] for i in range(0, len(para), 36)]
    assert "1.2 万户，乡镇生活垃圾收运设施覆盖率达 100%。" in "\n".join(lines)
    shape = _shape("\n".join(lines + ["二、2024年工作安排", _sentences(1)]) + "\n")
    assert shape == [("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]


def test_a_note_number_spaced_from_its_word_is_no_heading_in_flattened_text():
    shape = _shape(_report("综保区一线进区货物“即到即入”模式 [5]入选中国改革 2023 年度地方全面深化改革典型案例。"))
    assert shape == [("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]


def test_a_note_number_after_a_closing_quote_and_a_space_is_no_heading_in_flattened_text():
    shape = _shape(_report("严格落实“三线一单” [48]生态环境分区管控，常态化开展环境风险隐患排查整治。"))
    assert shape == [("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]


def test_a_part_head_whose_year_is_spaced_from_its_unit_is_cut_from_a_flattened_report():
    text = ("各位代表：现在，我代表市人民政府向大会报告工作，请予审议。2023 年工作回顾 2023 年是全面贯彻党的二十大精神的开局之年。"
            + _sentences(6) + "（一）千方百计稳增长，经济发展质效稳中有升。" + _sentences(8) + "（二）持续壮大实体经济。" + _sentences(8)
            + "2024 年工作安排建议 2024 年是中华人民共和国成立 75 周年。" + _sentences(8) + "一、聚焦抓项目增效益。" + _sentences(8))
    shape = [(n.depth, n.marker, n.title[:12]) for n in outline.parse(text).nodes()]
    assert [s for s in shape if s[1] is None or s[0] == 1] == [
        (1, None, "2023年工作回顾"), (1, None, "2024年工作安排建议")], shape


# ``pdftotext -layout`` (and this project's PDF reader) keeps a paragraph's first-line indent
def _indented(paragraphs: list[str], width: int = 30, indent: str = "    ") -> list[str]:
    """Each paragraph wrapped at ``width`` characters, its first line indented two characters."""
    lines = []
    first = width - len(indent) // 2
    for p in paragraphs:
        lines.append(indent + p[:first])
        lines += [p[i:i + width] for i in range(first, len(p), width)]
    return lines


def _ending_at_the_margin(opening: str, sentence: str, width: int = 30) -> str:
    """A paragraph whose sentence before ``sentence`` ends right at a wrap."""
    head = opening + _sentences(1) + "制定促消费措施，发放消费券，拉动消费"
    filler = ("举办各类促消费活动" * 9)[:(width - 2 - len(head) - 1) % width]
    return head + filler + "。" + sentence + _sentences(3)


LEADS = ["全力以赴扩大投资。", "千方百计提振消费。", "多措并举稳定外贸外资。"]


def test_in_indented_text_a_sentence_ending_at_the_margin_ends_no_paragraph():
    body = [LEADS[0] + _sentences(3), _ending_at_the_margin(LEADS[1], "连续4年入选中国体育旅游十佳目的地。"),
            LEADS[2] + _sentences(3)]
    lines = ["    某市2024年政府工作报告", "    一、2023年工作回顾", "    （一）坚定不移稳增长"] + _indented(body)
    lines += ["    二、2024年工作安排"] + _indented([_sentences(4)])
    at = next(i for i, ln in enumerate(lines) if ln.startswith("连续4年"))
    assert lines[at - 1].endswith("。") and len(lines[at - 1]) == 30  # (the sentence before ends at the margin)
    leads = [n.title for n in outline.parse("\n".join(lines) + "\n").nodes() if n.kind == "lead"]
    assert leads == ["全力以赴扩大投资", "千方百计提振消费", "多措并举稳定外贸外资"]


def test_in_indented_text_an_indented_line_opens_a_paragraph_after_a_full_line_without_a_full_stop():
    # (LibreOffice's PDFs lose a full stop that ends a line at the margin)
    body = [lead + _sentences(3) for lead in LEADS]
    body[0] = LEADS[0] + ("全县上下团结一心，" * 4)[:(28 - len(body[0])) % 30] + body[0][len(LEADS[0]):]
    lines = ["    某市2024年政府工作报告", "    一、2023年工作回顾", "    （一）坚定不移稳增长"] + _indented(body)
    lines += ["    二、2024年工作安排"] + _indented([_sentences(4)]) + ["    三、保障措施"] + _indented([_sentences(2)])
    cut = lines.index("    " + body[1][:28]) - 1
    assert lines[cut].endswith("。") and len(lines[cut]) == 30  # (as wide as the page)
    lines[cut] = lines[cut][:-1] + "务"  # (a full line, its stop lost)
    leads = [n.title for n in outline.parse("\n".join(lines) + "\n").nodes() if n.kind == "lead"]
    assert leads == ["全力以赴扩大投资", "千方百计提振消费", "多措并举稳定外贸外资"]


def _layout_indent(openings: int, opened: int, wraps: int = 30, indented_wraps: int = 0, indent: int = 4):
    """The paragraph indent the layout reads off a wrapped text of ``openings`` paragraphs (the
    first ``opened`` of them indented by ``indent`` columns), ``wraps`` lines broken by the
    wrap after a full line (the first ``indented_wraps`` of them indented)."""
    from outline.cleaning.layout import detect_layout
    from outline.cleaning.model import Line

    full, last = "推进重点项目建设完成投资新增就业带动经济回升向好推进重点项目", "带动经济回升向好。"
    per = -(-wraps // openings)  # wrapped lines a paragraph
    lines: list[Line] = []
    wrapped = 0
    for k in range(openings):
        lines.append(Line(full, len(lines) + 1, indent=indent if k < opened else 0))
        for _ in range(per):
            lines.append(Line(full, len(lines) + 1, indent=indent if wrapped < indented_wraps else 0))
            wrapped += 1
        lines.append(Line(last, len(lines) + 1))
    return detect_layout(lines).indent


def test_paragraphs_open_indented_on_five_indented_openings_half_of_them_and_few_indented_wraps():
    # (the first paragraph follows no line: it is no evidence)
    assert _layout_indent(openings=10, opened=10) == 2
    assert _layout_indent(openings=11, opened=6) == 2  # five of ten: half
    assert _layout_indent(openings=12, opened=6) is None  # five of eleven: fewer than half
    assert _layout_indent(openings=6, opened=6) == 2
    assert _layout_indent(openings=5, opened=5) is None  # four: too few to go by
    # 100 lines after a full line ending mid-sentence: a tenth of them may open indented (a lost full stop)
    assert _layout_indent(openings=10, opened=10, wraps=90, indented_wraps=10) == 2
    assert _layout_indent(openings=10, opened=10, wraps=90, indented_wraps=11) is None
    assert _layout_indent(openings=10, opened=10, indent=2) == 2  # one character
    assert _layout_indent(openings=10, opened=10, indent=1) is None  # (half a character is no indent)


def test_in_indented_text_a_short_line_at_the_margin_without_punctuation_stands_alone():
    body = [LEADS[0] + _sentences(3), _ending_at_the_margin(LEADS[1], ""), LEADS[2] + _sentences(3)]
    lines = ["    某市2024年政府工作报告", "    一、2023年工作回顾", "    （一）坚定不移稳增长"] + _indented(body)
    at = next(i for i, ln in enumerate(lines) if ln.endswith("。") and len(ln) == 30)
    lines.insert(at + 1, "经济运行稳中向好")
    lines += ["    二、2024年工作安排"] + _indented([_sentences(4)])
    titles = [n.title for n in outline.parse("\n".join(lines) + "\n").nodes()]
    assert "经济运行稳中向好" in titles, titles


def _letter_spaced(text: str) -> str:
    """As ``pdftotext`` prints a justified line it saw with gaps between its glyphs."""
    return " ".join(re.findall(r"[0-9.%]+|\S", text))


def test_a_letter_spaced_line_is_read_without_its_spaces_and_they_are_reported():
    body = [lead + _sentences(3) for lead in LEADS]
    lines = ["某市2024年政府工作报告", "一、2023年工作回顾", "（一）坚定不移稳增长"] + _indented(body, indent="")
    at = lines.index(body[1][:30])
    lines[at] = _letter_spaced(lines[at])
    assert lines[at].startswith("千 方 百 计 提 振 消 费 。 ")
    heading = _letter_spaced("二、2024年工作安排")
    doc = outline.parse("\n".join(lines + [heading, _sentences(1)]) + "\n")
    leads = [n for n in doc.nodes() if n.kind == "lead"]
    assert [n.title for n in leads] == ["全力以赴扩大投资", "千方百计提振消费", "多措并举稳定外贸外资"]
    assert " " not in leads[1].text and leads[1].text.endswith("回升向好。")
    assert [(n.marker, n.title) for n in doc.children] == [("一、", "2023年工作回顾"), ("二、", "2024年工作安排")]
    spaced = [r for r in doc.meta["cleaning"]["removed"] if r["rule"] == "pdf: letter spacing"]
    assert [r["text"] for r in spaced] == [" " * lines[at].count(" "), " " * heading.count(" ")]


def test_a_line_with_a_few_spaced_numbers_is_no_letter_spaced_line():
    line = "赛等活动精彩纷呈，我省健儿在巴黎奥运会上勇夺 4 金 1 银 1 铜，创造了历史最好成绩。"
    doc = outline.parse("某市2024年政府工作报告\n一、2023年工作回顾\n" + line + "\n")
    assert "勇夺 4 金 1 银 1 铜" in doc.children[0].text
    assert not [r for r in doc.meta["cleaning"]["removed"] if r["rule"] == "pdf: letter spacing"]


def test_a_letter_spaced_line_has_eight_pieces_most_gaps_spaced_and_most_pieces_one_chinese_character():
    from outline.cleaning.spacing import letter_spaced

    assert letter_spaced("作 用 。 开 展 系 列 促")
    assert not letter_spaced("作 用 。 开 展 系 列")  # seven pieces
    # ten pieces: nine spaced gaps of fifteen (sixteen characters) are enough, of sixteen not
    assert letter_spaced("作 用 。 开 展 系 列 促消费 活动的 发放了")
    assert not letter_spaced("作 用 。 开 展 系 列 促消费 活动的 发放了券")
    # six pieces of ten one Chinese character each, not five (the rest digits)
    assert letter_spaced("发 放 3 轮 7 万 元 1 券 5")
    assert not letter_spaced("发 放 3 轮 7 万 2 1 券 5")


# A heading that fills its line exactly, in wrapped text that keeps no indent (pdftotext's default)
def _wrapped_at(paragraphs: list[str], width: int = 30) -> list[str]:
    return [p[i:i + width] for p in paragraphs for i in range(0, len(p), width)]


def test_a_heading_filling_its_line_stands_alone_like_the_headings_of_its_list():
    full = "（二）提振和扩大消费，切实增强消费促发展基础性作用扩大国内需"
    assert len(full) == 30
    paragraphs = ["某市2024年政府工作报告", "一、2024年工作安排"]
    for heading, lead in (("（一）千方百计稳增长", LEADS[0]), (full, "促进消费扩量提质。"), ("（三）持续壮大实体经济", LEADS[2])):
        paragraphs += [heading, lead + _sentences(6)]
    lines = _wrapped_at(paragraphs)
    assert len(lines) > 25
    doc = outline.parse("\n".join(lines) + "\n")
    shape = [(n.kind, n.title) for n in doc.nodes() if n.depth == 2 or n.kind == "lead"]
    assert shape == [("heading", "千方百计稳增长"), ("lead", "全力以赴扩大投资"), ("heading", full[3:]),
                     ("lead", "促进消费扩量提质"), ("heading", "持续壮大实体经济"), ("lead", "多措并举稳定外贸外资")], shape


def test_a_heading_filling_its_line_goes_on_where_the_headings_of_its_list_run_into_their_text():
    full = "（二）加快建设高水平文化强省，全省文化软实力和影响力进一步增"
    assert len(full) == 30
    paragraphs = ["某市2024年政府工作报告", "一、2023年工作回顾",
                  "（一）经济运行稳中向好，发展质效持续提升。" + _sentences(6),
                  full + "强。" + _sentences(6), "（三）民生福祉不断增进，人民生活更加美好。" + _sentences(6)]
    doc = outline.parse("\n".join(_wrapped_at(paragraphs)) + "\n")
    assert [n.title for n in doc.nodes() if n.depth == 2][1] == full[3:] + "强"


def test_an_item_filling_its_line_goes_on_when_the_next_line_opens_with_no_sentence():
    item = "5.镇区改造工程投资一千万元，二〇二四年年底前完成全部污水管网改造，含雨污分流和道路修复。"
    short = ["1.道路硬化工程", "2.饮水安全工程", "3.电网改造工程", "4.文化广场工程"]
    paragraphs = ["某镇2024年工作计划", "一、重点项目"] + short + [item + _sentences(2), "6.垃圾处理工程", "二、保障措施"]
    lines = _wrapped_at(paragraphs + [_sentences(8)])
    assert item[:30] in lines and item[30:].startswith("网改造，") and len(lines) > 20
    titles = [n.title for n in outline.parse("\n".join(lines) + "\n").nodes() if n.marker == "5."]
    assert titles == [item[2:-1]], titles


def test_a_lead_after_a_heading_that_fills_its_line_is_a_sentence_of_four_characters_or_more():
    from outline.cleaning.alone import opens_with_a_sentence as _opens_with_a_sentence

    assert _opens_with_a_sentence("扩大内需。实施提振消费专项行动")
    assert not _opens_with_a_sentence("稳增长。实施提振消费专项行动")  # (the rest of a title's sentence)
    assert not _opens_with_a_sentence("网改造，含雨污分流和道路修复。")
    assert _opens_with_a_sentence("健全文化遗产保护传承体制机制和文化基因解。")  # twenty characters
    assert not _opens_with_a_sentence("健全文化遗产保护传承体制机制和文化基因解码。")


def test_a_note_number_glued_to_a_quantity_at_a_line_start_is_no_heading():
    head = _to_the_margin(_sentences(3) + "打好政策组合拳，累计为企业减税降费[5]8200万元，研发费用加计扣除")
    para = head + "[6]3300万元。发放中小微企业贷款38.5亿元。" + _sentences(3)
    cut = len(head)
    lines = ["某县2025年政府工作报告", "一、2024年工作回顾"] + _wrapped_at([para[:cut]]) + _wrapped_at([para[cut:]])
    lines += ["二、2025年工作安排"] + _wrapped_at([_sentences(8)])
    assert any(ln.startswith("[6]3300万元") for ln in lines) and len(lines) > 20
    doc = outline.parse("\n".join(lines) + "\n")
    assert [(n.marker, n.title) for n in doc.nodes()] == [("一、", "2024年工作回顾"), ("二、", "2025年工作安排")]
    # … and in text of one paragraph a line, broken there (a web page's link)
    plain = "某县2025年政府工作报告\n一、2024年工作回顾\n" + para[:cut] + "\n" + para[cut:] + "\n二、2025年工作安排\n内容。\n"
    assert [n.marker for n in outline.parse(plain).nodes()] == ["一、", "二、"]


def test_a_note_number_a_wrap_put_at_a_line_start_after_a_quotation_is_no_heading():
    head = _to_the_margin(_sentences(3) + "建立“四险一金一网”")
    para = head + "〔4〕防返贫致贫机制，有效兜住返致贫风险。" + _sentences(3)
    cut = len(head)
    lines = ["某县2021年政府工作报告", "一、2020年工作回顾"] + _wrapped_at([para[:cut]], 30) + _wrapped_at([para[cut:]])
    lines += ["二、2021年工作安排"] + _wrapped_at([_sentences(8)])
    assert any(ln.startswith("〔4〕防返贫") for ln in lines) and len(lines) > 20
    doc = outline.parse("\n".join(lines) + "\n")
    assert [(n.marker, n.title) for n in doc.nodes()] == [("一、", "2020年工作回顾"), ("二、", "2021年工作安排")]


@pytest.mark.parametrize("entry", ["〔{k}〕{term}：{text}(见第{k}页)", "〔{k}〕{term}：{text}",  # (its 。 lost)
                                   "〔{k}〕{term}，{text}(见第{k}页)"])
def test_a_glossary_entry_after_a_full_line_is_a_heading_of_its_own(entry):
    entries = [entry.format(k=k, term=term, text=_sentences(1)[:-1]) for k, term in
               enumerate(["两不愁三保障", "六大产业", "两区同建", "“四险一金一网”防返贫致贫机制"], 1)]
    lines = ["某县2021年政府工作报告", "一、2020年工作回顾"] + _wrapped_at([_sentences(8)]) + ["名词解释"]
    lines += _wrapped_at([e[:3] + ("全" * (-len(e) % 30)) + e[3:] for e in entries])
    assert all(len(ln) == 30 for ln in lines[-8:])
    doc = outline.parse("\n".join(lines) + "\n")
    assert [n.marker for n in doc.nodes() if n.marker and n.marker.startswith("〔")] == ["〔1〕", "〔2〕", "〔3〕", "〔4〕"]


# plain ``pdftotext`` keeps no indent, but a paragraph's first line still holds two characters fewer
def test_without_indents_a_first_line_two_characters_short_opens_a_paragraph_and_a_full_one_goes_on():
    body = [LEADS[0] + _sentences(3), _ending_at_the_margin(LEADS[1], "连续4年入选中国体育旅游十佳目的地。"),
            LEADS[2] + _sentences(3), "全面推进乡村振兴。" + _sentences(3), "持续改善民生福祉。" + _sentences(3)]
    lines = ["某市2024年政府工作报告", "一、2023年工作回顾", "（一）坚定不移稳增长"] + _indented(body, indent="    ")
    lines += ["二、2024年工作安排"] + _indented([_sentences(4)], indent="    ")
    plain = [ln.strip() for ln in lines]  # (as plain pdftotext prints them: the indent gone, the room it took kept)
    at = next(i for i, ln in enumerate(plain) if ln.startswith("连续4年"))
    assert plain[at - 1].endswith("。") and len(plain[at - 1]) == 30 and len(plain[at]) == 30
    leads = [n.title for n in outline.parse("\n".join(plain) + "\n").nodes() if n.kind == "lead"]
    assert leads == ["全力以赴扩大投资", "千方百计提振消费", "多措并举稳定外贸外资", "全面推进乡村振兴", "持续改善民生福祉"]


def test_a_heading_broken_over_two_lines_stands_alone_for_the_heading_after_it_that_fills_its_line():
    broken = "（一）发挥政策引导保障支撑作用，最大程度把政策红利转化为发展动力"  # (30 characters, then 7)
    full = "（二）提振和扩大消费，切实增强消费促发展基础性作用扩大国内需"
    # (the review's headings run into their text: the nearest before the plan's 二 is one of them)
    paragraphs = ["某市2024年政府工作报告", "一、2023年工作回顾", "（一）经济运行稳中向好。" + _sentences(3),
                  "（二）民生福祉持续增进。" + _sentences(3), "二、2024年工作安排"]
    for heading, lead in ((broken, LEADS[0]), (full, "促进消费扩量提质。"), ("（三）持续壮大实体经济", LEADS[2])):
        paragraphs += [heading, lead + _sentences(6)]
    lines = _wrapped_at(paragraphs)
    assert broken[:30] in lines and broken[30:] in lines
    doc = outline.parse("\n".join(lines) + "\n")
    assert [(n.kind, n.title) for n in doc.nodes() if n.depth == 2 or n.kind == "lead"][2:6] == [
        ("heading", broken[3:]), ("lead", "全力以赴扩大投资"), ("heading", full[3:]), ("lead", "促进消费扩量提质")]


def _item_at_a_wrap(marker: str, previous: str, width: int = 30) -> list[str]:
    """A paragraph holding a list (…。（1）…。（2）…) wrapped at ``width``, its item ``marker``
    falling right at a line start after a sentence that ends at the margin."""
    head = "扎实做好十件民生实事。" + previous + "促进群众就业增收，开展职业技能培训，县乡就业公共服务机构全覆盖"
    filler = ("新建改扩建公办幼儿园" * 9)[:(width - len(head) - 1) % width]
    para = head + filler + "。" + marker + "办好人民满意教育，新建改扩建公办幼儿园、小学、初中二十所。" + _sentences(2)
    around = [_sentences(3) + "全年目标任务圆满完成", para, _sentences(3)]
    return [p[i:i + width] for p in around for i in range(0, len(p), width)]


def test_a_list_item_a_wrap_puts_at_a_line_start_goes_on_with_its_paragraph():
    lines = _item_at_a_wrap("（2）", "（1）")
    at = next(i for i, ln in enumerate(lines) if ln.startswith("（2）"))
    assert lines[at - 1].endswith("。") and len(lines[at - 1]) == 30  # (the sentence before ends at the margin)
    after = _sentences(2)
    plain = ["某市2024年政府工作报告", "一、2023年工作回顾"] + lines + ["二、2024年工作安排"] + [after[i:i + 30] for i in range(0, 60, 30)]
    # (and where the paragraphs open indented, as this project's PDF reader keeps them)
    indented = ["    " + ln if k in (0, 1, 2, len(plain) - 2, len(plain) - 1) else ln for k, ln in enumerate(plain)]
    for text in ("\n".join(plain), "\n".join(indented)):
        assert [n.marker for n in outline.parse(text).nodes() if n.kind != "lead"] == ["一、", "二、"]
    # (a list the paragraph did not open before is a heading at the margin; so is one whose
    # number does not go on from the paragraph's)
    for previous, marker in (("", "（2）"), ("（1）", "（3）")):
        text = "\n".join(["某市2024年政府工作报告", "一、2023年工作回顾"] + _item_at_a_wrap(marker, previous)
                         + ["二、2024年工作安排", _sentences(2)])
        assert marker in [n.marker for n in outline.parse(text).nodes()]


def test_a_list_item_at_a_wrap_is_looked_back_for_within_400_characters():
    def markers(reach: int) -> list[str | None]:
        # (its full stop to the paragraph's end: ``reach``; clauses only, no sentence ending at the margin)
        clauses = "".join(f"{field}{work}稳步推进，" for field in _FIELDS for work in _WORKS)
        item = "。（1）" + clauses[:reach - 5] + "。"
        para = ("扎实做好十件民生实事" * 3)[:(-len(item)) % 30 or 30] + item + "（2）办好人民满意教育，新建改扩建公办幼儿园二十所。" + _sentences(2)
        wrapped = [para[i:i + 30] for i in range(0, len(para), 30)]
        after = _sentences(2)
        lines = (["某市2024年政府工作报告", "一、2023年工作回顾"] + wrapped + ["二、2024年工作安排"]
                 + [after[i:i + 30] for i in range(0, 60, 30)])
        assert any(ln.startswith("（2）") for ln in lines)
        return [n.marker for n in outline.parse("\n".join(lines)).nodes() if n.kind != "lead"]
    assert markers(400) == ["一、", "二、"]
    assert "（2）" in markers(401)

"""Levels follow the document, numbering is evidence, breaks are warned about."""
import pytest

import outline


def shape(doc):
    out = []

    def walk(node, depth):
        for c in node.children:
            out.append(("  " * depth) + (c.marker or "~") + " " + c.title)
            walk(c, depth + 1)

    walk(doc, 0)
    return out


def test_gb_order_and_skipped_levels():
    doc = outline.parse("某镇2024年工作总结\n一、总体情况\n1．党建工作。一是抓学习。二是抓队伍。\n"
                        "2．经济发展。内容。\n二、存在问题\n（一）招商不强\n（1）细项\n（二）产业弱\n")
    assert shape(doc) == [
        "一、 总体情况", "  1． 党建工作", "    一是 抓学习", "    二是 抓队伍", "  2． 经济发展",
        "二、 存在问题", "  （一） 招商不强", "    （1） 细项", "  （二） 产业弱"]


def test_title_is_first_sentence_without_pdf_spaces():
    doc = outline.parse("报告\n(一) 抓项目、稳增长, 经济发展\n正文。\n")
    assert doc.children[0].title == "抓项目、稳增长,经济发展"


def test_decimal_at_line_start_is_not_a_heading_but_year_title_is():
    doc = outline.parse("某镇工作总结\n一、亮点\n1.2023年亮点工作方面：\n内容。\n")
    assert shape(doc) == ["一、 亮点", "  1. 2023年亮点工作方面"]
    doc = outline.parse("某镇工作总结\n一、亮点\n本年度全镇农民人均纯收入增长了，比上年多了\n1.6万元的收入来自。\n")
    assert [n.marker for n in doc.nodes()] == ["一、"]
    assert "1.6万元" in doc.children[0].text


def test_inline_items_only_inside_runs():
    doc = outline.parse("报告\n一、情况\n统一是必要的，大家同意。我们做了工作。二是没有一是的二是。\n")
    assert [n.marker for n in doc.nodes()] == ["一、"]


def test_numbering_warnings_carry_lines():
    doc = outline.parse("报告\n一、甲\n内容。\n三、丙\n内容。\n三、丙二\n")
    codes = [(w.code, w.line) for w in doc.warnings]
    assert ("numbering-skipped", 4) in codes
    assert ("numbering-repeated", 6) in codes


def test_family_reused_deeper_restarts_inside_item():
    text = ("报告\n一、国内形势\n内容。\n第一，农业。\n一、粮食\n二、棉花\n第二，工业。\n二、国际形势\n")
    assert shape(outline.parse(text)) == [
        "一、 国内形势", "  第一， 农业", "    一、 粮食", "    二、 棉花", "  第二， 工业", "二、 国际形势"]


def test_numbered_paragraphs_run_on_across_headings():
    doc = outline.parse("报告\n一、甲\n1．第一段。\n2．第二段。\n二、乙\n3．第三段。\n")
    assert shape(doc) == ["一、 甲", "  1． 第一段", "  2． 第二段", "二、 乙", "  3． 第三段"]
    assert not [w for w in doc.warnings if w.code.startswith("numbering")]


def test_marker_alone_on_line_takes_next_line_title():
    doc = outline.parse("报告\n一、\n工作回顾。今年以来做了很多。\n二、\n工作计划\n")
    assert shape(doc) == ["一、 工作回顾", "二、 工作计划"]


def test_traditional_parses_like_simplified():
    simp = outline.parse("花桥镇2024年工作总结\n一、2024年工作情况\n（一）提升政治站位，强化党建引领\n内容。一是抓学习。\n")
    trad = outline.parse("花橋鎮2024年工作總結\n一、2024年工作情況\n（一）提升政治站位，強化黨建引領\n內容。一是抓學習。\n")
    assert [(n.marker, n.kind) for n in simp.nodes()] == [(n.marker, n.kind) for n in trad.nodes()]
    assert trad.meta["script"] == "traditional"
    assert outline.parse("花橋鎮2024年工作總結\n一、工作情況\n", simplified=True).children[0].title == "工作情况"


def test_title_meta():
    doc = outline.parse("南漳镇 2024 年工作总结和 2025 年工作计划\n一、工作亮点\n")
    assert doc.title == "南漳镇2024年工作总结和2025年工作计划"
    assert (doc.meta["place"], doc.meta["review_year"], doc.meta["plan_year"]) == ("南漳镇", 2024, 2025)


def test_dash_items_are_items_and_the_subtitle_is_metadata():
    doc = outline.parse("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n各位代表：\n"
                        "一、过去五年工作回顾\n五年来主要成就是：\n——经济发展再上新台阶。国内生产总值增加。\n"
                        "——脱贫攻坚任务胜利完成。农村贫困人口脱贫。\n")
    assert shape(doc) == ["一、 过去五年工作回顾", "  —— 经济发展再上新台阶", "  —— 脱贫攻坚任务胜利完成"]
    assert [n.kind for n in doc.children[0].children] == ["item", "item"]
    assert doc.meta["date"] == "2023年3月5日"


def test_parallel_run_in_leads_inside_a_paragraph():
    doc = outline.parse("报告\n一、工作回顾\n（一）安全稳定\n坚持底线思维，统筹发展和安全，有效防范各类风险挑战。基层治理高效有序。提升执法效能，开展集中整治行动七十余次。"
                        "安全底线守稳筑牢。开展燃气安全隐患排查，畅通群众反映诉求渠道。\n（二）民生\n我们要倍加珍惜，继续努力。成绩来之不易。要再创佳绩，不负人民的期望和重托。\n（三）其他\n内容。\n")
    assert shape(doc) == ["一、 工作回顾", "  （一） 安全稳定", "    ~ 基层治理高效有序", "    ~ 安全底线守稳筑牢",
                          "  （二） 民生", "  （三） 其他"]


def test_concatenated_reports_do_not_nest_ever_deeper():
    from conftest import SEED_FILES

    text = SEED_FILES[0].read_text(encoding="utf-8")
    depth_one = max(n.depth for n in outline.parse(text).descendants)
    doc = outline.parse(text * 8)
    assert max(n.depth for n in doc.descendants) <= depth_one + 2
    doc.to_json()


def test_items_standing_alone_like_headings_keep_their_run_in_leads():
    # older reports use 第一， … as section heads on lines of their own
    doc = outline.parse("政府工作报告\n一、今年的工作\n第一，进一步稳定和加强农业\n"
                        "继续加强农业基础设施建设。水利建设要因地制宜，突出重点，加快大江大河治理。\n"
                        "第二，国有企业改革要取得新的突破\n推进重点行业和重点企业的改革。以纺织行业为突破口，深化改革。\n"
                        "加快国有企业的改组和调整。鼓励优势企业兼并困难企业，使资源得到有效配置。\n")
    assert shape(doc) == ["一、 今年的工作", "  第一， 进一步稳定和加强农业", "    ~ 继续加强农业基础设施建设",
                          "  第二， 国有企业改革要取得新的突破", "    ~ 推进重点行业和重点企业的改革",
                          "    ~ 加快国有企业的改组和调整"]
    assert not [w for w in doc.warnings if w.code.startswith("numbering")]


def test_a_run_in_lead_between_items_does_not_swallow_the_next_item():
    doc = outline.parse("政府工作报告\n一、工作回顾\n一是稳增长阵地战，经济运行持续向好。全年地区生产总值增长百分之六。\n"
                        "二是惠民生持久战，社会事业全面进步。全年投入民生资金八百亿元，办成一批实事。\n"
                        "生态环境持续改善。全省空气质量优良天数比例达到百分之九十，河流水质稳定向好。\n"
                        "三是防风险保卫战，平安建设扎实推进。全年没有发生重大安全事故。\n")
    assert [n.marker for n in doc.children[0].children if n.kind == "item"] == ["一是", "二是", "三是"]
    assert "numbering-start" not in [w.code for w in doc.warnings]


def test_a_list_opening_a_later_paragraph_is_not_under_the_run_in_lead_before_it():
    doc = outline.parse("政府工作报告\n一、工作回顾\n（一）经济发展\n国防建设迈出新的步伐。各级政府支持军队建设，军政军民团结巩固。\n"
                        "我们有以下几点体会：\n第一，坚持解放思想。改革开放必须从实际出发。\n第二，妥善处理改革发展稳定的关系。改革是动力。\n")
    section = doc.children[0].children[0]
    assert [(n.kind, n.marker) for n in section.children] == [("lead", None), ("item", "第一，"), ("item", "第二，")]


def test_short_sentences_reporting_figures_are_not_parallel_leads():
    doc = outline.parse("报告\n一、工作回顾\n（一）项目投资\n坚持项目为王，全年谋划重大项目五百余个，总投资超万亿元。技改投资增长21%。"
                        "发行专项债券53.7亿元，清理处置闲置低效用地。改造菜市场28个。支持企业发展壮大，培育一批专精特新企业。\n")
    assert shape(doc) == ["一、 工作回顾", "  （一） 项目投资"]


def test_a_glossary_after_the_last_section_is_the_report_s_not_that_section_s():
    doc = outline.parse("政府工作报告\n一、工作回顾\n（一）经济\n全年增长百分之五。\n（二）民生\n办好十件实事。\n名词解释\n"
                        "1.“两重”：国家重大战略实施和重点领域安全能力建设。\n2.“两新”：大规模设备更新和消费品以旧换新。\n")
    assert shape(doc) == ["一、 工作回顾", "  （一） 经济", "  （二） 民生", "~ 名词解释", "  1. “两重”",
                          "  2. “两新”"]  # a glossary entry is titled by its term


def test_a_rhetorical_short_opener_is_not_a_run_in_lead():
    doc = outline.parse("政府工作报告\n一、工作回顾\n（一）经济\n全年增长百分之五。\n成绩来之不易。这是市委坚强领导的结果，是全市人民团结奋斗的结果。\n"
                        "（二）民生\n办好十件实事。\n")
    assert shape(doc) == ["一、 工作回顾", "  （一） 经济", "  （二） 民生"]


def test_a_title_over_two_lines_an_issuer_line_above_it_and_a_date_line_below():
    doc = outline.parse("关于某某镇2024年工作总结\n及2025年工作计划的报告\n一、工作回顾\n内容。\n")
    assert doc.title == "关于某某镇2024年工作总结及2025年工作计划的报告" and doc.text == ""
    assert (doc.meta["review_year"], doc.meta["plan_year"], doc.meta["place"]) == (2024, 2025, "某某镇")
    doc = outline.parse("某某镇人民政府\n2024年工作总结\n（2025年1月5日）\n一、工作回顾\n内容。\n")
    assert doc.title == "2024年工作总结"
    assert (doc.meta["issuer"], doc.meta["place"], doc.meta["date"]) == ("某某镇人民政府", "某某镇", "2025年1月5日")


def test_a_title_broken_before_its_kind_word_is_one_title():
    # 红星村2025年 / 工作计划: a centred title set over two lines
    for first, second in (("红星村2025年", "工作计划"), ("某某镇2024年度", "工作总结"), ("关于某某镇2024年上半年", "工作总结的报告"),
                          ("某某镇", "2024年工作总结和2025年工作计划")):
        doc = outline.parse(f"{first}\n{second}\n为推进乡村振兴，特制定本计划。\n一、工作目标\n内容。\n")
        assert doc.title == first + second, first
    # (a first line holds 30 characters at most)
    for first, joined in (("某" * 24 + "镇2024年", True), ("某" * 25 + "镇2024年", False)):
        doc = outline.parse(f"{first}\n工作总结\n一、工作回顾\n内容。\n")
        assert (doc.title == first + "工作总结") is joined, len(first)
    # (an issuer above the title is no part of it; nor is a sentence)
    assert outline.parse("某某镇人民政府\n2024年工作总结\n一、工作回顾\n内容。\n").title == "2024年工作总结"
    assert outline.parse("为推进乡村振兴，结合本村\n工作总结\n一、工作回顾\n内容。\n").title == "工作总结"


def test_a_web_breadcrumb_above_the_title_is_not_the_title():
    doc = outline.parse("工作报告\n博野县2025年政府工作报告\n时间：2025-02-22\n一、工作回顾\n内容。\n")
    assert doc.title == "博野县2025年政府工作报告" and doc.meta["place"] == "博野县"


def test_an_inline_item_spaced_out_by_pdf_extraction_is_found():
    doc = outline.parse("报告\n一、民生\n一是推动就业。内容。二是促进教育。内容。三 是深化健康建设。内容。四 是织密社会保障网络。内容。\n")
    assert [n.marker for n in doc.children[0].children] == ["一是", "二是", "三是", "四是"]
    assert not doc.warnings


def test_a_restarted_list_nests_only_if_the_outer_list_resumes_after_it():
    nested = outline.parse("报告\n（一）甲\n内容。\n（二）乙\n内容。\n（三）丙\n技术改造的内容主要是：\n（一）节约能源\n内容。\n"
                           "（二）改革产品结构\n内容。\n（四）丁\n内容。\n")
    assert shape(nested) == ["（一） 甲", "（二） 乙", "（三） 丙", "  （一） 节约能源", "  （二） 改革产品结构", "（四） 丁"]
    # the plan's list after the review's, whose parent heading the source lost: not under （二）
    flat = outline.parse("报告\n（一）甲\n内容。\n（二）乙\n内容。\n重点做好三个方面工作：\n（一）抓生态\n内容。\n（二）扩需求\n内容。\n"
                         "（三）惠民生\n内容。\n")
    assert [n.depth for n in flat.nodes()] == [1, 1, 1, 1, 1]


@pytest.mark.parametrize("lead", ["经济实力明显增强", "对外开放迈出新步伐", "共同富裕扎实推进"])
def test_a_run_in_lead_opening_with_a_word_that_starts_like_a_connective(lead):
    text = ("某区2012年政府工作报告\n一、过去一年工作回顾\n2012年，区政府团结带领全区人民，圆满完成了各项任务。\n"
            f"{lead}。全年地区生产总值完成235亿元，同比增长18%，财政收入完成20亿元。\n"
            "社会建设得到全面加强。人民生活水平不断提高，居民收入增长14%，社会保障更加有力。\n")
    leads = [n.title for n in outline.parse(text).nodes() if n.kind == "lead"]
    assert leads == [lead, "社会建设得到全面加强"]
    # the connectives themselves still open ordinary sentences
    assert not [n for n in outline.parse(text.replace(f"{lead}。", "经研究决定。")).nodes()
                if n.title == "经研究决定"]


B = "我镇围绕中心工作，扎实推进各项任务，取得了明显成效。"


def test_an_item_owns_only_its_own_paragraph():
    text = ("某县2023年工作总结\n一、重点工作\n" + B + "——加强组织建设。" + B + "——加强作风建设。" + B
            + "\n同时，我们还做了以下工作：一是抓好安全。" + B + "二是抓好信访。" + B + "\n")
    assert shape(outline.parse(text)) == ["一、 重点工作", "  —— 加强组织建设", "  —— 加强作风建设",
                                          "  一是 抓好安全", "  二是 抓好信访"]


def test_a_run_goes_on_across_paragraphs_and_keeps_its_own_children():
    text = ("某县2023年工作总结\n一、重点工作\n一是抓好安全。第一，排查隐患。" + B + "第二，整改落实。" + B
            + "\n二是抓好信访。" + B + "\n")
    assert shape(outline.parse(text)) == ["一、 重点工作", "  一是 抓好安全", "    第一， 排查隐患",
                                          "    第二， 整改落实", "  二是 抓好信访"]


def test_shouxian_opens_a_di_er_run_and_counters_are_kept_per_run():
    text = ("某县2023年工作总结\n一、重点工作\n（一）经济发展\n首先，抓好工业。" + B + "第二，抓好农业。" + B
            + "第三，抓好服务业。" + B + "\n（二）社会事业\n第一，抓好教育。" + B + "第二，抓好医疗。" + B + "\n")
    assert shape(outline.parse(text)) == ["一、 重点工作", "  （一） 经济发展", "    首先， 抓好工业",
                                          "    第二， 抓好农业", "    第三， 抓好服务业", "  （二） 社会事业",
                                          "    第一， 抓好教育", "    第二， 抓好医疗"]


def test_shouxian_without_a_di_er_after_it_is_an_ordinary_sentence():
    text = "某县2023年工作总结\n一、重点工作\n首先，要提高认识。" + B + "\n其次，要加强领导。" + B + "\n"
    assert shape(outline.parse(text)) == ["一、 重点工作"]


@pytest.mark.parametrize("line", ["附件2：2025年为民办实事项目", "附件1", "名词解释"])
def test_back_matter_is_a_part_of_the_report_and_holds_its_list(line):
    text = ("某县2023年工作总结\n一、经济发展\n" + B + "\n二、社会事业\n（一）教育\n" + B + "\n（二）医疗\n" + B
            + f"\n{line}\n1.新建学校一所。\n2.新建医院一所。\n")
    assert shape(outline.parse(text)) == ["一、 经济发展", "二、 社会事业", "  （一） 教育", "  （二） 医疗",
                                          f"~ {line}", "  1. 新建学校一所", "  2. 新建医院一所"]


def test_a_heading_ended_by_a_colon_is_titled_by_what_stands_before_it():
    text = ("某村2023年工作总结\n一、产业发展：全村种植优质水稻三千亩，建成冷库两座。\n"
            "二、社会事业：新建学校一所。\n名词解释\n1.新质生产力：是指创新起主导作用的先进生产力。\n")
    assert shape(outline.parse(text)) == ["一、 产业发展", "二、 社会事业：新建学校一所", "~ 名词解释", "  1. 新质生产力"]


def test_nothing_after_the_salutation_is_the_document_title():
    text = ("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n第一部分 2023年工作回顾\n一、经济发展\n" + B
            + "\n第二部分 2024年工作安排\n一、主要目标\n" + B + "\n")
    doc = outline.parse(text)
    assert doc.title is None
    assert shape(doc) == ["第一部分 2023年工作回顾", "  一、 经济发展", "第二部分 2024年工作安排", "  一、 主要目标"]


def _leads(text: str) -> list[str]:
    return [n.title for n in outline.parse(text).nodes() if n.kind == "lead"]


def test_run_in_lead_length_bounds():
    body = "全年完成投资十亿元，新建项目十个，带动就业一千人。"
    head = "某区2023年工作总结\n一、经济发展\n2023年，我区团结奋进，圆满完成了各项任务。\n"
    assert _leads(head + "做强三产。" + body + "\n") == ["做强三产"]  # 4 characters: the shortest
    assert _leads(head + "做三产。" + body + "\n") == []  # 3 are too few
    eighteen = "全力推进产业转型升级和城乡融合发展取"
    assert len(eighteen) == 18 and _leads(head + eighteen + "。" + body + "\n") == [eighteen]
    assert _leads(head + eighteen + "得。" + body + "\n") == []  # 19: a sentence, not a head
    assert _leads(head + "做强三产。全年投资十亿元。\n") == []  # the block it heads is missing


def test_a_standalone_back_matter_line_is_a_lead_kind_node():
    doc = outline.parse("某县2023年工作总结\n一、经济发展\n" + B + "\n附件1\n1.新建学校一所。\n2.新建医院一所。\n")
    assert [(n.kind, n.title) for n in doc.children] == [("heading", "经济发展"), ("lead", "附件1")]


def test_a_list_of_an_outer_family_after_the_inner_list_the_report_opened_with_stands_beside_it():
    # (the review's （一）…（三） and the plan's 一、…, their unnumbered heads lost: no （四） follows
    # the 一、 list, so it is not inside （三）)
    body = "全镇上下扎实推进各项工作。\n"
    doc = outline.parse("某镇工作总结和工作计划\n（一）抓项目\n" + body + "（二）抓民生\n" + body + "（三）抓安全\n" + body
                        + "一、深化改革\n" + body + "二、扩大开放\n" + body)
    assert shape(doc) == ["（一） 抓项目", "（二） 抓民生", "（三） 抓安全", "一、 深化改革", "二、 扩大开放"]


def test_a_list_of_an_outer_family_inside_an_inner_one_that_goes_on_after_it_stays_inside():
    # (the 1981 report: 一、…十、 inside its （二）, then （三）)
    body = "全国上下扎实推进各项工作。\n"
    doc = outline.parse("政府工作报告\n（一）当前的经济形势\n" + body + "（二）今后的方针\n" + body + "一、发展农业\n" + body
                        + "二、发展工业\n" + body + "（三）经济发展的前景\n" + body)
    assert shape(doc) == ["（一） 当前的经济形势", "（二） 今后的方针", "  一、 发展农业", "  二、 发展工业",
                          "（三） 经济发展的前景"]
    # … and a list that opens at its first number stays inside whatever follows (一、 under （一）)
    doc = outline.parse("政府工作报告\n（一）当前的经济形势\n" + body + "一、发展农业\n" + body + "二、发展工业\n" + body)
    assert shape(doc) == ["（一） 当前的经济形势", "  一、 发展农业", "  二、 发展工业"]


def test_a_run_inside_an_item_that_stands_as_a_heading_is_its_own_and_the_outer_run_goes_on_after_it():
    # (a provincial report's sections are 一是 … 七是 lines; inside its 七是 the 10 件实事 are a run
    # of their own, 一是 … 十是; then 八是 goes on with the sections)
    body = "全省上下扎实推进各项工作，取得明显成效。\n"
    doc = outline.parse("某省政府工作报告\n一是聚力稳增长，经济运行持续向好\n" + body + "二是聚焦扩内需，着力提消费促投资\n" + body
                        + "三是坚持民生至上，增进群众福祉\n" + body
                        + "今年，将继续办好10件实事。一是继续实施强县工程。二是继续支持就业。三是改造养老中心。四是资助入学。五是复明工程。\n"
                        + "四是深化主动创安创稳，保障高质量发展\n" + body)
    assert shape(doc) == ["一是 聚力稳增长，经济运行持续向好", "二是 聚焦扩内需，着力提消费促投资", "三是 坚持民生至上，增进群众福祉",
                          "  一是 继续实施强县工程", "  二是 继续支持就业", "  三是 改造养老中心", "  四是 资助入学",
                          "  五是 复明工程", "四是 深化主动创安创稳，保障高质量发展"]
    # (the inner run went past 四: only the outer one, of items alone on their lines, lets 四是 in)
    # (… and when the inner run ended at 三 too: 四是 on its own line goes on with the 三是 on its own)
    doc = outline.parse("某省政府工作报告\n一是聚力稳增长，经济运行持续向好\n" + body + "二是聚焦扩内需，着力提消费促投资\n" + body
                        + "三是坚持民生至上，增进群众福祉\n" + body
                        + "今年，将继续办好3件实事。一是继续实施强县工程。二是继续支持就业。三是改造养老中心。\n"
                        + "四是深化主动创安创稳，保障高质量发展\n" + body)
    assert shape(doc)[-2:] == ["  三是 改造养老中心", "四是 深化主动创安创稳，保障高质量发展"]


@pytest.mark.parametrize("front, speaker", [
    ("——2025年1月18日在云南省第十四届人民代表大会第三次会议上\n省长 王予波", ("省长", "王予波")),
    ("市人民政府市长　张　三\n——2024年1月10日在某市第十八届人民代表大会第三次会议上", ("市人民政府市长", "张三")),
    ("（2024年1月10日）\n代县长  李四", ("代县长", "李四")),
    ("——2024年1月10日在某县第十八届人民代表大会第三次会议上", None),
    ("——2024年1月10日在某县第十八届人民代表大会第三次会议上\n县长是全县人民的公仆", None),
])
def test_the_speaker_under_the_title_is_metadata_and_stays_in_the_text(front, speaker):
    doc = outline.parse(f"某县政府工作报告\n{front}\n各位代表：\n一、工作回顾\n内容。\n")
    got = (doc.meta["speaker_title"], doc.meta["speaker"]) if "speaker" in doc.meta else None
    assert got == speaker
    assert front.split("\n")[-1].replace("　", "").replace(" ", "")[:3] in doc.text.replace("　", "").replace(" ", "")


def test_a_taiwan_style_plan_is_titled_and_dated_by_its_planned_year():
    # (Taiwan writes 計畫, which folds to 计画 character by character, not to 计划)
    doc = outline.parse("臺北市政府113年度施政計畫\n壹、前言\n本府推動各項施政。\n貳、施政重點\n一、市政建設\n")
    assert doc.title == "臺北市政府113年度施政計畫"
    assert [n.marker for n in doc.children] == ["壹、", "貳、"]


@pytest.mark.parametrize("under, titled", [
    ("来源：某县融媒体中心 | 2024-03-12", True),
    ("发布时间：2024-03-12 10:00", True),
    ("", False),  # (a first line with nothing of a page under it is the text's own)
])
def test_a_news_excerpts_headline_above_its_page_fields_is_its_title(under, titled):
    head = "某镇：“三个聚焦”推动乡村振兴见实效"
    doc = outline.parse("\n".join(x for x in [head, under, "今年以来，某镇多措并举推动各项工作落地见效。",
                                                "一、主要做法", "内容。"] if x) + "\n")
    assert doc.title == (head if titled else None)


def test_a_headline_is_at_most_40_characters():
    def title(head):
        # (blank lines between, as a page's blocks come; a heading next, which no line runs on into)
        return outline.parse(f"{head}\n\n发布时间：2024-03-12 10:00\n\n一、主要做法\n\n今年以来，某镇多措并举推动各项工作落地见效。\n").title

    assert title("甲" * 40) == "甲" * 40 and title("甲" * 41) is None


def test_a_speaker_line_is_at_most_30_characters():
    def speaker(gap):
        return outline.parse(f"某县政府工作报告\n代县长{' ' * gap}李四\n各位代表：\n一、工作回顾\n内容。\n").meta.get("speaker")

    assert speaker(25) == "李四" and speaker(26) is None


def test_an_official_documents_red_header_and_its_footer_lines_leave_title_and_signature_alone():
    # (a 红头 document: its header, 文号 and 签发人 above the issuer and title; its contact and
    # 抄送 lines under the signature; the line that opens the text ends with a colon: no title)
    doc = outline.parse("XX镇人民政府文件\nX政发〔2024〕1号\n签发人：张三\nXX镇人民政府\n关于2023年工作总结的报告\n县人民政府：\n"
                        "现将我镇2023年工作情况报告如下：\n一、主要工作\n（一）抓经济发展。全年完成投资1亿元。\n二、下步打算\n"
                        "特此报告。\nXX镇人民政府\n2024年1月5日\n（联系人：李四，电话：12345678）\n抄送：县委办、县政府办。\n")
    assert doc.title == "关于2023年工作总结的报告"
    assert (doc.meta.get("issuer"), doc.meta.get("date")) == ("XX镇人民政府", "2024年1月5日")
    assert doc.children[-1].text == "特此报告。"
    assert [r["rule"] for r in doc.meta["cleaning"]["moved_to_meta"]] == [
        "footer: issuer", "footer: date", "footer: contact", "footer: copied to"]

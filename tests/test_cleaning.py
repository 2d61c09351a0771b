"""Web noise, gaps, footers and cut-off ends: removed or marked, and always reported."""
import pytest

import outline
from outline.cleaning import STEP_NAMES, load_rules


def test_web_noise_is_dropped_and_listed():
    doc = outline.parse("购物车\n我的足迹\n某镇2024年工作总结\n加入Vip免费下载 立即下载\n更新时间:2023-11 来源:网友投稿\n"
                        "一、工作回顾\n##paidbegin##今年关键词2全镇经济平稳。\n")
    removed = [(r["rule"], r["line"]) for r in doc.meta["cleaning"]["removed"]]
    assert ("web: shop navigation", 1) in removed and ("web: update time and source", 5) in removed
    assert ("web: keyword stuffing", 7) in removed and ("web: paywall markers", 7) in removed
    assert doc.title == "某镇2024年工作总结"
    assert doc.children[0].text == "今年全镇经济平稳。"


def test_paywall_cut_is_a_gap_node_that_explains_the_skip():
    doc = outline.parse("某镇工作总结\n一、甲\n内容。\n---此处隐藏4290字,下载后查看---\n三、丙\n内容。\n")
    gaps = [n for n in doc.nodes() if n.kind == "gap"]
    assert len(gaps) == 1 and gaps[0].hidden == 4290
    codes = [w.code for w in doc.warnings]
    assert "gap" in codes and "numbering-skipped" not in codes


def test_signature_goes_to_meta_not_into_the_last_section():
    doc = outline.parse("花橋鎮2024年工作總結\n一、工作\n內容。\n衡南縣花橋鎮人民政府\n2024年12月20日\n附件下載:\n")
    assert doc.children[0].text == "內容。"
    assert doc.meta["issuer"] == "衡南縣花橋鎮人民政府"
    assert [r["rule"] for r in doc.meta["cleaning"]["moved_to_meta"]] == [
        "footer: issuer", "footer: date", "footer: attachments"]


def test_cut_off_end_is_reported():
    doc = outline.parse("某镇工作总结\n一、工作\n今年以来我们坚持稳中求进工作总基调，全面推进各项工作，取得了新的进展和成效，今年共\n")
    assert "truncated" in [w.code for w in doc.warnings]


def test_every_shipped_inline_rule_still_removes_its_noise_in_either_script():
    doc = outline.parse("某镇工作总结\n一、工作\n今年關鍵詞3全镇经济&nbsp;平稳 - 2 - 发\u200b展。????????详见官网：www.example.cn\n")
    rules = {r["rule"] for r in doc.meta["cleaning"]["removed"]}
    assert {"web: keyword stuffing", "web: lost layout characters", "web: HTML entity",
            "pdf: page number inside a line", "web: vendor link", "invisible characters"} <= rules
    assert "发展。" in doc.children[0].text
    assert "example" not in doc.children[0].text and "關鍵詞" not in doc.children[0].text


def test_user_inline_rules_that_look_past_a_line_end_still_apply_on_every_line(tmp_path):
    # inline rules are found by one scan of the whole text; a pattern whose meaning a
    # neighbouring newline would change (\A, negative lookbehind) must still see each line alone
    rules = tmp_path / "mine.toml"
    rules.write_text("[[inline]]\nname = \"ad at line start\"\npattern = '(?<!\\s)广告\\d'\nneeds = '广'\n\n"
                     "[[inline]]\nname = \"stamp\"\npattern = '\\A【印】'\n", encoding="utf-8")
    doc = outline.parse("某镇工作总结\n一、工作\n广告1全镇经济平稳。\n【印】二、发展\n继续。\n",
                        rules=load_rules(rules))
    removed = [(r["rule"], r["line"]) for r in doc.meta["cleaning"]["removed"]]
    assert ("ad at line start", 3) in removed and ("stamp", 4) in removed
    assert [n.title for n in doc.children] == ["工作", "发展"]


def test_a_licence_notice_over_several_lines_is_dropped_as_one_block():
    doc = outline.parse("政府工作报告\n一、工作\n今年经济平稳。\n本作品是中华人民共和国的\n法律法规，\n依据著作权法属于\n公有领域\n。\n二、计划\n继续。\n")
    blocks = [r for r in doc.meta["cleaning"]["removed"] if r["rule"] == "wikisource: licence notice"]
    assert len(blocks) == 1 and blocks[0]["line"] == 4 and blocks[0]["text"].endswith("公有领域。")
    assert doc.children[0].text == "今年经济平稳。" and [n.title for n in doc.children] == ["工作", "计划"]


def _blank_separated_page(*paragraphs: str) -> str:
    """A web page's text: paragraphs apart by blank lines, links on lines of their own."""
    filler = [f"第{i}段内容照常书写，这里是一个普通的完整段落。" for i in range(10)]
    return "\n\n".join(["政府工作报告", *paragraphs, *filler]) + "\n"


def test_links_on_their_own_lines_do_not_break_a_paragraph_into_lead_headings():
    text = _blank_separated_page(
        "一、过去一年工作回顾",
        "过去一年，我们迎难而上，推动经济社会持续健康发展。\n党的十八届六中全会\n正式明确\n习近平\n"
        "总书记的核心地位，具有十分重大而深远的意义。",
        "——\n改革开放\n深入推进。重要领域和关键环节改革取得突破性进展，一批重大工程开工。",
        "——基础设施支撑能力持续提升。\n高速铁路\n投产里程超过1900公里。\n城市轨道交通\n、地下综合管廊建设加快。")
    doc = outline.parse(text)
    section = doc.children[0]
    assert section.title == "过去一年工作回顾"
    assert [(n.kind, n.marker, n.title) for n in section.children] == [
        ("item", "——", "改革开放深入推进"), ("item", "——", "基础设施支撑能力持续提升")]
    assert "党的十八届六中全会正式明确习近平总书记的核心地位" in section.text
    assert "高速铁路投产里程超过1900公里。城市轨道交通、地下综合管廊建设加快。" in section.children[1].text


def test_a_link_line_inside_a_sentence_joins_it_in_line_separated_text_too():
    doc = outline.parse("某镇工作总结\n一、工作\n还在成立的第一天，主席就宣告\n\n我国同伟大的和平堡垒友邦已经缔结了\n友好同盟互助条约\n"
                        "。友邦根据友好互助的精神，移交了铁路。\n")
    assert doc.children[0].children == ()  # no lead heading made of the broken sentence
    assert "我国同伟大的和平堡垒友邦已经缔结了友好同盟互助条约。友邦" in doc.children[0].text


def test_a_page_field_sharing_the_title_line_goes_but_the_title_stays():
    doc = outline.parse("来源：百度马 克 数据网        政府工作报告\n——2013年3月8日在某县第十六届人民代表大会第二次会议上\n"
                        "一、工作回顾\n内容。\n")
    assert doc.title == "政府工作报告" and doc.meta["date"].startswith("2013")
    assert doc.meta["cleaning"]["removed"][0]["rule"] == "web: page fields before the text"
    assert outline.parse("来源：政府网\n某镇工作总结\n一、甲\n内容。\n").meta["cleaning"]["removed"][0]["rule"] == \
        "web: update time and source"  # a field alone on its line is still dropped whole


def test_a_web_page_trailer_after_the_report_is_dropped_and_listed():
    doc = outline.parse("某县政府工作报告\n一、工作回顾\n全县经济平稳。\n二、今年安排\n继续努力，再创佳绩。\n"
                        "免责声明：本文仅代表作者观点，不代表本站立场。\n标签：\n2025年\n政府工作报告\n分享到：\nQQ空间\n新浪微博\n"
                        "相关文章\n2022年某县政府工作报告\n2023年某县政府工作报告\n阅读排行\n某市2024年政府工作报告\n")
    assert [n.title for n in doc.children] == ["工作回顾", "今年安排"] and doc.children[1].children == ()
    assert doc.children[1].text == "继续努力，再创佳绩。"
    removed = [r["rule"] for r in doc.meta["cleaning"]["removed"]]
    assert removed.count("web: page trailer") == 11 and "web: disclaimer" in removed


@pytest.mark.parametrize("trailer", [
    ["【打印本页】 【关闭窗口】", "相关链接：", "某县人民政府  某县发展和改革局", "主办单位：某县人民政府办公室  技术支持：某网络科技有限公司",
     "网站标识码：1234567890  冀公网安备 13012345678号"],
    ["[打印] [关闭]", "相关文章：", "某镇2023年工作总结"],
    ["【打印】  【关闭】", "主办单位：某镇人民政府  承办单位：某镇党政办"],
])
def test_a_township_pages_trailer_goes_and_its_signature_reaches_the_metadata(trailer):
    # (buttons spaced apart on their own line, a label with its colon, a footer naming who runs the site)
    doc = outline.parse("某乡2024年上半年工作总结\n一、上半年工作\n全乡经济平稳。\n二、下半年打算\n（一）持续抓好党的建设。\n"
                        "某乡人民政府\n2024年7月5日\n" + "\n".join(trailer) + "\n")
    assert [n.title for n in doc.children] == ["上半年工作", "下半年打算"]
    assert [n.title for n in doc.children[1].children] == ["持续抓好党的建设"] and doc.children[1].children[0].children == ()
    assert (doc.meta.get("issuer"), doc.meta.get("date")) == ("某乡人民政府", "2024年7月5日")
    assert [r["text"] for r in sorted(doc.meta["cleaning"]["removed"], key=lambda r: r["line"])] == trailer


def test_a_trailers_links_are_lines_of_at_most_40_characters():
    def removed(link):
        text = "某县2024年工作总结\n一、工作\n全年经济运行稳中有进，主要指标好于预期。\n相关文章\n" + "某" * link + "\n"
        return [r["rule"] for r in outline.parse(text).meta["cleaning"]["removed"]]

    assert removed(40) == ["web: page trailer"] * 2
    assert removed(41) == []  # (a longer line is the report's own text: nothing after the label goes)


def test_short_closing_lines_of_a_report_without_a_trailer_label_stay():
    doc = outline.parse("某县政府工作报告\n一、工作回顾\n全县经济平稳。\n二、今年安排\n推进乡村振兴\n建设美丽乡村\n")
    assert "web: page trailer" not in [r["rule"] for r in doc.meta["cleaning"]["removed"]]
    assert "建设美丽乡村" in doc.cleaned_text


def test_the_wikisource_editors_note_is_not_left_in_the_last_section():
    doc = outline.parse("政府工作报告\n一、工作\n努力完成全年目标任务！\n注：中文维基文库社群认为，中华人民共和国公务演讲，\n不总是\n"
                        "具有立法、行政、司法性质的文件。\n")
    assert doc.children[0].text == "努力完成全年目标任务！"
    assert "wikisource: editors' note" in [r["rule"] for r in doc.meta["cleaning"]["removed"]]


def test_a_pdf_running_header_repeated_on_every_page_is_dropped_but_the_title_stays():
    page = "全年经济运行稳中有进，主要指标好于预期，发展质量稳步提升，群众获得感不断增强。\n" * 6
    text = ("某市2024年政府工作报告\n一、工作回顾\n" + page + "某市2024年政府工作报告 2\n" + page
            + "某市2024年政府工作报告 3\n二、今年安排\n" + page + "某市2024年政府工作报告 4\n" + page)
    doc = outline.parse(text)
    assert doc.title == "某市2024年政府工作报告"
    assert [n.title for n in doc.children] == ["工作回顾", "今年安排"] and not doc.children[0].children
    assert "政府工作报告" not in doc.children[0].text + doc.children[1].text
    assert [r["line"] for r in doc.meta["cleaning"]["removed"] if r["rule"] == "pdf: running header or footer"] == \
        [9, 16, 24]


def test_a_short_line_is_a_running_header_from_its_third_occurrence():
    def removed(pages):
        text = "某县2024年工作报告\n一、工作\n" + "".join(f"内容{i}。\n某县人民政府工作报告 {i + 2}\n" for i in range(pages)) \
            + "二、计划\n内容。\n"
        return [r["rule"] for r in outline.parse(text).meta["cleaning"]["removed"]]

    assert removed(3) == ["pdf: running header or footer"] * 3
    assert removed(2) == []  # (twice is a coincidence, not a page's header)


def test_an_en_space_before_a_heading_does_not_hide_it():
    doc = outline.parse("某镇工作总结\n一、工作\n内容。\n\u2002（一）抓项目\n内容。\n")
    assert doc.children[0].children[0].marker == "（一）"


def test_runs_of_question_marks_from_lost_layout_become_line_breaks_not_backslashes():
    doc = outline.parse("某镇工作总结\n一、工作????????（一）抓项目。内容\n")
    assert "\\" not in doc.cleaned_text
    assert [(n.marker, n.title) for n in doc.nodes()] == [("一、", "工作"), ("（一）", "抓项目")]


def test_html_tags_left_in_scraped_text_end_lines_or_vanish():
    doc = outline.parse('<p>某镇工作总结</p><p>一、<strong>工作回顾</strong></p><p style="text-indent:2em">'
                        '（一）抓项目。内容<br/>更多内容。</p><div>（二）<span>稳增长</span></div>')
    assert doc.title == "某镇工作总结" and "<" not in doc.cleaned_text
    assert [(n.marker, n.title) for n in doc.nodes()] == [("一、", "工作回顾"), ("（一）", "抓项目"), ("（二）", "稳增长")]


def test_noise_that_an_earlier_rule_uncovers_is_removed_too():
    # a tag inside an entity (&<b>nbsp;): once the tag goes, the entity rule, later in the
    # chain, must see the line as it now is, though its scan of the text found nothing there
    doc = outline.parse("某镇工作总结\n一、工作\n全镇&<b>nbsp;经济平稳。\n二、计划\n继续。\n")
    rules = [r["rule"] for r in doc.meta["cleaning"]["removed"]]
    assert rules == ["web: HTML inline tag", "web: HTML entity"]
    assert doc.children[0].text == "全镇 经济平稳。"  # (the entity stood for a space)


def test_a_report_converted_to_markdown_keeps_its_headings():
    doc = outline.parse("# 某镇2024年工作总结\n\n## 一、工作回顾\n\n**（一）抓项目。**全年完成投资十亿元。\n\n### 1. 项目建设\n\n内容。\n")
    assert doc.title == "某镇2024年工作总结"
    assert [(n.marker, n.title) for n in doc.nodes()] == [("一、", "工作回顾"), ("（一）", "抓项目"), ("1.", "项目建设")]
    assert doc.children[0].children[0].text == "全年完成投资十亿元。"


def test_a_short_report_flattened_into_one_line_is_cut_at_its_top_headings():
    doc = outline.parse("某镇2024年工作总结 一、工作回顾 （一）抓项目。全年完成投资十亿元，新建项目十个。（二）稳增长。"
                        "经济平稳增长，财政收入增加。二、明年计划 （一）抓招商。引进企业五家。（二）强服务。优化营商环境。")
    assert doc.title == "某镇2024年工作总结"
    assert [(n.depth, n.marker, n.title) for n in doc.nodes()] == [
        (1, "一、", "工作回顾"), (2, "（一）", "抓项目"), (2, "（二）", "稳增长"),
        (1, "二、", "明年计划"), (2, "（一）", "抓招商"), (2, "（二）", "强服务")]


def test_an_enumeration_inside_a_paragraph_is_not_taken_for_a_flattened_report():
    doc = outline.parse("某镇工作总结\n一、工作\n今年确定的十件民生实事，全部按期完成。（1）促进就业增收，培训两万人次。（2）办好教育，新建学校二十所。"
                        "（3）提高卫生健康水平，免费体检一次。\n")
    assert [n.marker for n in doc.nodes()] == ["一、"]


def test_numbering_is_not_checked_across_a_gap_even_after_items_that_follow_it():
    doc = outline.parse("某镇工作总结\n一、甲\n（一）子一\n内容。\n（二）子二\n内容。\n---此处隐藏900字,下载后查看---\n"
                        "一是深化改革。内容。\n二是加强建设。内容。\n（四）子四\n内容。\n")
    assert [w.code for w in doc.warnings] == ["gap"]


def test_in_a_flattened_report_a_title_with_a_comma_ends_at_the_space_after_it():
    doc = outline.parse("某镇2024年工作总结 一、工作回顾 （一）聚焦民生保障，群众获得感不断增强 全年新增就业岗位500个。"
                        "（二）聚焦乡村振兴，农村面貌持续改善 新建户厕300座。二、明年计划 （一）坚持项目为王。力争实施项目15个。")
    assert [n.title for n in doc.children[0].children] == ["聚焦民生保障，群众获得感不断增强", "聚焦乡村振兴，农村面貌持续改善"]
    assert doc.children[0].children[0].text == "全年新增就业岗位500个。"


def test_a_web_abstract_that_repeats_the_opening_is_dropped_and_listed():
    opening = "2023年，我县围绕中心工作，扎实推进各项任务，取得了明显成效。"
    text = f"某县2023年工作总结\n内容摘要：{opening[:24]}…\n{opening}\n一、经济发展\n内容。\n二、社会事业\n内容。\n"
    doc = outline.parse(text)
    assert [r["rule"] for r in doc.meta["cleaning"]["removed"]] == ["web: abstract"]
    assert doc.cleaned_text.count("我县围绕中心工作") == 1
    # an abstract that says what the report does not is the page's own text: kept
    kept = outline.parse(text.replace(f"内容摘要：{opening[:24]}…", "内容摘要：本文介绍某县的脱贫攻坚经验和做法。"))
    assert kept.meta["cleaning"]["removed"] == [] and "脱贫攻坚经验" in kept.cleaned_text


def test_an_abstract_is_looked_for_in_the_first_15_lines_and_needs_12_characters_that_recur():
    opening = "2023年，我县围绕中心工作，扎实推进各项任务，取得了明显成效。"

    def removed(lines_above, shown):
        text = ("某县2023年工作总结\n" + "".join(f"第{k}栏\n" for k in range(lines_above))
                + f"内容摘要：{opening[:shown]}…\n{opening}\n一、经济发展\n内容。\n")
        return [r["rule"] for r in outline.parse(text).meta["cleaning"]["removed"]]

    # (the title and 13 lines above it: the abstract is the 15th line that holds text)
    assert removed(13, 24) == ["web: abstract"] and removed(14, 24) == []
    assert removed(0, 12) == ["web: abstract"] and removed(0, 11) == []


def test_a_short_web_excerpt_in_one_line_with_one_top_heading_is_cut_at_every_marker():
    body = "我镇围绕中心工作，扎实推进各项任务，取得明显成效。"
    page = ("某镇2024年上半年工作总结 为全面总结工作，现将有关情况报告如下，作出新的贡献。一、上半年工作情况" + body * 3
            + "（一）强化党建引领，夯实基层基础。" + body * 4 + "（二）聚焦产业发展，推动经济增长。" + body * 4)
    assert 300 < len(page) < 1200
    doc = outline.parse(page)
    assert doc.title == "某镇2024年上半年工作总结"
    assert [(n.depth, n.marker, n.title) for n in doc.nodes()] == [
        (1, "一、", "上半年工作情况我镇围绕中心工作，扎实推进各项任务，取得明显成效"),
        (2, "（一）", "强化党建引领，夯实基层基础"), (2, "（二）", "聚焦产业发展，推动经济增长")]


def test_a_cleaning_step_can_be_turned_off_by_name(tmp_path):
    from outline.cleaning import STEP_NAMES

    from conftest import run_cli

    text = "某镇2024年工作总结\n一、工作回顾\n返回顶部\n内容。\n二、工作计划\n内容。\n"
    assert "返回顶部" not in outline.parse(text).cleaned_text
    assert "返回顶部" in outline.parse(text, disable=["noise-lines"]).cleaned_text
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    proc = run_cli("build", str(f), "--disable", "nope")
    assert proc.returncode == 2 and all(name in proc.stderr.decode() for name in STEP_NAMES)
    help_text = " ".join(run_cli("build", "--help").stdout.decode().split())
    assert all(name in help_text for name in STEP_NAMES)  # the help names every step there is


@pytest.mark.parametrize("step", STEP_NAMES)
def test_any_one_step_turned_off_still_outlines_a_text_with_blank_and_spaced_lines(step):
    # (the steps after noise-lines take its stripped lines for granted: a line of spaces once
    # failed the joiner with an internal error when it was off)
    text = "某镇2024年工作总结\n一、工作回顾\n   \n今年全镇经济平稳。\n　继续推进。\n二、工作计划\n内容。\n"
    doc = outline.parse(text, disable=[step])
    assert [(n.marker, n.title) for n in doc.nodes()] == [("一、", "工作回顾"), ("二、", "工作计划")]


def test_metadata_reads_footer_rules_by_their_declared_role(tmp_path):
    rules = tmp_path / "mine.toml"
    rules.write_text('[[footer]]\nname = "落款"\nrole = "issuer"\npattern = \'^某某工作组$\'\n', encoding="utf-8")
    text = "某镇2024年工作总结\n一、工作回顾\n内容。\n二、工作计划\n内容很多。\n某某工作组\n"
    assert "issuer" not in outline.parse(text).meta
    doc = outline.parse(text, rules=load_rules(rules))
    assert doc.meta["issuer"] == "某某工作组"


def test_a_rule_whose_needed_word_sits_inside_a_longer_needed_word_still_runs(tmp_path):
    # the needs of every inline rule are found in one pass, longest first: 来源网址 must not
    # hide the 来源 that another rule needs, nor a word overlapping another's end
    rules = tmp_path / "r.toml"
    rules.write_text('[[inline]]\nname = "test: long"\npattern = "来源网址X"\nneeds = ["来源网址"]\n'
                     '[[inline]]\nname = "test: short"\npattern = "来源[:：]ZZ"\nneeds = ["来源"]\n'
                     '[[inline]]\nname = "test: overlap"\npattern = "址甲乙"\nneeds = ["址甲乙"]\n',
                     encoding="utf-8")
    text = "某镇工作总结\n一、工作回顾\n见来源网址甲乙。\n另有来源：ZZ。\n"
    doc = outline.parse(text, rules=load_rules(rules))
    removed = {r["rule"]: r["text"] for r in doc.meta["cleaning"]["removed"]}
    assert removed.get("test: short") == "来源：ZZ"
    assert removed.get("test: overlap") == "址甲乙"
    assert "test: long" not in removed


def test_every_rule_family_file_that_ships_is_loaded_and_none_is_missing():
    from pathlib import Path

    from outline.cleaning import default_rules
    from outline.cleaning.rules import FAMILIES

    folder = Path(outline.__file__).parent / "rules"
    assert sorted(p.stem for p in folder.glob("*.toml")) == sorted(FAMILIES)
    names = {r.name for r in default_rules().inline} | {n for n, _ in default_rules().line} \
        | {n for n, _, _, _ in default_rules().block} | {n for n, _ in default_rules().footer}
    for family, example in [("web", "web: breadcrumb"), ("pdf", "pdf: page number"), ("markup", "web: HTML entity"),
                            ("wikisource", "wikisource: licence notice"), ("footer", "issuer")]:
        assert example in names, family


def test_the_layout_is_detected_once_and_names_its_joiner():
    from outline.cleaning.join import JOINERS
    from outline.cleaning.layout import Kind, detect_layout
    from outline.cleaning.lines import split_lines

    sentence = "全镇上下团结一心扎实推进各项工作经济社会发展取得明显成效群众获得感不断增强各项事业全面进步"
    wrapped = "\n".join(sentence[i % 7:][:30] for i in range(40))
    assert detect_layout(split_lines(wrapped)).kind is Kind.WRAPPED
    assert detect_layout(split_lines(wrapped)).wrap == 60  # display columns: 30 characters
    web = "\n\n".join(f"第{i}段。" + sentence for i in range(12))
    assert detect_layout(split_lines(web)).kind is Kind.BLANK_SEPARATED
    assert detect_layout(split_lines(web), paragraph_lines=True).kind is Kind.PARAGRAPHS
    plain = "\n".join(f"第{i}段。" + sentence for i in range(12))
    assert detect_layout(split_lines(plain)).kind is Kind.PLAIN
    assert set(JOINERS) == set(Kind)


def test_a_text_is_wrapped_when_a_third_of_its_lines_share_the_width_and_not_when_a_quarter_do():
    from outline.cleaning.layout import Kind, detect_layout
    from outline.cleaning.lines import split_lines

    sentence = "全镇上下团结一心扎实推进各项工作经济社会发展取得明显成效群众获得感不断增强各项事业全面进步" * 2
    full = [sentence[i:i + 18] for i in range(8)]  # lines broken at 36 columns
    # the other lines 4 columns apart (no four neighbouring widths hold two): 16–32 and 40–96 columns
    others = [sentence[:n] for n in (8, 10, 12, 14, 16, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46, 48)]

    def text(n_full: int) -> str:
        return "\n".join(full[:n_full] + others[:16])

    third = detect_layout(split_lines(text(8)))  # 8 of 24 lines at the width: 33%
    assert (third.kind, third.wrap) == (Kind.WRAPPED, 36)
    assert detect_layout(split_lines(text(7))).kind is Kind.WRAPPED  # 7 of 23: 30.4%, just past three tenths
    assert detect_layout(split_lines(text(6))).kind is not Kind.WRAPPED  # 6 of 22: 27%


def test_a_report_pulled_from_json_with_literal_line_breaks_is_cut_at_them_but_a_few_stay_text():
    from outline.cleaning.lines import split_lines

    pulled = "一、工作回顾\\n今年全镇经济平稳增长。\\r\\n二、明年计划\\n继续推进项目建设。\\n三、保障措施"
    assert [ln.text for ln in split_lines(pulled)] == ["一、工作回顾", "今年全镇经济平稳增长。", "二、明年计划",
                                                        "继续推进项目建设。", "三、保障措施"]
    few = "文件在C:\\n1、C:\\n2和C:\\n3中。"  # three literal \n (paths), not line breaks
    assert few.count("\\n") == 3 and [ln.text for ln in split_lines(few)] == [few]
    assert [ln.text for ln in split_lines("甲\r\n乙\r丙\u2028丁")] == ["甲", "乙", "丙", "丁"]


def test_a_heading_broken_over_two_lines_is_joined_when_its_rest_is_20_characters_and_the_whole_50():
    def title(head, rest):
        text = "某镇工作总结\n一、工作\n内容。\n" + head + "\n" + rest + "\n全镇上下团结一心，扎实推进各项工作。\n"
        return outline.parse(text).children[-1].title

    assert title("二、全面加强乡村", "乙" * 20) == "全面加强乡村" + "乙" * 20
    assert title("二、全面加强乡村", "乙" * 21) == "全面加强乡村"  # (a longer line is the text, not the rest)
    assert title("二、" + "甲" * 33, "乙" * 15) == "甲" * 33 + "乙" * 15  # (50 characters in all)
    assert title("二、" + "甲" * 33, "乙" * 16) == "甲" * 33


def test_a_dash_subtitle_broken_over_two_lines_is_joined_when_the_whole_is_40_characters():
    def first(head, rest):
        text = "某市2024年政府工作报告\n" + head + "\n" + rest + "\n各位代表：\n一、工作回顾\n内容。\n"
        return next(outline.parse(text).nodes()).title

    assert first("——" + "甲" * 23, "乙" * 15) == "甲" * 23 + "乙" * 15
    assert first("——" + "甲" * 23, "乙" * 16) == "甲" * 23  # (a line of its own: 市人民政府市长 某某)
    # (as pdftotext spaces a date: its spaces are not counted)
    spaced = "某区2024年政府工作报告\n——2025 年 1 月 19 日在宁夏回族自治区第十三届人民代表\n大会第三次会议上\n各位代表：\n一、工作回顾\n内容。\n"
    assert outline.parse(spaced).meta["subtitle"] == "2025年1月19日在宁夏回族自治区第十三届人民代表大会第三次会议上"


def test_in_wrapped_text_a_line_of_at_most_six_tenths_of_the_width_without_punctuation_stands_alone():
    base = "全镇上下团结一心扎实推进各项工作取得成效"  # (20 characters: 40 columns, the wrap width)
    rows = [base[:k] + "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"[k] + base[k + 1:] for k in range(20)]

    def alone(short):
        text = ("某镇2024年工作总结\n一、工作\n" + "".join(r + "\n" for r in rows[:12]) + "乙" * short + "\n"
                + "".join(r + "\n" for r in rows[12:]) + "继续推进。\n")
        return "乙" * short in outline.parse(text).cleaned_text.split("\n")

    assert alone(12)  # (24 columns: 0.6 of 40, a short line of its own, a sub-head)
    assert not alone(13)  # (26 columns: a wrap's rest, joined to its paragraph)


def test_text_is_taken_for_pdf_wrapped_only_where_its_lines_are_at_most_120_characters():
    base = "全镇上下团结一心扎实推进各项工作取得成效" * 7

    def subhead_alone(width):
        rows = [(base[:k] + "甲" + base[k + 1:])[:width] for k in range(30)]
        text = ("某镇2024年工作总结\n一、工作\n" + "".join(r + "\n" for r in rows[:15]) + "乙乙乙乙乙乙\n"
                + "".join(r + "\n" for r in rows[15:]) + "继续推进。\n")
        return "乙乙乙乙乙乙" in outline.parse(text).cleaned_text.split("\n")

    # (wrapped at 120 characters: a short line without punctuation is a line of its own, a sub-head)
    assert subhead_alone(120)
    # (no PDF wraps at 121: one paragraph a line, and a long unfinished line runs into the next)
    assert not subhead_alone(121)


def test_a_government_sites_footer_after_the_report_is_dropped_and_listed():
    report = "某市政府工作报告\n一、工作回顾\n全市经济平稳。\n二、今年安排\n继续努力，再创佳绩。\n"
    footer = ("信息来源：市政府研究室\n责任编辑：李媛媛\n打印关闭分享到：\n网站地图 | 页面纠错 | 版权声明 | 关于我们 | 联系我们\n"
              "主办单位：某市人民政府办公室咨询热线：0737-12345网站管理：0737-4382206（仅受理网站建设维护相关事宜）\n"
              "备案号：湘ICP备05002141号（备案管理系统）\n网站标识码：4309000006\n湘公网安备：43090302000044号\n党政机关\n")
    doc = outline.parse(report + footer)
    assert doc.children[1].text == "继续努力，再创佳绩。" and doc.children[1].children == ()
    assert [r["rule"] for r in doc.meta["cleaning"]["removed"]].count("web: site footer") == 9
    # (a report's own closing lines that name who runs each task are no site's footer)
    tasks = "某省政府工作报告\n一、十件实事\n十、实施交通惠民工程\n年度目标：新改建农村公路1万公里以上。\n主办单位：省交通运输厅\n"
    assert outline.parse(tasks).cleaned_text.endswith("主办单位：省交通运输厅")
    # (a page flattened into one line is a report with the footer glued on, not a footer line:
    # the report stays, and the footer goes once the line is cut)
    body = "全市经济平稳运行，各项事业全面进步，人民生活持续改善，社会大局和谐稳定。" * 40
    flat = f"某市政府工作报告 一、工作回顾 {body} 二、今年安排 {body} " + footer.replace("\n", " ")
    doc = outline.parse(flat)
    assert [n.title for n in doc.children] == ["工作回顾", "今年安排"]
    assert doc.children[1].text.endswith("社会大局和谐稳定。") and "ICP" not in doc.cleaned_text
    assert "web: site footer" in [r["rule"] for r in doc.meta["cleaning"]["removed"]]
    # (a footer line may hold three full stops, not four)
    notice = "版权所有：某市人民政府。未经许可不得转载。建议使用谷歌浏览器。"
    assert notice not in outline.parse(report + notice + "\n").cleaned_text
    assert notice + "谢谢。" in outline.parse(report + notice + "谢谢。\n").cleaned_text


def test_a_document_sites_shop_links_flattened_onto_the_title_line_go_but_the_title_stays():
    doc = outline.parse("购物车 我的足迹 2024年某镇政府工作报告 加入Vip免费下载 立即下载 各位代表：现在，我代表镇人民政府向大会报告工作。"
                        " 一、工作回顾 全镇经济平稳。 二、工作计划 继续努力。")
    assert doc.title == "2024年某镇政府工作报告" and [n.marker for n in doc.children] == ["一、", "二、"]
    assert [r["rule"] for r in doc.meta["cleaning"]["removed"]] == [
        "web: shop navigation before the text", "web: download button before the text"]
    assert "下载" not in doc.text
    # (on lines of their own they go as whole lines, as before)
    doc = outline.parse("购物车\n我的足迹\n2024年某镇政府工作报告\n一、工作回顾\n全镇经济平稳。\n")
    assert [r["rule"] for r in doc.meta["cleaning"]["removed"]] == ["web: shop navigation"] * 2


def test_a_row_of_page_buttons_goes_and_the_signature_above_it_reaches_the_metadata():
    for buttons in ("【打印本页】【关闭窗口】", "[打印] [关闭]", "打印 | 关闭 | 返回顶部"):
        doc = outline.parse("某镇2024年工作总结\n一、工作回顾\n全镇经济平稳。\n某镇人民政府\n2024年7月10日\n" + buttons + "\n")
        assert doc.meta["issuer"] == "某镇人民政府" and doc.meta["date"] == "2024年7月10日", buttons
        assert [r["rule"] for r in doc.meta["cleaning"]["removed"]] == ["web: page buttons"], buttons
    # (a report's own line that names printing is text: 打印 alone on a line is a button, a sentence is not)
    doc = outline.parse("某镇2024年工作总结\n一、工作回顾\n打印关闭了三家小作坊\n内容。\n")
    assert "打印关闭了三家小作坊" in doc.cleaned_text


def test_a_flattened_pages_fields_and_buttons_go_and_its_signature_reaches_the_metadata():
    lines = ["某镇2024年上半年工作总结", "发布时间：2024-07-10 10:23   来源：某镇人民政府   浏览次数：123   【字体：大 中 小】",
             "今年以来，全镇各项工作有序推进。", "一、上半年工作", "全镇经济平稳。", "二、下半年计划", "继续努力，再创佳绩。",
             "某镇人民政府", "2024年7月10日", "扫一扫在手机打开当前页", "【打印本页】【关闭窗口】"]
    for sep in (" ", ""):
        doc = outline.parse(sep.join(lines))
        assert doc.title == "某镇2024年上半年工作总结" and doc.text == "今年以来，全镇各项工作有序推进。", repr(sep)
        assert (doc.meta["issuer"], doc.meta["date"]) == ("某镇人民政府", "2024年7月10日") and not doc.warnings
        assert [r["rule"] for r in doc.meta["cleaning"]["removed"]] == [
            "web: page fields inside a flattened page", "web: page buttons inside the text"]
    # (on lines of their own, the whole-line rules drop them, as before)
    doc = outline.parse("\n".join(lines))
    assert [r["rule"] for r in doc.meta["cleaning"]["removed"]] == [
        "web: update time and source", "web: shop navigation", "web: page buttons"]


@pytest.mark.parametrize("fields, kept", [
    ("发布时间：2024-07-10 10:23  来源：某镇人民政府  浏览次数：356", "2024年以来，全镇各项工作有序推进。"),
    ("发布时间：2024-07-10 10:23  来源：某镇人民政府  浏览次数：", "今年以来，全镇各项工作有序推进。"),
    ("发布时间：2024-07-10 10:23  浏览次数：12  来源：某镇人民政府", "今年以来，全镇各项工作有序推进。"),
    ("发布日期：2024-07-10  阅读次数：88", "今年以来，全镇各项工作有序推进。"),
])
def test_a_flattened_pages_fields_glued_to_its_text_take_no_more_than_their_values(fields, kept):
    # a count is digits (its year stays with the text: 浏览次数：3562024年 is 356 and 2024年), a
    # source a name without digits or punctuation; the report after them is never taken with them
    for sep in (" ", ""):
        doc = outline.parse(sep.join(["某镇2024年上半年工作总结", fields + kept, "一、上半年工作", "全镇经济平稳，财政收入稳步增长。",
                                      "二、下半年计划", "继续努力，再创佳绩。"]))
        # (flattened with nothing between, where a title ends is another rule's question)
        assert doc.text == kept and [n.title[:5] for n in doc.children] == ["上半年工作", "下半年计划"], (fields, sep)
        assert [r["text"].strip() for r in doc.meta["cleaning"]["removed"]] == [fields], (fields, sep)


@pytest.mark.parametrize("line", ["【字体：大 中 小】", "[字号：大 中 小]", "字体：大 中 小", "【发布时间：2024-01-15】"])
def test_a_pages_font_size_switch_on_its_own_line_goes(line):
    doc = outline.parse(f"某镇2023年工作总结\n{line}\n2023年，全镇各项工作取得明显成效。\n一、主要工作\n内容。\n")
    assert doc.text == "2023年，全镇各项工作取得明显成效。"
    assert [(r["rule"], r["text"]) for r in doc.meta["cleaning"]["removed"]] == [("web: update time and source", line)]


@pytest.mark.parametrize("speaker", ["县长  张三", "县长 张三", "代县长　李四", "市人民政府市长 某某"])
def test_a_subtitle_that_names_its_meeting_is_whole_and_the_speaker_under_it_no_part_of_it(speaker):
    # (…会议上 ends a dash's subtitle: the short line after it, however short, is not its rest)
    text = f"某县政府工作报告\n——2024年1月10日在某县第十八届人民代表大会第三次会议上\n{speaker}\n各位代表：\n一、工作回顾\n内容。\n"
    assert outline.parse(text).meta["subtitle"] == "2024年1月10日在某县第十八届人民代表大会第三次会议上"


@pytest.mark.parametrize("credit", ["（编辑：张三 审核：李四）", "编辑：张三  审核：李四  终审：王五", "（通讯员：赵六）",
                                    "【责任编辑：张三】", "（白石乡人民政府 供稿）", "(党政办 供稿)", "【某镇宣传办 撰稿】"])
def test_a_news_pages_credits_after_the_text_go(credit):
    doc = outline.parse(f"某镇工作总结\n一、主要工作\n全镇经济平稳。\n二、下步打算\n继续努力，再创佳绩。\n{credit}\n")
    assert doc.children[-1].text == "继续努力，再创佳绩。"
    assert [r["text"] for r in doc.meta["cleaning"]["removed"]] == [credit]


def test_a_bracketed_sentence_after_the_text_is_no_credit():
    # (a note in brackets that names no contributor, or holds a sentence, stays)
    for note in ("（以上数据为初步统计）", "（白石乡人民政府供稿。全文完）"):
        doc = outline.parse(f"某镇工作总结\n一、主要工作\n全镇经济平稳。\n二、下步打算\n继续努力，再创佳绩。\n{note}\n")
        assert doc.meta["cleaning"]["removed"] == [], note


def test_a_pages_footer_spaced_out_by_pdftotext_is_still_its_footer():
    # (a web page printed to PDF: pdftotext spaces the footer's letters and its ICP number)
    trailer = ["网站地图 | 页面纠错 | 版权声明 | 关于我们 | 联系我们",
               "主 办 单 位 ： 益 阳 市 人 民 政 府 办 公 室 咨 询 热 线 ： 0737-12345 网 站 管 理 ： 07374382206（仅受理网站建设维护相关事宜）",
               "备案号：湘 ICP 备 05002141 号（备案管理系统）", "网站标识码：4309000006", "党政机关"]
    doc = outline.parse("某市政府工作报告\n一、工作回顾\n全市经济平稳。\n二、工作安排\n继续努力，再创佳绩。\n" + "\n".join(trailer) + "\n")
    assert doc.children[-1].text == "继续努力，再创佳绩。" and doc.children[-1].children == ()
    assert sorted(r["line"] for r in doc.meta["cleaning"]["removed"]) == [6, 7, 8, 9, 10]


def test_a_flattened_pages_trailer_glued_after_the_last_sentence_goes_but_the_last_section_stays():
    # …（三）聚力民生改善。办好十件民生实事。某某镇人民政府2024年1月15日上一篇：…冀公网安备…: the page's
    # trailer after the report's last sentence and its signature, all on the report's one line
    body = "全镇上下团结一心，扎实推进各项工作，经济社会发展取得明显成效，群众获得感不断增强。"
    text = ("某某镇2023年工作总结和2024年工作计划一、2023年工作总结（一）经济发展稳中有进。" + body + "二、2024年工作计划"
            "（一）聚力项目建设。" + body + "（二）聚力民生改善。办好十件民生实事。某某镇人民政府2024年1月15日上一篇：某某镇2023年上半年"
            "工作总结下一篇：某某镇关于开展安全生产大检查的通知主办单位：某县人民政府办公室 技术支持：某某网络科技有限公司冀公网安备 13012345678号")
    doc = outline.parse(text)
    assert [n.title for n in doc.children[1].children] == ["聚力项目建设", "聚力民生改善"]
    assert doc.children[1].children[1].text == "办好十件民生实事。"
    assert (doc.meta["issuer"], doc.meta["date"]) == ("某某镇人民政府", "2024年1月15日")
    assert [r["text"][:3] for r in doc.meta["cleaning"]["removed"]] == ["上一篇"]

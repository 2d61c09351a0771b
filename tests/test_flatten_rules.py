"""The flattened-report rules, one small text each (a report pasted into one line): where it
is cut back into paragraphs and where it is not.  Written against the survivors of a mutation
run over ``outline/cleaning/flatten.py``."""
import outline
from test_levels import shape

BODY = "全镇上下团结一心，扎实推进各项工作，经济社会发展取得明显成效，群众获得感不断增强。"
RUN_ON = "全镇上下团结一心扎实推进各项工作"  # no sentence end: the space after it is a bare one


def test_a_title_and_issuer_glued_to_the_text_are_cut_off_the_front():
    doc = outline.parse("某镇2024年工作总结某镇人民政府一、工作回顾" + BODY + "二、工作计划" + BODY)
    assert doc.title == "某镇2024年工作总结" and doc.text == "某镇人民政府"
    assert [n.marker for n in doc.children] == ["一、", "二、"]


def test_a_title_ends_at_its_kind_word_unless_another_part_follows_it():
    doc = outline.parse("某镇2024年工作总结和2025年工作计划 一、工作回顾 " + BODY + " 二、工作计划 " + BODY)
    assert doc.title == "某镇2024年工作总结和2025年工作计划"
    # a kind word in the first six characters is no title end (工作总结 opens a sentence)
    doc = outline.parse("工作总结已经完成某镇人民政府一、工作回顾" + BODY + "二、工作计划" + BODY)
    assert doc.title != "工作总结"
    doc = outline.parse("某乡工作总结某乡人民政府一、工作回顾" + BODY + "二、工作计划" + BODY)
    assert doc.title == "某乡工作总结"


def test_a_marker_after_a_bare_space_is_a_heading_only_where_it_fits_the_numbering():
    # 三、 after 一、 does not fit: a wrap space inside the text, not a heading
    skipped = outline.parse("某镇工作总结 一、工作回顾 " + RUN_ON + " 三、跳过的编号 " + BODY + " 二、工作计划 " + BODY)
    assert [n.marker for n in skipped.children] == ["一、", "二、"]
    # after a clause end the numbering is not asked: 三、 there is a heading (and warned about)
    ended = outline.parse("某镇工作总结 一、工作回顾 " + BODY[:-1] + "； 三、跳过的编号 " + BODY + " 四、工作计划 " + BODY)
    assert [n.marker for n in ended.children] == ["一、", "三、", "四、"]
    assert [w.code for w in ended.warnings] == ["numbering-skipped"]
    # 二、 after 一、 fits, and so does a list opening at 1 below another family
    fits = outline.parse("某镇工作总结 一、工作回顾 " + RUN_ON + " 二、接着的编号 " + BODY + " 三、工作计划 " + BODY)
    assert [n.marker for n in fits.children] == ["一、", "二、", "三、"]
    nested = outline.parse("某镇工作总结 一、工作回顾 " + RUN_ON + " （一）下一级 " + BODY + " 二、工作计划 " + BODY)
    assert shape(nested)[1:] == ["  （一） 下一级", "二、 工作计划"]
    # 实现规划统 一、资源共享: 一、 after a bare space restarts nothing
    word = outline.parse("某镇工作总结 一、工作回顾 " + BODY + "实现规划统 一、资源共享，" + BODY + " 二、工作计划 " + BODY)
    assert [n.title for n in word.children] == ["工作回顾", "工作计划"]


def test_a_line_of_400_characters_and_ten_times_the_median_is_a_pasted_page_cut_at_its_headings():
    def markers(short, long):
        tail = "。（一）抓项目促发展。"
        line = "乙" * (long - len(tail) - 5) + tail + "丙" * 5
        text = "\n".join(["某县2024年工作总结", "一、工作"] + ["甲" * (short - 1) + "。"] * 5 + [line]) + "\n"
        return [n.marker for n in outline.parse(text).nodes()]

    # (five lines of 36 characters: their median times ten is below 400, so the length decides)
    assert markers(36, 400) == ["一、", "（一）"] and markers(36, 399) == ["一、"]
    # (lines of 45 and 46: ten times the median decides)
    assert markers(45, 450) == ["一、", "（一）"] and markers(46, 450) == ["一、"]


def test_a_report_in_three_lines_lost_its_line_breaks_and_is_cut_whatever_its_length():
    def markers(lines):
        line = "乙" * 80 + "。（一）抓项目促发展。" + "丙" * 5  # (96 characters: far below a flattened report's length)
        text = "\n".join(["某县2024年工作总结", line] + ["全镇上下团结一心。"] * (lines - 2)) + "\n"
        return [n.marker for n in outline.parse(text).nodes()]

    assert markers(3) == ["（一）"]
    assert markers(4) == []  # (four lines kept their breaks: the long one is a paragraph)


def test_a_glued_titles_body_is_looked_for_within_40_characters_of_the_title():
    filler = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜"  # (no four characters twice)

    def first_title(length):
        text = "某镇工作总结 一、" + filler[:length] + "2024年是全镇发展的关键之年，" + BODY + " 二、工作计划 " + BODY
        return outline.parse(text).children[0].title

    # (2024年 and the 是 after it end the 40 characters the body is looked for in)
    assert first_title(34) == filler[:34]
    assert first_title(35).startswith(filler[:35] + "2024年是")


def test_a_document_title_glued_to_a_flattened_report_ends_within_its_first_60_characters():
    def markers(padding):
        text = "某" * padding + "工作总结某镇人民政府一、工作回顾" + BODY + "二、工作计划" + BODY
        return [n.marker for n in outline.parse(text).children]

    # (总结 ends at character 60: the title, then the issuer, are cut off, and 一、 opens its section)
    assert markers(56) == ["一、", "二、"]
    assert markers(57) == ["二、"]  # (ending at 61: no title cut, and 一、 stays glued to the text)


def test_a_wrapped_paragraph_is_cut_as_a_flattened_report_from_two_sentence_breaks():
    def markers(end_of_second):
        # (a sentence wrapped over two lines: joined, one paragraph, with a full stop and a space in it)
        first = "全镇上下团结一心。 二、工作计划 扎实推进各项工作经济社会发展取得了十分明显的成效"
        second = "群众获得感不断增强" + end_of_second + "三、明年安排 继续努力。"
        return [n.marker for n in outline.parse("某镇工作总结\n" + first + "\n" + second + "\n").nodes()]

    assert markers("。 ") == ["二、", "三、"]
    assert markers("，") == []  # (one break is a typed space, not paragraphs run together)


def test_a_paragraph_of_60_characters_with_top_headings_in_sequence_is_a_flattened_report():
    def markers(length):
        head, tail = "全镇工作有序推进。一、抓项目促发展，", "。二、惠民生。"
        line = head + "甲" * (length - len(head) - len(tail)) + tail
        text = "某镇2024年工作总结\n全镇上下团结一心。\n" + line + "\n全镇上下团结一心。\n继续推进各项工作。\n"
        return [n.marker for n in outline.parse(text).nodes()]

    assert markers(60) == ["一、", "二、"]
    assert markers(59) == []  # (a shorter paragraph's 一、…二、 is its own enumeration)


def test_a_line_of_1200_characters_holds_a_flattened_report_whatever_the_lines_around_it():
    def markers(long):
        tail = "。（一）抓项目促发展。"
        line = "乙" * (long - len(tail) - 5) + tail + "丙" * 5
        # (lines of 130 characters around it: ten times their median is past 1,200, so the length alone decides)
        text = "\n".join(["某县2024年工作总结", "一、工作"] + ["甲" * 129 + "。"] * 5 + [line]) + "\n"
        return [n.marker for n in outline.parse(text).nodes()]

    assert markers(1200) == ["一、", "（一）"]
    assert markers(1199) == ["一、"]


def test_a_years_review_and_plan_flattened_between_sentences_are_cut_out_as_their_own_lines():
    # (a report whose parts have no number: 。2023年工作回顾2023年是… in the one line)
    body = "一年来，" + BODY
    doc = outline.parse("各位代表：现在，我代表市人民政府向大会报告工作。2023年工作回顾2023年是全面贯彻党的二十大精神的开局之年。"
                        "（一）千方百计稳增长" + body + "（二）持续壮大实体经济" + body + "2024年工作安排建议2024年是实施规划的关键一年。"
                        "一、聚焦抓项目增效益" + body + "二、聚焦产业转型升级" + body)
    assert shape(doc) == ["~ 2023年工作回顾", "  （一） 千方百计稳增长", "  （二） 持续壮大实体经济", "~ 2024年工作安排建议",
                          "  一、 聚焦抓项目增效益", "  二、 聚焦产业转型升级"]
    # … and the part on the government's own work, whatever follows it
    doc = outline.parse("某市2024年政府工作报告 各位代表：现在，我代表市人民政府向大会报告工作。2024年工作安排建议2024年是关键一年。"
                        "一、聚焦抓项目增效益" + body + "切实加强政府自身建设人民政府为人民，使命重于泰山。" + BODY)
    assert shape(doc) == ["~ 2024年工作安排建议", "  一、 聚焦抓项目增效益", "~ 切实加强政府自身建设"]
    doc = outline.parse("各位代表：现在，我代表市人民政府向大会报告工作。一、聚焦抓项目增效益" + body
                        + "加强政府自身建设，必须坚持依法行政。" + BODY)
    assert [n.title for n in doc.nodes()] == ["聚焦抓项目增效益"]
    # … but not a sentence that opens with such words and goes on (2023年工作总结已经完成。)
    doc = outline.parse("某镇工作总结 一、工作回顾 " + BODY + "2023年工作总结已经完成，成效明显。" + BODY + " 二、工作计划 " + BODY)
    assert [n.title for n in doc.children] == ["工作回顾", "工作计划"] and not doc.children[0].children


def test_the_signature_and_date_at_the_end_of_a_flattened_report_reach_the_metadata():
    for sep in (" ", ""):
        text = sep.join(["某镇2024年工作总结", "一、工作回顾", "全镇经济平稳，各项工作有序推进。", "二、工作计划",
                         "继续努力，再创佳绩。", "某镇人民政府", "2024年7月10日"])
        doc = outline.parse(text)
        assert (doc.meta.get("issuer"), doc.meta.get("date")) == ("某镇人民政府", "2024年7月10日"), repr(sep)
        last = doc.children[-1]
        assert "人民政府" not in last.title + last.text and not doc.warnings, repr(sep)
    # (a last sentence that only ends in a date is the report's own: 工作将于2024年7月10日)
    doc = outline.parse("某镇2024年工作总结 一、工作回顾 全镇经济平稳。 二、工作计划 各项工作将完成于2024年7月10日")
    assert "date" not in doc.meta


def test_what_a_flattened_reports_last_sentence_is_followed_by_is_its_footer_up_to_60_characters():
    def moved(tail: str) -> list[str]:
        doc = outline.parse("某镇2024年工作总结 一、工作回顾 全镇经济平稳。 二、工作计划 继续努力，再创佳绩。" + tail)
        return [r["rule"] for r in doc.meta["cleaning"]["moved_to_meta"]]

    assert moved("附件：" + "某" * 57) == ["footer: attachments"]
    assert moved("附件：" + "某" * 58) == []  # (61 characters: the rest of the report's own text)


def test_a_glued_title_that_is_a_years_part_or_the_governments_own_part_ends_at_its_last_word():
    text = ("某市2024年政府工作报告各位代表：现在，我代表市人民政府向大会报告工作。一、2023年工作回顾全市上下团结奋斗，" + BODY
            + "二、2024年工作安排全面贯彻党的二十大精神，" + BODY + "三、切实加强政府自身建设新时代新征程对政府工作提出了新要求。"
            + BODY + "四、2024年工作回顾和2025年工作安排" + BODY + "五、2024年重点工作任务" + BODY + "六、2024年工作安排方面" + BODY)
    titles = [n.title for n in outline.parse(text).children]
    assert titles[:5] == ["2023年工作回顾", "2024年工作安排", "切实加强政府自身建设", "2024年工作回顾和2025年工作安排",
                          "2024年重点工作任务"]
    assert titles[5].startswith("2024年工作安排方面")  # (a title that goes on is not cut at its part's word)


def test_a_glued_titles_body_opens_with_the_past_year_this_year_or_the_deputies():
    text = ("某市2024年政府工作报告一、社会大局和谐稳定过去一年，我们全面推进依法治市。" + BODY
            + "二、主要目标和重点任务今年是“十四五”规划收官之年。" + BODY + "三、全面推进依法行政各位代表，面对新形势。" + BODY)
    assert [n.title for n in outline.parse(text).children] == ["社会大局和谐稳定", "主要目标和重点任务", "全面推进依法行政"]


def test_a_glued_title_without_its_full_stop_ends_where_its_siblings_parallel_clauses_end():
    # (三) lost its 。: its siblings' titles are two clauses of three characters, so is its own
    # (two ended siblings are enough)
    plan = ("某镇工作总结一、工作计划（一）强经济，增动能。" + BODY + "（二）促振兴，提品质。" + BODY
            + "（三）守底线，保安全加强社会治安管理，开展宣传工作，深化平安建设。" + BODY)
    assert shape(outline.parse(plan))[1:] == ["  （一） 强经济，增动能", "  （二） 促振兴，提品质", "  （三） 守底线，保安全"]
    assert outline.parse(plan).children[0].children[2].text.startswith("加强社会治安管理")
    # one sibling is no evidence of a shape, nor are siblings of two shapes, nor a title whose
    # first clause differs from theirs
    for siblings in (["（一）强经济，增动能。"], ["（一）强经济，增动能。", "（二）促乡村振兴，提品质。"]):
        text = "某镇工作总结一、工作计划" + "".join(s + BODY for s in siblings) + "（三）守底线，保安全加强社会治安管理，开展宣传工作。" + BODY
        assert outline.parse(text).children[0].children[-1].title == "守底线，保安全加强社会治安管理，开展宣传工作"
    text = plan.replace("守底线，保安全", "守住底线，保安全")
    assert outline.parse(text).children[0].children[2].title.startswith("守住底线，保安全加强")
    # (a title with its lines kept is its own sentence: nothing is cut)
    kept = "\n".join(["某镇工作总结", "一、工作计划", "（一）强经济，增动能。", BODY, "（二）促振兴，提品质。", BODY,
                      "（三）守底线，保安全加强社会治安管理。", BODY])
    assert outline.parse(kept).children[0].children[2].title == "守底线，保安全加强社会治安管理"


def test_one_ended_sibling_shows_the_shape_when_two_more_run_on_through_its_first_clauses():
    # only (三) kept its full stop; (一), (二) and (四) open with its first clause's length and run
    # on: three siblings agree on the shape (and spaces inside a title do not count)
    plan = ("某镇工作总结一、工作计划（一）加快经济发展, 提高经济实力推进农业现代化。" + BODY
            + "（二）加强乡村建设,改善人居环境推进人居环境整治。" + BODY + "（三）兜牢民生底线, 提升民生福祉。" + BODY
            + "（四）维护社会稳定,促进和谐发展加强安全生产监管。" + BODY)
    assert [n.title for n in outline.parse(plan).children[0].children] == [
        "加快经济发展,提高经济实力", "加强乡村建设,改善人居环境", "兜牢民生底线,提升民生福祉", "维护社会稳定,促进和谐发展"]
    # a title that ended runs on only by a lead's length (four characters) or more: shorter, it
    # shows another shape, and nothing is cut
    four = plan.replace("加强安全生产监管", "加强监管")
    assert outline.parse(four).children[0].children[3].title == "维护社会稳定,促进和谐发展"
    three = plan.replace("加强安全生产监管", "加强管")
    assert outline.parse(three).children[0].children[0].title == "加快经济发展,提高经济实力推进农业现代化"
    # three that agree are enough, two are not
    three_agree = plan[:plan.index("（四）")]
    assert outline.parse(three_agree).children[0].children[0].title == "加快经济发展,提高经济实力"
    two = plan[:plan.index("（二）")] + plan[plan.index("（三）"):plan.index("（四）")]
    assert outline.parse(two).children[0].children[0].title == "加快经济发展,提高经济实力推进农业现代化"


def test_a_flattened_glossary_is_cut_at_each_entry_that_names_its_term_before_a_colon():
    # the body cites its notes (“两不愁三保障”〔1〕攻坚发力): no cut; the glossary after the
    # report's last sentence names each term before a colon, and an entry may end in a page
    # reference rather than a full stop (…有保障。(见第2页)〔2〕…)
    text = ("某县政府工作报告一、工作回顾 聚焦“两不愁三保障”〔1〕攻坚发力，培育形成以六大产业〔2〕为主导的产业体系。"
            "二、工作安排 奋力谱写新时代发展的崭新篇章，不负人民期望!名 词 解 释〔1〕两不愁三保障：稳定实现农村贫困人口不愁吃、不愁穿。(见第2页)"
            "〔2〕六大产业：指现代食用菌、高效林果等六大扶贫产业。(见第2页)〔3〕“四险一金一网”防返贫致贫机制：创新建立的防止返贫致贫的保障机制。")
    doc = outline.parse(text)
    assert shape(doc) == ["一、 工作回顾", "二、 工作安排", "~ 名词解释", "  〔1〕 两不愁三保障", "  〔2〕 六大产业",
                          "  〔3〕 “四险一金一网”防返贫致贫机制"]
    assert doc.children[0].text.startswith("聚焦“两不愁三保障”〔1〕攻坚发力")
    # (an entry may follow a missed one or two; further out of sequence it is a citation)
    assert "〔5〕" in [n.marker for n in outline.parse(text.replace("〔3〕", "〔5〕")).nodes()]
    assert "〔6〕" not in [n.marker for n in outline.parse(text.replace("〔3〕", "〔6〕")).nodes()]
    # (a term of 24 characters at most)
    assert "〔3〕" in [n.marker for n in outline.parse(text.replace("“四险一金一网”防返贫致贫机制", "甲" * 24)).nodes()]
    assert "〔3〕" not in [n.marker for n in outline.parse(text.replace("“四险一金一网”防返贫致贫机制", "甲" * 25)).nodes()]


def test_a_glued_titles_body_opens_where_the_titles_own_opening_words_come_again():
    # (…工作回顾“十三五”时期，是… : a body names its subject again, its heading's first words)
    doc = outline.parse("某县政府工作报告一、“十三五”时期和2020年主要工作回顾“十三五”时期，是我县发展极不平凡的五年。" + BODY
                        + "二、党的建设全面加强党的建设是一切工作的根本保证，全县上下认真落实。" + BODY)
    assert [n.title for n in doc.children] == ["“十三五”时期和2020年主要工作回顾", "党的建设全面加强"]
    assert doc.children[1].text.startswith("党的建设是一切工作")
    # (three characters coming again are no evidence: 以改革促发展以改革…)
    doc = outline.parse("某县政府工作报告一、以改革促发展以改革激活动力。" + BODY + "二、工作计划 " + BODY)
    assert doc.children[0].title == "以改革促发展以改革激活动力"


def test_a_glued_run_in_title_ends_at_its_colon_though_its_words_come_again_after_it():
    doc = outline.parse("某县政府工作报告 一、工作回顾 " + BODY + " 名词解释 [1]打好“发展六仗”：根据省打好“发展六仗”部署实施打好经济增长主动仗。"
                        " [2]智能制造产业园：占地252亩的智能制造产业园，由中建公司承建。")
    assert [n.title for n in doc.nodes() if n.marker and n.marker.startswith("[")] == ["打好“发展六仗”", "智能制造产业园"]


def test_a_flattened_reports_subtitle_and_speaker_are_cut_off_its_opening():
    for sep in (" ", ""):
        text = sep.join(["政府工作报告", "——2024年1月13日在马鞍山市第十七届人民代表大会第四次会议上", "市人民政府市长 葛斌",
                         "各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。", "一、2023年工作回顾", BODY, "二、2024年工作安排", BODY])
        doc = outline.parse(text)
        assert (doc.title, doc.meta.get("subtitle"), doc.meta.get("speaker")) == (
            "政府工作报告", "2024年1月13日在马鞍山市第十七届人民代表大会第四次会议上", "葛斌"), repr(sep)
        assert [n.title for n in doc.children] == ["2023年工作回顾", "2024年工作安排"], repr(sep)


def test_a_flattened_attachment_is_cut_at_its_heading_and_its_first_entry():
    text = ("某省政府工作报告一、工作回顾 " + BODY + "二、工作安排 " + BODY + "附件2025年10件惠民实事一、稳定和扩大就业。全省新增就业50万人以上，"
            "支持4万人创业。二、深化关爱服务。新建养老服务设施一百个。")
    doc = outline.parse(text)
    assert shape(doc)[2:] == ["~ 附件", "~ 2025年10件惠民实事", "  一、 稳定和扩大就业", "  二、 深化关爱服务"]
    # (with a colon, the attachment's number and title are one heading)
    doc = outline.parse(text.replace("附件2025年", "附件2：2025年"))
    assert shape(doc)[2:] == ["~ 附件2：2025年10件惠民实事", "  一、 稳定和扩大就业", "  二、 深化关爱服务"]
    # (附件 inside a sentence is a word of it: …见附件一、二。)
    doc = outline.parse("某省政府工作报告一、工作回顾 " + BODY + "二、工作安排 具体任务见附件一、二所列。" + BODY)
    assert [n.title for n in doc.children] == ["工作回顾", "工作安排"]


def test_a_rank_after_di_is_no_bare_arabic_heading():
    # (前三季度增速居全省第1、长三角第2位: 第 makes the number a rank, not heading 1)
    doc = outline.parse("某市政府工作报告 一、工作回顾 前三季度增速居全省第1、长三角第2位，全年预计增长6%。" + BODY
                        + " 二、工作安排 " + BODY)
    assert [n.marker for n in doc.nodes()] == ["一、", "二、"]


def test_a_flattened_attachments_title_is_at_most_30_characters_before_its_first_entry():
    def cut(title):
        doc = outline.parse("某省政府工作报告一、工作回顾 " + BODY + "二、工作安排 " + BODY + "附件" + title
                            + "一、稳定和扩大就业。全省新增就业50万人以上。二、深化关爱服务。新建养老服务设施。")
        return "附件" in [n.title for n in doc.nodes()]

    assert cut("甲" * 30) and not cut("甲" * 31)


def test_a_sibling_shows_its_shape_only_with_a_title_of_20_characters_or_fewer():
    def cut(other):
        text = ("某镇工作总结一、工作计划（一）强经济，增动能。" + BODY + "（二）促振兴，提品质。" + BODY
                + "（三）守底线，保安全加强社会治安管理，开展宣传工作，深化平安建设。" + BODY + "（四）" + other + "。" + BODY)
        return outline.parse(text).children[0].children[2].title == "守底线，保安全"

    # (a longer title is a sentence, not a shape; one of 20 characters of another shape stops the cut)
    assert cut("甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉") and not cut("甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申")


GLUED_BODY = "聚焦先进制造业主攻方向，牢牢抓住企业这个关键，推动产业集群发展壮大。"
GLUED_PLAN = [("着力推进产业立市", "壮大产业集群", ["建好产业园区", "培强产业主体"]),
              ("着力激发内需活力", "狠抓项目建设", ["促进消费提振", "壮大民营经济"]),
              ("着力推动乡村振兴", "发展现代农业", ["建设和美乡村", "增加农民收入"])]


def _glued(sections: list[tuple[str, str, list[str]]]) -> str:
    """A plan flattened with nothing between its paragraphs: each heading title runs on into its first lead."""
    numbers = "一二三四五六七八九十"
    return "某镇工作计划" + "".join(f"{numbers[k]}、{title}{lead}。{GLUED_BODY}" + "".join(f"{x}。{GLUED_BODY}" for x in more)
                              for k, (title, lead, more) in enumerate(sections))


def test_a_title_glued_to_its_first_lead_ends_where_the_sections_leads_of_one_length_show():
    doc = outline.parse(_glued(GLUED_PLAN))
    assert shape(doc) == ["一、 着力推进产业立市", "  ~ 壮大产业集群", "  ~ 建好产业园区", "  ~ 培强产业主体",
                          "二、 着力激发内需活力", "  ~ 狠抓项目建设", "  ~ 促进消费提振", "  ~ 壮大民营经济",
                          "三、 着力推动乡村振兴", "  ~ 发展现代农业", "  ~ 建设和美乡村", "  ~ 增加农民收入"]
    assert doc.children[0].children[0].text == GLUED_BODY
    # (the lead's text is cut off the title, not copied: every character lands in one node)
    assert "".join(n.title for n in doc.children[0].children[:1]) + doc.children[0].title == "壮大产业集群着力推进产业立市"


def test_a_list_that_starts_again_at_one_shows_its_own_title_length():
    # a review's 一、… of eight characters, then a plan's 一、… of nine: each list of one length
    plan = [("着力" + title[2:] + "上", lead, more) for title, lead, more in GLUED_PLAN]
    doc = outline.parse(_glued(GLUED_PLAN) + _glued(plan).replace("某镇工作计划", ""))
    assert [n.title for n in doc.children] == [t for t, _, _ in GLUED_PLAN] + [t for t, _, _ in plan]


def test_glued_titles_of_two_clauses_are_cut_to_their_one_shape():
    plan = [("坚定不移稳增长，经济运行承压向好", "全力以赴扩大投资", ["持续壮大民营经济", "加快培育新兴产业"]),
            ("坚定不移强产业，发展动能更加强劲", "工业倍增工程深入推进", ["数字经济加快发展壮大", "现代服务提质增效"]),
            ("坚定不移抓统筹，城乡融合协同共进", "城市功能优化提升", ["乡村振兴全面推进", "县域经济加快发展"])]
    assert [n.title for n in outline.parse(_glued(plan)).children] == [t for t, _, _ in plan]
    # (the clauses before the last one are of one length in parallel titles)
    plan[1] = ("坚定不移强工业产业，发展动能更加强劲",) + plan[1][1:]
    assert [n.title for n in outline.parse(_glued(plan)).children][1] == "坚定不移强工业产业，发展动能更加强劲工业倍增工程深入推进"


def test_a_glued_lead_needs_three_siblings_with_tails_of_their_sections_lead_lengths():
    def titles(sections: list[tuple[str, str, list[str]]]) -> list[str]:
        return [n.title for n in outline.parse(_glued(sections)).children]
    cut = [title for title, _, _ in GLUED_PLAN]
    whole = [title + lead for title, lead, _ in GLUED_PLAN]
    assert titles(GLUED_PLAN[:2]) == whole[:2]  # two siblings show no shape
    # every section shows its leads
    assert titles([GLUED_PLAN[0], GLUED_PLAN[1][:2] + ([],), GLUED_PLAN[2]]) == whole
    # a fourth whose tail is near its section's leads (three characters more) is cut with them;
    # four more is no lead of its section
    fourth = ("着力增进民生福祉", "办好群众身边民生实事", ["提升教育质量", "完善社保体系"])
    assert len(fourth[1]) == 10
    assert titles(GLUED_PLAN + [(fourth[0], fourth[1][1:], fourth[2])]) == cut + [fourth[0]]
    assert titles(GLUED_PLAN + [fourth]) == whole + [fourth[0] + fourth[1]]
    # tails of their sections' lengths exactly in two thirds of the siblings or more
    near = (fourth[0], fourth[1][1:], fourth[2])
    assert titles(GLUED_PLAN + [near, near]) == whole + [near[0] + near[1]] * 2  # three of five
    assert titles(GLUED_PLAN + [GLUED_PLAN[0], near]) == cut + [cut[0], near[0]]  # four of five
    assert titles(GLUED_PLAN + [GLUED_PLAN[0], near, near]) == cut + [cut[0], near[0], near[0]]  # four of six
    # a lead holds four characters at least, and so does what a title keeps of its last clause
    small = [("着力增进民生福祉", "办好实事", ["提升教育", "完善社保"])]
    assert titles(GLUED_PLAN + small) == cut + ["着力增进民生福祉"]
    smaller = [("着力增进民生福祉", "办实事", ["提升教育", "完善社保"])]
    assert titles(GLUED_PLAN + smaller) == whole + ["着力增进民生福祉办实事"]
    short = [(title[-4:], lead, more) for title, lead, more in GLUED_PLAN]
    assert titles(short) == [title[-4:] for title, _, _ in GLUED_PLAN]
    three = [(title[-3:], lead, more) for title, lead, more in GLUED_PLAN]
    assert titles(three) == [title[-3:] + lead for title, lead, _ in GLUED_PLAN]
    # two shapes that both leave tails of the sections' lengths: no telling which
    both = [(title, lead, more + ["加快发展数字经济"]) for title, lead, more in GLUED_PLAN]
    assert titles(both) == whole


def test_a_heading_with_its_lines_kept_keeps_its_sentence_whole():
    text = _glued(GLUED_PLAN).replace("。", "。\n").replace("某镇工作计划", "某镇工作计划\n")
    assert [n.title for n in outline.parse(text).children] == [t + lead for t, lead, _ in GLUED_PLAN]


def test_a_title_ends_at_the_heading_glued_after_it_whatever_space_comes_later():
    # 二、2025年工作计划(一) 加快…: the space after (一) does not end 二、's title, (一) does (a
    # marker cut off alone lost its title to the paragraph under it, and the siblings' cut with it)
    text = ("某镇工作总结二、2025年工作计划（一） 加快经济发展, 提高经济实力推进农业现代化。" + BODY
            + "（二）加强乡村建设,改善人居环境推进人居环境整治。" + BODY + "（三）兜牢民生底线, 提升民生福祉。" + BODY)
    doc = outline.parse(text)
    assert shape(doc) == ["二、 2025年工作计划", "  （一） 加快经济发展,提高经济实力", "    ~ 推进农业现代化",
                          "  （二） 加强乡村建设,改善人居环境", "    ~ 推进人居环境整治", "  （三） 兜牢民生底线,提升民生福祉"]


def test_siblings_of_a_list_that_starts_again_at_one_show_no_shape_to_the_list_before():
    # (五)…(七) of one part and (一)…(三) of the next (its part heading on another line): the
    # second list's shape (8, 4) is no shape of the first's titles (8, 9)
    first = ["（五）聚力推进乡村振兴，绘就高起点共富画卷。", "（六）聚力深耕绿色转型，厚植高颜值生态基底。",
             "（七）聚力增进群众福祉，扩大高品质服务供给。"]
    second = ["（一）坚决做到立场坚定、对党忠诚。", "（二）坚决做到依法行政、秉公用权。", "（三）坚决做到勤政为民、实干担当。"]
    text = "某市政府工作报告\n" + "".join(s + BODY for s in first + second)
    assert [n.title for n in outline.parse(text).children][:3] == [s[3:-1] for s in first]


def test_in_a_report_flattened_with_spaces_a_list_that_never_follows_a_space_is_inline():
    # its paragraphs joined by spaces, the report's headings follow a space; （1）（2） follow their
    # full stops at once: they were inside a paragraph, as in the report with its lines kept
    lines = ["某县政府工作报告", "一、工作回顾", BODY, "二、工作计划", BODY,
             "扎实做好民生实事。（1）促进群众就业增收，开展职业技能培训2.5万人次。（2）办好人民满意教育，新建公办幼儿园20所。",
             "三、自身建设", BODY]
    kept, spaced = outline.parse("\n".join(lines)), outline.parse(" ".join(lines))
    assert shape(spaced) == shape(kept) and not any("（1）" in line for line in shape(kept))
    # two headings after a space show no joining by spaces; one heading of a family after its
    # full stop at once is a heading whose space was lost
    assert "  （1） 促进群众就业增收，开展职业技能培训2.5万人次" in shape(outline.parse(" ".join(lines[:6])))
    one = lines[:5] + ["扎实做好民生实事。（一）促进群众就业增收，开展职业技能培训2.5万人次。"] + lines[6:]
    assert "  （一） 促进群众就业增收，开展职业技能培训2.5万人次" in shape(outline.parse(" ".join(one)))
    # (flattened with nothing, no space tells them apart: the list is cut as headings)
    assert "  （1） 促进群众就业增收，开展职业技能培训2.5万人次" in shape(outline.parse("".join(lines)))
    # a list whose items follow spaces too is the report's own
    lines[5] = "扎实做好民生实事。 （1）促进群众就业增收，开展职业技能培训2.5万人次。 （2）办好人民满意教育，新建公办幼儿园20所。"
    assert "  （2） 办好人民满意教育，新建公办幼儿园20所" in shape(outline.parse(" ".join(lines)))


def test_flattened_with_spaces_an_item_standing_as_a_heading_ends_its_title_before_its_lead():
    # 一是…促投资 over 大力提振消费需求。…: a province's 一是 … sections, each item alone on its line
    # with leads under it, its paragraphs joined by spaces
    lines = ["某省政府工作报告", "一、2024年工作回顾", BODY, "二、2025年总体要求", BODY, "三、2025年重点工作", "一是聚焦全方位扩大内需，着力提消费促投资", "大力提振消费需求。" + BODY,
             "加力扩大有效投资。" + BODY, "二是大力推进新型工业化，加快构建现代化产业体系", "强化科技创新引领。" + BODY,
             "三是统筹新型城镇化和乡村振兴", "加快乡村全面振兴。" + BODY]
    kept, spaced = outline.parse("\n".join(lines)), outline.parse(" ".join(lines))
    assert shape(spaced) == shape(kept)
    assert "  一是 聚焦全方位扩大内需，着力提消费促投资" in shape(kept)
    # (a lead holds 4 to 18 characters, as a run-in lead does; an item whose title a space
    # breaks before a clause, not a lead, is left whole)
    for lead, cut in (("大力提振消费需求全面落实两新政策扩大", True), ("大力提振消费需求全面落实两新政策扩大内", False),
                      ("提振消费", True), ("提振消", False)):
        lines[7] = lead + "。" + BODY
        assert ("  一是 聚焦全方位扩大内需，着力提消费促投资" in shape(outline.parse(" ".join(lines)))) is cut, lead
    lines[7] = "大力提振消费需求，" + BODY
    assert "  一是 聚焦全方位扩大内需，着力提消费促投资" not in shape(outline.parse(" ".join(lines)))


def test_an_attachments_entries_end_their_titles_before_the_field_label_every_entry_repeats():
    # 附件 2025年10件惠民实事: each entry's title, then 年度目标：… and 主办单位：…, flattened with nothing
    entries = [("稳定和扩大就业", "全省农村劳动力转移就业1500万人以上。"), ("深化“一老一小”关爱服务", "全省新增普惠托位一万个。"),
               ("实施银龄人才计划", "引进留用3600名高层次银龄人才。")]
    numbers = "一二三四"
    text = "某省政府工作报告一、工作回顾 " + BODY + "二、工作安排 " + BODY + "附件2025年10件惠民实事" + "".join(
        f"{numbers[k]}、{title}年度目标：{goal}主办单位：省人力资源社会保障厅、省教育厅。" for k, (title, goal) in enumerate(entries))
    report = ["工作回顾", "工作安排"]
    doc = outline.parse(text)
    assert [n.title for n in doc.nodes() if n.marker] == report + [title for title, _ in entries]
    # (the field before the next entry may end without a full stop: the entries follow in turn)
    unended = text.replace("省教育厅。", "各州、市人民政府")
    assert [n.title for n in outline.parse(unended).nodes() if n.marker] == report + [title for title, _ in entries]
    # (out of turn, 二、 inside the text is no entry: 一、二、三产业)
    mixed = unended.replace("全省农村劳动力转移就业1500万人以上。", "推动一、二、三产业融合发展。")
    assert [n.title for n in outline.parse(mixed).nodes() if n.marker] == report + [title for title, _ in entries]
    # a label holds two to six characters
    for label, cut in (("目标", True), ("标", False), ("全年工作目标", True), ("全年工作总目标", False)):
        labelled = [n.title for n in outline.parse(unended.replace("年度目标", label)).nodes() if n.marker]
        assert labelled == report + [title + ("" if cut else label) for title, _ in entries], label
    for inside in ("支持十二、十三两批项目建设。", "支持第二、三批试点项目建设。"):  # (inside a number, a rank)
        text = unended.replace("全省农村劳动力转移就业1500万人以上。", inside)
        assert [n.title for n in outline.parse(text).nodes() if n.marker] == report + [title for title, _ in entries]
    # (titles that end alike before a colon, with no other field every entry repeats, are whole:
    # 产业发展方面：…)
    plain = text.replace("主办单位：", "")
    assert [n.title for n in outline.parse(plain).nodes() if n.marker] == report + [t + "年度目标" for t, _ in entries]


def test_a_section_named_as_plans_and_reviews_name_them_ends_at_its_name_in_a_flattened_text():
    # 一、指导思想以习近平…: a fixed section name glued to its body, flattened with nothing
    text = ("红星村2025年工作计划为推进乡村振兴，特制定本计划。一、指导思想以习近平新时代中国特色社会主义思想为指导，全面推进乡村振兴。"
            "二、工作目标全年村集体经济收入突破30万元。三、主要任务（ 一 ）发展壮大集体经济盘活闲置资产。（ 二 ）改善人居环境开展环境整治。"
            "四、保障措施成立工作领导小组，强化督查考核。")
    assert [n.title for n in outline.parse(text).children] == ["指导思想", "工作目标", "主要任务", "保障措施"]
    # (a name that goes on into a longer title is no section name: 工作目标任务, 主要工作完成情况)
    for title in ("工作目标任务", "主要工作完成情况", "存在的问题和不足"):
        glued = f"某镇工作总结现将有关情况报告如下。一、{title}{BODY}二、工作计划{BODY}"
        assert outline.parse(glued).children[0].title.startswith(title), title


def test_a_heading_glued_to_the_title_before_it_is_cut_when_its_number_comes_in_turn():
    # （三）基础设施不断完善二、存在的问题三、下半年工作打算: sections with no body, flattened with nothing
    text = ("某乡2024年上半年工作总结现将上半年工作总结如下：一、上半年工作开展情况（一）党的建设全面加强。" + BODY
            + "（二）基础设施不断完善二、存在的问题三、下半年工作打算（一）持续抓好党的建设。" + BODY)
    assert shape(outline.parse(text)) == ["一、 上半年工作开展情况", "  （一） 党的建设全面加强", "  （二） 基础设施不断完善",
                                          "二、 存在的问题", "三、 下半年工作打算", "  （一） 持续抓好党的建设"]
    # (out of turn, or before a number, it is the text's: 推动二、三产业融合, 统筹一二、三产业)
    for inside in ("推动二、三产业融合发展", "加快发展四、五类项目建设", "开展第二、第三轮督查"):
        text2 = text.replace("（二）基础设施不断完善", "（二）" + inside)
        assert "  （二） " + inside in shape(outline.parse(text2)), inside


def test_a_flattened_pages_bracketed_sub_heads_stand_on_lines_of_their_own():
    # 【党建引领】坚持…。【产业发展】大力…: a township page's sub-heads in brackets, flattened
    lines = ["今年以来，白石乡紧紧围绕年初确定的目标任务，凝心聚力、真抓实干。现将上半年工作总结如下：",
             "【党建引领】", "坚持以党建引领基层治理，开展主题党日活动36次，发展党员8名，整顿软弱涣散村党组织2个。",
             "【产业发展】", "大力发展特色种养业，新发展油茶2000亩、中药材800亩，培育家庭农场12家。",
             "【人居环境】", "持续开展“清洁家园”行动，累计清运垃圾1500余吨，拆除危旧房屋46栋。"]
    kept = shape(outline.parse("\n".join(lines)))
    assert kept == ["~ 【党建引领】", "~ 【产业发展】", "~ 【人居环境】"]
    for joined in ("", " "):
        assert shape(outline.parse(joined.join(lines))) == kept, repr(joined)
    # (two are a run of sub-heads, one is none)
    assert shape(outline.parse("".join(lines[:5]))) == kept[:2]
    one = "".join(lines[:3]) + "".join(lines[4:5]) + "".join(lines[6:])
    assert shape(outline.parse(one)) == []
    # (a sub-head holds two to twelve characters)
    for name, cut in (("党建", True), ("党", False), ("党建引领促进发展聚力增效", True), ("党建引领促进发展聚力增效强", False)):
        text = "".join(lines).replace("党建引领", name)
        assert (f"~ 【{name}】" in shape(outline.parse(text))) is cut, name

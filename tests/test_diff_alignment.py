"""outline diff on pairs shaped like real consecutive years: every heading reworded,
top-level sections with roles, untitled reports, plan follow-through, one consistent story."""
from __future__ import annotations

import json

import pytest

import outline
from conftest import ROOT, run_cli
from outline.compare.normalize import YearContext, fold, relative_year, year_context
from outline.compare.roles import GOVERNMENT, OTHER, OUTLOOK, PLAN, REVIEW, TERM_REVIEW, role

CORPUS = ROOT.parent / "shared" / "corpus"


def ops(old: str, new: str, **kw) -> list[tuple[str, list[str] | None, list[str] | None]]:
    result = outline.diff(outline.parse(old), outline.parse(new), **kw)
    return [(c.op, c.old, c.new) for c in result.changes]


def test_relative_years_keep_their_sign():
    years = YearContext(2023, 2024)
    ahead, behind = fold(years.relative("2024年工作计划")), fold(years.relative("2022年工作计划"))
    assert ahead != behind
    assert (relative_year(ahead), relative_year(behind), relative_year(fold(years.relative("2023年")))) == (1, -1, 0)
    assert relative_year(fold(years.relative("今年工作"))) == 1  # spoken in 2024


def test_untitled_report_takes_its_year_from_its_headings():
    reviewed = outline.parse("一、2023年工作回顾\n内容。\n二、2024年主要任务\n内容。\n")
    assert year_context(reviewed) == YearContext(2023, 2024)
    planned_only = outline.parse("一、关于形势\n内容。\n二、2024年主要任务\n内容。\n")
    assert year_context(planned_only) == YearContext(2023, 2024)
    assert year_context(outline.parse("一、关于形势\n内容。\n")) == YearContext(None, None)


def test_untitled_reports_line_up_their_plans_by_relative_year():
    old = "一、2023年工作回顾\n内容。\n二、2024年主要任务\n内容。\n"
    new = "一、2024年工作回顾\n内容。\n二、2025年主要任务\n内容。\n"
    assert ops(old, new) == []


@pytest.mark.parametrize("title, expected", [
    ("2024年工作回顾", REVIEW),
    ("过去一年工作回顾", REVIEW),
    ("过去五年工作回顾", TERM_REVIEW),
    ("本届政府工作回顾", TERM_REVIEW),
    ("2025年重点任务", PLAN),
    ("2025年工作安排", PLAN),
    ("对今年政府工作的建议", PLAN),
    ("今后五年的主要目标任务", OUTLOOK),
    ("“十五五”时期发展目标", OUTLOOK),
    ("加强政府自身建设", GOVERNMENT),
    ("关于当前形势", OTHER),
])
def test_role_of_a_top_level_section(title, expected):
    years = YearContext(2024, 2025)  # a 2025 report: reviews 2024, plans 2025
    assert role(fold(years.relative(title))) == expected


def test_the_new_review_is_not_paired_with_the_old_five_year_review():
    old = ("某市2021年政府工作报告\n一、过去五年工作回顾\n经济发展，产业升级，城乡建设。\n"
           "二、2021年工作安排\n推进产业升级。\n")
    new = ("某市2022年政府工作报告\n一、2021年工作回顾\n经济发展，产业升级，城乡建设。\n"
           "二、2022年工作安排\n推进产业升级。\n")
    changes = ops(old, new)
    assert ("removed", ["过去五年工作回顾"], None) in changes
    assert ("added", None, ["2021年工作回顾"]) in changes
    assert not any(op == "renamed" and o == ["过去五年工作回顾"] for op, o, _ in changes)


REWORDED_OLD = """某镇2023年工作总结
一、2023年工作开展情况
（一）推动农业提质增效
建设高标准农田二千亩，蔬菜大棚一百座。
（二）狠抓项目招引落地
新签约项目八个，总投资十二亿元。
（三）持续改善人居环境
整治村庄环境，新建公厕二十座。
二、2024年工作计划
内容。
"""
REWORDED_NEW = """某镇2024年工作总结
一、2024年工作开展情况
（一）坚持农业农村优先发展，加快建设农业强镇
新建高标准农田三千亩，设施蔬菜基地两处。
（二）以招商引资为抓手，推动经济稳中向好
签约落地项目十个，总投资十五亿元。
（三）全面提升乡村面貌
村庄环境整治全覆盖，改造公厕三十座。
二、2025年工作计划
内容。
"""


def test_every_heading_reworded_is_still_paired_with_its_counterpart():
    result = outline.diff(outline.parse(REWORDED_OLD), outline.parse(REWORDED_NEW))
    renamed = {c.old[-1]: c.new[-1] for c in result.changes if c.op == "renamed"}
    assert renamed == {"推动农业提质增效": "坚持农业农村优先发展，加快建设农业强镇",
                       "狠抓项目招引落地": "以招商引资为抓手，推动经济稳中向好",
                       "持续改善人居环境": "全面提升乡村面貌"}
    assert {c.op for c in result.changes} == {"renamed"}


def test_a_parent_whose_children_went_to_one_new_parent_is_that_parent_renamed():
    old = ("某镇2023年工作总结\n一、重点工作\n（一）甲\n内容。\n（二）乙\n内容。\n"
           "二、党的建设和作风纪律\n（一）建强基层党组织\n村党支部换届选举。\n（二）深化作风建设\n开展作风整治。\n"
           "（三）加强廉政教育\n警示教育大会。\n")
    new = ("某镇2024年工作总结\n一、重点工作\n（一）甲\n内容。\n（二）乙\n内容。\n"
           "二、全面从严治党向纵深推进\n（一）建强基层党组织\n村党支部换届选举。\n（二）深化作风建设\n开展作风整治。\n"
           "（三）加强廉政教育\n警示教育大会。\n")
    assert ops(old, new) == [("renamed", ["党的建设和作风纪律"], ["全面从严治党向纵深推进"])]


def _contradictions(changes: list) -> list:
    """Pairs (renamed, moved…) below a subtree root that is reported added or removed."""
    gone = [c.old for c in changes if c.op == "removed"]
    new = [c.new for c in changes if c.op == "added"]
    bad = []
    for c in changes:
        if c.op in ("added", "removed"):
            continue
        if any(c.old[:len(g)] == g for g in gone) or any(c.new[:len(n)] == n for n in new):
            bad.append(c)
    return bad


def test_no_pair_below_a_removed_section():
    old = ("某镇2023年工作总结\n一、经济发展\n（一）工业\n工业园区建设。\n（二）农业\n高标准农田。\n"
           "二、临时专项\n（一）迎检工作\n配合上级检查，工业园区建设情况汇报。\n")
    new = ("某镇2024年工作总结\n一、经济发展\n（一）工业\n工业园区建设。\n（二）农业\n高标准农田。\n"
           "（三）服务业\n商贸物流。\n")
    result = outline.diff(outline.parse(old), outline.parse(new))
    assert _contradictions(result.changes) == []
    assert ("removed", ["临时专项"], None) in [(c.op, c.old, c.new) for c in result.changes]


PAIRS = [("33_hailar_district_2012.txt", "34_hailar_district_2013.txt"),
         ("34_hailar_district_2013.txt", "35_hailar_district_2014.txt")]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
@pytest.mark.parametrize("old, new", PAIRS)
def test_real_consecutive_years_are_aligned_top_down(old, new):
    a, b = outline.parse_file(CORPUS / old), outline.parse_file(CORPUS / new)
    result = outline.diff(a, b, plan_vs_review=True)
    assert _contradictions(result.changes) == []
    # every top-level section finds its counterpart by role: review ↔ review, plan ↔ plan
    tops = {n.title: result.pairs.get(n) for n in a.children}
    assert all(m is not None for m in tops.values()), tops
    # the depth-1 sections of the old plan are paired with the new plan's, one to one
    old_plan, new_plan = a.children[-1], b.children[-1]
    paired = [result.pairs.get(c) for c in old_plan.children]
    assert sum(p is not None and p.parent is new_plan for p in paired) == min(len(old_plan.children),
                                                                             len(new_plan.children))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_plan_vs_review_on_a_real_pair_follows_each_task_into_the_review():
    a = outline.parse_file(CORPUS / "34_hailar_district_2013.txt")
    b = outline.parse_file(CORPUS / "35_hailar_district_2014.txt")
    result = outline.diff(a, b, plan_vs_review=True)
    assert result.plan_sections == (["2013年工作安排"], ["2013年工作回顾"])
    carried = {i.plan[-1]: i.review[-1] for i in result.plan if i.status == "carried out"}
    assert carried == {"加快产业发展，切实做强做优县域经济": "经济保持较快发展",
                       "坚持城乡统筹发展，加快推进新型城镇化进程": "城市建设和管理取得新进展",
                       "切实加强社会建设，保障和改善民生": "民生社会事业建设取得新进步",
                       "全面加强新形势下的政府自身建设": "政府自身建设取得新成效"}


def test_plan_vs_review_says_on_stderr_when_a_section_is_missing(tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("某镇2023年工作总结\n一、经济发展\n内容。\n", encoding="utf-8")
    new.write_text("某镇2024年工作总结\n一、2024年工作情况\n内容。\n", encoding="utf-8")
    proc = run_cli("diff", str(old), str(new), "--plan-vs-review")
    assert proc.returncode == 0
    err = proc.stderr.decode("utf-8")
    assert "no plan section found in" in err and "old.txt" in err and "Traceback" not in err
    data = json.loads(run_cli("diff", str(old), str(new), "--plan-vs-review", "-f", "json").stdout)
    assert data["plan_vs_review"]["plan_section"] is None and data["plan_vs_review"]["items"] == []


def test_a_year_only_change_is_not_a_rename():
    # neither report states its year, so years stay absolute: only the year changed
    old = "工作报告\n一、总体情况\n内容。\n（一）2023年重点项目\n内容。\n"
    new = "工作报告\n一、总体情况\n内容。\n（一）2024年重点项目\n内容。\n"
    assert ops(old, new) == []


def test_html_view_names_files_and_years_and_shows_each_pair(tmp_path):
    old, new = tmp_path / "zhen_2023.txt", tmp_path / "zhen_2024.txt"
    old.write_text(REWORDED_OLD, encoding="utf-8")
    new.write_text(REWORDED_NEW, encoding="utf-8")
    page = tmp_path / "d.html"
    assert run_cli("diff", str(old), str(new), "-f", "html", "-o", str(page)).returncode == 1
    html = page.read_text(encoding="utf-8")
    header = html.split("<h1>")[1].split("</h1>")[0]
    assert "zhen_2023.txt" in header and "zhen_2024.txt" in header
    assert "reviews 2023" in header and "reviews 2024" in header
    assert html.count('<span class="sim">') == 5  # every matched row: 2 top-level sections + 3 below
    assert "建设高标准农田二千亩" in html and "<details>" in html  # the first sentence, on expand


def test_no_change_contradicts_another_on_generated_pairs():
    import random
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import SEED_FILES
    from edits import reword_all, sentences, split_section

    rng = random.Random(11)
    docs = [outline.parse_file(s) for s in SEED_FILES]
    pool = sentences(docs[0].cleaned_text)
    for doc in docs:
        for _ in range(4):
            split = split_section(doc, rng)
            middle = outline.parse(split[0]) if split else doc
            text, _ = reword_all(middle, rng, pool=pool, drop=True)
            result = outline.diff(doc, outline.parse(text))
            assert _contradictions(result.changes) == []

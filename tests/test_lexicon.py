"""The lexicon: the word lists are data read from one file, in both scripts, and every list in
it is read by some stage (a list nobody reads is a list that drifts)."""
import re
import tomllib
from pathlib import Path

import outline
from outline import lexicon

PACKAGE = Path(outline.__file__).parent
FLAT_BODY = (" 一、总体情况 全县国土空间开发保护格局持续优化，耕地保护任务全面完成，生态保护红线严格落实，城镇开发边界管控有力。"
             " 二、存在问题 部分乡镇规划编制滞后，实施监督机制仍需完善，基础数据更新不够及时。"
             " 三、下一步打算 加快乡镇国土空间规划编制，健全规划实施监测评估预警机制，推进数据平台建设。")


def test_every_list_of_the_word_file_is_read_by_some_stage():
    data = tomllib.loads((PACKAGE / "lexicon" / "words.toml").read_text(encoding="utf-8"))
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    names = [f"{section}.{key}" for section, entries in data.items() for key in entries]
    assert len(names) >= 10
    unread = [name for name in names if f'"{name}"' not in source and f"'{name}'" not in source]
    assert unread == []


def test_character_classes_are_composed_not_restated():
    assert set(lexicon.SENTENCE_END) == set(lexicon.FULL_STOP) | set("；;")
    assert set(lexicon.END_PUNCT) == set(lexicon.SENTENCE_END) | set(lexicon.COLONS) | {"…"}
    assert set(lexicon.CLOSING_QUOTES) < set(lexicon.CLOSERS)


def test_a_title_word_matches_in_traditional_and_mixed_script():
    for title in ("某鎮2025年工作計劃", "某镇2025年工作計划"):
        doc = outline.parse(f"{title}\n一、總體要求\n堅持穩中求進。")
        assert doc.title == title
        assert doc.meta["plan_year"] == 2025


def test_a_flattened_title_is_not_cut_at_a_plan_word_inside_it():
    # 规划 is a title kind (a paragraph holding it may be the title) but not a title end:
    # 国土空间规划实施情况报告 ends at 报告
    doc = outline.parse("某县国土空间规划实施情况报告" + FLAT_BODY)
    assert doc.title == "某县国土空间规划实施情况报告"
    assert [n.title for n in doc.children] == ["总体情况", "存在问题", "下一步打算"]


def test_a_one_character_opener_spares_the_words_the_lexicon_lists():
    body = "这是一段足够长的正文内容，用来说明上面这一句话的具体情况和主要做法，并且还要更长一些。"
    text = f"某县工作总结\n一、工作回顾\n经济实力明显增强。{body}\n经过努力成效明显。{body}\n"
    leads = [n.title for n in outline.parse(text).children[0].children]
    assert "经济实力明显增强" in leads
    assert "经过努力成效明显" not in leads
    spared = lexicon.words("lead.spared")
    assert "经济" in spared and all(re.fullmatch(r"[\u4e00-\u9fff]{2}", w) for w in spared)


def test_an_untitled_reports_years_come_from_the_narrow_reviewed_year_words():
    from outline.compare.normalize import year_context

    body = "\n全年工作扎实推进。\n"
    planned = outline.parse("一、2025年主要工作" + body + "二、2025年主要任务" + body)
    assert year_context(planned).base == 2024  # 主要工作 plans the year it names
    reviewed = outline.parse("一、2024年工作回顾" + body + "二、2025年主要工作" + body)
    assert year_context(reviewed).base == 2024
    assert "主要工作" in lexicon.words("heading.review") and "主要工作" not in lexicon.words("heading.reviewed_year")

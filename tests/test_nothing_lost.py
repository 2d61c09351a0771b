"""Nothing is lost: on every seed and on generated, damaged reports."""
from __future__ import annotations

import json
import os

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import outline
from conftest import SCHEMA_PATH, SEED_FILES
from invariants import assert_nothing_lost
from outline.report import reparse, shape

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
# built once: jsonschema.validate() checks the schema itself again on every call (most of the fuzz run's time)
VALIDATOR = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
FUZZ_EXAMPLES = int(os.environ.get("OUTLINE_FUZZ_EXAMPLES", "300"))


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_every_character_of_a_seed_lands_in_one_node(seed):
    assert_nothing_lost(outline.parse_file(seed))


CN = "一二三四五六七八九十"
FULL = str.maketrans("0123456789().", "０１２３４５６７８９（）．")


def marker_for(family: str, n: int, full_width: bool) -> str:
    cn = CN[n - 1] if n <= 10 else "十" + CN[n - 11]
    m = {
        "cn_dun": f"{cn}、", "paren_cn": f"({cn})", "arabic": f"{n}.", "paren_arabic": f"({n})",
        "circled": chr(0x2460 + n - 1), "item": f"{cn}是", "ordinal": f"第{cn}，", "part": f"第{cn}部分",
        "dash": "——",
    }[family]
    return m.translate(FULL) if full_width else m


words = st.text(alphabet="经济发展项目建设民生保障乡村振兴推进加强完善治理安全生态环境产业招商改革", min_size=2, max_size=14)
sentence = st.builds(lambda w, p: w + p, words, st.sampled_from(["。", "，持续推进。", "；", "！"]))


@st.composite
def reports(draw):
    families = draw(st.permutations(["part", "cn_dun", "paren_cn", "arabic", "paren_arabic", "circled", "ordinal"]))
    depth = draw(st.integers(1, 4))
    families = families[:depth]
    full = draw(st.booleans())
    lines = [draw(words) + "2024年工作总结和2025年工作计划"]

    def section(level: int):
        for n in range(1, draw(st.integers(1, 3)) + 1):
            title = draw(words)
            lines.append(marker_for(families[level], n, full) + draw(st.sampled_from(["", " "])) + title +
                         draw(st.sampled_from(["", "。", "："])) + draw(st.sampled_from(["", draw(sentence)])))
            if draw(st.booleans()):
                items = "".join(marker_for("item", k, False) + draw(sentence) for k in range(1, draw(st.integers(1, 3)) + 1))
                lines.append(draw(sentence) + items)
            if level + 1 < len(families) and draw(st.booleans()):
                section(level + 1)

    section(0)
    # damage
    text = "\n".join(lines)
    damage = draw(st.lists(st.sampled_from(["split", "spaces", "noise", "truncate", "flatten", "traditional",
                                            "crlf", "gap", "blank", "one-line"]), max_size=4))
    for d in damage:
        if d == "split" and len(text) > 4:
            i = draw(st.integers(1, len(text) - 1))
            text = text[:i] + "\n" + text[i:]
        elif d == "spaces" and len(text) > 4:
            i = draw(st.integers(1, len(text) - 1))
            text = text[:i] + " " + text[i:]
        elif d == "noise":
            text = draw(st.sampled_from(["购物车\n", "更新时间:2023-11 来源:网友投稿\n", "##paidbegin##"])) + text
        elif d == "truncate" and len(text) > 10:
            text = text[:draw(st.integers(5, len(text)))]
        elif d == "flatten":
            text = text.replace("\n", " ") * draw(st.integers(1, 3))
        elif d == "one-line":  # a whole report pasted into one line, long enough to be split again
            flat = text.replace("\n", " ") + " "
            text = flat * (1300 // len(flat) + 1)
        elif d == "traditional":
            text = text.replace("经济", "經濟").replace("发展", "發展")
        elif d == "crlf":
            text = text.replace("\n", "\\r\\n")
        elif d == "gap":
            text = text.replace("\n", "\n---此处隐藏120字,下载后查看---\n", 1)
        elif d == "blank":
            text = text.replace("\n", "\n\n")
    return text


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(reports())
def test_generated_reports_never_crash_nor_lose_text(text):
    doc = outline.parse(text)
    assert_nothing_lost(doc)
    VALIDATOR.validate(json.loads(doc.to_json()))
    assert reparse(doc) == shape(doc)  # every tree built is a sentence of grammar/report.lark


@settings(max_examples=max(50, FUZZ_EXAMPLES // 10), deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text):
    assert_nothing_lost(outline.parse(text))


@settings(max_examples=max(50, FUZZ_EXAMPLES // 10), deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=400))
def test_arbitrary_bytes_parse_or_fail_cleanly(data):
    try:
        doc = outline.parse_bytes(data)
    except outline.OutlineError as err:
        assert "\n" not in str(err)
    else:
        assert_nothing_lost(doc)

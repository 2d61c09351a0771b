"""The marker cache: a second run answers from it without loading Lark, and a damaged or
unwritable cache changes nothing but speed."""
import json
import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import outline
from conftest import SEED_FILES

PROBE = ("import sys, outline; d = outline.parse('某镇工作总结\\n一、工作回顾\\n（一）抓项目。一是稳增长。'); "
         "print(d.children[0].children[0].children[0].marker, 'lark' in sys.modules)")


def run(cache_dir, code=PROBE):
    env = dict(os.environ, OUTLINE_CACHE_DIR=str(cache_dir))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)


def test_a_second_run_answers_from_the_cache_without_loading_lark(tmp_path):
    first = run(tmp_path)
    assert first.stdout.split() == ["一是", "True"], first.stderr
    files = list(tmp_path.glob("markers-*.json"))
    assert len(files) == 1 and "一、" in json.loads(files[0].read_text(encoding="utf-8"))["windows"]
    second = run(tmp_path)
    assert second.stdout.split() == ["一是", "False"], second.stderr


def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path):
    run(tmp_path)
    (cache,) = tmp_path.glob("markers-*.json")
    cache.write_text("{not json", encoding="utf-8")
    again = run(tmp_path)
    assert again.stdout.split() == ["一是", "True"], again.stderr
    assert json.loads(cache.read_text(encoding="utf-8"))["windows"]


def test_an_unwritable_cache_directory_changes_nothing_but_speed(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the directory should be
    result = run(blocked / "sub")
    assert result.returncode == 0 and result.stdout.split() == ["一是", "True"]
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def test_the_same_outline_with_or_without_the_cache():
    from outline import markers

    assert SEED_FILES
    for path in SEED_FILES:
        cached = outline.parse_file(path).to_json()
        markers._parse_window.cache_clear()
        saved = markers._cache().windows.copy()
        markers._cache().windows.clear()
        try:
            fresh = outline.parse_file(path).to_json()
        finally:
            markers._cache().windows.update(saved)
        assert cached == fresh



def test_a_cache_of_the_wrong_shape_is_asked_again_not_believed(tmp_path):
    run(tmp_path)
    (cache,) = tmp_path.glob("markers-*.json")
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["windows"] = {window: [1, 2] for window in data["windows"]}  # valid JSON, wrong answers
    data["facts"] = {"family_starts": {"cn_dun": 5}, "marker_run": "(unclosed"}
    cache.write_text(json.dumps(data), encoding="utf-8")
    again = run(tmp_path)
    assert again.stdout.split() == ["一是", "True"], again.stderr


def test_the_cache_keeps_at_most_four_thousand_answers_however_many_windows_a_run_meets(tmp_path):
    # (every cold start reads the whole file: a long corpus run must not make it grow without end)
    # (6,000 numerals of four Chinese digits: windows no digit rewriting makes alike)
    code = ("import itertools, outline; n = '一二三四五六七八九十'; "
            "outline.parse('某镇工作总结\\n' + ''.join(''.join(p) + '、甲\\n' "
            "for p in itertools.islice(itertools.product(n, repeat=4), 6000)))")
    assert run(tmp_path, code).returncode == 0
    (cache,) = tmp_path.glob("markers-*.json")
    windows = json.loads(cache.read_text(encoding="utf-8"))["windows"]
    assert 3_900 < len(windows) <= 4_000 and "一一一一、" in windows  # (the first met are kept)


def test_a_cache_grown_past_the_cap_before_it_existed_is_cut_back_to_it(tmp_path):
    run(tmp_path)
    (cache,) = tmp_path.glob("markers-*.json")
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["windows"].update({f"{n}。": None for n in range(5_000)})  # (numbers, as a long run meets them)
    cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    again = run(tmp_path)
    assert again.stdout.split() == ["一是", "False"], again.stderr  # (its answers still serve)
    assert len(json.loads(cache.read_text(encoding="utf-8"))["windows"]) == 4_000


def test_a_report_of_a_new_year_is_answered_from_the_windows_of_an_earlier_one(tmp_path):
    # (a window holds what follows the marker: 一、2019 and 一、2026 are two windows, one answer)
    earlier = ("import sys, outline; d = outline.parse('某镇工作总结\\n一、2019年工作回顾\\n（1）抓项目。\\n2019年全镇平稳。'); "
               "print(d.children[0].children[0].number, 'lark' in sys.modules)")
    later = earlier.replace("2019", "2026").replace("（1）", "（7）")
    assert run(tmp_path, earlier).stdout.split() == ["1", "True"]
    assert run(tmp_path, later).stdout.split() == ["7", "False"]  # (the number read from its own digits)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123９一二十、.．(（)）[【】〕是第 甲", min_size=1, max_size=8), st.randoms())
def test_an_answer_kept_for_other_digits_is_the_grammars_own_answer(window, rng):
    from outline import markers

    other = "".join(rng.choice("0123456789０９") if ch in "0123456789０１２３４５６７８９" else ch for ch in window)
    saved = markers._cache().windows.copy()
    markers._cache().windows.clear()
    markers._parse_window.cache_clear()
    try:
        markers._parse_window(other)  # (kept, its digits as 0)
        markers._parse_window.cache_clear()
        assert markers._parse_window(window) == markers._parse_with_grammar(window), (window, other)
    finally:
        markers._cache().windows.clear()
        markers._cache().windows.update(saved)
        markers._parse_window.cache_clear()


def test_only_a_grammar_whose_digits_are_one_class_run_is_read_with_digits_alike():
    from outline.grammarfacts import digit_terminals

    grammar = [("DIGITS", "[0-9０-９]+"), ("DUN", "[、．.]"), ("REST", "(?s:.+)")]
    assert digit_terminals(grammar, rest="REST") == {"DIGITS"}
    for regex in ("19[0-9]{2}", r"\d+", "[^5]", "[0-9]", "[0-4]+", "(?:[0-9]+)年"):
        assert digit_terminals(grammar + [("YEAR", regex)], rest="REST") is None, regex
    assert digit_terminals([("CN", "[一二]+"), ("REST", "(?s:.+)")], rest="REST") == set()

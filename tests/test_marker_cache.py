"""The marker cache: a second run answers from it without loading Lark, and a damaged or
unwritable cache changes nothing but speed."""
import json
import os
import subprocess
import sys

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
    code = ("import outline; outline.parse('某镇工作总结\\n' + ''.join(f'{n}.第{n}项\\n' for n in range(1, 6001)))")
    assert run(tmp_path, code).returncode == 0
    (cache,) = tmp_path.glob("markers-*.json")
    windows = json.loads(cache.read_text(encoding="utf-8"))["windows"]
    assert 3_900 < len(windows) <= 4_000 and "1.第1" in windows  # (the first met are kept)


def test_a_cache_grown_past_the_cap_before_it_existed_is_cut_back_to_it(tmp_path):
    run(tmp_path)
    (cache,) = tmp_path.glob("markers-*.json")
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["windows"].update({f"{n}。": None for n in range(5_000)})  # (numbers, as a long run meets them)
    cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    again = run(tmp_path)
    assert again.stdout.split() == ["一是", "False"], again.stderr  # (its answers still serve)
    assert len(json.loads(cache.read_text(encoding="utf-8"))["windows"]) == 4_000

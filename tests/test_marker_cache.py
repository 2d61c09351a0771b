"""The marker cache: a second run reads the grammar's facts from it without loading Lark, even
for markers no run has shown, and a damaged or unwritable cache changes nothing but speed."""
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
    assert len(files) == 1 and json.loads(files[0].read_text(encoding="utf-8"))["facts"]["scan"]["sequences"]
    second = run(tmp_path)
    assert second.stdout.split() == ["一是", "False"], second.stderr


def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path):
    run(tmp_path)
    (cache,) = tmp_path.glob("markers-*.json")
    cache.write_text("{not json", encoding="utf-8")
    again = run(tmp_path)
    assert again.stdout.split() == ["一是", "True"], again.stderr
    assert json.loads(cache.read_text(encoding="utf-8"))["facts"]["scan"]


def test_an_unwritable_cache_directory_changes_nothing_but_speed(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the directory should be
    result = run(blocked / "sub")
    assert result.returncode == 0 and result.stdout.split() == ["一是", "True"]
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def test_markers_no_run_has_shown_are_read_without_lark(tmp_path):
    # (a cache filled by one report serves another whose markers are all new to it)
    assert run(tmp_path).stdout.split() == ["一是", "True"]
    other = ("import sys, outline; d = outline.parse('某县政府工作报告\\n第三部分 2026年工作\\n〔3〕 抓项目。\\n六、（ 十二 ）抓项目。\\n"
             "⑴ 首先，稳增长。第二，促改革。'); print('|'.join(n.marker or '' for n in d.nodes()), 'lark' in sys.modules)")
    assert run(tmp_path, other).stdout.split() == ["第三部分|〔3〕|六、|⑴", "False"]


def test_the_same_outline_with_or_without_the_scanner(monkeypatch):
    from outline import markers

    assert SEED_FILES
    for path in SEED_FILES:
        scanned = outline.parse_file(path).to_json()
        markers._parse_window.cache_clear()
        monkeypatch.setattr(markers, "_scanner", lambda: None)  # (every window asked of Lark)
        try:
            parsed = outline.parse_file(path).to_json()
        finally:
            monkeypatch.undo()
            markers._parse_window.cache_clear()
        assert scanned == parsed


def test_a_cache_of_the_wrong_shape_is_read_again_not_believed(tmp_path):
    run(tmp_path)
    (cache,) = tmp_path.glob("markers-*.json")
    for facts in ({"scan": {"sequences": 5}, "family_starts": {"cn_dun": 5}, "marker_run": "(unclosed"},
                  {"scan": {"sequences": [["cn_dun", ["NO_SUCH"]]], "terminals": {}, "ignore": []}},
                  {"scan": {"sequences": [["cn_dun", ["CN_NUM"]]], "terminals": {"CN_NUM": [["regex", "(unclosed"], "一"]},
                            "ignore": []}},
                  {"scan": {"sequences": [["cn_dun", ["CN_NUM"]]], "terminals": {"CN_NUM": [["loop"], "一"]},
                            "ignore": []}}):
        cache.write_text(json.dumps({"facts": facts}), encoding="utf-8")
        again = run(tmp_path)
        assert again.stdout.split() == ["一是", "True"], (facts, again.stderr)


def test_a_grammar_the_scanner_cannot_read_is_asked_of_lark_every_run(tmp_path):
    # (the refusal is kept as a fact too: the grammar is not read again for it)
    code = ("import sys, outline.markers as m; m.marker_sequences = lambda *a, **k: None; "
            "import outline; d = outline.parse('某镇工作总结\\n一、工作回顾\\n（一）抓项目。一是稳增长。'); "
            "print(d.children[0].children[0].children[0].marker, 'lark' in sys.modules)")
    assert run(tmp_path, code).stdout.split() == ["一是", "True"]
    (cache,) = tmp_path.glob("markers-*.json")
    assert json.loads(cache.read_text(encoding="utf-8"))["facts"]["scan"] is False
    assert run(tmp_path).stdout.split() == ["一是", "True"]

"""The kept TOML data: a second run reads the rules and word lists without loading tomllib, the
data are tomllib's own, and a damaged or unwritable cache changes nothing but speed."""
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from outline import tomlcache

PROBE = ("import sys, outline; d = outline.parse('某镇工作总结\\n一、工作回顾\\n（一）抓项目。一是稳增长。'); "
         "print(d.children[0].children[0].title, 'tomllib' in sys.modules)")
DATA_FILES = sorted((Path(__file__).parent.parent / "outline").glob("**/*.toml"))


def run(cache_dir):
    env = dict(os.environ, OUTLINE_CACHE_DIR=str(cache_dir))
    return subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)


def test_a_second_run_reads_the_rules_without_loading_tomllib(tmp_path):
    assert run(tmp_path).stdout.split() == ["抓项目", "True"]
    assert len(list(tmp_path.glob("toml-*.json"))) == len(DATA_FILES)
    assert run(tmp_path).stdout.split() == ["抓项目", "False"]


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_the_kept_data_are_what_tomllib_reads(path, tmp_path, monkeypatch):
    monkeypatch.setenv("OUTLINE_CACHE_DIR", str(tmp_path))
    text = path.read_text(encoding="utf-8")
    first, again = tomlcache.loads(text), tomlcache.loads(text)  # (parsed, then read back)
    assert first == again == tomllib.loads(text)


def test_a_damaged_kept_file_is_ignored_and_the_text_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("OUTLINE_CACHE_DIR", str(tmp_path))
    text = 'name = "甲"\nsizes = [1, 2]\n'
    tomlcache.loads(text)
    (kept,) = tmp_path.glob("toml-*.json")
    check, _, body = kept.read_text(encoding="utf-8").partition("\n")
    kept.write_text(check + "\n" + body.replace("甲", "乙"), encoding="utf-8")  # valid JSON, wrong data
    assert tomlcache.loads(text) == {"name": "甲", "sizes": [1, 2]}
    kept.write_text("{not json", encoding="utf-8")
    assert tomlcache.loads(text) == {"name": "甲", "sizes": [1, 2]}


def test_an_unwritable_cache_or_a_date_changes_nothing_but_speed(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the directory should be
    monkeypatch.setenv("OUTLINE_CACHE_DIR", str(blocked / "sub"))
    assert tomlcache.loads("a = 1\n") == {"a": 1}
    monkeypatch.setenv("OUTLINE_CACHE_DIR", str(tmp_path / "ok"))
    text = "when = 2024-01-13\n"  # (a TOML date has no JSON form: never kept, parsed each time)
    assert tomlcache.loads(text) == tomllib.loads(text)
    assert not list((tmp_path / "ok").glob("toml-*.json"))


def test_text_that_is_not_toml_still_fails_as_tomllib_fails(tmp_path, monkeypatch):
    monkeypatch.setenv("OUTLINE_CACHE_DIR", str(tmp_path))
    with pytest.raises(tomllib.TOMLDecodeError):
        tomlcache.loads("[[line]\nname = ")


def test_a_kept_copy_is_read_back_without_parsing_the_text_again(tmp_path, monkeypatch):
    monkeypatch.setenv("OUTLINE_CACHE_DIR", str(tmp_path))
    text = 'name = "甲"\n'
    first = tomlcache.loads(text)

    def parse_again(_text):
        raise AssertionError("parsed again")

    monkeypatch.setattr(tomllib, "loads", parse_again)
    assert tomlcache.loads(text) == first == {"name": "甲"}


def test_a_kept_copy_that_is_not_a_table_is_not_believed(tmp_path, monkeypatch):
    import zlib

    monkeypatch.setenv("OUTLINE_CACHE_DIR", str(tmp_path))
    text = "a = 1\n"
    tomlcache.loads(text)
    (kept,) = tmp_path.glob("toml-*.json")
    kept.write_text(f"{zlib.crc32(b'[1]'):08x}\n[1]", encoding="utf-8")  # (its checksum right, its data a list)
    assert tomlcache.loads(text) == {"a": 1}

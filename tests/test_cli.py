"""The command line: inputs, outputs, and one-line errors for bad input."""
from __future__ import annotations

import json

import pytest

from conftest import SEED_FILES, one_line_error, run_cli




def test_missing_file(tmp_path):
    assert "no such file" in one_line_error(run_cli("build", str(tmp_path / "nope.txt")))


def test_directory(tmp_path):
    assert "directory" in one_line_error(run_cli("build", str(tmp_path)))


@pytest.mark.parametrize("magic, word", [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
                                         (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP")])
def test_binary_documents(tmp_path, magic, word):
    f = tmp_path / "report.txt"
    f.write_bytes(magic + bytes(range(256)) * 4)
    assert word in one_line_error(run_cli("build", str(f)))


def test_random_binary(tmp_path):
    f = tmp_path / "blob.txt"
    f.write_bytes(bytes(range(256)) * 40)
    one_line_error(run_cli("build", str(f)))


def test_undecodable_bytes_with_forced_encoding_are_replaced_and_warned_or_refused_with_strict(tmp_path):
    f = tmp_path / "r.txt"
    f.write_bytes("某镇2024年工作总结\n一、工作回顾\n".encode("gb18030") + b"\xff\xfe\xfa")
    proc = run_cli("build", str(f), "--encoding", "gb18030", "-f", "json")
    assert proc.returncode == 0
    assert "decode-replaced" in proc.stderr.decode("utf-8")
    assert "--strict" in one_line_error(run_cli("build", str(f), "--encoding", "gb18030", "--strict"))


def test_unknown_encoding_name(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("一、工作回顾", encoding="utf-8")
    assert "unknown encoding" in one_line_error(run_cli("build", str(f), "--encoding", "klingon"))


def test_empty_input_gives_empty_outline_and_warning(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    proc = run_cli("build", str(f), "--format", "json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert data["children"] == [] and data["warnings"][0]["code"] == "empty"


def test_stdin_and_output_file(tmp_path):
    out = tmp_path / "o.json"
    proc = run_cli("build", "-", "-f", "json", "-o", str(out), input_bytes=SEED_FILES[0].read_bytes())
    assert proc.returncode == 0 and proc.stdout == b""
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "南漳镇2024年工作总结和2025年工作计划"


def test_several_inputs_to_a_directory(tmp_path):
    proc = run_cli("build", *map(str, SEED_FILES), "-f", "opml", "-o", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [s.stem + ".opml" for s in SEED_FILES]


def test_several_inputs_need_a_directory():
    assert "-o DIR" in one_line_error(run_cli("build", *map(str, SEED_FILES[:2])))


def test_one_bad_file_among_good_ones(tmp_path):
    proc = run_cli("build", str(SEED_FILES[0]), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"))
    assert proc.returncode == 1
    assert (tmp_path / "out" / (SEED_FILES[0].stem + ".md")).exists()


def test_simplified_output():
    trad = next(s for s in SEED_FILES if s.stem.startswith("002"))
    kept = run_cli("build", str(trad)).stdout.decode("utf-8")
    simp = run_cli("build", str(trad), "--simplified").stdout.decode("utf-8")
    assert "花橋鎮" in kept and "花桥镇" in simp and "花橋鎮" not in simp


def test_help_teaches():
    out = run_cli("build", "--help").stdout.decode("utf-8")
    assert "--format" in out and "--simplified" in out and "Examples" in out

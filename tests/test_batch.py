"""Corpus runs: directories and globs, parallel processes, one stream out, bad files skipped."""
from __future__ import annotations

import json
import shutil

from conftest import SEED_FILES, run_cli


def corpus(tmp_path, copies=3):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for k in range(copies):
        for s in SEED_FILES:
            shutil.copy(s, (root / "sub" if k % 2 else root) / f"{k}_{s.name}")
    (root / "broken.txt").write_bytes(b"%PDF-1.5\n" + bytes(range(256)))
    (root / "zeros.txt").write_bytes(b"\x00" * 100)
    return root


def test_directory_to_jsonl_in_parallel_equals_serial(tmp_path):
    root = corpus(tmp_path)
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    p1 = run_cli("build", str(root), "-f", "jsonl", "-o", str(one), "--jobs", "1")
    p2 = run_cli("build", str(root), "-f", "jsonl", "-o", str(two), "--jobs", "2")
    assert p1.returncode == p2.returncode == 1  # some files failed, the rest were written
    assert one.read_bytes() == two.read_bytes()
    docs = [json.loads(line) for line in one.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 3 * len(SEED_FILES) and all(d["schema"] == "outline/1" for d in docs)
    err = p2.stderr.decode("utf-8")
    assert "broken.txt" in err and "zeros.txt" in err and "Traceback" not in err
    assert f"{3 * len(SEED_FILES) + 2} files" in err and "2 failed" in err


def test_sections_table(tmp_path):
    out = tmp_path / "s.jsonl"
    assert run_cli("build", str(SEED_FILES[0]), "--sections", "-o", str(out)).returncode == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert set(rows[0]) == {"document", "path", "level", "kind", "marker", "title", "text", "line"}
    item = next(r for r in rows if r["marker"] == "一是")
    assert item["path"][:2] == ["2024年工作总结", "调结构、抓特色,产业发展奏响新乐章"] and item["level"] == 3


def test_glob_to_directory(tmp_path):
    root = corpus(tmp_path, copies=1)
    out = tmp_path / "out"
    proc = run_cli("build", str(root / "*_0*.txt"), "-f", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert len(list(out.iterdir())) == len(SEED_FILES)


def test_a_corpus_run_on_a_terminal_shows_a_progress_bar_and_keeps_stdout_clean(tmp_path):
    import os
    import pty
    import subprocess

    from conftest import outline_cmd

    root = corpus(tmp_path, copies=1)
    out = tmp_path / "all.jsonl"
    primary, secondary = pty.openpty()  # stderr is a terminal; stdout is not
    proc = subprocess.run([*outline_cmd(), "build", str(root), "-f", "jsonl", "-o", str(out), "--jobs", "1"],
                          stdout=subprocess.PIPE, stderr=secondary, timeout=120,
                          env=dict(os.environ, COLUMNS="100", TERM="xterm"))
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(primary, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(primary)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 1 and proc.stdout == b""
    assert "files" in shown and "━" in shown  # the bar: done/total files
    assert "broken.txt" in shown and "zeros.txt" in shown  # errors printed above the bar
    assert "7 files, " in shown and "2 failed" in shown  # the summary after it
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(SEED_FILES)

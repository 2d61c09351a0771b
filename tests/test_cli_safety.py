"""A CLI that is safe on real work: outputs only on success, no silent collisions, one-line
errors everywhere, lenient decoding, XML-safe writers, clean shutdown, outliner-ready Markdown."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import xml.dom.minidom

import pytest
from markdown_it import MarkdownIt

import outline
from conftest import ROOT, SEED_FILES, one_line_error, outline_cmd, run_cli

SEED = SEED_FILES[0]
CORPUS = ROOT.parent / "shared" / "corpus"
REAL = SEED_FILES + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])




# -- 1. outputs written only on success ------------------------------------------------------

@pytest.mark.parametrize("bad", ["missing", "binary", "empty-corpus"])
def test_a_failed_run_leaves_an_existing_output_as_it_was(tmp_path, bad):
    out = tmp_path / "o.json"
    out.write_text("GOOD", encoding="utf-8")
    if bad == "missing":
        proc = run_cli("build", str(tmp_path / "missing.txt"), "-f", "json", "-o", str(out))
    elif bad == "binary":
        blob = tmp_path / "blob.txt"
        blob.write_bytes(bytes(range(256)) * 20)
        proc = run_cli("build", str(blob), "-f", "json", "-o", str(out))
    else:  # a jsonl run in which every file fails
        for name in ("a.txt", "b.txt"):
            (tmp_path / name).write_bytes(b"\x00" * 64)
        proc = run_cli("build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", "jsonl", "-o", str(out))
    assert proc.returncode == 2
    assert out.read_text(encoding="utf-8") == "GOOD"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_a_successful_run_replaces_the_output_keeping_its_mode(tmp_path):
    out = tmp_path / "o.json"
    out.write_text("OLD", encoding="utf-8")
    out.chmod(0o640)
    assert run_cli("build", str(SEED), "-f", "json", "-o", str(out)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "outline/1"
    assert out.stat().st_mode & 0o777 == 0o640


def _corpus_run(tmp_path, out, sig):
    src = tmp_path / "many"
    src.mkdir()
    big = SEED_FILES[-1].read_text(encoding="utf-8") * 40
    for i in range(400):
        (src / f"r{i:03d}.txt").write_text(big, encoding="utf-8")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([*outline_cmd(), "build", str(src), "-f", "jsonl", "-o", str(out), "--jobs", "2", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    # signal once results are being written (not after a fixed time: a faster parse finishes
    # the whole run first), well before the 400 files are done
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None and not any(
            p.stat().st_size > 0 for p in out.parent.glob(f".{out.name}.*.part")):
        time.sleep(0.02)
    os.killpg(proc.pid, sig) if sig == signal.SIGINT else proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    return proc, err.decode("utf-8")


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_an_interrupted_corpus_run_says_what_it_wrote_ends_its_workers_and_keeps_the_old_output(tmp_path, sig,
                                                                                                  code):
    out = tmp_path / "c.jsonl"
    out.write_text("GOOD\n", encoding="utf-8")
    proc, err = _corpus_run(tmp_path, out, sig)
    assert proc.returncode == code, err
    assert "interrupted" in err and "Traceback" not in err and str(out) in err
    assert out.read_text(encoding="utf-8") == "GOOD\n"
    time.sleep(0.5)
    leftovers = subprocess.run(["pgrep", "-f", str(tmp_path / "many")], capture_output=True, text=True).stdout
    assert leftovers.strip() == "", leftovers  # no worker outlived its parent


# -- 2. no silent collisions -----------------------------------------------------------------

def test_outputs_keep_the_inputs_paths_below_the_folder_given(tmp_path):
    for year in ("2023", "2024"):
        (tmp_path / "a" / year).mkdir(parents=True)
        shutil.copy(SEED, tmp_path / "a" / year / "report.txt")
    assert run_cli("build", str(tmp_path / "a"), "-f", "json", "-o", str(tmp_path / "out")).returncode == 0
    assert sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*.json")) == [
        "2023/report.json", "2024/report.json"]
    named = run_cli("build", str(tmp_path / "a/2023/report.txt"), str(tmp_path / "a/2024/report.txt"),
                    "-f", "json", "-o", str(tmp_path / "named"))
    assert named.returncode == 0
    assert sorted(str(p.relative_to(tmp_path / "named")) for p in (tmp_path / "named").rglob("*.json")) == [
        "2023/report.json", "2024/report.json"]


def test_two_inputs_that_would_write_one_file_are_an_error_before_anything_is_written(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEED, src / "report.txt")
    shutil.copy(SEED, src / "report.TXT")
    err = one_line_error(run_cli("build", str(src), "-f", "json", "-o", str(tmp_path / "out")))
    assert "would both be written to" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# -- 3. one-line errors ----------------------------------------------------------------------

@pytest.mark.parametrize("target", ["/dev/full", "no/such/dir/o.json"])
def test_unwritable_outputs_are_one_line_errors(tmp_path, target):
    path = target if target.startswith("/") else str(tmp_path / target)
    assert "cannot write" in one_line_error(run_cli("build", str(SEED), "-o", path))


def test_stdout_to_a_full_disk_is_a_one_line_error():
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([*outline_cmd(), "build", str(SEED)], stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert "No space left" in one_line_error(proc)


def test_a_closed_pipe_ends_the_run_quietly():
    cmd = " ".join([*outline_cmd(), "build", str(SEED), str(SEED), "-f", "jsonl", "|", "head", "-c", "10"])
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, timeout=60)
    assert b"Traceback" not in proc.stderr and b"Error" not in proc.stderr


@pytest.mark.parametrize("rules, words", [
    ('[[line]]\nname = "x"\npattern = "(unclosed"\n', ["rules.toml", "'x'", "bad pattern"]),
    ('[[inline]]\npattern = "abc"\n', ["rules.toml", "#1", "no name"]),
    ('[[line]]\nname = "y"\n', ["rules.toml", "'y'", "no pattern"]),
    ("garbage [[[\n", ["rules.toml", "TOML"]),
])
def test_bad_rule_files_name_the_file_the_rule_and_what_is_wrong(tmp_path, rules, words):
    f = tmp_path / "rules.toml"
    f.write_text(rules, encoding="utf-8")
    err = one_line_error(run_cli("build", str(SEED), "--rules", str(f)))
    assert all(w in err for w in words), err


def test_bad_options_are_one_line_usage_errors():
    proc = run_cli("build", str(SEED), "--format", "pdf")
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


# -- 4. lenient decoding -----------------------------------------------------------------------

def test_one_bad_byte_is_replaced_warned_about_and_listed(tmp_path):
    f = tmp_path / "r.txt"
    f.write_bytes(("某镇2024年工作总结\n一、工作回顾\n" + "内容很多。" * 50 + "\n").encode("gb18030") + b"\xff"
                  + "\n二、工作计划\n内容。\n".encode("gb18030"))
    proc = run_cli("build", str(f), "-f", "json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert [w["code"] for w in data["warnings"]] == ["decode-replaced"]
    assert {"rule": "decode: bad bytes", "line": 4, "text": "ff"} in data["meta"]["cleaning"]["removed"]
    assert [c["title"] for c in data["children"]] == ["工作回顾", "工作计划"]
    assert "--strict" in one_line_error(run_cli("build", str(f), "--strict"))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(tmp_path, codec):
    f = tmp_path / "r.txt"
    f.write_bytes(SEED.read_text(encoding="utf-8").encode(codec))
    data = json.loads(run_cli("build", str(f), "-f", "json").stdout)
    assert data["meta"]["source"]["encoding"] == codec and data["title"] == outline.parse_file(SEED).title


def test_truly_mixed_or_binary_files_are_still_refused(tmp_path):
    f = tmp_path / "mixed.txt"
    f.write_bytes(bytes(range(128, 256)) * 30)
    one_line_error(run_cli("build", str(f)))


# -- 5. XML-safe writers -----------------------------------------------------------------------

CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\n\r")


def test_every_writer_is_safe_on_text_holding_every_control_character():
    doc = outline.parse(f"某镇2024年工作总结\n一、工作{CONTROLS}回顾\n内容{CONTROLS}。\n（一）抓项目\n内容。\n")
    assert [n.title for n in doc.nodes()] == ["工作回顾", "抓项目"]
    assert any(r["rule"] == "text: control characters" for r in doc.meta["cleaning"]["removed"])
    xml.dom.minidom.parseString(doc.to_opml().encode("utf-8"))
    for text in (doc.to_opml(), doc.to_markdown(body=True), doc.to_text_tree(), doc.to_json()):
        assert not any(c in text for c in CONTROLS if c != "\t")
    from outline.compare.html import render_html

    page = render_html(outline.diff(doc, outline.parse(f"某镇2024年工作总结\n一、工作{CONTROLS}总结\n内容。\n")))
    assert not any(c in page for c in CONTROLS if c not in "\t")


def test_opml_of_a_tree_built_by_hand_drops_and_reports_forbidden_characters():
    doc = outline.parse("某镇2024年工作总结\n一、工作回顾\n内容。\n")
    doc.children[0].title = "工作\x0b回顾\ufffe"
    opml = doc.to_opml()
    xml.dom.minidom.parseString(opml.encode("utf-8"))
    assert "2 character(s) that XML 1.0 does not allow were dropped" in opml


# -- 6. linear time: bench/bench.py prints the scaling rows (no timed unit test) ----------------

# -- 7. Markdown that outliners read back --------------------------------------------------------

def markdown_shape(md: str) -> list[int]:
    """Depths of the nodes markdown-it reads from ``md``: headings by level, list items under
    the last heading (or list item) open."""
    tokens = MarkdownIt().parse(md)
    heads: list[tuple[int, int]] = [(1, -1)]  # (heading level, depth of the node)
    items = 0
    out: list[int] = []
    for t in tokens:
        if t.type == "heading_open" and t.tag != "h1":
            level = int(t.tag[1])
            while heads[-1][0] >= level:
                heads.pop()
            depth = heads[-1][1] + 1
            heads.append((level, depth))
            out.append(depth)
            items = 0
        elif t.type == "list_item_open":
            out.append(heads[-1][1] + 1 + items)
            items += 1
        elif t.type == "list_item_close":
            items -= 1
    return out


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_markdown_reads_back_as_the_same_tree(path):
    doc = outline.parse_file(path)
    assert markdown_shape(doc.to_markdown()) == [n.depth - 1 for n in doc.nodes()]


# -- 8. CLI conventions ----------------------------------------------------------------------------

def test_version_and_short_help():
    assert run_cli("--version").stdout.decode().startswith("outline ")
    assert run_cli("-V").returncode == 0
    assert b"--format" in run_cli("build", "-h").stdout


def test_warnings_reach_stderr_and_quiet_silences_them(tmp_path):
    f = tmp_path / "cut.txt"
    f.write_text("某镇2024年工作总结\n一、工作回顾\n（一）甲\n内容。\n（三）丙\n内容。\n", encoding="utf-8")
    err = run_cli("build", str(f)).stderr.decode("utf-8")
    assert f"{f}:5: warning:" in err and "numbering-skipped" in err
    assert run_cli("build", str(f), "-q").stderr == b""


def test_dash_o_dash_is_stdout_and_diff_reads_stdin(tmp_path):
    proc = run_cli("build", str(SEED), "-f", "json", "-o", "-")
    assert json.loads(proc.stdout)["schema"] == "outline/1" and not (ROOT / "-").exists()
    same = run_cli("diff", "-", str(SEED), input_bytes=SEED.read_bytes())
    assert same.returncode == 0 and b"(no changes)" in same.stdout


def test_directory_mode_takes_every_report_format_and_case_and_skips_hidden_folders(tmp_path):
    src = tmp_path / "src"
    for folder in ("", ".venv", ".git", "node_modules", "drafts"):
        (src / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(SEED, src / folder / "x.TXT")
    (src / "notes.md").write_text("not a report", encoding="utf-8")
    proc = run_cli("build", str(src), "--sections", "-o", str(tmp_path / "s.jsonl"), "--exclude", "drafts/*")
    assert proc.returncode == 0, proc.stderr
    docs = {json.loads(line)["document"] for line in (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()}
    assert docs == {str(src / "x.TXT")}


def test_no_color_counts_only_when_set_to_something(tmp_path):
    env = dict(os.environ, NO_COLOR="")
    script = ("import sys, os, pty; "
              f"pid, fd = pty.fork()\nif pid == 0: os.execvpe({outline_cmd()[0]!r}, "
              f"[{outline_cmd()[0]!r}, 'diff', {str(SEED)!r}, {str(SEED_FILES[1])!r}], os.environ)\n"
              "out = b''\nwhile True:\n  try: chunk = os.read(fd, 65536)\n  except OSError: break\n"
              "  if not chunk: break\n  out += chunk\nsys.stdout.buffer.write(out)")
    coloured = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env, timeout=60).stdout
    assert b"\x1b[" in coloured
    env["NO_COLOR"] = "1"
    plain = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env, timeout=60).stdout
    assert b"\x1b[" not in plain


def test_latin_word_spaces_are_kept_in_titles():
    doc = outline.parse("某市2025年工作总结\n一、实施Made in China 2025 战略\n内容。\n二、推进 PM 2.5 治理和 改善民生\n内容。\n"
                        "三、关于1 9 9 8年的工作\n内容。\n")
    assert [n.title for n in doc.nodes()] == ["实施Made in China 2025战略", "推进PM 2.5治理和改善民生", "关于1998年的工作"]


def test_dash_o_a_folder_with_one_report_writes_into_the_folder(tmp_path):
    out = tmp_path / "outlines"
    assert run_cli("build", str(SEED), "-f", "json", "-o", str(out) + "/").returncode == 0
    assert (out / (SEED.stem + ".json")).is_file()


def test_shell_completion_is_offered():
    assert b"--install-completion" in run_cli("--help").stdout

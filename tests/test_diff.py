"""outline diff: known edits are recovered exactly; same reports give nothing."""
from __future__ import annotations

import json
import random
import subprocess

import pytest

import outline
from conftest import SEED_FILES, chromium, chromium_flags, run_cli
from edits import EDITS, add, matches, recovered, shift_years, to_traditional

DOCS = {s.stem: outline.parse_file(s) for s in SEED_FILES}
EDITABLE = [s for s in SEED_FILES if not s.stem.startswith("003")]  # 003 has one section: little to edit


def check(old_doc, new_text, expected):
    result = outline.diff(old_doc, outline.parse(new_text))
    got = recovered(result)
    found, right = matches(expected, got)
    assert (found, right, len(got)) == (len(expected), len(got), len(expected)), (expected, got)


@pytest.mark.parametrize("edit", sorted(EDITS))
@pytest.mark.parametrize("seed", EDITABLE, ids=lambda p: p.stem)
def test_one_known_edit_is_recovered(seed, edit):
    doc = DOCS[seed.stem]
    made = EDITS[edit](doc, random.Random(7))
    if made is None:
        pytest.skip(f"{seed.stem} has nothing to {edit}")
    check(doc, *made)


@pytest.mark.parametrize("seed", EDITABLE, ids=lambda p: p.stem)
def test_added_section_from_another_report(seed):
    doc = DOCS[seed.stem]
    donor = DOCS[next(s.stem for s in EDITABLE if s != seed)]
    made = add(doc, random.Random(3), donor)
    if made is None:
        pytest.skip("no section of the donor fits")
    check(doc, *made)


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_same_report_next_year_or_other_script_is_no_change(seed):
    text = seed.read_text(encoding="utf-8")
    doc = DOCS[seed.stem]
    assert outline.diff(doc, doc).same
    assert outline.diff(doc, outline.parse(shift_years(text))).changes == []
    assert outline.diff(doc, outline.parse(to_traditional(text))).changes == []


def test_relative_years_align_plan_sections():
    a = outline.parse("某镇2023年工作总结和2024年工作谋划\n一、2023年工作情况\n内容。\n二、2024年工作谋划\n内容。\n")
    b = outline.parse("某镇2024年工作总结和2025年工作计划\n一、2024年工作情况\n内容。\n二、2025年工作计划\n内容。\n")
    assert [c.op for c in outline.diff(a, b).changes] == ["renamed"]  # 谋划 → 计划, the years line up


def test_plan_vs_review():
    old = outline.parse("某镇2023年工作总结和2024年工作计划\n一、2023年工作情况\n内容。\n二、2024年工作计划\n"
                        "（一）加快农业现代化\n推进高标准农田建设，发展设施蔬菜产业。\n（二）建设美丽乡村\n开展人居环境整治。\n")
    new = outline.parse("某镇2024年工作总结和2025年工作计划\n一、2024年工作情况\n（一）农业现代化加快推进\n"
                        "建成高标准农田，设施蔬菜产业发展迅速。\n（二）招商引资成效显著\n引进企业五家。\n二、2025年工作计划\n内容。\n")
    result = outline.diff(old, new, plan_vs_review=True)
    status = {tuple(i.plan or i.review): i.status for i in result.plan}
    assert status[("2024年工作计划", "加快农业现代化")] == "carried out"
    assert status[("2024年工作计划", "建设美丽乡村")] == "not mentioned"
    assert status[("2024年工作情况", "招商引资成效显著")] == "new"


def test_cli_exit_codes_and_json_contract(tmp_path):
    seed = str(SEED_FILES[0])
    assert run_cli("diff", seed, seed).returncode == 0
    other = tmp_path / "other.txt"
    made = EDITS["delete"](DOCS[SEED_FILES[0].stem], random.Random(1))
    other.write_text(made[0], encoding="utf-8")
    proc = run_cli("diff", seed, str(other), "-f", "json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["schema"] == "outline-diff/1" and set(data) >= {"old", "new", "changes"}
    assert [c["op"] for c in data["changes"]] == ["removed"] and data["changes"][0]["new"] is None
    assert run_cli("diff", seed, str(tmp_path / "missing.txt")).returncode == 2
    plain = run_cli("diff", seed, str(other)).stdout.decode("utf-8")
    assert "\033[" not in plain and plain.count("\n- ") == 1  # no colour when not on a terminal


@pytest.mark.skipif(chromium() is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_html_view_in_a_real_browser(tmp_path):
    seed = SEED_FILES[-1]
    doc = DOCS[seed.stem]
    new_text, _ = EDITS["move"](doc, random.Random(7))
    new = tmp_path / "new.txt"
    new.write_text(new_text, encoding="utf-8")
    page = tmp_path / "diff.html"
    assert run_cli("diff", str(seed), str(new), "-f", "html", "-o", str(page)).returncode == 1
    flags = [*chromium_flags(tmp_path / "profile"), "--window-size=1200,1600"]
    dom = subprocess.run([chromium(), *flags, "--dump-dom", page.as_uri()], capture_output=True, timeout=120)
    html = dom.stdout.decode("utf-8")
    rows = html.count("<tr class=")
    assert rows == sum(1 for n in doc.nodes() if n.kind != "gap") and 'class="moved"' in html
    header = html.split("<h1>")[1].split("</h1>")[0]  # as the browser built the page
    assert seed.name in header and "new.txt" in header and "reviews" in header
    assert html.count("<details>") == 2 * rows  # every row is a matched pair (a move keeps its pair)
    shot = tmp_path / "diff.png"
    subprocess.run([chromium(), *flags, f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=120)
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000  # a page with content, not a blank

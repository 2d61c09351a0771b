"""Renderers read the one tree: JSON, Markdown, OPML, the terminal tree."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

import outline
from conftest import SEED_FILES, run_cli


def shape(node) -> list:
    return [shape(c) for c in node.children]


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_opml_parses_back_to_the_same_tree(seed):
    proc = run_cli("build", str(seed), "--format", "opml")
    assert proc.returncode == 0
    root = ET.fromstring(proc.stdout)
    assert root.tag == "opml" and root.get("version") == "2.0"
    head = root.find("head")
    doc = outline.parse_file(seed)
    assert head.findtext("title") == doc.title
    assert outline.parse_file(seed).to_opml() == doc.to_opml()  # the same report, the same bytes

    def opml_shape(el):
        return [opml_shape(c) for c in el.findall("outline")]

    assert opml_shape(root.find("body")) == shape(doc)
    texts = [el.get("text") for el in root.iter("outline")]
    assert texts == [n.name for n in doc.nodes()]


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_markdown_has_every_node_in_order(seed):
    doc = outline.parse_file(seed)
    md = run_cli("build", str(seed)).stdout.decode("utf-8")
    assert md.startswith(f"# {doc.title}\n")
    entries = [re.sub(r"^(#+|\s*-)\s", "", line).replace("\\", "") for line in md.splitlines()[1:]
               if line.startswith(("#", "-", " "))]
    assert entries == [n.name if n.kind != "gap" else f"*{n.name}*" for n in doc.nodes()]


def test_markdown_levels_and_body():
    doc = outline.parse("报告\n一、甲\n导语。\n（一）乙\n正文。一是丙。内容。\n")
    md = doc.to_markdown(body=True)
    assert "## 一、 甲\n\n导语。" in md
    assert "### （一） 乙\n\n正文。" in md
    assert "- 一是 丙\n  内容。" in md


def test_json_contract_fields():
    data = outline.parse("某镇2024年工作总结\n一、甲\n正文。\n").to_dict()
    assert data["schema"] == "outline/1"
    node = data["children"][0]
    assert {k: node[k] for k in ("kind", "marker", "number", "title", "text", "line")} == {
        "kind": "heading", "marker": "一、", "number": 1, "title": "甲", "text": "正文。", "line": 2}


def test_tree_view():
    out = run_cli("build", str(SEED_FILES[0]), "--format", "tree").stdout.decode("utf-8")
    assert "├── 一、 工作亮点" in out
    assert "~ " in out  # leads are marked


def test_anytree_api_works_on_nodes():
    from anytree import RenderTree, findall

    doc = outline.parse_file(SEED_FILES[0])
    items = findall(doc, filter_=lambda n: n.kind == "item")
    assert items and items[0].path[0] is doc
    assert items[0].heading_path[0] == "二、2024年工作总结".split("、")[1]
    assert len(list(RenderTree(doc))) == len(list(doc.nodes())) + 1


def test_text_a_caller_decoded_with_surrogateescape_still_parses_and_renders():
    # bytes that were not UTF-8, decoded by the caller with errors="surrogateescape"
    text = ("某镇工作总结\n一、甲" + b"\xff".decode("utf-8", "surrogateescape") + "乙。\n"
            + "很长的一行文字没有句号结束\n" * 30)
    doc = outline.parse(text)
    assert json.loads(doc.to_json())["children"][0]["title"].startswith("甲")
    assert doc.to_markdown() and doc.to_opml()


def test_built_tree_is_consistent_and_converts_to_anytree():
    from anytree import AnyNode, PreOrderIter

    doc = outline.parse_file(SEED_FILES[4])
    for node in doc.nodes():
        assert node in node.parent.children and node.root is doc
        assert node.depth == len(node.path) - 1 and all(c.parent is node for c in node.children)
    assert [n.title for n in doc.descendants] == [n.title for n in doc.nodes()]
    node = next(n for n in doc.nodes() if n.children)
    with pytest.raises(ValueError):
        node.parent = node.children[0]  # a loop
    converted = doc.to_anytree()
    assert isinstance(converted, AnyNode) and converted.meta is doc.meta
    assert [(n.depth, n.kind, n.title) for n in PreOrderIter(converted)][1:] == \
        [(n.depth, n.kind, n.title) for n in doc.nodes()]
    node.parent = None  # detaching a built node takes it out of its parent's children
    assert node not in doc.children and node.is_root


def test_one_table_of_writers_serves_the_cli_and_the_library():
    from outline.cli import Format
    from outline.render import WRITERS, write

    assert {f.value for f in Format} <= set(WRITERS)
    doc = outline.parse_file(SEED_FILES[0])
    assert write(doc, "opml") == doc.to_opml() and write(doc, "md", body=True) == doc.to_markdown(body=True)
    assert write(doc, "json") == doc.to_json() + "\n"
    import ast
    import inspect

    from outline import tree
    module_imports = [node for node in ast.parse(inspect.getsource(tree)).body
                      if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert not any("render" in (getattr(n, "module", "") or "") for n in module_imports)  # the tree imports no writer


def test_the_fast_conversion_gives_what_opencc_gives_for_every_character_and_phrase():
    from pathlib import Path

    from outline.script import _dictionary, converter, to_simplified

    full = converter("t2s")
    for name in ("TSCharacters.txt", "TSPhrases.txt"):
        keys = [line.split("\t")[0] for line in Path(_dictionary() / name).read_text(encoding="utf-8").splitlines()]
        assert keys and all(to_simplified(k) == full(k) for k in keys)
        # … and inside text, beside separators and other characters
        joined = "，".join(f"乾{k}著" for k in keys[::7]) + "。一目瞭然的發展"
        assert to_simplified(joined) == full(joined)


def test_simplified_output_equals_a_full_conversion_and_skips_what_is_simplified_already():
    from outline.script import converter

    full = converter("t2s")
    for seed in SEED_FILES:
        plain, simp = outline.parse_file(seed), outline.parse_file(seed, simplified=True)
        assert [n.title for n in simp.nodes()] == [full(n.title) for n in plain.nodes()]
        assert [n.text for n in simp.nodes()] == [full(n.text) for n in plain.nodes()]


def test_every_format_as_bytes_is_its_text_in_utf8_and_json_skips_the_text():
    from outline.batch import render
    from outline.render import WRITERS, write, write_bytes

    doc = outline.parse_file(SEED_FILES[0])
    for fmt in WRITERS:
        assert write_bytes(doc, fmt, name="n") == write(doc, fmt, name="n").encode("utf-8"), fmt
    # a corpus run's workers hand their output over as the bytes the file takes
    assert isinstance(render(doc, "jsonl", False, "n"), bytes)


def test_the_builders_positional_node_is_the_node_the_keywords_make():
    from outline.tree import Node, make_node

    values = dict(marker="（一）", number=1, title="抓项目", text="内容。", line=7, family="paren_cn", start=3,
                  body_start=9, end=20, hidden=None, verb="")
    fast, slow = make_node("heading", *values.values()), Node("heading", **values)  # type: ignore[arg-type]
    assert [getattr(fast, a) for a in Node.__slots__] == [getattr(slow, a) for a in Node.__slots__]
    assert fast.parent is None and fast.children == () and fast._children is not slow._children

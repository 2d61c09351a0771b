"""Make report pairs with known edits, for the diff tests and bench/diff_bench.py.

Edits are cut-and-paste operations on the cleaned text of a parsed report, using the
nodes' spans, so the edited text is re-parsed exactly as a user's file would be.  Each
edit returns the new text and the changes a correct diff must report, as
``(op, old title, new title)`` with titles folded (``None`` where there is none).
"""
from __future__ import annotations

import random
import re

import outline
from outline.compare.normalize import fold
from outline.script import converter

SYNONYMS = {"加强": "强化", "推进": "推动", "提升": "提高", "全面": "全力", "持续": "不断", "深化": "深入推进",
            "抓": "狠抓", "建设": "打造", "发展": "振兴", "完善": "健全", "聚力": "聚焦", "坚持": "坚定"}

Expected = tuple[str, "str | None", "str | None"]


def subtree_end(node) -> int:
    last = node
    while last.children:
        last = last.children[-1]
    return last.end


def _title(node) -> str:
    return fold(node.title)


def headings(doc, min_depth=1):
    return [n for n in doc.nodes() if n.kind == "heading" and n.depth >= min_depth]


def rename(doc, rng: random.Random):
    """Reword one heading with synonyms."""
    text = doc.cleaned_text
    options = [n for n in headings(doc) if any(k in n.title for k in SYNONYMS)]
    if not options:
        return None
    node = rng.choice(options)
    head = text[node.start:node.body_start]
    key = next(k for k in SYNONYMS if k in node.title and k in head)
    new_head = head.replace(key, SYNONYMS[key], 1)
    new_title = node.title.replace(key, SYNONYMS[key], 1)
    return text[:node.start] + new_head + text[node.body_start:], {("renamed", _title(node), fold(new_title))}


def delete(doc, rng: random.Random):
    """Remove one section with everything under it."""
    text = doc.cleaned_text
    options = [n for n in headings(doc, 2)]
    if not options:
        return None
    node = rng.choice(options)
    return text[:node.start] + text[subtree_end(node):], {("removed", _title(node), None)}


def _same_family_parents(doc, node):
    return [p for p in doc.nodes() if p is not node.parent and p.kind == "heading" and p.children
            and p.children[-1].family == node.family and node not in p.path and p not in node.path]


def move(doc, rng: random.Random):
    """Move one section, with its subtree, to the end of another parent's children."""
    text = doc.cleaned_text
    options = [(n, p) for n in headings(doc, 2) for p in _same_family_parents(doc, n)]
    if not options:
        return None
    node, target = rng.choice(options)
    a, b = node.start, subtree_end(node)
    block = text[a:b].rstrip("\n") + "\n"
    at = subtree_end(target)
    if at >= b:
        new = text[:a] + text[b:at] + ("\n" if not text[b:at].endswith("\n") else "") + block + text[at:]
    else:
        new = text[:at] + ("\n" if not text[:at].endswith("\n") else "") + block + text[at:a] + text[b:]
    op = "moved" if node.depth == target.depth + 1 else ("promoted" if target.depth + 1 < node.depth else "demoted")
    return new, {(op, _title(node), _title(node))}


def reorder(doc, rng: random.Random):
    """Swap two adjacent sibling sections."""
    text = doc.cleaned_text
    options = [n for n in headings(doc) if n.parent is not None and n.parent.children.index(n) + 1 < len(n.parent.children)
               and n.parent.children[n.parent.children.index(n) + 1].kind == "heading"]
    if not options:
        return None
    first = rng.choice(options)
    second = first.parent.children[first.parent.children.index(first) + 1]
    a, m, b = first.start, second.start, subtree_end(second)
    one, two = text[a:m].rstrip("\n") + "\n", text[m:b].rstrip("\n") + "\n"
    new = text[:a] + two + one + text[b:].lstrip("\n")
    # either of the two may be the one reported as out of place
    return new, {("reordered", _title(first), _title(first)) + ("|", _title(second))}


def add(doc, rng: random.Random, donor):
    """Insert a section taken from another report at the end of a section."""
    text = doc.cleaned_text
    pieces = [(n, p) for n in headings(donor, 2) for p in headings(doc)
              if p.children and p.children[-1].family == n.family and not n.children]
    if not pieces:
        return None
    piece, target = rng.choice(pieces)
    if any(_title(piece) == _title(x) for x in doc.nodes()):
        return None
    block = donor.cleaned_text[piece.start:piece.end].rstrip("\n") + "\n"
    at = subtree_end(target)
    new = text[:at] + ("\n" if not text[:at].endswith("\n") else "") + block + text[at:]
    return new, {("added", None, _title(piece))}


def shift_years(text: str) -> str:
    """Every year one later: the next report of the same place, word for word."""
    return re.sub(r"((?:19|20)\d{2})(\s*)年", lambda m: f"{int(m.group(1)) + 1}{m.group(2)}年", text)


def to_traditional(text: str) -> str:
    return converter("s2t")(text)


def recovered(result) -> set:
    """The diff's changes in the same form as the expectations."""
    return {(c.op, fold(c.old[-1]) if c.old else None, fold(c.new[-1]) if c.new else None) for c in result.changes}


def matches(expected: set, got: set) -> tuple[int, int]:
    """(expected edits found, recovered changes that were expected)."""
    def hit(e, g):
        if e[0] == "reordered" and len(e) == 5:
            return g[0] == "reordered" and g[1] in (e[1], e[4])
        return e == g
    found = sum(1 for e in expected if any(hit(e, g) for g in got))
    right = sum(1 for g in got if any(hit(e, g) for e in expected))
    return found, right


EDITS = {"rename": rename, "delete": delete, "move": move, "reorder": reorder}


def parse(text: str):
    return outline.parse(text)


CLAUSES_BEFORE = ["坚持稳中求进，", "聚焦高质量发展，", "以改革创新为动力，", "围绕中心大局，"]
CLAUSES_AFTER = ["，奋力开创新局面", "，推动各项工作再上新台阶", "，不断增强群众获得感", "，取得新成效"]


TEMPLATES = ["{w}取得新成效", "全力推进{w}", "坚持{w}优先，奋力开创新局面", "聚焦{w}，推动高质量发展",
             "{w}迈上新台阶", "以{w}为抓手，加快建设现代化强镇"]
REWRITE = 0.4  # the share of headings rewritten around one word of the old title


def reword_title(title: str, rng: random.Random) -> str:
    """A heading reworded as governments reword them from one year to the next: synonyms,
    a clause dropped or added, the two halves of a title swapped; or (``REWRITE`` of them)
    rewritten around one word of it (推动农业提质增效 → 坚持农业优先，奋力开创新局面)."""
    core = re.sub(r"[\W\d年]", "", title)
    if len(core) >= 4 and rng.random() < REWRITE:
        at = rng.randrange(len(core) - 1)
        return rng.choice(TEMPLATES).format(w=core[at:at + rng.choice((2, 3, 4))])
    new = title
    for key, value in SYNONYMS.items():
        if key in new and rng.random() < 0.7:
            new = new.replace(key, value, 1)
    parts = [p for p in re.split(r"[，,]", new) if p]
    roll = rng.random()
    if len(parts) >= 2 and roll < 0.3:
        new = parts[rng.randrange(len(parts))]  # a clause dropped
    elif len(parts) >= 2 and roll < 0.6:
        new = "，".join(parts[::-1])  # phrases reordered
    elif roll < 0.8:
        new = rng.choice(CLAUSES_BEFORE) + new if rng.random() < 0.5 else new + rng.choice(CLAUSES_AFTER)
    return new


def reword_all(doc, rng: random.Random, merge: bool = True, pool: list[str] | None = None, drop: bool = False):
    """Next year's report of the same place: every heading reworded, most of each section's
    text rewritten (a fifth of its sentences kept, figures changed, a sentence from
    ``pool`` — other reports — added), and (with ``merge``) one pair of neighbouring
    sections merged into the first, and (with ``drop``) one section dropped with its text.

    Returns the new text and the old headings in order, with ``None`` for the one merged
    away, so the i-th heading of the re-parsed text is the counterpart of the i-th kept one."""
    text = doc.cleaned_text
    nodes = [n for n in doc.nodes() if n.kind == "heading" and n.title]
    merged = None
    if merge:
        pairs = [(a, b) for a, b in zip(nodes, nodes[1:]) if a.depth == b.depth >= 2 and b.parent is a.parent
                 and not b.children and not a.children]
        if pairs:
            merged = rng.choice(pairs)[1]
    dropped = None
    if drop:
        leaves = [n for n in nodes if n.depth >= 2 and not n.children and n is not merged]
        if len(leaves) >= 3:
            dropped = rng.choice(leaves)
    out, pos = [], 0
    for node in nodes:
        head = text[node.start:node.body_start]
        out.append(_new_body(text[pos:node.start], rng, pool))
        if node is dropped:
            pos = node.end  # the heading and its text go
            continue
        if node is merged:
            out.append("")  # the heading goes; its text joins the section before
        elif node.title in head:
            out.append(head.replace(node.title, reword_title(node.title, rng), 1))
        else:
            out.append(head)
        pos = node.body_start
    out.append(_new_body(text[pos:], rng, pool))
    return "".join(out), [None if n is merged or n is dropped else n for n in nodes]


KEEP_SENTENCES = 0.2  # the share of a section's sentences that come back next year


def sentences(text: str) -> list[str]:
    """Sentences ending in 。 (other reports' text, for :func:`reword_all`'s pool)."""
    return [s + "。" for s in re.split(r"。", text) if 8 <= len(s) <= 80 and "\n" not in s]


def _new_body(text: str, rng: random.Random, pool: list[str] | None) -> str:
    lines = text.split("\n")
    out = []
    for line in lines:
        parts = line.split("。")
        if len(parts) > 2:  # a paragraph of sentences: keep a few, add one from elsewhere
            kept = [p for p in parts[:-1] if rng.random() < KEEP_SENTENCES]
            if pool:
                kept.insert(rng.randrange(len(kept) + 1), rng.choice(pool).rstrip("。"))
            line = "。".join(kept) + ("。" if kept else "") + parts[-1]
        out.append(line)
    return _new_figures("\n".join(out), rng)


def _new_figures(text: str, rng: random.Random) -> str:
    """Every figure of the year changes (years themselves are left alone)."""
    return re.sub(r"(?<![\d年])\d+(?:\.\d+)?(?![\d年])",
                  lambda m: str(max(1, int(float(m.group(0)) * rng.uniform(0.8, 1.3)))), text)


def next_marker(marker: str, number: int) -> str | None:
    """The marker of the sibling after one numbered ``number`` (（三） → （四）, 3. → 4.)."""
    from outline.readers.docx import chinese_number

    if re.search(r"\d", marker):
        return re.sub(r"\d+", str(number + 1), marker, count=1)
    if re.search(r"[一二三四五六七八九十]", marker):
        return re.sub(r"[一二三四五六七八九十百]+", chinese_number(number + 1), marker, count=1)
    return None


def split_section(doc, rng: random.Random):
    """One section split in two, as a report splits a topic the next year: the last child of a
    parent, with several sentences of text, gets a new sibling after it that takes the second
    half of its text.  Returns the new text and the new heading's folded title, or None."""
    text = doc.cleaned_text
    options = []
    for node in doc.nodes():
        if (node.kind == "heading" and node.depth >= 2 and not node.children and node.parent.children[-1] is node
                and node.number is not None and node.marker and text[node.body_start:node.end].count("。") >= 4):
            marker = next_marker(node.marker, node.number)
            if marker:
                options.append((node, marker))
    if not options:
        return None
    node, marker = rng.choice(options)
    body = text[node.body_start:node.end]
    ends = [m.end() for m in re.finditer("。", body)]
    cut = node.body_start + ends[len(ends) // 2 - 1]
    first = re.split(r"[，。；]", text[cut:node.end].strip())[0][:14] or "其他工作"
    title = "持续推进" + first
    return text[:cut] + "\n" + marker + title + "\n" + text[cut:].lstrip("\n"), fold(title)

"""Read a Word .docx: the body's paragraphs in order, one a line, with Word's automatic
numbering rendered as the text it shows (``一、``, ``（一）``, ``1.``).

python-docx and pandoc drop automatic numbering, so a report whose 一、 and （一） live in
``word/numbering.xml`` reaches them as bare heading lines.  This reader renders each numbered
paragraph's label from its list (``numId``, from the paragraph or its style), its level
(``ilvl``), the level's ``lvlText`` and ``numFmt``, with counters per list and level and
``startOverride`` restarts.  ``<w:br/>`` is a line break; a table row is a line of cells.
A paragraph far longer than a page (a report saved as one paragraph) is cut before and
after its bold runs, which are then its only heading boundaries.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import replace
from xml.etree import ElementTree as ET

from ..errors import OutlineError
from ..markers import HEADING_FAMILIES, match_marker
from .hints import LineHint

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LONG_PARAGRAPH = 1200  # a paragraph this long holds a whole flattened report

_CN = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_FINANCIAL = str.maketrans("零一二三四五六七八九十百", "零壹贰叁肆伍陆柒捌玖拾佰")


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n - 10] if n > 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + _CN[rest] if rest < 10 else chinese_number(rest) if rest >= 20
                                 else "一" + chinese_number(rest))
    return _CN[n // 100] + "百" + tail


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (the ones Chinese reports use)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "ideographDigital"):
        return chinese_number(n)
    if fmt == "chineseLegalSimplified":  # the financial numerals: 壹 贰 … 壹拾壹
        number = chinese_number(n)
        return ("壹" + number if number.startswith("十") else number).translate(_FINANCIAL)
    if fmt == "ideographTraditional":
        return _HEAVENLY[(n - 1) % 10]
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class Numbering:
    """Word's list definitions and the running counters of one document."""

    def __init__(self, xml: bytes | None, styles: bytes | None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstractNumId → ilvl → (fmt, text, start)
        self.num_abstract: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}  # numId → ilvl → start
        self.style_num: dict[str, tuple[str, int]] = {}  # styleId → (numId, ilvl)
        self.counters: dict[str, dict[int, int]] = {}  # numId → ilvl → last value
        self.last: tuple[str, int] | None = None  # the list and level last numbered
        if xml:
            root = ET.fromstring(xml)
            for abstract in root.iter(f"{W}abstractNum"):
                levels = {}
                for lvl in abstract.iter(f"{W}lvl"):
                    fmt = _val(lvl.find(f"{W}numFmt")) or "decimal"
                    text = _val(lvl.find(f"{W}lvlText")) or ""
                    start = int(_val(lvl.find(f"{W}start")) or 1)
                    levels[int(lvl.get(f"{W}ilvl", "0"))] = (fmt, text, start)
                self.levels[abstract.get(f"{W}abstractNumId", "")] = levels
            for num in root.iter(f"{W}num"):
                num_id = num.get(f"{W}numId", "")
                self.num_abstract[num_id] = _val(num.find(f"{W}abstractNumId")) or ""
                for override in num.iter(f"{W}lvlOverride"):
                    restart = override.find(f"{W}startOverride")
                    if restart is not None:
                        level = int(override.get(f"{W}ilvl", "0"))
                        self.overrides.setdefault(num_id, {})[level] = int(_val(restart) or 1)
        if styles:
            for style in ET.fromstring(styles).iter(f"{W}style"):
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    style_num = _val(num_pr.find(f"{W}numId"))
                    if style_num:
                        level = int(_val(num_pr.find(f"{W}ilvl")) or 0)
                        self.style_num[style.get(f"{W}styleId", "")] = (style_num, level)

    def label_and_level(self, paragraph: ET.Element) -> tuple[str, int]:
        """The rendered label and list level of a numbered paragraph (advancing its counters),
        or ('', 0)."""
        ppr = paragraph.find(f"{W}pPr")
        if ppr is None:
            return "", 0
        num_pr = ppr.find(f"{W}numPr")
        num_id, ilvl = None, 0
        if num_pr is not None:
            num_id = _val(num_pr.find(f"{W}numId"))
            ilvl = int(_val(num_pr.find(f"{W}ilvl")) or 0)
        else:
            style = _val(ppr.find(f"{W}pStyle"))
            if style in self.style_num:
                num_id, ilvl = self.style_num[style]
        if not num_id or num_id == "0" or num_id not in self.num_abstract:
            return "", 0
        levels = self.levels.get(self.num_abstract[num_id], {})
        if ilvl not in levels:
            return "", 0
        counters = self.counters.setdefault(num_id, {})
        start = self.overrides.get(num_id, {}).get(ilvl, levels[ilvl][2])
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new item at this level restarts the levels below
        if levels[ilvl][0] == "bullet":
            return "", 0
        self.last = (num_id, ilvl)
        return self._render(num_id, ilvl, counters[ilvl]), ilvl

    def _render(self, num_id: str, ilvl: int, value: int) -> str:
        """The label of item ``value`` of list ``num_id`` at level ``ilvl``."""
        levels = self.levels.get(self.num_abstract[num_id], {})
        counters = self.counters.get(num_id, {})
        text = levels[ilvl][1]
        for k in range(9):
            if f"%{k + 1}" in text:
                k_fmt = levels.get(k, ("decimal", "", 1))[0]
                number = value if k == ilvl else counters.get(k, levels.get(k, ("", "", 1))[2])
                text = text.replace(f"%{k + 1}", format_number(number, k_fmt))
        return text

    def typed_continuation(self, text: str) -> None:
        """A paragraph whose typed text opens with the next label of the list last numbered
        (一、 二、 auto, then 三、 typed) continues that list: its counter moves on, so the next
        automatic item is 四、 and not a second 三、."""
        if self.last is None:
            return
        num_id, ilvl = self.last
        counters = self.counters.get(num_id, {})
        if ilvl not in counters:
            return
        label = self._render(num_id, ilvl, counters[ilvl] + 1)
        if label and text.lstrip(" \t\u3000").startswith(label):
            counters[ilvl] += 1


def _val(el: ET.Element | None) -> str | None:
    return None if el is None else el.get(f"{W}val")


def _runs(paragraph: ET.Element) -> list[tuple[str, bool, float | None]]:
    """The paragraph's text as (text, bold, size in half-points) runs; <w:br/> and <w:cr/> are
    line breaks."""
    out: list[tuple[str, bool, float | None]] = []
    for run in paragraph.iter(f"{W}r"):
        rpr = run.find(f"{W}rPr")
        bold = rpr is not None and rpr.find(f"{W}b") is not None and _val(rpr.find(f"{W}b")) not in ("0", "false")
        size_el = rpr.find(f"{W}sz") if rpr is not None else None
        size = float(_val(size_el) or 0) or None if size_el is not None else None
        pieces = []
        for child in run:
            tag = child.tag
            if tag == f"{W}t":
                pieces.append(child.text or "")
            elif tag == f"{W}tab":
                pieces.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                pieces.append("\n")
        if pieces:
            out.append(("".join(pieces), bold, size))
    return out


_AFTER_END = re.compile(r"[。！？；：!?;:]")


def _cut_before_markers(text: str) -> str:
    """In a report Word held as one paragraph, a heading marker after a sentence end or a colon
    (``…以下工作：（一）千方百计稳增长``) opens a line, as it would in the flattened text."""
    cuts = []
    for m in _AFTER_END.finditer(text):
        mk = match_marker(text, m.end())
        if mk is not None and mk.family in HEADING_FAMILIES and not text[m.end() + mk.length:][:1].isdigit():
            cuts.append(m.end())
    for at in reversed(cuts):
        text = text[:at] + "\n" + text[at:]
    return text


def _paragraph(paragraph: ET.Element, numbering: Numbering) -> tuple[str, LineHint]:
    """A paragraph's text (its label first) and what Word knows of it."""
    runs = _runs(paragraph)
    text = "".join(t for t, _, _ in runs)
    if len(text) >= LONG_PARAGRAPH and any(b and t.strip() for t, b, _ in runs):
        # a report saved as one paragraph: its bold runs are its headings, each on a line
        pieces, was_bold = [], False
        for t, run_bold, _ in runs:
            if run_bold != was_bold and t.strip():
                pieces.append("\n")
                was_bold = run_bold
            pieces.append(t)
        text = _cut_before_markers("".join(pieces))
    label, level = numbering.label_and_level(paragraph)
    if not label:
        numbering.typed_continuation(text)
    shown = [(t, b) for t, b, _ in runs if t.strip()]
    bold: bool | str = False
    if shown and all(b for _, b in shown):
        bold = True
    elif shown and shown[0][1]:
        bold = "opening"
    sizes = [z for t, _, z in runs if z and t.strip()]
    ppr = paragraph.find(f"{W}pPr")
    centred = ppr is not None and _val(ppr.find(f"{W}jc")) == "center"
    page_break = ppr is not None and ppr.find(f"{W}pageBreakBefore") is not None
    hint = LineHint(bold=bold, font_size=max(sizes) if sizes else None, page_break_before=page_break,
                    numbering=(label, level) if label else None, align_center=centred)
    return label + text, hint


def read_docx(data: bytes, name: str) -> tuple[str, list[LineHint]]:
    """The text of a .docx, one paragraph a line, and a hint for each line.  Raises
    :class:`OutlineError`."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" not in names:
                raise OutlineError(f"{name}: a ZIP file but not a Word document (no word/document.xml)")
            document = z.read("word/document.xml")
            numbering = Numbering(z.read("word/numbering.xml") if "word/numbering.xml" in names else None,
                                  z.read("word/styles.xml") if "word/styles.xml" in names else None)
    except zipfile.BadZipFile:
        raise OutlineError(f"{name}: a damaged .docx (not a readable ZIP file)") from None
    try:
        root = ET.fromstring(document)
    except ET.ParseError as err:
        raise OutlineError(f"{name}: a damaged .docx (word/document.xml: {err})") from None
    body = root.find(f"{W}body")
    blocks: list[tuple[str, LineHint]] = []
    for block in (body if body is not None else []):
        if block.tag == f"{W}p":
            blocks.append(_paragraph(block, numbering))
        elif block.tag == f"{W}tbl":
            for row in block.iter(f"{W}tr"):
                cells = ["".join(_paragraph(p, numbering)[0] for p in cell.iter(f"{W}p"))
                         for cell in row.iter(f"{W}tc")]
                blocks.append(("\t".join(cells), LineHint()))
        elif block.tag == f"{W}sdt":
            blocks.extend(_paragraph(p, numbering) for p in block.iter(f"{W}p"))
    return _lines_and_hints(blocks)


def _lines_and_hints(blocks: list[tuple[str, LineHint]]) -> tuple[str, list[LineHint]]:
    """One line per paragraph (several where <w:br/> broke one), sizes made relative to the
    body's (the commonest size), each line with its paragraph's hint (the label on the first)."""
    sizes = Counter(h.font_size for _, h in blocks if h.font_size)
    body = sizes.most_common(1)[0][0] if sizes else None
    lines: list[str] = []
    hints: list[LineHint] = []
    for text, hint in blocks:
        if body and hint.font_size:
            hint = replace(hint, font_size=round(hint.font_size / body, 2))
        for k, line in enumerate(text.split("\n")):
            lines.append(line)
            # (lines a one-paragraph report was cut into: what the paragraph's opening run was
            # says nothing of theirs)
            hints.append(hint if k == 0 else replace(hint, numbering=None, page_break_before=False, bold=False))
    return "\n".join(lines), hints

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
import zipfile
from xml.etree import ElementTree as ET

from ..errors import OutlineError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LONG_PARAGRAPH = 1200  # a paragraph this long holds a whole flattened report

_CN = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"


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
               "chineseLegalSimplified", "ideographDigital"):
        return chinese_number(n)
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
                    start = override.find(f"{W}startOverride")
                    if start is not None:
                        level = int(override.get(f"{W}ilvl", "0"))
                        self.overrides.setdefault(num_id, {})[level] = int(_val(start) or 1)
        if styles:
            for style in ET.fromstring(styles).iter(f"{W}style"):
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    num_id = _val(num_pr.find(f"{W}numId"))
                    if num_id:
                        self.style_num[style.get(f"{W}styleId", "")] = (num_id, int(_val(num_pr.find(f"{W}ilvl")) or 0))

    def label(self, paragraph: ET.Element) -> str:
        """The rendered label of a numbered paragraph (and advance its counters), or ''."""
        ppr = paragraph.find(f"{W}pPr")
        if ppr is None:
            return ""
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
            return ""
        levels = self.levels.get(self.num_abstract[num_id], {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start = self.overrides.get(num_id, {}).get(ilvl, levels[ilvl][2])
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new item at this level restarts the levels below
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet":
            return ""
        for k in range(9):
            if f"%{k + 1}" in text:
                k_fmt = levels.get(k, ("decimal", "", 1))[0]
                value = counters.get(k, levels.get(k, ("", "", 1))[2])
                text = text.replace(f"%{k + 1}", format_number(value, k_fmt))
        return text


def _val(el: ET.Element | None) -> str | None:
    return None if el is None else el.get(f"{W}val")


def _runs(paragraph: ET.Element) -> list[tuple[str, bool]]:
    """The paragraph's text as (text, bold) runs; <w:br/> and <w:cr/> are line breaks."""
    out: list[tuple[str, bool]] = []
    for run in paragraph.iter(f"{W}r"):
        rpr = run.find(f"{W}rPr")
        bold = rpr is not None and rpr.find(f"{W}b") is not None and _val(rpr.find(f"{W}b")) not in ("0", "false")
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
            out.append(("".join(pieces), bold))
    return out


def _paragraph_text(paragraph: ET.Element, numbering: Numbering) -> str:
    runs = _runs(paragraph)
    text = "".join(t for t, _ in runs)
    if len(text) >= LONG_PARAGRAPH and any(b and t.strip() for t, b in runs):
        # a report saved as one paragraph: its bold runs are its headings, each on a line
        pieces, was_bold = [], False
        for t, bold in runs:
            if bold != was_bold and t.strip():
                pieces.append("\n")
                was_bold = bold
            pieces.append(t)
        text = "".join(pieces)
    return numbering.label(paragraph) + text


def read_docx(data: bytes, name: str) -> str:
    """The text of a .docx, one paragraph a line.  Raises :class:`OutlineError`."""
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
    lines: list[str] = []
    for block in (body if body is not None else []):
        if block.tag == f"{W}p":
            lines.append(_paragraph_text(block, numbering))
        elif block.tag == f"{W}tbl":
            for row in block.iter(f"{W}tr"):
                cells = ["".join(_paragraph_text(p, numbering) for p in cell.iter(f"{W}p"))
                         for cell in row.iter(f"{W}tc")]
                lines.append("\t".join(cells))
        elif block.tag == f"{W}sdt":
            lines.extend(_paragraph_text(p, numbering) for p in block.iter(f"{W}p"))
    return "\n".join(lines)

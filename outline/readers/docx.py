"""Read a Word .docx: the body's paragraphs in order, one a line, with Word's automatic
numbering rendered as the text it shows (``一、``, ``（一）``, ``1.``).

python-docx and pandoc drop automatic numbering, so a report whose 一、 and （一） live in
``word/numbering.xml`` reaches them as bare heading lines.  This reader renders each numbered
paragraph's label (:mod:`.wordnumbering`).  ``<w:br/>`` is a line break; a table row is a
line of cells.  A paragraph far longer than a page (a report saved as one paragraph) is cut before and
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
from .wordnumbering import W, Numbering, chinese_number, format_number, val as _val

__all__ = ["read_docx", "chinese_number", "format_number"]

LONG_PARAGRAPH = 1200  # a paragraph this long holds a whole flattened report


# what holds runs that are not the document's text: a text box's copy for old readers (Word
# writes a text box twice, as a drawing and again as VML), and tracked deletions and the old
# place of moved text (the text is at its new place, in w:moveTo)
_NOT_SHOWN = frozenset({"{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
                        f"{W}del", f"{W}moveFrom"})


def _runs_of(element: ET.Element) -> list[ET.Element]:
    """The runs inside ``element``, in order, but for what :data:`_NOT_SHOWN` holds."""
    out: list[ET.Element] = []
    for child in element:
        if child.tag == f"{W}r":
            out.append(child)
        if child.tag not in _NOT_SHOWN:
            out.extend(_runs_of(child))
    return out


def _runs(paragraph: ET.Element) -> list[tuple[str, bool, float | None]]:
    """The paragraph's text as (text, bold, size in half-points) runs; <w:br/> and <w:cr/> are
    line breaks."""
    out: list[tuple[str, bool, float | None]] = []
    for run in _runs_of(paragraph):
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

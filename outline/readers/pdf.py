"""Read a PDF's text layer with pypdfium2 (PDFium: fast, Apache/BSD licensed, wheels for
every platform; pdfplumber is pure Python and ~50× slower, PyMuPDF is AGPL).

Each page's lines are rebuilt from the characters' positions (PDFium's own text order puts
glyphs of another font, such as Chinese quotes, at the end of their line), one printed line a
line, characters left to right; pages are joined
with a form feed, as ``pdftotext`` does, so the cleaning steps that already handle paged
text (page numbers, running heads, lines wrapped at the page width, a heading broken by a
page) treat both alike.  A PDF without a text layer (a scan) is refused: it needs OCR.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..errors import OutlineError
from .hints import LineHint

MIN_TEXT_PER_PAGE = 20  # fewer characters a page, on average, is a scan with no text layer


def read_pdf(data: bytes, name: str) -> tuple[str, list[LineHint]]:
    """The text of a PDF, pages separated by form feeds, and a hint for each line (size
    relative to the body, bold, page, centring).  Raises :class:`OutlineError`."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a dependency of the project
        raise OutlineError(f"{name}: reading PDF needs pypdfium2 (pip install pypdfium2)") from None
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        message = str(err).lower()
        if "password" in message:
            raise OutlineError(f"{name}: the PDF is encrypted; decrypt it first (e.g. `qpdf --decrypt`)") from None
        raise OutlineError(f"{name}: a damaged or truncated PDF ({err})") from None
    try:
        pages: list[list[_Line]] = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(_page_lines(textpage, page.get_width()))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    visible = sum(len("".join(line.text.split())) for p in pages for line in p)
    if not pages or visible < MIN_TEXT_PER_PAGE * len(pages):
        raise OutlineError(f"{name}: the PDF has no text layer (a scan?); it needs OCR first "
                           "(e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`)")
    sizes = Counter(round(line.size, 1) for p in pages for line in p if line.text.strip())
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    texts: list[str] = []
    hints: list[LineHint] = []
    running = _running_lines(pages)
    for number, page_lines in enumerate(pages, 1):
        if not page_lines:
            page_lines = [_Line("", 0.0, False, False)]
        for k, line in enumerate(page_lines):
            # (a form feed opens every page after the first, as pdftotext writes it)
            texts.append(("\f" if k == 0 and number > 1 else "") + line.text)
            edge = k in (0, len(page_lines) - 1)
            hints.append(LineHint(bold=line.bold, font_size=round(line.size / body, 2) if body and line.size else None,
                                  page=number, page_break_before=k == 0 and number > 1, align_center=line.centred,
                                  header_footer=edge and _page_key(line.text) in running))
    return "\n".join(texts), hints


RUNNING_PAGES = 3  # a first or last line of this many pages (page number aside) is a running head


def _page_key(text: str) -> str:
    """A page's first or last line without its page number (``— 3 —`` → ``——``)."""
    return "".join(ch for ch in text if not ch.isdigit() and not ch.isspace())


def _running_lines(pages: list[list["_Line"]]) -> set[str]:
    """The first and last lines that recur (page numbers aside) on several pages: a running
    header or footer, or the page number itself."""
    counts: Counter[str] = Counter()
    for page_lines in pages:
        edges = {_page_key(ln.text) for ln in (page_lines[:1] + page_lines[-1:]) if ln.text.strip()}
        counts.update(edges)
    return {key for key, n in counts.items() if n >= RUNNING_PAGES}


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    size: float
    bold: bool
    centred: bool


CENTRED_WITHIN = 0.04  # a line whose middle is this share of the page width from its middle is centred
CENTRED_NARROWER = 0.6  # … and which is narrower than this share of the page (not a full justified line)
BOLD_WEIGHT = 600


def _page_lines(textpage, width: float) -> list[_Line]:  # type: ignore[no-untyped-def]
    """One page's lines rebuilt from the characters' baselines (every glyph of a printed line,
    punctuation and quotes included, stands on the same baseline), with size, weight and
    whether the line is centred."""
    import ctypes

    import pypdfium2.raw as raw

    chars = []
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    for i in range(raw.FPDFText_CountChars(textpage)):
        if raw.FPDFText_IsGenerated(textpage, i) == 1:
            continue  # spaces and line ends PDFium made up
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code in (0, 10, 13, 0xFFFE, 0xFFFF):
            continue
        if not raw.FPDFText_GetCharOrigin(textpage, i, x, y):
            continue
        raw.FPDFText_GetCharBox(textpage, i, left, right, bottom, top)
        size = raw.FPDFText_GetFontSize(textpage, i) or 10.0
        weight = raw.FPDFText_GetFontWeight(textpage, i)
        chars.append((y.value, x.value, size, chr(code), right.value, weight))
    if not chars:
        return []
    chars.sort(key=lambda c: (-c[0], c[1]))
    groups: list[list[tuple[float, float, float, str, float, int]]] = []
    baseline = None
    for c in chars:
        if baseline is None or abs(c[0] - baseline) > 0.3 * c[2]:
            groups.append([])
            baseline = c[0]
        groups[-1].append(c)
    out = []
    for group in groups:
        group.sort(key=lambda c: c[1])
        text = "".join(c[3] for c in group).rstrip()
        shown = [c for c in group if not c[3].isspace()]
        if not shown:
            out.append(_Line(text, 0.0, False, False))
            continue
        start, end = shown[0][1], max(c[4] for c in shown)
        centred = bool(width) and abs((start + end) / 2 - width / 2) <= CENTRED_WITHIN * width \
            and end - start <= CENTRED_NARROWER * width
        bold = sum(1 for c in shown if c[5] >= BOLD_WEIGHT) > len(shown) / 2
        out.append(_Line(text, max(c[2] for c in shown), bold, centred))
    return out

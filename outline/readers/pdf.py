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

from ..errors import OutlineError

MIN_TEXT_PER_PAGE = 20  # fewer characters a page, on average, is a scan with no text layer


def read_pdf(data: bytes, name: str) -> str:
    """The text of a PDF, pages separated by form feeds.  Raises :class:`OutlineError`."""
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
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(_page_lines(textpage))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    visible = sum(len("".join(p.split())) for p in pages)
    if not pages or visible < MIN_TEXT_PER_PAGE * len(pages):
        raise OutlineError(f"{name}: the PDF has no text layer (a scan?); it needs OCR first "
                           "(e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`)")
    return "\n\f".join(p.rstrip("\n") for p in pages)


def _page_lines(textpage) -> str:  # type: ignore[no-untyped-def]
    """One page's text, its lines rebuilt from the characters' baselines (every glyph of a
    printed line, punctuation and quotes included, stands on the same baseline)."""
    import ctypes

    import pypdfium2.raw as raw

    chars = []
    x, y = ctypes.c_double(), ctypes.c_double()
    for i in range(raw.FPDFText_CountChars(textpage)):
        if raw.FPDFText_IsGenerated(textpage, i) == 1:
            continue  # spaces and line ends PDFium made up
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code in (0, 10, 13, 0xFFFE, 0xFFFF):
            continue
        if not raw.FPDFText_GetCharOrigin(textpage, i, x, y):
            continue
        size = raw.FPDFText_GetFontSize(textpage, i) or 10.0
        chars.append((y.value, x.value, size, chr(code)))
    if not chars:
        return ""
    chars.sort(key=lambda c: (-c[0], c[1]))
    lines: list[list[tuple[float, float, float, str]]] = []
    baseline = None
    for c in chars:
        if baseline is None or abs(c[0] - baseline) > 0.3 * c[2]:
            lines.append([])
            baseline = c[0]
        lines[-1].append(c)
    return "\n".join("".join(ch for *_, ch in sorted(line, key=lambda c: c[1])).rstrip() for line in lines)

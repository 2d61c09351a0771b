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
    box_left, box_right, box_bottom, box_top = (ctypes.c_double() for _ in range(4))
    for i in range(raw.FPDFText_CountChars(textpage)):
        if raw.FPDFText_IsGenerated(textpage, i) == 1:
            continue  # spaces and line ends PDFium made up
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code in (0, 10, 13, 0xFFFE, 0xFFFF):
            continue
        if not raw.FPDFText_GetCharOrigin(textpage, i, x, y):
            continue
        raw.FPDFText_GetCharBox(textpage, i, box_left, box_right, box_bottom, box_top)
        size = raw.FPDFText_GetFontSize(textpage, i) or 10.0
        weight = raw.FPDFText_GetFontWeight(textpage, i)
        chars.append((y.value, x.value, size, chr(code), box_right.value, weight))
    if not chars:
        return []
    gutter = _gutter(chars, width)
    if gutter is None:
        return _lines(chars, width)
    # two columns: a line that crosses the gutter (a title across the page) is read whole, above
    # or below the columns; the rest, the left column top to bottom, then the right one
    spanning: list[_Char] = []
    left: list[_Char] = []
    right: list[_Char] = []
    for group in _baseline_groups(chars):
        if any(c[1] < gutter < c[4] for c in group):
            spanning.extend(group)
        else:
            left.extend(c for c in group if c[4] <= gutter)
            right.extend(c for c in group if c[4] > gutter)
    top = max((c[0] for c in left + right), default=0.0)
    above = [c for c in spanning if c[0] > top]
    below = [c for c in spanning if c[0] <= top]
    return _lines(above, width) + _lines(left, width) + _lines(right, width) + _lines(below, width)


_Char = tuple[float, float, float, str, float, int]  # baseline y, left x, size, character, right x, weight
GUTTER_SHARE = 0.01  # of a page's characters, at most this many may cross a column gutter
COLUMN_SHARE = 0.2  # … and each column holds at least this share of them


def _gutter(chars: list[_Char], width: float) -> float | None:
    """The x of the gap between two columns of text, if the page has two: a vertical band in
    the page's middle, two characters wide, that (almost) no character reaches into, with text
    on both sides.  (Justified Chinese text sits on a grid: between two glyphs there is no gap
    that wide, however many lines line up.)"""
    if not width or len(chars) < 200:
        return None
    sizes = sorted(c[2] for c in chars)
    half = sizes[len(sizes) // 2]  # half the band: one character's size on each side of x
    best: tuple[int, float] | None = None
    x = 0.3 * width
    while x <= 0.7 * width:
        crossing = sum(1 for c in chars if c[1] < x + half and c[4] > x - half)
        if best is None or crossing < best[0]:
            best = (crossing, x)
        x += 2.0
    assert best is not None
    crossing, at = best
    left = sum(1 for c in chars if c[4] <= at)
    right = sum(1 for c in chars if c[1] >= at)
    if crossing > GUTTER_SHARE * len(chars) or min(left, right) < COLUMN_SHARE * len(chars):
        return None
    return at


def _baseline_groups(chars: list[_Char]) -> list[list[_Char]]:
    """Characters grouped by baseline, top to bottom (a printed line's glyphs share one)."""
    groups: list[list[_Char]] = []
    baseline = None
    for c in sorted(chars, key=lambda c: (-c[0], c[1])):
        if baseline is None or abs(c[0] - baseline) > 0.3 * c[2]:
            groups.append([])
            baseline = c[0]
        groups[-1].append(c)
    return groups


def _em(shown: list[_Char], size: float) -> float:
    """The width of one Chinese character on a line: its glyphs' commonest advance (a type
    size in points is not it: a browser's 16px type is 12 points wide)."""
    widths = sorted(c[4] - c[1] for c in shown if c[3] >= "\u2e80")
    return widths[len(widths) // 2] if widths else size


INDENT_MAX = 4  # characters past the margin a line's indent is at most (farther: aligned right or centred)


def _lines(chars: list[_Char], width: float) -> list[_Line]:
    """Characters grouped into printed lines by their baselines, each read left to right, a
    line that starts right of the block's margin opening with full-width spaces, one for each
    character's width it is indented (as ``pdftotext -layout`` keeps a first-line indent):
    the joiner reads where a paragraph opens from them."""
    out = []
    starts: list[tuple[float, float] | None] = []  # each line's first glyph's x and the line's size
    for group in _baseline_groups(chars):
        group.sort(key=lambda c: c[1])
        text = "".join(c[3] for c in group).rstrip()
        shown = [c for c in group if not c[3].isspace()]
        if not shown:
            out.append(_Line(text, 0.0, False, False))
            starts.append(None)
            continue
        start, end = shown[0][1], max(c[4] for c in shown)
        centred = bool(width) and abs((start + end) / 2 - width / 2) <= CENTRED_WITHIN * width \
            and end - start <= CENTRED_NARROWER * width
        bold = sum(1 for c in shown if c[5] >= BOLD_WEIGHT) > len(shown) / 2
        size = max(c[2] for c in shown)
        out.append(_Line(text, size, bold, centred))
        # (a text's own spaces say it already; a centred line's offset is no indent)
        starts.append(None if text[:1].isspace() or centred else (start, _em(shown, size)))
    margin = Counter(round(at[0]) for at in starts if at is not None).most_common(1)
    if not margin:
        return out
    left = margin[0][0]
    for k, at in enumerate(starts):
        if at is not None and at[1] > 0 and 0 < (indent := round((at[0] - left) / at[1])) <= INDENT_MAX:
            line = out[k]
            out[k] = _Line("\u3000" * indent + line.text, line.size, line.bold, line.centred)
    return out

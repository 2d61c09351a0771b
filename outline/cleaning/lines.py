"""Step 1: physical lines (page breaks and literal ``\\n`` too), and control characters dropped."""
from __future__ import annotations

import re

from ..lexicon import SPACE as _SPACE
from .model import Line, Removal

def split_lines(text: str, removed: list[Removal] | None = None) -> list[Line]:
    """Physical lines.  Literal ``\\r\\n`` sequences (text pulled from JSON) count as breaks.

    A form feed (``pdftotext`` starts every page with one) ends a line too, so the heading at
    the top of a page opens its line; each is listed in ``removed`` as a page break."""
    # (each replacement only where its character occurs: one ``in`` is far cheaper than a
    # replace or a count of two characters over a whole report)
    if "\\" in text and (literal := text.count("\\n")) > 3 and literal > text.count("\n"):
        text = text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\r", "\n")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    lines = [Line(t, i) for i, t in enumerate(text.split("\n"), 1)]
    if "\f" not in text:
        return lines
    out: list[Line] = []
    for ln in lines:
        if "\f" not in ln.text:
            out.append(ln)
            continue
        pieces = ln.text.split("\f")
        if removed is not None:
            removed.extend(Removal("pdf: page break", ln.line, "\\f") for _ in pieces[1:])
        out.extend(Line(piece, ln.line) for piece in pieces if piece.strip(_SPACE) or len(pieces) == 1)
    return out


# Control characters no report means (XML forbids them, and outliners choke on them): C0 but
# tab, line feed and carriage return (form feeds are page breaks, handled as lines), and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_CONTROL_BYTES = re.compile(_CONTROL.pattern.encode("ascii"))


def holds_controls(text: str) -> bool:
    """Does ``text`` hold a character of :data:`_CONTROL`?  All of them are ASCII, so the
    text's ASCII characters alone are searched: dropping the rest is one C pass (Chinese text
    holds few ASCII characters), about five times faster than sre's scan of the whole text."""
    return _CONTROL_BYTES.search(text.encode("ascii", "ignore")) is not None


def drop_controls(lines: list[Line], removed: list[Removal]) -> list[Line]:
    """Remove control characters, each run listed with its line (as ``\\x0b`` …)."""
    out = []
    for ln in lines:
        if _CONTROL.search(ln.text) is None:
            out.append(ln)
            continue
        for m in _CONTROL.finditer(ln.text):
            removed.append(Removal("text: control characters", ln.line,
                                   "".join(f"\\x{ord(c):02x}" for c in m.group(0))))
        out.append(Line(_CONTROL.sub("", ln.text), ln.line, ln.gap))
    return out

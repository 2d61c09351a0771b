"""Step 6: a PDF's running header or footer, a short line recurring on every page."""
from __future__ import annotations

from ..markers import match_marker
from ..lexicon import DIGITS, END_PUNCT
from .model import LINK_TEXT_MAX, Line, Removal

_PAGE_NUMBER = DIGITS + " \t\u3000-—－"  # around a running header
RUNNING_HEAD_REPEATS = 3  # a short line seen this often is a page's running header or footer


def drop_running_heads(lines: list[Line], removed: list[Removal]) -> list[Line]:
    """Drop the running header or footer a PDF repeats on every page (``某市2024年政府工作报告``,
    ``某县人民政府 3``): a short line without a sentence end, not a heading, that recurs at least
    three times (a page number before or after it ignored).  An occurrence among the first lines is kept:
    it is the report's title."""
    counts: dict[str, int] = {}
    for ln in lines:
        s = ln.text
        if s and len(s) <= LINK_TEXT_MAX and s[-1] not in END_PUNCT:
            key = s.strip(_PAGE_NUMBER)
            counts[key] = counts.get(key, 0) + 1
    repeated = {k for k, n in counts.items() if n >= RUNNING_HEAD_REPEATS}
    if not repeated:
        return lines
    out: list[Line] = []
    seen_text = 0  # non-blank lines so far
    for ln in lines:
        s = ln.text
        if s and s.strip(_PAGE_NUMBER) in repeated and seen_text >= 3 and match_marker(s) is None:
            removed.append(Removal("pdf: running header or footer", ln.line, s))
            continue
        seen_text += bool(s)
        out.append(ln)
    return out

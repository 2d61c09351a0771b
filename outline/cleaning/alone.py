"""Step 10b, in part: a heading line that fills its line exactly, in wrapped text that keeps no
indent, stands alone when the headings of its list do (:func:`alone_like_their_list`), and the
next line opens with a sentence of a run-in lead (:func:`opens_with_a_sentence`)."""
from __future__ import annotations

from ..lexicon import COMMAS, END_PUNCT, FULL_STOP
from ..markers import marker_start, match_marker
from .layout import Layout
from .model import Line


def alone_like_their_list(lines: list[Line], layout: Layout) -> set[int]:
    """The ``id`` of each heading line that fills its line without a sentence end in it, where
    the headings of its family nearest before and after it stand alone on narrower lines: it
    stands alone too, and a line after it that opens with a sentence opens a paragraph
    (``（二）提振和扩大消费，切实增强消费促发展基础性作用`` / ``促进消费扩量提质。…``).  Where they
    run into their text, it does too."""
    # (family, kind) of each heading line in order: kind "alone", "run-in" or "full" (undecided)
    headings: list[tuple[str, str, int]] = []
    start = marker_start()
    for i, ln in enumerate(lines):
        text = ln.text
        if not text or text[0] not in start:
            continue
        mk = match_marker(text)
        if mk is None or mk.kind != "heading" or mk.is_year or mk.length >= len(text):
            continue
        if any(ch in END_PUNCT for ch in text[mk.length:]):
            kind = "run-in"
        elif not layout.full(text) or _rest_of_a_title(next((x.text for x in lines[i + 1:i + 3] if x.text), ""),
                                                        layout):
            kind = "alone"  # (on a narrower line, or on two: ……把政策红利 / 转化为发展动力)
        else:
            kind = "full"
        headings.append((mk.family, kind, id(ln)))
    out: set[int] = set()
    for k, (family, kind, ident) in enumerate(headings):
        if kind != "full":
            continue
        before = next((h[1] for h in reversed(headings[:k]) if h[0] == family and h[1] != "full"), None)
        after = next((h[1] for h in headings[k + 1:] if h[0] == family and h[1] != "full"), None)
        if {before, after} - {None} == {"alone"}:
            out.add(ident)
    return out


HEADING_TAIL_MAX = 20  # the rest of a heading broken by a wrap or a page break is no longer than this


def _rest_of_a_title(text: str, layout: Layout) -> bool:
    """Is ``text`` the rest of a heading a wrap broke: short, no punctuation that ends a clause,
    no marker of its own?"""
    return 0 < len(text) <= HEADING_TAIL_MAX and not layout.full(text) and text[0] not in marker_start() \
        and not any(ch in END_PUNCT for ch in text)


SENTENCE_OPENING_MIN = 4  # a lead sentence after a heading is at least this long …
LEAD_SENTENCE_MAX = 20  # … and at most this long


def opens_with_a_sentence(text: str) -> bool:
    """Does ``text`` open with a short sentence, no comma in it (``促进消费扩量提质。…``): a run-in
    lead after a heading, not the rest of a heading or an item a wrap broke (``网，含…``)?"""
    for i, ch in enumerate(text[:LEAD_SENTENCE_MAX + 1]):
        if ch in FULL_STOP:
            return i >= SENTENCE_OPENING_MIN
        if ch in END_PUNCT or ch in COMMAS:
            return False
    return False

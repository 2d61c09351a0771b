"""Where back matter flattened into one line is cut: a glossary before each entry and before
its heading, an attachment before its heading and its entries.

A glossary (名词解释) after a report names each term before a colon: ``〔2〕六大产业：指…``.
Flattened, an entry follows the last one's page reference as often as its full stop
(``…有保障。(见第2页)〔2〕六大产业：…``), and the first follows the heading with nothing between
(``名 词 解 释〔1〕两不愁三保障：…``).  The report's body cites the same notes, but a citation
runs on into its sentence (``“两不愁三保障”〔1〕攻坚发力，``): a term and a colon after the note
tell an entry.  An attachment's heading follows the report's last sentence and runs into its
first entry (``…工作。附件2025年10件惠民实事一、稳定和扩大就业。…``).
"""
from __future__ import annotations

import re

from .. import lexicon
from ..lazyre import LazyPattern
from ..markers import HEADING_FAMILIES, marker_start, match_marker, starts_of

TERM_MAX = 24  # characters of an entry's term before its colon (“一心、三带、两片区”)
SKIPPED_MAX = 2  # entries the cut may have missed before the next one (a longer term, a comma in it)
# a note's opening bracket, its number and closing bracket, then the term and its colon
# (led by the characters a bracket marker opens with, read off the grammar; the marker itself
# is then read by the grammar)
_ENTRY = LazyPattern(lambda: "[" + re.escape("".join(sorted(starts_of(frozenset({"bracket"}))))) + "]"
                     r"[0-9０-９]{1,3}\S[ \u3000]*(?:[^。！？；;：:，,\s]{1,%d})[：:]" % TERM_MAX)
_HEADING = LazyPattern(lambda: r"(?:[" + re.escape(lexicon.FULL_STOP) + r"）)][ \u3000]*)((?:"
                       + "|".join("[ \u3000]?".join(map(re.escape, w)) for w in lexicon.words("lead.back_matter"))
                       + r")[ \u3000]*)$")


ATTACHMENT_TITLE_MAX = 30  # characters of an attachment's title before its first entry
_ATTACHMENT = LazyPattern(r"(?<=[" + re.escape(lexicon.FULL_STOP) + r"])[ \u3000]*"
                          r"(附件[ \u3000]*(?:[0-9０-９]{1,3}(?![0-9０-９])|[一二三四五六七八九十]{1,3})?)"
                          r"([：:]?)([^" + re.escape(lexicon.END_PUNCT) + r"]{2,%d})" % (ATTACHMENT_TITLE_MAX + 1))


def attachment_cuts(text: str) -> tuple[list[int], list[int]]:
    """Where an attachment's heading and its first entry (a heading numbered 1, as the grammar
    reads it: 一、, 1., （一）) start after a sentence end, and where its title starts after 附件
    (as on a line of its own), unless a colon joins them (附件2：2025年为民办实事项目); and apart,
    where its first entries start."""
    cuts = []
    entries = []
    starts = marker_start()
    for m in _ATTACHMENT.finditer(text):
        entry = next((at for at in range(m.start(3) + 1, m.end(3)) if text[at] in starts
                      and (mk := match_marker(text, at)) is not None and mk.family in HEADING_FAMILIES
                      and mk.number == 1), None)
        if entry is None:
            continue
        cuts += [m.start(1), entry] if m.group(2) else [m.start(1), m.end(1), entry]
        entries += _entries_in_turn(text, entry)
    return cuts, entries


def _entries_in_turn(text: str, first: int) -> list[int]:
    """Where the entries of an attachment whose first entry starts at ``first`` start: each the
    next number of its family, wherever it stands (the field before it may end without a full
    stop: …主办单位：省人力资源社会保障厅二、深化…), but not inside a number (十二、), after 第 or
    in a list of numbers (一、二、三产业)."""
    family = match_marker(text, first).family  # type: ignore[union-attr]
    found = [first]
    expected = 2
    opens = re.compile("[" + re.escape("".join(sorted(starts_of(frozenset({family}))))) + "]")
    for hit in opens.finditer(text, first + 1):  # (what the family's markers open with, found in C)
        at = hit.start()
        if text[at - 1] in _NOT_BEFORE_AN_ENTRY:
            continue
        mk = match_marker(text, at)
        if mk is not None and mk.family == family and mk.number == expected:
            found.append(at)
            expected += 1
    return found


_NOT_BEFORE_AN_ENTRY = "〇一二三四五六七八九十百零两0123456789０１２３４５６７８９第、"


def glossary_cuts(text: str) -> list[int]:
    """Where the entries of a glossary in ``text`` start (numbered 1, 2, 3 … in turn), and
    where its heading starts when it stands right before the first entry after a sentence end."""
    cuts: list[int] = []
    expected = 1
    for m in _ENTRY.finditer(text):
        mk = match_marker(text, m.start())
        if mk is None or mk.family != "bracket" or mk.number is None:
            continue
        if mk.number == 1:
            heading = _HEADING.search(text, max(0, m.start() - 12), m.start())
            if heading is not None:
                cuts.append(heading.start(1))
        elif not expected <= mk.number <= expected + SKIPPED_MAX:
            continue  # (out of turn: a citation, whatever follows it)
        cuts.append(m.start())
        expected = mk.number + 1
    return cuts

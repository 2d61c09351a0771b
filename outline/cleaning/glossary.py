"""Where a glossary flattened into one line is cut: before each entry, and before its heading.

A glossary (名词解释) after a report names each term before a colon: ``〔2〕六大产业：指…``.
Flattened, an entry follows the last one's page reference as often as its full stop
(``…有保障。(见第2页)〔2〕六大产业：…``), and the first follows the heading with nothing between
(``名 词 解 释〔1〕两不愁三保障：…``).  The report's body cites the same notes, but a citation
runs on into its sentence (``“两不愁三保障”〔1〕攻坚发力，``): a term and a colon after the note
tell an entry.
"""
from __future__ import annotations

import re

from .. import lexicon
from ..lazyre import LazyPattern
from ..markers import match_marker

TERM_MAX = 24  # characters of an entry's term before its colon (“一心、三带、两片区”)
SKIPPED_MAX = 2  # entries the cut may have missed before the next one (a longer term, a comma in it)
# a note's opening bracket, its number and closing bracket, then the term and its colon
_ENTRY = LazyPattern(r"[〔【\[][0-9０-９]{1,3}[〕】\]][ \u3000]*(?:[^。！？；;：:，,\s]{1,%d})[：:]" % TERM_MAX)
_HEADING = LazyPattern(lambda: r"(?:[" + re.escape(lexicon.FULL_STOP) + r"）)][ \u3000]*)((?:"
                       + "|".join("[ \u3000]?".join(map(re.escape, w)) for w in lexicon.words("lead.back_matter"))
                       + r")[ \u3000]*)$")


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

"""A heading's title glued to the lead under it, in a report flattened with nothing between
its paragraphs.

``一、着力推进产业立市`` over ``壮大产业集群。聚焦…`` flattens into ``一、着力推进产业立市壮大产业集群。
聚焦…``: the title runs on through its first lead to the lead's full stop.  Nothing in the
characters says where the title ends, but the section does: its other leads, found inside the
flattened paragraphs (``…。建好产业园区。…。培强产业主体。…``), are of one length, and so is the
lead glued to the title; and the titles are parallel, of one length.  Where two or more of a
section's leads, and half of them, share a length, the title's last characters of that length
are its first lead, when three sibling headings or more all show such a lead and keep titles of
one length once it is cut (着力推进产业立市, 着力激发内需活力, …).  A title that ended with its
own full stop (1.加快建设现代化产业体系。) shows titles of many lengths, and stays whole.
"""
from __future__ import annotations

import re

from . import lexicon
from .leads import RUN_IN_BODY_MIN, lead_sentence_ok
from .units import Unit, visible, visible_at_least

GLUED_TITLE_MIN = 4  # characters a title keeps once its glued lead is cut off
GLUED_PEERS = 2  # leads of one length a section needs (and at least half of its leads)
GLUED_SIBLINGS = 3  # sibling headings that all have glued leads, to show the titles' one length
# a glued title and lead: one run with no white space, clause break, quote or bracket
_GLUED = re.compile(f"[^{re.escape(lexicon.SENTENCE_END + lexicon.COMMAS + lexicon.COLONS)}"
                    r"“”\"（）()\s—]+")


def split_glued_leads(text: str, units: list[Unit], flattened: frozenset[int]) -> list[Unit]:
    """``units`` with each glued heading title (a heading starting at an offset in
    ``flattened``, its paragraph cut out of a flattened line) cut before its first lead, where
    all its siblings' are too and keep titles of one length."""
    cuts: dict[int, int] = {}  # unit index → where its title ends
    for group in _sibling_groups(units):
        proposed = [_glued_cut(text, units, i) if units[i].start in flattened else None for i in group]
        kept = {units[i].title_start - cut for i, cut in zip(group, proposed) if cut is not None}
        if len(group) >= GLUED_SIBLINGS and None not in proposed and len(kept) == 1:
            cuts.update(zip(group, proposed))  # type: ignore[arg-type]
    if not cuts:
        return units
    out: list[Unit] = []
    for i, u in enumerate(units):
        cut = cuts.get(i)
        if cut is None:
            out.append(u)
            continue
        out.append(u._replace(title_end=cut, body_start=cut, alone_on_line=False))
        out.append(Unit("lead", "lead-run", None, None, cut, cut, u.title_end, u.body_start))
    return out


def _sibling_groups(units: list[Unit]) -> list[list[int]]:
    """The indexes of the heading units, in groups of siblings: the headings of one family
    until a heading of a family seen before it comes (an outer one), or its number 1 again."""
    groups: list[list[int]] = []
    rank: list[str] = []
    open_groups: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        if u.kind != "heading":
            continue
        if u.family not in rank:
            rank.append(u.family)
        for family in rank[rank.index(u.family) + 1:]:
            if family in open_groups:
                groups.append(open_groups.pop(family))  # (an outer heading closes those below it)
        if u.number == 1 and u.family in open_groups:
            groups.append(open_groups.pop(u.family))  # (its numbering starts again: a new list)
        open_groups.setdefault(u.family, []).append(i)
    return groups + list(open_groups.values())


def _glued_cut(text: str, units: list[Unit], i: int) -> int | None:
    """Where heading ``units[i]``'s title ends before a glued lead, or ``None``."""
    u = units[i]
    if u.title_end >= len(text) or text[u.title_end] not in "。！!":
        return None  # (a glued lead ends with its full stop)
    lengths: dict[int, int] = {}
    stop = len(text)
    for v in units[i + 1:]:
        if v.kind == "heading":
            stop = v.start
            break
        if v.family == "lead-run":
            n = len(visible(text[v.title_start:v.title_end]))
            lengths[n] = lengths.get(n, 0) + 1
    if not lengths or not visible_at_least(text, u.body_start, stop, RUN_IN_BODY_MIN):
        return None  # (a lead heads a block of text)
    length, count = max(lengths.items(), key=lambda kv: (kv[1], -kv[0]))
    if count < GLUED_PEERS or 2 * count < sum(lengths.values()):
        return None
    title = text[u.title_start:u.title_end]
    if _GLUED.fullmatch(title) is None or len(title) - length < GLUED_TITLE_MIN:
        return None  # (white space or a clause break in it: the title was not glued)
    cut = u.title_end - length
    return cut if lead_sentence_ok(text[cut:u.title_end]) else None

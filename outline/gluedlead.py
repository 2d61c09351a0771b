"""A heading's title glued to the lead under it, in a report flattened with nothing between
its paragraphs.

``一、着力推进产业立市`` over ``壮大产业集群。聚焦…`` flattens into ``一、着力推进产业立市壮大产业集群。
聚焦…``: the title runs on through its first lead to the lead's full stop.  Nothing in the
characters says where the title ends, but its siblings and its section do.  The siblings'
titles are parallel: one shape, the same lengths of clauses (着力推进产业立市, 着力激发内需活力:
eight characters; 坚定不移稳增长，经济运行承压向好: seven and eight).  And each section's other
leads, found inside the flattened paragraphs (``…。建好产业园区。…。培强产业主体。…``), show how
long its leads are.  The titles are cut to the one shape whose glued tails have the lengths of
their sections' leads: exactly, in :data:`GLUED_SIBLINGS` siblings or more and two thirds of
them, and near them (:data:`leads.PEER_LENGTH`) in the others.  A title that ended with its
own full stop (1.加快建设现代化产业体系。) keeps its whole sentence: no shape of its siblings'
leaves tails of its section's lead lengths.
"""
from __future__ import annotations

import re

from . import lexicon
from .lazyre import LazyPattern
from .leads import PEER_LENGTH, RUN_IN_BODY_MIN, lead_sentence_ok
from .siblings import sibling_groups
from .units import Unit, visible, visible_at_least

GLUED_TITLE_MIN = 4  # characters a title's last clause keeps once its glued lead is cut off
GLUED_LEAD_MIN = 4  # characters a glued lead holds at least (a run-in lead's least)
GLUED_SIBLINGS = 3  # siblings whose tails have a length of their sections' leads exactly (and two thirds)
_CLAUSE_BREAK = LazyPattern(f"[{re.escape(lexicon.COMMAS)}]")
# a glued lead and what the title keeps of its last clause: no clause break, quote or bracket
_GLUED = LazyPattern(f"[^{re.escape(lexicon.SENTENCE_END + lexicon.COMMAS + lexicon.COLONS)}"
                     r"“”\"（）()\s—]+")


def split_glued_leads(text: str, units: list[Unit], flattened: frozenset[int]) -> list[Unit]:
    """``units`` with each glued heading title (a heading starting at an offset in
    ``flattened``, its paragraph cut out of a flattened line) cut before its first lead."""
    cuts: dict[int, int] = {}  # unit index → where its title ends
    headings = [i for i, u in enumerate(units) if u.kind == "heading"]
    for positions in sibling_groups((units[i].family, units[i].number) for i in headings):
        group = [headings[k] for k in positions]
        if len(group) >= GLUED_SIBLINGS and all(units[i].start in flattened for i in group):
            cuts.update(_group_cuts(text, units, group))
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


def _group_cuts(text: str, units: list[Unit], group: list[int]) -> dict[int, int]:
    """The cuts of one group of siblings: the titles cut to the one shape whose tails have the
    lengths of their sections' leads, or none."""
    siblings: list[tuple[int, list[str], set[int]]] = []  # (unit index, title clauses, section's lead lengths)
    for i in group:
        u = units[i]
        leads = _section_leads(text, units, i)
        title = text[u.title_start:u.title_end]
        if not leads or u.title_end >= len(text) or text[u.title_end] not in "。！!" \
                or len(title) != len(visible(title)):
            return {}  # (a glued lead ends with its full stop and heads a section of leads; no white space)
        siblings.append((i, _CLAUSE_BREAK.split(title), leads))
    if len({tuple(len(c) for c in clauses[:-1]) for _, clauses, _ in siblings}) != 1:
        return {}  # (parallel titles: the same clauses before the last)
    found: list[dict[int, int]] = []  # per length of the last clause that works: its cuts
    for keep in range(GLUED_TITLE_MIN, max(len(clauses[-1]) for _, clauses, _ in siblings)):
        cuts = _cuts_keeping(text, units, siblings, keep)
        if cuts is not None:
            found.append(cuts)
    return found[0] if len(found) == 1 else {}  # (two shapes that work: no telling which)


def _cuts_keeping(text: str, units: list[Unit], siblings: list[tuple[int, list[str], set[int]]],
                  keep: int) -> dict[int, int] | None:
    """The cuts that keep ``keep`` characters of each title's last clause, when the tails so cut
    off are leads of their sections' lengths: exactly in enough siblings, nearly in the rest."""
    cuts: dict[int, int] = {}
    exact = 0
    for i, clauses, leads in siblings:
        tail = len(clauses[-1]) - keep
        if tail == 0:
            continue  # (this one ended its title: it shows the shape)
        end = units[i].title_end
        lead = text[end - tail:end]
        if tail < GLUED_LEAD_MIN or not _GLUED.fullmatch(clauses[-1]) \
                or not lead_sentence_ok(lead):
            return None
        if tail in leads:
            exact += 1
        elif not min(leads) - PEER_LENGTH <= tail <= max(leads) + PEER_LENGTH:
            return None
        cuts[i] = end - tail
    if exact < GLUED_SIBLINGS or 3 * exact < 2 * len(siblings):
        return None
    return cuts


def _section_leads(text: str, units: list[Unit], i: int) -> set[int]:
    """The lengths of the leads in heading ``units[i]``'s section, when its text heads a block."""
    lengths: set[int] = set()
    stop = len(text)
    for v in units[i + 1:]:
        if v.kind == "heading":
            stop = v.start
            break
        if v.family == "lead-run":
            lengths.add(len(visible(text[v.title_start:v.title_end])))
    return lengths if visible_at_least(text, units[i].body_start, stop, RUN_IN_BODY_MIN) else set()

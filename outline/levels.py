"""Levels: where each unit of a report hangs, as a pure function of the unit sequence.

Levels are not a fixed table.  A marker family seen before returns to its level; a new
family nests under the current unit.  Numbering decides the ambiguous cases: the next
sibling carries the next number, and a family that restarts at 1 inside a deeper unit
(一、 inside a 第一， item) is a second use of it at that depth.  This module only decides
the shape: :mod:`outline.build` makes and attaches the nodes, :mod:`outline.numbering`
checks the numbers of the result.

The pass keeps a stack of open units (indexes; ``ROOT`` for the document) and reads only
the units and the facts on them (family, number, verb, ``alone_on_line``,
``introduced_by_colon``), never the text.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from itertools import islice
from typing import NamedTuple

from .markers import ITEM_FAMILIES, PART_FAMILIES
from .units import Unit

ROOT = -1  # the document
#: ``Nesting.follows`` values besides a unit index: the unit opens a level of headings (its
#: number should be 1, or go on from the family's last number) or a run of items (it
#: should be 1), or its number is not compared with anything (it continues its list by
#: number, opens a deeper use of its family or a new part, or carries no number)
OPENS_LEVEL, OPENS_RUN, UNCHECKED = -2, -3, -4
LEADS_IN_BODY = ("lead-run", "lead-before")
_CLOSED_BY_HEADINGS = frozenset({"item", "dash", *LEADS_IN_BODY})
_BODY_FAMILIES = frozenset({*ITEM_FAMILIES, *LEADS_IN_BODY})
#: the families that head a report's outermost level wherever they stand (GB/T 9704 order)
OUTER_FAMILIES = PART_FAMILIES | frozenset({"fin_dun", "cn_dun"})
_LOOKAHEAD = 400  # units a restarted list and the outer list's next heading fall within


class Nesting(NamedTuple):
    """The shape of a report: each unit's parent, and which list each unit goes on with."""

    #: the index of each unit's parent unit, ``ROOT`` for a top-level one
    parents: list[int]
    #: the sibling whose number each unit's number should follow, or ``OPENS_LEVEL``,
    #: ``OPENS_RUN``, ``UNCHECKED`` (see :mod:`outline.numbering`)
    follows: list[int]


def nest(units: Sequence[Unit], paragraph_starts: Sequence[int], back_matter: Collection[int] = ()) -> Nesting:
    """Where each unit hangs.

    Args:
        units: the report's units in document order.
        paragraph_starts: the offset of each paragraph of the cleaned text (an item owns
            only its own paragraph).
        back_matter: indexes of the lead lines that open a glossary, notes or an attachment
            after the last section (名词解释, 附件2): they hang from the report.
    """
    return _Nester(units, paragraph_starts, back_matter).run()


class _Nester:
    def __init__(self, units: Sequence[Unit], paragraph_starts: Sequence[int], back_matter: Collection[int]) -> None:
        self.units = units
        self.paragraph_starts = paragraph_starts
        self.back_matter = back_matter
        self.parents = [ROOT] * len(units)
        self.follows = [UNCHECKED] * len(units)
        self.children: dict[int, list[int]] = {}
        self.stack = [ROOT]
        self.rank: list[str] = []  # heading families from the outermost in
        self.index = 0  # the one being placed
        # what a stack entry is, by its index: each list ends with the root's entry, which
        # ROOT (-1) indexes (read on every step of the pass: a list, not a method call)
        self.families = [u.family for u in units] + [""]
        self.verbs = [u.verb for u in units] + [""]
        #: an item or a run-in lead: what a heading or a gap closes
        self.in_body = [f in _BODY_FAMILIES for f in self.families]

    # -- attaching ---------------------------------------------------------------------------
    def _attach(self, i: int, parent: int) -> None:
        self.parents[i] = parent
        self.children.setdefault(parent, []).append(i)

    def _pop_to(self, i: int) -> None:
        while self.stack[-1] != i:
            self.stack.pop()

    def _attach_sibling(self, i: int, sibling: int) -> None:
        self._pop_to(sibling)
        self.stack.pop()
        self._attach(i, self.stack[-1])
        self.stack.append(i)

    def _attach_under_top(self, i: int) -> None:
        self._attach(i, self.stack[-1])
        self.stack.append(i)

    def _find(self, family: str, verb: str = "", number: int | None = None) -> int | None:
        for i in reversed(self.stack[1:]):
            u = self.units[i]
            if u.family == family and u.verb == verb and (number is None or u.number == number):
                return i
        return None

    # -- the pass ----------------------------------------------------------------------------
    def run(self) -> Nesting:
        for i, unit in enumerate(self.units):
            self.index = i
            self._place(i, unit)
        return Nesting(self.parents, self.follows)

    def _place(self, i: int, unit: Unit) -> None:
        if unit.kind == "gap":
            while len(self.stack) > 1 and self.units[self.stack[-1]].kind in ("item", "lead") and \
                    self.in_body[self.stack[-1]]:
                self.stack.pop()
            self._attach(i, self.stack[-1])
            return
        if i in self.back_matter:
            self.stack[1:] = []
            self._attach_under_top(i)
            self.rank = []  # what follows (numbered entries) is numbered on its own
            return
        if unit.family in LEADS_IN_BODY:
            while len(self.stack) > 1 and self.in_body[self.stack[-1]] and \
                    not self.units[self.stack[-1]].alone_on_line:
                self.stack.pop()
            self._attach_under_top(i)
            return
        if unit.family in ITEM_FAMILIES:
            # (a run-in lead heads its own paragraph: a list opening a later one is not its; the
            # paragraph rule below closes it, as it closes any item of an earlier paragraph)
            self._leave_other_paragraphs(unit)
            self._place_item(i, unit)
        else:
            self._place_heading(i, unit)

    def _paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset) - 1

    def _leave_other_paragraphs(self, unit: Unit) -> None:
        """An item's children come only from its own paragraph: an item (or a run-in lead)
        of an earlier paragraph cannot hold ``unit``, unless it stands alone on its line like
        a heading or ``unit`` goes on with its own run (its next number)."""
        para = self._paragraph_of(unit.start)
        while len(self.stack) > 1:
            top = self.units[self.stack[-1]]
            if not self.in_body[self.stack[-1]] or top.alone_on_line:
                return
            if self._paragraph_of(top.start) == para or (top.family == unit.family and top.verb == unit.verb):
                return
            self.stack.pop()

    def _place_item(self, i: int, unit: Unit) -> None:
        verb, n = unit.verb, unit.number
        prev = self._find(unit.family, verb, n - 1) if n is not None else None
        if prev is not None and n is not None and unit.alone_on_line and not self.units[prev].alone_on_line:
            # (an item standing alone on its line goes on with one that stands so too, past a run
            # inside it: 七是 坚持民生至上 … 一是 … 三是 … then 八是 goes on with 七是)
            prev = next((x for x in reversed(self.stack[1:]) if self.units[x].alone_on_line and
                         self.families[x] == unit.family and self.verbs[x] == verb and self.units[x].number == n - 1),
                        prev)
        if prev is None and n is None:
            prev = self._find(unit.family, verb)
        if prev is not None:
            self._attach_sibling(i, prev)
            return
        top = self.stack[-1]
        if self.families[top] == unit.family and self.verbs[top] == verb and not (
                n == 1 and self.units[top].alone_on_line):
            # (a run that opens again at 1 under an item standing alone on its line like a
            # heading, 七是 坚持民生至上 … 一是继续实施…, is that item's own list)
            self.follows[i] = top
            self._attach_sibling(i, top)
            return
        if n is not None and n != 1:
            owner = self._closed_run(unit)
            if owner is not None:
                # 五是…。 then a run-in lead, then 六是: the lead closed the run, 六是 reopens it
                self._pop_to(owner)
            else:
                self.follows[i] = OPENS_RUN
        self._attach_under_top(i)

    def _closed_run(self, unit: Unit) -> int | None:
        """The open unit whose last item child is the one ``unit`` follows (same family and
        verb, number one less), or ``None``."""
        for owner in reversed(self.stack):
            for child in reversed(self.children.get(owner, ())):
                c = self.units[child]
                if c.kind == "item" and c.family == unit.family:
                    if c.verb == unit.verb and unit.number is not None and c.number == unit.number - 1:
                        return owner
                    break
        return None

    def _outer_list_resumes(self, family: str, last: int) -> bool:
        """After a list of ``family`` that restarts at 1, does the outer list (at ``last``) go on
        with ``last + 1``?  Then the restart was nested (一、二、三、 inside 四、, then 五、); if the
        restarted numbering runs on to the end instead, it is a new list whose own parent heading
        the source lost (the plan's （一）…（十） after the review's （六）)."""
        expected = 2
        # (looking a bounded way ahead: a 50 MB file must not turn this quadratic)
        for unit in islice(self.units, self.index + 1, self.index + 1 + _LOOKAHEAD):
            if unit.family != family or unit.number is None:
                continue
            if unit.number == expected:
                expected += 1
                continue
            return unit.number == last + 1
        return False

    def _opens_above(self, unit: Unit) -> bool:
        """Does ``unit``, of a family not seen yet, open a list above the report's top level
        (一、 after （一）…（七）: the plan's sections after the review's, whose unnumbered
        heads the source lost)?  Only an outer family (第一部分, 壹、, 一、) numbered 1 does, after
        a list of an inner one at the top that does not go on after it: a 1981 report's 一、…十、
        stand inside its （二）, and its （三） follows them."""
        if unit.family not in OUTER_FAMILIES or unit.number != 1 or len(self.stack) < 2:
            return False
        top = self.units[self.stack[1]]
        if top.kind != "heading" or top.family in OUTER_FAMILIES or top.number is None or top.number < 2:
            return False
        # (looking a bounded way ahead, as _outer_list_resumes does)
        return not any(u.family == top.family and u.number == top.number + 1
                       for u in islice(self.units, self.index + 1, self.index + 1 + _LOOKAHEAD))

    def _place_heading(self, i: int, unit: Unit) -> None:
        fam, n = unit.family, unit.number
        # a heading ends the inline runs (一是 …) and run-in leads of the body before it
        while len(self.stack) > 1 and self.families[self.stack[-1]] in _CLOSED_BY_HEADINGS:
            self.stack.pop()
        if n is not None:
            prev = self._find(fam, number=n - 1)
            if prev is not None:
                self._attach_sibling(i, prev)
                return
        same = self._find(fam)
        if same is not None:
            top = self.stack[-1]
            uses = [x for x in self.stack[1:] if self.units[x].family == fam]
            same_number = self.units[same].number
            if len(uses) >= 2:
                # a family reused a third time is a new document or part, not a deeper level
                self._attach_sibling(i, uses[0])
            elif n == 1 and same_number is not None and (
                    self.families[top] in ITEM_FAMILIES or (same_number >= 2 and unit.introduced_by_colon and (
                        top != same or self._outer_list_resumes(fam, same_number)))):
                self._attach_under_top(i)  # the family used again, one level deeper
            else:
                self.follows[i] = same
                self._attach_sibling(i, same)
            return
        if fam in self.rank:
            r = self.rank.index(fam)
            while len(self.stack) > 1 and (self.families[self.stack[-1]] not in self.rank or
                                           self.rank.index(self.families[self.stack[-1]]) >= r):
                self.stack.pop()
        elif self._opens_above(unit):
            self.stack[1:] = []
            self.rank.insert(0, fam)
        else:
            anchor = next((self.families[x] for x in reversed(self.stack[1:]) if self.families[x] in self.rank), None)
            self.rank.insert(self.rank.index(anchor) + 1 if anchor else 0, fam)
        self.follows[i] = OPENS_LEVEL
        self._attach_under_top(i)

"""Nest units into a tree: levels by order of first nesting, numbering as evidence.

Levels are not a fixed table.  A marker family seen before returns to its level; a
new family nests under the current node.  Numbering decides the ambiguous cases: the
next sibling carries the next number, and a family that restarts at 1 inside a
deeper node (一、 inside a 第一， item) is a second use of it at that depth.
Whatever breaks the numbering is reported as a warning with its line.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import islice

from .cleaning import Cleaned
from .leads import BACK_MATTER
from .script import fold_script
from .markers import ITEM_FAMILIES
from .tree import Node, Warning_
from .units import Unit, shown_title

_LEADS_IN_BODY = ("lead-run", "lead-before")
_LOOKAHEAD = 400  # units a restarted list and the outer list's next heading fall within
_CLOSED_BY_HEADINGS = frozenset({"item", "dash", *_LEADS_IN_BODY})


def make_title(text: str, unit: Unit) -> str:
    """A heading's title: its first sentence, white space removed, trailing ：:。 dropped."""
    return shown_title(text[unit.title_start:unit.title_end]).rstrip("：:。；;，,")


class TreeBuilder:
    """Attaches nodes one by one to a stack of open nodes."""

    def __init__(self, root: Node, cleaned: Cleaned) -> None:
        self.root = root
        self.cleaned = cleaned
        self.stack: list[Node] = [root]
        self.rank: list[str] = []  # heading families from the outermost in
        self.last_global: dict[str, int] = {}
        self.after_gap = False
        self.warnings: list[Warning_] = []
        # items that stand alone on their line like a heading (第一，进一步稳定和加强农业):
        # the run-in leads after them are their sub-heads, not their siblings
        self.heading_items: set[int] = set()
        self.gaps: list[int] = []  # where the source hides text: numbering across them is not checked
        self.units: list[Unit] = []  # all units of the document
        self.paragraph_starts = [p.start for p in cleaned.paragraphs]
        self.index = 0  # the one being added

    def _warn(self, code: str, message: str, line: int) -> None:
        if not self.after_gap:
            self.warnings.append(Warning_(code, message, line))

    def _pop_to(self, node: Node) -> None:
        while self.stack[-1] is not node:
            self.stack.pop()

    def _find(self, family: str, verb: str = "", number: int | None = None) -> Node | None:
        for node in reversed(self.stack[1:]):
            if node.family == family and node.verb == verb and (
                    number is None or node.number == number):
                return node
        return None

    def _attach_sibling(self, node: Node, sibling: Node) -> None:
        self._pop_to(sibling)
        self.stack.pop()
        self.stack[-1].adopt(node)
        self.stack.append(node)

    def _attach_under_top(self, node: Node) -> None:
        self.stack[-1].adopt(node)
        self.stack.append(node)

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

    def _check_number(self, node: Node, previous: Node | None) -> None:
        n = node.number
        if n is None:
            return
        if previous is None or previous.number is None:
            last = self.last_global.get(node.family)
            if n != 1 and (last is None or n != last + 1):
                self._warn("numbering-start", f"{node.marker} opens its level at {n}, not 1", node.line)
        elif n == previous.number:
            self._warn("numbering-repeated", f"{node.marker} repeats the number of the sibling before it", node.line)
        elif n < previous.number:
            self._warn("numbering-order", f"{node.marker} comes after {previous.marker}: out of order", node.line)
        elif n > previous.number + 1 and not any(previous.start < g < node.start for g in self.gaps):
            self._warn("numbering-skipped",
                       f"{node.marker} follows {previous.marker}: {n - previous.number - 1} number(s) skipped",
                       node.line)

    def add(self, unit: Unit, node: Node) -> None:
        """Attach ``node`` (made from ``unit``) where it belongs."""
        if unit.kind == "gap":
            while len(self.stack) > 1 and self.stack[-1].kind in ("item", "lead") and \
                    (self.stack[-1].family in ITEM_FAMILIES or self.stack[-1].family in _LEADS_IN_BODY):
                self.stack.pop()
            self.stack[-1].adopt(node)
            self.after_gap = True
            self.gaps.append(node.start)
            return
        if unit.family == "lead-line" and BACK_MATTER.match(fold_script(node.title)):
            self.stack[1:] = []
            self._attach_under_top(node)
            self.rank = []  # what follows (numbered entries) is numbered on its own
            return
        if unit.family in _LEADS_IN_BODY:
            while len(self.stack) > 1 and (self.stack[-1].family in ITEM_FAMILIES or
                                           self.stack[-1].family in _LEADS_IN_BODY) \
                    and id(self.stack[-1]) not in self.heading_items:
                self.stack.pop()
            self._attach_under_top(node)
            return
        if unit.family in ITEM_FAMILIES:
            if unit.at_paragraph_start and node.number in (None, 1) and self.stack[-1].family == "lead-run":
                self.stack.pop()  # a run-in lead heads its own paragraph; a list opening a later one is not its
            self._leave_other_paragraphs(node)
            self._add_item(node)
            if unit.alone_on_line:
                self.heading_items.add(id(node))
        else:
            self._add_heading(node, unit.introduced_by_colon)
        if node.number is not None:
            self.last_global[node.family] = node.number
        self.after_gap = False

    def _paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset) - 1

    def _leave_other_paragraphs(self, node: Node) -> None:
        """An item's children come only from its own paragraph: an item (or a run-in lead)
        of an earlier paragraph cannot hold ``node``, unless it stands alone on its line like
        a heading or ``node`` goes on with its own run (its next number)."""
        para = self._paragraph_of(node.start)
        while len(self.stack) > 1:
            top = self.stack[-1]
            if not (top.family in ITEM_FAMILIES or top.family in _LEADS_IN_BODY) or id(top) in self.heading_items:
                return
            if self._paragraph_of(top.start) == para or (top.family == node.family and top.verb == node.verb):
                return
            self.stack.pop()

    def _add_item(self, node: Node) -> None:
        verb, n = node.verb, node.number
        prev = self._find(node.family, verb, n - 1) if n is not None else None
        if prev is None and n is None:
            prev = self._find(node.family, verb)
        if prev is not None:
            self._attach_sibling(node, prev)
            return
        top = self.stack[-1]
        if top.family == node.family and top.verb == verb:
            self._check_number(node, top)
            self._attach_sibling(node, top)
            return
        if n is not None and n != 1:
            owner = self._closed_run(node)
            if owner is not None:
                # 五是…。 then a run-in lead, then 六是: the lead closed the run, 六是 reopens it
                self._pop_to(owner)
                self._attach_under_top(node)
                return
            self._warn("numbering-start", f"{node.marker} opens a run without {node.marker[0] if node.marker else ''}"
                       "… before it", node.line)
        self._attach_under_top(node)

    def _closed_run(self, node: Node) -> Node | None:
        """The open node whose last item child is the one ``node`` follows (same family and
        verb, number one less), or ``None``."""
        for owner in reversed(self.stack):
            for child in reversed(owner.children):
                if child.kind == "item" and child.family == node.family:
                    if child.verb == node.verb and node.number is not None and child.number == node.number - 1:
                        return owner
                    break
        return None

    def _add_heading(self, node: Node, introduced: bool) -> None:
        fam, n = node.family, node.number
        # a heading ends the inline runs (一是 …) and run-in leads of the body before it
        while len(self.stack) > 1 and self.stack[-1].family in _CLOSED_BY_HEADINGS:
            self.stack.pop()
        if n is not None:
            prev = self._find(fam, number=n - 1)
            if prev is not None:
                self._attach_sibling(node, prev)
                return
        same = self._find(fam)
        if same is not None:
            top = self.stack[-1]
            uses = [x for x in self.stack[1:] if x.family == fam]
            if len(uses) >= 2:
                # a family reused a third time is a new document or part, not a deeper level
                self._attach_sibling(node, uses[0])
            elif n == 1 and same.number is not None and (
                    top.family in ITEM_FAMILIES or (same.number >= 2 and introduced and (
                        top is not same or self._outer_list_resumes(fam, same.number)))):
                self._attach_under_top(node)  # the family used again, one level deeper
            else:
                self._check_number(node, same)
                self._attach_sibling(node, same)
            return
        if fam in self.rank:
            r = self.rank.index(fam)
            while len(self.stack) > 1 and (self.stack[-1].family not in self.rank or
                                           self.rank.index(self.stack[-1].family) >= r):
                self.stack.pop()
        else:
            anchor = next((x.family for x in reversed(self.stack[1:]) if x.family in self.rank), None)
            self.rank.insert(self.rank.index(anchor) + 1 if anchor else 0, fam)
        self._check_number(node, None)
        self._attach_under_top(node)


def build_tree(root: Node, units: list[Unit], cleaned: Cleaned) -> list[Warning_]:
    """Make a node of every unit, attach it to ``root``'s tree; return the numbering warnings."""
    text = cleaned.text
    builder = TreeBuilder(root, cleaned)
    builder.units = units
    for i, unit in enumerate(units):
        builder.index = i
        end = units[i + 1].start if i + 1 < len(units) else len(text)
        kind = unit.kind
        title = "" if kind == "gap" else make_title(text, unit)
        node = Node(kind, marker=unit.marker, number=unit.number, title=title,
                    text=text[unit.body_start:end].strip(), line=cleaned.line_at(unit.start),
                    family=unit.family, start=unit.start, body_start=unit.body_start, end=end,
                    hidden=unit.hidden, verb=unit.verb)
        builder.add(unit, node)
    return builder.warnings

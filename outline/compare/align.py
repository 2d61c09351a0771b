"""Align two outline trees node by node, top-down and by rank.

Governments reword nearly every heading every year (``推动农业提质增效`` →
``坚持农业农村优先发展，加快建设农业强镇``): true counterparts score only 0.1–0.5 on any
similarity, yet the best-scoring candidate among a matched parent's children is nearly
always the right one.  So the alignment trusts rank more than an absolute bar:

1. anchors: headings whose normalized titles are equal and unique on both sides;
2. top-level sections paired by role first (review with review, plan with plan, see
   :mod:`.roles`), then, inside every pair of matched parents, the children by an optimal
   assignment on the similarity (Hungarian); a pair is kept when it clears a low floor or
   when each side is the other's best among all the siblings, matched or not;
   then, between two consecutive pairs of siblings, as many unmatched on each side stand in
   the same order: they are paired in order (the (三) between two matched (二) and (四));
3. among what is still unmatched, the best pairs overall at a high bar: moves across
   parents, and headings whose depth changed (promoted, demoted);
4. a parent whose children mostly went to one unmatched parent is that parent, renamed;
5. no pair is kept below a node that is itself unmatched (added or removed): a change
   never contradicts another.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..tree import Document, Node
from .normalize import YearContext, content_text, heading_key, year_context
from .roles import compatible, role
from .similarity import Weights, bigrams, title_similarity

MATCH_AT = 0.5  # a pair across parents that do not correspond (a move) needs this
SIBLING_FLOOR = 0.2  # children of matched parents: kept at this score even when not each other's best
MUTUAL_FLOOR = 0.08  # … and below it even mutual best siblings share too little to be the same
ROLE_BONUS = 0.2  # two top-level sections with the same known role


@dataclass(eq=False)
class Info:
    """What the matcher knows of one node."""

    node: Node
    key: str
    title_grams: frozenset[str]
    content_grams: frozenset[str]
    depth: int
    index: int
    mass: float = 0.0  # IDF weight of content_grams
    role: str = "other"  # top-level sections only: see roles.py
    children: list["Info"] = field(default_factory=list)
    parent: "Info | None" = None


def _infos(doc: Document, years: YearContext) -> list[Info]:
    infos: dict[Node, Info] = {}
    out: list[Info] = []
    for i, node in enumerate(doc.nodes()):
        if node.kind == "gap":
            continue
        key = heading_key(node, years)
        info = Info(node, key, bigrams(key), bigrams(content_text(node, years)), node.depth, i)
        if node.parent is doc:
            info.role = role(key)
        infos[node] = info
        parent = infos.get(node.parent) if node.parent is not None else None
        if parent is not None:
            info.parent = parent
            parent.children.append(info)
        out.append(info)
    return out


def _kind_ok(a: Info, b: Info) -> bool:
    # a heading may become a lead and back; items only match items
    return (a.node.kind == "item") == (b.node.kind == "item")


def pair_score(a: Info, b: Info, weights: Weights) -> float:
    """Title and content similarity of two nodes, 0..1."""
    ts = title_similarity(a.key, b.key, a.title_grams, b.title_grams)
    cs = max(weights.dice(a.content_grams, b.content_grams, a.mass, b.mass),
             0.8 * weights.containment(a.content_grams, b.content_grams, a.mass, b.mass))
    return 0.5 * ts + 0.5 * cs


class Aligner:
    """Holds the two node lists and the growing match."""

    def __init__(self, old: Document, new: Document) -> None:
        self.old_years, self.new_years = year_context(old), year_context(new)
        self.a = _infos(old, self.old_years)
        self.b = _infos(new, self.new_years)
        self.weights = Weights([i.content_grams for i in self.a + self.b])
        for info in self.a + self.b:
            info.mass = self.weights.mass(info.content_grams)
        self.fwd: dict[Info, Info] = {}
        self.back: dict[Info, Info] = {}
        self._scores: dict[tuple[int, int], float] = {}
        self.roots_a = [i for i in self.a if i.parent is None]
        self.roots_b = [i for i in self.b if i.parent is None]

    def _match(self, a: Info, b: Info) -> None:
        self.fwd[a] = b
        self.back[b] = a

    def _unmatch(self, a: Info) -> None:
        del self.back[self.fwd.pop(a)]

    def _parents_correspond(self, a: Info, b: Info) -> bool:
        if a.parent is None or b.parent is None:
            return a.parent is None and b.parent is None
        return self.fwd.get(a.parent) is b.parent

    def _children_ratio(self, a: Info, b: Info) -> float:
        if not a.children or not b.children:
            return 0.0
        hits = sum(1 for c in a.children if self.fwd.get(c) in b.children)
        return hits / max(len(a.children), len(b.children))

    def _score(self, a: Info, b: Info) -> float:
        k = (a.index, b.index)
        if k not in self._scores:
            self._scores[k] = pair_score(a, b, self.weights)
        return self._scores[k]

    def _sibling_score(self, a: Info, b: Info) -> float | None:
        """Score of two siblings-to-be, or None where they may not pair at all."""
        if not _kind_ok(a, b):
            return None
        s = self._score(a, b)
        if a.parent is None and b.parent is None:
            if not compatible(a.role, b.role):
                return None
            if a.role == b.role and a.role != "other":
                s += ROLE_BONUS
        return s

    def anchors(self) -> None:
        """Equal normalized titles, unique on both sides."""
        count_a: dict[str, int] = {}
        count_b: dict[str, list[Info]] = {}
        for x in self.a:
            count_a[x.key] = count_a.get(x.key, 0) + 1
        for y in self.b:
            count_b.setdefault(y.key, []).append(y)
        for x in self.a:
            ys = count_b.get(x.key, [])
            if x.key and count_a[x.key] == 1 and len(ys) == 1 and _kind_ok(x, ys[0]):
                if x.parent is None and ys[0].parent is None and not compatible(x.role, ys[0].role):
                    continue
                self._match(x, ys[0])

    def assign_children(self, kids_a: list[Info], kids_b: list[Info]) -> list[tuple[Info, Info]]:
        """Optimal one-to-one assignment of the free ones among two sibling lists; each pair
        kept if it clears :data:`SIBLING_FLOOR` or is mutually best among all the siblings."""
        if not kids_a or not kids_b:
            return []
        table = [[self._sibling_score(x, y) for y in kids_b] for x in kids_a]
        free_rows = [i for i, x in enumerate(kids_a) if x not in self.fwd]
        free_cols = [j for j, y in enumerate(kids_b) if y not in self.back]
        if not free_rows or not free_cols:
            return []
        row_best = [max((v for v in row if v is not None), default=-1.0) for row in table]
        col_best = [max((v for i in range(len(kids_a)) if (v := table[i][j]) is not None), default=-1.0)
                    for j in range(len(kids_b))]
        kept = []
        for i, j in _assignment([[table[i][j] for j in free_cols] for i in free_rows]):
            r, c = free_rows[i], free_cols[j]
            s = table[r][c]
            if s is None:
                continue
            if s >= SIBLING_FLOOR or (s >= MUTUAL_FLOOR and s == row_best[r] and s == col_best[c]):
                kept.append((kids_a[r], kids_b[c]))
        return kept

    def fill_gaps(self, kids_a: list[Info], kids_b: list[Info]) -> list[tuple[Info, Info]]:
        """Unmatched siblings standing in the same gap between matched ones, as many on each
        side, paired in order when each pair shares at least :data:`MUTUAL_FLOOR`."""
        gaps_a, gaps_b = _gaps(kids_a, self.fwd), _gaps(kids_b, self.back)
        out = []
        for key, free_a in gaps_a.items():
            free_b = gaps_b.get(key if key is None else self.fwd[key])
            if not free_b or len(free_a) != len(free_b):
                continue
            pairs = list(zip(free_a, free_b))
            if all((s := self._sibling_score(x, y)) is not None and s >= MUTUAL_FLOOR for x, y in pairs):
                out.extend(pairs)
        return out

    def top_down(self) -> None:
        """Pair the roots' children, then the children of every matched pair, breadth first."""
        queue: list[tuple[list[Info], list[Info]]] = [(self.roots_a, self.roots_b)]
        seen: set[Info] = set()
        while queue:
            kids_a, kids_b = queue.pop(0)
            for x, y in self.assign_children(kids_a, kids_b):
                self._match(x, y)
            for x, y in self.fill_gaps(kids_a, kids_b):
                self._match(x, y)
            for x in kids_a:
                matched = self.fwd.get(x)
                if matched is not None and x not in seen:
                    seen.add(x)
                    queue.append((x.children, matched.children))
        # pairs made outside corresponding parents (anchors, moves): their children too
        for x, y in list(self.fwd.items()):
            if x not in seen:
                seen.add(x)
                for cx, cy in self.assign_children(x.children, y.children):
                    self._match(cx, cy)

    def greedy(self, with_structure: bool) -> None:
        """Best remaining pairs first, anywhere, while they clear :data:`MATCH_AT`."""
        free_a = [x for x in self.a if x not in self.fwd]
        free_b = [y for y in self.b if y not in self.back]
        pairs: list[tuple[float, int, int, Info, Info]] = []
        for x in free_a:
            for y in free_b:
                if not _kind_ok(x, y):
                    continue
                if x.parent is None and y.parent is None and not compatible(x.role, y.role):
                    continue
                s = self._score(x, y)
                if with_structure:
                    s += 0.1 * self._parents_correspond(x, y) + 0.3 * self._children_ratio(x, y)
                s -= 0.03 * abs(x.depth - y.depth)
                if s >= MATCH_AT:
                    pairs.append((s, -x.index, -y.index, x, y))
        pairs.sort(key=lambda p: p[:3], reverse=True)
        for _, _, _, x, y in pairs:
            if x not in self.fwd and y not in self.back:
                self._match(x, y)

    def renames_from_children(self) -> None:
        """An unmatched parent whose children mostly went to one unmatched parent is that
        parent renamed (deepest first, so a renamed child can vote for its own parent)."""
        for x in sorted((i for i in self.a if i.children), key=lambda i: -i.depth):
            if x in self.fwd:
                continue
            votes: dict[Info, int] = {}
            for c in x.children:
                y = self.fwd.get(c)
                if y is not None and y.parent is not None:
                    votes[y.parent] = votes.get(y.parent, 0) + 1
            if not votes:
                continue
            target, n = max(votes.items(), key=lambda kv: kv[1])
            if (2 * n > len(x.children) and target not in self.back and _kind_ok(x, target)
                    and (x.parent is None) == (target.parent is None)):
                self._match(x, target)

    def prune_orphans(self) -> None:
        """Drop every pair below an unmatched node on either side: that subtree is reported
        added or removed as a whole, so nothing inside it may also be paired."""
        for x in self.a:  # document order: parents before children
            if x in self.fwd and x.parent is not None and x.parent not in self.fwd:
                self._unmatch(x)
        for y in self.b:
            if y in self.back and y.parent is not None and y.parent not in self.back:
                self._unmatch(self.back[y])

    def run(self) -> dict[Info, Info]:
        """The alignment: old info → new info."""
        self.anchors()
        self.top_down()
        self.greedy(with_structure=False)
        self.greedy(with_structure=True)
        self.top_down()
        self.renames_from_children()
        self.top_down()
        self.prune_orphans()
        return self.fwd


def _gaps(kids: list[Info], matched: dict[Info, Info]) -> dict[Info | None, list[Info]]:
    """The unmatched siblings, grouped by the matched sibling just before them (None: first)."""
    gaps: dict[Info | None, list[Info]] = {}
    before: Info | None = None
    for k in kids:
        if k in matched:
            before = k
        else:
            gaps.setdefault(before, []).append(k)
    return gaps


def _assignment(table: Sequence[Sequence[float | None]]) -> list[tuple[int, int]]:
    """Rows and columns of a maximum-score one-to-one assignment (None: forbidden)."""
    from scipy.optimize import linear_sum_assignment  # imported here: only diff needs it

    forbidden = -1e6
    cost = [[-(v if v is not None else forbidden) for v in row] for row in table]
    rows, cols = linear_sum_assignment(cost)
    return [(int(r), int(c)) for r, c in zip(rows, cols) if table[r][c] is not None]

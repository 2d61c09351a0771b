"""Align two outline trees node by node, in the manner of tree differs such as GumTree.

1. anchors: headings whose normalized titles are equal and unique on both sides;
2. best pairs overall, by title and by content (the section's vocabulary, children
   included), greedily from the most similar, with a bonus where the parents already
   correspond and where the children mostly match (a heuristic rename);
3. inside each matched pair of parents, the leftover children, with a lower bar.
A match whose parents do not correspond is a move.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..tree import Document, Node
from .normalize import YearContext, content_text, heading_key, year_context
from .similarity import Weights, bigrams, title_similarity

MATCH_AT = 0.5  # overall similarity a pair needs in the global pass
SIBLING_MATCH_AT = 0.3  # … and among the children of a matched pair


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
        infos[node] = info
        parent = infos.get(node.parent)
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

    def _match(self, a: Info, b: Info) -> None:
        self.fwd[a] = b
        self.back[b] = a

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
                self._match(x, ys[0])

    def greedy(self, with_structure: bool) -> None:
        """Best remaining pairs first, while they clear :data:`MATCH_AT`."""
        free_a = [x for x in self.a if x not in self.fwd]
        free_b = [y for y in self.b if y not in self.back]
        pairs: list[tuple[float, int, int, Info, Info]] = []
        for x in free_a:
            for y in free_b:
                if not _kind_ok(x, y):
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

    def siblings(self) -> None:
        """Leftover children of matched parents (roots included), with a lower bar."""
        parents = [(None, None)] + list(self.fwd.items())
        for pa, pb in parents:
            kids_a = [x for x in (pa.children if pa else [i for i in self.a if i.parent is None]) if x not in self.fwd]
            kids_b = [y for y in (pb.children if pb else [i for i in self.b if i.parent is None]) if y not in self.back]
            pairs = sorted(((self._score(x, y), x, y) for x in kids_a for y in kids_b if _kind_ok(x, y)),
                           key=lambda p: p[0], reverse=True)
            for s, x, y in pairs:
                if s >= SIBLING_MATCH_AT and x not in self.fwd and y not in self.back:
                    self._match(x, y)

    def run(self) -> dict[Info, Info]:
        """The alignment: old info → new info."""
        self.anchors()
        self.greedy(with_structure=False)
        self.greedy(with_structure=True)
        self.siblings()
        return self.fwd

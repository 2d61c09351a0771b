"""The report grammar (``grammar/report.lark``): what a report is, over the stream of units.

:func:`unit_tokens` turns an outline into that stream (one token a node, ``_INDENT`` and
``_DEDENT`` where the depth changes, as lark's indented-tree example does with white
space) and :func:`reparse` parses it with the grammar, a small Transformer building the
outline again as (kind, title, children) triples.  The test suite checks that every tree
the builder makes (the seeds, the corpus, damaged copies, the fuzz run) is a sentence of
the grammar and comes back unchanged.

The grammar is a checked statement rather than the builder's hot path: an LALR pass over
the units costs about 2 µs a unit, and building the nodes in its callbacks about 4 µs,
which is 14–30% of a whole parse (measured on ../shared/corpus), while attaching the
nodes by the parents :mod:`outline.levels` computed costs under 1%.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from lark import Lark, Token, Transformer
from lark.lexer import Lexer

from .leads import BACK_MATTER
from .script import fold_script
from .tree import Document, Node

_KIND = {"heading": "HEADING", "item": "ITEM", "lead": "LEAD", "gap": "GAP"}
Shape = tuple[str, str, list[Any]]  # (kind, title, children)


def unit_tokens(doc: Document) -> Iterator[Token]:
    """The stream the grammar reads: a token per node in document order, its kind as the
    type (``BACK_MATTER`` for a back-matter lead line), with ``_INDENT``/``_DEDENT``."""
    nodes = list(doc.nodes())
    depth = 0
    for i, node in enumerate(nodes):
        d = node.depth
        if d > depth + 1:
            raise ValueError(f"{node!r} is {d - depth} levels below the node before it")
        if d == depth + 1 and i:
            yield Token("_INDENT", "")
        for _ in range(depth - d):
            yield Token("_DEDENT", "")
        depth = d
        kind = _KIND[node.kind]
        if node.kind == "lead" and node.family == "lead-line" and BACK_MATTER.match(fold_script(node.title)):
            kind = "BACK_MATTER"
        yield Token(kind, str(i))
    for _ in range(depth - 1):
        yield Token("_DEDENT", "")


class _Stream(Lexer):
    """A 'lexer' that hands over tokens already made."""

    def __init__(self, conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[Token]:  # type: ignore[override]
        yield from data


class _Outline(Transformer[Token, list[Shape]]):
    """Each rule's node: its unit's (kind, title) and what hangs under it."""

    def __init__(self, nodes: list[Node]) -> None:
        super().__init__()
        self.nodes = nodes

    def _shape(self, children: list[Any]) -> Shape:
        node = self.nodes[int(children[0])]
        return node.kind, node.title, list(children[1:])

    section = item = lead = gap = back_matter = _shape

    def start(self, children: list[Shape]) -> list[Shape]:
        return children


@lru_cache(maxsize=1)
def _parser() -> Lark:
    packaged = Path(__file__).parent / "grammar" / "report.lark"
    path = packaged if packaged.is_file() else Path(__file__).resolve().parent.parent / "grammar" / "report.lark"
    return Lark(path.read_text(encoding="utf-8"), parser="lalr", lexer=_Stream, maybe_placeholders=False)


def reparse(doc: Document) -> list[Shape]:
    """``doc``'s outline read back through the report grammar; raises
    ``lark.exceptions.UnexpectedToken`` where the tree is no report (a node under a gap,
    back matter below the top level)."""
    nodes = list(doc.nodes())
    return _Outline(nodes).transform(_parser().parse(unit_tokens(doc)))  # type: ignore[arg-type]


def shape(doc: Document) -> list[Shape]:
    """``doc``'s outline as (kind, title, children) triples, read off the tree itself."""
    def of(node: Node) -> Shape:
        return node.kind, node.title, [of(c) for c in node.children]

    return [of(c) for c in doc.children]

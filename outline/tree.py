"""The one document tree every renderer and the differ read.

Nodes are anytree nodes: ``anytree.RenderTree(doc)``, ``findall``, ``.path`` and
``.children`` work on them.  A :class:`Document` is the root node.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from anytree import NodeMixin

SCHEMA = "outline/1"


@dataclass(frozen=True, slots=True)
class Warning_:
    """Something a reader of the outline should know (a broken numbering, a gap, a cut end)."""

    code: str
    message: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``{code, message, line}``."""
        return {"code": self.code, "message": self.message, "line": self.line}


class Node(NodeMixin):
    """A heading, enumeration item, lead heading or gap of a report.

    Attributes:
        kind: ``heading`` | ``item`` | ``lead`` | ``gap`` (``document`` for the root).
        marker: the marker as written (``（一）``, ``一是``) or ``None``.
        number: the number the marker carries, or ``None``.
        title: the first sentence, white space of PDF extraction removed.
        text: the node's own body (up to its first child), as in the cleaned text.
        line: 1-based line of the source where the node starts.
        family: the marker family (``paren_cn`` …), used to nest levels.
        start, body_start, end: offsets of the node's own region in the cleaned text
            (head ``[start, body_start)``, body ``[body_start, end)``).
        hidden: for a gap, the number of characters the source says it hides.
        verb: for 一是/一要 items, 是 or 要 (the two run apart).
    """

    def __init__(self, kind: str, *, marker: str | None = None, number: int | None = None, title: str = "",
                 text: str = "", line: int = 1, family: str = "", start: int = 0, body_start: int = 0,
                 end: int = 0, hidden: int | None = None, verb: str = "", parent: "Node | None" = None) -> None:
        self.kind = kind
        self.marker = marker
        self.number = number
        self.title = title
        self.text = text
        self.line = line
        self.family = family
        self.start = start
        self.body_start = body_start
        self.end = end
        self.hidden = hidden
        self.verb = verb
        if parent is not None:  # anytree's parent setter checks for loops: skip it when there is no parent
            self.parent = parent

    def adopt(self, child: "Node") -> None:
        """Append ``child``, a node that has no parent yet, to this node's children.

        The same as ``child.parent = self``, without anytree's guards: a new node cannot be
        an ancestor, so the walk up the path that checks for a loop is wasted, and the tree
        builder attaches every node of every document (a tenth of a corpus run's time).
        """
        if _RAW_ATTACH and child.parent is None:
            child._NodeMixin__parent = self  # type: ignore[attr-defined]
            self._NodeMixin__children_or_empty.append(child)  # type: ignore[attr-defined]
        else:
            child.parent = self

    @property
    def name(self) -> str:
        """Marker and title, as a reader would say the heading."""
        if self.kind == "gap":
            return f"[gap: {self.hidden if self.hidden is not None and self.hidden >= 0 else '?'} characters hidden]"
        return f"{self.marker} {self.title}" if self.marker else self.title

    @property
    def heading_path(self) -> list[str]:
        """Titles from the top-level section down to this node."""
        return [n.title for n in self.path if n.kind != "document"]

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract's node: kind, marker, number, title, text, line, children."""
        d: dict[str, Any] = {"kind": self.kind, "marker": self.marker, "number": self.number, "title": self.title,
                             "text": self.text, "line": self.line}
        if self.kind == "gap":
            d["hidden"] = self.hidden if self.hidden is not None and self.hidden >= 0 else None
        d["span"] = [self.start, self.end]
        d["children"] = [c.to_dict() for c in self.children]
        return d

    def __repr__(self) -> str:
        return f"Node({self.kind!r}, {self.name!r}, line={self.line})"


def _raw_attach_works() -> bool:
    """Does anytree keep parent and children where :meth:`Node.adopt` writes them?  (Checked
    once through anytree's public API; if a future anytree stores them elsewhere, ``adopt``
    falls back to the ``parent`` setter.)"""
    global _RAW_ATTACH
    _RAW_ATTACH = True
    try:
        root, a, b = Node("document"), Node("heading"), Node("heading")
        root.adopt(a)
        root.adopt(b)
        return b.parent is root and root.children == (a, b) and b.path == (root, b) and a.siblings == (b,)
    except Exception:  # any change of anytree's internals
        return False


_RAW_ATTACH = False
_RAW_ATTACH = _raw_attach_works()


class Document(Node):
    """The root of an outline: the report's title, metadata, warnings and top-level nodes.

    Attributes:
        meta: what is known of the report (place, years, issuer, encoding, script, cleaning report).
        warnings: list of :class:`Warning_`.
        cleaned_text: the text every node's region indexes into.
    """

    def __init__(self, title: str | None, meta: dict[str, Any], warnings: list[Warning_], cleaned_text: str) -> None:
        # (an untitled report's title is None, not "": the JSON contract says null)
        super().__init__("document", title=title)  # type: ignore[arg-type]
        self.meta = meta
        self.warnings = warnings
        self.cleaned_text = cleaned_text

    def nodes(self) -> Iterator[Node]:
        """Every node below the root, in document order."""
        # (anytree's PreOrderIter does the same with filters and level limits, ~3× slower;
        # this runs several times per document)
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (``schema: outline/1``) as a dict."""
        return {"schema": SCHEMA, "title": self.title, "meta": self.meta,
                "warnings": [w.to_dict() for w in self.warnings], "text": self.text,
                "children": [c.to_dict() for c in self.children]}

    # Convenience writers: each delegates to the registry in outline.render (imported on use,
    # so the tree module itself imports no writer).
    def to_json(self, indent: int | None = 2) -> str:
        """The JSON contract as text (UTF-8, not ASCII-escaped; no final newline)."""
        from .render.json_ import dumps

        return dumps(self.to_dict(), indent=indent)

    def to_markdown(self, body: bool = False) -> str:
        """Markdown: title ``#``, headings ``##``…``######``, deeper levels and items as lists."""
        from .render import write

        return write(self, "md", body=body)

    def to_opml(self) -> str:
        """OPML 2.0, one ``<outline>`` per node, the body in ``_note``."""
        from .render import write

        return write(self, "opml")

    def to_text_tree(self) -> str:
        """An indented plain-text tree for the terminal."""
        from .render import write

        return write(self, "tree")

    def __repr__(self) -> str:
        return f"Document({self.title!r}, {len(self.children)} sections)"

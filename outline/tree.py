"""The one document tree every renderer and the differ read.

Nodes are plain slotted objects shaped like anytree's: ``anytree.RenderTree(doc)``,
``findall``, ``.path`` and ``.children`` work on them, and :meth:`Document.to_anytree` converts.
A :class:`Document` is the root node.
"""
from __future__ import annotations

from typing import Any, Iterator, NamedTuple

SCHEMA = "outline/1"


class Warning_(NamedTuple):
    """Something a reader of the outline should know (a broken numbering, a gap, a cut end)."""

    code: str
    message: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``{code, message, line}``."""
        return {"code": self.code, "message": self.message, "line": self.line}


class Node:
    """A heading, enumeration item, lead heading or gap of a report.

    A plain slotted object (the builder makes one for every unit of every document of a
    corpus), shaped like an anytree node: ``parent``, ``children`` (a tuple), ``path``,
    ``depth``, ``root``, ``siblings``, ``descendants``, so anytree's ``RenderTree``,
    ``findall`` and ``PreOrderIter`` work on it; :meth:`Document.to_anytree` gives real
    anytree nodes for the rest of anytree.

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

    __slots__ = ("kind", "marker", "number", "title", "text", "line", "family", "start", "body_start", "end",
                 "hidden", "verb", "_parent", "_children")

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
        self._parent: Node | None = None
        self._children: list[Node] = []
        if parent is not None:
            parent.adopt(self)

    @property
    def parent(self) -> "Node | None":
        """The node above, ``None`` for the root (or a detached node)."""
        return self._parent

    @parent.setter
    def parent(self, value: "Node | None") -> None:
        if value is not None and (value is self or self in value.path):
            raise ValueError(f"{value!r} is inside {self!r}: attaching it would make a loop")
        if self._parent is not None:
            self._parent._children.remove(self)
        self._parent = None
        if value is not None:
            value._children.append(self)
            self._parent = value

    @property
    def children(self) -> "tuple[Node, ...]":
        """The nodes directly below, in document order."""
        return tuple(self._children)

    def adopt(self, child: "Node") -> None:
        """Append ``child`` to this node's children (``child.parent = self``, without the walk
        up the path that checks for a loop when ``child`` is new: a new node has no children)."""
        if child._parent is None and not child._children:
            child._parent = self
            self._children.append(child)
        else:
            child.parent = self

    @property
    def path(self) -> "tuple[Node, ...]":
        """The nodes from the root down to this one."""
        out = []
        node: Node | None = self
        while node is not None:
            out.append(node)
            node = node._parent
        return tuple(reversed(out))

    @property
    def depth(self) -> int:
        """0 for the root, 1 for a top-level section …"""
        depth, node = 0, self._parent
        while node is not None:
            depth, node = depth + 1, node._parent
        return depth

    @property
    def root(self) -> "Node":
        """The topmost node (the :class:`Document` of a parsed report)."""
        node = self
        while node._parent is not None:
            node = node._parent
        return node

    @property
    def is_root(self) -> bool:
        """Whether this node has no parent."""
        return self._parent is None

    @property
    def is_leaf(self) -> bool:
        """Whether this node has no children."""
        return not self._children

    @property
    def siblings(self) -> "tuple[Node, ...]":
        """The other children of this node's parent."""
        if self._parent is None:
            return ()
        return tuple(n for n in self._parent._children if n is not self)

    @property
    def descendants(self) -> "tuple[Node, ...]":
        """Every node below this one, in document order."""
        out: list[Node] = []
        stack = list(reversed(self._children))
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node._children))
        return tuple(out)

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
        d["children"] = [c.to_dict() for c in self._children]
        return d

    def __repr__(self) -> str:
        return f"Node({self.kind!r}, {self.name!r}, line={self.line})"


_new = object.__new__


def make_node(kind: str, marker: str | None, number: int | None, title: str, text: str, line: int, family: str,
              start: int, body_start: int, end: int, hidden: int | None, verb: str) -> Node:
    """A new, detached :class:`Node`, every attribute given by position: what the builder makes
    for each unit of every document (about a third of the keyword constructor's cost)."""
    node: Node = _new(Node)
    node.kind, node.marker, node.number, node.title, node.text, node.line = kind, marker, number, title, text, line
    node.family, node.start, node.body_start, node.end, node.hidden, node.verb = (
        family, start, body_start, end, hidden, verb)
    node._parent = None
    node._children = []
    return node


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
        stack = list(reversed(self._children))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node._children))

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (``schema: outline/1``) as a dict."""
        return {"schema": SCHEMA, "title": self.title, "meta": self.meta,
                "warnings": [w.to_dict() for w in self.warnings], "text": self.text,
                "children": [c.to_dict() for c in self._children]}

    def to_anytree(self) -> Any:
        """The tree as real anytree nodes (``anytree.AnyNode``, one per node, carrying the same
        attributes), for the parts of anytree that need its own node class (exporters,
        walkers, ``anytree.search`` with ``maxcount`` …)."""
        from anytree import AnyNode

        def convert(node: Node, parent: Any) -> Any:
            fields = {name: getattr(node, name) for name in Node.__slots__ if not name.startswith("_")}
            out = AnyNode(parent=parent, **fields)
            for child in node._children:
                convert(child, out)
            return out

        root = convert(self, None)
        root.meta, root.warnings, root.title = self.meta, self.warnings, self.title
        return root

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

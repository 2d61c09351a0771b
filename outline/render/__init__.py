"""Writers: each reads the document tree, none re-parses the text.

One table (:data:`WRITERS`) maps a format name to its writer and its file extension, for the
command line, corpus runs and the library alike (``outline.render.write(doc, "opml")``).
Each writer module is imported only when its format is asked for.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..tree import Document


class Writer(NamedTuple):
    """A format: its module and function, the extension of its files, what it is for."""

    name: str
    extension: str
    module: str
    function: str
    description: str


WRITERS: dict[str, Writer] = {w.name: w for w in (
    Writer("md", ".md", "markdown", "render_markdown", "Markdown: # title, ## … headings, deeper levels as lists"),
    Writer("json", ".json", "json_", "render_json", "the outline/1 JSON contract"),
    Writer("jsonl", ".jsonl", "json_", "render_json_line", "one outline/1 document a line"),
    Writer("opml", ".opml", "opml", "render_opml", "OPML 2.0 for outliners, the text in _note"),
    Writer("tree", ".txt", "text_tree", "render_text_tree", "an indented view for the terminal"),
    Writer("sections", ".jsonl", "sections", "render_sections", "one JSON line a section: a table"),
)}


def write_bytes(doc: "Document", fmt: str, body: bool = False, name: str = "") -> bytes:
    """``doc`` in format ``fmt`` as UTF-8 bytes, what files and pipes take: the JSON formats
    straight from orjson, which makes bytes (a decode to text and an encode back would cost
    a few percent of a corpus run); the others encoded once."""
    if fmt in ("json", "jsonl"):
        from .json_ import dumps_bytes

        return dumps_bytes(doc.to_dict(), indent=2 if fmt == "json" else None) + b"\n"
    return write(doc, fmt, body=body, name=name).encode("utf-8")


def write(doc: "Document", fmt: str, body: bool = False, name: str = "") -> str:
    """``doc`` in format ``fmt`` (a key of :data:`WRITERS`); ``body``: Markdown with each
    section's text; ``name``: the document's name in section rows."""
    writer = WRITERS[fmt]
    render = getattr(import_module(f".{writer.module}", __name__), writer.function)
    if fmt == "md":
        return str(render(doc, body=body))
    if fmt == "sections":
        return str(render(doc, name))
    return str(render(doc))

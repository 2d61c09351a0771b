"""OPML 2.0 renderer: one ``<outline text=…>`` per node, the body in ``_note``."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from .xml_safe import XmlSafe

if TYPE_CHECKING:
    from ..tree import Document, Node


def _outline(parent: ET.Element, node: "Node", safe: XmlSafe) -> None:
    attrs = {"text": safe(node.name), "type": node.kind}
    if node.marker:
        attrs["marker"] = safe(node.marker)
    if node.text:
        attrs["_note"] = safe(node.text)
    el = ET.SubElement(parent, "outline", attrs)
    for child in node.children:
        _outline(el, child, safe)


def render_opml(doc: "Document") -> str:
    """A well-formed OPML 2.0 document that outliners open."""
    safe = XmlSafe()
    root = ET.Element("opml", {"version": "2.0"})
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = safe(doc.title or "Untitled report")
    # (no dateCreated: the same report gives the same bytes, run after run)
    body = ET.SubElement(root, "body")
    for child in doc.children:
        _outline(body, child, safe)
    ET.indent(root)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + safe.comment() + ET.tostring(root, encoding="unicode")
            + "\n")

"""OPML 2.0 renderer: one ``<outline text=…>`` per node, the body in ``_note``."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..tree import Document, Node


def _outline(parent: ET.Element, node: "Node") -> None:
    attrs = {"text": node.name, "type": node.kind}
    if node.marker:
        attrs["marker"] = node.marker
    if node.text:
        attrs["_note"] = node.text
    el = ET.SubElement(parent, "outline", attrs)
    for child in node.children:
        _outline(el, child)


def render_opml(doc: "Document") -> str:
    """A well-formed OPML 2.0 document that outliners open."""
    root = ET.Element("opml", {"version": "2.0"})
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = doc.title or "Untitled report"
    ET.SubElement(head, "dateCreated").text = format_datetime(datetime.now(timezone.utc))
    body = ET.SubElement(root, "body")
    for child in doc.children:
        _outline(body, child)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

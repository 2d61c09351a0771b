"""JSON renderer: the ``outline/1`` contract (see ``outline/schema/outline-1.schema.json``)."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..tree import Document


def render_json(doc: "Document", indent: int | None = 2) -> str:
    """UTF-8 JSON, not ASCII-escaped."""
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent)

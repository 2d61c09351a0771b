"""Traditional and simplified script: detect the source's, convert on request (OpenCC)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from .tree import Document

_SAMPLE = 3000
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=2)
def converter(config: str = "t2s") -> Callable[[str], str]:
    """OpenCC's conversion function for ``config`` (loaded once)."""
    from opencc import OpenCC

    return OpenCC(config).convert


def to_simplified(text: str) -> str:
    """Traditional → simplified."""
    return converter("t2s")(text)


@lru_cache(maxsize=None)
def _is_traditional(ch: str) -> bool:
    # one character at a time, cached: a corpus reuses a few thousand characters
    return converter("t2s")(ch) != ch


def detect_script(text: str) -> str:
    """``traditional`` when a sample has a noticeable share of traditional-only characters."""
    sample = _HAN.findall(text, 0, _SAMPLE * 3)[:_SAMPLE]
    if not sample:
        return "unknown"
    counts = Counter(sample)  # each distinct character looked up once
    changed = sum(n for ch, n in counts.items() if _is_traditional(ch))
    return "traditional" if changed / len(sample) > 0.03 else "simplified"


def convert_tree_to_simplified(doc: "Document") -> None:
    """Rewrite every title and body of ``doc`` in simplified characters (offsets keep pointing at the source)."""
    conv = converter("t2s")
    if doc.title:
        doc.title = conv(doc.title)
    doc.text = conv(doc.text)
    for node in doc.nodes():
        node.title = conv(node.title)
        node.text = conv(node.text)
        if node.marker:
            node.marker = conv(node.marker)

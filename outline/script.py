"""Traditional and simplified script: detect the source's, convert on request (OpenCC)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from .tree import Document

_WINDOWS = (400, 12000)  # characters of text looked at, then more if the first holds too few Han
_ENOUGH = 200


@lru_cache(maxsize=2)
def converter(config: str = "t2s") -> Callable[[str], str]:
    """OpenCC's conversion function for ``config`` (loaded once)."""
    from opencc import OpenCC

    return OpenCC(config).convert


def to_simplified(text: str) -> str:
    """Traditional → simplified."""
    return converter("t2s")(text)


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    """Characters OpenCC's t2s table turns into another character, read from its own data file.

    Reading the one table (a few ms) rather than loading the whole t2s converter (phrases
    and all, about 25 ms) keeps it out of the cold start of every parse."""
    from importlib.util import find_spec

    # located, not imported: importing opencc costs ~10 ms that a parse does not need
    spec = find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("opencc-python-reimplemented is not installed")
    table = Path(list(spec.submodule_search_locations)[0]) / "dictionary" / "TSCharacters.txt"
    chars = set()
    with table.open(encoding="utf-8") as lines:
        for line in lines:
            trad, _, simp = line.rstrip("\n").partition("\t")
            if len(trad) == 1 and simp.split(" ")[0] != trad:
                chars.add(trad)
    return frozenset(chars)


def detect_script(text: str) -> str:
    """``traditional`` when a sample has a noticeable share of traditional-only characters."""
    # A few hundred Chinese characters decide it (a traditional report has ~20% traditional-only
    # characters, a simplified one well under 1%); look further only when the opening is mostly
    # not Chinese (web clutter).  The set operations and counts run in C: this runs on every
    # document of a corpus.
    for window in _WINDOWS:
        sample = text[:window]
        wide = (len(sample.encode("utf-8", "surrogatepass")) - len(sample)) // 2  # ≈ Han and CJK punctuation
        if wide >= _ENOUGH:
            break
    chars = set(sample)
    traditional = chars & _traditional_only()
    if not traditional:
        return "simplified" if any("\u4e00" <= ch <= "\u9fff" for ch in chars) else "unknown"
    changed = sum(map(sample.count, traditional))
    return "traditional" if changed / max(wide, 1) > 0.03 else "simplified"


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

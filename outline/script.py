"""Traditional and simplified script: detect the source's, convert on request (OpenCC)."""
from __future__ import annotations

import re
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
    """Traditional → simplified: the same text as OpenCC's ``t2s``, about 30× faster.

    OpenCC converts the phrases of its ``TSPhrases`` table whole (一目瞭然 → 一目了然, not
    一目𪾢然) and every other character by ``TSCharacters``.  A text in which no such phrase
    occurs (nearly every string: the table holds 277) is converted by ``str.translate`` over
    the character table, which gives exactly what OpenCC gives (checked for every character of
    the table by ``tests/test_renderers.py``); a text holding a phrase goes to OpenCC itself."""
    if _phrases().search(text) is None:
        return text.translate(simplified_chars())
    return converter("t2s")(text)


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str]:
    """Every traditional phrase OpenCC's ``t2s`` converts whole, longest first."""
    with (_dictionary() / "TSPhrases.txt").open(encoding="utf-8") as lines:
        keys = [line.split("\t", 1)[0] for line in lines if "\t" in line]
    return re.compile("|".join(sorted(map(re.escape, keys), key=len, reverse=True)) or r"(?!)")


def _dictionary() -> Path:
    """OpenCC's dictionary folder, located without importing opencc (~10 ms a parse does not need)."""
    from importlib.util import find_spec

    spec = find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("opencc-python-reimplemented is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "dictionary"


@lru_cache(maxsize=1)
def simplified_chars() -> dict[int, str]:
    """OpenCC's character table, traditional → simplified (first choice), as a ``str.translate``
    table: the word lists of the rules (written in simplified) match either script through it.

    Read from OpenCC's own data file (a few ms) rather than by loading the whole t2s converter
    (phrases and all, about 25 ms), which keeps it out of the cold start of every parse."""
    table = _dictionary() / "TSCharacters.txt"
    chars: dict[int, str] = {}
    with table.open(encoding="utf-8") as lines:
        for line in lines:
            trad, _, simp = line.rstrip("\n").partition("\t")
            first = simp.split(" ")[0]
            if len(trad) == 1 and len(first) == 1 and first != trad:
                chars[ord(trad)] = first
    return chars


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    """Characters OpenCC's t2s table turns into another character."""
    return frozenset(map(chr, simplified_chars()))


@lru_cache(maxsize=1)
def traditional_variants() -> dict[str, str]:
    """Simplified character → the traditional characters it stands for (发 → 發髮)."""
    out: dict[str, str] = {}
    for trad, simp in simplified_chars().items():
        out[simp] = out.get(simp, "") + chr(trad)
    return out


def either_script(pattern: str) -> str:
    """A regular expression written in simplified characters, made to match traditional text
    too: each Han character that has traditional forms becomes a class of all of them (扫 →
    [扫掃]); inside a class the forms are added (but not to a range's ends)."""
    variants = traditional_variants()
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]" and not (out and out[-1] == "["):
                in_class = False
                out.append(c)
            elif c in variants and pattern[i - 1:i] != "-" and pattern[i + 1:i + 2] != "-":
                out.append(c + variants[c])
            else:
                out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
        elif c in variants:
            out.append(f"[{c}{variants[c]}]")
        else:
            out.append(c)
        i += 1
    return "".join(out)


def fold_script(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified one (character by
    character, no phrases: for matching word lists, not for showing)."""
    # (a set test runs in C at about half the cost of the table's per-character lookups, and
    # stops at the first traditional character: most strings folded hold none)
    if _traditional_only().isdisjoint(text):
        return text
    return text.translate(simplified_chars())


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
    """Rewrite every title and body of ``doc`` in simplified characters (offsets keep pointing at the source).

    A string with no character OpenCC's table would change is left as it is (most strings of a
    simplified report: a set test runs in C); the rest go through :func:`to_simplified`."""
    traditional = _traditional_only()

    def conv(text: str) -> str:
        return text if traditional.isdisjoint(text) else to_simplified(text)

    if doc.title:
        doc.title = conv(doc.title)
    doc.text = conv(doc.text)
    for node in doc.nodes():
        node.title = conv(node.title)
        node.text = conv(node.text)
        if node.marker:
            node.marker = conv(node.marker)

"""Recognize the heading marker that opens a piece of text, with the Lark grammar.

The grammar (``grammar/markers.lark``) reads like the SPEC's table of marker
families; this module loads it once, runs it on the start of a paragraph or
sentence, and turns the parse into a :class:`Marker` (family, number, text).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

#: Families whose markers open a section heading (kind ``heading``).
HEADING_FAMILIES = frozenset(
    {"part", "fin_dun", "cn_dun", "paren_cn", "arabic", "arabic_rpar", "paren_arabic", "circled", "bracket"}
)
#: Families of inline enumerations (kind ``item``): found inside bodies too.
ITEM_FAMILIES = frozenset({"item", "ordinal", "dash"})

#: A marker can only start with one of these characters; anything else is not
#: handed to the parser at all (most paragraphs), which keeps the hot path cheap.
MARKER_START = frozenset(
    "第首一二三四五六七八九十百〇零壹贰貳叁參肆伍陆陸柒捌玖拾(（[【〔-－—─"
    "0123456789０１２３４５６７８９" + "".join(chr(c) for c in range(0x2460, 0x249C))  # ① … ⑳, ⑴ … ⒇, ⒈ … ⒛
)
# Longest stretch the parser needs to see: marker plus a little of the title.
_WINDOW = 14
# Every character a marker can be made of (the grammar's terminals and the white space it
# ignores).  The parser is shown only the run of these that opens the text: no token can end
# inside the run and continue past it, so the parse is the one of the whole window (the title
# after a marker would only be one more REST token).  The runs are few (``（一）``, ``一是``,
# ``第一，``, ``2024``) however many documents a corpus holds, so the cache answers nearly
# every call.
_MARKER_RUN = re.compile(r"[第首先一二三四五六七八九十百〇零壹贰貳叁參肆伍陆陸柒捌玖拾0-9０-９部分章节節篇編编"
                         r"，,、：:．.是要()（）\[\]【】〔〕①-⒛\-－—─ \t\u3000\u00a0\u2002\u2003\u2009\u202f]*")

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8,
              "玖": 9}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100}


@dataclass(frozen=True, slots=True)
class Marker:
    """A recognized heading marker.

    Attributes:
        family: the marker family (``cn_dun``, ``paren_cn``, ``item`` …; see the grammar).
        number: the number it carries (``（十二）`` → 12), or ``None`` for ``——``.
        text: the marker as written, without surrounding white space (``（一）``).
        length: how many characters of the input the marker and the white space after it take.
        verb: for ``item`` markers, the verb after the numeral (``是`` or ``要``).
    """

    family: str
    number: int | None
    text: str
    length: int
    verb: str = ""

    @property
    def is_year(self) -> bool:
        """A year in brackets or before a dot (``〔2022〕2号文件``, ``（2023）``), not a heading number."""
        return self.number is not None and 1900 <= self.number <= 2100 and self.family in (
            "bracket", "paren_arabic", "arabic", "arabic_rpar")

    @property
    def kind(self) -> str:
        """``heading`` or ``item``, the JSON kind of a node this marker opens."""
        return "item" if self.family in ITEM_FAMILIES else "heading"


def chinese_number(numeral: str) -> int | None:
    """Value of a Chinese numeral such as ``十二``, ``二十``, ``一百零五`` or ``貳``."""
    total, current = 0, 0
    for ch in numeral:
        if ch in _CN_DIGITS:
            current = current * 10 + _CN_DIGITS[ch] if current and ch in "〇零" else _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


class _ToMarker(Transformer):
    """Turns a parse tree into (family, number, verb)."""

    def _numbered(self, family: str, tokens: list[Token]) -> tuple[str, int | None, str]:
        number, verb = None, ""
        for tok in tokens:
            if tok.type in ("CN_NUM", "FIN_NUM"):
                number = chinese_number(str(tok))
            elif tok.type == "DIGITS":
                number = int(unicodedata.normalize("NFKC", str(tok)))
            elif tok.type == "CIRCLED":
                number = ord(str(tok)) - 0x2460 + 1
            elif tok.type == "PAREN_DIGIT":
                number = ord(str(tok)) - 0x2474 + 1
            elif tok.type == "DOTTED_DIGIT":
                number = ord(str(tok)) - 0x2488 + 1
            elif tok.type == "FIRST_WORD":
                number = 1  # 首先， opens a 第二， run as its first
            elif tok.type == "ITEM_VERB":
                verb = str(tok)
        return family, number, verb

    def __default__(self, data, children, meta):  # one method for every family rule
        if data == "start":
            return children
        return self._numbered(str(data), children)


def _grammar_text() -> str:
    """The grammar file: inside the installed package, or in the source tree."""
    packaged = Path(__file__).parent / "grammar" / "markers.lark"
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parent.parent / "grammar" / "markers.lark").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _parser() -> Lark:
    # cache=True keeps the compiled parser in the temp directory, keyed by the grammar's
    # hash: later runs load it instead of building the LALR tables again (cold start)
    return Lark(_grammar_text(), parser="lalr", lexer="contextual", maybe_placeholders=False, cache=True)


@lru_cache(maxsize=65536)
def _parse_window(window: str) -> Marker | None:
    try:
        tree = _parser().parse(window)
    except LarkError:
        return None
    children = _ToMarker().transform(tree)
    marker, rest = children[0], children[1] if len(children) > 1 else None
    family, number, verb = marker
    length = rest.start_pos if isinstance(rest, Token) and rest.start_pos is not None else len(window)
    text = "".join(window[:length].split())
    return Marker(family=family, number=number, text=text, length=length, verb=verb)


def match_marker(text: str, pos: int = 0) -> Marker | None:
    """The marker that opens ``text`` at ``pos``, or ``None``.

    Leading white space is not skipped: callers pass the position of the first
    visible character.  ``Marker.length`` counts from ``pos``.
    """
    if pos >= len(text) or text[pos] not in MARKER_START:
        return None
    run = _MARKER_RUN.match(text, pos, pos + _WINDOW)
    return _parse_window(text[pos:run.end() if run else pos])

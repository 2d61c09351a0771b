"""The numbers marker tokens carry: ``十二`` is 12, ``貳`` 2, ``１２`` 12, ``③`` 3."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8,
              "玖": 9}
_CN_UNITS = {"十": 10, "拾": 10, "百": 100}
# one-character numbers, by the first of their block: ① ⑴ ⒈ ㈠
_NUMBER_BLOCKS = {"CIRCLED": 0x2460, "PAREN_DIGIT": 0x2474, "DOTTED_DIGIT": 0x2488, "PAREN_IDEOGRAPH": 0x3220}


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


def token_values(tokens: Iterable[tuple[str, str]]) -> tuple[int | None, str]:
    """The number and the verb (``是``, ``要``) that a marker's tokens (terminal name, text) carry,
    by the grammar's terminal names; the number ``None`` for a marker without one (``——``)."""
    number, verb = None, ""
    for kind, text in tokens:
        if kind in ("CN_NUM", "FIN_NUM"):
            number = chinese_number(text)
        elif kind == "DIGITS":
            number = int(unicodedata.normalize("NFKC", text))
        elif kind in _NUMBER_BLOCKS:
            number = ord(text) - _NUMBER_BLOCKS[kind] + 1
        elif kind == "FIRST_WORD":
            number = 1  # 首先， opens a 第二， run as its first
        elif kind == "ITEM_VERB":
            verb = text
    return number, verb

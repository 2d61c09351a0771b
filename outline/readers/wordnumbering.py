"""Word's automatic numbering, rendered as the text it shows: a paragraph's list (``numId``,
its own or its style's, through the styles it is based on), its level (``ilvl``), the
level's ``lvlText`` and ``numFmt``, with counters per list and level and ``startOverride``
restarts."""
from __future__ import annotations

from xml.etree import ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_FINANCIAL = str.maketrans("零一二三四五六七八九十百", "零壹贰叁肆伍陆柒捌玖拾佰")


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n - 10] if n > 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + _CN[rest] if rest < 10 else chinese_number(rest) if rest >= 20
                                 else "一" + chinese_number(rest))
    return _CN[n // 100] + "百" + tail


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (the ones Chinese reports use)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "ideographDigital"):
        return chinese_number(n)
    if fmt == "chineseLegalSimplified":  # the financial numerals: 壹 贰 … 壹拾壹
        number = chinese_number(n)
        return ("壹" + number if number.startswith("十") else number).translate(_FINANCIAL)
    if fmt == "ideographTraditional":
        return _HEAVENLY[(n - 1) % 10]
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class Numbering:
    """Word's list definitions and the running counters of one document."""

    def __init__(self, xml: bytes | None, styles: bytes | None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstractNumId → ilvl → (fmt, text, start)
        self.num_abstract: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}  # numId → ilvl → start
        self.style_num: dict[str, tuple[str, int]] = {}  # styleId → (numId, ilvl)
        self.counters: dict[str, dict[int, int]] = {}  # numId → ilvl → last value
        self.last: tuple[str, int] | None = None  # the list and level last numbered
        if xml:
            root = ET.fromstring(xml)
            for abstract in root.iter(f"{W}abstractNum"):
                levels = {}
                for lvl in abstract.iter(f"{W}lvl"):
                    fmt = val(lvl.find(f"{W}numFmt")) or "decimal"
                    text = val(lvl.find(f"{W}lvlText")) or ""
                    start = int(val(lvl.find(f"{W}start")) or 1)
                    levels[int(lvl.get(f"{W}ilvl", "0"))] = (fmt, text, start)
                self.levels[abstract.get(f"{W}abstractNumId", "")] = levels
            for num in root.iter(f"{W}num"):
                num_id = num.get(f"{W}numId", "")
                self.num_abstract[num_id] = val(num.find(f"{W}abstractNumId")) or ""
                for override in num.iter(f"{W}lvlOverride"):
                    restart = override.find(f"{W}startOverride")
                    if restart is not None:
                        level = int(override.get(f"{W}ilvl", "0"))
                        self.overrides.setdefault(num_id, {})[level] = int(val(restart) or 1)
        if styles:
            own: dict[str, tuple[str | None, int | None]] = {}  # styleId → its own (numId, ilvl)
            parent: dict[str, str] = {}
            for style in ET.fromstring(styles).iter(f"{W}style"):
                style_id = style.get(f"{W}styleId", "")
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    written = val(num_pr.find(f"{W}ilvl"))
                    own[style_id] = (val(num_pr.find(f"{W}numId")), int(written) if written else None)
                based_on = val(style.find(f"{W}basedOn"))
                if based_on:
                    parent[style_id] = based_on
            for style_id in set(own) | set(parent):
                # (a style without a list of its own takes its parent's: Heading2 based on Heading1)
                list_id: str | None = None
                list_level: int | None = None
                seen: set[str] = set()
                at = style_id
                while at and at not in seen and (list_id is None or list_level is None):
                    seen.add(at)
                    got_id, got_level = own.get(at, (None, None))
                    list_id = list_id or got_id
                    list_level = got_level if list_level is None else list_level
                    at = parent.get(at, "")
                if list_id:
                    self.style_num[style_id] = (list_id, list_level or 0)

    def label_and_level(self, paragraph: ET.Element) -> tuple[str, int]:
        """The rendered label and list level of a numbered paragraph (advancing its counters),
        or ('', 0)."""
        ppr = paragraph.find(f"{W}pPr")
        if ppr is None:
            return "", 0
        num_pr = ppr.find(f"{W}numPr")
        num_id, ilvl = None, 0
        style = val(ppr.find(f"{W}pStyle"))
        if style in self.style_num:
            num_id, ilvl = self.style_num[style]
        if num_pr is not None:
            # (the paragraph's own list and level, each where it gives one, over its style's)
            num_id = val(num_pr.find(f"{W}numId")) or num_id
            own_level = val(num_pr.find(f"{W}ilvl"))
            ilvl = int(own_level) if own_level else ilvl
        if not num_id or num_id == "0" or num_id not in self.num_abstract:
            return "", 0
        levels = self.levels.get(self.num_abstract[num_id], {})
        if ilvl not in levels:
            return "", 0
        counters = self.counters.setdefault(num_id, {})
        start = self.overrides.get(num_id, {}).get(ilvl, levels[ilvl][2])
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new item at this level restarts the levels below
        if levels[ilvl][0] == "bullet":
            return "", 0
        self.last = (num_id, ilvl)
        return self._render(num_id, ilvl, counters[ilvl]), ilvl

    def _render(self, num_id: str, ilvl: int, value: int) -> str:
        """The label of item ``value`` of list ``num_id`` at level ``ilvl``."""
        levels = self.levels.get(self.num_abstract[num_id], {})
        counters = self.counters.get(num_id, {})
        text = levels[ilvl][1]
        for k in range(9):
            if f"%{k + 1}" in text:
                k_fmt = levels.get(k, ("decimal", "", 1))[0]
                number = value if k == ilvl else counters.get(k, levels.get(k, ("", "", 1))[2])
                text = text.replace(f"%{k + 1}", format_number(number, k_fmt))
        return text

    def typed_continuation(self, text: str) -> None:
        """A paragraph whose typed text opens with the next label of the list last numbered
        (一、 二、 auto, then 三、 typed) continues that list: its counter moves on, so the next
        automatic item is 四、 and not a second 三、."""
        if self.last is None:
            return
        num_id, ilvl = self.last
        counters = self.counters.get(num_id, {})
        if ilvl not in counters:
            return
        label = self._render(num_id, ilvl, counters[ilvl] + 1)
        if label and text.lstrip(" \t\u3000").startswith(label):
            counters[ilvl] += 1


def val(el: ET.Element | None) -> str | None:
    """The ``w:val`` attribute of a WordprocessingML element, or ``None``."""
    return None if el is None else el.get(f"{W}val")

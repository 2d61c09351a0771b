"""Recognize the heading marker that opens a piece of text, with the Lark grammar.

The grammar (``grammar/markers.lark``) reads like the SPEC's table of marker
families; this module runs it on the start of a paragraph or sentence and turns the
parse into a :class:`Marker` (family, number, text).  Lark loads the grammar once a
grammar, to read the facts the hot path needs off it (kept in the marker cache); where
the grammar is a set of terminal sequences its lexer reads without a choice
(:func:`grammarfacts.marker_sequences`), :mod:`markerscan` then reads each window
exactly as Lark would, and Lark is not imported again.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from typing import TYPE_CHECKING, Any, NamedTuple

from .grammarfacts import Terminal, first_chars, marker_sequences, regex_chars, terminal_matcher
from .markercache import MISSING, MarkerCache, cache_for
from .markerscan import MarkerScan, scan_from_fact
from .numerals import token_values

if TYPE_CHECKING:
    from lark import Lark

#: The 第X篇 / 第X部分 / 第X章 / 第X节 families: each numbered on its own, nesting in that order
#: where a document uses more than one.
PART_FAMILIES = frozenset({"volume", "part", "chapter", "subchapter"})
#: Families whose markers open a section heading (kind ``heading``).
HEADING_FAMILIES = PART_FAMILIES | frozenset(
    {"fin_dun", "cn_dun", "paren_cn", "arabic", "arabic_rpar", "paren_arabic", "circled", "bracket"}
)
#: Families of inline enumerations (kind ``item``): found inside bodies too.
ITEM_FAMILIES = frozenset({"item", "ordinal", "dash"})

# Longest stretch the parser needs to see: marker plus a little of the title.
_WINDOW = 14


@lru_cache(maxsize=1)
def family_starts() -> dict[str, frozenset[str]]:
    """Per marker family (a rule of the grammar), the characters its markers can start with."""
    known = _cache().facts.get("family_starts")
    if isinstance(known, dict) and known and all(isinstance(v, str) for v in known.values()):
        return {family: frozenset(chars) for family, chars in known.items()}
    parser = _parser()
    patterns = {t.name: t.pattern.to_regexp() for t in parser.terminals}
    out: dict[str, set[str]] = {}
    for rule in parser.rules:
        if rule.origin.name in ("start", "marker") or not rule.expansion:
            continue
        first = rule.expansion[0].name
        if first in patterns:
            # (every character the first terminal can start with, past an optional opening too,
            # where its expression can be read so; else the characters it holds at all)
            readable = first_chars(patterns[first])
            starts = readable[0] if readable is not None else regex_chars(patterns[first])
            out.setdefault(str(rule.origin.name), set()).update(starts)
    _cache().remember_fact("family_starts", {family: "".join(sorted(chars)) for family, chars in out.items()})
    return {family: frozenset(chars) for family, chars in out.items()}


@lru_cache(maxsize=16)
def starts_of(families: frozenset[str]) -> frozenset[str]:
    """What a marker of any of ``families`` can start with, read off the grammar."""
    starts = family_starts()
    return frozenset().union(*(starts[family] for family in families))


@lru_cache(maxsize=1)
def alphabet() -> tuple[frozenset[str], re.Pattern[str]]:
    """The characters a marker can start with, and the pattern of a run of characters a marker
    can be made of, both derived from the grammar's terminals: the grammar stays the one
    statement of the marker families, and the hot path only hands the parser the texts that
    can open with a marker (most paragraphs cannot)."""
    start = frozenset().union(*family_starts().values())
    known = _cache().facts.get("marker_run")
    if isinstance(known, str) and known.startswith("[") and known.endswith("]*"):
        try:
            return start, re.compile(known)
        except re.error:
            pass  # a damaged cache: read the grammar again
    parser = _parser()
    patterns = {t.name: t.pattern.to_regexp() for t in parser.terminals}
    run: set[str] = set()
    for name, regex in patterns.items():
        if name != "REST":  # the heading's text: anything
            run |= regex_chars(regex)
    pattern = "[" + "".join(re.escape(ch) for ch in sorted(run)) + "]*"
    _cache().remember_fact("marker_run", pattern)
    return start, re.compile(pattern)


class Marker(NamedTuple):
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


@lru_cache(maxsize=1)
def _to_marker() -> Any:
    """The Transformer that turns a parse tree into (family, number, verb) (made on first use:
    defining it imports Lark)."""
    from lark import Transformer

    class ToMarker(Transformer):  # type: ignore[type-arg]
        """Turns a parse tree into (family, number, verb)."""

        def __default__(self, data, children, meta):  # one method for every family rule
            if data == "start":
                return children
            return (str(data), *token_values((tok.type, str(tok)) for tok in children))

    return ToMarker()


def _grammar_text() -> str:
    """The grammar file: inside the installed package, or in the source tree."""
    packaged = Path(__file__).parent / "grammar" / "markers.lark"
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parent.parent / "grammar" / "markers.lark").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _parser() -> "Lark":
    from lark import Lark

    # cache=True keeps the compiled parser in the temp directory, keyed by the grammar's
    # hash: later runs load it instead of building the LALR tables again (cold start)
    return Lark(_grammar_text(), parser="lalr", lexer="contextual", maybe_placeholders=False, cache=True)


@lru_cache(maxsize=1)
def _cache() -> MarkerCache:
    """The facts kept from earlier runs, for this grammar and the code that reads it (this
    module, :mod:`grammarfacts`, :mod:`markerscan` and :mod:`numerals`)."""
    here = Path(__file__).parent
    return cache_for(_grammar_text(), *((here / name).read_text(encoding="utf-8")
                                        for name in ("markers.py", "grammarfacts.py", "markerscan.py", "numerals.py")))


@lru_cache(maxsize=1)
def _scanner() -> MarkerScan | None:
    """The grammar read without Lark (:mod:`markerscan`), when it can be (``None`` else)."""
    known = _cache().facts.get("scan", MISSING)
    if known is False:
        return None
    if known is not MISSING:
        scan = scan_from_fact(known)
        if scan is not None:
            return scan
    parser = _parser()
    terminals = {t.name: Terminal(t.pattern.to_regexp(), t.priority) for t in parser.terminals}
    ignore = list(parser.lexer_conf.ignore)
    rules = [(str(r.origin.name), [(str(s.name), bool(s.is_term)) for s in r.expansion]) for r in parser.rules]
    sequences = marker_sequences(rules, terminals, ignore, rest="REST")
    if sequences is None:
        _cache().remember_fact("scan", False)
        return None
    used = {name for _, names in sequences for name in names} | set(ignore)
    fact = {"sequences": [[family, names] for family, names in sequences],
            "terminals": {name: [terminal_matcher(terminals[name].regex),
                                 "".join(sorted(first_chars(terminals[name].regex)[0]))]  # type: ignore[index]
                          for name in sorted(used)},
            "ignore": ignore}
    _cache().remember_fact("scan", fact)
    return scan_from_fact(fact)


@lru_cache(maxsize=65536)
def _parse_window(window: str) -> Marker | None:
    scan = _scanner()
    if scan is None:
        return _parse_with_grammar(window)
    found = scan.scan(window)
    if found is None:
        return None
    family, tokens, length = found
    number, verb = token_values(tokens)
    return Marker(family, number, "".join(window[:length].split()), length, verb)


def _parse_with_grammar(window: str) -> Marker | None:
    from lark import Token
    from lark.exceptions import LarkError

    try:
        tree = _parser().parse(window)
    except LarkError:
        return None
    children = _to_marker().transform(tree)
    marker, rest = children[0], children[1] if len(children) > 1 else None
    family, number, verb = marker
    length = rest.start_pos if isinstance(rest, Token) and rest.start_pos is not None else len(window)
    text = "".join(window[:length].split())
    return Marker(family=family, number=number, text=text, length=length, verb=verb)


_DIGIT_RUN = re.compile(r"[0-9０-９]+")
# After "1.6" these make it a quantity (1.6万元, 3.5%), not heading 1 titled "6…".
_NUMBER_UNITS = frozenset("万亿%％倍元个千百.．‰")


def continues_a_number(mk: Marker, text: str, pos: int) -> bool:
    """Is the arabic or bracketed marker ``mk`` at ``pos`` the start of a quantity (``1.6万元``,
    ``3.5%``, ``2%``, ``1.2 万人`` as ``pdftotext`` spaces it, ``[6]3300万元``) rather than a heading?  ``1.2023年…`` is
    heading 1; its digits end in 年.
    The one statement of this rule, for the segmenter and the cleaning steps alike."""
    if not mk.family.startswith("arabic") and mk.family != "bracket":
        return False  # (a note's number glued to a quantity is its citation: 扣除[6]3300万元)
    after = pos + mk.length
    if after >= len(text):
        return True  # a bare "1." at a text's end titles nothing
    if text[after] in "%％‰":
        return True
    digits = _DIGIT_RUN.match(text, after)
    if digits is None:
        return False
    end = digits.end()
    while end < len(text) and text[end] == " ":
        end += 1  # (pdftotext spaces a number from its unit: 扩围 1.2 万人)
    follower = text[end:end + 1]
    return not follower or follower in _NUMBER_UNITS


_ALPHABET: tuple[frozenset[str], re.Pattern[str]] | None = None


def _load_alphabet() -> tuple[frozenset[str], re.Pattern[str]]:
    global _ALPHABET
    _ALPHABET = alphabet()
    return _ALPHABET


def marker_start() -> frozenset[str]:
    """The characters a marker can start with (see :func:`alphabet`)."""
    return (_ALPHABET or _load_alphabet())[0]


def match_marker(text: str, pos: int = 0) -> Marker | None:
    """The marker that opens ``text`` at ``pos``, or ``None``.

    Leading white space is not skipped: callers pass the position of the first
    visible character.  ``Marker.length`` counts from ``pos``.
    """
    start, marker_run = _ALPHABET or _load_alphabet()
    if pos >= len(text) or text[pos] not in start:
        return None
    run = marker_run.match(text, pos, pos + _WINDOW)
    return _parse_window(text[pos:run.end() if run else pos])

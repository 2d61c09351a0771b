"""Cleaning rules as data: compiled from ``rules/*.toml``, one file a family (and a user's
``--rules`` file)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import tomlcache
from ..lazyre import LazyPattern
from ..literalscan import SplitLead, split_class_lead

@dataclass(frozen=True)
class InlineRule:
    """Noise inside a line: every match is removed, or replaced by ``replace``."""

    name: str
    pattern: re.Pattern[str]
    replace: str = ""
    #: strings one of which every match contains: a document without any of them skips the
    #: rule's scan (``in`` on a string is far faster than sre); empty = no such hint
    needs: tuple[str, ...] = ()
    #: how many lines from the top the rule looks at (0 = all): a web page's fields stand above
    #: the report
    within: int = 0
    #: a looser pattern for the whole-text scan, matching wherever ``pattern`` does on a line
    #: (one that opens with a rarer character: sre scans for it faster), or ``None``
    scan: re.Pattern[str] | None = None
    #: the pattern for one search of the whole text (see :func:`_text_finder`)
    finder: re.Pattern[str] | SplitLead | None = field(init=False)
    #: (a rule with ``within``) its own needs, looked for in the lines it looks at
    head_needs: "NeedsIndex | None" = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "finder", _text_finder(self.scan or self.pattern))
        object.__setattr__(self, "head_needs", NeedsIndex(list(self.needs)) if self.within and self.needs else None)


@dataclass(frozen=True)
class Rules:
    """Compiled cleaning rules (see ``rules/README.md``)."""

    line: list[tuple[str, re.Pattern[str]]]
    inline: list[InlineRule]
    gap: list[tuple[str, re.Pattern[str]]]
    footer: list[tuple[str, re.Pattern[str]]]
    block: list[tuple[str, re.Pattern[str], re.Pattern[str], int]] = field(default_factory=list)
    #: labels that open a web page's trailer (相关文章, 分享到：, 阅读排行 …)
    trailer: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    #: footer rule name → the role it declares (``issuer``, ``date``), for metadata
    footer_roles: dict[str, str] = field(default_factory=dict)

    def footer_pattern(self, role: str) -> re.Pattern[str] | None:
        """The pattern of the first footer rule that declares ``role``."""
        return next((pattern for name, pattern in self.footer if self.footer_roles.get(name) == role), None)
    #: (derived) one pattern of every line and gap rule: does any rule apply to a line at all?
    any_line: re.Pattern[str] = field(init=False, repr=False)
    #: (derived) each block rule's end pattern for a whole-text search
    block_end_finders: list[re.Pattern[str] | SplitLead | None] = field(init=False, repr=False)
    #: (derived) which of the inline rules' ``needs`` a text holds, in one pass
    needs_index: "NeedsIndex" = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # One pass of a combined pattern tells whether any rule can apply to a line at all:
        # most lines match none, and are then spared a search per rule.
        def any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
            plain = [re.sub(r"\(\?P<\w+>", "(", p.pattern) for p in patterns]
            return re.compile("|".join(f"(?:{p})" for p in plain) or r"(?!)")

        object.__setattr__(self, "any_line", any_of([p for _, p in self.line] + [p for _, p in self.gap]))
        # a block needs its end line: one scan of the whole text rules most documents out
        object.__setattr__(self, "block_end_finders", [_text_finder(end) for _, _, end, _ in self.block])
        # (a rule that looks only at the first lines has its needs looked for there: noise.py)
        object.__setattr__(self, "needs_index", NeedsIndex([w for r in self.inline if not r.within for w in r.needs]))

    def both_scripts(self) -> "Rules":
        """These rules, made to match traditional text too (see :func:`script.either_script`);
        compiled once per rule set.  A ``needs`` hint gains its traditional spellings (or, when
        there would be too many, is dropped: the rule is then always scanned).
        a rule is always scanned): its traditional spelling is not known for sure."""
        cached = self.__dict__.get("_both")
        if cached is not None:
            return cached
        from ..script import either_script, traditional_variants

        variants = traditional_variants()

        def conv(p: re.Pattern[str]) -> re.Pattern[str]:
            return re.compile(either_script(p.pattern), p.flags)

        def pairs(items: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, re.Pattern[str]]]:
            return [(name, conv(p)) for name, p in items]

        inline = [InlineRule(r.name, conv(r.pattern), r.replace,
                             _needs_in_both(r.needs, variants), r.within, conv(r.scan) if r.scan else None)
                  for r in self.inline]
        both = Rules(line=pairs(self.line), inline=inline, gap=pairs(self.gap), footer=pairs(self.footer),
                     block=[(n, conv(a), conv(b), k) for n, a, b, k in self.block], trailer=pairs(self.trailer),
                     footer_roles=self.footer_roles)
        object.__setattr__(self, "_both", both)
        return both

    @classmethod
    def from_toml(cls, text: str, origin: str = "rules") -> "Rules":
        """Compile rules from TOML text in the format of ``rules/README.md``.

        Raises :class:`RulesError` naming ``origin``, the rule and what is wrong with it."""
        return cls(**_fields_from_toml(text, origin))


def _fields_from_toml(text: str, origin: str) -> dict[str, Any]:
    """The compiled rules of one TOML text, by kind (the fields of :class:`Rules`)."""
    try:
        data = tomlcache.loads(text)
    except ValueError as err:  # (tomllib.TOMLDecodeError)
        raise RulesError(f"{origin}: not valid TOML: {err}") from None

    def entries(kind: str) -> list[dict[str, Any]]:
        items = data.get(kind, [])
        if not isinstance(items, list):
            raise RulesError(f"{origin}: [{kind}] must be a list of tables, written [[{kind}]]")
        for i, r in enumerate(items, 1):
            if not isinstance(r, dict) or not isinstance(r.get("name"), str) or not r["name"]:
                raise RulesError(f"{origin}: [[{kind}]] rule #{i} has no name (add name = \"…\")")
        return items

    def compiled(kind: str, r: dict[str, Any], key: str = "pattern") -> re.Pattern[str]:
        if not isinstance(r.get(key), str):
            raise RulesError(f"{origin}: [[{kind}]] rule {r['name']!r} has no {key} (a regular expression)")
        try:
            return re.compile(r[key])
        except re.error as err:
            raise RulesError(f"{origin}: [[{kind}]] rule {r['name']!r}: bad {key} {r[key]!r}: {err}") from None

    return dict(
        line=[(r["name"], compiled("line", r)) for r in entries("line")],
        inline=[InlineRule(r["name"], compiled("inline", r), str(r.get("replace", "")), _needs(r.get("needs", "")),
                           int(r.get("within", 0)), compiled("inline", r, "scan") if "scan" in r else None)
                for r in entries("inline")],
        gap=[(r["name"], compiled("gap", r)) for r in entries("gap")],
        footer=[(r["name"], compiled("footer", r)) for r in entries("footer")],
        block=[(r["name"], compiled("block", r, "start"), compiled("block", r, "end"), int(r.get("max_lines", 20)))
               for r in entries("block")],
        trailer=[(r["name"], compiled("trailer", r)) for r in entries("trailer")],
        footer_roles={r["name"]: str(r["role"]) for r in entries("footer") if "role" in r},
    )


class NeedsIndex:
    """Which of a set of strings occur in a text, each found at about the speed of a literal
    scan, not one ``in`` a string (a multi-character ``in`` costs about as much as a regex pass,
    and a traditional document's rules need hundreds of spellings).

    - ASCII strings are looked for in the text's ASCII characters only when their first
      character is there (Chinese text holds few ASCII characters; dropping the rest is one C
      pass), and one character strings with one ``in`` each (memchr speed).
    - Longer strings are found by one pattern per first character when there are few first
      characters (sre finds a literal many times faster than a class), else in one pass of
      an alternation.  Alternatives are tried longest first, so a match starting where a needed
      string occurs is that string or one it begins; a string that another could swallow in a
      match starting before it (a part of it, or one overlapping its end) is checked with
      ``in`` when the scans did not see it, so the answer is exact."""

    def __init__(self, words: list[str]) -> None:
        self.words = tuple(dict.fromkeys(w for w in words if w))
        self.ascii = tuple(w for w in self.words if w.isascii())
        self.chars = tuple(w for w in self.words if len(w) == 1 and not w.isascii())
        wide = [w for w in self.words if len(w) > 1 and not w.isascii()]
        firsts = dict.fromkeys(w[0] for w in wide)
        apart = len(firsts) <= SCANS_MAX
        groups = [[w for w in wide if w[0] == c] for c in firsts] if apart else [wide]
        #: (the first character all its strings share, or "", the scan): a character the text
        #: lacks (one ``in``) spares its scan
        self.scans = tuple((g[0][0] if apart else "", _alternation(g)) for g in groups if g)
        #: a match → every needed string it begins with
        self.covers = {f: frozenset(w for w in self.words if f.startswith(w)) for f in wide}
        self.hideable = tuple(w for w in wide if any(
            f != w and (w in f or any(f.endswith(w[:k]) for k in range(1, len(w)))) for f in wide))

    def present(self, text: str) -> frozenset[str]:
        """The strings of this index that occur in ``text``."""
        seen: set[str] = set()
        if self.ascii:
            shown = text.encode("ascii", "ignore").decode("ascii")
            seen.update(w for w in self.ascii if w[0] in shown and (len(w) == 1 or w in text))
        seen.update(ch for ch in self.chars if ch in text)
        for first, scan in self.scans:
            for f in set(scan.compiled().findall(text)) if first in text else ():
                seen.update(self.covers[f])
        seen.update(w for w in self.hideable if w not in seen and w in text)
        return frozenset(seen)


def _alternation(words: list[str]) -> LazyPattern:
    """``words`` as one pattern, the longest tried first (compiled when first needed)."""
    return LazyPattern("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


SCANS_MAX = 8  # first characters of the longer needed strings up to which each is scanned apart


class RulesError(ValueError):
    """A cleaning-rules file that cannot be used: which file, which rule, what is wrong."""


NEEDS_SPELLINGS_MAX = 64  # spellings of a rule's needs in both scripts before the hint is dropped


def _needs_in_both(needs: tuple[str, ...], variants: dict[str, str]) -> tuple[str, ...]:
    """Every spelling of each needed string, each character in either script (扫 → 扫, 掃)."""
    from itertools import product

    out: list[str] = []
    for word in needs:
        choices = [ch + variants.get(ch, "") for ch in word]
        count = 1
        for c in choices:
            count *= len(c)
        if count > NEEDS_SPELLINGS_MAX:
            return ()  # too many: no hint, the rule is always scanned
        out.extend("".join(p) for p in product(*choices))
    return tuple(dict.fromkeys(out))


def _needs(value: str | list[str]) -> tuple[str, ...]:
    """A rule's ``needs``: a string means any of its characters, a list any of its strings."""
    return tuple(value) if isinstance(value, str) else tuple(str(v) for v in value)


#: The rule families that ship with the package, in the order their rules apply.
FAMILIES = ("web", "pdf", "markup", "wikisource", "footer")


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The rules that ship with the package: ``rules/<family>.toml`` for each of :data:`FAMILIES`."""
    # (a path beside this module rather than importlib.resources: that import alone costs ~8 ms
    # of every cold start, and the package is always installed as files)
    folder = Path(__file__).parent.parent / "rules"
    parts = [_fields_from_toml((folder / f"{family}.toml").read_text(encoding="utf-8"), f"rules/{family}.toml")
             for family in FAMILIES]
    # (one Rules of all the lists: each part made a Rules would derive its combined patterns in vain)
    fields: dict[str, Any] = {name: (dict(kv for p in parts for kv in p[name].items()) if name == "footer_roles"
                                     else [r for p in parts for r in p[name]]) for name in parts[0]}
    return Rules(**fields)


def merged(parts: list[Rules]) -> Rules:
    """One rule set of several, each kind's rules in the order of ``parts``."""
    return Rules(line=[r for p in parts for r in p.line], inline=[r for p in parts for r in p.inline],
                 gap=[r for p in parts for r in p.gap], footer=[r for p in parts for r in p.footer],
                 block=[r for p in parts for r in p.block], trailer=[r for p in parts for r in p.trailer],
                 footer_roles={k: v for p in parts for k, v in p.footer_roles.items()})


def load_rules(path: str | Path) -> Rules:
    """Rules from a user's TOML file, added to the defaults."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise RulesError(f"cannot read rules {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise RulesError(f"rules {path}: not UTF-8 text") from None
    return merged([default_rules(), Rules.from_toml(text, str(path))])


_LINE_BOUND = re.compile(r"\\[AZz]|\(\?<?!")


def _text_finder(pattern: re.Pattern[str]) -> re.Pattern[str] | SplitLead | None:
    """``pattern`` for a search of the whole text that finds at least every line it matches.

    With ``^``/``$`` at line ends (MULTILINE) that holds, unless the pattern looks past a line
    end in a way a newline changes (``\\A``, ``\\Z``, negative lookarounds): those get ``None``,
    and are searched line by line.
    """
    if _LINE_BOUND.search(pattern.pattern):
        return None
    whole = re.compile(pattern.pattern, pattern.flags | re.M)
    return split_class_lead(whole) or whole  # (literal scans: many times faster than a class)

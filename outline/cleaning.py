"""Clean decoded text into paragraphs: newlines, noise, gaps, footers, broken lines.

The steps run in order, each a small function over a list of :class:`Line`; the
noise, gap and footer patterns are data (``rules/noise.toml``).  Whatever a step
removes is recorded as a :class:`Removal`, so nothing disappears silently.  The
result is the *cleaned text*: every character of it ends up in exactly one node.
"""
from __future__ import annotations

import bisect
from collections import Counter
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from .markers import HEADING_FAMILIES, MARKER_START, match_marker
from .script import detect_script
from .units import skip_space
from .units import SPACE as _SPACE
from .units import TITLE_END

END_PUNCT = "。！？；：!?;:…"
_CLOSERS = "”’」』）)》\"'"


@dataclass(slots=True)
class Line:
    """A physical piece of text and the 1-based source line it starts on."""

    text: str
    line: int
    gap: int | None = None  # set on lines that mark a gap: the hidden count, or -1 when unknown


@dataclass(frozen=True, slots=True)
class Removal:
    """Something cleaning took out of the text: which rule, where, and what."""

    rule: str
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A logical paragraph of the cleaned text: ``text[start:end]``."""

    start: int
    end: int
    line: int
    gap: int | None = None


@dataclass
class Cleaned:
    """The cleaned text, cut into paragraphs, with what cleaning removed."""

    text: str
    paragraphs: list[Paragraph]
    removed: list[Removal] = field(default_factory=list)
    footer: list[Removal] = field(default_factory=list)
    anchors: list[tuple[int, int]] = field(default_factory=list)  # (offset, source line), sorted
    #: what the reader's format knew of a source line (:class:`readers.hints.LineHint`), by line
    hints: dict[int, Any] = field(default_factory=dict)

    def line_at(self, offset: int) -> int:
        """Source line (1-based) of a character of the cleaned text."""
        i = bisect.bisect_right(self.anchors, (offset, 1 << 30)) - 1
        return self.anchors[i][1] if i >= 0 else 1


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
    #: the pattern for one search of the whole text (see :func:`_text_finder`)
    finder: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "finder", _text_finder(self.pattern))


@dataclass(frozen=True)
class Rules:
    """Compiled cleaning rules (see ``rules/noise.toml``)."""

    line: list[tuple[str, re.Pattern[str]]]
    inline: list[InlineRule]
    gap: list[tuple[str, re.Pattern[str]]]
    footer: list[tuple[str, re.Pattern[str]]]
    block: list[tuple[str, re.Pattern[str], re.Pattern[str], int]] = field(default_factory=list)
    #: labels that open a web page's trailer (相关文章, 分享到：, 阅读排行 …)
    trailer: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    #: (derived) one pattern of every line and gap rule: does any rule apply to a line at all?
    any_line: re.Pattern[str] = field(init=False, repr=False)
    #: (derived) each block rule's end pattern for a whole-text search
    block_end_finders: list[re.Pattern[str] | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # One pass of a combined pattern tells whether any rule can apply to a line at all:
        # most lines match none, and are then spared a search per rule.
        def any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
            plain = [re.sub(r"\(\?P<\w+>", "(", p.pattern) for p in patterns]
            return re.compile("|".join(f"(?:{p})" for p in plain) or r"(?!)")

        object.__setattr__(self, "any_line", any_of([p for _, p in self.line] + [p for _, p in self.gap]))
        # a block needs its end line: one scan of the whole text rules most documents out
        object.__setattr__(self, "block_end_finders", [_text_finder(end) for _, _, end, _ in self.block])

    def both_scripts(self) -> "Rules":
        """These rules, made to match traditional text too (see :func:`script.either_script`);
        compiled once per rule set.  A ``needs`` hint in simplified characters is dropped (such
        a rule is always scanned): its traditional spelling is not known for sure."""
        cached = self.__dict__.get("_both")
        if cached is not None:
            return cached
        from .script import either_script, traditional_variants

        variants = traditional_variants()

        def conv(p: re.Pattern[str]) -> re.Pattern[str]:
            return re.compile(either_script(p.pattern), p.flags)

        def pairs(items: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, re.Pattern[str]]]:
            return [(name, conv(p)) for name, p in items]

        inline = [InlineRule(r.name, conv(r.pattern), r.replace,
                             () if any(ch in variants for w in r.needs for ch in w) else r.needs, r.within)
                  for r in self.inline]
        both = Rules(line=pairs(self.line), inline=inline, gap=pairs(self.gap), footer=pairs(self.footer),
                     block=[(n, conv(a), conv(b), k) for n, a, b, k in self.block], trailer=pairs(self.trailer))
        object.__setattr__(self, "_both", both)
        return both

    @classmethod
    def from_toml(cls, text: str, origin: str = "rules") -> "Rules":
        """Compile rules from TOML text in the format of ``rules/noise.toml``.

        Raises :class:`RulesError` naming ``origin``, the rule and what is wrong with it."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
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

        return cls(
            line=[(r["name"], compiled("line", r)) for r in entries("line")],
            inline=[InlineRule(r["name"], compiled("inline", r), str(r.get("replace", "")), _needs(r.get("needs", "")),
                               int(r.get("within", 0))) for r in entries("inline")],
            gap=[(r["name"], compiled("gap", r)) for r in entries("gap")],
            footer=[(r["name"], compiled("footer", r)) for r in entries("footer")],
            block=[(r["name"], compiled("block", r, "start"), compiled("block", r, "end"), int(r.get("max_lines", 20)))
                   for r in entries("block")],
            trailer=[(r["name"], compiled("trailer", r)) for r in entries("trailer")],
        )


class RulesError(ValueError):
    """A cleaning-rules file that cannot be used: which file, which rule, what is wrong."""


def _needs(value: str | list[str]) -> tuple[str, ...]:
    """A rule's ``needs``: a string means any of its characters, a list any of its strings."""
    return tuple(value) if isinstance(value, str) else tuple(str(v) for v in value)


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The rules that ship with the package."""
    # (a path beside this module rather than importlib.resources: that import alone costs ~8 ms
    # of every cold start, and the package is always installed as files)
    return Rules.from_toml((Path(__file__).parent / "rules" / "noise.toml").read_text(encoding="utf-8"))


def load_rules(path: str | Path) -> Rules:
    """Rules from a user's TOML file, added to the defaults."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise RulesError(f"cannot read rules {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise RulesError(f"rules {path}: not UTF-8 text") from None
    base, extra = default_rules(), Rules.from_toml(text, str(path))
    return Rules(line=base.line + extra.line, inline=base.inline + extra.inline, gap=base.gap + extra.gap,
                 footer=base.footer + extra.footer, block=base.block + extra.block,
                 trailer=base.trailer + extra.trailer)


_LINE_BOUND = re.compile(r"\\[AZz]|\(\?<?!")


def _text_finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` for a search of the whole text that finds at least every line it matches.

    With ``^``/``$`` at line ends (MULTILINE) that holds, unless the pattern looks past a line
    end in a way a newline changes (``\\A``, ``\\Z``, negative lookarounds): those get ``None``,
    and are searched line by line.
    """
    if _LINE_BOUND.search(pattern.pattern):
        return None
    return re.compile(pattern.pattern, pattern.flags | re.M)


def _lines_touched(lines: list[Line], rules: list[InlineRule]) -> set[int] | None:
    """Indexes of the lines some inline rule matches in, or ``None`` to search every line.

    Each rule is searched once over the whole text, on its own (a combined pattern would lose
    the literal-prefix scan that makes most of them nearly free)."""
    if any(rule.finder is None for rule in rules):
        return None
    text = "\n".join(ln.text for ln in lines)
    starts: list[int] | None = None
    touched: set[int] = set()
    for rule in rules:
        end = len(text)
        scope = text
        if rule.within:
            end = sum(len(ln.text) + 1 for ln in lines[:rule.within])
            scope = text[:end]
        if rule.needs:
            for w in rule.needs:  # (a loop, not any(): this runs for every rule of every document)
                if w in scope:
                    break
            else:
                continue
        for m in rule.finder.finditer(text, 0, end):  # type: ignore[union-attr]
            if m.end() == m.start():
                return None  # a pattern that matches nothing at all: leave it to the line search
            if starts is None:
                starts = list(accumulate((len(ln.text) + 1 for ln in lines), initial=0))
            first = bisect.bisect_right(starts, m.start()) - 1
            last = bisect.bisect_right(starts, m.end() - 1) - 1
            touched.update(range(first, last + 1))
    return touched


# --- steps --------------------------------------------------------------------------------


def split_lines(text: str, removed: list[Removal] | None = None) -> list[Line]:
    """Physical lines.  Literal ``\\r\\n`` sequences (text pulled from JSON) count as breaks.

    A form feed (``pdftotext`` starts every page with one) ends a line too, so the heading at
    the top of a page opens its line; each is listed in ``removed`` as a page break."""
    if text.count("\\n") > 3 and text.count("\\n") > text.count("\n"):
        text = text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\r", "\n")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    lines = [Line(t, i) for i, t in enumerate(text.split("\n"), 1)]
    if "\f" not in text:
        return lines
    out: list[Line] = []
    for ln in lines:
        if "\f" not in ln.text:
            out.append(ln)
            continue
        pieces = ln.text.split("\f")
        if removed is not None:
            removed.extend(Removal("pdf: page break", ln.line, "\\f") for _ in pieces[1:])
        out.extend(Line(piece, ln.line) for piece in pieces if piece.strip(_SPACE) or len(pieces) == 1)
    return out


# Control characters no report means (XML forbids them, and outliners choke on them): C0 but
# tab, line feed and carriage return (form feeds are page breaks, handled as lines), and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")


def drop_controls(lines: list[Line], removed: list[Removal]) -> list[Line]:
    """Remove control characters, each run listed with its line (as ``\\x0b`` …)."""
    out = []
    for ln in lines:
        if _CONTROL.search(ln.text) is None:
            out.append(ln)
            continue
        for m in _CONTROL.finditer(ln.text):
            removed.append(Removal("text: control characters", ln.line,
                                   "".join(f"\\x{ord(c):02x}" for c in m.group(0))))
        out.append(Line(_CONTROL.sub("", ln.text), ln.line, ln.gap))
    return out


def apply_inline(lines: list[Line], rules: Rules, removed: list[Removal]) -> list[Line]:
    """Remove inline noise; a replacement containing a newline splits the line."""
    touched = _lines_touched(lines, rules.inline)
    if touched is None:
        touched = set(range(len(lines)))
    if not touched:
        return lines
    out = list(lines)
    shift = 0  # lines added to ``out`` so far by splits
    for i in sorted(touched):
        ln = lines[i]
        text = ln.text
        for rule in rules.inline:
            if rule.within and i >= rule.within:
                continue
            if rule.pattern.search(text):
                for m in rule.pattern.finditer(text):
                    if m.group(0).strip():
                        removed.append(Removal(rule.name, ln.line, m.group(0)))
                text = rule.pattern.sub(rule.replace.replace("\\", "\\\\"), text)
        if text != ln.text:
            parts = [Line(part, ln.line) for part in text.split("\n")]
            out[i + shift:i + shift + 1] = parts
            shift += len(parts) - 1
    return out


def drop_blocks(lines: list[Line], rules: Rules, removed: list[Removal]) -> list[Line]:
    """Drop multi-line boilerplate (a licence notice split over many lines)."""
    if not rules.block:
        return lines
    whole = "\n".join(ln.text for ln in lines)
    blocks = [rule for rule, end in zip(rules.block, rules.block_end_finders) if end is None or end.search(whole)]
    if not blocks:
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        s = lines[i].text.strip(_SPACE)
        for name, start, end, max_lines in blocks:
            if s and start.search(s):
                stop = next((j for j in range(i, min(len(lines), i + max_lines)) if end.search(lines[j].text)), None)
                if stop is not None:
                    dropped = "".join(ln.text.strip(_SPACE) for ln in lines[i:stop + 1])
                    # the block's closing punctuation often sits on the next line
                    if stop + 1 < len(lines) and lines[stop + 1].text.strip(_SPACE) in ("。", "."):
                        stop += 1
                        dropped += "。"
                    removed.append(Removal(name, lines[i].line, dropped))
                    i = stop + 1
                    break
        else:
            out.append(lines[i])
            i += 1
    return out


def drop_noise_lines(lines: list[Line], rules: Rules, removed: list[Removal]) -> list[Line]:
    """Drop whole boilerplate lines; mark gap lines.  The lines kept leave with their outer white
    space stripped, which the steps after this one take for granted."""
    out: list[Line] = []
    any_line = rules.any_line.search
    for ln in lines:
        s = ln.text = ln.text.strip(_SPACE)
        if not s or len(s) > 200 or not any_line(s):
            out.append(ln)
            continue
        for name, pat in rules.gap:
            m = pat.search(s)
            if m:
                hidden = m.groupdict().get("hidden")
                out.append(Line(s, ln.line, int(hidden) if hidden else -1))
                break
        else:
            for name, pat in rules.line:
                if pat.search(s):
                    removed.append(Removal(name, ln.line, s))
                    break
            else:
                out.append(ln)
    return out


_LINK_TEXT_MAX = 40  # a line of a link list (another report's title, a tag) is no longer than this


def drop_trailer(lines: list[Line], rules: Rules, removed: list[Removal]) -> list[Line]:
    """Drop what a web page puts after the report: share buttons, 上一篇/下一篇, lists of
    related reports and tags.  Only from a trailer label on, and only where everything from
    there to the end is short lines without a sentence end (links), so a report's own last
    paragraphs are never touched."""
    if not rules.trailer:
        return lines
    cut, name = None, ""
    i = len(lines)
    while i > 0:
        s = lines[i - 1].text.strip(_SPACE)
        if s:
            if len(s) > _LINK_TEXT_MAX or s[-1] in TITLE_END:
                break
            label = next((rule for rule, pat in rules.trailer if pat.search(s)), None)
            if label is not None:
                cut, name = i - 1, label
        i -= 1
    if cut is None:
        return lines
    removed.extend(Removal(name, ln.line, s) for ln in lines[cut:] if (s := ln.text.strip(_SPACE)))
    return lines[:cut]


def take_footer(lines: list[Line], rules: Rules, footer: list[Removal]) -> list[Line]:
    """Move the signature, date and attachment lines at the end into ``footer``."""
    end = len(lines)
    while end:
        s = lines[end - 1].text.strip(_SPACE)
        if not s:
            end -= 1
            continue
        rule = next((name for name, pat in rules.footer if pat.search(s)), None)
        if rule is None or end <= 3:
            break
        footer.insert(0, Removal(f"footer: {rule}", lines[end - 1].line, s))
        end -= 1
    return lines[:end]


_PAGE_NUMBER = "0123456789０１２３４５６７８９ \t\u3000-—－"  # around a running header
RUNNING_HEAD_REPEATS = 3  # a short line seen this often is a page's running header or footer


_ABSTRACT = re.compile(r"^[【\[]?(?:内容)?(?:摘要|提要|导读|導讀)[】\]]?[ \u3000]*[:：]?[ \u3000]*")
ABSTRACT_WITHIN = 15  # a web page's abstract stands among its first lines
ABSTRACT_SAMPLE = 12  # visible characters of the abstract that must recur in the report below it


def drop_abstract(lines: list[Line], removed: list[Removal]) -> list[Line]:
    """A web page's abstract (``内容摘要：…``) that repeats the report's opening is dropped and
    listed, so the opening is not outlined twice.  An abstract that says something the report
    does not is kept."""
    seen = 0
    for i, ln in enumerate(lines):
        s = ln.text.strip(_SPACE)
        if not s:
            continue
        seen += 1
        if seen > ABSTRACT_WITHIN:
            return lines
        m = _ABSTRACT.match(s)
        if m is None or m.end() == 0:
            continue
        body_at = [i]
        rest = s[m.end():]
        if not rest and i + 1 < len(lines):  # the label alone on its line: the abstract is the next one
            body_at.append(i + 1)
            rest = lines[i + 1].text.strip(_SPACE)
        sample = "".join(rest.split())[:ABSTRACT_SAMPLE]
        below = "".join("".join(x.text.split()) for x in lines[body_at[-1] + 1:])
        if len(sample) < ABSTRACT_SAMPLE or sample not in below:
            return lines
        for k in body_at:
            removed.append(Removal("web: abstract", lines[k].line, lines[k].text.strip(_SPACE)))
        return [x for k, x in enumerate(lines) if k not in body_at]
    return lines


def drop_running_heads(lines: list[Line], removed: list[Removal]) -> list[Line]:
    """Drop the running header or footer a PDF repeats on every page (``某市2024年政府工作报告``,
    ``某县人民政府 3``): a short line without a sentence end, not a heading, that recurs at least
    three times (a page number before or after it ignored).  An occurrence among the first lines is kept:
    it is the report's title."""
    counts: dict[str, int] = {}
    for ln in lines:
        s = ln.text
        if s and len(s) <= _LINK_TEXT_MAX and s[-1] not in END_PUNCT:
            key = s.strip(_PAGE_NUMBER)
            counts[key] = counts.get(key, 0) + 1
    repeated = {k for k, n in counts.items() if n >= RUNNING_HEAD_REPEATS}
    if not repeated:
        return lines
    out: list[Line] = []
    seen_text = 0  # non-blank lines so far
    for ln in lines:
        s = ln.text
        if s and s.strip(_PAGE_NUMBER) in repeated and seen_text >= 3 and match_marker(s) is None:
            removed.append(Removal("pdf: running header or footer", ln.line, s))
            continue
        seen_text += bool(s)
        out.append(ln)
    return out


# What may precede a heading in a flattened line: a sentence end (and a space) or white
# space.  Matched, not looked behind at, so that sre jumps between candidates by class;
# callers take ``m.end()``.
_HEAD_START = re.compile(r"(?:[。！？；：!?;:][ \u3000]?|[^\S\n])"
                         r"(?=[(（第一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾0-9０-９\u2460-\u249b])")
_SENTENCE_BREAK = re.compile(r"[。！？!?][”’」』]?[ \u3000]+(?=\S)")
FLAT_LINE = 1200  # a line this long holds a whole flattened document or page


# A marker that needs no separator before it, even in text flattened with nothing between
# its paragraphs: a parenthesized Chinese number ((一) right after a title), and an arabic
# number after a Chinese character when it continues the numbering (…基础1.组织建设).
_BARE_PAREN = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]")
_BARE_ARABIC = re.compile(r"(?<=[\u4e00-\u9fff])[0-9０-９]{1,2}[.．、](?=[\u4e00-\u9fff“\"])")
# Where a heading's paragraph starts when nothing separates it from the title: a time or a
# subject opening the body (2024年是…, 一年来, 今年以来, 2025年我镇…).
_BODY_OPENER = re.compile(
    r"(?:19|20)\d{2}\s*年(?=是|以来|以來|来|來|，|,|我|全[镇鎮县縣市区區乡鄉村]|上半年|[1-9一二三四五六七八九十]{1,2}月)"
    r"|一年来|一年來|今年以来|今年以來|近年来|近年來|(?:刚刚)?过去的一年|(?:剛剛)?過去的一年|上半年[，,]|截至|截止"
    # … or the first item of a run (…着力顺应群众生活新期盼一是提升教育质量。)
    r"|(?<![一二三四五六七八九十第统統])一[是要](?=[\u4e00-\u9fff])|第一[，,]")
TITLE_MAX = 40  # a heading title in flattened text is looked at for its body's start this far
# A document title flattened with its text: it ends at one of these words (and not before 和/及:
# 2024年工作总结和2025年工作计划), within the first DOC_TITLE_MAX characters.
_DOC_TITLE_WORD = re.compile(r"报告|報告|总结|總結|计划|計劃|谋划|謀劃|要点|要點|安排|打算|思路")
_ISSUER_TAIL = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:人民政府|办事处|辦事處|党委|黨委|管委会|管委會)")
DOC_TITLE_MAX = 60


def _doc_title_cuts(text: str) -> list[int]:
    """Where a document title (and an issuer line after it) ends at the start of a flattened line."""
    end = None
    for m in _DOC_TITLE_WORD.finditer(text, 0, DOC_TITLE_MAX):
        if m.end() < len(text) and text[m.end()] in "和及与與暨、":
            continue
        end = m.end()
        break
    if end is None or end < 6:
        return []
    cuts = [end]
    rest = skip_space(text, end, len(text))
    issuer = _ISSUER_TAIL.match(text, rest)
    if issuer:
        cuts.append(issuer.end())
    return cuts


def _body_start(text: str, title_start: int) -> int | None:
    """Where the body starts inside a heading title that nothing separates from it."""
    limit = min(len(text), title_start + TITLE_MAX)
    m = _BODY_OPENER.search(text, title_start + 2, limit)
    if m is None:
        return None
    if any(ch in text[title_start:m.start()] for ch in "。！？!?；;"):
        return None  # the title ended before: nothing to cut
    return m.start()


_NO_TITLE = "，,、。；;：:）)！？!?"
_SENTENCE_ENDS = "。！？；：!?;:”’」』"


def _after_bare_space(text: str, pos: int) -> bool:
    """Does a space (not a sentence end and a space) stand before ``pos``?"""
    if pos == 0 or text[pos - 1] not in _SPACE:
        return False
    j = pos - 1
    while j >= 0 and text[j] in _SPACE:
        j -= 1
    return j >= 0 and text[j] not in _SENTENCE_ENDS


def _fits(family: str, number: int | None, last_number: dict[str, int], last_family: str | None) -> bool:
    """Does a heading after a bare space fit the numbering so far: the next number of its
    family, or a list opening at 1 right after another family's heading (its parent)?"""
    if number is None or family not in last_number:
        return True
    return number == last_number[family] + 1 or (number == 1 and last_family != family)


def split_flattened(lines: list[Line], force: bool = False) -> list[Line]:
    """Cut a report flattened into one line back into paragraphs.

    Cuts go before a heading marker that follows a sentence end or a space (or, for
    ``(一)`` and an arabic number that continues its list, anywhere), after a short heading
    title that a space separates from its paragraph, where a time or subject opens the
    body of a title that nothing separates from it, after the document title at the
    line's start, and at a sentence end followed by white space (a paragraph break turned
    into a space).
    """
    out: list[Line] = []
    lengths = sorted(len(ln.text) for ln in lines if ln.text.strip(_SPACE))
    # (a document whose headings stand on lines of their own kept its layout: a long line in
    # it is a paragraph, with its own enumeration)
    few_lines = len(lengths) <= FLAT_FEW_LINES and not any(
        (mk := match_marker(ln.text, skip_space(ln.text, 0, len(ln.text)))) is not None
        and mk.family in HEADING_FAMILIES for ln in lines if 0 < len(ln.text) < FLAT_SHORT)
    median = lengths[len(lengths) // 2] if lengths else 0
    for index, ln in enumerate(lines):
        n = len(ln.text)
        if not force and n < FLAT_LINE and not (n >= FLAT_SHORT and (
                _holds_a_heading_sequence(ln.text)
                # a page whose text is all in a line or three, or a line far longer than the
                # others (a pasted PDF page among short lines), with a heading after a sentence end
                or ((few_lines or (n >= FLAT_OUTLIER and n >= FLAT_OUTLIER_RATIO * median))
                    and _heading_after_sentence_end(ln.text)))):
            out.append(ln)
            continue
        text, cuts = ln.text, set()
        if not any(x.text.strip(_SPACE) for x in lines[:index]):
            cuts.update(_doc_title_cuts(text))
        heads = [m.end() for m in _HEAD_START.finditer(text)]
        heads += [m.start() for m in _BARE_PAREN.finditer(text)]
        last_arabic = 0
        for m in _BARE_ARABIC.finditer(text):
            mk = match_marker(text, m.start())
            if mk is not None and mk.number is not None and mk.number in (1, last_arabic + 1):
                heads.append(m.start())
                last_arabic = mk.number
        last_number: dict[str, int] = {}  # per family, the number of the last heading cut
        last_family = None
        for pos in sorted(set(heads)):
            mk = match_marker(text, pos)
            if mk is None or mk.family not in HEADING_FAMILIES:
                continue
            after = pos + mk.length
            if mk.family.startswith("arabic") and (after >= len(text) or text[after].isdigit() or text[after] in "%％"):
                continue  # 1.6万元, 3.5%: a number, not a heading
            if skip_space(text, after, len(text)) < len(text) and text[skip_space(text, after, len(text))] in _NO_TITLE:
                continue  # （10） ，: a title never starts with punctuation
            if _after_bare_space(text, pos) and not _fits(mk.family, mk.number, last_number, last_family):
                continue  # 实现规划统 一、资源共享: a wrap space inside a word, not a heading
            if mk.number is not None:
                last_number[mk.family] = mk.number
            last_family = mk.family
            cuts.add(pos)
            title_end = _short_title_end(text, after)
            if title_end:
                cuts.add(title_end)
            else:
                body = _body_start(text, skip_space(text, after, len(text)))
                if body:
                    cuts.add(body)
        cuts.update(m.end() for m in _SENTENCE_BREAK.finditer(text))
        prev = 0
        for cut in sorted(cuts):
            if cut > prev:
                out.append(Line(text[prev:cut].strip(_SPACE), ln.line))
                prev = cut
        out.append(Line(text[prev:].strip(_SPACE), ln.line))
    return out


FLAT_FEW_LINES = 3  # a document in this few lines lost its line breaks, whatever its length
FLAT_OUTLIER = 400  # … and so did a line this long that is
FLAT_OUTLIER_RATIO = 10  # … this many times the document's median line


def _heading_after_sentence_end(text: str) -> bool:
    """Does a heading marker (any family) open after a sentence end somewhere in ``text``?"""
    for m in _HEAD_START.finditer(text):
        if text[m.start()] in "。！？!?；;":
            mk = match_marker(text, m.end())
            if mk is not None and mk.family in HEADING_FAMILIES:
                return True
    return False


_TOP_FAMILIES = frozenset({"part", "fin_dun", "cn_dun"})
_SEQUENCE_HINT = re.compile(r"[二三四五六七八九十贰貳叁參肆伍陆陸柒捌玖拾][ \u3000]?[、．.]|第[二三四五六七八九十]")
FLAT_SHORT = 60  # a shorter flattened report is cut only on the evidence of its numbering


def _holds_a_heading_sequence(text: str) -> bool:
    """Does a line shorter than ``FLAT_LINE`` hold a flattened report: two top-level headings of
    one family numbered in sequence (一、 … 二、, 第一部分 … 第二部分), each after a sentence end or a
    space?  Lower levels ((一), (1), ①) in sequence inside a paragraph are its own enumeration."""
    if not _SEQUENCE_HINT.search(text):
        return False  # no 二、 or 第二部分 at all: most paragraphs end here
    seen: set[tuple[str, int]] = set()
    for m in _HEAD_START.finditer(text):
        if text[m.start()] not in "。！？!? \u3000\t":
            continue
        mk = match_marker(text, m.end())
        if mk is None or mk.family not in _TOP_FAMILIES or mk.number is None:
            continue  # （1）…。（2）… and ①…② inside a paragraph are its own enumeration
        if (mk.family, mk.number - 1) in seen:
            return True
        seen.add((mk.family, mk.number))
    return False


_FRAGMENT_END = "，,、和的与與及"  # a title piece ending so goes on after the space (抓项目、稳增长, 经济发展…)


def _short_title_end(text: str, start: int) -> int | None:
    """End of a heading title that a space separates from its paragraph (``一、工作回顾 2024年是…``)."""
    i = start
    while i < len(text) and text[i] in _SPACE:
        i += 1
    j = i
    # (a title may hold a comma: 聚焦民生保障，群众获得感不断增强 全年新增…)
    while True:
        while j < len(text) and j - i <= 30 and text[j] not in _SPACE and text[j] not in "。；;：:！？!?":
            j += 1
        if j < len(text) and j - i <= 30 and text[j] in _SPACE and j > i and text[j - 1] in _FRAGMENT_END:
            j = skip_space(text, j, len(text))  # a wrap or a typed space inside the title
            continue
        break
    if j >= len(text) or text[j] not in _SPACE or j - i < 2 or text[j - 1].isdigit():
        return None
    return j


def _width(s: str) -> int:
    """Display width: CJK characters, full-width punctuation and Chinese quotes take two columns.

    Counted from the UTF-8 length (three bytes for those, one for ASCII), which runs in C.
    """
    return len(s) + (len(s.encode("utf-8", "surrogatepass")) - len(s)) // 2


_WRAPPED_LINE_MAX = 120  # no PDF wraps Chinese text at more characters a line than this


def _wrap_width(lines: list[Line]) -> int | None:
    """The line width of hard-wrapped text (PDF extraction), or ``None`` if it is not wrapped."""
    texts = [ln.text for ln in lines if len(ln.text) >= 8]
    if len(texts) < 20 or sum(1 for t in texts if len(t) <= _WRAPPED_LINE_MAX) < 20:
        return None  # (most documents: their lines are whole paragraphs, no need to measure)
    counts = Counter(map(_width, texts))
    best = max(counts, key=lambda w: counts[w] + counts[w - 1] + counts[w - 2] + counts[w - 3])
    near = counts[best] + counts[best - 1] + counts[best - 2] + counts[best - 3]
    return best if near >= 0.3 * len(texts) and best >= 30 else None


def _ended(s: str) -> bool:
    if not s:
        return True
    if s[-1] in END_PUNCT:
        return True
    return s[-1] in _CLOSERS and len(s) > 1 and s[-2] in END_PUNCT


def _continues(next_text: str) -> bool:
    """Can ``next_text`` continue the previous line (it does not open a heading or item)?"""
    s = next_text
    if s[0] not in MARKER_START:
        return True  # (most lines: spares the call)
    mk = match_marker(s)
    if mk is None or mk.is_year:
        return True  # (〔2022〕2号文件 at a line start is the rest of a document number the wrap broke)
    # 1.6万元 / 3.5% at a line start is the rest of a number broken by the wrap
    return mk.family.startswith("arabic") and len(s) > mk.length and (s[mk.length].isdigit() or s[mk.length] in "%％")


_CONTINUATION = tuple("，。、；：！？）」』”,.;:!?)")
HEADING_TAIL_MAX = 20  # the rest of a heading broken by a wrap or a page break is no longer than this
HEADING_MAX = 40  # … and the whole heading no longer than this


def _heading_goes_on(current: list[Line], next_text: str) -> bool:
    """A heading line without end punctuation, followed by a short line with none either that
    opens no heading, is one heading broken over two lines (``三、全面加强乡村`` / ``治理能力和服务水平``)."""
    if len(current) != 1:
        return False
    last = current[-1].text
    mk = match_marker(last)
    if mk is None or mk.length >= len(last) or _ended(last):
        return False
    tail = next_text.strip(_SPACE)
    return (len(tail) <= HEADING_TAIL_MAX and len(last) + len(tail) <= HEADING_MAX
            and not any(ch in tail for ch in END_PUNCT) and _continues(tail))


def _joins(current: list[Line], next_text: str, wrap: int | None, blank_between: bool,
           blank_separated: bool = False) -> bool:
    """Does ``next_text`` continue the paragraph ``current`` (a line broken mid-sentence)?"""
    if next_text.startswith(_CONTINUATION):
        return True  # nothing starts a paragraph with a comma: a link or wrap cut it off
    if len(current) == 2 and _heading_goes_on(current[:1], current[1].text):
        return False  # a heading joined with its broken-off rest ends there
    last = current[-1].text
    if blank_separated and not blank_between:
        # where blank lines separate paragraphs, single line breaks come from links: the run
        # of lines is one paragraph, but for a heading line whose title has no end punctuation
        # (a bare marker takes its title from the next line; a run-in head goes on)
        if not _continues(next_text):
            return False
        mk = match_marker(last) if len(current) == 1 else None
        return mk is None or mk.length >= len(last) or _ended(last) or _heading_goes_on(current, next_text)
    if _ended(last) or not _continues(next_text):
        return False
    if _heading_goes_on(current, next_text):
        return True
    if wrap:
        return _width(last) >= wrap * 0.85
    if len(current) == 1 and match_marker(last) is not None:
        return False  # a heading line that runs on without punctuation ends at its line
    if _width(last) >= 80:
        return True
    if not blank_between and len(current) >= 2:
        return True  # a sentence already broken across lines (around a link) goes on until it ends
    # a shorter unfinished line that holds a clause break is a sentence cut by a link or
    # a wrap, unless a blank line says the paragraph ended (a sub-head with a comma)
    return not blank_between and len(last) > 12 and any(ch in last for ch in "，,、；;")


def _blank_separated(lines: list[Line]) -> bool:
    """Do blank lines separate the paragraphs (web pages, Wikisource)?  Then most runs of
    non-blank lines are one line long, and a longer run is a paragraph a link broke up."""
    runs = single = length = 0
    for ln in lines:
        if ln.text:
            length += 1
        elif length:
            runs += 1
            single += length == 1
            length = 0
    if length:
        runs += 1
        single += length == 1
    return runs >= 10 and single >= 0.5 * runs


def _heading_line(current: list[Line]) -> bool:
    """Is the paragraph so far a heading: one line that opens with a marker, or such a line
    joined with the rest a wrap broke off?"""
    if len(current) > 2 or match_marker(current[0].text) is None:
        return False
    return len(current) == 1 or _heading_goes_on(current[:1], current[1].text)


def _link_in_sentence(last: str, text: str, lines: list[Line], i: int) -> bool:
    """Is ``text`` (line ``i``) the text of a link inside an unfinished sentence?  Web pages
    (Wikisource) put a link on its own line: ``…已经缔结了`` / ``友好同盟互助条约`` / ``。苏联…``;
    the line after the link goes on with the sentence's punctuation."""
    if _ended(last) or _ended(text) or len(text) > _LINK_TEXT_MAX or not _continues(text):
        return False
    following = next((ln.text for ln in lines[i + 1:i + 3] if ln.text), "")
    return following.startswith(_CONTINUATION)


def join_wrapped(lines: list[Line], paragraph_lines: bool = False) -> list[list[Line]]:
    """Group physical lines into paragraphs, joining lines a PDF broke mid-sentence.

    A line is joined to the next non-blank line when it does not end a sentence, is
    as long as the document's wrap width (or, in unwrapped text, a long paragraph
    line), and the next line does not open a heading.  Blank lines in between (page
    breaks) do not stop the join.
    """
    wrap = _wrap_width(lines)
    # (a reader that knows the paragraphs — Word, a web page's blocks — says so: its single line
    # breaks are paragraph ends, never links, whatever blank spacer lines stand between some)
    blank_separated = not paragraph_lines and _blank_separated(lines)
    paragraphs: list[list[Line]] = []
    current: list[Line] = []
    blank = False
    for i, ln in enumerate(lines):
        gap_line = ln.gap is not None
        s = ln.text
        if not s:
            blank = True
            continue
        if current and not gap_line and current[-1].gap is None and (
                _joins(current, s, wrap, blank, blank_separated)
                # (a link on its own line is web text's, not a PDF's; and no heading line runs into one)
                or (wrap is None and not paragraph_lines and not _heading_line(current)
                    and _link_in_sentence(current[-1].text, s, lines, i))):
            current.append(ln)
            blank = False
            continue
        blank = False
        if current:
            paragraphs.append(current)
        current = [ln]
    if current:
        paragraphs.append(current)
    return paragraphs


RESPLIT_BREAKS = 2  # sentence ends followed by a space that show a wrapped paragraph is a flattened report


def resplit_flattened(groups: list[list[Line]]) -> list[list[Line]]:
    """A flattened report that was then wrapped (a one-paragraph Word file printed to PDF) is
    one long paragraph only once its wrapped lines are joined: cut it as a flattened line,
    each piece keeping the source line it starts on."""
    out: list[list[Line]] = []
    for group in groups:
        if len(group) < 2 or sum(len(ln.text) for ln in group) < FLAT_SHORT or group[0].gap is not None:
            out.append(group)
            continue
        joined = "".join(ln.text for ln in group)
        # the signature of paragraphs joined into one: sentence ends followed by a space, in
        # Chinese text that puts no space after its full stops
        breaks = len(_SENTENCE_BREAK.findall(joined))
        if breaks < RESPLIT_BREAKS and len(joined) < FLAT_LINE:
            out.append(group)
            continue
        pieces = split_flattened([Line(joined, group[0].line)], force=breaks >= RESPLIT_BREAKS)
        if len(pieces) == 1:
            out.append(group)
            continue
        starts = list(accumulate((len(ln.text) for ln in group), initial=0))
        at = 0
        for piece in pieces:
            found = joined.find(piece.text, at)
            at = found if found >= 0 else at
            line = group[max(0, bisect.bisect_right(starts, at) - 1)].line
            out.append([Line(piece.text, line)])
            at += len(piece.text)
    return out


def clean(text: str, rules: Rules | None = None, paragraph_lines: bool = False) -> Cleaned:
    """Run every cleaning step over decoded ``text``.  ``paragraph_lines``: the text came from a
    reader that knows where paragraphs end (one a line), not from plain text."""
    rules = rules or default_rules()
    if detect_script(text) == "traditional":
        rules = rules.both_scripts()  # the rules are written in simplified characters
    removed: list[Removal] = []
    footer: list[Removal] = []
    lines = split_lines(text, removed)
    if _CONTROL.search(text) is not None:
        lines = drop_controls(lines, removed)
    lines = apply_inline(lines, rules, removed)
    lines = drop_blocks(lines, rules, removed)
    lines = drop_trailer(lines, rules, removed)
    lines = drop_noise_lines(lines, rules, removed)
    lines = drop_running_heads(lines, removed)
    lines = drop_abstract(lines, removed)
    lines = take_footer(lines, rules, footer)
    lines = split_flattened(lines)
    groups = resplit_flattened(join_wrapped(lines, paragraph_lines))

    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    anchors: list[tuple[int, int]] = []
    offset = 0
    for group in groups:
        start = offset
        pieces = []
        for ln in group:
            piece = ln.text
            anchors.append((offset, ln.line))
            pieces.append(piece)
            offset += len(piece)
        parts.append("".join(pieces))
        paragraphs.append(Paragraph(start, offset, group[0].line, group[0].gap))
        offset += 1  # the "\n" between paragraphs
    cleaned = "\n".join(parts)
    return Cleaned(cleaned, paragraphs, removed, footer, anchors)

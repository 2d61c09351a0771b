"""Steps 2–5 and 8: web and document-site noise by the rules (inline, blocks, a page's trailer,
whole lines), and the signature or footer moved to metadata."""
from __future__ import annotations

import bisect
import re
from itertools import accumulate

from .. import lexicon
from ..lexicon import SPACE as _SPACE
from ..lexicon import SENTENCE_END as TITLE_END
from .model import LINK_TEXT_MAX, Line, Removal
from .rules import InlineRule, NeedsIndex, Rules

def _lines_touched(lines: list[Line], rules: list[InlineRule], needs: NeedsIndex) -> dict[int, set[int]] | None:
    """The lines some inline rule matches in, each with the indexes (in ``rules``) of the
    rules whose scan found it, or ``None`` to search every line with every rule.

    Each rule is searched once over the whole text, on its own (a combined pattern would lose
    the literal-prefix scan that makes most of them nearly free)."""
    if any(rule.finder is None for rule in rules):
        return None
    text = "\n".join([ln.text for ln in lines])
    present = needs.present(text)
    starts: list[int] | None = None
    touched: dict[int, set[int]] = {}
    for k, rule in enumerate(rules):
        end = len(text)
        if rule.within:
            end = sum(len(ln.text) + 1 for ln in lines[:rule.within])
            if rule.head_needs is not None and not rule.head_needs.present(text[:end]):
                continue  # (its needs, looked for only in the lines it looks at)
        elif rule.needs and present.isdisjoint(rule.needs):
            continue
        for m in rule.finder.finditer(text, 0, end):  # type: ignore[union-attr]
            if m.end() == m.start():
                return None  # a pattern that matches nothing at all: leave it to the line search
            if starts is None:
                starts = list(accumulate((len(ln.text) + 1 for ln in lines), initial=0))
            first = bisect.bisect_right(starts, m.start()) - 1
            last = bisect.bisect_right(starts, m.end() - 1) - 1
            for i in range(first, last + 1):
                touched.setdefault(i, set()).add(k)
    return touched


def replace_all(pattern: re.Pattern[str], text: str, replacement: str) -> tuple[str, list[re.Match[str]]]:
    """``text`` with every match of ``pattern`` replaced by ``replacement`` as it is written
    (no group references), and the matches: one pass, where a search, a finditer and a sub
    were three (on a flattened report's one long line, three scans of the whole report)."""
    found = list(pattern.finditer(text))
    if not found:
        return text, found
    pieces: list[str] = []
    prev = 0
    for m in found:
        pieces += (text[prev:m.start()], replacement)
        prev = m.end()
    pieces.append(text[prev:])
    return "".join(pieces), found


def apply_inline(lines: list[Line], rules: Rules, removed: list[Removal]) -> list[Line]:
    """Remove inline noise; a replacement containing a newline splits the line."""
    touched = _lines_touched(lines, rules.inline, rules.needs_index)
    everything = set(range(len(rules.inline)))
    if touched is None:
        touched = {i: everything for i in range(len(lines))}
    if not touched:
        return lines
    out = list(lines)
    shift = 0  # lines added to ``out`` so far by splits
    for i in sorted(touched):
        ln = lines[i]
        text = ln.text
        found_by = touched[i]
        for k, rule in enumerate(rules.inline):
            if rule.within and i >= rule.within:
                continue
            if text is ln.text:
                if k not in found_by:
                    continue  # (its scan saw the line as it still is, and found nothing in it)
            elif (rule.needs and not any(w in text for w in rule.needs)) or (
                    rule.finder is not None and rule.finder.search(text) is None):
                continue  # (an earlier rule changed the line: what it needs is not in it, or its scan finds nothing)
            text, found = replace_all(rule.pattern, text, rule.replace)
            removed.extend(Removal(rule.name, ln.line, m.group(0)) for m in found if m.group(0).strip())
        if text != ln.text:
            parts = [Line(part, ln.line) for part in text.split("\n")]
            out[i + shift:i + shift + 1] = parts
            shift += len(parts) - 1
    return out


def drop_blocks(lines: list[Line], rules: Rules, removed: list[Removal]) -> list[Line]:
    """Drop multi-line boilerplate (a licence notice split over many lines)."""
    if not rules.block:
        return lines
    whole = "\n".join([ln.text for ln in lines])
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
        raw = ln.text
        s = raw.strip(_SPACE)
        if len(s) != len(raw):  # (most lines have no outer white space: spared the rest)
            ln.text = s
            ln.indent = leading_width(raw)
            ln.spaced_end = raw[-1] in _SPACE and s != ""
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




def strip_lines(lines: list[Line]) -> list[Line]:
    """What :func:`drop_noise_lines` does to every line it keeps, without dropping any: each
    line's outer white space stripped (for a run with that step turned off)."""
    return [Line(s, ln.line, ln.gap, leading_width(ln.text), s != "" and ln.text[-1] in _SPACE)
            for ln in lines for s in (ln.text.strip(_SPACE),)]


def leading_width(text: str) -> int:
    """Display columns of the white space ``text`` opens with (a full-width space takes two)."""
    lead = text[:len(text) - len(text.lstrip(_SPACE))]
    return len(lead) + lead.count("\u3000")


TRAILER_STOPS_MAX = 3  # a trailer line holds at most this many full stops


def drop_trailer(lines: list[Line], rules: Rules, removed: list[Removal]) -> list[Line]:
    """Drop what a web page puts after the report: share buttons, 上一篇/下一篇, lists of
    related reports and tags, a site's footer.  Only from a trailer label on, and only where
    everything from there to the end is trailer lines or short lines without a sentence end
    (links), so a report's own last paragraphs are never touched.  (A trailer line itself may
    be long: a site's footer runs its fields together, 主办单位：…备案号：湘ICP备…)"""
    if not rules.trailer:
        return lines
    cut, name = None, ""
    i = len(lines)
    while i > 0:
        s = lines[i - 1].text.strip(_SPACE)
        if s:
            # (read without white space too: pdftotext spaces a printed page's footer, 湘 ICP 备)
            bare = "".join(s.split()) if " " in s else s
            # (a line of many sentences is a report flattened with its page's footer, not a footer)
            label = None if s.count("。") > TRAILER_STOPS_MAX else \
                next((rule for rule, pat in rules.trailer if pat.search(s) or (bare != s and pat.search(bare))), None)
            if label is not None:
                cut, name = i - 1, label
            elif len(bare) > LINK_TEXT_MAX or s[-1] in TITLE_END:
                break
        i -= 1
    if cut is None:
        return lines
    first = lines[cut]
    kept = _text_before_trailer(rules, first.text.strip(_SPACE))
    if kept:  # (the report's last sentence and its signature, the trailer glued after them)
        removed.append(Removal(name, first.line, first.text.strip(_SPACE)[len(kept):].strip(_SPACE)))
        removed.extend(Removal(name, ln.line, s) for ln in lines[cut + 1:] if (s := ln.text.strip(_SPACE)))
        return lines[:cut] + [Line(kept, first.line, first.gap, first.indent)]
    removed.extend(Removal(name, ln.line, s) for ln in lines[cut:] if (s := ln.text.strip(_SPACE)))
    return lines[:cut]


def _text_before_trailer(rules: Rules, s: str) -> str:
    """The report's text that a trailer line opens with, when a flattened page glued its
    trailer after the report's last sentence (…办好十件民生实事。某镇人民政府2024年1月15日上一篇：…):
    up to where a trailer rule takes the rest, after the last sentence end and the signature and
    date after it, if any (the latest such place); else ""."""
    k = max(s.rfind(ch) for ch in lexicon.FULL_STOP) + 1
    if k == 0:
        return ""
    cut = None
    for q in range(k, min(len(s), k + _GLUED_MAX + 1)):
        # (the footer is read from the full stop on: a flattened report's line is not copied whole each time)
        signed = q == k or _glued_footer(rules, s[k - 1:q]) is not None
        if signed and any(pat.search(s[q:]) for _, pat in rules.trailer):  # (the rules open with ^)
            cut = q
    return s[:cut].rstrip(_SPACE) if cut is not None else ""


def take_footer(lines: list[Line], rules: Rules, footer: list[Removal]) -> list[Line]:
    """Move the signature, date and attachment lines at the end into ``footer``; and a
    signature and date glued to the end of the last line after its last sentence (a report
    flattened into one line: …再创佳绩。某镇人民政府2024年7月10日)."""
    end = len(lines)
    while end:
        s = lines[end - 1].text.strip(_SPACE)
        if not s:
            end -= 1
            continue
        rule = _footer_rule(rules, s)
        if rule is None or end <= 3:
            if end >= 2 and (glued := _glued_footer(rules, s)) is not None:
                keep, pieces = glued
                for rule, piece in reversed(pieces):
                    footer.insert(0, Removal(f"footer: {rule}", lines[end - 1].line, piece))
                last = lines[end - 1]
                return lines[:end - 1] + ([Line(s[:keep].rstrip(_SPACE), last.line, last.gap)] if keep else [])
            break
        footer.insert(0, Removal(f"footer: {rule}", lines[end - 1].line, s))
        end -= 1
    return lines[:end]


def _footer_rule(rules: Rules, s: str) -> str | None:
    return next((name for name, pat in rules.footer if pat.search(s)), None)


_GLUED_MAX = 60  # characters after a line's last sentence end that a glued signature and date may take


def _glued_footer(rules: Rules, s: str) -> tuple[int, list[tuple[str, str]]] | None:
    """Where the report's text in ``s`` ends, and the footer pieces after it (rule, text): what
    follows its last sentence end is one footer line, or two (a signature, then a date)."""
    k = max(s.rfind(ch) for ch in lexicon.FULL_STOP) + 1
    tail = s[k:].strip(_SPACE)
    if not tail or len(tail) > _GLUED_MAX:
        return None
    keep = k
    rule = _footer_rule(rules, tail) if k else None  # (k == 0: the whole line, which the rules did not take)
    if rule is not None:
        return keep, [(rule, tail)]
    for q in range(2, len(tail) - 1):
        # (a second piece opens with a number, a bracket or after a space: a date, 2024年7月10日,
        # （二〇二四年…）; only there are the rules asked, twice each, not at every character)
        if tail[q] not in _PIECE_OPENING and tail[q - 1] not in _SPACE:
            continue
        second = tail[q:].strip(_SPACE)
        b = _footer_rule(rules, second)
        if b is None:
            continue
        first = tail[:q].strip(_SPACE)
        a = _footer_rule(rules, first)
        if a is not None:
            return keep, [(a, first), (b, second)]
    return None


_PIECE_OPENING = lexicon.DIGITS + "〇零一二三四五六七八九十(（"

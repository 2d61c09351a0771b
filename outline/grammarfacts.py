"""What the marker grammar says, read from its rules and its terminals' regular expressions:
the characters a terminal can match or start with, and whether the grammar is a list of
terminal sequences that a regular expression each reads as Lark reads them.

These are facts :mod:`outline.markers` derives once per grammar (and keeps in the marker
cache), so that nothing restates the grammar by hand.
"""
from __future__ import annotations

import re
import re._constants as c  # (the standard library's own regex parser: no second reading of it)
import re._parser as sre
from collections.abc import Iterable
from typing import Any, NamedTuple




def regex_chars(regex: str) -> set[str]:
    """The characters a terminal's regular expression can match, read from the expression's
    parse (literals, classes, ranges, branches, groups, repeats; what else it holds, such as
    a negated class, is not read)."""

    def walk(items: list) -> set[str]:  # type: ignore[type-arg]
        out: set[str] = set()
        for op, arg in items:
            if op is c.LITERAL:
                out.add(chr(arg))
            elif op is c.IN:
                out |= _class_chars(arg)
            elif op is c.BRANCH:
                for branch in arg[1]:
                    out |= walk(list(branch))
            elif op is c.SUBPATTERN:
                out |= walk(list(arg[-1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                out |= walk(list(arg[2]))
        return out

    return walk(list(sre.parse(regex)))


def _class_chars(items: list) -> set[str]:  # type: ignore[type-arg]
    """The literals and ranges of a character class (a negation or ``\\d`` is not read)."""
    out: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            out.add(chr(arg))
        elif op is c.RANGE:
            out.update(chr(x) for x in range(arg[0], arg[1] + 1))
    return out


def _plain(items: list) -> bool:  # type: ignore[type-arg]
    """Is this parse only literals, classes of literals and ranges, branches, groups and
    repeats (so :func:`regex_chars` reads every character it can match)?"""
    for op, arg in items:
        if op is c.IN:
            if any(iop not in (c.LITERAL, c.RANGE) for iop, _ in arg):
                return False  # (a negated class, \\d, \\w …)
        elif op is c.BRANCH:
            if not all(_plain(list(branch)) for branch in arg[1]):
                return False
        elif op is c.SUBPATTERN:
            if not _plain(list(arg[-1])):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            if not _plain(list(arg[2])):
                return False
        elif op is not c.LITERAL:
            return False  # (any character, a look-around, an anchor …)
    return True


def first_chars(regex: str) -> tuple[set[str], bool] | None:
    """The characters a match of ``regex`` can start with, and whether it can match nothing;
    ``None`` when the expression cannot be read so (any character, a negated class, a look-around,
    a flag, a back-reference): the callers then refuse rather than guess."""

    def walk(items: list) -> tuple[set[str], bool] | None:  # type: ignore[type-arg]
        out: set[str] = set()
        for op, arg in items:
            if op is c.LITERAL:
                return out | {chr(arg)}, False
            if op is c.IN:
                if not _plain([(op, arg)]):
                    return None
                return out | _class_chars(arg), False
            if op is c.BRANCH:
                branches: list[list] = [list(b) for b in arg[1]]  # type: ignore[type-arg]
            elif op is c.SUBPATTERN and not arg[1] and not arg[2]:  # (a group setting no flags)
                branches = [list(arg[-1])]
            elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:
                branches = [list(arg[2])]
            else:
                return None
            nullable = False
            for branch in branches:
                found = walk(branch)
                if found is None:
                    return None
                out |= found[0]
                nullable = nullable or found[1]
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] == 0:
                nullable = True
            if not nullable:
                return out, False
        return out, True

    try:
        parsed = sre.parse(regex)
    except re.error:
        return None
    if parsed.state.groups > 1 or parsed.state.flags & re.IGNORECASE:
        return None  # (a capturing group would renumber the scanner's own; a case-blind match)
    return walk(list(parsed))


class Terminal(NamedTuple):
    """What the lexer knows of a terminal: its expression and its priority."""

    regex: str
    priority: int


def marker_sequences(rules: Iterable[tuple[str, list[tuple[str, bool]]]], terminals: dict[str, Terminal],
                     ignore: list[str], rest: str) -> list[tuple[str, list[str]]] | None:
    """The marker grammar as (family, terminal names) sequences, when a regular expression
    per sequence gives exactly the parse Lark's LALR parser and contextual lexer give, else
    ``None``.

    That holds when the grammar is ``start: marker rest?``, ``marker`` one family rule per
    branch and each family's branches runs of terminals, and the lexer never has a choice:
    at every point of every sequence the terminals that may come next (and the ignored ones)
    start with characters no other of them starts with, none matches nothing, no sequence
    begins another, the ignored terminals outrank ``rest``, and ``rest`` takes anything.
    Then each token is the one match of its terminal at its place, and a sequence's
    expression, each terminal an atomic group with the ignored terminals between, matches a
    text exactly when the parser reads it as that family.
    """
    by_origin: dict[str, list[list[tuple[str, bool]]]] = {}
    for origin, expansion in rules:
        by_origin.setdefault(origin, []).append(expansion)
    starts = by_origin.get("start", [])
    if len(starts) != 2 or any(not e or e[0][1] for e in starts):
        return None
    marker = starts[0][0][0]
    if sorted(starts, key=len) != [[(marker, False)], [(marker, False), (rest, True)]]:
        return None
    if rest not in terminals or terminals[rest].regex != "(?s:.+)":
        return None
    sequences: list[tuple[str, list[str]]] = []
    for branch in by_origin.get(marker, []):
        if len(branch) != 1 or branch[0][1]:
            return None
        family = branch[0][0]
        for expansion in by_origin.get(family, []):
            names = [name for name, _ in expansion]
            if not expansion or not all(is_term for _, is_term in expansion) or rest in names \
                    or any(name in ignore or name not in terminals for name in names):
                return None
            sequences.append((family, names))
    return sequences if sequences and _lexer_never_chooses(sequences, terminals, ignore, rest) else None


def _lexer_never_chooses(sequences: list[tuple[str, list[str]]], terminals: dict[str, Terminal],
                         ignore: list[str], rest: str) -> bool:
    """The conditions of :func:`marker_sequences` on the lexer (see there)."""
    firsts: dict[str, set[str]] = {}
    for name in {n for _, names in sequences for n in names} | set(ignore):
        found = first_chars(terminals[name].regex)
        if found is None or found[1]:
            return False  # (unreadable, or it can match nothing)
        firsts[name] = found[0]
    if any(terminals[name].priority <= terminals[rest].priority for name in ignore):
        return False
    seqs = [tuple(names) for _, names in sequences]
    if len(set(seqs)) != len(seqs) or any(a != b and b[:len(a)] == a for a in seqs for b in seqs):
        return False
    for prefix in {s[:k] for s in seqs for k in range(len(s))}:
        choices = {s[len(prefix)] for s in seqs if s[:len(prefix)] == prefix} | set(ignore)
        seen: set[str] = set()
        for name in choices:
            if seen & firsts[name]:
                return False
            seen |= firsts[name]
    return True


WORDS_MAX = 64  # a terminal of more literal spellings than this is matched by its expression


def terminal_matcher(regex: str) -> list[Any]:
    """How :mod:`outline.markerscan` matches a terminal: ``["run", chars, least, most]`` for a
    greedy run of one class (``most`` -1 for no bound), ``["words", spellings]`` for literal
    spellings tried in the expression's own order (``部分|章``), else ``["regex", regex]``.  The
    first two need no expression compiled: a class of CJK characters costs ``re`` 0.3 ms."""
    parsed = sre.parse(regex)
    items = list(parsed)
    if parsed.state.flags & re.IGNORECASE or parsed.state.groups > 1:
        return ["regex", regex]
    if len(items) == 1 and items[0][0] is c.MAX_REPEAT and items[0][1][0] >= 1 and len(items[0][1][2]) == 1:
        least, most, (one,) = items[0][1]
        chars = _one_char(one)
        if chars is not None:
            return ["run", "".join(sorted(chars)), least, -1 if most is c.MAXREPEAT else most]
    chars = _one_char(items[0]) if len(items) == 1 else None
    if chars is not None:
        return ["run", "".join(sorted(chars)), 1, 1]
    words = _words(items)
    if words is not None:
        return ["words", words]
    return ["regex", regex]


def _one_char(item: tuple) -> set[str] | None:  # type: ignore[type-arg]
    """The characters a one-character item (a literal, a class of literals and ranges) takes."""
    op, arg = item
    if op is c.LITERAL:
        return {chr(arg)}
    if op is c.IN and _plain([item]):
        return _class_chars(arg)
    return None


def _words(items: list) -> list[str] | None:  # type: ignore[type-arg]
    """The spellings a sequence of literals, one-character classes and branches of them
    matches, in the order ``re`` tries them; ``None`` for anything else or too many."""
    words = [""]
    for item in items:
        op, arg = item
        one = _one_char(item)
        if one is not None:
            options = sorted(one)  # (one character each: at a place at most one of them matches)
        elif op is c.BRANCH:
            options = []
            for branch in arg[1]:
                spelled = _words(list(branch))
                if spelled is None:
                    return None
                options += spelled
        else:
            return None
        words = [w + o for w in words for o in options]
        if len(words) > WORDS_MAX:
            return None
    return words if all(words) else None

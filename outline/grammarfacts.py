"""What the marker grammar's terminals say, read from their regular expressions: the
characters a terminal can match, and whether the grammar reads every digit alike.

Both are facts :mod:`outline.markers` derives once per grammar (and keeps in the marker
cache), so that nothing restates the grammar by hand.
"""
from __future__ import annotations

import re._constants as c  # (the standard library's own regex parser: no second reading of it)
import re._parser as sre
from collections.abc import Iterable

from . import lexicon

DIGITS = frozenset(lexicon.DIGITS)
#: every digit written as 0: the cache key of a window whose parse holds for any digits
DIGITS_AS_ZERO = str.maketrans(dict.fromkeys(DIGITS, "0"))


def regex_chars(regex: str, first_only: bool) -> set[str]:
    """The characters a terminal's regular expression can match (all of them, or only those it
    can start with), read from the expression's parse (literals, classes, ranges, branches)."""

    def walk(items: list, first: bool) -> set[str]:  # type: ignore[type-arg]
        out: set[str] = set()
        for op, arg in items:
            if op is c.LITERAL:
                out.add(chr(arg))
            elif op is c.IN:
                for iop, iarg in arg:
                    if iop is c.LITERAL:
                        out.add(chr(iarg))
                    elif iop is c.RANGE:
                        out.update(chr(x) for x in range(iarg[0], iarg[1] + 1))
            elif op is c.BRANCH:
                for branch in arg[1]:
                    out |= walk(list(branch), first)
            elif op is c.SUBPATTERN:
                out |= walk(list(arg[-1]), first)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                out |= walk(list(arg[2]), first)
            if first and out:
                return out
        return out

    return walk(list(sre.parse(regex)), first_only)


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


def digit_terminals(terminals: Iterable[tuple[str, str]], rest: str) -> set[str] | None:
    """The names of the terminals that can match a digit, when each of them is a run of one
    class holding every digit (``[0-9０-９]+``), so that any digit stands where any other
    does; ``None`` when some terminal could tell digits apart (``19[0-9]{2}``, ``[^5]``,
    ``\\d``: not read).  ``rest`` names the terminal of the text after the marker, which
    matches anything, every character alike."""
    found = set()
    for name, regex in terminals:
        if name == rest:
            continue
        parsed = list(sre.parse(regex))
        if not _plain(parsed):
            return None
        chars = regex_chars(regex, first_only=False)
        if not chars & DIGITS:
            continue
        run = len(parsed) == 1 and parsed[0][0] is c.MAX_REPEAT and len(parsed[0][1][2]) == 1 \
            and parsed[0][1][2][0][0] is c.IN
        if not (run and chars >= DIGITS):
            return None
        found.add(name)
    return found

"""Read a marker with the grammar's own terminals, without Lark.

:func:`outline.grammarfacts.marker_sequences` states when the marker grammar is, for Lark's
LALR parser and contextual lexer, a set of terminal sequences read without a choice: at
every point the next character tells which terminal comes next, and a terminal's token is its
one match there (the lexer never takes a token back).  This module is that lexer and that
parser: a tree of the sequences' prefixes, walked one token at a time.  Each terminal is
matched as :func:`~outline.grammarfacts.terminal_matcher` says (a run of a class, literal
spellings, or its expression), so a cold start compiles no expression for the usual ones.

The facts it is built from are kept in the marker cache: a report's first run need not
import Lark for windows no run has shown before.  ``tests/test_markers.py`` holds this
reading and Lark's to the same answers.
"""
from __future__ import annotations

import re
from typing import Any, Callable

_Match = Callable[[str, int], int]  # (text, position) → where the token ends, or -1


def _matcher(spec: list[Any]) -> _Match:
    """A function matching one terminal, from its :func:`terminal_matcher` description."""
    kind = spec[0]
    if kind == "run":
        chars, least, most = frozenset(spec[1]), int(spec[2]), int(spec[3])

        def run(text: str, pos: int) -> int:
            end, stop = pos, len(text) if most < 0 else min(len(text), pos + most)
            while end < stop and text[end] in chars:
                end += 1
            return end if end - pos >= least else -1
        return run
    if kind == "words":
        words = [str(w) for w in spec[1]]

        def spelled(text: str, pos: int) -> int:
            for word in words:
                if text.startswith(word, pos):
                    return pos + len(word)
            return -1
        return spelled
    if kind == "regex":
        pattern = re.compile(str(spec[1]))

        def matched(text: str, pos: int) -> int:
            m = pattern.match(text, pos)
            return -1 if m is None else m.end()
        return matched
    raise ValueError(kind)


class _State:
    """A prefix of the sequences: the terminal each next character opens, and the family
    read when the prefix is a whole sequence."""

    __slots__ = ("by_char", "after", "family")

    def __init__(self) -> None:
        self.by_char: dict[str, str] = {}
        self.after: dict[str, _State] = {}
        self.family: str | None = None


class MarkerScan:
    """The marker grammar as a tree of terminal sequences.

    ``sequences`` holds (family, terminal names); ``terminals`` each name's
    (:func:`terminal_matcher` description, the characters it starts with); ``ignore`` the
    names of the ignored terminals, skipped before and after every token.
    """

    def __init__(self, sequences: list[tuple[str, list[str]]], terminals: dict[str, tuple[list[Any], str]],
                 ignore: list[str]) -> None:
        self._match = {name: _matcher(spec) for name, (spec, _) in terminals.items()}
        self._skip = {ch: self._match[name] for name in ignore for ch in terminals[name][1]}
        self._root = _State()
        for family, names in sequences:
            state = self._root
            for name in names:
                for ch in terminals[name][1]:
                    state.by_char[ch] = name
                state = state.after.setdefault(name, _State())
            state.family = family

    def _skipped(self, text: str, pos: int) -> int:
        while pos < len(text) and text[pos] in self._skip:
            end = self._skip[text[pos]](text, pos)
            if end <= pos:
                break
            pos = end
        return pos

    def scan(self, window: str) -> tuple[str, list[tuple[str, str]], int] | None:
        """(family, the tokens as (terminal name, text), the length the marker and the ignored
        characters after it take) of the marker ``window`` opens with, or ``None``."""
        state, tokens = self._root, []
        pos = self._skipped(window, 0)
        while state.family is None:
            name = state.by_char.get(window[pos]) if pos < len(window) else None
            if name is None:
                return None
            end = self._match[name](window, pos)
            if end < 0:
                return None
            tokens.append((name, window[pos:end]))
            pos = self._skipped(window, end)
            state = state.after[name]
        return state.family, tokens, pos


def scan_from_fact(fact: Any) -> MarkerScan | None:
    """The scanner a cached fact describes, or ``None`` for a fact of the wrong shape."""
    try:
        sequences = [(str(family), [str(n) for n in names]) for family, names in fact["sequences"]]
        terminals = {str(name): (list(spec), str(starts)) for name, (spec, starts) in fact["terminals"].items()}
        ignore = [str(name) for name in fact["ignore"]]
        return MarkerScan(sequences, terminals, ignore)
    except (KeyError, TypeError, ValueError, AttributeError, re.error):
        return None

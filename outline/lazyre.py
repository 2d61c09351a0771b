"""A regular expression compiled on first use.

Compiling costs 0.1–1 ms a pattern, and a command-line run pays for every pattern compiled at
import: the patterns only some documents need (those of flattened text) wait until one does.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


class LazyPattern:
    """Stands for ``re.compile(source, flags)``; ``source`` may be a function that makes the
    pattern text (one built from the lexicon)."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            source = self._source if isinstance(self._source, str) else self._source()
            self._compiled = re.compile(source, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # search, finditer, match, pattern …
        return getattr(self.compiled(), name)

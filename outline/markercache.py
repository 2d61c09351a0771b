"""What the marker grammar says, kept between runs, so a run need not load Lark.

Importing Lark and loading the grammar costs about 25 ms of every cold start, while what the
hot path needs of the grammar is a handful of facts read off it once: the marker alphabet,
each family's start characters, and the grammar as terminal sequences a regular expression
reads (:mod:`outline.markerscan`).  They are kept in one JSON file a grammar: its name holds a
hash of the grammar and of the code that reads it, so a changed grammar never reads an old fact.

The file lives in ``$OUTLINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/outline``, else
``~/.cache/outline``.  It is an optimization only: a file that cannot be read is ignored, one
that cannot be written is not written, and the parse is the same either way.  It is written
once, when the process ends, atomically (merged with what another run wrote meanwhile).
"""
from __future__ import annotations

import atexit
import json
import os
import zlib
from pathlib import Path
from typing import Any

MISSING = object()


def cache_dir() -> Path:
    """Where the cache files live."""
    if os.environ.get("OUTLINE_CACHE_DIR"):
        return Path(os.environ["OUTLINE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError, OSError):  # no home directory at all (a bare container)
            import tempfile

            base = tempfile.gettempdir()
    return Path(base) / "outline"


class MarkerCache:
    """The facts read off one grammar (``facts``: name → a JSON value)."""

    def __init__(self, key: str) -> None:
        self.path = cache_dir() / f"markers-{key}.json"
        self.facts: dict[str, Any] = {}
        self.dirty = False
        self.facts.update(self._read(self.path))

    @staticmethod
    def _read(path: Path) -> dict[str, Any]:
        try:
            facts = json.loads(path.read_text(encoding="utf-8"))["facts"]
            return facts if isinstance(facts, dict) else {}
        except (OSError, ValueError, KeyError, TypeError):
            return {}  # no file yet, or a damaged one: read the grammar again

    def remember_fact(self, name: str, value: Any) -> None:
        self.facts[name] = value
        self.dirty = True

    def save(self) -> None:
        """Write the facts (with any another run wrote meanwhile), atomically; never raises."""
        if not self.dirty:
            return
        try:
            import tempfile  # (at exit only)

            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".markers-", suffix=".part", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"facts": {**self._read(self.path), **self.facts}}, out, ensure_ascii=False)
            os.replace(tmp, self.path)
            self.dirty = False
        except OSError:
            pass  # a read-only home, a full disk: the next run reads the grammar again


def cache_for(*sources: str) -> MarkerCache:
    """The cache of the grammar and code ``sources`` (loaded once a process; saved at exit)."""
    # (two 32-bit checksums rather than hashlib, whose import alone costs 2 ms of a cold start;
    # the key only tells grammars apart, it guards nothing)
    data = "\0".join(sources).encode("utf-8")
    key = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"
    cached = _CACHES.get(key)
    if cached is None:
        cached = _CACHES[key] = MarkerCache(key)
        atexit.register(cached.save)
    return cached


_CACHES: dict[str, MarkerCache] = {}

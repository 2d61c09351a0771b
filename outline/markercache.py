"""What the marker grammar answered before, kept between runs, so a run need not load Lark.

Importing Lark and loading the grammar costs about 25 ms of every cold start, while a report
shows the parser only a few dozen distinct windows (一、, （一）, 1., 一是 …), the same from
one report to the next.  The answers (and the marker alphabet read off the grammar's
terminals) are kept in one JSON file a grammar: its name holds a hash of the grammar and of
the code that turns a parse into a marker, so a changed grammar never reads an old answer.

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
from itertools import islice
from pathlib import Path
from typing import Any

# Answers kept.  Every cold start reads them all (about 0.4 ms a thousand), and the windows a
# report shows first are the common ones (一、, （一）, 1.); a long corpus run adds mostly the
# numbers its paragraphs open with (2024, 3.5, 9996.), which a cap of 50,000 once let grow to
# 450 KB, 5–8 ms of every cold start after it.
WINDOWS_MAX = 4_000
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
    """The answers for one grammar: ``windows`` (window → marker fields or ``None``) and
    ``facts`` (the alphabet and each family's start characters)."""

    def __init__(self, key: str) -> None:
        self.path = cache_dir() / f"markers-{key}.json"
        self.windows: dict[str, list[Any] | None] = {}
        self.facts: dict[str, Any] = {}
        self.dirty = False
        self._read(self.path)

    def _read(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            windows, facts = data["windows"], data["facts"]
            if isinstance(windows, dict) and isinstance(facts, dict):
                if len(windows) > WINDOWS_MAX:  # (a file from before the cap: rewritten, cut to it)
                    windows = dict(islice(windows.items(), WINDOWS_MAX))
                    self.dirty = True
                self.windows.update(windows)
                self.facts.update(facts)
        except (OSError, ValueError, KeyError, TypeError):
            pass  # no file yet, or a damaged one: answer from the grammar

    def window(self, window: str) -> Any:
        """The fields of the marker ``window`` opens with (family, number, text, length, verb),
        ``None`` for no marker, or :data:`MISSING`: not asked yet, or an answer of the wrong
        shape (a damaged file), which is asked of the grammar again rather than believed."""
        known = self.windows.get(window, MISSING)
        if known is None or known is MISSING:
            return known
        if isinstance(known, list) and len(known) == 5 and isinstance(known[0], str) \
                and (known[1] is None or type(known[1]) is int) and isinstance(known[2], str) \
                and type(known[3]) is int and isinstance(known[4], str):
            return known
        return MISSING

    def remember(self, window: str, fields: list[Any] | None) -> None:
        if len(self.windows) < WINDOWS_MAX:
            self.windows[window] = fields
            self.dirty = True

    def remember_fact(self, name: str, value: Any) -> None:
        self.facts[name] = value
        self.dirty = True

    def save(self) -> None:
        """Write the answers (with any another run wrote meanwhile), atomically; never raises."""
        if not self.dirty:
            return
        try:
            on_disk = MarkerCache.__new__(MarkerCache)
            on_disk.windows, on_disk.facts = {}, {}
            on_disk._read(self.path)
            windows = {**on_disk.windows, **self.windows}
            if len(windows) > WINDOWS_MAX:  # (the first answers met are kept: the common ones)
                windows = dict(islice(windows.items(), WINDOWS_MAX))
            import tempfile  # (at exit only)

            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".markers-", suffix=".part", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"facts": {**on_disk.facts, **self.facts}, "windows": windows}, out, ensure_ascii=False)
            os.replace(tmp, self.path)
            self.dirty = False
        except OSError:
            pass  # a read-only home, a full disk: the next run asks the grammar again


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

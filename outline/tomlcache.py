"""TOML data read once and kept between runs, as JSON, so a run need not load ``tomllib``.

Every parse reads the packaged noise rules (``rules/*.toml``) and word lists
(``lexicon/words.toml``).  Importing ``tomllib`` (a pure-Python parser) and parsing them costs
about 8 ms of every cold start; reading the same data back as JSON costs a tenth of a
millisecond.  Each text's data is kept in a file of the marker cache's directory
(:func:`markercache.cache_dir`) named by a checksum of the text, so a changed file is parsed
afresh.  Like the marker cache it is an optimization only: a file that cannot be read, or
whose own checksum does not match (a damaged one), is ignored, and one that cannot be written
is not; the data are the same either way.
"""
from __future__ import annotations

import json
import os
import zlib
from typing import Any

from .markercache import cache_dir


def loads(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, from the copy a run before kept when there is one.

    Raises ``tomllib.TOMLDecodeError`` (a :class:`ValueError`) for text that is not TOML."""
    raw = text.encode("utf-8", "surrogatepass")
    path = cache_dir() / f"toml-{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}.json"
    kept = _read(path)
    if kept is not None:
        return kept
    import tomllib  # (only when no copy is kept)

    data = tomllib.loads(text)
    _write(path, data)
    return data


def _read(path: os.PathLike[str]) -> dict[str, Any] | None:
    """The data kept in ``path``, or ``None`` when there is none or it is damaged."""
    try:
        with open(path, encoding="utf-8") as f:
            check, _, body = f.read().partition("\n")
        if check != f"{zlib.crc32(body.encode('utf-8')):08x}":
            return None  # (a damaged or foreign file: parse the text again)
        data = json.loads(body)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write(path: os.PathLike[str], data: dict[str, Any]) -> None:
    """Keep ``data`` in ``path`` (its checksum on the first line), atomically; never raises."""
    try:
        body = json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError):
        return  # (a TOML date has no JSON form: such a file is parsed every time)
    try:
        import tempfile  # (only on a first run)

        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".toml-", suffix=".part", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(f"{zlib.crc32(body.encode('utf-8')):08x}\n{body}")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home, a full disk: the next run parses the text again

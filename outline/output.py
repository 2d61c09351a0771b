"""Writing outputs so that a failed or interrupted run never damages an existing file.

Every file is written to a temporary file beside its target and renamed over it only once it
is complete (``os.replace`` is atomic on one file system); on failure the temporary file goes
and the old output stays as it was.  Corpus runs name their outputs by the inputs' paths
below the folders given (see :func:`batch.expand_relative`), and refuse to start when two
inputs would write one file.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from .errors import OutlineError


class AtomicFile:
    """A text file that appears at ``path`` only on :meth:`commit`.

    >>> f = AtomicFile(path); f.write("…"); f.commit()   # or f.abort()
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        directory = path.parent if str(path.parent) else Path(".")
        import tempfile  # (here: output to stdout, the common cold start, never needs it)

        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
        except OSError as err:
            raise OutlineError(f"cannot write {path}: {err.strerror}") from None
        self._tmp = Path(tmp)
        try:  # mkstemp makes the file private (0600): give it the target's mode, or the umask's
            os.chmod(fd, path.stat().st_mode & 0o7777 if path.is_file() else 0o666 & ~_umask())
        except OSError:
            pass
        self._file: BinaryIO | None = os.fdopen(fd, "wb")

    def write(self, data: str | bytes) -> None:
        """Append ``data`` (text is written as UTF-8); a full disk or an I/O error is an
        :class:`OutlineError`."""
        assert self._file is not None
        try:
            self._file.write(data.encode("utf-8") if isinstance(data, str) else data)
        except OSError as err:
            self.abort()
            raise OutlineError(f"cannot write {self.path}: {err.strerror}") from None

    def commit(self) -> None:
        """Flush, sync and rename over the target."""
        if self._file is None:
            return
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None
            if self.path.exists() and not self.path.is_file():
                raise OutlineError(f"cannot write {self.path}: not a regular file (a device or a directory)")
            os.replace(self._tmp, self.path)
        except OSError as err:
            self.abort()
            raise OutlineError(f"cannot write {self.path}: {err.strerror}") from None
        except OutlineError:
            self.abort()
            raise

    def abort(self) -> None:
        """Drop what was written; the target is left as it was."""
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
            self._file = None
        try:
            self._tmp.unlink()
        except OSError:
            pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write ``text`` (or UTF-8 bytes) to ``path`` all at once, or not at all."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    if path.exists() and not path.is_file():
        # /dev/null, /dev/full, a FIFO: no rename over it; write straight through
        try:
            with path.open("wb") as f:
                f.write(data)
        except OSError as err:
            raise OutlineError(f"cannot write {path}: {err.strerror}") from None
        return
    out = AtomicFile(path)
    out.write(data)
    out.commit()


def output_paths(names: Sequence[str], relative: Sequence[Path], directory: Path, suffix: str) -> list[Path]:
    """Where each input's output goes under ``directory`` (its ``relative`` path, with ``suffix``);
    two inputs that would write one file are an error before anything is written."""
    paths = [directory / rel.with_suffix(suffix) for rel in relative]
    seen: dict[Path, str] = {}
    for name, path in zip(names, paths):
        if path in seen:
            raise OutlineError(f"{seen[path]} and {name} would both be written to {path}; "
                               "rename one, or run them separately")
        seen[path] = name
    return paths

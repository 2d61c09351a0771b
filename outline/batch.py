"""Many reports at once: expand directories and globs, parse in parallel processes,
stream the results in input order, and count what happened."""
from __future__ import annotations

import fnmatch
import glob
import os
import signal
from collections import deque
from functools import lru_cache
from itertools import islice
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generator, Iterable, Iterator, Sequence



@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input file."""

    name: str
    payload: bytes | None  # the rendered output (UTF-8), or None on failure
    sections: int = 0
    warnings: int = 0
    error: str | None = None
    #: the document's warnings as ``path:line: warning: message`` lines
    warning_lines: tuple[str, ...] = ()
    #: what cleaning removed, a line per rule (for --verbose)
    notes: tuple[str, ...] = ()


#: What a directory holds that is a report: plain text, Word, PDF and saved web pages.
REPORT_SUFFIXES = frozenset({".txt", ".text", ".docx", ".pdf", ".html", ".htm"})
#: Folders a directory walk never enters (besides hidden ones): tools' and packages' own files.
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages", "venv"})


def _reports_under(root: Path, exclude: Sequence[str]) -> list[str]:
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS)
        for f in sorted(files):
            path = Path(folder) / f
            if (not f.startswith(".") and path.suffix.lower() in REPORT_SUFFIXES
                    and not _excluded(path, root, exclude)):
                out.append(str(path))
    return out


def _excluded(path: Path, root: Path | None, exclude: Sequence[str]) -> bool:
    rel = path.relative_to(root) if root is not None else path
    return any(fnmatch.fnmatch(str(rel), g) or fnmatch.fnmatch(path.name, g) or fnmatch.fnmatch(str(path), g)
               for g in exclude)


def expand_relative(inputs: Iterable[str], exclude: Sequence[str] = ()) -> list[tuple[str, Path]]:
    """Files named, report files under directories (``.txt``, ``.docx``, ``.pdf``, ``.html``,
    any case, recursively, hidden folders and ``.venv``/``node_modules`` skipped) and glob
    matches, in order, without those an ``exclude`` glob matches; each file with the path its
    output takes below an output folder: below
    a directory argument, its path from there (``corpus/2023/report.txt`` → ``2023/report.txt``);
    a file named or globbed, its name, with as many of its folders as tell it apart from the
    other such files (``a/2023/report.txt``, ``a/2024/report.txt``)."""
    out: list[tuple[str, Path | None]] = []
    for item in inputs:
        p = Path(item)
        if item != "-" and p.is_dir():
            out.extend((f, Path(f).relative_to(p)) for f in _reports_under(p, exclude))
        elif item != "-" and not p.exists() and glob.has_magic(item):
            out.extend((m, None) for m in sorted(glob.glob(item, recursive=True))
                       if Path(m).is_file() and not _excluded(Path(m), None, exclude))
        else:
            out.append((item, None))
    loose = [name for name, rel in out if rel is None]
    short = dict(zip(loose, _shortest_unique(loose)))
    return [(name, rel if rel is not None else short[name]) for name, rel in out]


def _shortest_unique(names: Sequence[str]) -> list[Path]:
    """Each path's shortest tail of components that no other path in ``names`` shares."""
    parts = [Path(n).resolve().parts for n in names]
    depth = [1] * len(names)
    while True:
        tails = [Path(*p[-d:]) for p, d in zip(parts, depth)]
        counts: dict[Path, int] = {}
        for t in tails:
            counts[t] = counts.get(t, 0) + 1
        grow = [i for i, t in enumerate(tails) if counts[t] > 1 and depth[i] < len(parts[i])]
        if not grow:
            return tails
        for i in grow:
            depth[i] += 1


def render(doc: Any, fmt: str, body: bool, name: str) -> bytes:
    """The output for one document in ``fmt`` (a format of :data:`outline.render.WRITERS`),
    as the UTF-8 bytes the output file takes (made in the worker, handed over as they are)."""
    from .render import write_bytes

    return write_bytes(doc, fmt, body=body, name=name)


@lru_cache(maxsize=4)
def _user_rules(path: str) -> Any:
    """A ``--rules`` file, read and compiled once per process (not once per report)."""
    from .cleaning import load_rules

    return load_rules(path)


def warning_lines(doc: Any, name: str) -> list[str]:
    """A document's warnings as compilers print theirs: ``path:line: warning: message``."""
    return [f"{name}:{w.line}: warning: {w.message} [{w.code}]" if w.line
            else f"{name}: warning: {w.message} [{w.code}]" for w in doc.warnings]


def cleaning_notes(doc: Any, name: str) -> list[str]:
    """What cleaning removed from a document, a line per rule: ``path: removed 3 × web: share buttons``."""
    counts: dict[str, int] = {}
    for r in doc.meta.get("cleaning", {}).get("removed", []):
        counts[r["rule"]] = counts.get(r["rule"], 0) + 1
    return [f"{name}: removed {n} × {rule}" for rule, n in counts.items()]


Task = tuple[str, str, bool, "str | None", bool, "str | None", bool, tuple[str, ...]]


def _one(args: Task) -> Outcome:
    name, fmt, body, encoding, simplified, rules_path, strict, disable = args
    from .errors import OutlineError
    from .main import parse_file

    try:
        rules = _user_rules(rules_path) if rules_path else None
        doc = parse_file(name, encoding=encoding, simplified=simplified, rules=rules, strict=strict, disable=disable)
        return Outcome(name, render(doc, fmt, body, name), sum(1 for _ in doc.nodes()), len(doc.warnings),
                       warning_lines=tuple(warning_lines(doc, name)), notes=tuple(cleaning_notes(doc, name)))
    except OutlineError as err:
        return Outcome(name, None, error=str(err))
    except Exception as err:  # one bad file never stops a corpus run
        return Outcome(name, None, error=f"{name}: internal error: {type(err).__name__}: {err}")


def _many(tasks: list[Task]) -> list[Outcome]:
    return [_one(t) for t in tasks]


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _worker_init() -> None:
    """A worker leaves Ctrl-C to the parent (which stops the pool) and dies on SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop(pool: Any) -> None:
    """End a pool now: queued work cancelled, running workers terminated (not waited for)."""
    # (the processes are taken first: shutdown() forgets them even when it does not wait)
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        try:
            process.terminate()
        except (OSError, AttributeError):
            pass
    for process in processes:
        process.join(timeout=5)


def run(names: Iterable[str], fmt: str, body: bool, encoding: str | None, simplified: bool,
        rules_path: str | None, jobs: int, strict: bool = False,
        disable: tuple[str, ...] = ()) -> Generator[Outcome, None, None]:
    """Parse every file, ``jobs`` processes at a time; results come back in input order.

    Work is handed out a few batches per process at a time, so memory stays flat however many
    files there are: at most ``jobs × 4`` batches are parsed ahead of the one being written.
    """
    names = list(names)
    tasks = ((n, fmt, body, encoding, simplified, rules_path, strict, disable) for n in names)
    if jobs <= 1 or len(names) <= 1:
        yield from map(_one, tasks)
        return
    from concurrent.futures import Future, ProcessPoolExecutor  # only a corpus run pays for it

    size = max(1, min(64, len(names) // (jobs * 8)))
    batches = _batches(tasks, size)
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
    try:
        ahead: deque[Future[list[Outcome]]] = deque(pool.submit(_many, b) for b in islice(batches, jobs * 4))
        while ahead:
            done = ahead.popleft().result()
            following = next(batches, None)
            if following is not None:
                ahead.append(pool.submit(_many, following))
            yield from done
    except BaseException:  # Ctrl-C, SIGTERM, a closed consumer: the workers end with us
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1

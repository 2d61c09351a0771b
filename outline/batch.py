"""Many reports at once: expand directories and globs, parse in parallel processes,
stream the results in input order, and count what happened."""
from __future__ import annotations

import glob
import os
from collections import deque
from functools import lru_cache
from itertools import islice
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from .render.json_ import dumps
from .render.sections import section_rows


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input file."""

    name: str
    payload: str | None  # the rendered output, or None on failure
    sections: int = 0
    warnings: int = 0
    error: str | None = None


def expand(inputs: Iterable[str]) -> list[str]:
    """Files named, files under directories (``*.txt``, recursively) and glob matches, in order."""
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if item != "-" and p.is_dir():
            out.extend(sorted(str(f) for f in p.rglob("*.txt")))
        elif item != "-" and not p.exists() and glob.has_magic(item):
            out.extend(sorted(glob.glob(item, recursive=True)))
        else:
            out.append(item)
    return out


def render(doc: Any, fmt: str, body: bool, name: str) -> str:
    """The output for one document in ``fmt`` (md, json, jsonl, sections, opml, tree)."""
    if fmt == "jsonl":
        return doc.to_json(indent=None) + "\n"
    if fmt == "sections":
        return "".join(dumps(r) + "\n" for r in section_rows(doc, name))
    if fmt == "json":
        return doc.to_json() + "\n"
    if fmt == "opml":
        return doc.to_opml()
    if fmt == "tree":
        return doc.to_text_tree()
    return doc.to_markdown(body=body)


@lru_cache(maxsize=4)
def _user_rules(path: str) -> Any:
    """A ``--rules`` file, read and compiled once per process (not once per report)."""
    from .cleaning import load_rules

    return load_rules(path)


def _one(args: tuple[str, str, bool, str | None, bool, str | None]) -> Outcome:
    name, fmt, body, encoding, simplified, rules_path = args
    from .errors import OutlineError
    from .main import parse_file

    try:
        rules = _user_rules(rules_path) if rules_path else None
        doc = parse_file(name, encoding=encoding, simplified=simplified, rules=rules)
        return Outcome(name, render(doc, fmt, body, name), sum(1 for _ in doc.nodes()), len(doc.warnings))
    except OutlineError as err:
        return Outcome(name, None, error=str(err))
    except Exception as err:  # one bad file never stops a corpus run
        return Outcome(name, None, error=f"{name}: internal error: {type(err).__name__}: {err}")


def _many(tasks: list[tuple[str, str, bool, str | None, bool, str | None]]) -> list[Outcome]:
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


def run(names: Iterable[str], fmt: str, body: bool, encoding: str | None, simplified: bool,
        rules_path: str | None, jobs: int) -> Iterator[Outcome]:
    """Parse every file, ``jobs`` processes at a time; results come back in input order.

    Work is handed out a few batches per process at a time, so memory stays flat however many
    files there are: at most ``jobs × 4`` batches are parsed ahead of the one being written.
    """
    names = list(names)
    tasks = ((n, fmt, body, encoding, simplified, rules_path) for n in names)
    if jobs <= 1 or len(names) <= 1:
        yield from map(_one, tasks)
        return
    from concurrent.futures import Future, ProcessPoolExecutor  # only a corpus run pays for it

    size = max(1, min(64, len(names) // (jobs * 8)))
    batches = _batches(tasks, size)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        ahead: deque[Future[list[Outcome]]] = deque(pool.submit(_many, b) for b in islice(batches, jobs * 4))
        while ahead:
            done = ahead.popleft().result()
            following = next(batches, None)
            if following is not None:
                ahead.append(pool.submit(_many, following))
            yield from done


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1

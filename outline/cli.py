"""The ``outline`` command line: ``outline build REPORT…``.

Data goes to stdout (or ``-o``), messages to stderr; bad input is one line on
stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional, TextIO

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Outline Chinese government work reports (工作总结 / 工作计划 / 政府工作报告): "
         "the heading tree 一、/（一）/1./（1）/①/一是 … as Markdown, JSON or OPML.",
)


class Format(str, Enum):
    md = "md"
    json = "json"
    jsonl = "jsonl"
    opml = "opml"
    tree = "tree"


_EXT = {Format.md: ".md", Format.json: ".json", Format.opml: ".opml", Format.tree: ".txt", Format.jsonl: ".jsonl"}


def _fail(message: str, code: int = 2) -> "typer.Exit":
    typer.echo(f"outline: error: {message}", err=True)
    return typer.Exit(code)


def _emit(text: str, output: Optional[Path]) -> None:
    """Write ``text`` to ``output``, or to stdout when there is none."""
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as err:
        raise _fail(f"cannot write {output}: {err.strerror}")


@app.callback()
def main() -> None:
    """Outline Chinese government work reports."""


@app.command()
def build(
    inputs: List[str] = typer.Argument(..., metavar="REPORT...", help="Report text files, directories (every "
                                       "*.txt below) or globs; '-' reads standard input."),
    fmt: Format = typer.Option(Format.md, "--format", "-f", help="md (default), json (the outline/1 contract), "
                               "jsonl (one JSON document a line), opml (for outliners) or tree (an indented view)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file; with several "
                                          "reports, a directory that gets one file per report (jsonl and "
                                          "--sections: one file for all)."),
    sections: bool = typer.Option(False, "--sections", help="One JSON line per section (document, heading path, "
                                  "level, kind, marker, title, text): a table for pandas, DuckDB or Spark."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Processes to parse with (default: all cores).",
                             show_default=False),
    simplified: bool = typer.Option(False, "--simplified", help="Write titles and text in simplified "
                                    "characters (default: keep the source's script)."),
    body: bool = typer.Option(False, "--body", help="Markdown: include each section's text."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Force the input encoding "
                                           "(utf-8, gb18030, big5, utf-16); default: detected."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Extra cleaning rules (TOML, same format as "
                                         "outline/rules/noise.toml) added to the built-in ones."),
) -> None:
    """Build the outline of one or more reports.

    Examples:

      outline build report.txt                    Markdown outline on stdout

      outline build report.txt -f json -o out.json

      outline build reports/ -f opml -o outlines/   one file per report, all cores

      outline build 'corpus/**/*.txt' -f jsonl -o corpus.jsonl

      outline build corpus/ --sections -o sections.jsonl
    """
    from . import batch

    names = batch.expand(inputs)
    if not names:
        raise _fail("no report files found in " + " ".join(inputs))
    kind = "sections" if sections else fmt.value
    one_stream = kind in ("jsonl", "sections")
    if len(names) > 1 and output is None and not one_stream:
        raise _fail(f"{len(names)} reports given: add -o DIR to write one {_EXT[fmt]} file per report "
                    "(or use -f jsonl / --sections for one stream)")
    if len(names) > 1 and not one_stream and output is not None and output.exists() and not output.is_dir():
        raise _fail(f"{output} is a file: with several reports, -o must be a directory")
    if rules is not None:
        from .cleaning import load_rules

        try:
            load_rules(rules)
        except (OSError, ValueError) as err:
            raise _fail(f"cannot read rules {rules}: {err}".splitlines()[0])
    if "-" in names:
        _build_stdin(kind, output, body, encoding, simplified, rules)
        return
    stream = None
    try:
        if output is not None and (one_stream or (len(names) == 1 and not output.is_dir())):
            stream = output.open("w", encoding="utf-8")
        elif output is not None:
            output.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _fail(f"cannot write {output}: {err.strerror}")
    progress = _Progress(len(names)) if len(names) > 1 and sys.stderr.isatty() else None
    try:
        files, failures, n_sections, n_warnings = _run_corpus(names, kind, fmt, output, stream, body, encoding,
                                                               simplified, rules, jobs, progress)
    finally:
        if progress:
            progress.stop()
        if stream is not None:
            stream.close()
    if len(names) > 1:
        typer.echo(f"outline: {files} files, {n_sections} sections, {n_warnings} warnings, "
                   f"{failures} failed", err=True)
    if failures:
        raise typer.Exit(2 if failures == files else 1)


def _run_corpus(names: List[str], kind: str, fmt: Format, output: Optional[Path], stream: Optional[TextIO],
                body: bool, encoding: Optional[str], simplified: bool, rules: Optional[Path], jobs: Optional[int],
                progress: Optional["_Progress"]) -> tuple[int, int, int, int]:
    """Parse and write every file; returns files, failures, sections and warnings."""
    from . import batch

    files = failures = n_sections = n_warnings = 0
    for outcome in batch.run(names, kind, body, encoding, simplified, str(rules) if rules else None,
                             jobs or batch.default_jobs()):
        files += 1
        if outcome.payload is None:
            failures += 1
            message = f"outline: error: {outcome.error}"
            if progress:
                progress.print(message)
            else:
                typer.echo(message, err=True)
        else:
            n_sections += outcome.sections
            n_warnings += outcome.warnings
            if stream is not None:
                stream.write(outcome.payload)
            elif output is not None:
                (output / (Path(outcome.name).stem + _EXT[fmt])).write_text(outcome.payload, encoding="utf-8")
            else:
                sys.stdout.write(outcome.payload)
        if progress:
            progress.update(files, failures)
    return files, failures, n_sections, n_warnings


class _Progress:
    """A progress bar on a terminal's stderr (files done, failures, rate, time left); messages
    printed through it appear above the bar.  rich is imported only for such a run."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self._bar = Progress(TextColumn("outline"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                             TextColumn("[red]{task.fields[failed]}"), TimeElapsedColumn(), TextColumn("elapsed,"),
                             TimeRemainingColumn(), TextColumn("left"), console=Console(stderr=True), transient=True)
        self._task = self._bar.add_task("parse", total=total, failed="")
        self._bar.start()

    def update(self, done: int, failed: int) -> None:
        self._bar.update(self._task, completed=done, failed=f"{failed} failed" if failed else "")

    def print(self, message: str) -> None:
        self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)

    def stop(self) -> None:
        self._bar.stop()


def _build_stdin(kind: str, output: Optional[Path], body: bool, encoding: Optional[str], simplified: bool,
                 rules: Optional[Path]) -> None:
    from .batch import render
    from .cleaning import load_rules
    from .errors import OutlineError
    from .main import parse_bytes

    try:
        doc = parse_bytes(sys.stdin.buffer.read(), name="<stdin>", encoding=encoding, simplified=simplified,
                          rules=load_rules(rules) if rules else None)
    except OutlineError as err:
        raise _fail(str(err))
    text = render(doc, kind, body, "<stdin>")
    _emit(text, output)


class DiffFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"
    html = "html"


@app.command()
def diff(
    old: str = typer.Argument(..., metavar="OLD", help="The older report (e.g. this place's 2023 report)."),
    new: str = typer.Argument(..., metavar="NEW", help="The newer report (e.g. the 2024 one)."),
    fmt: DiffFormat = typer.Option(DiffFormat.text, "--format", "-f", help="text (default; coloured on a "
                                   "terminal), md, json (the outline-diff/1 contract) or html (side by side)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    plan_vs_review: bool = typer.Option(False, "--plan-vs-review", help="Also list what OLD's plan section "
                                        "became in NEW's review: carried out, not mentioned, or new."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Force the encoding of both inputs."),
    color: bool = typer.Option(None, "--color/--no-color", help="Colour the text view (default: only on a "
                               "terminal, and never with NO_COLOR set)."),
) -> None:
    """Compare the outlines of two reports: added, removed, renamed, moved, reordered,
    promoted and demoted headings.  Exit code 0: same, 1: different, 2: error.

    Examples:

      outline diff 2023.txt 2024.txt

      outline diff 2023.txt 2024.txt --plan-vs-review

      outline diff 2023.txt 2024.txt -f html -o diff.html
    """
    import os

    from .errors import OutlineError
    from .main import parse_file

    try:
        docs = [parse_file(p, encoding=encoding) for p in (old, new)]
    except OutlineError as err:
        raise _fail(str(err))
    from .compare import diff as compare
    from .compare.html import render_html
    from .compare.render import render_json, render_markdown, render_text

    result = compare(docs[0], docs[1], plan_vs_review_=plan_vs_review)
    missing = result.plan_sections_missing(old, new) if plan_vs_review else []
    for message in missing:
        typer.echo(f"outline: {message}", err=True)
    if fmt is DiffFormat.json:
        text = render_json(result)
    elif fmt is DiffFormat.md:
        text = render_markdown(result)
    elif fmt is DiffFormat.html:
        text = render_html(result)
    else:
        use_colour = color if color is not None else (output is None and sys.stdout.isatty()
                                                      and "NO_COLOR" not in os.environ)
        text = render_text(result, colour=use_colour)
    _emit(text, output)
    # no plan or no review to compare is an answer, not a failure (the contract: exit 0)
    raise typer.Exit(0 if result.same or missing else 1)


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except SystemExit as done:
        # click reports usage errors with exit code 2, which is also diff's "error"
        raise done
    except KeyboardInterrupt:
        typer.echo("outline: interrupted", err=True)
        sys.exit(130)

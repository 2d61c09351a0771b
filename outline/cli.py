"""The ``outline`` command line: ``outline build REPORT…``.

Data goes to stdout (or ``-o``), messages to stderr; bad input is one line on
stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import os
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
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


def _extension(fmt: "Format") -> str:
    """The file extension of a format's outputs (from the one table of writers)."""
    from .render import WRITERS

    return WRITERS[fmt.value].extension


def _fail(message: str, code: int = 2) -> "typer.Exit":
    typer.echo(f"outline: error: {message}", err=True)
    return typer.Exit(code)


def _to_stdout(output: Optional[Path]) -> bool:
    return output is None or str(output) == "-"


def _emit(text: str, output: Optional[Path]) -> None:
    """Write ``text`` to ``output`` all at once (an existing file is replaced only when the
    whole text is written), or to stdout when there is none or it is ``-``."""
    from .errors import OutlineError
    from .output import write_atomic

    if _to_stdout(output):
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    assert output is not None
    try:
        write_atomic(output, text)
    except OutlineError as err:
        raise _fail(str(err))


class _Terminated(Exception):
    """SIGTERM, raised in the main thread so that a run ends the way Ctrl-C ends it."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated()


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"outline {version('outline')}")
        except PackageNotFoundError:  # pragma: no cover - run from a source tree
            typer.echo("outline (not installed)")
        raise typer.Exit(0)


_DEBUG = False


@app.callback()
def main(
    show_version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                      help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show the Python traceback of an internal error."),
) -> None:
    """Outline Chinese government work reports."""
    global _DEBUG
    _DEBUG = debug


@app.command()
def build(
    inputs: List[str] = typer.Argument(..., metavar="REPORT...", help="Report files (.txt, .docx, .pdf, .html), "
                                       "directories (every such file below, any case of extension, hidden "
                                       "folders skipped) or globs; '-' reads standard input."),
    fmt: Format = typer.Option(Format.md, "--format", "-f", help="md (default), json (the outline/1 contract), "
                               "jsonl (one JSON document a line), opml (for outliners) or tree (an indented view)."),
    output_arg: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file ('-': stdout); with "
                                          "several reports, a directory that gets one file per report, at the "
                                          "report's path below the inputs' common folder (jsonl and --sections: "
                                          "one file for all). A file is replaced only when its run succeeds."),
    sections: bool = typer.Option(False, "--sections", help="One JSON line per section (document, heading path, "
                                  "level, kind, marker, title, text): a table for pandas, DuckDB or Spark."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Processes to parse with (default: all cores).",
                             show_default=False),
    simplified: bool = typer.Option(False, "--simplified", help="Write titles and text in simplified "
                                    "characters (default: keep the source's script)."),
    body: bool = typer.Option(False, "--body", help="Markdown: include each section's text."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Force the input encoding "
                                           "(utf-8, gb18030, big5, utf-16); default: detected."),
    strict: bool = typer.Option(False, "--strict", help="Refuse a text with undecodable bytes (default: read "
                                "it with U+FFFD for them and warn)."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Extra cleaning rules (TOML, same format as "
                                         "outline/rules/noise.toml) added to the built-in ones."),
    exclude: List[str] = typer.Option([], "--exclude", help="Skip the files this glob matches (repeatable)."),
    disable: List[str] = typer.Option([], "--disable", help="Skip a cleaning step (repeatable): controls, "
                                      "inline-noise, blocks, trailer, noise-lines, running-heads, abstract, footer, "
                                      "flattened, resplit."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not print the documents' warnings."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also say what cleaning removed, per file."),
) -> None:
    """Build the outline of one or more reports.

    Warnings (a numbering gap, a text cut off, no headings) go to stderr as
    path:line: warning: message; -q silences them.

    Examples:

      outline build report.txt                    Markdown outline on stdout

      outline build report.docx -f json -o out.json

      outline build reports/ -f opml -o outlines/   one file per report, all cores

      outline build 'corpus/**/*.txt' -f jsonl -o corpus.jsonl

      outline build corpus/ --sections -o sections.jsonl --exclude 'drafts/*'
    """
    from . import batch
    from .errors import OutlineError
    from .output import AtomicFile, output_paths

    # (taken as a string: a Path would lose the trailing slash that makes it a folder)
    output = Path(output_arg) if output_arg is not None else None
    folder_named = output_arg is not None and output_arg.endswith(("/", os.sep))
    expanded = batch.expand_relative(inputs, exclude)
    names = [name for name, _ in expanded]
    if not names:
        raise _fail("no report files found in " + " ".join(inputs) + " (.txt, .docx, .pdf, .html)")
    kind = "sections" if sections else fmt.value
    one_stream = kind in ("jsonl", "sections")
    to_stdout = _to_stdout(output)
    if len(names) > 1 and to_stdout and not one_stream:
        raise _fail(f"{len(names)} reports given: add -o DIR to write one {_extension(fmt)} file per report "
                    "(or use -f jsonl / --sections for one stream)")
    as_dir = output is not None and not to_stdout and not one_stream and (
        len(names) > 1 or output.is_dir() or folder_named)
    if as_dir and output is not None and output.exists() and not output.is_dir():
        raise _fail(f"{output} is a file: with several reports, -o must be a directory")
    from .cleaning import STEP_NAMES

    unknown = [d for d in disable if d not in STEP_NAMES]
    if unknown:
        raise _fail(f"no cleaning step {', '.join(unknown)}: --disable takes {', '.join(STEP_NAMES)}")
    if rules is not None:
        from .cleaning import RulesError, load_rules

        try:
            load_rules(rules)
        except (OSError, RulesError) as err:
            raise _fail(str(err).splitlines()[0])
    if "-" in names:
        _build_stdin(kind, None if to_stdout else output, body, encoding, simplified, rules, strict, quiet,
                     tuple(disable))
        return
    targets = None
    try:
        if as_dir:
            assert output is not None
            # collisions: an error before anything is written
            targets = output_paths(names, [rel for _, rel in expanded], output, _extension(fmt))
    except OutlineError as err:
        raise _fail(str(err))
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    stream: Optional[AtomicFile] = None
    single: list[str] = []  # the one report's output, written when it parsed
    progress = _Progress(len(names)) if len(names) > 1 and sys.stderr.isatty() else None
    tally = _Tally()
    try:
        if output is not None and not to_stdout and one_stream:
            stream = AtomicFile(output)
        sink = _Sink(stream, targets, single if (output is not None and not to_stdout and not as_dir
                                                   and not one_stream) else None)
        _run_corpus(names, kind, sink, body, encoding, simplified, rules, jobs, progress, strict, quiet, verbose,
                    tally, tuple(disable))
        if stream is not None:
            if tally.written:
                stream.commit()
            else:
                stream.abort()  # nothing parsed: the old file stays
        if single:
            assert output is not None
            _emit(single[0], output)
    except (KeyboardInterrupt, _Terminated) as stop:
        if stream is not None:
            stream.abort()
        if progress:
            progress.stop()
            progress = None
        code = 143 if isinstance(stop, _Terminated) else 130
        if stream is not None or (single is not None and output is not None and not as_dir and not to_stdout):
            where = f"nothing changed in {output}"
        elif as_dir:
            where = f"{tally.written} of {len(names)} documents written to {output}"
        else:
            where = f"{tally.written} of {len(names)} documents written to stdout"
        typer.echo(f"outline: interrupted: {where}", err=True)
        raise typer.Exit(code)
    except OutlineError as err:
        if stream is not None:
            stream.abort()
        raise _fail(str(err))
    finally:
        signal.signal(signal.SIGTERM, previous)
        if progress:
            progress.stop()
    if len(names) > 1:
        typer.echo(f"outline: {tally.files} files, {tally.sections} sections, {tally.warnings} warnings, "
                   f"{tally.failures} failed", err=True)
    if tally.failures:
        raise typer.Exit(2 if tally.failures == tally.files else 1)


class _Tally:
    """What a run did so far."""

    def __init__(self) -> None:
        self.files = self.failures = self.sections = self.warnings = self.written = 0


class _Sink:
    """Where each parsed document's output goes: one stream, a file per report, the single
    output of a one-report run, or stdout."""

    def __init__(self, stream: Optional[object], targets: Optional[list[Path]], single: Optional[list[str]]) -> None:
        self.stream = stream
        self.targets = targets
        self.single = single

    def put(self, index: int, payload: str) -> None:
        from .output import write_atomic

        if self.stream is not None:
            self.stream.write(payload)  # type: ignore[attr-defined]
        elif self.targets is not None:
            target = self.targets[index]
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, payload)
        elif self.single is not None:
            self.single.append(payload)
        else:
            sys.stdout.write(payload)


def _run_corpus(names: List[str], kind: str, sink: _Sink, body: bool, encoding: Optional[str], simplified: bool,
                rules: Optional[Path], jobs: Optional[int], progress: Optional["_Progress"], strict: bool,
                quiet: bool, verbose: bool, tally: _Tally, disable: tuple[str, ...] = ()) -> None:
    """Parse and write every file, counting in ``tally``."""
    from . import batch

    def say(message: str) -> None:
        if progress:
            progress.print(message)
        else:
            typer.echo(message, err=True)

    for index, outcome in enumerate(batch.run(names, kind, body, encoding, simplified, str(rules) if rules else None,
                                              jobs or batch.default_jobs(), strict, disable)):
        tally.files += 1
        if outcome.payload is None:
            tally.failures += 1
            say(f"outline: error: {outcome.error}")
        else:
            tally.sections += outcome.sections
            tally.warnings += outcome.warnings
            sink.put(index, outcome.payload)
            tally.written += 1
            if not quiet:
                for line in outcome.warning_lines:
                    say(line)
            if verbose:
                for line in outcome.notes:
                    say(line)
        if progress:
            progress.update(tally.files, tally.failures)


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
                 rules: Optional[Path], strict: bool, quiet: bool, disable: tuple[str, ...] = ()) -> None:
    from .batch import render, warning_lines
    from .cleaning import load_rules
    from .errors import OutlineError
    from .main import parse_bytes

    try:
        doc = parse_bytes(sys.stdin.buffer.read(), name="<stdin>", encoding=encoding, simplified=simplified,
                          rules=load_rules(rules) if rules else None, strict=strict, disable=disable)
    except OutlineError as err:
        raise _fail(str(err))
    text = render(doc, kind, body, "<stdin>")
    _emit(text, output)
    if not quiet:
        for line in warning_lines(doc, "<stdin>"):
            typer.echo(line, err=True)


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
                               "terminal, and never with NO_COLOR set to anything)."),
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

    from .main import parse_bytes

    if old == "-" and new == "-":
        raise _fail("only one of OLD and NEW can be '-' (standard input)")
    try:
        docs = [parse_bytes(sys.stdin.buffer.read(), name="<stdin>", encoding=encoding) if p == "-"
                else parse_file(p, encoding=encoding) for p in (old, new)]
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
                                                      and not os.environ.get("NO_COLOR"))
        text = render_text(result, colour=use_colour)
    _emit(text, output)
    # no plan or no review to compare is an answer, not a failure (the contract: exit 0)
    raise typer.Exit(0 if result.same or missing else 1)


def _last_resort(err: BaseException) -> None:
    """A one-line message and an exit code for what escaped every command's own handling."""
    if isinstance(err, BrokenPipeError):
        # the reader of our stdout went away (outline build … | head): stop quietly
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except OSError:
            pass
        sys.exit(141)
    if _DEBUG or "--debug" in sys.argv:
        raise err
    if isinstance(err, OSError):
        where = f": {err.filename}" if err.filename else ""
        typer.echo(f"outline: error: {err.strerror or err}{where}", err=True)
        sys.exit(2)
    typer.echo(f"outline: internal error: {type(err).__name__}: {err} (run again with --debug for the "
               "traceback, and please report it)", err=True)
    sys.exit(70)


def run() -> None:
    """Console-script entry point: a one-line error for anything that goes wrong, a traceback
    only with ``--debug``."""
    try:
        code = app(standalone_mode=False)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except _Terminated:
        typer.echo("outline: terminated", err=True)
        sys.exit(143)
    except Exception as err:
        # typer 0.28 carries its own copy of click: its exceptions are recognized by what they do
        if hasattr(err, "show") and hasattr(err, "exit_code"):  # usage errors: click's message, exit 2
            err.show()
            sys.exit(err.exit_code)
        if type(err).__name__ == "Abort":
            typer.echo("outline: interrupted", err=True)
            sys.exit(130)
        if type(err).__name__ == "Exit" and hasattr(err, "exit_code"):
            sys.exit(err.exit_code)
        _last_resort(err)
    except KeyboardInterrupt:
        typer.echo("outline: interrupted", err=True)
        sys.exit(130)
    except BaseException as err:
        if isinstance(err, SystemExit):
            raise
        _last_resort(err)
    try:
        sys.stdout.flush()
        sys.exit(code if isinstance(code, int) else 0)
    except BrokenPipeError:
        sys.exit(141)
    except OSError as err:
        typer.echo(f"outline: error: cannot write to stdout: {err.strerror}", err=True)
        sys.exit(2)

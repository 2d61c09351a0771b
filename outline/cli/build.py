"""``outline build``: one report or a corpus, to one stream or a file per report."""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, List, Optional

import typer

from .common import Format, _emit, _extension, _fail, _on_sigterm, _Terminated, _to_stdout, _write_stdout, app
from .progress import _Progress

if TYPE_CHECKING:
    from ..batch import Outcome

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
                                         "outline/rules/*.toml, described in outline/rules/README.md) added to the "
                                         "built-in ones."),
    exclude: List[str] = typer.Option([], "--exclude", help="Skip the files this glob matches (repeatable)."),
    disable: List[str] = typer.Option([], "--disable", help="Skip a cleaning step (repeatable): controls, "
                                      "letter-spacing, inline-noise, blocks, trailer, noise-lines, running-heads, "
                                      "abstract, footer, flattened, resplit."),
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
    from .. import batch
    from ..errors import OutlineError
    from ..output import AtomicFile, output_paths

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
    from ..cleaning import STEP_NAMES

    unknown = [d for d in disable if d not in STEP_NAMES]
    if unknown:
        raise _fail(f"no cleaning step {', '.join(unknown)}: --disable takes {', '.join(STEP_NAMES)}")
    if rules is not None:
        from ..cleaning import RulesError, load_rules

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
    single: list[bytes] = []  # the one report's output, written when it parsed
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
        # End now: the pool's workers are terminated, the outputs settled; the interpreter's own
        # shutdown would join the executor's threads, which a signal may interrupt mid-join
        for stream_out in (sys.stdout, sys.stderr):
            try:
                stream_out.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)
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

    def __init__(self, stream: Optional[object], targets: Optional[list[Path]],
                 single: Optional[list[bytes]]) -> None:
        self.stream = stream
        self.targets = targets
        self.single = single

    def put(self, index: int, payload: bytes) -> None:
        from ..output import write_atomic

        if self.stream is not None:
            self.stream.write(payload)  # type: ignore[attr-defined]
        elif self.targets is not None:
            target = self.targets[index]
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, payload)
        elif self.single is not None:
            self.single.append(payload)
        else:
            _write_stdout(payload)


def _run_corpus(names: List[str], kind: str, sink: _Sink, body: bool, encoding: Optional[str], simplified: bool,
                rules: Optional[Path], jobs: Optional[int], progress: Optional["_Progress"], strict: bool,
                quiet: bool, verbose: bool, tally: _Tally, disable: tuple[str, ...] = ()) -> None:
    """Parse and write every file, counting in ``tally``."""
    from .. import batch

    def say(message: str) -> None:
        if progress:
            progress.print(message)
        else:
            typer.echo(message, err=True)

    outcomes = batch.run(names, kind, body, encoding, simplified, str(rules) if rules else None,
                         jobs or batch.default_jobs(), strict, disable)
    try:
        for index, outcome in enumerate(outcomes):
            _take(outcome, index, sink, tally, say, quiet, verbose)
            if progress:
                progress.update(tally.files, tally.failures)
    finally:
        # an interruption raised here (a signal while writing) must still stop the pool: closing
        # the generator runs its clean-up, which terminates the workers
        outcomes.close()


def _take(outcome: "Outcome", index: int, sink: _Sink, tally: _Tally, say: "Callable[[str], None]", quiet: bool,
          verbose: bool) -> None:
    """Count one report's outcome and write its output (or its error)."""
    tally.files += 1
    if outcome.payload is None:
        tally.failures += 1
        say(f"outline: error: {outcome.error}")
        return
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


def _build_stdin(kind: str, output: Optional[Path], body: bool, encoding: Optional[str], simplified: bool,
                 rules: Optional[Path], strict: bool, quiet: bool, disable: tuple[str, ...] = ()) -> None:
    from ..batch import render, warning_lines
    from ..cleaning import load_rules
    from ..errors import OutlineError
    from ..main import parse_bytes

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

"""What the commands share: the app, the formats, writing outputs, failing in one line."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

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
    from ..render import WRITERS

    return WRITERS[fmt.value].extension


def _fail(message: str, code: int = 2) -> "typer.Exit":
    typer.echo(f"outline: error: {message}", err=True)
    return typer.Exit(code)


def _to_stdout(output: Optional[Path]) -> bool:
    return output is None or str(output) == "-"


def _write_stdout(data: str | bytes) -> None:
    """Text or UTF-8 bytes to stdout (bytes go to its buffer, after any text written before)."""
    if isinstance(data, str):
        sys.stdout.write(data)
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # (a stdout replaced by a text-only stream: a test's capture)
        sys.stdout.write(data.decode("utf-8"))
        return
    sys.stdout.flush()
    buffer.write(data)


def _emit(text: str | bytes, output: Optional[Path]) -> None:
    """Write ``text`` (or UTF-8 bytes) to ``output`` all at once (an existing file is replaced
    only when the whole text is written), or to stdout when there is none or it is ``-``."""
    from ..errors import OutlineError
    from ..output import write_atomic

    if _to_stdout(output):
        _write_stdout(text)
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


DEBUG = False  # --debug: show the traceback of an internal error


@app.callback()
def main(
    show_version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                      help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show the Python traceback of an internal error."),
) -> None:
    """Outline Chinese government work reports."""
    global DEBUG
    DEBUG = debug

"""The ``outline`` command line: ``outline build REPORT…`` and ``outline diff OLD NEW``.

Data goes to stdout (or ``-o``), messages to stderr; bad input is one line on stderr and a
non-zero exit, never a traceback (``--debug`` shows one).  One module a command
(:mod:`.build`, :mod:`.diff`); this one holds the app, what both share and the entry point.
"""
from __future__ import annotations

import os
import sys

import typer

from . import build as _build_command  # noqa: F401  (registers ``build`` on the app)
from . import common
from . import diff as _diff_command  # noqa: F401  (registers ``diff``)
from .common import Format, _Terminated, app

__all__ = ["app", "run", "Format"]


def _last_resort(err: BaseException) -> None:
    """A one-line message and an exit code for what escaped every command's own handling."""
    if isinstance(err, BrokenPipeError):
        # the reader of our stdout went away (outline build … | head): stop quietly
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except OSError:
            pass
        sys.exit(141)
    if common.DEBUG or "--debug" in sys.argv:
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



"""``outline diff``: compare two reports' outlines."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .common import _emit, _fail, app

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

    from ..errors import OutlineError
    from ..main import parse_file

    from ..main import parse_bytes

    if old == "-" and new == "-":
        raise _fail("only one of OLD and NEW can be '-' (standard input)")
    try:
        docs = [parse_bytes(sys.stdin.buffer.read(), name="<stdin>", encoding=encoding) if p == "-"
                else parse_file(p, encoding=encoding) for p in (old, new)]
    except OutlineError as err:
        raise _fail(str(err))
    from ..compare import diff as compare
    from ..compare.html import render_html
    from ..compare.render import render_json, render_markdown, render_text

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

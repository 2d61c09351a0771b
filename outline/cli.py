"""The ``outline`` command line: ``outline build REPORT…``.

Data goes to stdout (or ``-o``), messages to stderr; bad input is one line on
stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

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
    opml = "opml"
    tree = "tree"


_EXT = {Format.md: ".md", Format.json: ".json", Format.opml: ".opml", Format.tree: ".txt"}


def _fail(message: str, code: int = 2) -> "typer.Exit":
    typer.echo(f"outline: error: {message}", err=True)
    return typer.Exit(code)


def _render(doc, fmt: Format, body: bool) -> str:
    if fmt is Format.json:
        return doc.to_json() + "\n"
    if fmt is Format.opml:
        return doc.to_opml()
    if fmt is Format.tree:
        return doc.to_text_tree()
    return doc.to_markdown(body=body)


@app.callback()
def main() -> None:
    """Outline Chinese government work reports."""


@app.command()
def build(
    inputs: List[str] = typer.Argument(..., metavar="REPORT...", help="Report text files; '-' reads standard input."),
    fmt: Format = typer.Option(Format.md, "--format", "-f", help="md (default), json (the outline/1 contract), "
                               "opml (for outliners) or tree (an indented view)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file; with several "
                                          "reports, a directory that gets one file per report."),
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

      outline build a.txt b.txt -f opml -o outlines/
    """
    from .cleaning import load_rules
    from .errors import OutlineError
    from .main import parse_bytes, parse_file

    if len(inputs) > 1 and output is None:
        raise _fail(f"{len(inputs)} reports given: add -o DIR to write one {_EXT[fmt]} file per report")
    if len(inputs) > 1 and output is not None and output.exists() and not output.is_dir():
        raise _fail(f"{output} is a file: with several reports, -o must be a directory")
    try:
        extra_rules = load_rules(rules) if rules else None
    except (OSError, ValueError) as err:
        raise _fail(f"cannot read rules {rules}: {err}".splitlines()[0])
    failures = 0
    for name in inputs:
        try:
            if name == "-":
                doc = parse_bytes(sys.stdin.buffer.read(), name="<stdin>", encoding=encoding,
                                  simplified=simplified, rules=extra_rules)
            else:
                doc = parse_file(name, encoding=encoding, simplified=simplified, rules=extra_rules)
            rendered = _render(doc, fmt, body)
        except OutlineError as err:
            typer.echo(f"outline: error: {err}", err=True)
            failures += 1
            continue
        except Exception as err:  # a bug of ours: still one line, and a way to report it
            typer.echo(f"outline: internal error on {name}: {type(err).__name__}: {err} "
                       "(please report it with the input file)", err=True)
            failures += 1
            continue
        if output is None:
            sys.stdout.write(rendered)
        else:
            target = output
            if len(inputs) > 1 or output.is_dir():
                output.mkdir(parents=True, exist_ok=True)
                target = output / (Path(name if name != "-" else "stdin").stem + _EXT[fmt])
            try:
                target.write_text(rendered, encoding="utf-8")
            except OSError as err:
                raise _fail(f"cannot write {target}: {err.strerror}")
    if failures:
        raise typer.Exit(2 if failures == len(inputs) else 1)


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
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as err:
            raise _fail(f"cannot write {output}: {err.strerror}")
    raise typer.Exit(0 if result.same else 1)


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

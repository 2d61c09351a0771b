"""What cleaning works on and gives back: physical lines, removals, paragraphs, the cleaned text."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, NamedTuple

LINK_TEXT_MAX = 40  # a line of a link list (another report's title, a tag) is no longer than this


@dataclass(slots=True)
class Line:
    """A physical piece of text and the 1-based source line it starts on."""

    text: str
    line: int
    gap: int | None = None  # set on lines that mark a gap: the hidden count, or -1 when unknown
    #: display columns of white space the line opened with before it was stripped: a first-line
    #: indent, as ``pdftotext -layout`` and the PDF reader keep it (:mod:`layout` reads it)
    indent: int = 0
    #: the line ended in white space before it was stripped (``…贤力量。 ``: in a flattened
    #: report, the space that stood for a paragraph break, where a wrap then broke the line)
    spaced_end: bool = False


class Removal(NamedTuple):
    """Something cleaning took out of the text: which rule, where, and what."""

    rule: str
    line: int
    text: str


class Paragraph(NamedTuple):
    """A logical paragraph of the cleaned text: ``text[start:end]`` (a named tuple: immutable,
    and a third of a frozen dataclass's cost to make)."""

    start: int
    end: int
    line: int
    gap: int | None = None


@dataclass
class Cleaned:
    """The cleaned text, cut into paragraphs, with what cleaning removed."""

    text: str
    paragraphs: list[Paragraph]
    removed: list[Removal] = field(default_factory=list)
    footer: list[Removal] = field(default_factory=list)
    #: where each piece of the text starts (sorted), and the source line it came from
    anchor_offsets: list[int] = field(default_factory=list)
    anchor_lines: list[int] = field(default_factory=list)
    #: what the reader's format knew of a source line (:class:`readers.hints.LineHint`), by line
    hints: dict[int, Any] = field(default_factory=dict)
    #: the script of the decoded text (``simplified``, ``traditional``, ``unknown``)
    script: str = "unknown"
    #: cleaning cut a line that held a flattened report (or page) into paragraphs
    flattened: bool = False

    def line_at(self, offset: int) -> int:
        """Source line (1-based) of a character of the cleaned text."""
        # (two lists of ints: bisect compares ints, not tuples, at half the cost)
        i = bisect.bisect_right(self.anchor_offsets, offset) - 1
        return self.anchor_lines[i] if i >= 0 else 1

"""What a file's format knows about a line that its text has lost: bold, size, page, Word's
numbering, centring, a running header or footer.  Readers give one :class:`LineHint` per line
of their text; the stages after cleaning may take them as evidence (a centred or large line
among the first is the title; a bold opening sentence is a run-in lead), never as a fixed
table: GB/T 9704 bold and font conventions vary between offices.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class LineHint:
    """Evidence about one line of a reader's text.

    Attributes:
        bold: the whole line is bold (``True``), only its opening run (``"opening"``), or not.
        font_size: the line's type size relative to the body's (1.0: body text), if known.
        page: the 1-based page the line is on (PDF), if known.
        page_break_before: the line opens a page.
        numbering: Word's automatic number rendered for the line and its list level (``("（一）", 1)``).
        align_center: the line is centred.
        header_footer: the line is a page's running header or footer.
    """

    bold: bool | str = False
    font_size: float | None = None
    page: int | None = None
    page_break_before: bool = False
    numbering: tuple[str, int] | None = None
    align_center: bool = False
    header_footer: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The fields that say something (for JSON)."""
        return {k: v for k, v in asdict(self).items() if v not in (None, False)}

    @property
    def emphasized(self) -> bool:
        """Bold, centred or larger than the body: how a title or a heading stands out."""
        return self.bold is True or self.align_center or (self.font_size is not None and self.font_size >= 1.15)

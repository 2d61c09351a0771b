"""Clean decoded text into paragraphs: newlines, noise, gaps, footers, broken lines.

Cleaning is an ordered chain of named steps (:data:`STEPS`), each a small function over the
list of physical :class:`Line` s, in the manner of markdown-it's rule chains: one module a
family of steps, the noise, gap and footer patterns as data (``rules/*.toml``, one file a family), and any
step but the ones that make lines and paragraphs can be turned off (``outline build
--disable STEP``).  Whatever a step removes is recorded as a :class:`Removal`, so nothing
disappears silently.  The result is the *cleaned text*: every character of it ends up in
exactly one node.
"""
from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from ..script import detect_script
from .abstract import drop_abstract
from .flatten import SENTENCE_BREAK_SCAN, split_flattened
from .resplit import holds_long_paragraph, resplit_flattened
from .join import join_wrapped
from .lines import drop_controls, holds_controls, split_lines
from ..lexicon import END_PUNCT
from .model import Cleaned, Line, Paragraph, Removal
from .spacing import holds_letter_spacing, undo_letter_spacing
from .noise import apply_inline, drop_blocks, drop_noise_lines, drop_trailer, strip_lines, take_footer
from .pages import drop_running_heads
from .rules import InlineRule, Rules, RulesError, default_rules, load_rules


@dataclass
class State:
    """What the steps share: the rules, and what they removed or moved to metadata."""

    rules: Rules
    removed: list[Removal] = field(default_factory=list)
    footer: list[Removal] = field(default_factory=list)


Step = Callable[[list[Line], State], list[Line]]

#: The steps between making the lines and joining them into paragraphs, in order: (name, step).
STEPS: list[tuple[str, Step]] = [
    ("controls", lambda lines, s: drop_controls(lines, s.removed)),
    ("letter-spacing", lambda lines, s: undo_letter_spacing(lines, s.removed)),
    ("inline-noise", lambda lines, s: apply_inline(lines, s.rules, s.removed)),
    ("blocks", lambda lines, s: drop_blocks(lines, s.rules, s.removed)),
    ("trailer", lambda lines, s: drop_trailer(lines, s.rules, s.removed)),
    ("noise-lines", lambda lines, s: drop_noise_lines(lines, s.rules, s.removed)),
    ("running-heads", lambda lines, s: drop_running_heads(lines, s.removed)),
    ("abstract", lambda lines, s: drop_abstract(lines, s.removed)),
    ("footer", lambda lines, s: take_footer(lines, s.rules, s.footer)),
    ("flattened", lambda lines, s: split_flattened(lines)),
]
#: What ``--disable`` accepts: every step above, and the cut of a wrapped flattened report.
STEP_NAMES = tuple(name for name, _ in STEPS) + ("resplit",)


def clean(text: str, rules: Rules | None = None, paragraph_lines: bool = False,
          disabled: Collection[str] = ()) -> Cleaned:
    """Run every cleaning step over decoded ``text``.

    Args:
        rules: the noise rules (default: the packaged ones).
        paragraph_lines: the text came from a reader that knows where paragraphs end (one a
            line: Word, a web page's blocks), not from plain text.
        disabled: names of steps (:data:`STEP_NAMES`) not to run.
    """
    unknown = set(disabled) - set(STEP_NAMES)
    if unknown:
        raise ValueError(f"no cleaning step {', '.join(sorted(unknown))}; the steps are {', '.join(STEP_NAMES)}")
    rules = rules or default_rules()
    script = detect_script(text)
    if script == "traditional":
        rules = rules.both_scripts()  # the rules are written in simplified characters
    state = State(rules)
    flattened = False
    lines = split_lines(text, state.removed)
    for name, step in STEPS:
        if name in disabled:
            if name == "noise-lines":
                lines = strip_lines(lines)  # (the steps after it take its stripped lines for granted)
            continue
        if name == "controls" and not holds_controls(text):
            continue  # (most texts hold no control character: one search spares the step)
        if name == "letter-spacing" and not holds_letter_spacing(text):
            continue  # (most texts: a few literal searches spare the step)
        cut_from = len(lines)
        lines = step(lines, state)
        if name == "flattened" and len(lines) != cut_from:
            flattened = True
            # (a flattened report's page trailer, signature and date were inside its one line: look again)
            if "trailer" not in disabled:
                lines = drop_trailer(lines, state.rules, state.removed)
            if "footer" not in disabled:
                lines = take_footer(lines, state.rules, state.footer)
    groups = join_wrapped(lines, paragraph_lines)
    if "resplit" not in disabled and (SENTENCE_BREAK_SCAN.search(text) is not None or holds_long_paragraph(groups)):
        # (only a text with a space after a full stop somewhere, or a paragraph a report long)
        joined = len(groups)
        groups = resplit_flattened(groups)
        flattened = flattened or len(groups) != joined
    cleaned = _assemble(groups, state)
    cleaned.script = script
    cleaned.flattened = flattened
    return cleaned


def _assemble(groups: list[list[Line]], state: State) -> Cleaned:
    """The cleaned text: the paragraphs joined by newlines, each piece anchored to its source line."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offsets: list[int] = []
    lines: list[int] = []
    offset = 0
    for group in groups:
        start = offset
        if len(group) == 1:  # (most paragraphs are one line: no pieces to join)
            ln = group[0]
            offsets.append(offset)
            lines.append(ln.line)
            parts.append(ln.text)
            offset += len(ln.text)
            paragraphs.append(Paragraph(start, offset, ln.line, ln.gap))
            offset += 1
            continue
        pieces = []
        for ln in group:
            piece = ln.text
            offsets.append(offset)
            lines.append(ln.line)
            pieces.append(piece)
            offset += len(piece)
        parts.append("".join(pieces))
        paragraphs.append(Paragraph(start, offset, group[0].line, group[0].gap))
        offset += 1  # the "\n" between paragraphs
    return Cleaned("\n".join(parts), paragraphs, state.removed, state.footer, offsets, lines)


__all__ = ["clean", "Cleaned", "Paragraph", "Removal", "Line", "Rules", "RulesError", "InlineRule", "default_rules",
           "load_rules", "END_PUNCT", "STEPS", "STEP_NAMES"]

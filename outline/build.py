"""Units into a tree: make a node of each unit, hang it where the levels say.

Where each unit hangs is decided by :mod:`outline.levels` (a pure function of the unit
sequence), the numbering is checked by :mod:`outline.numbering`; this module only makes the
nodes (title, body, line) and attaches them.
"""
from __future__ import annotations

from .cleaning import Cleaned
from .leads import BACK_MATTER
from .levels import ROOT, nest
from .numbering import check_numbering
from .script import fold_script
from .tree import Node, Warning_, make_node
from .units import Unit, shown_title


def make_title(text: str, unit: Unit) -> str:
    """A heading's title: its first sentence, white space removed, trailing ：:。 dropped."""
    return shown_title(text[unit.title_start:unit.title_end]).rstrip("：:。；;，,")


def build_tree(root: Node, units: list[Unit], cleaned: Cleaned) -> list[Warning_]:
    """Make a node of every unit and attach it where :func:`levels.nest` puts it; return the
    numbering warnings (:func:`numbering.check_numbering`)."""
    text = cleaned.text
    nodes = []
    for i, unit in enumerate(units):
        end = units[i + 1].start if i + 1 < len(units) else len(text)
        kind = unit.kind
        title = "" if kind == "gap" else make_title(text, unit)
        nodes.append(make_node(kind, unit.marker, unit.number, title, text[unit.body_start:end].strip(),
                               cleaned.line_at(unit.start), unit.family, unit.start, unit.body_start, end,
                               unit.hidden, unit.verb))
    # a glossary or an attachment after the last section (名词解释, 附件2：…) hangs from the report
    back_matter = {i for i, (unit, node) in enumerate(zip(units, nodes))
                   if unit.family == "lead-line" and BACK_MATTER.match(fold_script(node.title))}
    nesting = nest(units, [p.start for p in cleaned.paragraphs], back_matter)
    for node, parent in zip(nodes, nesting.parents):
        (root if parent == ROOT else nodes[parent]).adopt(node)
    return check_numbering(units, nodes, nesting.follows, back_matter)

"""outline: the heading tree of Chinese government work reports.

>>> import outline
>>> doc = outline.parse("某镇2024年工作总结\\n一、工作回顾\\n（一）抓项目。一是稳增长。")
>>> [n.name for n in doc.children]
['一、 工作回顾']
"""
from typing import TYPE_CHECKING

from .errors import OutlineError
from .main import parse, parse_bytes, parse_file
from .render.sections import section_rows
from .tree import SCHEMA, Document, Node

if TYPE_CHECKING:
    from .compare import DiffResult



def diff(old: Document, new: Document, *, plan_vs_review: bool = False) -> "DiffResult":
    """Compare two outlines (see :mod:`outline.compare`): what was added, removed, renamed,
    moved, reordered, promoted or demoted; with ``plan_vs_review``, what the old plan became."""
    from .compare import diff as _diff

    return _diff(old, new, plan_vs_review_=plan_vs_review)


__all__ = ["parse", "parse_bytes", "parse_file", "section_rows", "diff", "Document", "Node", "OutlineError", "SCHEMA"]
__version__ = "0.1.0"

"""outline: the heading tree of Chinese government work reports.

>>> import outline
>>> doc = outline.parse("某镇2024年工作总结\\n一、工作回顾\\n（一）抓项目。一是稳增长。")
>>> [n.name for n in doc.children]
['一、 工作回顾']
"""
from .errors import OutlineError
from .main import parse, parse_bytes, parse_file
from .tree import SCHEMA, Document, Node

__all__ = ["parse", "parse_bytes", "parse_file", "Document", "Node", "OutlineError", "SCHEMA"]
__version__ = "0.1.0"

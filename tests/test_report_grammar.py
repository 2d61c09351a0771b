"""grammar/report.lark states what a report is; every outline the builder makes is one."""
import pytest
from lark.exceptions import UnexpectedInput

import outline
from outline.report import reparse, shape
from outline.tree import Document, Node
from test_golden import REPORTS


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_every_real_outline_reads_back_through_the_report_grammar(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    for damaged in (text, text.replace("\n", " "), "\n".join(text[i:i + 31] for i in range(0, len(text), 31))):
        doc = outline.parse(damaged)
        assert reparse(doc) == shape(doc)


def _doc(*top: Node) -> Document:
    doc = Document("t", {}, [], "")
    for node in top:
        doc.adopt(node)
    return doc


def test_nothing_hangs_under_a_gap_and_back_matter_stands_at_the_top():
    gap = Node("gap", hidden=10)
    Node("item", title="甲", parent=gap)
    with pytest.raises(UnexpectedInput):
        reparse(_doc(Node("heading", title="一"), gap))
    heading = Node("heading", title="工作回顾")
    Node("lead", family="lead-line", title="名词解释", parent=heading)
    with pytest.raises(UnexpectedInput):
        reparse(_doc(heading))
    # at the top, back matter may hold entries and be followed by more
    glossary = Node("lead", family="lead-line", title="名词解释")
    Node("heading", title="词条", parent=glossary)
    doc = _doc(Node("heading", title="工作回顾"), glossary, Node("lead", family="lead-line", title="附件"))
    assert reparse(doc) == shape(doc)

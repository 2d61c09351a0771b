"""The "nothing is lost" invariant, checked on any parsed document."""
from __future__ import annotations

import outline

# What a title may drop from its head: sentence punctuation and closing quotes.
_DROPPABLE = set("。！？；：:;!?，,”’」』 \t\n\u3000")


def visible(s: str) -> str:
    return "".join(s.split())


def assert_nothing_lost(doc: outline.Document) -> None:
    """Every character of the cleaned text belongs to exactly one node's title or body.

    The nodes' regions tile the cleaned text in document order; each region is the
    node's head (marker and title, plus the punctuation that ends the title) followed
    by its body, which is exactly the node's ``text``.
    """
    text = doc.cleaned_text
    assert doc.start == 0
    position = doc.end
    root_region = text[:doc.end]
    if doc.title:
        root, title = visible(root_region), visible(doc.title)  # (a title keeps Latin word spaces)
        # the preamble is the root region without the title line (wherever that stands)
        at = [i for i in range(len(root)) if root.startswith(title, i)]
        assert any(root[:i] + root[i + len(title):] == visible(doc.text) for i in at)
    else:
        assert visible(root_region) == visible(doc.text)
    for node in doc.nodes():
        assert node.start == position, f"{node!r} starts at {node.start}, expected {position}"
        assert node.start <= node.body_start <= node.end
        head = visible(text[node.start:node.body_start])
        said = visible((node.marker or "") + node.title)
        assert head.startswith(said), (head, said)
        assert set(head[len(said):]) <= _DROPPABLE, (node, head[len(said):])
        assert node.text == text[node.body_start:node.end].strip()
        position = node.end
    assert position == len(text)

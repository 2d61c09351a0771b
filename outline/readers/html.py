"""Read a saved web page: its text, one block a line, without scripts, styles, navigation,
headers, footers and forms.

Rules of our own on the standard library's HTML parser (no dependency): block elements and
``<br>`` end lines, so ``<br>``-separated text in one ``<div>``, table layouts (a row a line)
and WeChat's ``<section><span>`` soup all come out one paragraph a line; what is left of a
page's chrome (breadcrumbs, share buttons, the 主办单位/ICP footer) is the web noise the
cleaning rules already drop and list.  The page is decoded by its ``<meta charset>``, then by
detection.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
                  "template", "svg", "button", "select", "head"})
BLOCK = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3",
                   "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "dl", "center", "hr", "title", "body"})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"})


def sniff_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB, if any."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return "gb18030" if name in ("gb2312", "gbk") else name


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP and tag not in VOID:
            self.skipping += 1
        elif tag == "br" or tag in BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP and tag not in VOID:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(data.replace("\n", " ").replace("\r", " "))


def html_text(markup: str) -> str:
    """The text of a page, one block a line, blank lines squeezed."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = [ln.strip(" \t") for ln in "".join(parser.out).split("\n")]
    return "\n".join(ln for ln in lines if ln)

"""Read a saved web page: the article's text, one block a line, and what was dropped around it.

Rules of our own on the standard library's HTML parser (no dependency; trafilatura and
readability pull in lxml and their own heuristics, and on government pages these rules found
the article every time):

1. the page is parsed into a small tree; ``<script>``, ``<style>``, forms, ``<template>`` and
   ``<svg>`` carry no report text and go;
2. the article is the element that holds the most Chinese text in its paragraphs, as in
   readability: each block's characters count for its parent, half for its grandparent, and
   link text counts against them (navigation and related-article lists are links);
3. the article's blocks and ``<br>`` end lines, so ``<br>``-separated text in one ``<div>``,
   table layouts (a row a line) and WeChat's ``<section><span>`` soup come out one paragraph a
   line; the page's headline (``<h1>``–``<h3>`` or a title-classed element before the article)
   opens the text when the article does not start with it;
4. every text block outside the article (navigation, breadcrumbs, share buttons, related
   lists, the 主办单位/ICP footer) is listed as dropped, with its line in the page.

The page is decoded by its ``<meta charset>``, then by detection.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .hints import LineHint

SKIP = frozenset({"script", "style", "noscript", "template", "svg", "select", "button", "iframe", "head"})
BLOCK = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "tr", "table", "tbody", "thead",
                   "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "dl", "center", "hr",
                   "header", "footer", "nav", "aside", "form", "body", "html", "td", "th", "figure", "figcaption"})
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TITLE_CLASS = re.compile(r"title|headline|biaoti|bt\b", re.I)
GRANDPARENT_SHARE = 0.5
MIN_ARTICLE = 40  # Chinese characters below which a page has no article to pick: all of it is kept


def sniff_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB, if any."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return "gb18030" if name in ("gb2312", "gbk") else name


@dataclass(eq=False)
class Element:
    """A node of the page: a tag with its children (elements and text)."""

    tag: str
    attrs: dict[str, str]
    line: int
    parent: "Element | None" = None
    children: list["Element | str"] = field(default_factory=list)
    score: float = 0.0


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, 1)
        self.stack = [self.root]
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag == "p" and self.stack[-1].tag == "p":
            self.stack.pop()  # an unclosed <p> ends where the next begins
        el = Element(tag, {k: v or "" for k, v in attrs}, self.getpos()[0], self.stack[-1])
        self.stack[-1].children.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping:
            self.stack[-1].children.append(Element(tag, {}, self.getpos()[0], self.stack[-1]))

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in SKIP:
                self.skipping -= 1
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.stack[-1].children.append(data.replace("\r", " ").replace("\n", " "))


def _lines(el: Element, out: list[str]) -> None:
    """The text of ``el``, blocks and <br> ending lines, into ``out`` (a list of pieces)."""
    for child in el.children:
        if isinstance(child, str):
            out.append(child)
        elif child.tag == "br":
            out.append("\n")
        elif child.tag in ("td", "th"):
            out.append("\t")
            _lines(child, out)
        elif child.tag in BLOCK:
            out.append("\n")
            _lines(child, out)
            out.append("\n")
        else:
            _lines(child, out)


def _squeeze(pieces: list[str]) -> list[str]:
    lines = [ln.strip(" \t") for ln in "".join(pieces).split("\n")]
    return [ln for ln in lines if ln]


def _own_text(el: Element) -> tuple[int, int]:
    """Chinese characters in ``el``'s own text (not in its block children), and in its links."""
    han = links = 0
    for child in el.children:
        if isinstance(child, str):
            han += len(_HAN.findall(child))
        elif child.tag not in BLOCK:
            h, inner_links = _own_text(child)
            han += h
            links += h if child.tag == "a" else inner_links
    return han, links


def _walk(el: Element):  # type: ignore[no-untyped-def]
    yield el
    for child in el.children:
        if isinstance(child, Element):
            yield from _walk(child)


def _article(root: Element) -> Element | None:
    """The element holding the most Chinese text in its blocks, links counting against it."""
    for el in _walk(root):
        if el.tag not in BLOCK or el.tag in ("html", "body"):
            continue
        han, links = _own_text(el)
        value = han - 2 * links
        if value <= 0:
            continue
        if el.parent is not None:
            el.parent.score += value
            if el.parent.parent is not None:
                el.parent.parent.score += GRANDPARENT_SHARE * value
    best = max((el for el in _walk(root) if el.tag not in ("#root", "html", "body")), key=lambda e: e.score,
               default=None)
    return best if best is not None and best.score >= MIN_ARTICLE else None


def _headline(root: Element, article: Element) -> str | None:
    """The page's headline before the article: its last <h1>–<h3> or title-classed element."""
    found = None
    for el in _walk(root):
        if el is article:
            break
        if el.tag in ("h1", "h2", "h3") or _TITLE_CLASS.search(el.attrs.get("class", "") + el.attrs.get("id", "")):
            pieces: list[str] = []
            _lines(el, pieces)
            text = " ".join(_squeeze(pieces))
            if 4 <= len(_HAN.findall(text)) and len(text) <= 60:
                found = text
    return found


def _dropped(el: Element, article: Element, out: list[tuple[str, int, str]]) -> None:
    """Every text block outside ``article``, as (rule, line, text)."""
    if el is article:
        return
    inline: list[str] = []
    for child in el.children:
        if isinstance(child, str):
            inline.append(child)
        elif child.tag in BLOCK:
            _dropped(child, article, out)
        elif child.tag == "br":
            inline.append(" ")
        elif any(x is article for x in _walk(child)):
            _dropped(child, article, out)
        else:
            pieces: list[str] = []
            _lines(child, pieces)
            inline.append("".join(pieces))
    text = " ".join("".join(inline).split())
    if text:
        what = el.tag if el.tag in ("nav", "header", "footer", "aside", "form") else "outside the article"
        out.append((f"html: {what}", el.line, text))


_CENTRE = re.compile(r"text-align\s*:\s*center|\bcenter\b|align-center|text-center", re.I)
_HEADING_SIZE = {"h1": 2.0, "h2": 1.5, "h3": 1.3, "h4": 1.15, "h5": 1.05, "h6": 1.0}


def _block_hints(article: Element) -> dict[str, LineHint]:
    """What the markup says of each block of the article, by the block's text: a heading tag's
    size, bold (all of it or its opening in <strong>/<b>), centring."""
    out: dict[str, LineHint] = {}
    for el in _walk(article):
        if el.tag not in BLOCK:
            continue
        pieces: list[str] = []
        for child in el.children:
            if isinstance(child, str):
                pieces.append(child)
            elif child.tag not in BLOCK:
                inner: list[str] = []
                _lines(child, inner)
                pieces.append("".join(inner))
        text = " ".join("".join(pieces).split())
        if not text:
            continue
        first = next((c for c in el.children if not (isinstance(c, str) and not c.strip())), None)
        strong = [c for c in el.children if isinstance(c, Element) and c.tag in ("strong", "b")]
        strong_text = "".join("".join(_texts(c)) for c in strong).replace(" ", "")
        bold: bool | str = False
        if strong and strong_text == text.replace(" ", ""):
            bold = True
        elif isinstance(first, Element) and first.tag in ("strong", "b"):
            bold = "opening"
        style = el.attrs.get("style", "") + " " + el.attrs.get("class", "") + " " + el.attrs.get("align", "")
        out[text.replace(" ", "")] = LineHint(bold=bold, font_size=_HEADING_SIZE.get(el.tag),
                                              align_center=el.tag == "center" or bool(_CENTRE.search(style)))
    return out


def _texts(el: Element) -> list[str]:
    out: list[str] = []
    for c in el.children:
        out.extend([c] if isinstance(c, str) else _texts(c))
    return out


def read_html(markup: str) -> tuple[str, list[tuple[str, int, str]], list[LineHint]]:
    """The article's text, one block a line; the text blocks dropped around it, as (rule, line,
    text); and a hint for each line of the text."""
    text, dropped, article = _read(markup)
    hints_by_text = _block_hints(article) if article is not None else {}
    hints = [hints_by_text.get(line.replace(" ", ""), LineHint()) for line in text.split("\n")]
    if hints and article is not None and text.split("\n")[0].replace(" ", "") not in hints_by_text:
        hints[0] = LineHint(font_size=_HEADING_SIZE["h1"])  # the page's headline, put before the article
    return text, dropped, hints


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _without_hidden(el: Element, out: list[tuple[str, int, str]]) -> None:
    """Take out of the tree what the page does not show (``hidden``, ``display: none``): a copy
    of the text for print or phones, a share panel.  Its text is listed as dropped."""
    kept: list[Element | str] = []
    for child in el.children:
        if isinstance(child, Element) and ("hidden" in child.attrs or _HIDDEN.search(child.attrs.get("style", ""))):
            text = " ".join("".join(_texts(child)).split())
            if text:
                out.append(("html: hidden", child.line, text))
            continue
        if isinstance(child, Element):
            _without_hidden(child, out)
        kept.append(child)
    el.children = kept


def _read(markup: str) -> tuple[str, list[tuple[str, int, str]], Element | None]:
    parser = _Tree()
    parser.feed(markup)
    parser.close()
    root = parser.root
    hidden: list[tuple[str, int, str]] = []
    _without_hidden(root, hidden)
    article = _article(root)
    if article is None:
        pieces: list[str] = []
        _lines(root, pieces)
        return "\n".join(_squeeze(pieces)), hidden, root
    pieces = []
    _lines(article, pieces)
    lines = _squeeze(pieces)
    headline = _headline(root, article)
    if headline and not any(headline.replace(" ", "") == ln.replace(" ", "") for ln in lines[:5]):
        lines.insert(0, headline)
    dropped: list[tuple[str, int, str]] = list(hidden)
    _dropped(root, article, dropped)
    if headline:
        dropped = [d for d in dropped if d[2] != headline]
    return "\n".join(lines), sorted(dropped, key=lambda d: d[1]), article

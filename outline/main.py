"""The public API: text or a file in, a :class:`~outline.tree.Document` out.

read bytes → decode (:mod:`reader`) → clean (:mod:`cleaning`) → find units
(:mod:`segment`, with the Lark grammar of :mod:`markers`) → nest them (:mod:`build`)
→ enrich (title, metadata, warnings).  Renderers then read only the tree.
"""
from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from .build import build_tree
from .cleaning import END_PUNCT, Cleaned, Rules, clean, default_rules
from .errors import OutlineError
from .meta import find_title, issuer_above_title, speaker_meta, subtitle_meta, title_end, title_meta, title_start
from .reader import Source, decode, read_path
from .script import convert_tree_to_simplified
from .segment import Segmenter
from .units import shown_title
from .tree import Document, Warning_


def parse(text: str, *, simplified: bool = False, rules: Rules | None = None,
          source: Source | None = None, disable: Collection[str] = ()) -> Document:
    """Parse the text of a report into its outline.

    Args:
        text: the report, decoded.
        simplified: convert titles and bodies to simplified characters (the
            default keeps the source's own script).
        rules: cleaning rules (default: the packaged ``rules/*.toml``).
        source: where the text came from, recorded in ``meta``.
        disable: cleaning steps not to run (see ``outline.cleaning.STEP_NAMES``).

    Returns:
        The :class:`Document`, whose children are the top-level sections.
    """
    rules = rules or default_rules()
    cleaned = clean(text, rules, paragraph_lines=source is not None and source.format in ("docx", "html"),
                    disabled=disable)
    if source is not None and source.hints:
        cleaned.hints = {line: hint for line, hint in enumerate(source.hints, 1) if hint is not None}
    found = find_title(cleaned)
    title_idx = title_start(cleaned, found) if found is not None else None
    title_last = title_end(cleaned, found) if found is not None else None
    units = Segmenter(cleaned, title_last).run()

    title = None
    if title_idx is not None and title_last is not None:
        title = "".join(shown_title(cleaned.text[p.start:p.end]) for p in cleaned.paragraphs[title_idx:title_last + 1])
    meta = _meta(cleaned, rules, title, title_idx, units[0].start if units else len(cleaned.text), source, text)
    doc = Document(title, meta, [], cleaned.text)
    doc.end = units[0].start if units else len(cleaned.text)
    doc.text = _preamble(cleaned, title_idx, title_last, doc.end)
    warnings = build_tree(doc, units, cleaned)
    warnings.extend(_document_warnings(cleaned, doc))
    if source is not None and source.replaced:
        lines = sorted({line for line, _ in source.replaced})
        shown = ", ".join(map(str, lines[:10])) + (" …" if len(lines) > 10 else "")
        warnings.append(Warning_("decode-replaced", f"{len(source.replaced)} undecodable byte sequence(s) read as "
                                 f"U+FFFD ({source.encoding}), on line(s) {shown}; --strict refuses such a file",
                                 lines[0]))
    doc.warnings = sorted(warnings, key=lambda w: (w.line or 0))
    if simplified:
        convert_tree_to_simplified(doc)
        doc.meta["output_script"] = "simplified"
    return doc


def parse_bytes(data: bytes, *, name: str = "<bytes>", encoding: str | None = None, simplified: bool = False,
                strict: bool = False, disable: Collection[str] = (),
                rules: Rules | None = None) -> Document:
    """Decode ``data`` (``encoding`` forces one) and parse it.  Raises :class:`OutlineError`."""
    source = decode(data, name, encoding, strict)
    return parse(source.text, simplified=simplified, rules=rules, source=source, disable=disable)


def parse_file(path: str | Path, *, encoding: str | None = None, simplified: bool = False,
               rules: Rules | None = None, strict: bool = False, disable: Collection[str] = ()) -> Document:
    """Read, decode and parse a report file.  Raises :class:`OutlineError` for bad input.

    ``strict`` refuses a text with undecodable bytes instead of reading it with U+FFFD."""
    source = read_path(path, encoding, strict)
    return parse(source.text, simplified=simplified, rules=rules, source=source, disable=disable)


def _preamble(cleaned: Cleaned, title_idx: int | None, title_last: int | None, end: int) -> str:
    """The text before the first section, without the title lines."""
    if title_idx is None or title_last is None:
        return cleaned.text[:end].strip()
    first, last = cleaned.paragraphs[title_idx], cleaned.paragraphs[title_last]
    return (cleaned.text[:first.start] + cleaned.text[last.end:end]).strip()


def _meta(cleaned: Cleaned, rules: Rules, title: str | None, title_idx: int | None, first_unit: int,
          source: Source | None,
          raw: str) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if title:
        meta.update(title_meta(title))
    issuer_rule = rules.footer_pattern("issuer")
    issuer = issuer_above_title(cleaned, title_idx, issuer_rule) if title_idx is not None and issuer_rule else None
    if issuer:
        meta.setdefault("issuer", issuer)
        place = title_meta(issuer).get("place")
        if place:
            meta.setdefault("place", place)
    subtitled = False
    for para in cleaned.paragraphs[:12]:
        if para.start >= first_unit:
            break
        line = cleaned.text[para.start:para.end]
        sub = None if subtitled else subtitle_meta(line)
        if sub:
            for k, v in sub.items():
                meta.setdefault(k, v)
            subtitled = True
        elif "speaker" not in meta and line != title and (speaker := speaker_meta(line)):
            meta.update(speaker)  # (read off, and left in the text: it is the report's own line)
    if not any(k in meta for k in ("report_year", "review_year", "plan_year")) and "date" in meta:
        meta["report_year"] = int(meta["date"][:4])  # 政府工作报告 dated 2024年1月 is the 2024 report
    for r in cleaned.footer:
        role = rules.footer_roles.get(r.rule.removeprefix("footer: "))
        if role == "issuer":
            meta.setdefault("issuer", r.text)
        elif role == "date":
            meta.setdefault("date", r.text)
    meta["script"] = cleaned.script  # (detected once, by cleaning, on the decoded text)
    if source is not None:
        meta["source"] = {"name": source.name, "encoding": source.encoding, "format": source.format}
    read_off = [{"rule": rule, "line": line, "text": text} for rule, line, text in (source.removed if source else ())]
    read_off += [{"rule": "decode: bad bytes", "line": line, "text": hexed}
                 for line, hexed in (source.replaced if source else ())]
    meta["cleaning"] = {
        "removed": read_off + [{"rule": r.rule, "line": r.line, "text": r.text} for r in cleaned.removed],
        "moved_to_meta": [{"rule": r.rule, "line": r.line, "text": r.text} for r in cleaned.footer],
    }
    return meta


def _document_warnings(cleaned: Cleaned, doc: Document) -> list[Warning_]:
    out: list[Warning_] = []
    if not cleaned.text.strip():
        out.append(Warning_("empty", "no text left after cleaning: nothing to outline", None))
        return out
    any_node = False
    for node in doc.nodes():
        any_node = True
        if node.kind == "gap":
            hidden = f"{node.hidden} characters" if node.hidden and node.hidden > 0 else "content"
            out.append(Warning_("gap", f"the source hides {hidden} here; numbering across it is not checked",
                                node.line))
    tail = cleaned.text.rstrip()
    last = tail[-1] if tail else ""
    last_para = cleaned.paragraphs[-1] if cleaned.paragraphs else None
    if last and last not in END_PUNCT + "”’」』）)" and last_para is not None and \
            last_para.end - last_para.start > 40:
        out.append(Warning_("truncated", "the text ends mid-sentence: the report looks cut off",
                            cleaned.line_at(len(tail) - 1)))
    if not any_node:
        out.append(Warning_("no-headings", "no heading markers were recognized", None))
    return out


__all__ = ["parse", "parse_bytes", "parse_file", "OutlineError"]

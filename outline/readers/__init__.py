"""Readers: one module per input format, chosen by sniffing the bytes (not the extension).

Each turns a file's bytes into text, one paragraph a line, as the document had it:
``docx`` (Word, automatic numbering rendered), ``pdf`` (the text layer, pages split by form
feeds), ``html`` (a saved web page's text); plain text is decoded by :mod:`outline.reader`.
"""
from __future__ import annotations

_HTML_SIGNS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<div", b"<p>", b"<section")


def sniff(data: bytes) -> str:
    """``docx``, ``pdf``, ``html`` or ``txt``, from the content."""
    if data.startswith(b"PK\x03\x04"):
        import io
        import zipfile  # (here, not above: ~5 ms of every plain-text cold start)

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            return "txt"  # the text reader refuses it as a damaged ZIP container
        return "txt"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and any(sign in head for sign in _HTML_SIGNS):
        return "html"
    return "txt"

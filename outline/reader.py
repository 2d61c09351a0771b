"""Read bytes and decode them to text: BOM → strict UTF-8 → detector → fallback.

Reports arrive as UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or
Big5.  Detection uses charset-normalizer (a maintained detector) restricted to the
encodings these documents come in, so that short Chinese texts are not guessed
as some Cyrillic code page.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from .errors import OutlineError

#: Larger inputs are refused rather than risking a machine's memory.
MAX_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What binary files given by mistake start with, and what to tell the user.
_MAGIC = (
    (b"PK\x03\x04", "a ZIP container but not a Word document (.xlsx? .pptx?); save it as text or .docx"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls); save it as plain text first"),
    (b"{\\rtf", "an RTF document; save it as plain text first"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
)
_CANDIDATES = ["gb18030", "big5", "utf_16", "utf_8"]


@dataclass(frozen=True, slots=True)
class Source:
    """Decoded input.

    Attributes:
        text: the decoded text, as is.
        encoding: the encoding it was decoded with (``utf-8``, ``gb18030`` …).
        name: where it came from (a path, or ``<stdin>``/``<string>``).
    """

    text: str
    encoding: str
    name: str
    format: str = "txt"  # the reader that made the text: txt, docx, pdf or html
    #: what the reader dropped before the text (a web page's navigation, footer …): (rule, line, text)
    removed: tuple[tuple[str, int, str], ...] = ()


def decode(data: bytes, name: str = "<bytes>", encoding: str | None = None) -> Source:
    """Decode ``data``; ``encoding`` forces one.  Raises :class:`OutlineError`."""
    if len(data) > MAX_BYTES:
        raise OutlineError(f"{name}: {len(data) // 2**20} MB is over the {MAX_BYTES // 2**20} MB limit; split the file")
    from .readers import sniff

    kind = sniff(data)
    if kind == "docx":
        from .readers.docx import read_docx

        return Source(read_docx(data, name), "utf-8", name, "docx")
    if kind == "pdf":
        from .readers.pdf import read_pdf

        return Source(read_pdf(data, name), "unicode", name, "pdf")
    if kind == "html":
        from .readers.html import read_html, sniff_charset

        page = decode_text(data, name, encoding or sniff_charset(data))
        text, dropped = read_html(page.text)
        return Source(text, page.encoding, name, "html", tuple(dropped))
    return decode_text(data, name, encoding)


def decode_text(data: bytes, name: str = "<bytes>", encoding: str | None = None) -> Source:
    """Decode plain text; ``encoding`` forces one.  Raises :class:`OutlineError`."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise OutlineError(f"unknown encoding {encoding!r}; try utf-8, gb18030, big5 or utf-16") from None
        try:
            return Source(data.decode(encoding), encoding, name)
        except UnicodeDecodeError as err:
            raise OutlineError(f"{name}: not valid {encoding} at byte {err.start}; "
                               "drop --encoding to let the encoding be detected") from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Source(data.decode(enc), enc.replace("-sig", ""), name)
            except UnicodeDecodeError:
                break
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise OutlineError(f"{name}: this is {what}")
    if b"\x00" in data[:4096]:
        raise OutlineError(f"{name}: binary data (NUL bytes), not a text report")
    try:
        return Source(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    return _detect(data, name)


def _detect(data: bytes, name: str) -> Source:
    from charset_normalizer import from_bytes  # imported only when UTF-8 failed

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None and _mostly_text(str(best)):
        enc = best.encoding.replace("_", "-")
        return Source(str(best), "gb18030" if enc in ("gbk", "gb2312") else enc, name)
    for enc in ("gb18030", "big5"):  # strict fallbacks, in order of how common they are
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _mostly_text(text):
            return Source(text, enc, name)
    raise OutlineError(f"{name}: cannot decode as UTF-8, GB18030 or Big5; "
                       "if you know the encoding, pass --encoding NAME")


def _mostly_text(text: str) -> bool:
    """Reject decodings full of control characters (binary data that happened to decode)."""
    if not text:
        return True
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\r\n\t\f")
    return bad / min(len(text), 20000) < 0.01


def read_path(path: str | Path, encoding: str | None = None) -> Source:
    """Read and decode a file.  Raises :class:`OutlineError` with a one-line reason."""
    p = Path(path)
    if not p.exists():
        raise OutlineError(f"{p}: no such file")
    if p.is_dir():
        raise OutlineError(f"{p}: is a directory; give the report files inside it")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise OutlineError(f"{p}: {size // 2**20} MB is over the {MAX_BYTES // 2**20} MB limit; split the file")
        data = p.read_bytes()
    except PermissionError:
        raise OutlineError(f"{p}: permission denied") from None
    except OSError as err:
        raise OutlineError(f"{p}: cannot read ({err.strerror})") from None
    return decode(data, str(p), encoding)

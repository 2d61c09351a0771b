"""Read bytes and decode them to text: BOM → strict UTF-8 → detector → fallback.

Reports arrive as UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or
Big5.  Detection uses charset-normalizer (a maintained detector) restricted to the
encodings these documents come in, so that short Chinese texts are not guessed
as some Cyrillic code page.
"""
from __future__ import annotations

import codecs
from typing import Any, NamedTuple
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


class Source(NamedTuple):
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
    #: byte sequences that could not be decoded and became U+FFFD: (line, the bytes in hex)
    replaced: tuple[tuple[int, str], ...] = ()
    #: what the format knew of each line of ``text`` (bold, size, page, numbering …), if anything
    hints: tuple[Any, ...] = ()


def decode(data: bytes, name: str = "<bytes>", encoding: str | None = None, strict: bool = False) -> Source:
    """Decode ``data``; ``encoding`` forces one.  Raises :class:`OutlineError`.

    A text that is almost all one encoding is decoded with U+FFFD for its few bad bytes (listed
    in :attr:`Source.replaced`) unless ``strict``."""
    if len(data) > MAX_BYTES:
        raise OutlineError(f"{name}: {len(data) // 2**20} MB is over the {MAX_BYTES // 2**20} MB limit; split the file")
    from .readers import sniff

    kind = sniff(data)
    if kind == "docx":
        from .readers.docx import read_docx

        text, hints = read_docx(data, name)
        return Source(text, "utf-8", name, "docx", hints=tuple(hints))
    if kind == "pdf":
        from .readers.pdf import read_pdf

        text, hints = read_pdf(data, name)
        return Source(text, "unicode", name, "pdf", hints=tuple(hints))
    if kind == "html":
        from .readers.html import read_html, sniff_charset

        page = decode_text(data, name, encoding or sniff_charset(data), strict)
        text, dropped, hints = read_html(page.text)
        return Source(text, page.encoding, name, "html", tuple(dropped), hints=tuple(hints))
    return decode_text(data, name, encoding, strict)


def decode_text(data: bytes, name: str = "<bytes>", encoding: str | None = None, strict: bool = False) -> Source:
    """Decode plain text; ``encoding`` forces one.  Raises :class:`OutlineError`."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise OutlineError(f"unknown encoding {encoding!r}; try utf-8, gb18030, big5 or utf-16") from None
        try:
            return Source(data.decode(encoding), encoding, name)
        except UnicodeDecodeError as err:
            if strict:
                raise OutlineError(f"{name}: not valid {encoding} at byte {err.start} (--strict); "
                                   "drop --strict to decode it with its bad bytes replaced") from None
            return _replacing(data, name, encoding)
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
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise OutlineError(f"{name}: binary data (NUL bytes), not a text report")
        try:
            source = Source(data.decode(utf16), utf16, name)
        except UnicodeDecodeError:
            if strict:
                raise OutlineError(f"{name}: not valid {utf16} (--strict)") from None
            source = _replacing(data, name, utf16)
        if not _readable(source.text) or len(source.replaced) > max(REPLACED_MIN, REPLACED_MAX * len(source.text)):
            raise OutlineError(f"{name}: binary data (NUL bytes), not a text report")
        return source
    try:
        return Source(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    try:
        return _detect(data, name)
    except OutlineError:
        if strict:
            raise OutlineError(f"{name}: not valid UTF-8, GB18030 or Big5 throughout (--strict refuses "
                               "undecodable bytes; without it they are read as U+FFFD, with a warning)") from None
    return _lenient(data, name)


#: A text may lose this share of its characters to bad bytes and still be read (with U+FFFD)
REPLACED_MAX = 0.002
REPLACED_MIN = 3  # … or this many, in a short text
# UTF-16 text: the zero bytes (high bytes of ASCII, and of a few Han such as 一 U+4E00) mostly at one parity
UTF16_PARITY = 0.8


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the zero bytes stand at one parity (the high byte of the
    ASCII characters: line ends, digits), as in UTF-16 text; ``None`` for binary data."""
    head = data[:8192]
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    zeros = even + odd
    if zeros == 0 or zeros > 0.6 * len(head) or len(head) % 2 and len(head) < 4:
        return None
    if odd >= UTF16_PARITY * zeros:
        return "utf-16-le"
    if even >= UTF16_PARITY * zeros:
        return "utf-16-be"
    return None


def _replacing(data: bytes, name: str, encoding: str) -> Source:
    """Decode with U+FFFD for bad bytes, recording each (line, bytes)."""
    bad: list[tuple[int, int]] = []

    def record(err: UnicodeError) -> tuple[str, int]:
        assert isinstance(err, UnicodeDecodeError)
        bad.append((err.start, err.end))
        return "\ufffd", err.end

    codecs.register_error("outline-record", record)
    text = data.decode(encoding, errors="outline-record")
    newline = {"utf-16-le": b"\n\x00", "utf-16-be": b"\x00\n", "utf-16": b"\n\x00"}.get(encoding.lower(), b"\n")
    replaced = tuple((data.count(newline, 0, start) + 1, data[start:end].hex()) for start, end in bad)
    return Source(text, encoding, name, replaced=replaced)


def _lenient(data: bytes, name: str) -> Source:
    """The candidate encoding that loses the fewest bytes, if it loses few enough."""
    best: Source | None = None
    for enc in ("utf-8", "gb18030", "big5"):
        source = _replacing(data, name, enc)
        if best is None or len(source.replaced) < len(best.replaced):
            best = source
    assert best is not None
    allowed = max(REPLACED_MIN, REPLACED_MAX * len(best.text))
    if len(best.replaced) <= allowed and _mostly_text(best.text):
        return best
    raise OutlineError(f"{name}: cannot decode as UTF-8, GB18030 or Big5 (mixed or binary); "
                       "if you know the encoding, pass --encoding NAME")


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


def _readable(text: str) -> bool:
    """Most characters are Chinese, ASCII printable or white space (not binary decoded as UTF-16)."""
    sample = text[:20000]
    good = sum(1 for ch in sample if ch.isspace() or " " <= ch <= "~" or "\u3000" <= ch <= "\u9fff"
               or "\uff00" <= ch <= "\uffef")
    return bool(sample) and good >= 0.9 * len(sample) and _mostly_text(text)


def _mostly_text(text: str) -> bool:
    """Reject decodings full of control characters (binary data that happened to decode)."""
    if not text:
        return True
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\r\n\t\f")
    return bad / min(len(text), 20000) < 0.01


def read_path(path: str | Path, encoding: str | None = None, strict: bool = False) -> Source:
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
    return decode(data, str(p), encoding, strict)

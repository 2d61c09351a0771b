"""Text XML 1.0 can hold: the characters it forbids (most C0 controls, lone surrogates,
U+FFFE/U+FFFF) are dropped, and counted so a writer can say so."""
from __future__ import annotations

import re

_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return _FORBIDDEN.sub("", text)


class XmlSafe:
    """Cleans strings for XML and counts what it dropped."""

    def __init__(self) -> None:
        self.dropped = 0

    def __call__(self, text: str) -> str:
        cleaned, n = _FORBIDDEN.subn("", text)
        self.dropped += n
        return cleaned

    def comment(self) -> str:
        """An XML comment saying what was dropped ('' when nothing was)."""
        if not self.dropped:
            return ""
        return f"<!-- outline: {self.dropped} character(s) that XML 1.0 does not allow were dropped -->\n"

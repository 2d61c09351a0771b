"""Each seed re-encoded gives the same outline as the UTF-8 original."""
from __future__ import annotations

import pytest

import outline
from conftest import SEED_FILES


def outline_of(doc) -> list:
    return [(n.kind, n.marker, n.title, n.line) for n in doc.nodes()]


ENCODINGS = ["gb18030", "utf-16", "utf-8-sig", "big5"]


def _encodable(text: str, encoding: str) -> str:
    """Big5 holds traditional characters only: a simplified report goes to Taiwan's standard
    script first (OpenCC s2tw), as a Big5 source would have it."""
    if encoding == "big5":
        from outline.script import converter

        return converter("s2tw")(text)
    return text


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_reencoded_seed_same_outline(seed, encoding, tmp_path):
    text = _encodable(seed.read_text(encoding="utf-8"), encoding)
    original = outline.parse(text)
    data = text.encode(encoding)
    f = tmp_path / "r.txt"
    f.write_bytes(data)
    doc = outline.parse_file(f)
    assert outline_of(doc) == outline_of(original)
    assert doc.title == original.title
    assert doc.meta["source"]["encoding"] == {"utf-8-sig": "utf-8"}.get(encoding, encoding)


def test_big5_traditional_seed_decodes():
    trad = next(s for s in SEED_FILES if s.stem.startswith("002"))
    text = trad.read_text(encoding="utf-8")
    data = text.encode("big5", errors="replace")  # a few simplified-only glyphs have no Big5 code
    doc = outline.parse_bytes(data)
    assert doc.meta["source"]["encoding"] == "big5"
    assert [n.marker for n in doc.nodes()][:3] == ["一、", "(一)", None]


def test_a_text_may_lose_three_characters_or_two_in_a_thousand_to_bad_bytes_and_still_be_read():
    from outline.errors import OutlineError

    def read(bad, filler=0):
        data = ("某镇工作总结\n一、工作\n" + "内容" * filler + "内容。\n").encode("utf-8") + b"\xff\n" * bad
        try:
            doc = outline.parse_bytes(data)
        except OutlineError:
            return False
        return "decode-replaced" in [w.code for w in doc.warnings]  # (read, and said so)

    assert read(3) and not read(4)  # (a short text: three at most)
    assert read(10, 2490) and not read(11, 2490)  # (about 5,000 characters: two in a thousand)


def test_utf16_without_a_mark_is_known_by_four_fifths_of_its_zero_bytes_at_one_parity():
    from outline.errors import OutlineError

    def encoding(han_with_a_zero_byte):
        # (80 ASCII characters put their zero byte at odd offsets, each 一 U+4E00 its zero at an even one)
        text = "某镇工作总结\n" + "x" * 77 + "\n" + "一" * han_with_a_zero_byte + "\n"
        try:
            return outline.parse_bytes(text.encode("utf-16-le")).meta["source"]["encoding"]
        except OutlineError:
            return None

    assert encoding(20) == "utf-16-le"  # (80 of 100 zero bytes at one parity)
    assert encoding(21) is None  # (80 of 101: binary data, refused)


def test_the_script_is_judged_from_the_first_400_characters_when_200_of_them_are_chinese():
    def script(chinese):
        # (web clutter first, then simplified characters, then a report in traditional ones)
        text = "a" * (400 - chinese) + "经" * chinese + "\n" + "發展經濟，鞏固脫貧攻堅成果。" * 40
        return outline.parse(text).meta["script"]

    assert script(200) == "simplified"  # (enough to judge by: the opening is simplified)
    assert script(199) == "traditional"  # (too few: it reads on, into the report)

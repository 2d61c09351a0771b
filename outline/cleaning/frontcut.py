"""Where a flattened report's front matter ends: its title, issuer, subtitle and speaker.

Flattened into one line, a report opens ``政府工作报告——2024年1月13日在…第四次会议上市人民政府市长
葛斌各位代表：…``: each piece of the front matter is cut off in turn, so that the title, the
subtitle and the speaker are read as on lines of their own.
"""
from __future__ import annotations

from .. import lexicon
from ..lazyre import LazyPattern
from ..units import skip_space

# A document title flattened with its text: it ends at one of these words (and not before 和/及:
# 2024年工作总结和2025年工作计划), within the first DOC_TITLE_MAX characters.
_DOC_TITLE_WORD = LazyPattern(lambda: lexicon.either_script_alternation("title.ends"))
_ISSUER_TAIL = LazyPattern(r"[\u4e00-\u9fff]{2,20}?(?:人民政府|办事处|辦事處|党委|黨委|管委会|管委會)")
DOC_TITLE_MAX = 60
# the subtitle after it: a dash, the date and the meeting, up to 会议上
_SUBTITLE = LazyPattern(lambda: r"(?:——|--|－－|—)[^。！？!?；;]{4,60}?(?:"
                        + "|".join(lexicon.MEETING_NAMED) + r")[)）]?")
# … and the speaker after that: an office and a name of two to four characters, up to a space,
# the salutation or the end (市人民政府市长 葛斌各位代表：…)
_SPEAKER = LazyPattern(lambda: r"[\u4e00-\u9fff]{0,10}?(?:" + lexicon.either_script_alternation("title.speaker")
                       + r")[ \u3000]*[\u4e00-\u9fff·]{2,4}?(?=[ \u3000]|各位代表|同志们|同志們|$)")


def front_matter_cuts(text: str) -> list[int]:
    """Where a document title, and an issuer, subtitle and speaker after it, end at the start
    of a flattened line."""
    end = None
    for m in _DOC_TITLE_WORD.finditer(text, 0, DOC_TITLE_MAX):
        if m.end() < len(text) and text[m.end()] in "和及与與暨、":
            continue
        end = m.end()
        break
    if end is None or end < 6:
        return []
    cuts = [end]
    for piece in (_ISSUER_TAIL, _SUBTITLE, _SPEAKER):
        found = piece.match(text, skip_space(text, cuts[-1], len(text)))
        if found:
            cuts.append(found.end())
    return cuts

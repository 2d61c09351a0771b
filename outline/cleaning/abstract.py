"""Step 7: a web page's abstract that repeats the report's opening."""
from __future__ import annotations

import re

from ..lexicon import SPACE as _SPACE
from .model import Line, Removal

_ABSTRACT = re.compile(r"^[【\[]?(?:内容)?(?:摘要|提要|导读|導讀)[】\]]?[ \u3000]*[:：]?[ \u3000]*")
ABSTRACT_WITHIN = 15  # a web page's abstract stands among its first lines
ABSTRACT_SAMPLE = 12  # visible characters of the abstract that must recur in the report below it


def drop_abstract(lines: list[Line], removed: list[Removal]) -> list[Line]:
    """A web page's abstract (``内容摘要：…``) that repeats the report's opening is dropped and
    listed, so the opening is not outlined twice.  An abstract that says something the report
    does not is kept."""
    seen = 0
    for i, ln in enumerate(lines):
        s = ln.text.strip(_SPACE)
        if not s:
            continue
        seen += 1
        if seen > ABSTRACT_WITHIN:
            return lines
        m = _ABSTRACT.match(s)
        if m is None or m.end() == 0:
            continue
        body_at = [i]
        rest = s[m.end():]
        if not rest and i + 1 < len(lines):  # the label alone on its line: the abstract is the next one
            body_at.append(i + 1)
            rest = lines[i + 1].text.strip(_SPACE)
        sample = "".join(rest.split())[:ABSTRACT_SAMPLE]
        below = "".join("".join(x.text.split()) for x in lines[body_at[-1] + 1:])
        if len(sample) < ABSTRACT_SAMPLE or sample not in below:
            return lines
        for k in body_at:
            removed.append(Removal("web: abstract", lines[k].line, lines[k].text.strip(_SPACE)))
        return [x for k, x in enumerate(lines) if k not in body_at]
    return lines

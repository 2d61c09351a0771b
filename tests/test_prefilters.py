"""Fast scans that stand in for a slower pattern must find at least what it finds.

A rule's `scan` and the flattened-report prefilter exist only for speed (sre scans a
pattern that opens with one rare character class several times faster); if one ever missed
a match of the pattern it stands for, noise would stay or a flattened report stay uncut."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from outline.cleaning import default_rules
from outline.itemscan import INLINE_ITEM, inline_item_starts
from outline.leads import _MID_LEAD
from outline.cleaning.flatdetect import (_SEQUENCE_HINT, _TOP_FAMILIES, head_start, head_starts, hinted_lines,
                                         split_head_starts, top_heads)
from outline.cleaning.flatten import _SENTENCE_BREAK, SENTENCE_BREAK_SCAN
from outline.cleaning.model import Line
from outline.cleaning.noise import _lines_touched
from outline.cleaning.rules import NeedsIndex
from outline.literalscan import SplitLead

RULES = default_rules()
SCANNED = [r for r in RULES.inline if r.scan is not None] + [r for r in RULES.both_scripts().inline
                                                              if r.scan is not None]


def test_some_shipped_rule_has_a_scan():
    assert SCANNED


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" \t\u3000-—－–0123456789页第一二三四五、．.", max_size=30))
def test_a_rules_scan_finds_every_line_its_pattern_matches_in(line):
    for rule in SCANNED:
        if rule.pattern.search(line):
            assert rule.finder is not None and rule.finder.search(line), (rule.name, line)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.text(alphabet=" \u3000二三四十贰拾第、．.,一甲", max_size=12), max_size=6))
def test_the_sequence_scan_finds_the_lines_with_a_hint_exactly(texts):
    lines = [Line(t, i) for i, t in enumerate(texts, 1)]
    assert hinted_lines(lines) == {i for i, t in enumerate(texts) if _SEQUENCE_HINT.search(t)}


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" \u3000\n。！？!?”’」』，甲", max_size=16))
def test_the_sentence_break_scan_finds_a_break_exactly_when_there_is_one(text):
    assert (SENTENCE_BREAK_SCAN.search(text) is not None) == (_SENTENCE_BREAK.search(text) is not None)


_SENTENCES = st.lists(st.tuples(st.sampled_from("。！!？；\n"), st.one_of(st.text(alphabet="甲乙丙丁", min_size=3, max_size=11),
                                                                                 st.text(alphabet=" \u3000“（—甲乙", max_size=6))),
                      max_size=8).map(lambda parts: "".join(end + body for end, body in parts))


@settings(max_examples=3000, deadline=None)
@given(_SENTENCES, st.integers(0, 60), st.integers(0, 100))
def test_the_short_sentence_scan_finds_what_its_one_pattern_finds(text, pos, endpos):
    # one pattern per sentence end (literal scans) must find exactly the one pattern's matches, in order
    whole = re.compile(_MID_LEAD.source)
    # … and the possessive repeats must find what backtracking ones would
    backtracking = re.compile(_MID_LEAD.source.replace("*+", "*").replace("}+", "}"))
    assert [m.span(1) for m in backtracking.finditer(text)] == [m.span(1) for m in whole.finditer(text)]
    assert [m.span(1) for m in _MID_LEAD.finditer(text)] == [m.span(1) for m in whole.finditer(text)]
    assert [m.span(1) for m in _MID_LEAD.finditer(text, pos, endpos)] == \
        [m.span(1) for m in whole.finditer(text, pos, endpos)]


_ITEM_TEXT = st.lists(st.sampled_from(["，", "。", "：", "”", "’", " ", "  ", "\u3000", "一", "二", "十", "是", "要", "第", "首先",
                                       "、", "甲", "于"]), max_size=24).map("".join)


@settings(max_examples=5000, deadline=None)
@given(_ITEM_TEXT)
@example("，一  是。一   是。”十一要，第 二 ，”首先，")
def test_the_inline_item_scan_finds_exactly_what_its_pattern_finds(text):
    assert inline_item_starts(text) == [(m.start() + 1, m.end()) for m in INLINE_ITEM.finditer(text)]


SPLIT = [r for r in RULES.inline + RULES.both_scripts().inline if isinstance(r.finder, SplitLead)]


def test_the_shipped_rules_that_open_with_a_short_class_are_scanned_literal_by_literal():
    assert {r.name for r in SPLIT} >= {"pdf: page number inside a line", "invisible characters"}


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.text(alphabet=" \t-—－–0123\u200b\ufeff关關键鍵词詞9甲", max_size=14), min_size=1, max_size=5))
def test_a_split_scan_touches_every_line_its_rule_matches_in(texts):
    lines = [Line(t, i) for i, t in enumerate(texts, 1)]
    for rule in SPLIT:
        touched = _lines_touched(lines, [rule], NeedsIndex(list(rule.needs)))
        assert touched is not None
        assert {i for i, t in enumerate(texts) if rule.pattern.search(t)} <= touched.keys(), rule.name


def test_only_a_pattern_that_opens_with_a_short_class_of_literals_and_no_top_alternation_is_split():
    from outline.literalscan import split_class_lead

    assert isinstance(split_class_lead(re.compile(r"[-—]\d")), SplitLead)
    assert isinstance(split_class_lead(re.compile(r"[\]a]x")), SplitLead)  # an escaped ] inside the class
    for source in (r"[ab]x|y", r"[a-c]x", r"[^a]x", r"[\d,]x", r"a[bc]", "[a]x", "[abcdefghi]x"):
        assert split_class_lead(re.compile(source)) is None, source
    assert isinstance(split_class_lead(re.compile("[abcdefgh]x")), SplitLead)  # eight: the most split
    split = split_class_lead(re.compile(r"[\]a]x"))
    assert split is not None and [m.span() for m in split.finditer("]x ax")] == [(0, 2), (3, 5)]
    folded = split_class_lead(re.compile(r"[ab]x$", re.I | re.M))  # the pattern's flags carry over
    assert folded is not None and [m.span() for m in folded.finditer("AX\nbx")] == [(0, 2), (3, 5)]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["。", "；", "：", " ", "\u3000", "\t", "\xa0", "\n", "一", "二、", "（", "1", "第", "甲", "，"]),
                max_size=24).map("".join))
@example("。 一 　二\xa0 三。\u3000（一）")
def test_the_heading_start_scan_finds_exactly_what_its_pattern_finds(text):
    expected = [m.span() for m in head_start().finditer(text)]
    assert head_starts(text) == expected and split_head_starts(text) == expected


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["。", "！", "；", "：", " ", "\u3000", "\t", "\xa0", "一", "二、", "第", "十", "甲", "，", "1"]),
                max_size=24).map("".join))
@example("；　二、。 三、\t第；一 \xa0四")
def test_the_top_heading_scan_finds_the_heading_starts_a_sequence_is_read_from(text):
    from outline import lexicon
    from outline.markers import starts_of

    tops = starts_of(_TOP_FAMILIES)
    expected = [end for start, end in head_starts(text)
                if text[start] in lexicon.FULL_STOP + " \u3000\t" and text[end] in tops]
    assert top_heads(text) == expected


def test_the_white_space_list_is_every_character_str_isspace_holds_but_the_line_feed():
    from outline.cleaning.flatdetect import WHITE_NOT_NEWLINE

    assert set(WHITE_NOT_NEWLINE) == {chr(c) for c in range(0x110000) if chr(c).isspace()} - {"\n"}


def test_the_control_check_agrees_with_the_control_pattern_for_every_character():
    from outline.cleaning.lines import _CONTROL, holds_controls

    for code in [*range(0x800), 0x3000, 0xfeff, 0xd800]:
        text = "全镇" + chr(code) + "工作\n"
        assert holds_controls(text) == (_CONTROL.search(text) is not None), hex(code)


_WORD = st.text(alphabet="#?*-ab来源关键词來源—\u200b", min_size=1, max_size=4)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_WORD, max_size=12), st.text(alphabet="#?*-ab来源关键词來源—\u200b \n甲", max_size=30))
@example(["来源", "源网", "来源网址"], "来源网址")  # a string inside another
@example(["来来", "来源网"], "来来源网")  # one overlapping another's end, in the same scan
@example(["来" * 9, "关关", "键键", "词词", "來來", "源源", "ab", "#?", "——", "\u200b\u200b"], "源源来")  # one pass
def test_the_needed_word_index_finds_exactly_the_words_the_text_holds(words, text):
    assert NeedsIndex(words).present(text) == {w for w in words if w in text}


_POSSESSIVE = [(kind, name, pattern) for kind, rules in (("line", RULES.line), ("gap", RULES.gap))
               for name, pattern in rules if "}+" in pattern.pattern or "*+" in pattern.pattern] + \
              [("inline", r.name, r.pattern) for r in RULES.inline if "}+" in r.pattern.pattern]


def test_some_shipped_rules_use_possessive_repeats():
    assert {name for _, name, _ in _POSSESSIVE} >= {"web: download button", "preview ends", "web: HTML block tag"}


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="免费下载剩余餘未读隐藏试读预览已结束12 甲<>/pb", max_size=40))
@example("甲甲免费下载甲")
@example("剩余12甲未读")
@example("<p 甲>")
def test_a_possessive_repeat_in_a_shipped_rule_matches_what_a_backtracking_one_would(line):
    # (a run before a keyword it cannot hold gives nothing back that could make a match: the
    # possessive form only spares the retries)
    for kind, name, pattern in _POSSESSIVE:
        backtracking = re.compile(pattern.pattern.replace("}+", "}").replace("*+", "*"), pattern.flags)
        got, want = pattern.search(line), backtracking.search(line)
        assert (got and got.span()) == (want and want.span()), (name, line)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="经經济濟发發展甲 ，。a1", max_size=12))
def test_folding_to_simplified_skips_only_text_with_nothing_to_fold(text):
    from outline.script import fold_script, simplified_chars

    assert fold_script(text) == text.translate(simplified_chars())


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="：: \u3000\t\n甲", max_size=50), st.integers(0, 55))
@example("：" + " " * 40 + "甲", 41)
@example("：" + " " * 39 + "甲", 40)
def test_the_colon_before_a_unit_is_found_as_the_stripped_window_would_show_it(text, offset):
    from outline.segment import INTRO_LOOKBACK, colon_before

    offset = min(offset, len(text))
    assert colon_before(text, offset) == text[max(0, offset - INTRO_LOOKBACK):offset].rstrip().endswith(("：", ":"))


def test_the_colon_that_announces_a_list_is_looked_for_forty_characters_back():
    from outline.segment import colon_before

    # (white space between the colon and the list: a wrap, an indent; past forty it announces nothing)
    assert colon_before("以下几个方面：" + " " * 39 + "1", 46)
    assert not colon_before("以下几个方面：" + " " * 40 + "1", 47)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="abx -—1\n", max_size=14), st.sampled_from(["x*", "(?=a)", "a|", "ab*", r"\s[-—]\s?\d{1,3}\s?[-—]\s"]),
       st.sampled_from(["", " ", "\n", "\\1", "\\g<0>"]))
def test_one_pass_replaces_as_sub_does_with_the_replacement_taken_as_written(text, source, replacement):
    from outline.cleaning.noise import replace_all

    pattern = re.compile(source)
    replaced, found = replace_all(pattern, text, replacement)
    assert replaced == pattern.sub(replacement.replace("\\", "\\\\"), text)
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" \u3000\n。！？!?”’」』，甲", max_size=16))
def test_the_sentence_break_scan_ends_where_the_sentence_break_pattern_ends(text):
    # (a flattened line is cut at each end: the scan from the space must give the same set)
    assert {m.end() for m in SENTENCE_BREAK_SCAN.finditer(text)} == {m.end() for m in _SENTENCE_BREAK.finditer(text)}


def _title_end_by_characters(text, start):
    # (the statement short_title_end's one match stands for: the title runs through characters
    # that are neither a space nor a clause end, at most 30 from its start)
    from outline import lexicon
    from outline.cleaning.spaced import _SPACE, _FRAGMENT_END, _digit_spacing
    from outline.units import skip_space

    i = skip_space(text, start, len(text))
    j = i
    while True:
        while j < len(text) and j - i <= 30 and text[j] not in _SPACE and text[j] not in lexicon.CLAUSE_END:
            j += 1
        if j < len(text) and j - i <= 30 and text[j] in _SPACE and j > i and (
                text[j - 1] in _FRAGMENT_END or _digit_spacing(text, j)):
            j = skip_space(text, j, len(text))
            continue
        break
    if j >= len(text) or text[j] not in _SPACE or j - i < 2 or text[j - 1].isdigit():
        return None
    return j


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["甲", "乙", " ", "\u3000", "，", "。", "：", "1", "和", "甲" * 12]), max_size=12).map("".join),
       st.integers(0, 5))
@example("甲" * 30 + " 乙", 0)
@example("甲" * 31 + " 乙", 0)
@example("甲和乙" + "甲" * 24 + "\u30001，  ", 0)  # (a digit's spacing skipped past the 30 characters)
def test_a_flattened_titles_end_is_found_as_its_characters_say(text, start):
    from outline.cleaning.spaced import short_title_end as _short_title_end

    start = min(start, len(text))
    assert _short_title_end(text, start) == _title_end_by_characters(text, start)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "３", ".", "．", "、", "甲", "“", "(", "（", "一", "十", ")", "）", "a"]),
                max_size=16).map("".join))
@example("123、甲12．甲1.2、甲")
def test_the_bare_marker_scans_of_a_flattened_line_find_what_their_patterns_find(text):
    from outline.cleaning.flatten import _BARE_ARABIC, _BARE_PAREN, _BARE_PAREN_SCAN, bare_arabic_starts

    assert bare_arabic_starts(text) == [m.start() for m in _BARE_ARABIC.finditer(text)]
    assert [m.span() for m in _BARE_PAREN_SCAN.finditer(text)] == [m.span() for m in _BARE_PAREN.finditer(text)]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="。！？!?；;，甲 ", max_size=20), st.integers(0, 22), st.integers(0, 22))
def test_a_sentences_start_is_found_as_a_step_back_over_its_characters_finds_it(text, first, end):
    from outline.leads import _SENTENCE_END, sentence_start

    first, end = sorted((min(first, len(text)), min(end, len(text))))  # (first <= end, as callers ask)
    j = end - 1
    while j >= first and text[j] not in _SENTENCE_END:
        j -= 1
    assert sentence_start(text, first, end) == j + 1


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["二", "十", "三", "一", "第", "、", "甲", "乙", " ", "。"]), max_size=16).map("".join))
@example("甲十二、乙一二、乙第二、乙二、三")
def test_the_glued_cn_dun_scan_finds_what_its_pattern_finds(text):
    from outline.cleaning.flatten import _GLUED_CN_DUN, _NOT_BEFORE_GLUED, glued_cn_dun_starts

    expected = [m.start() for m in _GLUED_CN_DUN.finditer(text) if m.start() > 0
                and "\u4e00" <= text[m.start() - 1] <= "\u9fff" and text[m.start() - 1] not in _NOT_BEFORE_GLUED]
    assert glued_cn_dun_starts(text) == expected

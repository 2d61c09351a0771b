"""The marker grammar read without Lark: the same answer as Lark's parser for any window, and
a refusal (so Lark is asked) for any grammar that reading could get wrong."""
from hypothesis import given, settings
from hypothesis import strategies as st

from outline import markers
from outline.grammarfacts import Terminal, first_chars, marker_sequences, terminal_matcher
from outline.markerscan import MarkerScan

_PIECES = ["第", "一", "二", "十", "百", "零", "三", "、", "，", "：", "．", ".", "（", "）", "(", ")", "0", "1", "2",
           "１", "９", "是", "要", "部分", "部", "章", "节", "篇", "【", "】", "[", "]", "〔", "〕", "①", "⑳", "⑵", "⒊",
           "——", "—", "--", "－－", "──", " ", "\u3000", "\u2002", "\t", "贰", "拾", "首先", "首", "甲", "年", "\n"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=7))
def test_the_scanner_reads_every_window_as_lark_does(pieces):
    window = "".join(pieces)
    assert markers._scanner() is not None  # (the shipped grammar is one the scanner reads)
    markers._parse_window.cache_clear()
    try:
        assert markers._parse_window(window) == markers._parse_with_grammar(window), window
    finally:
        markers._parse_window.cache_clear()


def _grammar(**changes):
    """A small marker grammar of the shipped shape, as :func:`marker_sequences` takes it, with
    ``changes`` to its terminals (name → regex) or, under ``rules``, to its rules."""
    terminals = {"CN": "[一二三]+", "DUN": "[、.]", "VERB": "是|要", "LPAR": "[（(]", "RPAR": "[）)]",
                 "DASH": "——|--", "REST": "(?s:.+)", "__IGNORE_0": "[ \u3000]+"}
    terminals.update({k: v for k, v in changes.items() if k != "rules"})
    rules = [("start", [("marker", False), ("REST", True)]), ("start", [("marker", False)]),
             ("marker", [("cn_dun", False)]), ("marker", [("item", False)]), ("marker", [("paren", False)]),
             ("marker", [("dash", False)]),
             ("cn_dun", [("CN", True), ("DUN", True)]), ("item", [("CN", True), ("VERB", True)]),
             ("paren", [("LPAR", True), ("CN", True), ("RPAR", True)]), ("dash", [("DASH", True)])]
    rules += changes.get("rules", [])
    return rules, {name: Terminal(regex, -1 if name == "REST" else 0) for name, regex in terminals.items()}


def test_a_grammar_of_the_shipped_shape_is_read_as_its_sequences():
    rules, terminals = _grammar()
    assert marker_sequences(rules, terminals, ["__IGNORE_0"], rest="REST") == [
        ("cn_dun", ["CN", "DUN"]), ("item", ["CN", "VERB"]), ("paren", ["LPAR", "CN", "RPAR"]), ("dash", ["DASH"])]


def test_a_grammar_whose_lexer_would_have_to_choose_is_refused():
    refused = {
        "two terminals may come next with one start": _grammar(VERB="是|、"),
        "a terminal opens like the ignored spaces": _grammar(DASH="——| -"),
        "a terminal may match nothing": _grammar(DUN="[、.]?"),
        "a terminal the reading cannot see the start of": _grammar(RPAR=r"\W"),
        "a case-blind terminal": _grammar(DASH="(?i:x)"),
        "a capturing group": _grammar(DASH="(——)|--"),
        "the rest is not anything": _grammar(REST="(?s:[^。]+)"),
        "one sequence begins another": _grammar(rules=[("marker", [("long", False)]),
                                                       ("long", [("CN", True), ("DUN", True), ("DUN", True)])]),
        "the same sequence twice": _grammar(rules=[("marker", [("again", False)]),
                                                   ("again", [("DASH", True)])]),
        "a family of a rule, not terminals": _grammar(rules=[("marker", [("nested", False)]),
                                                             ("nested", [("dash", False)])]),
        "a start of another shape": _grammar(rules=[("start", [("REST", True)])]),
    }
    for why, (rules, terminals) in refused.items():
        assert marker_sequences(rules, terminals, ["__IGNORE_0"], rest="REST") is None, why
    rules, terminals = _grammar()
    terminals["__IGNORE_0"] = Terminal("[ \u3000]+", -1)  # (spaces no longer outrank the rest)
    assert marker_sequences(rules, terminals, ["__IGNORE_0"], rest="REST") is None


def test_the_first_characters_of_a_terminal_include_those_after_an_optional_start():
    assert first_chars("a?b") == ({"a", "b"}, False)
    assert first_chars("(?:x|y)*z") == ({"x", "y", "z"}, False)
    assert first_chars("[0-2]*") == ({"0", "1", "2"}, True)
    assert first_chars(".") is None and first_chars("[^a]") is None and first_chars(r"\d") is None


@given(st.sampled_from(["[一二]+", "[0-9０-９]{1,3}", "部分|章|节", "——|--|──", "第", "ab|ac|b", "[①-⑳]", "x(?:y|z)w",
                        "(?:ab)+", "a+?", "[^、]+", "是|要"]),
       st.text(alphabet="一二0１9部分章节—-─第abcxyzw①⑳、是要", max_size=6))
@settings(max_examples=600, deadline=None)
def test_a_terminal_is_matched_where_and_as_far_as_its_expression_matches(regex, text):
    import re

    scan = MarkerScan([("f", ["T"])], {"T": (terminal_matcher(regex), "")}, [])
    m = re.match(regex, text)
    assert scan._match["T"](text, 0) == (-1 if m is None else m.end()), (regex, text, terminal_matcher(regex))

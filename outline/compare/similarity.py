"""Similarity of Chinese headings and sections.

Chinese has no spaces, and reworded headings reorder their phrases, so titles are
compared both by edit distance (rapidfuzz) and by shared character bigrams; sections
by the bigrams of everything they contain (shared vocabulary, named projects, places).
"""
from __future__ import annotations

from rapidfuzz import fuzz


def bigrams(text: str) -> frozenset[str]:
    """Character bigrams (a one-character text is its own gram)."""
    if len(text) < 2:
        return frozenset([text]) if text else frozenset()
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Sørensen–Dice overlap of two gram sets, 0..1."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """How much of the smaller set the larger holds, 0..1 (a section cut down or grown)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def title_similarity(a: str, b: str, grams_a: frozenset[str], grams_b: frozenset[str]) -> float:
    """Best of edit-distance ratio and bigram overlap, 0..1."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return max(fuzz.ratio(a, b) / 100.0, dice(grams_a, grams_b))

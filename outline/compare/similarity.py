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


class Weights:
    """Inverse document frequency of bigrams over the sections of both reports: a shared
    rare gram (a named project, a place) says more than a shared 发展 or 建设."""

    def __init__(self, sets: list[frozenset[str]]) -> None:
        import math

        df: dict[str, int] = {}
        for grams in sets:
            for g in grams:
                df[g] = df.get(g, 0) + 1
        n = max(len(sets), 1)
        self.idf = {g: math.log((n + 1) / (c + 0.5)) for g, c in df.items()}

    def mass(self, grams: frozenset[str]) -> float:
        """Total weight of a gram set."""
        idf = self.idf
        return sum(idf.get(g, 0.0) for g in grams)

    def dice(self, a: frozenset[str], b: frozenset[str], mass_a: float, mass_b: float) -> float:
        """Weighted Dice overlap, 0..1."""
        if not mass_a or not mass_b:
            return 0.0
        return 2 * self.mass(a & b) / (mass_a + mass_b)

    def containment(self, a: frozenset[str], b: frozenset[str], mass_a: float, mass_b: float) -> float:
        """Weighted share of the lighter set found in the other, 0..1."""
        if not mass_a or not mass_b:
            return 0.0
        return self.mass(a & b) / min(mass_a, mass_b)

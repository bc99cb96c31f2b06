"""Which extracted event types the scorers accept for a gold type: the gold's own types, or one of the family of
its first type. The families are the scorer's own, frozen here (a copy of lexicon.yaml's `compatible` groups as of
the thirty-fourth round of issue 12), so that widening a family of the extraction cannot widen what the scorers
count as a match: the extraction's groups decide which claims are one event; these decide what a gold type accepts.
"""

from __future__ import annotations

FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"meeting", "talks", "summit"}),
    frozenset({"war", "armed_clash"}),
    frozenset({"raid", "arrest", "detention"}),
    frozenset({"criticism", "accusation", "diplomatic_protest"}),
    frozenset({"demand", "appeal"}),
)


def same_family(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in FAMILIES)

"""Article-level inputs shared by every clause of one article (read-only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

Row = dict[str, Any]


class ArticleContext:
    """Article-level inputs shared by every clause (read-only)."""

    def __init__(
        self, text: str, published: dt.date, parties: Mapping[str, str], demonyms: Mapping[str, str],
        names: Mapping[str, str], skip: Sequence[tuple[int, int]] = (), place_kinds: Mapping[str, str] | None = None,
    ) -> None:  # fmt: skip
        self.text, self.published, self.parties, self.demonyms, self.names = text, published, parties, demonyms, names
        self.countries = frozenset(demonyms.values())  # the country places (demonyms name only countries)
        self.skip = tuple(skip)  # text that is not article body (link debris, bylines, read-more lists)
        self.place_kinds = place_kinds or {}  # place entity_id -> kind (country, region, city, site, ...)

    def in_body(self, pos: int) -> bool:
        return not any(a <= pos < b for a, b in self.skip)

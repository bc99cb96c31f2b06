"""The sentence around a span, for showing a reviewer where a name or a passage comes from."""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from caucasus_peace.extract.sentences import sentence_spans

MAX_CONTEXT = 400  # characters; longer sentences are cut around the span


class Sentences:
    """Sentence spans of every article, computed once per article and looked up by offset."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        self._spans: dict[str, list[tuple[int, int]]] = {}

    def _of(self, source_id: str) -> list[tuple[int, int]]:
        if source_id not in self._spans:
            self._spans[source_id] = sentence_spans(self.texts[source_id])
        return self._spans[source_id]

    def around(self, source_id: str, start: int, end: int) -> str | None:
        """The sentence holding text[start:end] (all of them when it crosses sentences), on one line; None
        when the article's text is not at hand."""
        text = self.texts.get(source_id)
        if text is None:
            return None
        spans = self._of(source_id)
        first = bisect.bisect_right(spans, (start, len(text) + 1)) - 1  # last sentence starting at or before start
        a, b = start, end
        for s, e in spans[max(first, 0) :]:
            if s >= end:
                break
            if e > start:
                a, b = min(a, s), max(b, e)
        return _cut(text, a, b, start, end)


def _cut(text: str, a: int, b: int, start: int, end: int) -> str:
    """text[a:b] on one line, shortened to about MAX_CONTEXT characters around [start, end)."""
    if b - a > MAX_CONTEXT:
        room = max(0, (MAX_CONTEXT - (end - start)) // 2)
        lo, hi = max(a, start - room), min(b, end + room)
        piece = ("…" if lo > a else "") + text[lo:hi] + ("…" if hi < b else "")
    else:
        piece = text[a:b]
    return " ".join(piece.split())

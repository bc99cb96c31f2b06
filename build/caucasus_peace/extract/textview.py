"""The article as the extractors read it: without Unicode format characters, with offsets mapped back.

Format characters (category Cf: zero-width space and joiners, word joiner, byte-order mark, soft hyphen,
direction marks, ...) print as nothing but split a word for every pattern: "Pash\u200binyan" is not
"Pashinyan". The extractors read a view of the text without them; every span they find there maps back to the
stored text, so offsets still index the article exactly as decoded and a span's text, sliced from the stored
text, keeps its format characters. A run of them between a lower-case and a capital letter stands where a
space was lost ("Vladimir\u2060Putin" prints as two words run together) and reads as one space; anywhere else
it reads as nothing. A text without format characters is its own view, and nothing is mapped.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache


@cache
def _format_characters() -> re.Pattern[str]:
    """A class of every format character this Python's Unicode database knows (about 0.1 s, once)."""
    ranges: list[list[int]] = []
    for c in range(sys.maxunicode + 1):
        if unicodedata.category(chr(c)) == "Cf":
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]")


@dataclass(frozen=True)
class TextView:
    """``text`` is ``original`` without its format characters (or with one space for a run of them between
    words); ``cuts`` holds, for each removed character, the view offset where it stood (the number of characters
    kept before it), in order. A kept character has the same length in both, so only removals shift offsets."""

    text: str
    original: str
    cuts: tuple[int, ...] = ()

    @classmethod
    def of(cls, original: str) -> TextView:
        # The distinct characters first: most articles have no format character, and a set of a few dozen
        # characters is tested faster than the whole text is scanned.
        if not any(unicodedata.category(c) == "Cf" for c in set(original)):
            return cls(original, original)
        runs = list(_format_characters().finditer(original))
        pieces: list[str] = []
        removed: list[int] = []
        last = 0
        for run in runs:
            a, b = run.span()
            pieces.append(original[last:a])
            between_words = a > 0 and b < len(original) and original[a - 1].islower() and original[b].isupper()
            if between_words:  # the run's first character becomes the space, the rest go
                pieces.append(" ")
                a += 1
            removed.extend(range(a, b))
            last = b
        pieces.append(original[last:])
        return cls("".join(pieces), original, tuple(p - k for k, p in enumerate(removed)))

    @property
    def is_identity(self) -> bool:
        """The text has no format characters: the view is the text itself."""
        return self.text == self.original

    def start(self, i: int) -> int:
        """Offset in the original of the view character at ``i`` (a span's start)."""
        return i + bisect.bisect_right(self.cuts, i)

    def end(self, j: int) -> int:
        """Offset in the original just after the view character at ``j - 1`` (a span's end): format characters
        right after a span stay outside it, those inside stay inside."""
        return j + bisect.bisect_left(self.cuts, j)

    def span(self, a: int, b: int) -> tuple[int, int]:
        start = self.start(a)
        return (start, self.end(b)) if b > a else (start, start)

    def to_view(self, p: int) -> int:
        """View offset of the original offset ``p`` (of the first kept character at or after it)."""
        lo, hi = 0, len(self.cuts)  # removed characters before p: cuts[k] + k < p
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cuts[mid] + mid < p:
                lo = mid + 1
            else:
                hi = mid
        return p - lo

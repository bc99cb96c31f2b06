"""Exact, faster regex scanning for the extractors: a pattern is tried only where a cheap anchor can start it.

Python's regex engine tries a pattern that opens with ``\\b`` or an optional group at every position of the
text. An anchor is a small pattern the engine skips through quickly (a character class, or words on the
lowered text); ``anchored_finditer`` tries the real pattern only at the anchor's matches and returns exactly
what ``finditer`` returns, provided the anchor matches wherever the pattern can start (tests check every pair
of the extractors on the seeds, the held-out articles and random text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

# Characters that case-insensitive matching equates with an ASCII letter although str.lower() does not map them
# to it (dotless i, long s) or maps them to two characters (dotted capital I): folded to that letter first.
_FOLD_EXOTIC = {0x130: "i", 0x131: "i", 0x17F: "s"}


def lowered(text: str) -> str:
    """A lower-cased copy of ``text`` with the same length, in which ``(?i)`` matching of ASCII letters is plain
    matching: a pattern whose letters are all lower case (or in classes such as ``[Tt]``) finds, without
    IGNORECASE, exactly the spans it finds with it in ``text``. Word, digit and space characters stay what they
    are (the tests check both claims over all of Unicode)."""
    if any(chr(c) in text for c in _FOLD_EXOTIC):
        text = text.translate(_FOLD_EXOTIC)
    return text.lower()


def anchored_finditer(
    rx: re.Pattern[str], anchor: re.Pattern[str], text: str, anchor_text: str | None = None
) -> Iterator[re.Match[str]]:
    """Exactly ``rx.finditer(text)`` for a pattern that never matches the empty string, trying ``rx`` only at
    the start of each match of ``anchor`` in ``anchor_text`` (``text`` or a same-length view of it, such as
    :func:`lowered`). Some match of the anchor must begin at every offset where ``rx`` can start a match; as
    the anchor's matches do not overlap, an anchor longer than one character must not cover such an offset."""
    pos = 0
    for a in anchor.finditer(text if anchor_text is None else anchor_text):
        s = a.start()
        if s < pos:
            continue
        m = rx.match(text, s)
        if m is not None:
            yield m
            pos = m.end()


def word_anchor(words: Sequence[str], after: str = "") -> str:
    """An anchor for patterns that start with one of ``words`` (then ``after``): one literal-first alternative
    per first letter, the rest of the words in a look-ahead (a space inside a word matches any run of spaces)."""
    rests: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        rests.setdefault(w[0], []).append(re.escape(w[1:]).replace(r"\ ", r"\s+"))
    return "|".join(f"{re.escape(c)}(?=(?:{'|'.join(r)}){after})" for c, r in rests.items())


def alternation(alternatives: Iterable[str]) -> str:
    """``"|".join(alternatives)`` grouped by first letter (``a(?:rmy|gency)|b(?:order)``): the same matches, as
    alternatives that start with different letters never match at the same offset and each group keeps their order,
    but the engine tries one group per letter instead of every alternative. Each alternative starts with an ASCII
    letter of its own (no escape or group); upper and lower case of one letter stay together in their order."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        first = alt[:1]
        if not (first.isascii() and first.isalpha()):
            raise ValueError(f"an alternative that does not start with a letter: {alt!r}")
        groups.setdefault(first.lower(), []).append(alt)
    out = []
    for alts in groups.values():
        if len({a[0] for a in alts}) == 1:
            out.append(f"{alts[0][0]}(?:{'|'.join(a[1:] for a in alts)})")
        else:  # both cases of the letter: under IGNORECASE both may match at one offset
            out.append(f"(?:{'|'.join(alts)})")
    return "|".join(out)


def class_first(cls: str, not_after: str, rest: str) -> str:
    """``(?<!not_after)[cls]rest`` (``not_after`` one character class) written with the class first and the
    look-behind after it, reading the character before the class's own: the same matches from every offset, but a
    pattern that opens with a character class lets the engine skip in C to the next character of that class instead
    of entering the pattern at every offset (about twice as fast over a whole article)."""
    return rf"[{cls}](?<!{not_after}(?s:.)){rest}"


def finditer_needing(
    rx: re.Pattern[str], text: str, needles: Mapping[re.Pattern[str], tuple[str, ...]]
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, or nothing at once when ``text`` holds none of ``needles[rx]``: words every match of
    ``rx`` contains (case and all), so that a pattern most articles never match is not run over them."""
    if not any(n in text for n in needles[rx]):
        return iter(())
    return rx.finditer(text)

"""The faster scans of the events layer find what the plain ones found: quotation spans, and rows within a span
read by bisection."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_peace.events.clauses import SortedRows, quote_spans, sorted_rows, within

_QUOTY = st.text(alphabet='ab “”"‘’\n.', max_size=40)


def _plain_quote_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, start, single = [], None, False
    for i in range(lo, hi):
        ch = text[i]
        if ch == "‘":
            if start is None:
                start, single = i, True
        elif ch == "’":
            if single and not text[i + 1 : i + 2].isalpha():
                out.append((start, i + 1))
                start, single = None, False
        elif single:
            continue
        elif ch == "“" or (ch == '"' and start is None):
            start = i if start is None else start
        elif (ch == "”" or ch == '"') and start is not None:
            out.append((start, i + 1))
            start = None
    if start is not None:
        out.append((start, hi))
    return out


@settings(max_examples=300, deadline=None)
@given(_QUOTY, st.integers(0, 40), st.integers(0, 40))
def test_quote_spans_are_the_plain_scan(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert quote_spans(text, lo, hi) == _plain_quote_spans(text, lo, hi)


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 10)), max_size=15), st.integers(0, 40), st.integers(0, 40))
def test_within_by_bisection_is_the_plain_filter(spans: list[tuple[int, int]], lo: int, hi: int) -> None:
    rows = [{"char_start": a, "char_end": a + n} for a, n in spans]
    plain = [r for r in rows if lo <= r["char_start"] and r["char_end"] <= hi]
    assert within(sorted_rows(rows), lo, hi) == plain
    ordered = sorted_rows(sorted(rows, key=lambda r: r["char_start"]))
    assert isinstance(ordered, SortedRows)
    assert within(ordered, lo, hi) == [r for r in ordered if lo <= r["char_start"] and r["char_end"] <= hi]

"""Keep cells that a spreadsheet would run as a formula out of the published CSVs (CSV injection).

OWASP's guidance concerns cells that begin with ``=``, ``+``, ``-``, ``@``, tab or carriage return:
Excel, LibreOffice and Google Sheets may evaluate them (``=HYPERLINK(...)``, ``@SUM(...)``). Its
usual fix, a leading apostrophe, would change the data that programs read, so this package does this:

- curated metadata (sources.csv cells, registry names, aliases and descriptions) that looks like a
  formula is refused when the seeds are read;
- a span taken from an article never starts with one of those characters: its start moves past them
  and past the whitespace after them, so ``text == article[char_start:char_end]`` still holds;
- derived text (names, titles, what a number counts, who said it) loses them at its start.

Cells that start with ``-`` in number columns (negative coordinates) are numbers, not text, and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# One or more formula characters, each followed by any whitespace.
_LEADING = re.compile(r"(?:[=+\-@\t\r]\s*)+")
# Columns holding the exact characters of an article between char_start and char_end.
SPAN_TEXT_COLUMNS = ("text", "quote")
# Formatted values, never free text: a URL (checked to be http(s) at load), a hash, an EDTF date
# (where a leading "-" means a year before the common era).
NOT_FREE_TEXT = ("url", "sha256", "date_edtf")


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_START)


def strip_formula_start(value: str) -> str:
    """``value`` without formula characters (and the whitespace after them) at its start."""
    m = _LEADING.match(value)
    return value[m.end() :] if m else value


def trim_span(row: dict[str, Any], text_column: str) -> dict[str, Any] | None:
    """A copy of a span row whose text no longer starts like a formula (char_start moved by as many
    characters as were dropped), the row itself when it is safe, or None when nothing would be left."""
    text = row[text_column]
    m = _LEADING.match(text)
    if m is None:
        return row
    if m.end() == len(text):
        return None
    return row | {text_column: text[m.end() :], "char_start": row["char_start"] + m.end()}


def trim_spans(rows: Iterable[dict[str, Any]], text_column: str) -> list[dict[str, Any]]:
    return [r for r in (trim_span(row, text_column) for row in rows) if r is not None]


def free_text_columns(fields: Iterable[dict[str, Any]]) -> list[str]:
    """String columns whose values are free text: no enum, no pattern, not an ID, not a span's text."""
    out = []
    for f in fields:
        constraints = f.get("constraints", {})
        if f["type"] != "string" or "enum" in constraints or "pattern" in constraints:
            continue
        if f["name"].endswith("_id") or f["name"] in SPAN_TEXT_COLUMNS or f["name"] in NOT_FREE_TEXT:
            continue
        out.append(f["name"])
    return out


def strip_free_text(rows: list[dict[str, Any]], columns: list[str]) -> list[dict[str, Any]]:
    """Rows whose free-text cells no longer start like a formula (rows without such cells unchanged)."""
    out = []
    for r in rows:
        bad = {
            c: strip_formula_start(r[c]) or None for c in columns if isinstance(r.get(c), str) and _LEADING.match(r[c])
        }
        out.append(r | bad if bad else r)
    return out

"""The list of problems a validation finds, capped per check so a broken file does not print a million lines.

Rows are data rows of the CSV counted from 1 after the header line (a cell with a line break inside
still counts as one row), the same numbers in the CSV, Parquet and SQLite copies of a table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyarrow as pa

SHOWN_PER_CHECK = 5


class PackageUnreadable(Exception):
    """The package cannot be checked at all (descriptor or a file unreadable, unsafe or missing)."""


class Problems:
    """Problems in the order found; each check shows its first few rows and counts the rest."""

    def __init__(self, shown: int = SHOWN_PER_CHECK) -> None:
        self.lines: list[str] = []
        self.notes: list[str] = []
        self.shown = shown

    def __bool__(self) -> bool:
        return bool(self.lines)

    def add(self, line: str) -> None:
        self.lines.append(line)

    def note(self, line: str) -> None:
        self.notes.append(line)

    def rows(
        self,
        resource: str,
        columns: str | Sequence[str],
        rows: np.ndarray,
        what: Callable[[int], str],
    ) -> None:
        """One line per shown row (``rows``: 0-based indices, ascending) and one line counting the rest.
        ``what(i)`` says what is wrong in row i; it is called only for the rows shown."""
        if len(rows) == 0:
            return
        cols = columns if isinstance(columns, str) else ", ".join(columns)
        label = "column" if isinstance(columns, str) or len(columns) == 1 else "columns"
        for i in rows[: self.shown]:
            self.lines.append(f"{resource}: data row {int(i) + 1}, {label} {cols}: {what(int(i))}")
        if len(rows) > self.shown:
            self.lines.append(
                f"{resource}: {label} {cols}: ... and {len(rows) - self.shown} more rows with the same problem"
            )


def true_rows(mask: pa.ChunkedArray | pa.Array | np.ndarray) -> np.ndarray:
    """0-based indices where a boolean mask is true (nulls count as false)."""
    if isinstance(mask, np.ndarray):
        return np.flatnonzero(mask)
    if isinstance(mask, pa.ChunkedArray):
        mask = mask.combine_chunks() if mask.num_chunks != 1 else mask.chunk(0)
    if mask.null_count:
        mask = mask.fill_null(False)
    return np.flatnonzero(mask.to_numpy(zero_copy_only=False))


def cell(value: object, limit: int = 80) -> str:
    """A cell value for a message: repr, shortened."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."

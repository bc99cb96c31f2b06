"""Exceptions named for what went wrong, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class CaucasusPeaceError(Exception):
    """Base class: the CLI prints the message (never a traceback) and exits non-zero."""


class SeedError(CaucasusPeaceError):
    """An input file under seeds/ is missing, unreadable or malformed."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        where = f"{self.path} line {line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class ValidationFailed(CaucasusPeaceError):
    """The tables or the written package break the schema or an invariant."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"validation failed with {len(problems)} problem(s):\n{shown}{more}")

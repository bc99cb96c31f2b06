"""Exceptions named for what went wrong, each with a message a user can act on.

Every exception here pickles to itself (``__reduce__``), so an error raised in a worker process reads
exactly like the same error raised in the parent.
"""

from __future__ import annotations

import signal
from pathlib import Path


class CaucasusPeaceError(Exception):
    """Base class: the CLI prints the message (never a traceback) and exits non-zero."""


class FileProblem(CaucasusPeaceError):
    """Something is wrong with one file or folder (and maybe one line of it)."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.message = message
        self.line = line
        where = f"{self.path} line {line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")

    def __reduce__(self):
        return (type(self), (self.path, self.message, self.line))


class SeedError(FileProblem):
    """An input file under seeds/ is missing, unreadable or malformed."""


class OutputError(FileProblem):
    """The output folder cannot be written (read-only, full, not a folder, ...)."""


class BuildLocked(FileProblem):
    """Another build is writing the same output folder."""


class ExtractionFailed(FileProblem):
    """Extraction raised an unexpected exception on one article: a bug, reported with the article."""


class ValidationFailed(CaucasusPeaceError):
    """The tables or the written package break the schema or an invariant."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"validation failed with {len(problems)} problem(s):\n{shown}{more}")

    def __reduce__(self):
        return (type(self), (self.problems,))


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived. A KeyboardInterrupt, so that code cleaning up after Ctrl-C also cleans
    up after SIGTERM. (The build sets ``published`` on it when it arrived after the new package was in.)"""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        self.signum = signum
        super().__init__(signal.Signals(signum).name)

    def __reduce__(self):
        return (type(self), (self.signum,))

"""The examples of README.md and docs/*.md, found where the docs mark them, for tests that run them.

- A fenced block right after ``<!-- example: package -->`` (run in a built package folder) or
  ``<!-- example: release -->`` (run in an unpacked release): each ``python -c "..."`` command of a shell
  block (also inside ``a && b`` chains), each ``sqlite3 data/caucasus_peace.db "..."`` query, or a whole
  ``python`` block.
- Every ``sql`` block, marked or not (run on the package's SQLite database).
- Every link to the local site, ``http://127.0.0.1:8001/...``.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from caucasus_peace.paths import REPO_ROOT

DOCS = [REPO_ROOT / "README.md", *sorted((REPO_ROOT / "docs").glob("*.md"))]
SITE = "http://127.0.0.1:8001"
_BLOCK = re.compile(r"<!-- example: (package|release) -->\s*\n```(\w*)\n(.*?)```", re.S)
_SQL = re.compile(r"```sql\n(.*?)```", re.S)
_LINK = re.compile(r"\]\((" + re.escape(SITE) + r"/[^)\s]*)\)")


@dataclass(frozen=True)
class Example:
    doc: str
    where: str  # package or release
    kind: str  # python (code for python -c), script (a python block), sqlite (SQL)
    code: str

    def __str__(self) -> str:
        return f"{self.doc}: {self.code[:70]}"


def _commands(line: str) -> list[list[str]]:
    words = shlex.split(line, comments=True)
    commands, current = [], []
    for word in words:
        if word in ("&&", ";", "||"):
            commands.append(current)
            current = []
        else:
            current.append(word)
    return [*commands, current]


def examples(where: str | None = None) -> list[Example]:
    found = []
    for doc in DOCS:
        name = str(doc.relative_to(REPO_ROOT))
        text = doc.read_text(encoding="utf-8")
        found += [Example(name, "package", "sqlite", sql) for sql in _SQL.findall(text)]
        for place, lang, body in _BLOCK.findall(text):
            if lang == "python":
                found.append(Example(name, place, "script", body))
                continue
            for line in body.splitlines():
                for cmd in _commands(line):
                    if cmd[:1] in (["python"], ["python3"]) and len(cmd) == 3 and cmd[1] == "-c":
                        found.append(Example(name, place, "python", cmd[2]))
                    elif cmd[:2] == ["sqlite3", "data/caucasus_peace.db"] and len(cmd) == 3:
                        found.append(Example(name, place, "sqlite", cmd[2]))
    return [e for e in found if where is None or e.where == where]


def site_links() -> list[tuple[str, str]]:
    """(doc, path on the site) for every link to the local site."""
    return [
        (str(doc.relative_to(REPO_ROOT)), url.removeprefix(SITE))
        for doc in DOCS
        for url in _LINK.findall(doc.read_text(encoding="utf-8"))
    ]

"""Read and check the inputs under seeds/: articles/<source_id>.txt and sources.csv.

Seeds are never modified by code. Every problem is reported as a SeedError naming the file
(and line) at fault, so a user can fix it without reading a traceback.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from caucasus_peace.errors import SeedError
from caucasus_peace.source_review import apply_source_review
from caucasus_peace.spreadsheet import looks_like_formula

SOURCE_COLUMNS = ("source_id", "publisher", "published", "url", "byline", "published_note")
OPTIONAL_COLUMNS = ("title",)
SOURCE_ID = re.compile(r"[0-9A-Za-z_-]+")
# Publication dates before this are refused: the dataset is news about a conflict of the 20th and
# 21st centuries, and a typo such as 0001-01-01 would date events two thousand years back.
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
# Control characters (Unicode Cc) other than tab, line feed and a carriage return before a line feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
# RFC 4180 cells: a quoted cell (quotes inside doubled), or a plain cell without quotes or line breaks.
_QUOTED_CELL = re.compile(r'"((?:[^"]|"")*+)"')
_PLAIN_CELL = re.compile(r'[^,"\r\n]*')


@dataclass(frozen=True)
class Article:
    """One article and its metadata: the whole input of per-article extraction."""

    source_id: str
    text: str
    published: dt.date
    publisher: str
    url: str | None
    byline: str | None
    title: str | None
    published_note: str | None
    sha256: str
    path: str = field(default="", compare=False)  # the article file, for error messages

    def source_row(self) -> dict[str, object]:
        return {
            "source_id": self.source_id,
            "publisher": self.publisher,
            "published": self.published,
            "published_note": self.published_note,
            "url": self.url,
            "byline": self.byline,
            "title": self.title,
            "n_chars": len(self.text),
            "sha256": self.sha256,
        }


def _blank_to_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def today_anywhere() -> dt.date:
    """Today's date in the first time zone to reach it (UTC+14): no article can be newer."""
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=14))).date()


def check_inside(seeds_dir: Path, path: Path) -> None:
    """Refuse a symbolic link, or a path that resolves outside the seeds folder."""
    if path.is_symlink():
        raise SeedError(path, "is a symbolic link; put the file itself in the seeds folder")
    root = seeds_dir.resolve()
    if not path.resolve().is_relative_to(root):
        raise SeedError(path, f"resolves to {path.resolve()}, outside the seeds folder {root}")


def read_input_file(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file (never a symbolic link, FIFO or device), at most ``max_bytes``."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        if path.is_symlink():
            raise SeedError(path, "is a symbolic link; put the file itself in the seeds folder") from None
        if isinstance(e, FileNotFoundError):
            raise SeedError(path, "is missing") from None
        raise SeedError(path, f"cannot be read ({e.strerror or e})") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise SeedError(path, "is not a regular file")
    with os.fdopen(fd, "rb") as f:
        try:
            data = f.read() if max_bytes is None else f.read(max_bytes + 1)
        except OSError as e:
            raise SeedError(path, f"cannot be read ({e.strerror or e})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise SeedError(path, f"is larger than {max_bytes:,} bytes, the limit for this file")
    return data


def _control_character(text: str) -> tuple[int, str] | None:
    """(1-based line, description) of the first control character that has no place in text, or None."""
    m = _CONTROL.search(text)
    if m is None:
        return None
    char = m.group()
    what = (
        "a carriage return not followed by a line feed" if char == "\r" else f"the control character U+{ord(char):04X}"
    )
    return text.count("\n", 0, m.start()) + 1, what


def check_text(path: Path, text: str, line: int | None = None, what: str = "") -> None:
    """Refuse a metadata value that holds a control character or that a spreadsheet would run as a formula."""
    found = _control_character(text)
    if found:
        raise SeedError(path, f"{what}{' ' if what else ''}contains {found[1]}; remove it", line)
    if looks_like_formula(text):
        raise SeedError(
            path,
            f"{what}{' ' if what else ''}{text[:40]!r} starts with {text[0]!r}, which a spreadsheet would run as "
            "a formula; reword it",
            line,
        )


def read_article(path: Path) -> tuple[str, str]:
    """Return (text, sha256) of one article file; the text is exactly the decoded bytes."""
    data = read_input_file(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise SeedError(
            path, f"is not valid UTF-8 (byte {e.start} cannot be decoded); save it as UTF-8", line
        ) from None
    if not text.strip():
        raise SeedError(path, "is empty; remove it with its sources.csv row, or add the article text")
    found = _control_character(text)
    if found:
        raise SeedError(path, f"contains {found[1]}; remove it (articles are plain text)", found[0])
    return text, hashlib.sha256(data).hexdigest()


def _parse_date(value: str, path: Path, line: int) -> dt.date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise SeedError(
            path, f"published {value!r} is not a valid date (expected YYYY-MM-DD, a real day)", line
        ) from None
    if date < EARLIEST_PUBLISHED:
        raise SeedError(path, f"published {value} is before {EARLIEST_PUBLISHED}, the earliest date accepted", line)
    today = today_anywhere()
    if date > today:
        raise SeedError(path, f"published {value} is in the future (today is {today} in the earliest time zone)", line)
    return date


def _check_url(value: str, path: Path, line: int) -> None:
    """Only http(s) addresses with a host: a javascript: or file: link must never reach a published page."""
    try:
        parts = urlsplit(value)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname) and not re.search(r"\s", value)
    except ValueError:
        ok = False
    if not ok:
        raise SeedError(path, f"url {value[:80]!r} is not an http(s) address with a host (https://host/...)", line)


def parse_csv(text: str, path: Path) -> list[tuple[int, list[str]]]:
    """Records of an RFC 4180 CSV text, each with the line it starts on. Strict, unlike csv.reader:
    a stray or unterminated quote or a bare carriage return is an error naming its line."""
    records = []
    pos, line, end = 0, 1, len(text)
    while pos < end:
        first_line, cells = line, []
        while True:
            cell_line = line
            if text.startswith('"', pos):
                m = _QUOTED_CELL.match(text, pos)
                if m is None:
                    raise SeedError(path, 'has a quoted cell that is never closed; add the closing "', line)
                cells.append(m.group(1).replace('""', '"'))
                line += m.group(0).count("\n")
            else:
                m = _PLAIN_CELL.match(text, pos)
                cells.append(m.group())
            pos = m.end()
            if pos == end:
                break
            if text[pos] == ",":
                pos += 1
            elif text[pos] == "\n" or text.startswith("\r\n", pos):
                pos += 1 if text[pos] == "\n" else 2
                line += 1
                break
            elif text[pos] == "\r":
                raise SeedError(
                    path, "has a carriage return without a line feed; save it with \\n or \\r\\n line ends", line
                )
            elif m.re is _PLAIN_CELL:
                raise SeedError(
                    path, 'has a stray " inside a cell; quote the whole cell ("...") and double the quotes in it', line
                )
            else:
                raise SeedError(
                    path,
                    f'has text after the closing " of a quoted cell opened on line {cell_line}; '
                    "double the quotes inside a cell, and close every quoted cell",
                    line,
                )
        records.append((first_line, cells))
    while records and records[-1][1] == [""]:  # blank lines at the end of the file
        records.pop()
    return records


def read_sources(seeds_dir: Path) -> list[dict[str, str]]:
    """Rows of seeds/sources.csv, each with its line number, after checking columns, cells and keys."""
    path = seeds_dir / "sources.csv"
    if not seeds_dir.is_dir():
        raise SeedError(seeds_dir, "is not a readable seeds folder (expected articles/ and sources.csv in it)")
    if not path.exists() and not path.is_symlink():
        raise SeedError(path, "is missing; every seeds folder needs a sources.csv")
    check_inside(seeds_dir, path)
    data = read_input_file(path)
    try:
        # A UTF-8 byte-order mark (spreadsheets write one) is accepted and skipped.
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as e:
        raise SeedError(path, "is not valid UTF-8; save it as UTF-8", data[: e.start].count(b"\n") + 1) from None
    records = parse_csv(text, path)
    if not records:
        raise SeedError(path, "is empty; it needs a header line: " + ",".join(SOURCE_COLUMNS), 1)
    header_line, header = records[0]
    for i, name in enumerate(header):
        if name in header[:i]:
            raise SeedError(path, f"header names column {name!r} twice; keep one", header_line)
    missing = [c for c in SOURCE_COLUMNS if c not in header]
    if missing:
        raise SeedError(path, f"header lacks column(s) {', '.join(missing)}", header_line)
    unknown = [c for c in header if c not in SOURCE_COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        raise SeedError(path, f"header has unknown column(s) {', '.join(unknown)}", header_line)
    rows = []
    for line, cells in records[1:]:
        if cells == [""]:
            raise SeedError(path, "is an empty line; remove it", line)
        if len(cells) != len(header):
            raise SeedError(path, f"has {len(cells)} cells but the header has {len(header)} columns", line)
        for name, cell in zip(header, cells, strict=True):
            check_text(path, cell.strip(), line, name)
        rows.append(dict(zip(header, cells, strict=True)) | {"_line": str(line)})
    return rows


def load_articles(seeds_dir: Path) -> list[Article]:
    """All articles, sorted by source_id, each checked against its sources.csv row."""
    rows = read_sources(seeds_dir)
    csv_path = seeds_dir / "sources.csv"
    articles_dir = seeds_dir / "articles"
    if not articles_dir.is_dir():
        raise SeedError(articles_dir, "is missing; put one <source_id>.txt per article there")
    check_inside(seeds_dir, articles_dir)
    first_line: dict[str, int] = {}
    for row in rows:
        line = int(row["_line"])
        sid = (row["source_id"] or "").strip()
        if not SOURCE_ID.fullmatch(sid):
            raise SeedError(csv_path, f"source_id {sid!r} must be letters, digits, '_' or '-'", line)
        if sid in first_line:
            raise SeedError(csv_path, f"duplicate source_id {sid!r} (first on line {first_line[sid]})", line)
        first_line[sid] = line
        if not _blank_to_none(row["publisher"]):
            raise SeedError(csv_path, f"publisher is empty for {sid!r}", line)
    files = {p.stem: p for p in articles_dir.glob("*.txt")}
    for sid, p in sorted(files.items()):
        if sid not in first_line:
            raise SeedError(p, f"has no row in {csv_path}; add a row with source_id {sid!r}")
    articles = []
    for row in rows:
        line = int(row["_line"])
        sid = row["source_id"].strip()
        path = files.get(sid)
        if path is None:
            raise SeedError(csv_path, f"source_id {sid!r} has no article file {articles_dir / (sid + '.txt')}", line)
        published = _parse_date((row["published"] or "").strip(), csv_path, line)
        url = _blank_to_none(row["url"])
        if url is not None:
            _check_url(url, csv_path, line)
        check_inside(seeds_dir, path)
        text, sha = read_article(path)
        articles.append(
            Article(
                source_id=sid,
                text=text,
                published=published,
                publisher=row["publisher"].strip(),
                url=url,
                byline=_blank_to_none(row["byline"]),
                title=_blank_to_none(row.get("title")),
                published_note=_blank_to_none(row["published_note"]),
                sha256=sha,
                path=str(path),
            )
        )
    # Reviewed values for cells sources.csv leaves empty (seeds/sources_review.yaml).
    return apply_source_review(sorted(articles, key=lambda a: a.source_id), seeds_dir)

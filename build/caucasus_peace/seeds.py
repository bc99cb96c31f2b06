"""Read and check the inputs under seeds/: articles/<source_id>.txt and sources.csv.

Seeds are never modified by code. Every problem is reported as a SeedError naming the file
(and line) at fault, so a user can fix it without reading a traceback.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from caucasus_peace.errors import SeedError
from caucasus_peace.source_review import apply_source_review

SOURCE_COLUMNS = ("source_id", "publisher", "published", "url", "byline", "published_note")
OPTIONAL_COLUMNS = ("title",)
SOURCE_ID = re.compile(r"[0-9A-Za-z_-]+")


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


def read_article(path: Path) -> tuple[str, str]:
    """Return (text, sha256) of one article file; the text is exactly the decoded bytes."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise SeedError(path, f"cannot be read ({e.strerror or e})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise SeedError(
            path, f"is not valid UTF-8 (byte {e.start} cannot be decoded); save it as UTF-8", line
        ) from None
    if not text.strip():
        raise SeedError(path, "is empty; remove it with its sources.csv row, or add the article text")
    return text, hashlib.sha256(data).hexdigest()


def _parse_date(value: str, path: Path, line: int) -> dt.date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SeedError(
            path, f"published {value!r} is not a valid date (expected YYYY-MM-DD, a real day)", line
        ) from None


def read_sources(seeds_dir: Path) -> list[dict[str, str]]:
    """Rows of seeds/sources.csv, each with its line number, after checking columns and keys."""
    path = seeds_dir / "sources.csv"
    if not seeds_dir.is_dir():
        raise SeedError(seeds_dir, "is not a readable seeds folder (expected articles/ and sources.csv in it)")
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            header = reader.fieldnames or []
            missing = [c for c in SOURCE_COLUMNS if c not in header]
            if missing:
                raise SeedError(path, f"header lacks column(s) {', '.join(missing)}", 1)
            unknown = [c for c in header if c not in SOURCE_COLUMNS + OPTIONAL_COLUMNS]
            if unknown:
                raise SeedError(path, f"header has unknown column(s) {', '.join(unknown)}", 1)
            rows = []
            for row in reader:
                if None in row:
                    raise SeedError(path, "has more cells than the header has columns", reader.line_num)
                rows.append(row | {"_line": str(reader.line_num)})
    except FileNotFoundError:
        raise SeedError(path, "is missing; every seeds folder needs a sources.csv") from None
    except UnicodeDecodeError:
        raise SeedError(path, "is not valid UTF-8") from None
    except OSError as e:
        raise SeedError(path, f"cannot be read ({e.strerror or e})") from None
    return rows


def load_articles(seeds_dir: Path) -> list[Article]:
    """All articles, sorted by source_id, each checked against its sources.csv row."""
    rows = read_sources(seeds_dir)
    csv_path = seeds_dir / "sources.csv"
    articles_dir = seeds_dir / "articles"
    if not articles_dir.is_dir():
        raise SeedError(articles_dir, "is missing; put one <source_id>.txt per article there")
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
        text, sha = read_article(path)
        articles.append(
            Article(
                source_id=sid,
                text=text,
                published=published,
                publisher=row["publisher"].strip(),
                url=_blank_to_none(row["url"]),
                byline=_blank_to_none(row["byline"]),
                title=_blank_to_none(row.get("title")),
                published_note=_blank_to_none(row["published_note"]),
                sha256=sha,
            )
        )
    # Reviewed values for cells sources.csv leaves empty (seeds/sources_review.yaml).
    return apply_source_review(sorted(articles, key=lambda a: a.source_id), seeds_dir)

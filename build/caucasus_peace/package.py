"""The Frictionless descriptor of a built package (publishing it: outdir.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from caucasus_peace.parts import PARTS_SUFFIX, part_files, part_rows, parts_folder
from caucasus_peace.paths import DATA_DIRNAME, DATABASE_FILE, DATABASE_NAME
from caucasus_peace.schema import Package, frictionless_schema
from caucasus_peace.seeds import Article

PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
SQLITE_MEDIATYPE = "application/vnd.sqlite3"


def file_facts(path: Path, prefix: str = "") -> dict[str, Any]:
    """Size and hash of a file. Parquet resources carry them as x-bytes/x-hash: frictionless reads
    Parquet through pandas, cannot measure its bytes, and would report every file as mismatched."""
    data = path.read_bytes()
    return {f"{prefix}bytes": len(data), f"{prefix}hash": f"sha256:{hashlib.sha256(data).hexdigest()}"}


def descriptor(package: Package, root: Path, articles: list[Article]) -> dict[str, Any]:
    """datapackage.json: metadata, licences, sources, two resources (CSV, Parquet) per table, and the
    SQLite database as ``x-database``: not a resource (Frictionless cannot read it as a table), but
    described with its size and hash so that validate can check it."""
    meta = package.meta
    resources = []
    for t in package.tables.values():
        common = {"title": t.schema["title"], "description": t.schema["description"].strip()}
        schema = frictionless_schema(t)
        csv_path = f"data/{t.name}.csv"
        resources.append(
            {"name": t.name, "path": csv_path, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8"}
            | common
            | file_facts(root / csv_path)
            | {"dialect": {"header": True, "delimiter": ","}, "schema": schema}
        )
        pq_path = f"data/{t.name}.parquet"
        resources.append(
            {"name": f"{t.name}-parquet", "path": pq_path, "format": "parquet", "mediatype": PARQUET_MEDIATYPE}
            | common
            | file_facts(root / pq_path, prefix="x-")
            | {"schema": schema}
        )
        parts = part_files(root, t.name)
        if parts:
            resources.append(parts_resource(root, t.name, parts, common, schema))
    return {
        "name": meta["name"],
        "title": meta["title"],
        "description": meta["description"].strip(),
        "version": package.version,
        "homepage": meta["homepage"],
        "keywords": meta["keywords"],
        "licenses": meta["licenses"],
        "x-code-license": meta["x-code-license"],
        "x-article-text-note": meta["x-article-text-note"].strip(),
        "contributors": meta["contributors"],
        "sources": [
            {"title": f"{a.publisher}, {a.published.isoformat()} ({a.source_id})"} | ({"path": a.url} if a.url else {})
            for a in articles
        ],
        "resources": resources,
        "x-database": database_entry(root),
    }


def parts_resource(
    root: Path, table: str, parts: list[str], common: dict[str, Any], schema: dict[str, Any]
) -> dict[str, Any]:
    """The partitioned Parquet copy of a table (parts.py): its folder as the path, which frictionless, pandas,
    pyarrow and DuckDB read as one table, and each part's path, rows, size and hash in x-parts."""
    return (
        {"name": f"{table}{PARTS_SUFFIX}", "path": parts_folder(table), "format": "parquet"}
        | {"mediatype": PARQUET_MEDIATYPE}
        | common
        | {"x-parts": [{"path": p, "rows": part_rows(root / p)} | file_facts(root / p) for p in parts]}
        | {"schema": schema}
    )


def sqlite_writer_version(path: Path) -> str:
    """The version of the SQLite library that last wrote a database file (bytes 96-99 of its header):
    its bytes, and so its hash, depend on it."""
    with open(path, "rb") as f:
        header = f.read(100)
    number = int.from_bytes(header[96:100], "big") if len(header) == 100 else 0
    return f"{number // 1_000_000}.{number // 1000 % 1000}.{number % 1000}"


def database_entry(root: Path) -> dict[str, Any]:
    path = f"{DATA_DIRNAME}/{DATABASE_FILE}"
    return {
        "name": DATABASE_NAME,
        "path": path,
        "format": "sqlite",
        "mediatype": SQLITE_MEDIATYPE,
        "description": "Every table above, equal to its CSV cell for cell, plus the search tables of the "
        "Datasette site (caucasus-peace serve). Written by caucasus-peace build (and by serve when missing); "
        "the repository does not commit it, the release zip includes it.",
        "sqlite_version": sqlite_writer_version(root / path),
    } | file_facts(root / path)


def write_descriptor(path: Path, desc: dict[str, Any]) -> None:
    path.write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

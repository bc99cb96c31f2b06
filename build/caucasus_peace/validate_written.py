"""Validation of a written package, vectorised over Arrow: everything that makes it publishable.

The descriptor (readable, safe paths, schemas equal to what schemas/ generates), every file's bytes and
SHA-256, CSV cells of the right type, required, enum, pattern, bounds, unique and primary keys, foreign
keys, entity_type/entity_id pairs, no control characters, spans that slice their article to their text,
Parquet equal to CSV, and the SQLite database described in the descriptor and equal to the CSVs.
Frictionless stays the judge of the standard: ``caucasus-peace validate --frictionless`` runs it too.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from caucasus_peace.package import sqlite_writer_version
from caucasus_peace.parts import PARTS_SUFFIX, part_path, parts_folder
from caucasus_peace.paths import DATA_DIRNAME, DATABASE_FILE
from caucasus_peace.schema import Package, Table, frictionless_schema, load_package
from caucasus_peace.validate_cells import check_cells
from caucasus_peace.validate_copies import check_database, check_parquet, read_database, read_parquet
from caucasus_peace.validate_links import (
    check_entity_pairs,
    check_foreign_keys,
    check_spans,
    check_texts,
    texts_from_seeds,
)
from caucasus_peace.validate_problems import PackageUnreadable, Problems
from caucasus_peace.validate_read import (
    DESCRIPTOR,
    CsvBroken,
    facts,
    read_csv_cells,
    read_descriptor,
    read_file,
    safe_path,
    typed_table,
)

DATABASE_KEY = "x-database"


@dataclass
class Report:
    """What a validation found. ``problems`` block publishing; ``notes`` say what could not be checked."""

    descriptor: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows: int = 0
    seconds: float = 0.0
    readable: bool = True  # False: the descriptor or a file could not be read at all (one problem says why)

    @property
    def valid(self) -> bool:
        return not self.problems


def expected_resources(package: Package, partitioned: bool = False) -> dict[str, tuple[Table, str, str]]:
    """resource name -> (table, path, format), as package.descriptor writes them (with ``partitioned``, the
    partitioned Parquet copy of every table too: a package has them for all tables or for none)."""
    out = {}
    for t in package.tables.values():
        out[t.name] = (t, f"{DATA_DIRNAME}/{t.name}.csv", "csv")
        out[f"{t.name}-parquet"] = (t, f"{DATA_DIRNAME}/{t.name}.parquet", "parquet")
        if partitioned:
            out[f"{t.name}{PARTS_SUFFIX}"] = (t, parts_folder(t.name), "parquet")
    return out


def _is_parts(name: str) -> bool:
    return name.endswith(PARTS_SUFFIX)


def check_package(
    root: Path,
    texts: Mapping[str, str | bytes] | None = None,
    seeds: Path | None = None,
    package: Package | None = None,
) -> Report:
    """Validate the package in ``root``. Article texts for the span checks come from ``texts`` (the build
    passes them) or from ``seeds``/articles (each file must match sources.sha256); with neither, the
    spans are not checked and a note says so. Never raises on a bad package: an unreadable one gives a
    single problem naming the file."""
    start = time.perf_counter()
    report = Report(root / DESCRIPTOR)
    problems = Problems()
    try:
        report.rows = _check(root, package or load_package(), problems, texts, seeds)
    except PackageUnreadable as e:
        problems.lines[:] = [str(e)]
        report.readable = False
    report.problems, report.notes = problems.lines, problems.notes
    report.seconds = time.perf_counter() - start
    return report


def _check(
    root: Path,
    package: Package,
    problems: Problems,
    texts: Mapping[str, str | bytes] | None,
    seeds: Path | None,
) -> int:
    desc = read_descriptor(root)
    partitioned = any(isinstance(r, dict) and _is_parts(str(r.get("name"))) for r in desc["resources"])
    expected = expected_resources(package, partitioned)
    resources = _check_resources(desc, expected, problems)
    # Missing files make the package unreadable.
    files = {name: read_file(root, res["path"]) for name, res in resources.items() if not _is_parts(name)}
    for name, data in files.items():
        _check_facts(resources[name], data, problems)
    parts = {
        name: _read_parts(root, res, expected[name][0].name, problems)
        for name, res in resources.items()
        if _is_parts(name)
    }
    database = _database_path(root, desc, problems)
    with ThreadPoolExecutor(max_workers=1) as pool:
        db = pool.submit(read_database, database, package) if database else None
        data = _check_tables(package, resources, files, problems, texts, seeds)
        for name, table in package.tables.items():
            parts_name = f"{name}{PARTS_SUFFIX}"
            if parts.get(parts_name) and name in data:
                _check_parts(table, resources[parts_name], parts[parts_name], data[name], resources[name], problems)
        if db is not None:
            check_database(database, package, db.result(), data, desc[DATABASE_KEY]["path"], problems)
    return sum(t.num_rows for t in data.values())


def _check_tables(
    package: Package,
    resources: dict[str, dict[str, Any]],
    files: dict[str, bytes],
    problems: Problems,
    texts: Mapping[str, str | bytes] | None,
    seeds: Path | None,
) -> dict[str, pa.Table]:
    """Every check of the CSV tables and of their Parquet copies; returns the typed tables."""
    cells: dict[str, pa.Table] = {}
    data: dict[str, pa.Table] = {}
    wrong_type: dict[str, set[str]] = {}
    for name, table in package.tables.items():
        if name not in files:
            continue
        try:
            cells[name] = read_csv_cells(files[name], table, resources[name]["path"])
        except CsvBroken as e:
            problems.add(str(e))
            continue
        data[name], wrong_type[name] = typed_table(cells[name], table, name, problems)
        check_cells(table, data[name], cells[name], name, problems, raw=files[name])
    check_foreign_keys(package, data, problems)
    check_entity_pairs(data, problems)
    _check_articles(data, texts, seeds, problems)

    for name, table in package.tables.items():
        pq_name = f"{name}-parquet"
        if pq_name not in files or name not in data:
            continue
        label = resources[pq_name]["path"]
        try:
            parquet = read_parquet(files[pq_name])
        except ValueError as e:
            stale = _facts_problem(label)
            also = ", and its size or sha256 differs from datapackage.json" if stale in problems.lines else ""
            if also:
                problems.lines.remove(stale)  # one line for one broken file
            problems.add(f"{label}: not a readable Parquet file ({e}){also}; rebuild the package")
            continue
        csv_label = resources[name]["path"]
        check_parquet(parquet, table, data[name], pq_name, csv_label, problems, skip=frozenset(wrong_type[name]))
    return data


def _read_parts(root: Path, res: dict[str, Any], table: str, problems: Problems) -> list[bytes]:
    """The bytes of each part of a partitioned Parquet resource, after their size and hash. The folder must
    hold exactly the listed parts: a reader of the folder (DuckDB, pandas) would read any other file too."""
    entries = res.get("x-parts")
    if not isinstance(entries, list) or not entries or not all(isinstance(e, dict) for e in entries):
        problems.add(
            f"{DESCRIPTOR}: resource {res['name']!r} has no x-parts list (each part's path, rows, bytes, hash)"
        )
        return []
    want = [part_path(table, k) for k in range(len(entries))]
    if [e.get("path") for e in entries] != want:
        problems.add(f"{DESCRIPTOR}: resource {res['name']!r}: x-parts must list {want[0]} ... {want[-1]} in order")
        return []
    folder = safe_path(root, res["path"], f"{DESCRIPTOR}: resource {res['name']!r}")
    found = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    extra = sorted(set(found) - {p.rsplit("/", 1)[1] for p in want})
    if extra:
        problems.add(f"{res['path']}: holds {', '.join(extra)}, not listed in {DESCRIPTOR}; rebuild the package")
    out = []
    for e in entries:
        data = read_file(root, e["path"])
        if (e.get("bytes"), e.get("hash")) != facts(data):
            problems.add(_facts_problem(e["path"]))
        out.append(data)
    return out


def _check_parts(
    table: Table,
    res: dict[str, Any],
    parts: list[bytes],
    expected: pa.Table,
    csv_res: dict[str, Any],
    problems: Problems,
) -> None:
    """The parts, read in order, hold exactly the rows of the CSV table (each part its listed row count)."""
    pieces = []
    for e, data in zip(res["x-parts"], parts, strict=True):
        try:
            piece = read_parquet(data)
        except ValueError as err:
            problems.add(f"{e['path']}: not a readable Parquet file ({err}); rebuild the package")
            return
        if piece.num_rows != e.get("rows"):
            problems.add(f"{e['path']}: {piece.num_rows} rows, {DESCRIPTOR} says {e.get('rows')}")
        pieces.append(piece)
    try:
        whole = pa.concat_tables(pieces)
    except pa.ArrowInvalid:
        problems.add(f"{res['path']}: its parts do not have the same columns and types; rebuild the package")
        return
    check_parquet(whole, table, expected, res["name"], csv_res["path"], problems)


def _check_resources(
    desc: dict[str, Any], expected: dict[str, tuple[Table, str, str]], problems: Problems
) -> dict[str, dict[str, Any]]:
    """The descriptor lists exactly the expected resources, each with its path, format and the schema
    that schemas/ generates. Returns the resources that can be checked further, by name."""
    found: dict[str, dict[str, Any]] = {}
    for res in desc["resources"]:
        name = res["name"]
        if name in found:
            problems.add(f"{DESCRIPTOR}: resource {name!r} is listed twice")
        elif name not in expected:
            problems.add(f"{DESCRIPTOR}: resource {name!r} is not a table of schemas/package.yaml")
        else:
            found[name] = res
    for name, (table, path, fmt) in expected.items():
        res = found.get(name)
        if res is None:
            problems.add(f"{DESCRIPTOR}: resource {name!r} ({path}) is missing; rebuild the package")
            continue
        if res["path"] != path or res.get("format") != fmt:
            problems.add(f"{DESCRIPTOR}: resource {name!r} must be {path} in format {fmt}")
            del found[name]
            continue
        diff = _schema_difference(res.get("schema"), frictionless_schema(table))
        if diff:
            problems.add(
                f"{DESCRIPTOR}: resource {name!r}: schema differs from schemas/{table.name}.schema.yaml ({diff})"
            )
    return found


def _schema_difference(got: object, want: dict[str, Any]) -> str:
    if got == want:
        return ""
    if not isinstance(got, dict):
        return "no schema object"
    for key in sorted(set(got) | set(want)):
        if key == "fields" and isinstance(got.get("fields"), list):
            mine = {f.get("name"): f for f in got["fields"] if isinstance(f, dict)}
            for f in want["fields"]:
                if mine.get(f["name"]) != f:
                    return f"field {f['name']}"
            return "fields differ in number or order"
        if got.get(key) != want.get(key):
            return key
    return "?"


def _check_facts(res: dict[str, Any], data: bytes, problems: Problems) -> None:
    # Parquet resources carry x-bytes/x-hash: frictionless would otherwise measure the pandas view.
    prefix = "x-" if res.get("format") == "parquet" else ""
    size, sha = facts(data)
    if (res.get(f"{prefix}bytes"), res.get(f"{prefix}hash")) != (size, sha):
        problems.add(_facts_problem(res["path"]))


def _facts_problem(path: str) -> str:
    return f"{path}: size or sha256 differs from datapackage.json; rebuild the package"


def _check_articles(
    data: dict[str, pa.Table],
    texts: Mapping[str, str | bytes] | None,
    seeds: Path | None,
    problems: Problems,
) -> None:
    if "sources" not in data:
        return
    sources = data["sources"]
    if texts is not None:
        encoded = {k: v.encode("utf-8") if isinstance(v, str) else v for k, v in texts.items()}
        check_texts(sources, encoded, problems)
    elif seeds is not None:
        if not (seeds / "articles").is_dir():
            problems.add(f"{seeds / 'articles'}: missing; the spans cannot be checked against these seeds")
            return
        encoded = texts_from_seeds(seeds, sources, problems)
    else:
        problems.note("spans not checked: no article texts (put seeds/ beside the package or pass --seeds DIR)")
        return
    unchecked = check_spans(data, encoded, problems)
    if unchecked:
        problems.note(f"{unchecked} spans not checked: their article text is not available")


def _database_path(root: Path, desc: dict[str, Any], problems: Problems) -> Path | None:
    """The database file when the descriptor describes it and it is present, after its size and hash."""
    entry = desc.get(DATABASE_KEY)
    if not isinstance(entry, dict) or "path" not in entry:
        problems.add(f"{DESCRIPTOR}: no {DATABASE_KEY} entry (path, bytes, hash of the SQLite database); rebuild")
        return None
    path = safe_path(root, entry["path"], f"{DESCRIPTOR}: {DATABASE_KEY}")
    if entry["path"] != f"{DATA_DIRNAME}/{DATABASE_FILE}":
        problems.add(f"{DESCRIPTOR}: {DATABASE_KEY} path must be {DATA_DIRNAME}/{DATABASE_FILE}")
        return None
    if not path.is_file():
        problems.note(f"{entry['path']} not checked: absent (it is not committed; build or serve creates it)")
        return None
    data = read_file(root, entry["path"])
    if (entry.get("bytes"), entry.get("hash")) != facts(data):
        written_by = sqlite_writer_version(path)
        if entry.get("sqlite_version") not in (None, written_by):
            # Another SQLite library writes other bytes for the same rows: only the cells can be compared.
            problems.note(
                f"{entry['path']}: written by SQLite {written_by}, its hash in {DESCRIPTOR} is for "
                f"SQLite {entry['sqlite_version']}; its tables were compared with the CSVs instead"
            )
        else:
            problems.add(_facts_problem(entry["path"]))
    return path

"""Validation in layers; every layer blocks publishing.

1. per table: pandera (lazy: the whole failure table is reported);
2. across tables: foreign keys and the offset invariant article[char_start:char_end] == text;
3. the written package: frictionless on datapackage.json, file sizes and hashes, Parquet == CSV.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from caucasus_peace.package import file_facts
from caucasus_peace.schema import Package, pandera_schema
from caucasus_peace.tables import ENTITY_TABLES, Rows, csv_cell, to_frame

SPAN_TEXT = {"mentions": "text", "quantities": "text", "time_expressions": "text", "event_sources": "quote"}


def check_tables(package: Package, tables: dict[str, Rows]) -> list[str]:
    """pandera checks of every table, lazily, so one run lists every failing cell."""
    import pandera.errors

    problems: list[str] = []
    for name, table in package.tables.items():
        frame = to_frame(table, tables[name])
        try:
            pandera_schema(table).validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as e:
            cases = e.failure_cases
            for rec in cases.head(50).to_dict("records"):
                problems.append(
                    f"{name}: column {rec.get('column')!s} check {rec.get('check')!s} "
                    f"failed at row {rec.get('index')!s} (value {rec.get('failure_case')!r})"
                )
            if len(cases) > 50:
                problems.append(f"{name}: ... {len(cases) - 50} more pandera failures")
    return problems


def check_references(package: Package, tables: dict[str, Rows]) -> list[str]:
    """Foreign keys (declared in the schemas) and the polymorphic entity_id/entity_type pairs."""
    problems: list[str] = []
    for name, table in package.tables.items():
        for fk in table.foreign_keys:
            ref = fk["reference"]
            targets = {tuple(r[c] for c in ref["fields"]) for r in tables[ref["resource"]]}
            for i, r in enumerate(tables[name]):
                key = tuple(r[c] for c in fk["fields"])
                if all(v is not None for v in key) and key not in targets:
                    problems.append(f"{name} row {i}: {fk['fields']}={key} not found in {ref['resource']}")
    ids = {etype: {r[pk] for r in tables[t]} for etype, (t, pk) in ENTITY_TABLES.items()}
    for name in ("mentions", "event_participants"):
        for i, r in enumerate(tables[name]):
            if r["entity_id"] not in ids.get(r["entity_type"], set()):
                problems.append(f"{name} row {i}: {r['entity_type']} {r['entity_id']!r} not in its table")
    return problems


def check_spans(tables: dict[str, Rows], texts: dict[str, str]) -> list[str]:
    """Every span slices its article to exactly the text stored beside it."""
    problems: list[str] = []
    for name, col in SPAN_TEXT.items():
        for r in tables[name]:
            text = texts.get(r["source_id"])
            if text is None or text[r["char_start"] : r["char_end"]] != r[col]:
                problems.append(
                    f"{name}: span [{r['char_start']}, {r['char_end']}) of {r['source_id']} does not slice to "
                    f"{col}={r[col]!r}"
                )
    return problems


def validate_tables(package: Package, tables: dict[str, Rows], texts: dict[str, str]) -> list[str]:
    return check_tables(package, tables) + check_references(package, tables) + check_spans(tables, texts)


# --- the written package -------------------------------------------------------------------


def validate_package(root: Path) -> list[str]:
    """Check a written package: frictionless, file bytes and hashes, Parquet equal to CSV."""
    from frictionless import Package as FrictionlessPackage

    descriptor_path = root / "datapackage.json"
    if not descriptor_path.is_file():
        return [f"{descriptor_path}: missing; build the package first (caucasus-peace build)"]
    try:
        descriptor: dict[str, Any] = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"{descriptor_path} line {e.lineno}: not valid JSON ({e.msg})"]
    problems: list[str] = []
    for res in descriptor.get("resources", []):
        path = root / res["path"]
        if not path.is_file():
            problems.append(f"{res['path']}: listed in datapackage.json but missing")
            continue
        prefix = "x-" if res.get("format") == "parquet" else ""
        if file_facts(path, prefix) != {k: res.get(k) for k in (f"{prefix}bytes", f"{prefix}hash")}:
            problems.append(f"{res['path']}: size or sha256 differs from datapackage.json; rebuild the package")
    if problems:
        return problems
    # frictionless judges the CSV resources: it reads Parquet through pandas, where a missing number becomes NaN
    # and fails range constraints (e.g. a place without coordinates). Parquet is checked equal to its CSV below.
    csv_only = descriptor | {"resources": [r for r in descriptor["resources"] if r.get("format") != "parquet"]}
    report = FrictionlessPackage.from_descriptor(csv_only, basepath=str(root)).validate()
    if not report.valid:
        for task in report.tasks:
            for err in task.errors[:20]:
                row = getattr(err, "row_number", None)
                where = f"{task.name} row {row}" if row else task.name
                problems.append(f"frictionless: {where}: {err.message}")
    problems += check_parquet_matches_csv(root, descriptor)
    return problems


def check_parquet_matches_csv(root: Path, descriptor: dict[str, Any]) -> list[str]:
    """The Parquet and CSV resources of each table hold the same rows, cell for cell."""
    problems: list[str] = []
    by_name = {r["name"]: r for r in descriptor["resources"]}
    for res in descriptor["resources"]:
        if res.get("format") != "parquet":
            continue
        csv_res = by_name.get(res["name"].removesuffix("-parquet"))
        if csv_res is None:
            problems.append(f"{res['path']}: no CSV resource beside it")
            continue
        table = pq.read_table(root / res["path"])
        parquet_lines = [[csv_cell(v) for v in row.values()] for row in table.to_pylist()]
        with open(root / csv_res["path"], encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            csv_lines = list(reader)
        if header != table.column_names:
            problems.append(f"{res['path']}: columns differ from {csv_res['path']}")
        elif parquet_lines != csv_lines:
            problems.append(f"{res['path']}: rows differ from {csv_res['path']}")
    return problems

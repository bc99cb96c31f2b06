"""Validation in layers; every layer blocks publishing.

1. per table: pandera (lazy: the whole failure table is reported);
2. across tables: foreign keys and the offset invariant article[char_start:char_end] == text;
3. the written package, vectorised over Arrow (caucasus_peace.validate_written): descriptor, file sizes
   and hashes, every cell and key, spans, Parquet and SQLite equal to CSV. Frictionless stays available
   (`caucasus-peace validate --frictionless`, and a test on the committed package).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from caucasus_peace.schema import Package, pandera_schema
from caucasus_peace.tables import ENTITY_TABLES, Rows, to_frame

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


def validate_package(
    root: Path, texts: Mapping[str, str | bytes] | None = None, seeds: Path | None = None
) -> list[str]:
    """Problems of the written package in ``root`` (empty: valid); see caucasus_peace.validate_written."""
    from caucasus_peace.validate_written import check_package

    return check_package(root, texts=texts, seeds=seeds).problems


def frictionless_problems(descriptor: Path, limit: int = 20) -> list[str]:
    """Frictionless's verdict on datapackage.json, as lines: the CSV resources, keys across resources.

    Frictionless reads Parquet through pandas, where a missing number becomes NaN and breaks range constraints
    (a place without coordinates): it judges the CSV resources, and check_package compares Parquet with them."""
    import json

    from frictionless import FrictionlessException, Package

    try:
        doc = json.loads(descriptor.read_text(encoding="utf-8"))
        doc["resources"] = [r for r in doc["resources"] if r.get("format") != "parquet"]
        report = Package.from_descriptor(doc, basepath=str(descriptor.parent)).validate()
    except (FrictionlessException, ValueError, KeyError, TypeError) as e:
        return [f"frictionless: {descriptor}: {e}"]
    problems = []
    for task in report.tasks:
        for err in task.errors[:limit]:
            where = [task.name]
            if getattr(err, "row_number", None):
                where.append(f"row {err.row_number} (counting the header as row 1)")
            if getattr(err, "field_name", None):
                where.append(f"column {err.field_name}")
            problems.append(f"frictionless: {', '.join(where)}: {err.message}")
        if len(task.errors) > limit:
            problems.append(f"frictionless: {task.name}: ... and {len(task.errors) - limit} more errors")
    problems += [f"frictionless: {err.message}" for err in report.errors[:limit]]
    return problems

"""The fast validator is not weaker than Frictionless: a built package corrupted in many distinct ways is
refused every time, with a message naming the table, the column and the data row; Frictionless refuses
every corruption it can see, and the ones it cannot see are listed with the reason.

Where a corruption is meant to get past the hash check, the descriptor is re-hashed after it, so that
the content checks are what catch it."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from caucasus_peace.package import file_facts
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.schema import load_package
from caucasus_peace.validate_written import check_package
from caucasus_peace.write import write_parquet

PACKAGE = load_package()


# --- editing a copy of the package ------------------------------------------------------------


def read_rows(pkg: Path, table: str) -> list[list[str]]:
    with open(pkg / "data" / f"{table}.csv", encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def write_rows(pkg: Path, table: str, rows: list[list[str]]) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    (pkg / "data" / f"{table}.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")


def set_cell(pkg: Path, table: str, row: int, column: str, value: str) -> None:
    """Set one cell; ``row`` is the 1-based data row (the header is not counted)."""
    rows = read_rows(pkg, table)
    rows[row][rows[0].index(column)] = value
    write_rows(pkg, table, rows)


def cell_of(pkg: Path, table: str, row: int, column: str) -> str:
    rows = read_rows(pkg, table)
    return rows[row][rows[0].index(column)]


def set_parquet_cell(pkg: Path, table: str, row: int, column: str, value: object) -> None:
    path = pkg / "data" / f"{table}.parquet"
    rows = pq.read_table(path).to_pylist()
    rows[row - 1][column] = value
    write_parquet(path, PACKAGE.tables[table], rows)


def edit_descriptor(pkg: Path, edit: Callable[[dict], None]) -> None:
    path = pkg / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    edit(desc)
    path.write_text(json.dumps(desc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def rehash(pkg: Path) -> None:
    """Record every file's current size and hash, as a careful forger would."""

    def edit(desc: dict) -> None:
        for res in desc["resources"]:
            prefix = "x-" if res["format"] == "parquet" else ""
            if (pkg / res["path"]).exists():
                res.update(file_facts(pkg / res["path"], prefix))
        desc["x-database"].update(file_facts(pkg / desc["x-database"]["path"]))

    edit_descriptor(pkg, edit)


def flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))


def first_row(pkg: Path, table: str, column: str, value: str) -> int:
    rows = read_rows(pkg, table)
    col = rows[0].index(column)
    return next(i for i in range(1, len(rows)) if rows[i][col] == value)


# --- the corruptions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corruption:
    apply: Callable[[Path], list[str]]  # corrupts the copy; returns what one problem line must all contain
    rehash: bool
    frictionless: str  # "sees", or why it cannot see it


def _wrong_type(pkg: Path) -> list[str]:
    set_cell(pkg, "mentions", 3, "char_start", "3x")
    return ["mentions: data row 3, column char_start", "'3x' is not an integer"]


def _empty_required(pkg: Path) -> list[str]:
    set_cell(pkg, "events", 2, "event_type", "")
    return ["events: data row 2, column event_type", "required"]


def _unknown_enum(pkg: Path) -> list[str]:
    set_cell(pkg, "quantities", 2, "qualifier", "roughly")
    return ["quantities: data row 2, column qualifier", "'roughly' is not in the enum"]


def _impossible_date(pkg: Path) -> list[str]:
    set_cell(pkg, "sources", 1, "published", "2025-02-30")
    return ["sources: data row 1, column published", "'2025-02-30' is not a real date"]


def _duplicated_key(pkg: Path) -> list[str]:
    set_cell(pkg, "mentions", 5, "mention_id", cell_of(pkg, "mentions", 4, "mention_id"))
    return ["mentions: data row 5, column mention_id", "repeats an earlier row"]


def _duplicated_composite_key(pkg: Path) -> list[str]:
    rows = read_rows(pkg, "event_participants")
    write_rows(pkg, "event_participants", [*rows, rows[1]])
    return [f"event_participants: data row {len(rows)}, columns event_id, entity_id, role", "repeats an earlier row"]


def _dangling_foreign_key(pkg: Path) -> list[str]:
    set_cell(pkg, "quantities", 2, "event_id", "evt-0000000000000000")
    return ["quantities: data row 2, column event_id", "'evt-0000000000000000' is not in events"]


def _entity_of_another_type(pkg: Path) -> list[str]:
    row = first_row(pkg, "mentions", "entity_type", "person")
    set_cell(pkg, "mentions", row, "entity_type", "place")
    return [f"mentions: data row {row}, columns entity_type, entity_id", "is not a row of the place table"]


def _pattern(pkg: Path) -> list[str]:
    set_cell(pkg, "mentions", 8, "mention_id", "men-NOT-A-HASH")
    return ["mentions: data row 8, column mention_id", "does not match"]


def _above_maximum(pkg: Path) -> list[str]:
    set_cell(pkg, "places", 1, "latitude", "95")
    return ["places: data row 1, column latitude", "above the maximum"]


def _span_off_by_one(pkg: Path) -> list[str]:
    set_cell(pkg, "mentions", 4, "char_start", str(int(cell_of(pkg, "mentions", 4, "char_start")) + 1))
    return ["mentions: data row 4, columns char_start, char_end, text", "does not slice to"]


def _nul_in_cell(pkg: Path) -> list[str]:
    set_cell(pkg, "sources", 2, "publisher", "Türkiye\x00Today")
    return ["sources: data row 2, column publisher", "control character (U+0000"]


def _blank_line(pkg: Path) -> list[str]:
    path = pkg / "data" / "people.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join([*lines[:3], "", *lines[3:]]), encoding="utf-8", newline="")
    return ["people: data row 3, column person_id", "empty, but the column is required"]


def _renamed_header(pkg: Path) -> list[str]:
    set_cell(pkg, "people", 0, "name", "nome")
    return ["data/people.csv line 1: header", "differs from the schema's columns"]


def _csv_byte(pkg: Path) -> list[str]:
    set_cell(pkg, "people", 2, "name", cell_of(pkg, "people", 2, "name").swapcase())
    return ["data/people.csv: size or sha256 differs from datapackage.json"]


def _csv_cell_differs_from_parquet(pkg: Path) -> list[str]:
    set_cell(pkg, "people", 2, "name", cell_of(pkg, "people", 2, "name") + " Jr")
    return ["people-parquet: data row 2, column name", "Parquet has", "data/people.csv has"]


def _parquet_byte(pkg: Path) -> list[str]:
    flip_byte(pkg / "data" / "mentions.parquet")
    return ["data/mentions.parquet: size or sha256 differs from datapackage.json"]


def _parquet_cell(pkg: Path) -> list[str]:
    set_parquet_cell(pkg, "mentions", 6, "text", "Elsewhere")
    return ["mentions-parquet: data row 6, column text", "Parquet has 'Elsewhere'"]


def _garbage_parquet(pkg: Path) -> list[str]:
    (pkg / "data" / "events.parquet").write_bytes(b"PAR1 this is not a parquet file PAR1")
    return ["data/events.parquet: not a readable Parquet file"]


def _missing_file(pkg: Path) -> list[str]:
    (pkg / "data" / "events.parquet").unlink()
    return ["data/events.parquet: listed in datapackage.json but missing"]


def _schema_drift(pkg: Path) -> list[str]:
    def drop_enum(desc: dict) -> None:
        res = next(r for r in desc["resources"] if r["name"] == "quantities")
        field = next(f for f in res["schema"]["fields"] if f["name"] == "qualifier")
        del field["constraints"]["enum"]

    edit_descriptor(pkg, drop_enum)
    return ["resource 'quantities': schema differs from schemas/quantities.schema.yaml (field qualifier)"]


def _database_row(pkg: Path) -> list[str]:
    mention_id = cell_of(pkg, "mentions", 7, "mention_id")
    con = sqlite3.connect(pkg / "data" / "caucasus_peace.db")
    con.execute("UPDATE mentions SET text = 'Elsewhere' WHERE mention_id = ?", (mention_id,))
    con.commit()
    con.close()
    return ["mentions (in data/caucasus_peace.db): data row 7, column text", "the database has 'Elsewhere'"]


def _database_table_altered(pkg: Path) -> list[str]:
    con = sqlite3.connect(pkg / "data" / "caucasus_peace.db")
    con.execute("ALTER TABLE places ADD COLUMN population INTEGER")
    con.commit()
    con.close()
    return ["places (in data/caucasus_peace.db): table definition differs from what schemas/ generates"]


def _database_cell_of_another_type(pkg: Path) -> list[str]:
    """A table rebuilt without STRICT, so that a count can be text: every column is compared exactly."""
    person_id = cell_of(pkg, "people", 2, "person_id")
    con = sqlite3.connect(pkg / "data" / "caucasus_peace.db")
    con.executescript(
        "PRAGMA foreign_keys = OFF; CREATE TABLE loose AS SELECT * FROM people; DROP TABLE people; "
        "ALTER TABLE loose RENAME TO people;"
    )
    con.execute("UPDATE people SET n_mentions = 'many' WHERE person_id = ?", (person_id,))
    con.commit()
    con.close()
    return ["people (in data/caucasus_peace.db): data row 2, column n_mentions", "holds a value of another type"]


def _database_bytes(pkg: Path) -> list[str]:
    con = sqlite3.connect(pkg / "data" / "caucasus_peace.db")
    con.execute("UPDATE sources SET byline = 'someone' WHERE rowid = 1")
    con.commit()
    con.close()
    return ["data/caucasus_peace.db: size or sha256 differs from datapackage.json"]


NO_TEXTS = "Frictionless has no article texts, so it cannot check that a span slices to its text"
NOT_A_RESOURCE = "the database is described under x-database, which Frictionless ignores (it cannot read SQLite)"
PARQUET_COPY = "Frictionless checks each resource against its schema, not one resource against another"

CORRUPTIONS = {
    "wrong type": Corruption(_wrong_type, True, "sees"),
    "empty required cell": Corruption(_empty_required, True, "sees"),
    "unknown enum value": Corruption(_unknown_enum, True, "sees"),
    "impossible date": Corruption(_impossible_date, True, "sees"),
    "duplicated key": Corruption(_duplicated_key, True, "sees"),
    "duplicated composite key": Corruption(_duplicated_composite_key, True, "sees"),
    "dangling foreign key": Corruption(_dangling_foreign_key, True, "sees"),
    "pattern": Corruption(_pattern, True, "sees"),
    "above maximum": Corruption(_above_maximum, True, "sees"),
    "blank line": Corruption(_blank_line, True, "sees"),
    "renamed header": Corruption(_renamed_header, True, "sees"),
    "changed byte in a CSV": Corruption(_csv_byte, False, "sees"),
    "missing file": Corruption(_missing_file, False, "sees"),
    "entity of another type": Corruption(
        _entity_of_another_type, True, "entity_id's foreign key points at entities, whatever the entity_type says"
    ),
    "span that no longer slices to its text": Corruption(_span_off_by_one, True, NO_TEXTS),
    "NUL in a cell": Corruption(_nul_in_cell, True, "a NUL is a valid character of a string to Frictionless"),
    "CSV cell that differs from its Parquet": Corruption(_csv_cell_differs_from_parquet, True, PARQUET_COPY),
    "Parquet cell that differs from its CSV": Corruption(_parquet_cell, True, PARQUET_COPY),
    "changed byte in a Parquet file": Corruption(
        _parquet_byte,
        False,
        "Parquet sizes and hashes are x-bytes/x-hash (Frictionless would measure the pandas view); the damaged "
        "file may still decode to values its schema allows",
    ),
    "garbage Parquet file": Corruption(_garbage_parquet, True, "sees"),
    "descriptor schema differs from schemas/": Corruption(
        _schema_drift, False, "a weakened schema is still a valid schema, and the data pass it"
    ),
    "edited database row": Corruption(_database_row, True, NOT_A_RESOURCE),
    "database table altered": Corruption(_database_table_altered, True, NOT_A_RESOURCE),
    "database cell of another type": Corruption(_database_cell_of_another_type, True, NOT_A_RESOURCE),
    "changed database bytes": Corruption(_database_bytes, False, NOT_A_RESOURCE),
}


@pytest.fixture(scope="module")
def pristine(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's build, checked once: the corruptions below are the only problems."""
    report = check_package(built, seeds=SEEDS_DIR)
    assert report.problems == [] and report.notes == []
    return built


@pytest.mark.parametrize("name", list(CORRUPTIONS))
def test_fast_validator_refuses_each_corruption(name: str, pristine: Path, tmp_path: Path) -> None:
    corruption = CORRUPTIONS[name]
    pkg = tmp_path / "pkg"
    shutil.copytree(pristine, pkg)
    expected = corruption.apply(pkg)
    if corruption.rehash:
        rehash(pkg)
    problems = check_package(pkg, seeds=SEEDS_DIR).problems
    assert problems, f"{name}: the fast validator accepted it"
    assert any(all(part in p for part in expected) for p in problems), (expected, problems)
    if corruption.rehash:
        assert not any("sha256 differs" in p for p in problems), problems  # the content checks caught it

    from frictionless import validate

    frictionless_valid = validate(str(pkg / "datapackage.json")).valid
    if corruption.frictionless == "sees":
        assert not frictionless_valid, f"{name}: frictionless accepted it"
    elif name != "changed byte in a Parquet file":  # what the damaged bytes decode to depends on the data
        assert frictionless_valid, f"{name}: frictionless now sees it; move it to the 'sees' cases"


def test_at_least_twelve_distinct_corruptions() -> None:
    assert len(CORRUPTIONS) >= 12

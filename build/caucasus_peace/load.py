"""Load the tables into pandas, typed by the Table Schemas in a package's datapackage.json.

Works from the repository, from a downloaded or unpacked release (a folder, or the path of its
datapackage.json) and from a URL of a datapackage.json: everything needed to type the columns is in the
descriptor, so the repository and its schemas/ are not required. This file runs on its own (standard
library, pandas and pyarrow): the release ships it as ``load.py`` beside ``datapackage.json``.

    import caucasus_peace                      # in the repository
    events = caucasus_peace.load("events")
    import load                                # in an unpacked release
    tables = load.load_all()

``load(table, columns=[...], filters=[...])`` reads only the columns asked for and, from Parquet, only the
row groups whose statistics can hold a matching row (filters in pyarrow's form, e.g.
``[("published", ">=", "2024-01-01")]``; a big package's partitioned Parquet, data/parquet/<table>/, is
read part by part). Every file is checked against the descriptor before it is read (size and hash;
``verify=False`` skips that for speed, and then reads from local Parquet only the bytes it needs),
resource paths must stay inside the package (as Frictionless requires), and a file that cannot be
parsed, or a value that breaks its column's type, requirement or vocabulary, raises ``PackageError``
naming the file, the column and the row: nothing is guessed or silently dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import posixpath
import re
import urllib.parse
import urllib.request
from collections.abc import Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported on first use: `import caucasus_peace` stays fast for the CLI
    import pandas as pd

Source = str | PathLike[str] | None

DESCRIPTOR = "datapackage.json"
FORMATS = ("parquet", "csv")
# Frictionless' default boolean spellings; the package writes true/false.
_BOOLEAN = {"true": True, "True": True, "TRUE": True, "1": True, "false": False, "False": False, "FALSE": False}
_BOOLEAN_FALSE = {"false", "False", "FALSE", "0"}
_NULLABLE = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
_REMOTE = ("http", "https")
PARTS_SUFFIX = "-parquet-parts"  # the partitioned Parquet copy of a table in a big package
FILTER_OPS = ("=", "==", "!=", "<", "<=", ">", ">=", "in", "not in")


class PackageError(ValueError):
    """The package does not match its descriptor: a changed or corrupt file, an unsafe path, or a value
    that breaks its schema. The message names the file (and the column and row where there is one)."""


def _is_url(source: str) -> bool:
    return urllib.parse.urlsplit(source).scheme in (*_REMOTE, "file", "ftp")


def _default_root() -> Path:
    """The package beside this file (an unpacked release) or the repository this file belongs to."""
    here = Path(__file__).resolve().parent
    return here if (here / DESCRIPTOR).is_file() else here.parents[1]


def _descriptor_location(source: Source) -> str:
    """The path or URL of datapackage.json for a folder, a descriptor path, a URL, or None (default)."""
    if source is None:
        return str(_default_root() / DESCRIPTOR)
    text = os.fspath(source)
    if _is_url(text):
        return text if text.endswith(".json") else text.rstrip("/") + "/" + DESCRIPTOR
    path = Path(text).expanduser()
    return str(path / DESCRIPTOR if path.is_dir() else path)


def _read_bytes(location: str) -> bytes:
    if _is_url(location):
        with urllib.request.urlopen(location, timeout=60) as response:
            return response.read()
    return Path(location).read_bytes()


def check_resource_path(path: Any, resource: str) -> str:
    """``path`` when it is safe to read, else PackageError: a relative POSIX path inside the package, or
    an http(s) URL. Absolute paths, ``..`` segments, ``~`` and environment variables are refused, as
    Frictionless refuses them (so a descriptor cannot make the loader read /etc/passwd)."""
    if not isinstance(path, str) or not path:
        raise PackageError(f"{DESCRIPTOR}: resource {resource!r} has no path (expected a string)")
    scheme = urllib.parse.urlsplit(path).scheme
    if scheme in _REMOTE:
        return path
    unsafe = (
        (scheme and len(scheme) > 1)  # file:, ftp:, data: ... (one letter would be a Windows drive)
        or Path(path).is_absolute()
        or posixpath.isabs(path)
        or re.match(r"^[A-Za-z]:", path) is not None
        or "\\" in path
        or ".." in re.split(r"/", path)
        or path.startswith("~")
        or "$" in path
        or re.search(r"%[^%]+%", path) is not None
    )
    if unsafe:
        raise PackageError(
            f"{DESCRIPTOR}: resource {resource!r} has unsafe path {path!r}: paths must be relative to the "
            "package and stay inside it (no absolute path, no '..', no '~' or variables), or be http(s) URLs"
        )
    return path


def _resolve(base: str, relative: str) -> str:
    """A checked resource path relative to the descriptor (a URL or a file path)."""
    if urllib.parse.urlsplit(relative).scheme in _REMOTE:
        return relative
    if _is_url(base):
        return urllib.parse.urljoin(base, relative)
    return str(Path(base).parent / relative)


def read_descriptor(source: Source = None) -> tuple[str, dict[str, Any]]:
    """(location, parsed datapackage.json) for ``source``."""
    location = _descriptor_location(source)
    try:
        raw = _read_bytes(location)
    except FileNotFoundError:
        raise FileNotFoundError(f"{location}: no datapackage.json here; run `caucasus-peace build` first") from None
    try:
        descriptor = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise PackageError(f"{location}: not a readable datapackage.json ({e})") from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise PackageError(f"{location}: not a data package descriptor (expected an object with resources)")
    return location, descriptor


def table_names(descriptor: dict[str, Any]) -> list[str]:
    """Tables in descriptor order (a CSV resource each; the Parquet twins are <table>-parquet and, in a big
    package, <table>-parquet-parts)."""
    return [r["name"] for r in descriptor["resources"] if r.get("format") != "parquet"]


def _resources(descriptor: dict[str, Any], table: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    by_name = {r["name"]: r for r in descriptor["resources"]}
    csv_res = by_name.get(table)
    pq_res = by_name.get(f"{table}{PARTS_SUFFIX}") or by_name.get(f"{table}-parquet")
    if csv_res is None and pq_res is None:
        raise KeyError(f"no table {table!r} in the package; tables: {', '.join(table_names(descriptor))}")
    return csv_res, pq_res


# --- Integrity ------------------------------------------------------------------------------


def _expected_facts(resource: dict[str, Any]) -> tuple[int | None, str | None]:
    """(bytes, hash) the descriptor records; Parquet resources carry them as x-bytes/x-hash because
    frictionless cannot measure Parquet files."""
    size = resource.get("bytes", resource.get("x-bytes"))
    digest = resource.get("hash", resource.get("x-hash"))
    return size, digest


def verify_bytes(data: bytes, resource: dict[str, Any], where: str) -> None:
    """PackageError unless ``data`` has the size and hash the descriptor records for ``resource``."""
    size, digest = _expected_facts(resource)
    if size is None or digest is None:
        raise PackageError(
            f"{where}: the descriptor records no size or hash for resource {resource.get('name')!r}; "
            "pass verify=False to read it unchecked"
        )
    if len(data) != size:
        raise PackageError(
            f"{where}: {len(data)} bytes, but datapackage.json says {size}: the file was changed or truncated "
            "after the package was built; download it again (or rebuild)"
        )
    algorithm, _, expected = str(digest).rpartition(":")
    algorithm = algorithm or "md5"  # the Data Package default when no algorithm is named
    try:
        actual = hashlib.new(algorithm, data).hexdigest()
    except ValueError:
        raise PackageError(f"{where}: unknown hash algorithm {algorithm!r} in datapackage.json") from None
    if actual != expected.lower():
        raise PackageError(
            f"{where}: {algorithm} is {actual}, but datapackage.json says {expected}: the file was changed "
            "after the package was built; download it again (or rebuild)"
        )


# --- Typing ---------------------------------------------------------------------------------


def _first_bad(mask: pd.Series) -> int | None:
    hits = mask.to_numpy().nonzero()[0]
    return int(hits[0]) if len(hits) else None


def _value_error(where: str, column: str, row: int, value: Any, problem: str, csv_lines: bool) -> PackageError:
    line = f" (line {row + 2})" if csv_lines else ""  # the header is line 1
    return PackageError(f"{where}: column {column!r}, row {row + 1}{line}: {value!r} {problem}")


def typed_frame(frame: pd.DataFrame, schema: dict[str, Any], where: str = "table", csv_lines: bool = False):
    """Columns in schema order with pandas types from the Table Schema: Int64, Float64, boolean, string,
    datetime64[ns] for dates, and categoricals (the enum's categories, in its order) for enum fields.
    PackageError, naming ``where``, the column and the row, for a missing or unexpected column, a value
    that does not parse as its type, an empty required cell, or a value outside the enum."""
    import pandas as pd

    names = [f["name"] for f in schema["fields"]]
    missing = [n for n in names if n not in frame.columns]
    extra = [str(c) for c in frame.columns if c not in names]
    if missing or extra:
        raise PackageError(
            f"{where}: columns differ from the schema (missing: {', '.join(missing) or 'none'}; "
            f"unexpected: {', '.join(extra) or 'none'})"
        )
    out = {}
    for field in schema["fields"]:
        name, kind = field["name"], field["type"]
        constraints = field.get("constraints", {})
        raw = frame[name].astype(object).reset_index(drop=True)
        # CSV cannot tell an empty string from a missing value: both formats read "" as missing.
        raw = raw.where(raw.notna() & (raw != ""), None)
        present = raw.notna()

        def fail(mask: pd.Series, problem: str, column: str = name, values: pd.Series = raw) -> None:
            row = _first_bad(mask)
            if row is not None:
                raise _value_error(where, column, row, values[row], problem, csv_lines)

        if constraints.get("required"):
            fail(~present, "is empty, but the column is required")
        enum = constraints.get("enum")
        if enum is not None:
            text = raw.map(str, na_action="ignore")
            fail(
                present & ~text.isin(enum),
                f"is not in the column's vocabulary ({', '.join(map(str, enum))})",
                values=text,
            )
            col = text.astype("string").astype(pd.CategoricalDtype(categories=enum))
        elif kind == "date":
            text = raw.map(lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v), na_action="ignore")
            col = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
            fail(present & col.isna(), "is not a date (YYYY-MM-DD)", values=text)
            col = col.astype("datetime64[ns]")
        elif kind == "boolean":
            col = raw.map(lambda v: v if isinstance(v, bool) else _BOOLEAN.get(str(v)), na_action="ignore")
            fail(present & col.isna(), "is not a boolean (true or false)")
            col = col.astype("boolean")
        elif kind in ("integer", "number"):
            col = pd.to_numeric(
                raw.map(lambda v: v if isinstance(v, int | float) else str(v), na_action="ignore"), errors="coerce"
            )
            fail(present & col.isna(), f"is not a{'n integer' if kind == 'integer' else ' number'}")
            if kind == "integer":
                fail(present & (col != col.round()), "is not an integer")
            col = col.astype(_NULLABLE[kind])
        else:
            col = raw.astype(_NULLABLE.get(kind, "object"))
        out[name] = col
    return pd.DataFrame(out, columns=names)


# --- Columns and filters ------------------------------------------------------------------

Filters = Sequence[Any]  # pyarrow's disjunctive normal form: [(col, op, value), ...] or [[...], [...]]


def _fields(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["name"]: f for f in schema["fields"]}


def _check_columns(columns: Sequence[str] | None, schema: dict[str, Any], table: str) -> list[str] | None:
    if columns is None:
        return None
    if isinstance(columns, str):
        raise TypeError(f"columns must be a list of column names, not the string {columns!r}")
    names = _fields(schema)
    unknown = [c for c in columns if c not in names]
    if unknown:
        raise KeyError(f"table {table!r} has no column {', '.join(map(repr, unknown))}; columns: {', '.join(names)}")
    return list(dict.fromkeys(columns))


def _filter_value(value: Any, field: dict[str, Any], where: str) -> Any:
    """A filter value in the column's Arrow type: dates may be given as 'YYYY-MM-DD' text."""
    if field["type"] != "date" or value is None:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        return value.to_pydatetime().date()
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _check_filters(filters: Filters | None, schema: dict[str, Any], table: str) -> list[list[tuple]] | None:
    """Filters as a list of AND-groups (OR between groups), values in their column's type; ValueError naming
    the filter for an unknown column or operator."""
    if filters is None:
        return None
    groups = [filters] if filters and all(isinstance(f, tuple) for f in filters) else filters
    fields = _fields(schema)
    out = []
    for group in groups:
        if not isinstance(group, list | tuple) or not group or not all(isinstance(f, tuple) for f in group):
            raise ValueError(
                "filters must be a list of (column, op, value) tuples, or a list of such lists (any of them matches)"
            )
        conj = []
        for f in group:
            if len(f) != 3:
                raise ValueError(f"filter {f!r}: expected (column, op, value)")
            name, op, value = f
            where = f"filter {f!r}"
            if name not in fields:
                raise KeyError(f"{where}: table {table!r} has no column {name!r}; columns: {', '.join(fields)}")
            if op not in FILTER_OPS:
                raise ValueError(f"{where}: unknown operator {op!r}; use one of {', '.join(FILTER_OPS)}")
            if op in ("in", "not in"):
                if isinstance(value, str) or not isinstance(value, Sequence | set | frozenset):
                    raise ValueError(f"{where}: {op!r} needs a list of values")
                value = [_filter_value(v, fields[name], where) for v in value]
            else:
                value = _filter_value(value, fields[name], where)
            conj.append((name, "==" if op == "=" else op, value))
        out.append(conj)
    return out


def _filter_columns(filters: list[list[tuple]] | None) -> list[str]:
    return list(dict.fromkeys(name for group in filters or [] for name, _, _ in group))


def _matching(frame: pd.DataFrame, filters: list[list[tuple]]) -> pd.Series:
    """Rows of a typed frame that match the filters, with Arrow's rules for missing values: a comparison
    with a missing value is false, except that a missing value is ``not in`` any list."""
    import pandas as pd

    any_group = pd.Series(False, index=frame.index)
    for group in filters:
        every = pd.Series(True, index=frame.index)
        for name, op, value in group:
            col = frame[name]
            if isinstance(col.dtype, pd.CategoricalDtype):
                col = col.astype("string")
            if pd.api.types.is_datetime64_any_dtype(col.dtype):
                value = [pd.Timestamp(v) for v in value] if op in ("in", "not in") else pd.Timestamp(value)
            if op == "in":
                hit = col.isin(value) & col.notna()
            elif op == "not in":
                hit = ~(col.isin(value) & col.notna())
            else:
                compare = {"==": col.__eq__, "!=": col.__ne__, "<": col.__lt__, "<=": col.__le__,
                           ">": col.__gt__, ">=": col.__ge__}[op]  # fmt: skip
                hit = compare(value)
            every &= pd.Series(hit, index=frame.index).fillna(False).astype(bool)
        any_group |= every
    return any_group


def _select(frame: pd.DataFrame, columns: list[str] | None, filters: list[list[tuple]] | None) -> pd.DataFrame:
    if filters:
        frame = frame[_matching(frame, filters)].reset_index(drop=True)
    return frame[columns] if columns is not None else frame


def _sub_schema(schema: dict[str, Any], names: list[str] | None) -> dict[str, Any]:
    if names is None:
        return schema
    wanted = set(names)
    return {**schema, "fields": [f for f in schema["fields"] if f["name"] in wanted]}


# --- Reading --------------------------------------------------------------------------------


def _arrow_frame(table: Any) -> pd.DataFrame:
    import pandas as pd

    return table.to_pandas(types_mapper=pd.ArrowDtype).astype(object)


def _read_parquet(source: Any, where: str, columns: list[str] | None, filters: list[list[tuple]] | None):
    """An Arrow table of the asked columns and of the row groups the filters may match."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.read_table(source, columns=columns, filters=filters or None)
    except (pa.ArrowException, OSError, ValueError) as e:
        raise PackageError(f"{where}: not a readable Parquet file ({e})") from None


def _parse_csv(data: bytes, where: str) -> pd.DataFrame:
    import pandas as pd

    # Every cell as text; the schema, not pandas' guesses, decides the types. Empty cells are missing.
    try:
        return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as e:
        raise PackageError(f"{where}: not a readable UTF-8 CSV file ({e})") from None


def _pick(table: str, csv_res, pq_res, format: str | None) -> tuple[str, dict[str, Any]]:
    if format is not None and format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)} or None, not {format!r}")
    if format in (None, "parquet") and pq_res is not None:
        return "parquet", pq_res
    if format in (None, "csv") and csv_res is not None:
        return "csv", csv_res
    raise KeyError(f"table {table!r} has no {format} resource in the package")


def _read(target: str, resource: dict[str, Any], where: str, verify: bool) -> bytes:
    try:
        data = _read_bytes(target)
    except FileNotFoundError:
        raise FileNotFoundError(
            f"{target}: missing, but datapackage.json lists it; download the package again"
        ) from None
    if verify:
        verify_bytes(data, resource, where)
    return data


def _parquet_files(location: str, resource: dict[str, Any], table: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(target, label, entry with bytes and hash) of each Parquet file of a resource: one file, or the parts."""
    if not resource.get("name", "").endswith(PARTS_SUFFIX):
        path = check_resource_path(resource.get("path"), resource.get("name", table))
        return [(_resolve(location, path), path, resource)]
    folder = check_resource_path(resource.get("path"), resource["name"])
    entries = resource.get("x-parts")
    if not isinstance(entries, list) or not entries or not all(isinstance(e, dict) for e in entries):
        raise PackageError(f"{DESCRIPTOR}: resource {resource['name']!r} lists no parts (x-parts)")
    out = []
    for e in entries:
        path = check_resource_path(e.get("path"), resource["name"])
        if not path.startswith(folder.rstrip("/") + "/"):
            raise PackageError(f"{DESCRIPTOR}: part {path!r} of resource {resource['name']!r} is outside {folder!r}")
        out.append((_resolve(location, path), path, {"name": resource["name"]} | e))
    return out


def _load_parquet(location, resource, table, verify, columns, filters) -> pd.DataFrame:
    import pyarrow as pa

    read = None if columns is None else list(dict.fromkeys([*columns, *_filter_columns(filters)]))
    pieces = []
    for target, path, entry in _parquet_files(location, resource, table):
        where = path if not _is_url(location) else target
        if verify or _is_url(target):
            source: Any = pa.BufferReader(_read(target, entry, where, verify))
        elif not Path(target).is_file():
            raise FileNotFoundError(f"{target}: missing, but datapackage.json lists it; download the package again")
        else:
            source = target  # unchecked: pyarrow reads only the columns and row groups it needs
        pieces.append((where, _read_parquet(source, where, read, filters)))
    where = pieces[0][0] if len(pieces) == 1 else resource["path"]
    try:
        whole = pa.concat_tables([p for _, p in pieces])
    except pa.ArrowInvalid as e:
        raise PackageError(f"{where}: its parts do not have the same columns ({e})") from None
    frame = typed_frame(_arrow_frame(whole), _sub_schema(resource["schema"], read), where)
    return _select(frame, columns, filters)


def _load(
    location: str,
    descriptor: dict[str, Any],
    table: str,
    verify: bool,
    format: str | None,
    columns: Sequence[str] | None = None,
    filters: Filters | None = None,
) -> pd.DataFrame:
    kind, resource = _pick(table, *_resources(descriptor, table), format)
    cols = _check_columns(columns, resource["schema"], table)
    conditions = _check_filters(filters, resource["schema"], table)
    if kind == "parquet":
        return _load_parquet(location, resource, table, verify, cols, conditions)
    path = check_resource_path(resource.get("path"), resource.get("name", table))
    target = _resolve(location, path)
    where = path if not _is_url(location) else target
    frame = _parse_csv(_read(target, resource, where, verify), where)
    return _select(typed_frame(frame, resource["schema"], where, csv_lines=True), cols, conditions)


def load(
    table: str,
    source: Source = None,
    *,
    verify: bool = True,
    format: str | None = None,
    columns: Sequence[str] | None = None,
    filters: Filters | None = None,
) -> pd.DataFrame:
    """One table as a typed DataFrame. ``source``: None (the package beside this file, or this
    repository), a package folder, the path of its datapackage.json, or a URL of its datapackage.json
    (http(s) or file://). Reads Parquet when the package has it (its parts in a big package), else CSV
    (``format`` forces one). ``verify=False`` skips the size and hash check of the files (faster; values are
    still checked; local Parquet is then read only where the columns and filters need it).

    ``columns``: the columns to return, in this order (default: all, in the schema's order).
    ``filters``: rows to keep, in pyarrow's form: a list of ``(column, op, value)`` that must all hold, or a
    list of such lists of which one must hold; ``op`` is one of ``=``, ``==``, ``!=``, ``<``, ``<=``, ``>``,
    ``>=``, ``in``, ``not in``; dates may be given as ``"YYYY-MM-DD"``. From Parquet, row groups whose
    statistics rule out a match are not read. A missing value matches no comparison (but is ``not in`` any
    list), as in pyarrow. Rows keep the table's order (its primary key).

    >>> events = load("events")                                 # doctest: +SKIP
    >>> places = load("places", "~/Downloads/caucasus-peace-0.1.0")  # doctest: +SKIP
    >>> recent = load("sources", columns=["source_id", "published"],
    ...               filters=[("published", ">=", "2024-01-01")])  # doctest: +SKIP
    """
    location, descriptor = read_descriptor(source)
    return _load(location, descriptor, table, verify, format, columns, filters)


def load_all(source: Source = None, *, verify: bool = True, format: str | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the package as typed DataFrames, keyed by table name in descriptor order."""
    location, descriptor = read_descriptor(source)
    return {name: _load(location, descriptor, name, verify, format) for name in table_names(descriptor)}

"""Load the tables into pandas, typed by the Table Schemas in a package's datapackage.json.

Works from the repository, from a downloaded or unpacked release (a folder, or the path of its
datapackage.json) and from a URL of a datapackage.json: everything needed to type the columns is in the
descriptor, so the repository and its schemas/ are not required.

    import caucasus_peace
    events = caucasus_peace.load("events")
    tables = caucasus_peace.load_all("https://example.org/caucasus-peace/datapackage.json")
"""

from __future__ import annotations

import io
import json
import urllib.parse
import urllib.request
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported on first use: `import caucasus_peace` stays fast for the CLI
    import pandas as pd

Source = str | PathLike[str] | None

DESCRIPTOR = "datapackage.json"
_BOOLEAN = {"true": True, "false": False, True: True, False: False}
_NULLABLE = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def _is_url(source: str) -> bool:
    return urllib.parse.urlsplit(source).scheme in ("http", "https", "file", "ftp")


def _descriptor_location(source: Source) -> str:
    """The path or URL of datapackage.json for a folder, a descriptor path, a URL, or None (repository)."""
    if source is None:
        from caucasus_peace.paths import REPO_ROOT

        return str(REPO_ROOT / DESCRIPTOR)
    text = str(source)
    if _is_url(text):
        return text if text.endswith(".json") else text.rstrip("/") + "/" + DESCRIPTOR
    path = Path(text).expanduser()
    return str(path / DESCRIPTOR if path.is_dir() else path)


def _read_bytes(location: str) -> bytes:
    if _is_url(location):
        with urllib.request.urlopen(location, timeout=60) as response:
            return response.read()
    return Path(location).read_bytes()


def _resolve(base: str, relative: str) -> str:
    """A resource path relative to the descriptor (a URL or a file path)."""
    if _is_url(relative) or Path(relative).is_absolute():
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
    return location, json.loads(raw.decode("utf-8"))


def table_names(descriptor: dict[str, Any]) -> list[str]:
    """Tables in descriptor order (a CSV resource each; the Parquet twins are <table>-parquet)."""
    return [r["name"] for r in descriptor["resources"] if r.get("format") != "parquet"]


def _resources(descriptor: dict[str, Any], table: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    by_name = {r["name"]: r for r in descriptor["resources"]}
    csv_res = by_name.get(table)
    pq_res = by_name.get(f"{table}-parquet")
    if csv_res is None and pq_res is None:
        raise KeyError(f"no table {table!r} in the package; tables: {', '.join(table_names(descriptor))}")
    return csv_res, pq_res


def typed_frame(frame: pd.DataFrame, schema: dict[str, Any]) -> pd.DataFrame:
    """Columns in schema order with pandas types from the Table Schema: Int64, Float64, boolean, string,
    datetime64[ns] for dates, and categoricals (the enum's categories, in its order) for enum fields."""
    import pandas as pd

    out = {}
    for field in schema["fields"]:
        name, kind = field["name"], field["type"]
        col = frame[name] if name in frame else pd.Series([None] * len(frame), dtype="object")
        enum = field.get("constraints", {}).get("enum")
        if enum is not None:
            col = col.astype("string").astype(pd.CategoricalDtype(categories=enum))
        elif kind == "date":
            col = pd.to_datetime(col.astype("string"), format="%Y-%m-%d").astype("datetime64[ns]")
        elif kind == "boolean":
            col = col.astype(object).map(_BOOLEAN, na_action="ignore").astype("boolean")
        elif kind in ("integer", "number"):
            col = pd.to_numeric(col.astype(object)).astype(_NULLABLE[kind])
        else:
            # CSV cannot tell an empty string from a missing value: both formats read "" as missing.
            col = col.astype(_NULLABLE.get(kind, "object")).replace("", pd.NA)
        out[name] = col.reset_index(drop=True)
    return pd.DataFrame(out, columns=[f["name"] for f in schema["fields"]])


def _read_parquet(location: str) -> pd.DataFrame:
    import pandas as pd
    import pyarrow.parquet as pq

    data = _read_bytes(location) if _is_url(location) else None
    table = pq.read_table(io.BytesIO(data) if data is not None else location)
    return table.to_pandas(types_mapper=pd.ArrowDtype).astype(object).where(lambda f: f.notna(), None)


def _read_csv(location: str) -> pd.DataFrame:
    import pandas as pd

    # Every cell as text; the schema, not pandas' guesses, decides the types. Empty cells are missing.
    raw = _read_bytes(location) if _is_url(location) else location
    return pd.read_csv(
        io.BytesIO(raw) if isinstance(raw, bytes) else raw,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8",
    )


def _load(location: str, descriptor: dict[str, Any], table: str) -> pd.DataFrame:
    csv_res, pq_res = _resources(descriptor, table)
    schema = (pq_res or csv_res)["schema"]  # type: ignore[index]
    if pq_res is not None:
        target = _resolve(location, pq_res["path"])
        try:
            frame = _read_parquet(target)
        except (FileNotFoundError, OSError):
            if csv_res is None:
                raise
            frame = _read_csv(_resolve(location, csv_res["path"]))
    else:
        frame = _read_csv(_resolve(location, csv_res["path"]))  # type: ignore[index]
    return typed_frame(frame, schema)


def load(table: str, source: Source = None) -> pd.DataFrame:
    """One table as a typed DataFrame. ``source``: None (this repository), a package folder, the path
    of its datapackage.json, or a URL of its datapackage.json (http(s) or file://). Reads Parquet when
    the package has it, else CSV.

    >>> events = load("events")                                 # doctest: +SKIP
    >>> places = load("places", "~/Downloads/caucasus-peace-0.1.0")  # doctest: +SKIP
    """
    location, descriptor = read_descriptor(source)
    return _load(location, descriptor, table)


def load_all(source: Source = None) -> dict[str, pd.DataFrame]:
    """Every table of the package as typed DataFrames, keyed by table name in descriptor order."""
    location, descriptor = read_descriptor(source)
    return {name: _load(location, descriptor, name) for name in table_names(descriptor)}

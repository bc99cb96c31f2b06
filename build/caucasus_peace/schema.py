"""The one converter: Table Schemas in schemas/ to every other representation.

Each table is defined once, as a Frictionless Table Schema in YAML with a few ``x-`` keys.
Everything else (the datapackage descriptor, pandera checks, Arrow schemas, SQLite DDL,
Datasette metadata and the README's data dictionary) is generated here from it.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import yaml

from caucasus_peace.paths import SCHEMAS_DIR


@dataclass(frozen=True)
class Table:
    """One table's schema as written in schemas/<name>.schema.yaml."""

    name: str
    schema: dict[str, Any]

    @property
    def fields(self) -> list[dict[str, Any]]:
        return self.schema["fields"]

    @property
    def field_names(self) -> list[str]:
        return [f["name"] for f in self.fields]

    @property
    def primary_key(self) -> list[str]:
        return list(self.schema["primaryKey"])

    @property
    def foreign_keys(self) -> list[dict[str, Any]]:
        return self.schema.get("foreignKeys", [])

    @property
    def datasette(self) -> dict[str, Any]:
        return self.schema.get("x-datasette", {})

    def field(self, name: str) -> dict[str, Any]:
        return next(f for f in self.fields if f["name"] == name)

    def enum(self, name: str) -> list[str] | None:
        return self.field(name).get("constraints", {}).get("enum")


@dataclass(frozen=True)
class Package:
    meta: dict[str, Any]
    tables: dict[str, Table]

    @property
    def version(self) -> str:
        from caucasus_peace import __version__

        return __version__


@functools.cache
def load_package(schemas_dir: Path = SCHEMAS_DIR) -> Package:
    """Read schemas/package.yaml and every table schema it lists, in its order."""
    meta = yaml.safe_load((schemas_dir / "package.yaml").read_text(encoding="utf-8"))
    tables = {
        name: Table(name, yaml.safe_load((schemas_dir / f"{name}.schema.yaml").read_text(encoding="utf-8")))
        for name in meta["tables"]
    }
    return Package(meta, tables)


def cameo_codes() -> dict[str, str]:
    """event_type -> CAMEO code, from the events schema."""
    return dict(load_package().tables["events"].field("event_type")["x-cameo"])


# --- Frictionless -------------------------------------------------------------------------


def frictionless_schema(table: Table) -> dict[str, Any]:
    """The Table Schema without x- keys, as it goes into datapackage.json."""
    return {k: v for k, v in table.schema.items() if not k.startswith("x-") and k not in ("title", "description")} | {
        "fields": [{k: v for k, v in f.items() if not k.startswith("x-")} for f in table.fields]
    }


# --- Arrow / Parquet ------------------------------------------------------------------------

_ARROW = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
}


def arrow_schema(table: Table) -> pa.Schema:
    """Explicit Arrow schema (no pandas metadata), so Parquet files are byte-identical across runs."""
    return pa.schema(
        [
            pa.field(
                f["name"],
                _ARROW[f["type"]],
                nullable=not f.get("constraints", {}).get("required", False),
                metadata={"description": f["description"]},
            )
            for f in table.fields
        ],
        metadata={"table": table.name, "description": table.schema["description"]},
    )


# --- pandas / pandera ----------------------------------------------------------------------

PANDAS_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def pandera_schema(table: Table):  # -> pa.DataFrameSchema (import kept local: pandera is slow to import)
    """pandera checks for one table: types, required, unique, enum, pattern, ranges, primary key."""
    import pandera.pandas as pa_

    columns = {}
    for f in table.fields:
        c = f.get("constraints", {})
        checks = []
        if "enum" in c:
            checks.append(pa_.Check.isin(c["enum"]))
        if "pattern" in c:
            # pandera's str_matches anchors only at the start: anchor the end too.
            checks.append(pa_.Check.str_matches(f"^(?:{c['pattern']})$"))
        if "minimum" in c:
            checks.append(pa_.Check.ge(c["minimum"]))
        if "maximum" in c:
            checks.append(pa_.Check.le(c["maximum"]))
        dtype = "object" if f["type"] == "date" else PANDAS_DTYPES[f["type"]]
        if f["type"] == "date":
            checks.append(
                pa_.Check(lambda s: s.map(lambda v: hasattr(v, "isoformat")), element_wise=False, name="is_date")
            )
        columns[f["name"]] = pa_.Column(
            dtype,
            checks=checks,
            nullable=not c.get("required", False),
            unique=bool(c.get("unique", False)),
            description=f["description"],
            title=f.get("title"),
        )
    return pa_.DataFrameSchema(
        columns,
        name=table.name,
        strict=True,
        ordered=True,
        unique=table.primary_key if len(table.primary_key) > 1 else None,
        description=table.schema["description"],
    )


# --- SQLite ---------------------------------------------------------------------------------

_SQLITE = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "date": "TEXT"}


def _quote(values: list[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def sqlite_ddl(table: Table) -> str:
    """CREATE TABLE (STRICT, keys, checks) followed by its indexes (``sqlite_index_ddl``)."""
    return sqlite_table_ddl(table) + sqlite_index_ddl(table)


def sqlite_table_ddl(table: Table) -> str:
    """CREATE TABLE (STRICT, keys, checks), without the indexes: a load creates those after the rows."""
    lines = []
    for f in table.fields:
        c = f.get("constraints", {})
        col = f'"{f["name"]}" {_SQLITE[f["type"]]}'
        if c.get("required"):
            col += " NOT NULL"
        if c.get("unique") and table.primary_key != [f["name"]]:
            col += " UNIQUE"
        if "enum" in c:
            col += f' CHECK ("{f["name"]}" IN ({_quote(c["enum"])}))'
        if f["type"] == "date":
            # date(x, '+0 days') normalises impossible days (2025-02-30 -> 2025-03-02); plain date(x) does not.
            col += f' CHECK ("{f["name"]}" IS date("{f["name"]}", \'+0 days\'))'
        if f["type"] == "boolean":
            col += f' CHECK ("{f["name"]}" IN (0, 1))'
        lines.append(col)
    lines.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in table.primary_key) + ")")
    for fk in table.foreign_keys:
        ref = fk["reference"]
        lines.append(
            "FOREIGN KEY ("
            + ", ".join(f'"{k}"' for k in fk["fields"])
            + f') REFERENCES "{ref["resource"]}" ('
            + ", ".join(f'"{k}"' for k in ref["fields"])
            + ")"
        )
    return f'CREATE TABLE "{table.name}" (\n  ' + ",\n  ".join(lines) + "\n) STRICT;\n"


def sqlite_index_ddl(table: Table) -> str:
    """CREATE INDEX for every index of ``sqlite_indexes``."""
    fields = set(table.field_names)
    return "".join(
        f'CREATE INDEX "{name}" ON "{table.name}" (' + ", ".join(f'"{t}"' if t in fields else t for t in terms) + ");\n"
        for name, terms in sqlite_indexes(table)
    )


def sqlite_indexes(table: Table) -> list[tuple[str, list[str]]]:
    """(name, terms) of the table's indexes. One per facet column, followed by the table's order on the site
    (``sort``/``sort_desc``, else the primary key), so that a page filtered on a facet value reads its first
    rows in order from the index; one per sort and foreign-key column; then the ``x-sqlite-indexes`` of the
    schema (a term that is not a field name is an SQL expression, e.g. ``date_start IS NULL``), which serve
    the canned queries (site.QUERIES) in the order they read rows."""
    d = table.datasette
    order = [d["sort"]] if "sort" in d else [d["sort_desc"]] if "sort_desc" in d else table.primary_key
    facets = set(d.get("facets", []))
    out = []
    for col in index_columns(table):
        terms = [col, *(c for c in order if c != col)] if col in facets else [col]
        out.append((f"idx_{table.name}_{col}", terms))
    extra = {f"idx_{table.name}_{ix['name']}": list(ix["terms"]) for ix in table.schema.get("x-sqlite-indexes", [])}
    # An x-sqlite-indexes entry named like a generated index (its column) replaces it: it leads with that column.
    out = [(name, extra.pop(name, terms)) for name, terms in out]
    return out + list(extra.items())


def sqlite_statements(ddl: str) -> list[str]:
    """The statements of generated DDL (one per ``;`` at a line end), to run inside an open transaction:
    ``executescript`` would commit first."""
    return [s for s in ddl.split(";\n") if s.strip()]


def index_columns(table: Table) -> list[str]:
    """Facet, sort and foreign-key columns that are not already the leading primary key column."""
    cols = list(table.datasette.get("facets", []))
    cols += [fk["fields"][0] for fk in table.foreign_keys]
    for key in ("sort", "sort_desc"):
        if key in table.datasette:
            cols.append(table.datasette[key])
    out: list[str] = []
    for c in cols:
        if c not in out and c != table.primary_key[0]:
            out.append(c)
    return out


# --- Datasette ------------------------------------------------------------------------------


def datasette_metadata(package: Package, database: str) -> dict[str, Any]:
    """Datasette metadata.json: titles, descriptions, licences, label columns, facets, sorting, plus the
    site's search tables, canned queries and plugin settings (caucasus_peace.site)."""
    from caucasus_peace.site import PLUGINS, SITE_PLUGIN, site_metadata, site_plugin_config, vocabulary_link_html

    meta = package.meta
    tables: dict[str, Any] = {}
    booleans = []
    for t in package.tables.values():
        d = t.datasette
        entry: dict[str, Any] = {
            "title": t.schema["title"],
            "description": t.schema["description"],
            "columns": {f["name"]: f["description"] for f in t.fields},
        }
        booleans += [f["name"] for f in t.fields if f["type"] == "boolean"]
        links = vocabulary_link_html(database, [f["name"] for f in t.fields if "x-cameo" in f])
        if links:
            # Datasette shows description_html instead of description: the same text, plus the link.
            entry["description_html"] = html.escape(t.schema["description"].strip()) + " " + links
        if "label_column" in d:
            entry["label_column"] = d["label_column"]
        if d.get("facets"):
            # Counted once at build time (site.add_count_tables), read by the site's plugin.
            entry["facets"] = [{"counted": c} for c in d["facets"]]
        if "sort" in d:
            entry["sort"] = d["sort"]
        if "sort_desc" in d:
            entry["sort_desc"] = d["sort_desc"]
        tables[t.name] = entry
    lic = meta["licenses"][0]
    return {
        "title": meta["title"],
        "description": meta["description"],
        "license": lic["name"],
        "license_url": lic["path"],
        "source": "caucasus-peace (schemas, seeds and pipeline)",
        "source_url": meta["homepage"],
        "databases": {database: site_metadata(tables)},
        "plugins": PLUGINS | {SITE_PLUGIN: site_plugin_config(booleans)},
    }


# --- README ---------------------------------------------------------------------------------


def markdown_dictionary(package: Package) -> str:
    """The README's table list and data dictionary."""
    out = []
    for t in package.tables.values():
        out.append(f"### `{t.name}`: {t.schema['title']}\n")
        out.append(t.schema["description"].strip() + "\n")
        out.append(f"Primary key: `{', '.join(t.primary_key)}`.\n")
        out.append("| column | type | required | description |")
        out.append("|---|---|---|---|")
        for f in t.fields:
            c = f.get("constraints", {})
            typ = f["type"]
            if "enum" in c:
                typ += " (enum)"
            desc = f["description"].replace("|", "\\|").replace("\n", " ")
            out.append(f"| `{f['name']}` | {typ} | {'yes' if c.get('required') else ''} | {desc} |")
        out.append("")
        for f in t.fields:
            if "x-cameo" in f:
                notes = f.get("x-cameo-notes", {})
                out.append(f"Vocabulary of `{f['name']}` with its CAMEO code (`---`: CAMEO has none):\n")
                out.append("| " + f["name"] + " | CAMEO | note |")
                out.append("|---|---|---|")
                out.extend(f"| `{k}` | {v} | {notes.get(k, '')} |" for k, v in f["x-cameo"].items())
                out.append("")
    return "\n".join(out)

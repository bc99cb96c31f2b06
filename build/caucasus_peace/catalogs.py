"""Metadata for the places where people look for datasets, generated from schemas/ like everything else.

- Croissant (``croissant.json``): the JSON-LD dataset description of MLCommons, read by ML dataset hubs
  and by the ``mlcroissant`` library. Every table is a RecordSet whose fields read the Parquet file; every
  file is a FileObject with its SHA-256; foreign keys are ``references``; each controlled vocabulary is an
  enumeration RecordSet (with the CAMEO code of each event type).
- A Hugging Face dataset card: YAML front matter for README.md with one ``configs`` entry per table, so
  ``datasets.load_dataset(<folder>, "<table>")`` reads ``data/<table>.parquet``.

Both are pure functions of the schemas and the built files, with no timestamps: the same package gives
the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

from caucasus_peace.paths import DATA_DIRNAME
from caucasus_peace.schema import Package, Table

CROISSANT_FILE = "croissant.json"
CROISSANT_CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
# The @context of Croissant 1.0 exactly as MLCommons publishes it with the specification and its example
# datasets (datasets/1.0/*/metadata.json in the mlcommons/croissant repository).
CROISSANT_CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileObject": "cr:fileObject",
    "fileProperty": "cr:fileProperty",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
CROISSANT_TYPES = {
    "string": "sc:Text",
    "integer": "sc:Integer",
    "number": "sc:Float",
    "boolean": "sc:Boolean",
    "date": "sc:Date",
}
FORMATS = {"parquet": "application/x-parquet", "csv": "text/csv"}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _file_object(table: Table, ext: str, root: Path) -> dict[str, Any]:
    path = root / DATA_DIRNAME / f"{table.name}.{ext}"
    return {
        "@type": "cr:FileObject",
        "@id": f"{table.name}-{ext}",
        "name": f"{table.name}-{ext}",
        "description": f"{table.schema['title']} as {ext.upper() if ext == 'csv' else 'Parquet'}.",
        "contentUrl": f"{DATA_DIRNAME}/{table.name}.{ext}",
        "contentSize": f"{path.stat().st_size} B",
        "encodingFormat": FORMATS[ext],
        "sha256": _sha256(path),
    }


def _vocabulary_id(table: Table, field: str) -> str:
    return f"vocabularies/{table.name}.{field}"


def _vocabulary(table: Table, field: dict[str, Any]) -> dict[str, Any]:
    """An enumeration RecordSet listing a controlled column's values (with CAMEO codes for event types)."""
    rid = _vocabulary_id(table, field["name"])
    cameo = field.get("x-cameo")
    columns = [("value", f"A value of {table.name}.{field['name']}.")]
    if cameo:
        columns.append(("cameo_code", "CAMEO event code of the value; --- where CAMEO has none."))
    data = []
    for value in field["constraints"]["enum"]:
        row = {f"{rid}/value": value}
        if cameo:
            row[f"{rid}/cameo_code"] = cameo[value]
        data.append(row)
    return {
        "@type": "cr:RecordSet",
        "@id": rid,
        "name": f"{table.name}.{field['name']} values",
        "description": f"Controlled values of {table.name}.{field['name']}: {field['description']}",
        "dataType": "sc:Enumeration",
        "key": {"@id": f"{rid}/value"},
        "field": [
            {"@type": "cr:Field", "@id": f"{rid}/{name}", "name": name, "description": text, "dataType": "sc:Text"}
            for name, text in columns
        ],
        "data": data,
    }


def _record_set(table: Table) -> dict[str, Any]:
    # Foreign keys are stated in the description, not as Croissant `references`: mlcroissant 1.1 cannot
    # join two Parquet-backed record sets (it fails to generate the referring table at all), and a card
    # that the reference library cannot read helps nobody. Controlled columns do reference their
    # vocabulary, which mlcroissant reads.
    links = [
        f"{', '.join(fk['fields'])} -> {fk['reference']['resource']}.{', '.join(fk['reference']['fields'])}"
        for fk in table.foreign_keys
    ]
    description = f"{table.schema['title']}: {table.schema['description'].strip()}"
    if links:
        description += f" Foreign keys: {'; '.join(links)}."
    fields = []
    for f in table.fields:
        entry: dict[str, Any] = {
            "@type": "cr:Field",
            "@id": f"{table.name}/{f['name']}",
            "name": f["name"],
            "description": f["description"],
            "dataType": CROISSANT_TYPES[f["type"]],
            "source": {"fileObject": {"@id": f"{table.name}-parquet"}, "extract": {"column": f["name"]}},
        }
        if f.get("constraints", {}).get("enum"):
            entry["references"] = {"field": {"@id": f"{_vocabulary_id(table, f['name'])}/value"}}
        fields.append(entry)
    keys = [{"@id": f"{table.name}/{k}"} for k in table.primary_key]
    return {
        "@type": "cr:RecordSet",
        "@id": table.name,
        "name": table.name,
        "description": description,
        "key": keys[0] if len(keys) == 1 else keys,
        "field": fields,
    }


def croissant(package: Package, root: Path) -> dict[str, Any]:
    """The Croissant 1.0 description of the built package under ``root`` (its data/ files)."""
    meta = package.meta
    licence = meta["licenses"][0]
    tables = list(package.tables.values())
    vocabularies = [_vocabulary(t, f) for t in tables for f in t.fields if f.get("constraints", {}).get("enum")]
    return {
        "@context": CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "name": meta["name"],
        "description": f"{meta['title']}. {meta['description'].strip()}",
        "conformsTo": CROISSANT_CONFORMS_TO,
        "citeAs": f"caucasus-peace contributors. {meta['title']}. Version {package.version}. {meta['homepage']}",
        "creator": [{"@type": "sc:Organization", "name": c["title"]} for c in meta["contributors"]],
        "license": licence["path"],
        "url": meta["homepage"],
        "version": package.version,
        "inLanguage": "en",
        "keywords": list(meta["keywords"]),
        "isAccessibleForFree": True,
        "distribution": [_file_object(t, ext, root) for t in tables for ext in ("parquet", "csv")],
        "recordSet": [_record_set(t) for t in tables] + vocabularies,
    }


def croissant_text(package: Package, root: Path) -> str:
    return json.dumps(croissant(package, root), indent=2, ensure_ascii=False) + "\n"


# --- Hugging Face dataset card --------------------------------------------------------------------


def dataset_card_front_matter(package: Package) -> str:
    """YAML front matter (between --- lines) for a README.md read by the Hugging Face Hub and by
    ``datasets.load_dataset(<folder>, <table>)``: licence, language, tags and one config per table."""
    meta = package.meta
    card = {
        "license": meta["licenses"][0]["name"].lower(),
        "language": ["en"],
        "pretty_name": meta["title"],
        "tags": [k.lower().replace(" ", "-") for k in meta["keywords"]],
        "configs": [
            {"config_name": t.name, "data_files": f"{DATA_DIRNAME}/{t.name}.parquet"}
            | ({"default": True} if t.name == "events" else {})
            for t in package.tables.values()
        ],
    }
    body = yaml.safe_dump(card, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{body}---\n"

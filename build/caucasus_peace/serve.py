"""Serve the built database with Datasette (stable 0.65.x), immutable, on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from caucasus_peace.errors import CaucasusPeaceError
from caucasus_peace.paths import DATA_DIRNAME, DATABASE_FILE, DATABASE_NAME, DATASETTE_METADATA_FILE, SEEDS_DIR
from caucasus_peace.schema import load_package
from caucasus_peace.site import read_seed_texts
from caucasus_peace.write import write_sqlite

SETTINGS = {"sql_time_limit_ms": 3000, "default_page_size": 50, "facet_time_limit_ms": 500}


def ensure_database(root: Path) -> Path:
    """The SQLite database of the published package, rebuilt from its Parquet files if missing."""
    data = root / DATA_DIRNAME
    db = data / DATABASE_FILE
    if not db.exists():
        package = load_package()
        tables = {}
        for name in package.tables:
            path = data / f"{name}.parquet"
            if not path.exists():
                raise CaucasusPeaceError(f"{path}: missing; run `caucasus-peace build` first")
            tables[name] = pq.read_table(path).to_pylist()
        # Outside a build only the seed files can give the texts for search; read_seed_texts keeps a text
        # only when its hash matches the sources table.
        texts = read_seed_texts([(r["source_id"], r["sha256"]) for r in tables["sources"]], SEEDS_DIR)
        write_sqlite(db, package, tables, texts)
    return db


def metadata(root: Path) -> dict[str, Any]:
    return json.loads((root / DATA_DIRNAME / DATASETTE_METADATA_FILE).read_text(encoding="utf-8"))


def datasette_args(root: Path, port: int) -> list[str]:
    db = ensure_database(root)
    metadata_file = root / DATA_DIRNAME / DATASETTE_METADATA_FILE
    # Immutable (-i): read-only, counts cached; loopback only: the site is for the person running it.
    args = ["serve", "-i", str(db), "--metadata", str(metadata_file), "--host", "127.0.0.1", "--port", str(port)]
    for key, value in SETTINGS.items():
        args += ["--setting", key, str(value)]
    return args


def make_datasette(root: Path):  # -> datasette.app.Datasette
    """An in-process Datasette configured exactly as `caucasus-peace serve` runs it."""
    from datasette.app import Datasette

    db = ensure_database(root)
    return Datasette(immutables=[str(db)], metadata=metadata(root), settings=SETTINGS)


def serve(root: Path, port: int) -> int:
    command = [sys.executable, "-m", "datasette", *datasette_args(root, port)]
    print(f"serving http://127.0.0.1:{port}/{DATABASE_NAME} (Ctrl-C to stop)", file=sys.stderr, flush=True)
    if os.name == "posix":
        # Become Datasette rather than wait for it, so a signal to this process stops the server.
        os.execv(sys.executable, command)
    return subprocess.call(command)

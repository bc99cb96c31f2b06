"""Serve the built database with Datasette (stable 0.65.x), immutable, on 127.0.0.1 by default.

The site's own plugin (SQLite length limit, true/false booleans, links to the event types) and its table
template live in ``datasette_site/``; `serve`, the in-process Datasette of the tests and the release all
load them from there.
"""

from __future__ import annotations

import errno
import ipaddress
import json
import os
import socket
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

# max_returned_rows bounds the rows of one response (Datasette's default is 1,000); with the plugin's
# limits on values (datasette_site/plugins) no single request can hold more than a few hundred MB.
# default_facet_size: five values per facet (and a link to the rest), so that facets leave room for rows.
# suggest_facets off: suggesting facets runs one query per column on every table page (a page took 194 ms
# in-process with suggestions, 76 ms without; at 100,000 articles each suggestion times out); the facets
# of the metadata and ?_facet= stay (bench/bench_serve.py, README "The Datasette site under load").
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "default_page_size": 50,
    "facet_time_limit_ms": 500,
    "max_returned_rows": 200,
    "default_facet_size": 5,
    "suggest_facets": False,
}
SITE_DIR = Path(__file__).resolve().parent / "datasette_site"
PLUGINS_DIR = SITE_DIR / "plugins"
TEMPLATES_DIR = SITE_DIR / "templates"
DEFAULT_HOST = "127.0.0.1"


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


def datasette_args(root: Path, port: int, host: str = DEFAULT_HOST) -> list[str]:
    db = ensure_database(root)
    return datasette_serve_args(db, root / DATA_DIRNAME / DATASETTE_METADATA_FILE, port, host)


def datasette_serve_args(
    db: Path, metadata_file: Path, port: int, host: str = DEFAULT_HOST, settings: dict[str, Any] | None = None
) -> list[str]:
    """Arguments of ``datasette`` for serving ``db`` as the site (also used by bench/bench_serve.py)."""
    # Immutable (-i): read-only, counts cached; loopback by default: the site is for the person running it.
    args = ["serve", "-i", str(db), "--metadata", str(metadata_file), "--host", host, "--port", str(port)]
    args += ["--plugins-dir", str(PLUGINS_DIR), "--template-dir", str(TEMPLATES_DIR)]
    for key, value in (SETTINGS | (settings or {})).items():
        args += ["--setting", key, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    return args


def make_datasette(root: Path):  # -> datasette.app.Datasette
    """An in-process Datasette configured exactly as `caucasus-peace serve` runs it."""
    from datasette.app import Datasette

    db = ensure_database(root)
    return Datasette(
        immutables=[str(db)],
        metadata=metadata(root),
        settings=SETTINGS,
        plugins_dir=str(PLUGINS_DIR),
        template_dir=str(TEMPLATES_DIR),
    )


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_port(host: str, port: int) -> None:
    """CaucasusPeaceError with what to do when ``host:port`` cannot be listened on (checked before
    Datasette starts, so the user gets one line instead of a serving URL followed by a bind error)."""
    if port == 0:
        return  # any free port
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        raise CaucasusPeaceError(f"cannot listen on {host!r} ({e.strerror}); use --host 127.0.0.1") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # As uvicorn does: a port left in TIME_WAIT by a stopped server counts as free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except PermissionError:
            raise CaucasusPeaceError(
                f"port {port} needs special privileges here; choose one above 1023 with --port, e.g. --port 8001"
            ) from None
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                raise CaucasusPeaceError(
                    f"port {port} on {host} is already taken (another server is using it); "
                    f"choose another with --port, e.g. --port {port + 1 if port < 65535 else 8001}"
                ) from None
            raise CaucasusPeaceError(
                f"cannot listen on {host} port {port} ({e.strerror}); use --host 127.0.0.1"
            ) from None


def serve(root: Path, port: int, host: str = DEFAULT_HOST) -> int:
    if not is_loopback(host):
        print(
            f"warning: listening on {host}, not only on this machine: anyone who can reach it can browse and "
            "query the database (read-only); use --host 127.0.0.1 to keep it local",
            file=sys.stderr,
        )
    check_port(host, port)
    command = [sys.executable, "-m", "datasette", *datasette_args(root, port, host)]
    shown = f"[{host}]" if ":" in host else host
    print(f"serving http://{shown}:{port}/{DATABASE_NAME} (Ctrl-C to stop)", file=sys.stderr, flush=True)
    if os.name == "posix":
        # Become Datasette rather than wait for it, so a signal to this process stops the server.
        os.execv(sys.executable, command)
    return subprocess.call(command)

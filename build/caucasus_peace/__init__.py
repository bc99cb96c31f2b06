"""caucasus-peace: a traceable dataset from news of the Armenia–Azerbaijan conflict and peace process."""

from caucasus_peace.paths import REPO_ROOT

# One place for the version of code and data: VERSION at the repository root.
__version__ = (REPO_ROOT / "VERSION").read_text(encoding="utf-8").strip()

# Imported eagerly so that `caucasus_peace.load` is the function, never shadowed by its submodule.
from caucasus_peace.load import load, load_all

__all__ = ["__version__", "load", "load_all"]

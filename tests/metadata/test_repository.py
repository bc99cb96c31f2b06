"""Repository hygiene that once bit similar projects: build/ ignored by git, README drift."""

from __future__ import annotations

import re
import subprocess

from caucasus_peace.docs import BEGIN, END
from caucasus_peace.paths import REPO_ROOT
from caucasus_peace.schema import load_package, markdown_dictionary

README = REPO_ROOT / "README.md"


def test_build_source_root_is_not_ignored() -> None:
    result = subprocess.run(
        ["git", "check-ignore", "-q", "build/caucasus_peace/cli.py"], cwd=REPO_ROOT, capture_output=True
    )
    assert result.returncode == 1, "build/ is ignored by .gitignore: new modules there would stay untracked"


def test_build_has_no_init_module() -> None:
    # A package named `build` would shadow PyPA's build whenever Python runs from the repo root.
    assert not (REPO_ROOT / "build" / "__init__.py").exists()


def test_readme_data_dictionary_is_generated_from_schemas() -> None:
    text = README.read_text(encoding="utf-8")
    match = re.search(re.escape(BEGIN) + r"(.*?)" + re.escape(END), text, re.S)
    assert match, "README lacks the generated data dictionary markers"
    assert match.group(1).strip() == markdown_dictionary(load_package()).strip(), (
        "README data dictionary is stale: run `caucasus-peace docs` and commit README.md"
    )

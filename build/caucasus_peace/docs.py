"""Documentation generated from schemas/: the README's data dictionary."""

from __future__ import annotations

import re

from caucasus_peace.paths import REPO_ROOT
from caucasus_peace.schema import load_package, markdown_dictionary

BEGIN, END = "<!-- data-dictionary:begin -->", "<!-- data-dictionary:end -->"


def update_readme() -> bool:
    """Replace the text between the README's markers with the generated dictionary; True if changed."""
    path = REPO_ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    new = re.sub(
        re.escape(BEGIN) + r".*?" + re.escape(END),
        lambda _: f"{BEGIN}\n{markdown_dictionary(load_package()).strip()}\n{END}",
        text,
        flags=re.S,
    )
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text

"""Documentation generated from schemas/ and the seeds: the README's data dictionary and the size of the
corpus on its first screen, and croissant.json at the repository root. `caucasus-peace docs` rewrites
them; tests fail when they are stale."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from caucasus_peace.errors import CaucasusPeaceError
from caucasus_peace.paths import DATA_DIRNAME, REPO_ROOT, SEEDS_DIR
from caucasus_peace.schema import load_package, markdown_dictionary

BEGIN, END = "<!-- data-dictionary:begin -->", "<!-- data-dictionary:end -->"
SUMMARY_BEGIN, SUMMARY_END = "<!-- corpus-summary:begin -->", "<!-- corpus-summary:end -->"
README = REPO_ROOT / "README.md"
_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _number(n: int) -> str:
    return _WORDS[n] if n < len(_WORDS) else f"{n:,}"


def _count(n: int, noun: str) -> str:
    return f"{_number(n)} {noun}{'' if n == 1 else 's'}"


def _month(year: int, month: int) -> str:
    return f"{calendar.month_name[month]} {year}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def corpus_summary(sources: Iterable[tuple[str, dt.date]]) -> str:
    """One sentence on the size of the corpus from (publisher, publication date) pairs, e.g. "five news
    articles from five publishers (...): four from August 2025 and one from October 2020"."""
    rows = list(sources)
    publishers = sorted({p for p, _ in rows})
    months = Counter((d.year, d.month) for _, d in rows)
    # Most articles first, then the most recent month.
    order = sorted(months, key=lambda ym: (-months[ym], -ym[0], -ym[1]))
    when = [f"{_number(months[ym])} from {_month(*ym)}" for ym in order]
    if len(when) > 4:
        first, last = min(d for _, d in rows), max(d for _, d in rows)
        period = f"published between {_month(first.year, first.month)} and {_month(last.year, last.month)}"
    else:
        period = _join(when)
    who = f" ({_join(publishers)})" if len(publishers) <= 8 else ""
    return f"{_count(len(rows), 'news article')} from {_count(len(publishers), 'publisher')}{who}: {period}"


def seed_sources(seeds_dir: Path = SEEDS_DIR) -> list[tuple[str, dt.date]]:
    from caucasus_peace.seeds import read_sources

    rows = read_sources(seeds_dir)
    return [(r["publisher"].strip(), dt.date.fromisoformat(r["published"].strip())) for r in rows]


def _replace_between(text: str, begin: str, end: str, body: str) -> str:
    pattern = re.escape(begin) + r".*?" + re.escape(end)
    if not re.search(pattern, text, flags=re.S):
        raise CaucasusPeaceError(f"README.md: markers {begin} ... {end} are missing; put them back")
    return re.sub(pattern, lambda _: f"{begin}{body}{end}", text, flags=re.S)


def readme_text(text: str) -> str:
    """``text`` (the README) with its generated parts rewritten."""
    text = _replace_between(text, BEGIN, END, f"\n{markdown_dictionary(load_package()).strip()}\n")
    return _replace_between(text, SUMMARY_BEGIN, SUMMARY_END, corpus_summary(seed_sources()))


def _write_if_changed(path: Path, new: str) -> bool:
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if new != old:
        path.write_text(new, encoding="utf-8")
    return new != old


def update_readme() -> bool:
    """Rewrite the README's generated parts; True if it changed."""
    return _write_if_changed(README, readme_text(README.read_text(encoding="utf-8")))


def croissant_for(root: Path = REPO_ROOT) -> str:
    """croissant.json for the package under ``root`` (its committed data/ files)."""
    from caucasus_peace.catalogs import croissant_text

    if not (root / DATA_DIRNAME).is_dir():
        raise CaucasusPeaceError(f"{root / DATA_DIRNAME}: missing; run `caucasus-peace build` first")
    return croissant_text(load_package(), root)


def update_croissant(root: Path = REPO_ROOT) -> bool:
    from caucasus_peace.catalogs import CROISSANT_FILE

    return _write_if_changed(root / CROISSANT_FILE, croissant_for(root))

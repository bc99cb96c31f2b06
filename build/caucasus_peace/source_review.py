"""Reviewed metadata for the articles: seeds/sources_review.yaml fills cells that sources.csv leaves empty.

sources.csv is a byte-for-byte copy of the published inputs and is never edited. What a reviewer later
establishes about an article (a headline from its URL slug, a byline from its credit lines) goes into
this file instead, one entry per source_id, every value with a ``<field>_from`` note saying where it
comes from:

    001_5339a5146048fd14:
      title: Trump seeks to broker Armenia-Azerbaijan peace deal at White House
      title_from: the URL slug of the article

The reader is strict: unknown source_ids and keys, duplicate keys, anchors and aliases, a value without
its note, a value for a cell that sources.csv already fills, a formula-looking value, or a URL that is
not http(s) are refused with the file and line.
"""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml

from caucasus_peace.errors import SeedError

REVIEW_FILE = "sources_review.yaml"
FIELDS = ("title", "byline", "url")
KEYS = {*FIELDS, *(f"{f}_from" for f in FIELDS)}
# Cells a spreadsheet would run as a formula (OWASP's CSV-injection list), and control characters.
_FORMULA = re.compile(r"^[=+\-@\t\r]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

A = TypeVar("A")


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(path: Path, node: yaml.Node, what: str) -> str:
    """The text of a scalar as written (YAML's type guesses ignored: a source_id 2025_01 stays text)."""
    if not isinstance(node, yaml.ScalarNode) or not node.value.strip():
        raise SeedError(path, f"{what} must be a non-empty text", _line(node))
    value = node.value.strip()
    if _CONTROL.search(value):
        raise SeedError(path, f"{what} contains a line break or control character; write it on one line", _line(node))
    return value


def _check_value(path: Path, field: str, value: str, line: int) -> None:
    if _FORMULA.match(value):
        raise SeedError(path, f"{field} {value!r} starts like a spreadsheet formula (= + - @); reword it", line)
    if field == "url":
        parts = urllib.parse.urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SeedError(path, f"url {value!r} is not an http(s) address", line)


def _mapping(path: Path, node: yaml.Node, what: str) -> list[tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise SeedError(path, f"{what} must be a mapping", _line(node))
    seen: dict[str, int] = {}
    for key, _ in node.value:
        name = _scalar(path, key, "a key")
        if name in seen:
            raise SeedError(path, f"duplicate key {name!r} (first on line {seen[name]})", _line(key))
        seen[name] = _line(key)
    return node.value


def read_source_review(path: Path, sources: dict[str, dict[str, Any]]) -> dict[str, dict[str, str]]:
    """source_id -> {field: value} from the review file (empty when there is none). ``sources`` gives,
    per source_id, the values sources.csv already holds for title, byline and url."""
    if not path.exists():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SeedError(path, "is not valid UTF-8") from None
    except OSError as e:
        raise SeedError(path, f"cannot be read ({e.strerror or e})") from None
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise SeedError(path, "uses YAML anchors or aliases; write every value out", event.start_mark.line + 1)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise SeedError(
            path, f"is not valid YAML ({getattr(e, 'problem', None) or e})", mark.line + 1 if mark else None
        ) from None
    if root is None:
        return {}
    review: dict[str, dict[str, str]] = {}
    for key, entry in _mapping(path, root, "the file"):
        source_id = key.value.strip()
        if source_id not in sources:
            raise SeedError(path, f"source_id {source_id!r} is not in sources.csv", _line(key))
        values = {}
        for field_key, value_node in _mapping(path, entry, f"the entry of {source_id}"):
            name = field_key.value.strip()
            if name not in KEYS:
                raise SeedError(
                    path, f"unknown key {name!r} for {source_id} (allowed: {', '.join(sorted(KEYS))})", _line(field_key)
                )
            values[name] = (_scalar(path, value_node, f"{name} of {source_id}"), _line(field_key))
        filled = {}
        for field in FIELDS:
            if field not in values:
                if f"{field}_from" in values:
                    raise SeedError(path, f"{field}_from without a {field} for {source_id}", values[f"{field}_from"][1])
                continue
            value, line = values[field]
            if f"{field}_from" not in values:
                raise SeedError(path, f"{field} of {source_id} needs {field}_from: where the value comes from", line)
            if sources[source_id].get(field):
                raise SeedError(
                    path,
                    f"sources.csv already gives {field} {sources[source_id][field]!r} for {source_id}; "
                    "this file only fills empty cells",
                    line,
                )
            _check_value(path, field, value, line)
            filled[field] = value
        review[source_id] = filled
    return review


def apply_source_review(articles: Sequence[A], seeds_dir: Path) -> list[A]:
    """The articles (dataclasses with source_id, title, byline and url) with the reviewed values filled in."""
    current = {a.source_id: {f: getattr(a, f) for f in FIELDS} for a in articles}  # type: ignore[attr-defined]
    review = read_source_review(seeds_dir / REVIEW_FILE, current)
    return [dataclasses.replace(a, **review.get(a.source_id, {})) for a in articles]  # type: ignore[attr-defined]

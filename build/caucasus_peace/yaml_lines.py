"""Read the curated YAML files under seeds/ strictly, so that every problem can name its line.

PyYAML's safe loader keeps the last of two equal keys without a word and expands alias bombs
(``&a [*b, *b, ...]``) into gigabytes. Curated files are small and written by hand, so this loader
refuses what they never need: duplicated keys, anchors and aliases, nesting deeper than MAX_DEPTH
and files larger than MAX_BYTES. Each refusal is a SeedError with the file and line.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from caucasus_peace.errors import SeedError
from caucasus_peace.seeds import read_input_file

LINE = "__line__"  # key under which every mapping records its 1-based line
MAX_BYTES = 2 * 1024 * 1024  # ~80 times today's registry; PyYAML reads about 0.3 MB/s
MAX_DEPTH = 20  # the deepest curated file (events.yaml) nests 6 levels


class _CuratedLoader(yaml.SafeLoader):
    """A safe YAML loader that records the line of every mapping and refuses what curated files never need."""

    def __init__(self, text: str, path: Path) -> None:
        super().__init__(text)
        self.path = path
        self.depth = 0

    def fail(self, message: str, mark: yaml.Mark | None) -> SeedError:
        return SeedError(self.path, message, mark.line + 1 if mark is not None else None)

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise self.fail(
                "anchors and aliases (&name, *name) are not allowed in curated files; write the value out",
                event.start_mark,
            )
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise self.fail(f"nests deeper than {MAX_DEPTH} levels; curated files are flat lists", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _construct_mapping(loader: _CuratedLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    first_line: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            hash(key)
        except TypeError:
            raise loader.fail(
                "a mapping key must be a plain value, not a list or mapping", key_node.start_mark
            ) from None
        if key == LINE:
            raise loader.fail(f"{LINE!r} is a reserved key", key_node.start_mark)
        if key in first_line:
            raise loader.fail(
                f"key {key!r} appears twice in one mapping (first on line {first_line[key]}); keep one",
                key_node.start_mark,
            )
        first_line[key] = line
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_CuratedLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


KEEP_PARSED = 16  # versions of curated files kept parsed; a few MB at most
_PARSED: dict[bytes, Any] = {}


def load_yaml(path: Path) -> Any:
    """The parsed file, each mapping with its line under LINE; SeedError (with the line) when unreadable."""
    data = read_input_file(path, MAX_BYTES)
    # A process that builds many packages (the test session, a benchmark) parses each version of a curated file once,
    # not once per build: parses are kept by content (wherever the file lies), failures never. Each caller gets its
    # own copy, since callers may change what they get.
    if data not in _PARSED:
        if len(_PARSED) >= KEEP_PARSED:
            del _PARSED[next(iter(_PARSED))]
        _PARSED[data] = _parse(path, data)
    return copy.deepcopy(_PARSED[data])


def _parse(path: Path, data: bytes) -> Any:
    """One file's bytes parsed by _CuratedLoader; SeedError naming path and line when they are no curated YAML."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise SeedError(path, "is not valid UTF-8; save it as UTF-8", line) from None
    loader = None
    try:
        loader = _CuratedLoader(text, path)  # checks every character of the text already
        return loader.get_single_data()
    except yaml.reader.ReaderError as e:
        line = text.count("\n", 0, e.position) + 1
        code = e.character if isinstance(e.character, int) else ord(e.character)
        raise SeedError(path, f"is not valid YAML (the character U+{code:04X} is not allowed)", line) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or e
        raise SeedError(path, f"is not valid YAML ({problem})", mark.line + 1 if mark else None) from None
    finally:
        if loader is not None:
            loader.dispose()

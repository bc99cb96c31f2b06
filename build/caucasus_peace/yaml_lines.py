"""Read the curated YAML files under seeds/ so that every problem can name its line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from caucasus_peace.errors import SeedError

LINE = "__line__"  # key under which every mapping records its 1-based line


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records the line of every mapping."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """The parsed file, each mapping with its line under LINE; SeedError (with the line) when unreadable."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except OSError as e:
        raise SeedError(path, f"cannot be read ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise SeedError(path, "is not valid UTF-8") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or e
        raise SeedError(path, f"is not valid YAML ({problem})", mark.line + 1 if mark else None) from None

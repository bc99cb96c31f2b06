"""Promote discovered entities into seeds/registry.yaml: their blocks go after the last entry of `entities:`.

The file is curated data, so it is edited as text: every comment, blank line and formatting choice stays as
it was, and the blocks take the indentation of the existing entries. The new text is validated with the
registry's own loader before anything is written; the file is then replaced in one step. Nothing else under
seeds/ is touched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import yaml

from caucasus_peace.errors import CaucasusPeaceError, SeedError
from caucasus_peace.registry import load_registry
from caucasus_peace.review.entities import EntityCandidate

REGISTRY_FILE = "registry.yaml"


class PromotionError(CaucasusPeaceError):
    """An entity cannot be promoted as asked; the registry is unchanged."""


def _content_end(node: yaml.Node) -> int:
    """Index just past the last character of a node's own text (trailing comments and blank lines excluded)."""
    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
        return node.end_mark.index
    children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
    return max((_content_end(c) for c in children), default=node.start_mark.index)


def _entities_node(text: str, path: Path) -> yaml.SequenceNode:
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as e:
        raise SeedError(path, f"is not valid YAML ({getattr(e, 'problem', None) or e})") from None
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            is_block_list = isinstance(value, yaml.SequenceNode) and value.value and not value.flow_style
            if key.value == "entities" and is_block_list:
                return value
    raise PromotionError(
        f"{path}: has no block list under 'entities:' to append to; paste the block from "
        "`caucasus-peace review` by hand"
    )


def with_blocks(text: str, candidates: Sequence[EntityCandidate], path: Path) -> str:
    """The registry text with each candidate's block after the last entry, indented like the entries."""
    seq = _entities_node(text, path)
    dash = seq.start_mark.column
    end = _content_end(seq.value[-1])
    if end > 0 and text[end - 1] == "\n":  # a block scalar ends with its line break
        at = end
    else:
        line_end = text.find("\n", end)
        at = len(text) if line_end < 0 else line_end + 1
    newline = "\r\n" if "\r\n" in text else "\n"
    head = text[:at] if text[:at].endswith("\n") else text[:at] + newline
    blocks = "".join(c.registry_block(dash) for c in candidates).replace("\n", newline)
    return head + blocks + text[at:]


def _existing_ids(path: Path) -> dict[str, int]:
    """ID -> line of every entry already in the registry (read as text, so that a broken entry elsewhere does
    not hide which IDs are there)."""
    from caucasus_peace.yaml_lines import LINE, load_yaml

    doc = load_yaml(path)
    entries = doc.get("entities") if isinstance(doc, dict) else None
    return {e["id"]: e[LINE] for e in entries or [] if isinstance(e, dict) and isinstance(e.get("id"), str)}


def promote(seeds_dir: Path, ids: Sequence[str], candidates: Sequence[EntityCandidate]) -> list[EntityCandidate]:
    """Append the blocks of the discovered entities ``ids`` (from ``candidates``, the review's list) to
    seeds_dir/registry.yaml and return them; PromotionError, with the file unchanged, when an ID is already in
    the registry, is not a discovered entity, is a place without coordinates, or the registry would not load."""
    path = seeds_dir / REGISTRY_FILE
    if not path.is_file():
        raise PromotionError(f"{path}: missing; --seeds needs a folder with a registry.yaml")
    existing = _existing_ids(path)
    by_id = {c.entity_id: c for c in candidates}
    chosen = []
    for eid in dict.fromkeys(ids):
        if eid in existing:
            raise PromotionError(f"{path} line {existing[eid]}: {eid} is already in the registry; nothing was changed")
        if eid not in by_id:
            raise PromotionError(
                f"{eid}: is not a discovered entity of the package reviewed (`caucasus-peace review` lists them; "
                "rebuild first if the seeds changed); nothing was changed"
            )
        c = by_id[eid]
        if c.entity_type == "place" and not c.has_coordinates:
            raise PromotionError(
                f"{eid} ({c.name}): the package has no coordinates for this place and the registry needs them; "
                f"paste its block from `caucasus-peace review` into {path} and fill in latitude and longitude"
            )
        chosen.append(c)
    try:
        text = path.read_bytes().decode("utf-8")  # bytes: CRLF line ends stay as they are
    except UnicodeDecodeError:
        raise SeedError(path, "is not valid UTF-8") from None
    new = with_blocks(text, chosen, path)
    _check_loads(new, path)
    _replace(path, new)
    return chosen


def _check_loads(text: str, path: Path) -> None:
    """Load the new registry from a scratch copy outside the seeds; its errors name the real file's lines."""
    with tempfile.TemporaryDirectory(prefix="caucasus-peace-promote-") as tmp:
        scratch = Path(tmp) / REGISTRY_FILE
        scratch.write_text(text, encoding="utf-8")
        try:
            load_registry(scratch)
        except SeedError as e:
            message = str(e).removeprefix(f"{e.path} line {e.line}: " if e.line is not None else f"{e.path}: ")
            where = f"{path} line {e.line}" if e.line is not None else str(path)
            raise PromotionError(
                f"{where} (after promotion): {message}; nothing was changed: paste the block from "
                "`caucasus-peace review` and edit it by hand"
            ) from None


def _replace(path: Path, text: str) -> None:
    """Write beside the file and rename over it: the registry is never half-written."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

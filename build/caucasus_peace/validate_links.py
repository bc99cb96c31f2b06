"""Checks across tables, over whole Arrow columns: foreign keys, entity_type/entity_id pairs, and the
offset invariant article[char_start:char_end] == text (in bytes, with numpy, no loop over rows)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from caucasus_peace.schema import Package
from caucasus_peace.seeds import SOURCE_ID
from caucasus_peace.tables import ENTITY_TABLES
from caucasus_peace.validate_problems import Problems, cell, true_rows

# Tables whose rows quote their article, and the column holding the quoted characters.
SPAN_TEXT = {"mentions": "text", "quantities": "text", "time_expressions": "text", "event_sources": "quote"}
_BATCH_BYTES = 1 << 23
_SEP = "\x1f"  # joins composite keys; the control-character check refuses it inside any cell


def _keys(data: pa.Table, columns: list[str]) -> pa.ChunkedArray | pa.Array:
    if len(columns) == 1:
        return data.column(columns[0])
    parts = [pc.cast(data.column(c), pa.string()) for c in columns]
    return pc.binary_join_element_wise(*parts, _SEP)


def check_foreign_keys(package: Package, data: Mapping[str, pa.Table], problems: Problems) -> None:
    """Every foreign key whose fields are all filled points at an existing row (Frictionless skips keys
    with an empty field the same way)."""
    for name, table in package.tables.items():
        if name not in data:
            continue
        for fk in table.foreign_keys:
            ref = fk["reference"]
            target = ref.get("resource") or name
            if target not in data:
                continue
            child = _keys(data[name], fk["fields"])
            parent = pc.unique(_keys(data[target], ref["fields"]))
            dangling = pc.and_(pc.is_valid(child), pc.invert(pc.is_in(child, value_set=parent)))
            problems.rows(
                name,
                fk["fields"],
                true_rows(dangling),
                lambda i, c=child, t=target: f"{cell(c[i].as_py())} is not in {t}",
            )


def check_entity_pairs(data: Mapping[str, pa.Table], problems: Problems) -> None:
    """entity_type and entity_id agree: the id is a row of the detail table of that type (people,
    organizations, places), and each detail row is an entity of its own type."""
    pairs = []
    for etype, (detail, key) in ENTITY_TABLES.items():
        if detail in data:
            ids = data[detail].column(key)
            pairs.append(pc.binary_join_element_wise(pa.scalar(etype), ids, _SEP))
    if len(pairs) < len(ENTITY_TABLES):
        return
    known = pc.unique(pa.chunked_array(pairs, type=pa.string()))
    for name, table in data.items():
        if {"entity_type", "entity_id"} <= set(table.column_names):
            etype, eid = table.column("entity_type"), table.column("entity_id")
            bad = pc.invert(pc.is_in(pc.binary_join_element_wise(etype, eid, _SEP), value_set=known))
            problems.rows(
                name,
                ["entity_type", "entity_id"],
                true_rows(pc.fill_null(bad, False)),
                lambda i, t=etype, e=eid: f"{cell(e[i].as_py())} is not a row of the {t[i].as_py()} table",
            )
    if "entities" in data:
        ents = data["entities"]
        typed = pc.unique(pc.binary_join_element_wise(ents.column("entity_type"), ents.column("entity_id"), _SEP))
        for etype, (detail, key) in ENTITY_TABLES.items():
            ids = data[detail].column(key)
            bad = pc.invert(pc.is_in(pc.binary_join_element_wise(pa.scalar(etype), ids, _SEP), value_set=typed))
            problems.rows(
                detail,
                key,
                true_rows(pc.fill_null(bad, False)),
                lambda i, ids=ids, t=etype: f"{cell(ids[i].as_py())} is not an entity of type {t}",
            )


# --- article texts and spans -----------------------------------------------------------------


def texts_from_seeds(seeds: Path, sources: pa.Table, problems: Problems) -> dict[str, bytes]:
    """The bytes of seeds/articles/<source_id>.txt for every source whose file matches sources.sha256;
    a missing or different file is a problem (the package was not built from these seeds)."""
    texts = {}
    ids, shas = sources.column("source_id").to_pylist(), sources.column("sha256").to_pylist()
    for source_id, sha in zip(ids, shas, strict=True):
        if source_id is None or not SOURCE_ID.fullmatch(source_id):
            continue  # reported by the pattern check; never a path out of the seeds folder
        path = seeds / "articles" / f"{source_id}.txt"
        if not path.is_file():
            problems.add(f"{path}: missing; the spans of source {source_id!r} cannot be checked")
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha:
            problems.add(f"{path}: sha256 differs from sources.sha256; the package was built from another text")
            continue
        texts[source_id] = data
    return texts


def check_texts(sources: pa.Table, texts: Mapping[str, bytes], problems: Problems) -> None:
    """sources.sha256 and sources.n_chars describe the texts the build was given."""
    ids = sources.column("source_id").to_pylist()
    shas = sources.column("sha256").to_pylist()
    n_chars = sources.column("n_chars").to_pylist() if "n_chars" in sources.column_names else [None] * len(ids)
    for i, (source_id, sha, n) in enumerate(zip(ids, shas, n_chars, strict=True)):
        data = texts.get(source_id)
        if data is None:
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            problems.add(f"sources: data row {i + 1}, column sha256: does not match the text of {source_id!r}")
        elif n is not None and n != len(data.decode("utf-8")):
            problems.add(f"sources: data row {i + 1}, column n_chars: {n}, but the text of {source_id!r} differs")


class Articles:
    """The article texts as one byte buffer, with what it takes to turn (article, character offset) into
    a byte position for whole columns at once: ASCII articles map characters to bytes one to one, the
    others through a table of the byte where each character starts."""

    def __init__(self, texts: Mapping[str, bytes]) -> None:
        self.order = sorted(texts)
        raw = [texts[s] for s in self.order]
        sizes = np.array([len(b) for b in raw], dtype=np.int64)
        self.byte_base = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        self.buffer = pa.py_buffer(b"".join(raw))
        blob = np.frombuffer(self.buffer, dtype=np.uint8)
        lead = (blob & 0xC0) != 0x80  # the first byte of each character
        # Per article: how many bytes continue a character, and how many are not ASCII (counted from the
        # sorted positions of such bytes, linear in the bytes whatever the number of articles).
        continuing = np.diff(np.searchsorted(np.flatnonzero(~lead), self.byte_base))
        self.n_chars = sizes - continuing
        self.ascii = np.diff(np.searchsorted(np.flatnonzero(blob >= 0x80), self.byte_base)) == 0
        # Byte offset (within its article) of each character of the non-ASCII articles, plus its end.
        self.map_base = np.zeros(len(raw), dtype=np.int64)
        parts, at = [], 0
        for k in np.flatnonzero(~self.ascii):
            lo, hi = self.byte_base[k], self.byte_base[k + 1]
            parts.append(np.append(np.flatnonzero(lead[lo:hi]), hi - lo).astype(np.int64))
            self.map_base[k] = at
            at += len(parts[-1])
        self.char_map = np.concatenate(parts) if parts else np.zeros(1, dtype=np.int64)

    def byte_offsets(self, src: np.ndarray, chars: np.ndarray) -> np.ndarray:
        """Absolute byte offsets of character ``chars`` of article ``src`` (both in bounds)."""
        mapped = self.char_map[np.where(self.ascii[src], 0, self.map_base[src] + chars)]
        return self.byte_base[src] + np.where(self.ascii[src], chars, mapped)

    def slices(self, start: np.ndarray, length: np.ndarray) -> pa.Array:
        """binary_view array of the byte ranges [start, start + length) of the texts, built from 16-byte
        views without copying the bytes (Arrow compares views to strings in C++)."""
        if len(self.buffer) >= 1 << 31:
            raise ValueError("the article texts exceed 2 GiB; check the spans in smaller batches")
        n = len(start)
        views = np.zeros((n, 16), dtype=np.uint8)
        views[:, 0:4] = length.astype("<i4").view(np.uint8).reshape(n, 4)
        blob = np.frombuffer(self.buffer, dtype=np.uint8)
        last = max(len(blob) - 1, 0)
        take = np.minimum(start[:, None] + np.arange(12), last) if len(blob) else np.zeros((n, 12), np.int64)
        inline = (blob[take] if len(blob) else np.zeros((n, 12), np.uint8)) * (np.arange(12) < length[:, None])
        short = length <= 12
        views[short, 4:16] = inline[short]
        long_ = ~short
        views[long_, 4:8] = inline[long_, 0:4]  # prefix; buffer index 0 stays zero
        views[long_, 12:16] = start[long_].astype("<i4").view(np.uint8).reshape(-1, 4)
        return pa.Array.from_buffers(pa.binary_view(), n, [None, pa.py_buffer(views), self.buffer])


def check_spans(data: Mapping[str, pa.Table], texts: Mapping[str, bytes], problems: Problems) -> int:
    """article[char_start:char_end] == text for every span table; returns how many rows it could not check
    (no text for their source)."""
    from caucasus_peace.validate_read import one_array

    articles = Articles(texts)
    unchecked = 0
    for name, col in SPAN_TEXT.items():
        if name not in data:
            continue
        table = data[name]
        which = one_array(pc.index_in(table.column("source_id"), value_set=pa.array(articles.order, pa.string())))
        cs_arr, ce_arr, quoted = (one_array(table.column(c)) for c in ("char_start", "char_end", col))
        has_text = which.is_valid().to_numpy(zero_copy_only=False)
        unchecked += int((~has_text & one_array(table.column("source_id")).is_valid().to_numpy(False)).sum())
        filled = has_text & cs_arr.is_valid().to_numpy(zero_copy_only=False)
        filled &= ce_arr.is_valid().to_numpy(zero_copy_only=False) & quoted.is_valid().to_numpy(zero_copy_only=False)
        src = pc.fill_null(which, 0).to_numpy().astype(np.int64)
        cs = pc.fill_null(cs_arr, 0).to_numpy().astype(np.int64)
        ce = pc.fill_null(ce_arr, 0).to_numpy().astype(np.int64)
        in_bounds = filled & (cs >= 0) & (cs <= ce) & (ce <= articles.n_chars[src])
        bad = filled & ~in_bounds
        rows = np.flatnonzero(in_bounds)
        begin = articles.byte_offsets(src[rows], cs[rows])
        length = articles.byte_offsets(src[rows], ce[rows]) - begin
        spans = articles.slices(begin, length)
        same = pc.equal(spans, quoted.take(pa.array(rows)).cast(pa.binary_view())).to_numpy(zero_copy_only=False)
        bad[rows[~same]] = True
        problems.rows(
            name,
            ["char_start", "char_end", col],
            np.flatnonzero(bad),
            lambda i, t=table, q=col: (
                f"[{t.column('char_start')[i].as_py()}, {t.column('char_end')[i].as_py()}) "
                f"of {t.column('source_id')[i].as_py()} does not slice to {cell(t.column(q)[i].as_py())}"
            ),
        )
    return unchecked

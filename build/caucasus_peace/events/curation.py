"""Reviewed corrections to the automatic events (seeds/events.yaml), and the merge they wrap.

merge_events applies suppress and split to the claims, adds curated events, clusters the rest (merge.py), then
applies merge and correct to the clusters. load_event_curation reads and checks the file (every quote must occur
in its article).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from caucasus_peace.errors import SeedError
from caucasus_peace.events.lexicon import CAMEO, compatible
from caucasus_peace.events.merge import PRECISION_RANK, STATUSES, Cluster, Row, cluster_claims, event_rows
from caucasus_peace.schema import load_package
from caucasus_peace.yaml_lines import LINE, load_yaml


def _matches(entry_match: Row, sid: str, c: Row) -> bool:
    if sid != entry_match["source_id"]:
        return False
    if entry_match.get("event_type") and c["event_type"] != entry_match["event_type"]:
        return False
    return c["char_start"] <= entry_match["char_start"] and entry_match["char_end"] <= c["char_end"]


def _fail(entry: Row, message: str) -> SeedError:
    return SeedError(entry.get("path", "seeds/events.yaml"), message, entry.get("line"))


def merge_events(
    claims_by_source: dict[str, list[Row]], curated: list[Row] | None = None
) -> tuple[list[Row], list[Row], list[Row], dict[tuple[str, int, int], str]]:
    """(events, event_participants, event_sources, {(source_id, char_start, char_end) of a quantity: event_id})."""
    curated = curated or []
    claims = [(sid, dict(c)) for sid in sorted(claims_by_source) for c in claims_by_source[sid]]
    for entry in curated:
        if entry["action"] == "suppress":
            hit = [x for x in claims if _matches(entry["match"], *x)]
            if not hit:
                raise _fail(entry, "suppress: no automatic event claim contains this quote")
            claims = [x for x in claims if not any(x is h for h in hit)]
        elif entry["action"] == "split":
            hit = [x for x in claims if _matches(entry["match"], *x)]
            if not hit:
                raise _fail(entry, "split: no automatic event claim contains this quote")
            for _, c in hit:
                c["_split"] = entry["line"]
    added: list[Cluster] = []
    for entry in curated:
        if entry["action"] != "add":
            continue
        first = entry["evidence"][0]
        k = Cluster(first["source_id"], {"event_type": entry["event_type"], "char_start": first["char_start"],
                                          "participants": [], "status": entry["status"]})  # fmt: skip
        k.items = []
        k.lo, k.hi = entry.get("date_start"), entry.get("date_end")
        k.curated = entry
        for ev in entry["evidence"]:
            span = {"source_id": ev["source_id"], "char_start": ev["char_start"], "char_end": ev["char_end"]}
            absorbed = [
                x
                for x in claims
                if x[0] == ev["source_id"]
                and x[1]["char_start"] < span["char_end"]
                and span["char_start"] < x[1]["char_end"]
                and compatible(x[1]["event_type"], entry["event_type"])
            ]
            k.items.extend(absorbed)
            claims = [x for x in claims if not any(x is a for a in absorbed)]
        added.append(k)
    clusters = cluster_claims(claims) + added
    for entry in curated:
        if entry["action"] == "merge":
            owners = []
            for m in entry["events"]:
                owner = next((k for k in clusters if any(_matches(m, s, c) for s, c in k.items)), None)
                if owner is None:
                    raise _fail(entry, f"merge: no event has evidence containing {m['quote']!r}")
                owners.append(owner)
            target = owners[0]
            for o in owners[1:]:
                if o is not target and o in clusters:
                    for s, c in o.items:
                        target.add(s, c)
                    clusters.remove(o)
            target.curated = {**(target.curated or {}), **entry.get("set", {}), "curated_line": entry["line"]}
        elif entry["action"] == "correct":
            owner = next((k for k in clusters if any(_matches(entry["match"], s, c) for s, c in k.items)), None)
            if owner is None:
                raise _fail(entry, "correct: no event has evidence containing this quote")
            owner.curated = {**(owner.curated or {}), **entry["set"]}
    return event_rows(clusters)


# ------------------------------------------------------------------ curation file
ACTIONS = {
    "add": {"required": {"key", "event_type", "status", "evidence", "why"},
            "optional": {"title", "date_start", "date_end", "date_precision", "place_id", "participants"}},
    "correct": {"required": {"match", "set", "why"}, "optional": set()},
    "merge": {"required": {"events", "why"}, "optional": {"set"}},
    "split": {"required": {"match", "why"}, "optional": set()},
    "suppress": {"required": {"match", "why"}, "optional": set()},
}  # fmt: skip
SETTABLE = {"event_type", "title", "date_start", "date_end", "date_precision", "status", "place_id"}
# Participant roles: the enum of event_participants.role in the schema.
ROLES = frozenset(load_package().tables["event_participants"].field("role")["constraints"]["enum"])


def _quote(path: Path, item: Any, texts: dict[str, str], line: int, what: str) -> Row:
    if not isinstance(item, dict):
        raise SeedError(path, f"{what} must be a mapping with source_id and quote", line)
    line = item.pop(LINE, line)
    unknown = set(item) - {"source_id", "quote", "event_type"}
    if unknown:
        raise SeedError(path, f"unknown key(s) {sorted(unknown)} in {what}", line)
    sid, quote = item.get("source_id"), item.get("quote")
    if not sid or not quote:
        raise SeedError(path, f"{what} needs source_id and quote", line)
    if not isinstance(sid, str) or not isinstance(quote, str):
        raise SeedError(path, f"source_id and quote of {what} must be text (one quoted string each)", line)
    if sid not in texts:
        raise SeedError(path, f"source_id {sid!r} is not a known article", line)
    start = texts[sid].find(quote)
    if start < 0:
        raise SeedError(path, f"quote {quote!r} does not occur in {sid}", line)
    if item.get("event_type") and item["event_type"] not in CAMEO:
        raise SeedError(path, f"unknown event_type {item['event_type']!r}", line)
    return {"source_id": sid, "quote": quote, "char_start": start, "char_end": start + len(quote),
            "event_type": item.get("event_type")}  # fmt: skip


def _check_fields(path: Path, fields: Row, line: int) -> Row:
    out = {}
    for key, value in fields.items():
        if key == LINE:
            continue
        if key not in SETTABLE | {"participants"}:
            raise SeedError(path, f"field {key!r} cannot be set (allowed: {sorted(SETTABLE)})", line)
        if key != "participants" and isinstance(value, list | dict):
            raise SeedError(path, f"{key} must be a single value, not a {type(value).__name__}", line)
        if key == "event_type" and value not in CAMEO:
            raise SeedError(path, f"unknown event_type {value!r}", line)
        if key == "status" and value not in STATUSES:
            raise SeedError(path, f"unknown status {value!r} (allowed: {list(STATUSES)})", line)
        if key in ("date_start", "date_end") and value is not None and not isinstance(value, dt.date):
            raise SeedError(path, f"{key} must be a date like 2025-08-08, not {value!r}", line)
        if key in ("title", "place_id") and value is not None and not isinstance(value, str):
            raise SeedError(path, f"{key} must be text, not {type(value).__name__}", line)
        if key == "date_precision" and value not in PRECISION_RANK:
            raise SeedError(path, f"unknown date_precision {value!r}", line)
        if key == "participants":
            value = [_participant(path, p, line) for p in value or []]
        out[key] = value
    if out.get("date_start") and out.get("date_end") and out["date_start"] > out["date_end"]:
        raise SeedError(path, "date_start is after date_end", line)
    return out


def _participant(path: Path, p: Any, line: int) -> Row:
    if not isinstance(p, dict):
        raise SeedError(path, "a participant must be a mapping {entity_id, entity_type, role}", line)
    pl = p.get(LINE, line)
    if p.get("entity_type") not in ("person", "organization", "place") or not p.get("entity_id"):
        raise SeedError(path, "a participant needs entity_id and entity_type (person|organization|place)", pl)
    if not isinstance(p.get("role"), str) or p.get("role") not in ROLES:
        raise SeedError(path, f"unknown role {p.get('role')!r} (allowed: {sorted(ROLES)})", pl)
    return {"entity_id": p["entity_id"], "entity_type": p["entity_type"], "role": p["role"], "name": p.get("name")}


def load_event_curation(path: Path, texts: dict[str, str]) -> list[Row]:
    """Read seeds/events.yaml; every quote is verified against its article. SeedError (with line) on any problem."""
    path = Path(path)
    if not path.exists():
        return []
    doc = load_yaml(path) or {}
    if not isinstance(doc, dict) or set(doc) - {"version", "events", LINE}:
        raise SeedError(path, "top level must be a mapping with keys version and events", 1)
    out = []
    keys_seen: set[str] = set()
    if not isinstance(doc.get("events") or [], list):
        raise SeedError(path, "events must be a list of entries", doc.get(LINE))
    for item in doc.get("events") or []:
        if not isinstance(item, dict):
            raise SeedError(path, "each entry of events must be a mapping", doc.get(LINE))
        line = item.pop(LINE)
        action = item.pop("action", None)
        if action not in ACTIONS:
            raise SeedError(path, f"action must be one of {sorted(ACTIONS)}, not {action!r}", line)
        spec = ACTIONS[action]
        missing = spec["required"] - set(item)
        unknown = set(item) - spec["required"] - spec["optional"]
        if missing:
            raise SeedError(path, f"{action} entry lacks {sorted(missing)}", line)
        if unknown:
            raise SeedError(path, f"unknown key(s) {sorted(unknown)} in {action} entry", line)
        entry: Row = {"action": action, "line": line, "path": str(path), "why": item["why"]}
        if action == "add":
            key = str(item["key"])
            if key in keys_seen or not key.replace("-", "").isalnum() or key != key.lower():
                raise SeedError(path, f"key {key!r} must be unique, lower-case letters, digits and dashes", line)
            keys_seen.add(key)
            fields = _check_fields(path, {k: item[k] for k in item if k in SETTABLE | {"participants"}}, line)
            evidence = item["evidence"]
            if not isinstance(evidence, list) or not evidence:
                raise SeedError(path, "add needs a non-empty evidence list of {source_id, quote}", line)
            entry |= fields | {
                "event_id": f"evt-{key}",
                "evidence": [_quote(path, e, texts, line, "evidence") for e in evidence],
            }
            entry.setdefault("participants", [])
            entry["status"] = _check_fields(path, {"status": item["status"]}, line)["status"]
            entry["event_type"] = _check_fields(path, {"event_type": item["event_type"]}, line)["event_type"]
        if "match" in item:
            entry["match"] = _quote(path, item["match"], texts, line, "match")
        if "set" in item:
            if not isinstance(item["set"], dict):
                raise SeedError(path, "set must be a mapping of fields", line)
            entry["set"] = _check_fields(path, item["set"], item["set"].get(LINE, line))
        if action == "merge":
            if not isinstance(item["events"], list) or len(item["events"]) < 2:
                raise SeedError(path, "merge needs at least two events (each {source_id, quote})", line)
            entry["events"] = [_quote(path, e, texts, line, "events item") for e in item["events"]]
        out.append(entry)
    return out

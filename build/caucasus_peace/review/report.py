"""The review as Markdown (for reading) and as YAML (for scripts): the same lists, in the same order."""

from __future__ import annotations

from typing import Any

import yaml

from caucasus_peace.review.collect import MERGE_THRESHOLD, Review
from caucasus_peace.review.events import EventCheck, Passage

PROMOTE = "caucasus-peace review --promote"


def _quote(text: str | None) -> str:
    return "> " + (text or "(the article's text is not at hand)")


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|")


def _more(shown: int, total: int, what: str) -> list[str]:
    return [f"… and {total - shown} more {what} (`--limit` shows more).", ""] if total > shown else []


def _entities(review: Review, limit: int) -> list[str]:
    out = [f"## Discovered entities not in the registry ({len(review.entities)})", ""]
    if not review.entities:
        return [*out, "None: every entity of the package comes from the registry.", ""]
    out += [
        "Ranked by articles, then mentions. Check each against its sentence; to add one to the registry, run "
        f"`{PROMOTE} ID` (or paste its block under `entities:` in seeds/registry.yaml), then rebuild.",
        "",
    ]
    for n, c in enumerate(review.entities[:limit], start=1):
        facts = ", ".join(x for x in (c.entity_type, c.kind, c.country) if x)
        out += [
            f"### {n}. {c.name} ({facts}): {c.n_sources} article(s), {c.n_mentions} mention(s)",
            "",
            _quote(c.context) + (f" ({c.source_id})" if c.source_id else ""),
            "",
            "```yaml",
            c.registry_block().rstrip("\n"),
            "```",
            "",
            f"`{PROMOTE} {c.entity_id}`" + ("" if c.has_coordinates or c.entity_type != "place" else
                                              " (needs coordinates first: paste the block and fill them in)"),
            "",
        ]  # fmt: skip
    return out + _more(min(limit, len(review.entities)), len(review.entities), "entities")


def _spans(review: Review, limit: int) -> list[str]:
    out = [f"## Unlinked name-like spans ({len(review.spans)})", ""]
    if not review.spans:
        return [*out, "None.", ""]
    out += [
        "Capitalised words that no mention covers: two or more in a row, or one after a title or role "
        "(cue `title`). Ranked by occurrences. A real name here is a missed mention: add it to the "
        "registry by hand, or report the pattern.",
        "",
        "| # | span | cue | occurrences | articles | first seen in | context |",
        "|---|---|---|---|---|---|---|",
    ]
    for n, s in enumerate(review.spans[:limit], start=1):
        where = f"{s.source_id} [{s.char_start}:{s.char_end}]"
        out.append(
            f"| {n} | {_cell(s.text)} | {s.cue} | {s.n_occurrences} | {s.n_sources} | {where} | {_cell(s.context)} |"
        )
    return [*out, "", *_more(min(limit, len(review.spans)), len(review.spans), "spans")]


def _passage(p: Passage) -> str:
    if p.merge_score is None:
        how = "opened the event (or curated)"
    elif p.merge_score == 0:
        how = "merge score 0: refers back to what its article had just reported"
    else:
        how = f"merge score {p.merge_score:g}" + (" (low)" if p.is_low else "")
    return f"- `{p.source_id}` [{p.char_start}:{p.char_end}], {p.status}, {how}: “{' '.join(p.quote.split())}”"


def _event(n: int, e: EventCheck) -> list[str]:
    why = []
    scored = sorted(p.merge_score for p in e.low_passages if p.merge_score)
    if scored:
        why.append("merged at " + ", ".join(f"{s:g}" for s in scored))
    back = sum(p.merge_score == 0 for p in e.low_passages)
    if back:
        why.append(f"{back} passage(s) joined by referring back")
    if e.date_precision == "unknown":
        why.append("no date")
    return [
        f"### {n}. {e.title} ({e.event_type}, {e.status}, {e.n_sources} article(s)): {'; '.join(why)}",
        "",
        f"`{e.event_id}`",
        "",
        *(_passage(p) for p in e.passages),
        "",
    ]


def _events(review: Review, limit: int) -> list[str]:
    out = [f"## Events to check ({len(review.events)})", ""]
    if not review.events:
        return [*out, "None.", ""]
    out += [
        f"Events with a passage merged at a score below {MERGE_THRESHOLD:.1f} (lowest first: is it really the same "
        "event?), then events no report dates (is a date in the text that the rules missed?). A wrong merge or a "
        "missing date is fixed in seeds/events.yaml (docs/events.md, Curation).",
        "",
    ]
    for n, e in enumerate(review.events[:limit], start=1):
        out += _event(n, e)
    return out + _more(min(limit, len(review.events)), len(review.events), "events")


def markdown(review: Review, package: str, limit: int) -> str:
    """The whole report; ``package`` names what was reviewed (a folder)."""
    out = [f"# Review of {package}", "", review.summary() + ".", ""]
    if review.missing_texts:
        out += [
            f"The texts of {len(review.missing_texts)} article(s) are not under the seeds given (or differ from "
            f"what was built): no contexts or spans from {', '.join(review.missing_texts)}.",
            "",
        ]
    out += _entities(review, limit) + _spans(review, limit) + _events(review, limit)
    return "\n".join(out).rstrip("\n") + "\n"


def as_data(review: Review) -> dict[str, Any]:
    """Every list in full (no limit), as plain data."""
    return {
        "summary": review.summary(),
        "merge_threshold": MERGE_THRESHOLD,
        "missing_texts": list(review.missing_texts),
        "entities": [
            {
                "entity_id": c.entity_id,
                "entity_type": c.entity_type,
                "name": c.name,
                "kind": c.kind,
                "country": c.country,
                "n_sources": c.n_sources,
                "n_mentions": c.n_mentions,
                "source_id": c.source_id,
                "char_start": c.char_start,
                "char_end": c.char_end,
                "context": c.context,
                "registry_block": c.registry_block(),
            }
            for c in review.entities
        ],
        "spans": [
            {
                "text": s.text,
                "cue": s.cue,
                "n_occurrences": s.n_occurrences,
                "n_sources": s.n_sources,
                "source_id": s.source_id,
                "char_start": s.char_start,
                "char_end": s.char_end,
                "context": s.context,
            }
            for s in review.spans
        ],
        "events": [
            {
                "event_id": e.event_id,
                "event_type": e.event_type,
                "title": e.title,
                "date_precision": e.date_precision,
                "status": e.status,
                "n_sources": e.n_sources,
                "reasons": list(e.reasons),
                "min_merge_score": e.min_merge_score,
                "passages": [
                    {
                        "source_id": p.source_id,
                        "char_start": p.char_start,
                        "char_end": p.char_end,
                        "status": p.status,
                        "merge_score": p.merge_score,
                        "quote": p.quote,
                    }
                    for p in e.passages
                ],
            }
            for e in review.events
        ],
    }


def as_yaml(review: Review) -> str:
    return yaml.safe_dump(as_data(review), allow_unicode=True, sort_keys=False, width=100)

"""Extract every fact from one article: the pure, parallelisable unit of work.

An article longer than ``MAX_ARTICLE_CHARS`` is refused before any work, with an error naming its file, so
that no single article can stall a build. The sentence spans and the non-body spans are computed once here and
shared.

Format characters (Unicode category Cf: zero-width spaces and joiners, soft hyphens, ...) are invisible but
split words: every extractor reads the text without them (extract.textview), and every span is mapped back
to the stored text, whose slice (format characters included) is each row's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from caucasus_peace.curated import Curated
from caucasus_peace.errors import SeedError
from caucasus_peace.events.claims import extract_events
from caucasus_peace.events.commentary import without_commentary
from caucasus_peace.extract.body import non_body_spans
from caucasus_peace.extract.entities import discovered_id, extract_entities, registry_row
from caucasus_peace.extract.organizations import state_body_family
from caucasus_peace.extract.quantities import extract_quantities
from caucasus_peace.extract.sentences import sentence_spans
from caucasus_peace.extract.textview import TextView
from caucasus_peace.extract.timex import extract_time_expressions
from caucasus_peace.seeds import Article

Rows = list[dict[str, Any]]

# The longest article extracted: about 15,000 words, twelve times the longest article in the seeds and the
# held-out sets. The sentence, quantity and time rules take time linear in the length; the entity and event
# rules not yet everywhere: the slowest text found for them at this length (one capitalised name repeated
# 12,500 times) takes 8 s of one core, and 54 s at twice the length.
MAX_ARTICLE_CHARS = 100_000


@dataclass(frozen=True)
class ArticleFacts:
    """Rows found in one article, with spans into its text; IDs and counts come later."""

    source_id: str
    entities: Rows = field(default_factory=list)
    mentions: Rows = field(default_factory=list)
    quantities: Rows = field(default_factory=list)
    time_expressions: Rows = field(default_factory=list)
    events: Rows = field(default_factory=list)


def _outside(rows: Rows, skip: list[tuple[int, int]]) -> Rows:
    """Drop rows whose span overlaps text that is not article body (link debris, follow lines)."""
    return [r for r in rows if not any(r["char_start"] < b and a < r["char_end"] for a, b in skip)]


def check_size(article: Article) -> None:
    """Refuse an article longer than MAX_ARTICLE_CHARS, naming its file."""
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise SeedError(
            f"seeds/articles/{article.source_id}.txt",
            f"the article has {len(article.text):,} characters, more than the {MAX_ARTICLE_CHARS:,} one article "
            "may have (a limit that keeps every build fast); split it into several articles",
        )


def extract_article(article: Article, curated: Curated) -> ArticleFacts:
    check_size(article)
    view = TextView.of(article.text)
    text = view.text
    skip = non_body_spans(text)
    sentences = sentence_spans(text)
    entities, mentions = extract_entities(text, curated.registry, skip)
    mentions = _outside(mentions, skip)
    quantities = _outside(extract_quantities(text, sentences), skip)
    compiled = [(view.to_view(a), view.to_view(b)) for a, b in curated.uncertain_spans(article)]
    timex = _outside(extract_time_expressions(text, article.published, compiled), skip)
    events = extract_events(
        text,
        article.published,
        mentions,
        timex,
        quantities,
        parties=curated.parties | discovered_parties(entities, curated),
        demonyms=curated.demonyms,
        skip=skip,
        compiled=compiled,
        place_kinds={e["entity_id"]: e.get("kind") or "other" for e in entities if e["entity_type"] == "place"},
        entity_names={e["entity_id"]: e["name"] for e in entities}
        | {e.id: e.name for e in curated.registry.entities if e.type == "place" and e.kind == "country"},
        sentences=sentences,
    )
    events = without_commentary(
        events, {e["entity_id"]: e.get("description") for e in entities if e["entity_type"] == "person"}
    )
    if not view.is_identity:
        for rows in (mentions, quantities, timex):
            _map_spans(view, rows)
        _map_events(view, events)
    sid = {"source_id": article.source_id}
    mentioned = {m["entity_id"] for m in mentions}
    # A country that takes part only through its adjective ("Israeli officials accused ...") is a registry entity
    # with no mention in this article; its row must exist for the participant to point at.
    parties_only = sorted({p["entity_id"] for c in events for p in c["participants"]} - mentioned)
    by_id = curated.registry.by_id
    return ArticleFacts(
        source_id=article.source_id,
        entities=[e for e in entities if e["entity_id"] in mentioned]
        + [registry_row(by_id[e]) for e in parties_only if e in by_id],
        mentions=[sid | m for m in mentions],
        quantities=[sid | q for q in quantities],
        time_expressions=[sid | t for t in timex],
        events=events,
    )


_WORD = re.compile(r"[A-Z][\w-]*(?=['’]s\b)|[A-Z][\w-]*")


def discovered_parties(entities: Rows, curated: Curated) -> dict[str, str]:
    """Discovered people whose title names their country ("Azerbaijan's transport minister Rashad Nabiyev",
    "Azerbaijani Deputy Prime Minister ...") act for that country, as registry people do through `country`; a
    discovered state body named with its country merges as the body of that name (state_body_family)."""
    out = {}
    for e in entities:
        if e["entity_type"] == "organization" and not e.get("is_curated"):
            # "Investigative Committee of Armenia" is matched across articles as the "Investigative Committee"
            # another report names without its country (its merging key; the entity keeps its own ID)
            if (family := state_body_family(e["name"])) is not None:
                out[e["entity_id"]] = discovered_id("organization", family)
            continue
        if e["entity_type"] != "person" or e.get("is_curated") or not e.get("description"):
            continue
        for w in _WORD.findall(e["description"]):
            home = curated.countries.get(w.lower()) or curated.demonyms.get(w.lower())
            if home:
                out[e["entity_id"]] = home
                break
    return out


def _map_spans(view: TextView, rows: Rows) -> None:
    """Spans found in the view, as spans of the stored text; each row's text sliced from it."""
    for r in rows:
        r["char_start"], r["char_end"] = view.span(r["char_start"], r["char_end"])
        r["text"] = view.original[r["char_start"] : r["char_end"]]


def _map_events(view: TextView, claims: Rows) -> None:
    """The same for event claims: evidence, trigger and the spans of the quantities they link to."""
    for c in claims:
        c["char_start"], c["char_end"] = view.span(c["char_start"], c["char_end"])
        c["quote"] = view.original[c["char_start"] : c["char_end"]]
        ts, te = view.span(c["trigger_start"], c["trigger_start"] + len(c["trigger"]))
        c["trigger_start"], c["trigger"] = ts, view.original[ts:te]
        c["quantity_spans"] = [view.span(a, b) for a, b in c["quantity_spans"]]

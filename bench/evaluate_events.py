"""Measure event extraction against hand-annotated held-out articles (tests/data/unseen_events/).

Usage: python bench/evaluate_events.py [--quiet] [--dir tests/data/unseen_events_2]

Each article runs through the real per-article pipeline (extract.article.extract_article with the curated data
of seeds/), its claims are merged into events (events.curation.merge_events, as a one-article build would) and the
events are compared with gold.yaml (annotation rules at its top):
- a predicted event matches a gold event when its type is one of the gold types (or of the family of the first,
  bench/type_families.py)
  and the dates overlap (an unknown date overlaps everything); matching is one-to-one, best pairs first (shared
  participants, then date agreement);
- precision = matched / (predicted - matched to optional gold), recall = matched required gold / required gold;
- status accuracy = matched pairs with the gold status; date accuracy = matched pairs whose gold has a date and
  whose predicted bounds lie within the gold bounds (unknown = wrong); participant recall = gold participants
  found among the matched event's participants (by name, entity ID or the country they act for).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from type_families import same_family

from caucasus_peace.curated import Curated, load_curated
from caucasus_peace.events.curation import merge_events
from caucasus_peace.extract.article import extract_article
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.seeds import Article, load_articles

UNSEEN_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "unseen_events"
Row = dict[str, Any]


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.replace("’", "'").casefold()).strip("-")


@dataclass
class ArticleScore:
    name: str
    n_pred: int = 0
    n_gold: int = 0  # required (not optional, not unsupported)
    n_found: int = 0
    n_matched_pred: int = 0  # predicted events matched to any gold (required or optional)
    n_status_ok: int = 0
    n_pairs: int = 0
    n_dated_pairs: int = 0
    n_date_ok: int = 0
    n_gold_parts: int = 0
    n_parts_found: int = 0
    n_unsupported: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


@dataclass
class Totals:
    articles: list[ArticleScore]

    def _sum(self, attr: str) -> int:
        return sum(getattr(a, attr) for a in self.articles)

    def _ratio(self, num: str, den: str) -> float:
        d = self._sum(den)
        return self._sum(num) / d if d else 1.0

    @property
    def precision(self) -> float:
        return self._ratio("n_matched_pred", "n_pred")

    @property
    def recall(self) -> float:
        return self._ratio("n_found", "n_gold")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float:
        return self._ratio("n_status_ok", "n_pairs")

    @property
    def date_accuracy(self) -> float:
        return self._ratio("n_date_ok", "n_dated_pairs")

    @property
    def participant_recall(self) -> float:
        return self._ratio("n_parts_found", "n_gold_parts")

    def summary(self) -> str:
        return (
            f"precision {self.precision:.2f}  recall {self.recall:.2f}  F1 {self.f1:.2f}  "
            f"status {self.status_accuracy:.2f}  date {self.date_accuracy:.2f}  "
            f"participants {self.participant_recall:.2f}  "
            f"(gold {self._sum('n_gold')}, predicted {self._sum('n_pred')}, unsupported {self._sum('n_unsupported')})"
        )


def _date(v: Any) -> dt.date | None:
    return v if isinstance(v, dt.date) or v is None else dt.date.fromisoformat(str(v))


def _type_ok(pred: str, types: list[str]) -> bool:
    return pred in types or same_family(pred, types[0])


def _overlap(e: Row, g: Row) -> bool:
    gs, ge = _date(g.get("start")), _date(g.get("end"))
    if e["date_start"] is None or gs is None:
        return True
    return e["date_start"] <= (ge or dt.date.max) and gs <= (e["date_end"] or dt.date.max)


def _date_ok(e: Row, g: Row) -> bool:
    gs, ge = _date(g.get("start")), _date(g.get("end"))
    return e["date_start"] is not None and e["date_end"] is not None and gs <= e["date_start"] and e["date_end"] <= ge


def _found(name: str, parts: list[Row], parties: dict[str, str]) -> bool:
    """A gold participant is found by its name, its ID's slug, or as the country a participant acts for."""
    want = _slug(name)
    last = want.split("-")[-1]
    for p in parts:
        keys = {p["entity_id"].split("-", 1)[-1], parties.get(p["entity_id"], "").split("-", 1)[-1]}
        names = {_slug(n) for n in p.get("names") or ()}
        if (
            want in keys
            or want in names
            or last in names
            or any(k and (k == last or k.endswith("-" + last)) for k in keys)
        ):
            return True
    return False


def _events_of(article: Article, curated: Curated) -> tuple[list[Row], dict[str, list[Row]]]:
    facts = extract_article(article, curated)
    events, participants, _, _ = merge_events({article.source_id: facts.events})
    # an entity is known by its canonical name and by the words that mention it ("Hakan Fidan", "Fidan")
    names: dict[str, set[str]] = {}
    for e in facts.entities:
        names.setdefault(e["entity_id"], set()).add(e.get("name") or "")
    for c in facts.events:
        for p in c["participants"]:
            names.setdefault(p["entity_id"], set()).add(p.get("name") or "")
    parts: dict[str, list[Row]] = {}
    for p in participants:
        parts.setdefault(p["event_id"], []).append(p | {"names": sorted(names.get(p["entity_id"], ()))})
    return events, parts


def _label(e: Row) -> str:
    return f"{e['event_type']} {e['date_edtf'] or '?'} {e['status']}: {e['title']}"


def score_article(name: str, article: Article, gold: list[Row], curated: Curated) -> ArticleScore:
    events, parts = _events_of(article, curated)
    s = ArticleScore(name, n_pred=len(events))
    scored = [g for g in gold if not g.get("unsupported")]
    s.n_unsupported = len(gold) - len(scored)
    s.n_gold = sum(not g.get("optional") for g in scored)
    pairs = []
    for gi, g in enumerate(scored):
        for ei, e in enumerate(events):
            if _type_ok(e["event_type"], g["type"]) and _overlap(e, g):
                ps = parts.get(e["event_id"], [])
                shared = sum(_found(n, ps, curated.parties) for n in g["participants"])
                exact = g.get("start") is not None and _date_ok(e, g)
                pairs.append((-(not g.get("optional")), -shared, -exact, -(e["event_type"] == g["type"][0]), gi, ei))
    used_g: set[int] = set()
    used_e: set[int] = set()
    for *_, gi, ei in sorted(pairs):
        if gi in used_g or ei in used_e:
            continue
        used_g.add(gi)
        used_e.add(ei)
        g, e = scored[gi], events[ei]
        s.n_matched_pred += 1
        if g.get("optional"):
            continue
        s.n_found += 1
        s.n_pairs += 1
        s.n_status_ok += e["status"] == g["status"]
        if g.get("start") is not None:
            s.n_dated_pairs += 1
            s.n_date_ok += _date_ok(e, g)
        ps = parts.get(e["event_id"], [])
        s.n_gold_parts += len(g["participants"])
        found = [n for n in g["participants"] if _found(n, ps, curated.parties)]
        s.n_parts_found += len(found)
        if e["status"] != g["status"] or (g.get("start") and not _date_ok(e, g)) or len(found) < len(g["participants"]):
            s.wrong.append(f"{_label(e)}  <- gold {g['type'][0]} {g.get('start')}..{g.get('end')} {g['status']} "
                           f"{g['participants']}")  # fmt: skip
    s.misses = [f"{g['type'][0]} {g.get('start')} {g['status']} {g['participants']}"
                for gi, g in enumerate(scored) if gi not in used_g and not g.get("optional")]  # fmt: skip
    s.spurious = [_label(e) for ei, e in enumerate(events) if ei not in used_e]
    return s


def load_unseen(folder: Path = UNSEEN_DIR) -> tuple[list[Article], dict[str, list[Row]]]:
    doc = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    articles, gold = [], {}
    for name, item in doc.items():
        data = (folder / name).read_bytes()
        text = data.decode("utf-8")
        sid = name.removesuffix(".txt")
        articles.append(Article(sid, text, _date(item["published"]), "unseen", None, None, None, None,
                                hashlib.sha256(data).hexdigest()))  # fmt: skip
        gold[sid] = item["events"]
    return articles, gold


def evaluate(folder: Path = UNSEEN_DIR) -> Totals:
    articles, gold = load_unseen(folder)
    curated = load_curated(SEEDS_DIR, load_articles(SEEDS_DIR))
    return Totals([score_article(a.source_id, a, gold[a.source_id], curated) for a in articles])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quiet", action="store_true", help="only the totals")
    ap.add_argument("--dir", type=Path, default=UNSEEN_DIR, help="a folder of articles with gold.yaml")
    args = ap.parse_args()
    totals = evaluate(args.dir)
    if not args.quiet:
        for a in totals.articles:
            print(f"== {a.name}: found {a.n_found}/{a.n_gold}, predicted {a.n_pred}, matched {a.n_matched_pred}")
            for label, rows in (("miss", a.misses), ("spurious", a.spurious), ("wrong", a.wrong)):
                for r in rows:
                    print(f"   {label:8} {r}")
    print(totals.summary())


if __name__ == "__main__":
    main()

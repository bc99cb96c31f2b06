"""How far two people annotating the same articles agree: the ceiling of what any extractor can score.

Usage: python bench/annotator_agreement.py SET_DIR OTHER_GOLD [--quiet]

SET_DIR is a held-out set (articles, gold.yaml: the reference); OTHER_GOLD is a second gold.yaml for the same
articles, written independently from the same brief. The second annotation is scored as if it were the
pipeline's output, with the rules of bench/evaluate_set.py, so that the two reports compare line for line:
- entities: each of its entities is an extracted entity whose mentions are its surfaces (its optional entities
  are not counted as extracted);
- events: each of its required events is a predicted event with one passage, its quote, and its first type;
  dates, status and participants are compared as the evaluation compares them (participants by name);
- merging: a real event of the reference reported by two or more articles counts as one row when the second
  annotation gives the events it matched in every one of those articles the same key.
Quantities and time expressions are not scored here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_figures import Score
from evaluate_set import EntityScore, EventScore, _date_right, _slug, match_events, report, score_entities

Row = dict[str, Any]


def _articles(path: Path) -> dict[str, Row]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]


def _spans(text: str, quote: str, name: str) -> tuple[int, int]:
    at = text.find(quote)
    if at < 0:
        raise SystemExit(f"{name}: quote not in text: {quote!r}")
    return at, at + len(quote)


def _same_party(a: str, b: str) -> bool:
    """Participants by name: equal slugs, or the same last word ('Aliyev' and 'Ilham Aliyev')."""
    sa, sb = _slug(a), _slug(b)
    return sa == sb or sa.split("-")[-1] == sb.split("-")[-1]


def agreement(set_dir: Path, other: Path) -> tuple[EntityScore, EventScore]:
    ref, alt = _articles(set_dir / "gold.yaml"), _articles(other)
    ents, evs = EntityScore(), EventScore()
    matched: dict[tuple[str, str], str] = {}  # (reference key, article) -> key of the matched second event
    keys_by_article: dict[str, set[str]] = defaultdict(set)
    for name in sorted(ref):
        if name not in alt:
            raise SystemExit(f"{other}: no annotation for {name}")
        g, o = ref[name], alt[name]
        text = (set_dir / name).read_text(encoding="utf-8")
        sid = name.removesuffix(".txt")
        mentions = [
            {"entity_id": f"{e['type']}:{e['name']}", "text": s} for e in o.get("entities") or [] for s in e["surface"]
        ]
        types = {f"{e['type']}:{e['name']}": e["type"] for e in o.get("entities") or []}
        score_entities(sid, g, mentions, types, ents)
        gold_ev = g.get("events") or []
        gold_spans = [_spans(text, ge["quote"], name) for ge in gold_ev]
        for ge in gold_ev:
            if ge.get("key") and not ge.get("optional") and not ge.get("unsupported"):
                keys_by_article[ge["key"]].add(sid)
        pred = [p for p in o.get("events") or [] if not p.get("optional") and not p.get("unsupported")]
        pairs = match_events(gold_ev, gold_spans, [(p["type"][0], [_spans(text, p["quote"], name)]) for p in pred])
        used_g, used_e = {gi for gi, _ in pairs}, {ei for _, ei in pairs}
        for gi, ei in pairs:
            ge, p = gold_ev[gi], pred[ei]
            if ge.get("optional") or ge.get("unsupported"):
                evs.n_pred_ignored += 1
                continue
            evs.n_pred_matched += 1
            evs.n_found += 1
            if ge.get("key"):
                matched[(ge["key"], sid)] = p.get("key") or f"{sid}#{ei}"
            # an open end ("since June") agrees with an open end
            end = p.get("end") or (dt.date.max if p.get("start") else None)
            right = _date_right({"date_start": p.get("start"), "date_end": end}, ge)
            evs.n_dated_right += right
            evs.n_status_ok += p["status"] == ge["status"]
            want = ge.get("participants") or []
            got = [n for n in want if any(_same_party(n, q) for q in p.get("participants") or [])]
            evs.n_parts += len(want)
            evs.n_parts_found += len(got)
            if not right or p["status"] != ge["status"] or len(got) < len(want):
                evs.wrong.append(
                    f"{sid}: {p['type'][0]} {p.get('start')}..{p.get('end')} {p['status']} {p.get('participants')} "
                    f"<- gold {ge['type'][0]} {ge.get('start')}..{ge.get('end')} {ge['status']} {want}"
                )
        evs.n_pred += len(pred)
        evs.count_gold(sid, gold_ev, used_g)
        evs.spurious += [f"{sid}: {p['type'][0]} {p['quote']!r}" for ei, p in enumerate(pred) if ei not in used_e]
    for key, sids in sorted(keys_by_article.items()):
        if len(sids) < 2:
            continue
        evs.multi += 1
        got = [matched.get((key, s)) for s in sids]
        found = [k for k in got if k is not None]
        evs.multi_merged += None not in got and len(set(got)) == 1
        if len(found) >= 2:
            evs.multi_found += 1
            evs.multi_found_merged += len(set(found)) == 1
        if None in got or len(set(got)) > 1:
            evs.unmerged.append(f"{key}: {', '.join(f'{s}={matched.get((key, s))}' for s in sorted(sids))}")
    return ents, evs


_FIGURES = re.compile(r"^(?:quantities|time exprs|== (?:quantity|spurious quantities|time|spurious times))")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set_dir", type=Path, help="a held-out set: articles and gold.yaml (the reference)")
    ap.add_argument("other", type=Path, help="a second gold.yaml for the same articles")
    ap.add_argument("--quiet", action="store_true", help="the summary lines only")
    args = ap.parse_args()
    ents, evs = agreement(args.set_dir, args.other)
    lines = report(ents, Score(), Score(), evs, args.quiet).splitlines()
    print("\n".join(line for line in lines if not _FIGURES.match(line)))


if __name__ == "__main__":
    main()

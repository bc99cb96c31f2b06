"""Measure the whole pipeline on a held-out set: its articles are added to the seeds and built with the real CLI.

Usage: python bench/evaluate_set.py DIR [--quiet] [--keep OUT]

DIR holds articles (*.txt), sources.csv (the seeds format) and gold.yaml (per article: published, entities,
optional_entities, quantities, times, events; conventions in the README of each set). The set's articles and
rows are added to a copy of seeds/ (articles, sources.csv and the curated files), `caucasus-peace build` runs on
it, and the published tables are scored against the gold for the set's articles only:
- entities, per type: a gold entity is found when a mention whose text is one of its surfaces belongs to an
  entity of its type; an extracted entity is correct when one of its mentions is a surface of a gold entity of
  its type, ignored when all its mentions are optional surfaces, spurious otherwise;
- quantities and time expressions: spans matched by overlap (bench/evaluate_figures.py); a time expression is
  correct when matched with the same bounds and precision;
- events: a gold event is found when an event of a compatible type (the scorer's own families,
  bench/type_families.py) has an evidence passage in that article
  overlapping the gold quote (one-to-one, best overlap first); precision = matched / (predicted - matched to
  optional or unsupported gold); "found with a right date" counts a found event whose bounds lie within the
  gold bounds, or which is undated where the gold is; "by the article's passages" reads the bounds this article's
  own evidence passages give (event_sources.passage_date_start/_end: where articles disagree on a date, each keeps its
  own), and the event's when none of them is dated; status and participants among found events (status "by the
  article's passages" reads event_sources.status of this article's passages: a merged event holds the status its
  latest reports give, while an article written before the event reports it as planned);
- merging: of the real events that two or more articles of the set report (gold `key`), the share that end as
  one row: every report found, all in one event.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_figures import Score, _locate, _match, _qty_checks, _score, _time_checks
from type_families import same_family

from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.seeds import today_anywhere

Row = dict[str, Any]
ENTITY_TYPES = ("person", "organization", "place")


def _norm(s: str) -> str:
    return s.replace("’", "'").replace("–", "-").casefold()


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.replace("’", "'").casefold()).strip("-")


def load_gold(set_dir: Path) -> dict[str, Row]:
    """The set's gold annotations, per article. Parsed by libyaml when PyYAML has it (seven times faster on these
    files, the same values: the test session reads every set's gold twice)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((set_dir / "gold.yaml").read_text(encoding="utf-8"), Loader=loader)["articles"]


@functools.cache
def _seed_parties() -> dict[str, str]:
    """The parties of the curated files under seeds/ (the set's articles, which may be dated after today, are not
    needed for them); read once per process, since every set's evaluation asks for the same."""
    from caucasus_peace.curated import load_curated
    from caucasus_peace.seeds import load_articles

    return load_curated(SEEDS_DIR, load_articles(SEEDS_DIR)).parties


def _date(v: Any) -> dt.date | None:
    return v if isinstance(v, dt.date) or v is None else dt.date.fromisoformat(str(v))


def _read(path: Path) -> list[Row]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# The CLI with the clock of the publication-date check set to argv[1] (the rest is the CLI's own argv).
_AS_OF = (
    "import datetime, sys; import caucasus_peace.seeds as s; from caucasus_peace.cli import main; "
    "s.today_anywhere = lambda day=datetime.date.fromisoformat(sys.argv[1]): day; "
    "sys.argv = ['caucasus-peace', *sys.argv[2:]]; main()"
)


def build_with_set(set_dir: Path, work: Path, in_process: bool = False) -> Path:
    """Seeds + the set's articles, built with the real CLI into work/out; returns the package folder. With
    in_process, the same command runs in this process (_build_in_process)."""
    seeds = work / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    for path in sorted(set_dir.glob("*.txt")):
        shutil.copy(path, seeds / "articles" / path.name)
    with open(seeds / "sources.csv", encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    rows = _read(set_dir / "sources.csv")
    with open(seeds / "sources.csv", "a", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        for r in rows:
            writer.writerow([r.get(c, "") for c in header])
    out = work / "out"
    command = ["caucasus-peace", "build", "--seeds", str(seeds), "--out", str(out)]
    latest = max(dt.date.fromisoformat(r["published"]) for r in rows)
    if in_process and latest <= today_anywhere():
        return _build_in_process(command[1:], out)
    if latest > today_anywhere():
        # A set written ahead of the clock (articles dated after the day it was written): the same CLI, run as on the
        # day after its last article, since the build refuses articles from the future.
        as_of = (latest + dt.timedelta(days=1)).isoformat()
        print(f"building as of {as_of}: the set's last article is dated {latest}", file=sys.stderr)
        command = [sys.executable, "-c", _AS_OF, as_of, *command[1:]]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"build failed:\n{done.stderr}")
    return out


def _build_in_process(args: list[str], out: Path) -> Path:
    """The CLI command run in this process by click's runner: the extractors, the gazetteer and the trigger lexicon
    load once for all the sets that one test session builds, not once per subprocess (about half of a small build).
    The command installs handlers for SIGINT and SIGTERM; the caller's are put back."""
    from click.testing import CliRunner

    from caucasus_peace.cli import main

    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        done = CliRunner().invoke(main, args)
    finally:
        for s, handler in handlers.items():
            signal.signal(s, handler)
    if done.exit_code == 128 + signal.SIGINT:
        raise KeyboardInterrupt  # Ctrl-C during a build stops the run, as it would the subprocess's parent
    if done.exit_code != 0:
        raise SystemExit(f"build failed:\n{done.output}") from done.exception
    return out


@dataclass
class EntityScore:
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENTITY_TYPES, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENTITY_TYPES, 0))
    extracted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENTITY_TYPES, 0))
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENTITY_TYPES, 0))
    ignored: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENTITY_TYPES, 0))
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    relaxed: EntityScore | None = None  # the same, with relaxed span matching (set by score_entities)

    def recall(self, t: str) -> float:
        return self.found[t] / self.gold[t] if self.gold[t] else 1.0

    def precision(self, t: str) -> float:
        d = self.extracted[t] - self.ignored[t]
        return self.correct[t] / d if d else 1.0


# Relaxed span matching, reported beside the strict one: annotators of different sets disagree on whether a
# possessive owner ("Armenia's Foreign Ministry" / "Foreign Ministry") and a type word ("Tavush province" /
# "Tavush") belong to the name; the relaxed score ignores both, and nothing else.
_OWNER = re.compile(r"^(?:the |[\w.-]+(?: [\w.-]+)?'s )")
_TYPE_WORD = re.compile(r" (?:province|region|district|oblast|governorate|county|river|lake)$")


def _relaxed(s: str) -> str:
    return _TYPE_WORD.sub("", _OWNER.sub("", s))


def score_entities(
    sid: str, gold: Row, mentions: list[Row], types: dict[str, str], s: EntityScore, relax: bool = False
) -> None:
    if not relax:
        s.relaxed = s.relaxed or EntityScore()
        score_entities(sid, gold, mentions, types, s.relaxed, relax=True)
    key = _relaxed if relax else (lambda x: x)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        surfaces[m["entity_id"]].add(key(_norm(m["text"])))
    optional = {key(_norm(x)) for x in gold.get("optional_entities") or []}
    correct: set[str] = set()
    for g in gold.get("entities") or []:
        forms = {key(_norm(x)) for x in g["surface"]}
        typed = [e for e, surf in surfaces.items() if surf & forms and types[e] == g["type"]]
        s.gold[g["type"]] += 1
        if typed:
            s.found[g["type"]] += 1
            correct.update(typed)
        else:
            s.misses.append(f"{sid}: {g['name']} ({g['type']})")
    for e, surf in surfaces.items():
        t = types[e]
        s.extracted[t] += 1
        if e in correct:
            s.correct[t] += 1
        elif surf <= optional:
            s.ignored[t] += 1
        else:
            s.spurious.append(f"{sid}: {' | '.join(sorted(surf))} [{t}]")


@dataclass
class EventScore:
    n_gold: int = 0
    n_found: int = 0
    n_dated_right: int = 0
    n_dated_right_own: int = 0  # by the dates of the article's own passages (see _own_dates)
    n_pred: int = 0
    n_pred_matched: int = 0
    n_pred_ignored: int = 0
    n_status_ok: int = 0
    n_status_ok_own: int = 0  # by the status of the article's own passages (see _own_status)
    n_parts: int = 0
    n_parts_found: int = 0
    n_unsupported: int = 0
    multi: int = 0
    multi_merged: int = 0
    multi_found: int = 0  # reported by 2+ articles and found in at least two of them
    multi_found_merged: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    unmerged: list[str] = field(default_factory=list)
    # Tallies by kind, for a table of how far each kind of event row can be trusted (bench/trust_table.py): rows
    # counts (dimension, value, "predicted" | "matched"), gold_kinds (gold type, "gold" | "found" | "dated").
    rows: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    gold_kinds: Counter[tuple[str, str]] = field(default_factory=Counter)

    def count_gold(self, sid: str, gold_ev: list[Row], used_g: set[int], why: dict[int, str] | None = None) -> None:
        """One article's gold events: unsupported ones counted apart, required ones never matched listed as misses
        (with why, when given: the row that overlaps the quote has another type, or went to another gold event)."""
        for gi, ge in enumerate(gold_ev):
            if ge.get("unsupported"):
                self.n_unsupported += 1
            elif not ge.get("optional"):
                self.n_gold += 1
                self.gold_kinds[(ge["type"][0], "gold")] += 1
                if gi not in used_g:
                    reason = f" [{why[gi]}]" if why and gi in why else ""
                    self.misses.append(
                        f"{sid}: {ge['type'][0]} {ge.get('start')} {ge['status']} {ge['quote']!r}{reason}"
                    )


def miss_reasons(
    gold_ev: list[Row],
    gold_spans: list[tuple[int, int]],
    pred: list[tuple[str, list[tuple[int, int]]]],
    pairs: list[tuple[int, int]],
) -> dict[int, str]:
    """Why a gold event no row matched: 'taken by <key>' when a row of a fitting type that overlaps its quote was
    matched to another gold event (often two reports joined into one row), 'type <t>' when the rows that overlap it
    have types that do not fit; nothing when no row overlaps it."""
    gold_of = {ei: gi for gi, ei in pairs}
    why: dict[int, str] = {}
    for gi, ge in enumerate(gold_ev):
        gs, gend = gold_spans[gi]
        types, taken = [], []
        for ei, (etype, spans) in enumerate(pred):
            if not any(min(gend, b) > max(gs, a) for a, b in spans):
                continue
            if etype in ge["type"] or same_family(etype, ge["type"][0]):
                if ei in gold_of:
                    taken.append(str(gold_ev[gold_of[ei]].get("key") or gold_ev[gold_of[ei]]["quote"][:30]))
            else:
                types.append(etype)
        if taken:
            why[gi] = "taken by " + ", ".join(taken)
        elif types:
            why[gi] = "type " + ", ".join(sorted(set(types)))
    return why


def _own_dates(e: Row, passages: list[Row]) -> Row:
    """The date an article's own passages give an event: the days its dated passages share (the first dated
    passage's when they share none), or the event's date when none of them is dated."""
    dated = [
        (_date(p["passage_date_start"]), _date(p["passage_date_end"] or None))
        for p in passages
        if p.get("passage_date_start")
    ]
    if not dated:
        return e
    lo, hi = dated[0]
    for a, b in dated[1:]:
        lo2, hi2 = max(lo, a), min(hi or dt.date.max, b or dt.date.max)
        if lo2 <= hi2:
            lo, hi = lo2, (None if hi2 == dt.date.max else hi2)
    return {"date_start": lo, "date_end": hi}


def _own_status(e: Row, passages: list[Row]) -> str:
    """The status an article's own passages give an event when they agree on one, else the event's."""
    statuses = {p["status"] for p in passages}
    return statuses.pop() if len(statuses) == 1 else e["status"]


def _date_right(e: Row, g: Row) -> bool:
    """The predicted dates lie within the gold's; a gold with no start and no end is right only undated, one with
    an end but no start ("before the end of 1994") also when the prediction ends by that end."""
    gs, ge = _date(g.get("start")), _date(g.get("end"))
    ps, pe = _date(e["date_start"] or None), _date(e["date_end"] or None)
    if gs is None:
        return ps is None or (ge is not None and pe is not None and pe <= ge)
    return ps is not None and pe is not None and gs <= ps and pe <= (ge or dt.date.max)


def _participant_found(name: str, eid: str, parts: list[Row], names: dict[str, set[str]], parties: dict) -> bool:
    want = _slug(name)
    last = want.split("-")[-1]
    for p in parts:
        ent = p["entity_id"]
        keys = {ent.split("-", 1)[-1], parties.get(ent, "").split("-", 1)[-1]}
        forms = {_slug(n) for n in names.get(ent, ())}
        if want in keys or want in forms or last in forms:
            return True
        if any(k and (k == last or k.endswith("-" + last)) for k in keys):
            return True
    return False


def match_events(
    gold_ev: list[Row], gold_spans: list[tuple[int, int]], pred: list[tuple[str, list[tuple[int, int]]]]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): a predicted event (its type and its passages) matches a gold
    event whose quote a passage overlaps, when its type is one of the gold types or compatible with the first;
    required gold first, then the gold's own first type, then the longest overlap."""
    cands = []
    for gi, ge in enumerate(gold_ev):
        gs, gend = gold_spans[gi]
        for ei, (etype, spans) in enumerate(pred):
            ov = max((min(gend, b) - max(gs, a) for a, b in spans), default=0)
            if ov <= 0:
                continue
            if not ge.get("unsupported") and not (etype in ge["type"] or same_family(etype, ge["type"][0])):
                continue
            rank = (bool(ge.get("optional") or ge.get("unsupported")), etype != ge["type"][0], -ov)
            cands.append((rank, gi, ei))
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_e: set[int] = set()
    for _, gi, ei in sorted(cands):
        if gi in used_g or ei in used_e:
            continue
        used_g.add(gi)
        used_e.add(ei)
        pairs.append((gi, ei))
    return pairs


def evaluate(set_dir: Path, out: Path) -> tuple[EntityScore, Score, Score, EventScore, list[str]]:
    gold = load_gold(set_dir)
    set_ids = {name.removesuffix(".txt") for name in gold}
    data = out / "data"
    entities = {r["entity_id"]: r for r in _read(data / "entities.csv")}
    types = {e: r["entity_type"] for e, r in entities.items()}
    mentions: dict[str, list[Row]] = defaultdict(list)
    for m in _read(data / "mentions.csv"):
        mentions[m["source_id"]].append(m)
    names: dict[str, set[str]] = defaultdict(set)
    for e, r in entities.items():
        names[e].add(r["name"])
    for ms in mentions.values():
        for m in ms:
            names[m["entity_id"]].add(m["text"])
    num = {"value", "value_low", "value_high"}
    quantities: dict[str, list[Row]] = defaultdict(list)
    for q in _read(data / "quantities.csv"):
        q = {k: (float(v) if v else None) if k in num else v for k, v in q.items()}
        quantities[q["source_id"]].append(q | {"char_start": int(q["char_start"]), "char_end": int(q["char_end"])})
    times: dict[str, list[Row]] = defaultdict(list)
    for t in _read(data / "time_expressions.csv"):
        t = t | {"date_start": _date(t["date_start"] or None), "date_end": _date(t["date_end"] or None)}
        times[t["source_id"]].append(t | {"char_start": int(t["char_start"]), "char_end": int(t["char_end"])})
    events = {r["event_id"]: r for r in _read(data / "events.csv")}
    parts: dict[str, list[Row]] = defaultdict(list)
    for p in _read(data / "event_participants.csv"):
        parts[p["event_id"]].append(p)
    passages: dict[str, list[Row]] = defaultdict(list)  # source_id -> evidence rows
    passages_by_event: dict[str, set[str]] = defaultdict(set)  # event_id -> the set's articles that report it
    for r in _read(data / "event_sources.csv"):
        passages[r["source_id"]].append(r | {"char_start": int(r["char_start"]), "char_end": int(r["char_end"])})
        if r["source_id"] in set_ids:
            passages_by_event[r["event_id"]].add(r["source_id"])
    parties = _seed_parties()

    ents, qty, tim, evs = EntityScore(), Score(), Score(), EventScore()
    matched_event: dict[tuple[str, str], str] = {}  # (gold key, source_id) -> event_id
    keys_by_article: dict[str, set[str]] = defaultdict(set)
    for name in sorted(gold):
        g = gold[name]
        sid = name.removesuffix(".txt")
        text = (set_dir / name).read_text(encoding="utf-8")
        score_entities(sid, g, mentions[sid], types, ents)
        _score(name, text, g.get("quantities") or [], quantities[sid], qty, _qty_checks)
        _score(name, text, g.get("times") or [], times[sid], tim, _time_checks)
        tim.agree["all"] = tim.agree.get("all", 0) + _all_right(name, text, g.get("times") or [], times[sid])
        # events: predicted = events with a passage in this article
        ev_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for r in passages[sid]:
            ev_spans[r["event_id"]].append((r["char_start"], r["char_end"]))
        pred = sorted(ev_spans)
        gold_ev = g.get("events") or []
        gold_spans = []
        for ge in gold_ev:
            at = text.find(ge["quote"])
            if at < 0:
                raise SystemExit(f"{name}: gold quote not in text: {ge['quote']!r}")
            gold_spans.append((at, at + len(ge["quote"])))
            if ge.get("key") and not ge.get("optional") and not ge.get("unsupported"):
                keys_by_article[ge["key"]].add(sid)
        typed = [(events[e]["event_type"], ev_spans[e]) for e in pred]
        pairs = match_events(gold_ev, gold_spans, typed)
        used_g, used_e = {gi for gi, _ in pairs}, {ei for _, ei in pairs}
        ignored = set()
        for gi, ei in pairs:
            ge, e = gold_ev[gi], events[pred[ei]]
            if ge.get("optional") or ge.get("unsupported"):
                evs.n_pred_ignored += 1
                ignored.add(ei)
                continue
            evs.n_pred_matched += 1
            evs.n_found += 1
            if ge.get("key"):
                matched_event[(ge["key"], sid)] = pred[ei]
            right = _date_right(e, ge)
            evs.gold_kinds[(ge["type"][0], "found")] += 1
            evs.gold_kinds[(ge["type"][0], "dated")] += right
            evs.n_dated_right += right
            own = [r for r in passages[sid] if r["event_id"] == pred[ei]]
            evs.n_dated_right_own += _date_right(_own_dates(e, own), ge)
            evs.n_status_ok += e["status"] == ge["status"]
            evs.n_status_ok_own += _own_status(e, own) == ge["status"]
            want = ge.get("participants") or []
            got = [n for n in want if _participant_found(n, pred[ei], parts[pred[ei]], names, parties)]
            evs.n_parts += len(want)
            evs.n_parts_found += len(got)
            if not right or e["status"] != ge["status"] or len(got) < len(want):
                evs.wrong.append(
                    f"{sid}: {e['event_type']} {e['date_edtf'] or '?'} {e['status']} {e['title']!r} <- gold "
                    f"{ge['type'][0]} {ge.get('start')}..{ge.get('end')} {ge['status']} {want}"
                )
        evs.n_pred += len(pred)
        evs.count_gold(sid, gold_ev, used_g, miss_reasons(gold_ev, gold_spans, typed, pairs))
        for ei, e in enumerate(pred):
            if ei not in ignored:
                _tally_row(evs.rows, events[e], len(passages_by_event[e]), ei in used_e)
            if ei not in used_e:
                ev = events[e]
                label = f"{ev['event_type']} {ev['date_edtf'] or '?'} {ev['status']} {ev['title']!r}"
                # its passage in this article that comes first in the text, so that a reader sees what was read
                own = [r for r in passages[sid] if r["event_id"] == e]
                quote = min(own, key=lambda r: r["char_start"])["quote"] if own else ""
                evs.spurious.append(f"{sid}: {label} <- {quote[:160]!r}")
    for key, sids in sorted(keys_by_article.items()):
        if len(sids) < 2:
            continue
        evs.multi += 1
        got = {matched_event.get((key, s)) for s in sids}
        found = [matched_event[(key, s)] for s in sids if (key, s) in matched_event]
        merged = None not in got and len(got) == 1
        evs.multi_merged += merged
        if len(found) >= 2:
            evs.multi_found += 1
            evs.multi_found_merged += len(set(found)) == 1
        if not merged:
            evs.unmerged.append(f"{key}: {', '.join(f'{s}={matched_event.get((key, s))}' for s in sorted(sids))}")
    return ents, qty, tim, evs, sorted(gold)


def _tally_row(rows: Counter[tuple[str, str, str]], e: Row, n_articles: int, matched: bool) -> None:
    """Count one predicted event row (of one article) under its type, its status, its date precision and the
    number of the set's articles that report it."""
    kinds = {
        "type": e["event_type"],
        "status": e["status"],
        "date": e["date_precision"] if e["date_start"] else "undated",
        "articles": "2 or more" if n_articles >= 2 else "1",
    }
    for dim, value in kinds.items():
        rows[(dim, value, "predicted")] += 1
        rows[(dim, value, "matched")] += matched


def _all_right(name: str, text: str, gold: list[Row], pred: list[Row]) -> int:
    """Matched time expressions with the gold bounds and precision both."""
    pairs = _match(_locate(text, gold, name), [(p["char_start"], p["char_end"]) for p in pred])
    return sum(all(ok for ok, _ in _time_checks(gold[i], pred[j]).values()) for i, j in pairs)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def report(ents: EntityScore, qty: Score, tim: Score, evs: EventScore, quiet: bool) -> str:
    lines = []
    if not quiet:
        for title, items in (
            ("entity misses", ents.misses), ("spurious entities", ents.spurious),
            ("quantity misses", qty.misses), ("spurious quantities", qty.spurious),
            ("quantity disagreements", qty.wrong),
            ("time misses", tim.misses), ("spurious times", tim.spurious), ("time disagreements", tim.wrong),
            ("event misses", evs.misses), ("spurious events", evs.spurious), ("event disagreements", evs.wrong),
            ("multi-article events not merged", evs.unmerged),
        ):  # fmt: skip
            lines.append(f"== {title} ({len(items)})")
            lines += [f"   {x}" for x in items]
    for t in ENTITY_TYPES:
        lines.append(
            f"{t:13} recall {ents.recall(t):.2f}  precision {ents.precision(t):.2f}  "
            f"(gold {ents.gold[t]}, found {ents.found[t]}, extracted {ents.extracted[t]}, correct {ents.correct[t]})"
        )
    rel = ents.relaxed or EntityScore()
    lines.append(
        "relaxed spans (an owner's possessive and a type word ignored): "
        + ", ".join(f"{t} {rel.recall(t):.2f}/{rel.precision(t):.2f}" for t in ENTITY_TYPES)
    )
    time_ok = tim.agree.get("all", 0)
    lines.append(
        f"quantities    recall {qty.recall:.2f}  precision {qty.precision:.2f}  (gold {qty.n_gold}, predicted "
        f"{qty.n_pred}; among matched: value {qty.accuracy('value'):.2f} qualifier {qty.accuracy('qualifier'):.2f})"
    )
    lines.append(
        f"time exprs    recall {tim.recall:.2f}  precision {tim.precision:.2f}  correct (bounds and precision) of gold "
        f"{_ratio(time_ok, tim.n_gold):.2f}  (gold {tim.n_gold}, predicted {tim.n_pred})"
    )
    p = _ratio(evs.n_pred_matched, evs.n_pred - evs.n_pred_ignored)
    r = _ratio(evs.n_found, evs.n_gold)
    dated, status = _ratio(evs.n_dated_right, evs.n_gold), _ratio(evs.n_status_ok, evs.n_found)
    lines.append(
        f"events        recall {r:.2f}  precision {p:.2f}  found with a right date {dated:.2f}"
        f" (by the article's passages {_ratio(evs.n_dated_right_own, evs.n_gold):.2f})"
        f"  status {status:.2f} (by the article's passages {_ratio(evs.n_status_ok_own, evs.n_found):.2f})"
        f"  participants {_ratio(evs.n_parts_found, evs.n_parts):.2f}"
        f"  (gold {evs.n_gold}, predicted {evs.n_pred}, unsupported {evs.n_unsupported})"
    )
    lines.append(
        f"merging       multi-article events as one row {_ratio(evs.multi_merged, evs.multi):.2f} ({evs.multi_merged}/"
        f"{evs.multi}); of those found in 2+ articles {_ratio(evs.multi_found_merged, evs.multi_found):.2f} "
        f"({evs.multi_found_merged}/{evs.multi_found})"
    )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set_dir", type=Path, help="folder with *.txt, sources.csv and gold.yaml")
    ap.add_argument("--quiet", action="store_true", help="the summary lines only")
    ap.add_argument("--keep", type=Path, help="keep the seeds and the built package in this folder")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="evaluate-set-"))
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
    try:
        out = build_with_set(args.set_dir, work)
        ents, qty, tim, evs, _ = evaluate(args.set_dir, out)
        print(report(ents, qty, tim, evs, args.quiet))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Measure extract_entities against hand-annotated held-out articles (tests/data/unseen/) and review the seeds.

Usage: python bench/evaluate_entities.py [--quiet] [--no-seeds] [--set unseen|dev|dev2|check|check2|DIR]

Scoring is at the entity level, per article (see tests/data/unseen/gold.yaml for the annotation rules):
- a gold entity is *found* when a mention whose text is one of its surface forms belongs to an extracted
  entity of the gold type; it is *split* when its surface forms land on two or more entity IDs;
- an extracted entity is *correct* when one of its mentions is a surface form of a gold entity of the same
  type, *ignored* when all its mentions are optional surfaces, and *spurious* otherwise (a right name with
  the wrong type is spurious and listed as such);
- precision = correct / (extracted - ignored), recall = found / gold, micro-averaged over articles;
  per type, recall counts gold entities of that type and precision extracted entities of that type.
Sets: `unseen` (tests/data/unseen, tuned already: a regression check) and `dev` (tests/data/entities_dev,
invented sentences in the shapes of issue 12), `dev2` (tests/data/entities_dev2, the shapes the lead's blind sets
showed after the first issue-12 rules: long official names, parties, districts, Arabic names), `check` and
`check2` (tests/data/entities_check*, written after rules and measured once), or any folder with a gold.yaml.
The seeds have no gold file: the registry is curated to hold every entity they name, so their
discovered (uncurated) entities are listed as review candidates, most of them spurious.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from caucasus_peace.extract.entities import extract_entities
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.registry import Registry, load_registry

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "data"
UNSEEN_DIR = DATA_DIR / "unseen"
SETS = {
    "unseen": UNSEEN_DIR,
    "dev": DATA_DIR / "entities_dev",
    "dev2": DATA_DIR / "entities_dev2",
    "check": DATA_DIR / "entities_check",
    "check2": DATA_DIR / "entities_check2",
}
TYPES = ("person", "organization", "place")


def _norm(s: str) -> str:
    return s.replace("’", "'").replace("–", "-").casefold()


@dataclass
class ArticleScore:
    name: str
    n_gold: int = 0
    n_found: int = 0
    n_extracted: int = 0
    n_correct: int = 0
    n_ignored: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_type: list[str] = field(default_factory=list)
    splits: list[str] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    # per entity type: [gold, found, extracted - ignored, correct]
    by_type: dict[str, list[int]] = field(default_factory=lambda: {t: [0, 0, 0, 0] for t in TYPES})


@dataclass
class Totals:
    articles: list[ArticleScore]

    def _sum(self, attr: str) -> int:
        return sum(getattr(a, attr) for a in self.articles)

    def by_type(self, entity_type: str) -> tuple[float, float, int, int]:
        """(precision, recall, gold, extracted) for one entity type."""
        gold, found, extracted, correct = (sum(a.by_type[entity_type][k] for a in self.articles) for k in range(4))
        return (correct / extracted if extracted else 1.0), (found / gold if gold else 1.0), gold, extracted

    @property
    def precision(self) -> float:
        denom = self._sum("n_extracted") - self._sum("n_ignored")
        return self._sum("n_correct") / denom if denom else 1.0

    @property
    def recall(self) -> float:
        n = self._sum("n_gold")
        return self._sum("n_found") / n if n else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def n_splits(self) -> int:
        return sum(len(a.splits) for a in self.articles)


def score_article(name: str, text: str, gold: dict, registry: Registry) -> ArticleScore:
    entities, mentions = extract_entities(text, registry)
    types = {e["entity_id"]: e["entity_type"] for e in entities}
    names = {e["entity_id"]: e["name"] for e in entities}
    surfaces_of: dict[str, set[str]] = {}
    for m in mentions:
        surfaces_of.setdefault(m["entity_id"], set()).add(_norm(m["text"]))
    optional = {_norm(s) for s in gold.get("optional") or []}
    score = ArticleScore(name, n_gold=len(gold["entities"]), n_extracted=len(types))
    correct: set[str] = set()
    matched_any: dict[str, list[str]] = {}
    for g in gold["entities"]:
        forms = {_norm(s) for s in g["surface"]}
        ids = sorted(eid for eid, surf in surfaces_of.items() if surf & forms)
        for eid in ids:
            matched_any.setdefault(eid, []).append(g["name"])
        typed = [eid for eid in ids if types[eid] == g["type"]]
        score.by_type[g["type"]][0] += 1
        if typed:
            score.n_found += 1
            score.by_type[g["type"]][1] += 1
            correct.update(typed)
        else:
            score.misses.append(f"{g['name']} ({g['type']})")
        if len(ids) > 1:
            score.splits.append(f"{g['name']}: {', '.join(ids)}")
    for eid, surf in surfaces_of.items():
        label = f"{names[eid]} [{types[eid]}] <- {' | '.join(sorted(surf))}"
        if not (eid not in correct and eid not in matched_any and surf <= optional):
            score.by_type[types[eid]][2] += 1
        if eid in correct:
            score.n_correct += 1
            score.by_type[types[eid]][3] += 1
            if len(set(matched_any[eid])) > 1:
                score.merges.append(f"{label}: {', '.join(sorted(set(matched_any[eid])))}")
        elif eid in matched_any:
            score.wrong_type.append(label)
        elif surf <= optional:
            score.n_ignored += 1
        else:
            score.spurious.append(label)
    score.spurious += [f"{w} (wrong type)" for w in score.wrong_type]
    return score


def evaluate(registry: Registry | None = None, unseen_dir: Path = UNSEEN_DIR) -> Totals:
    registry = registry or load_registry(SEEDS_DIR / "registry.yaml")
    gold = yaml.safe_load((unseen_dir / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    scores = []
    for name in sorted(gold):
        text = (unseen_dir / name).read_text(encoding="utf-8")
        scores.append(score_article(name, text, gold[name], registry))
    return Totals(scores)


def seed_review(registry: Registry) -> list[tuple[str, int, list[str]]]:
    """Per seed article: number of curated entities and the discovered ones."""
    out = []
    for path in sorted((SEEDS_DIR / "articles").glob("*.txt")):
        entities, _ = extract_entities(path.read_text(encoding="utf-8"), registry)
        discovered = [f"{e['name']} [{e['entity_type']}]" for e in entities if not e["is_curated"]]
        out.append((path.name, sum(e["is_curated"] for e in entities), discovered))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--no-seeds", action="store_true", help="skip the seed review")
    ap.add_argument("--set", default="unseen", help="unseen (default), dev, dev2, check, check2, or a gold.yaml folder")
    args = ap.parse_args()
    registry = load_registry(SEEDS_DIR / "registry.yaml")
    totals = evaluate(registry, SETS.get(args.set) or Path(args.set))
    if not args.quiet:
        for a in totals.articles:
            print(f"== {a.name}: gold {a.n_gold}, found {a.n_found}, extracted {a.n_extracted}, correct {a.n_correct}")
            for kind, label in (("misses", "miss"), ("spurious", "spurious"), ("splits", "split"), ("merges", "merge")):
                for item in getattr(a, kind):
                    print(f"   {label}: {item}")
        if not args.no_seeds:
            print("\n== seeds (no gold: discovered entities are review candidates)")
            for name, n_curated, discovered in seed_review(registry):
                print(f"   {name}: {n_curated} curated, {len(discovered)} discovered: {'; '.join(discovered)}")
    s = totals._sum
    print(
        f"\n{args.set}: {len(totals.articles)} articles, gold {s('n_gold')}, found {s('n_found')}, "
        f"extracted {s('n_extracted')} (ignored {s('n_ignored')}), correct {s('n_correct')}"
    )
    print(f"precision {totals.precision:.3f}  recall {totals.recall:.3f}  F1 {totals.f1:.3f}  splits {totals.n_splits}")
    for t in TYPES:
        p, r, n_gold, n_extracted = totals.by_type(t)
        print(f"  {t:<13} precision {p:.3f}  recall {r:.3f}  (gold {n_gold}, extracted {n_extracted})")


if __name__ == "__main__":
    main()

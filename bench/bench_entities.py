"""Benchmark non_body_spans + extract_entities on a synthetic corpus (not a test).

Usage: python bench/bench_entities.py [--articles 10000] [--seed 7]
Articles are random mixes of template sentences with registry names and invented names, a few KB each;
the same seed gives the same corpus. Runs on one core and prints throughput and peak memory.
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from caucasus_peace.extract.body import non_body_spans
from caucasus_peace.extract.entities import extract_entities
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.registry import load_registry

FIRST = ["Ana", "Levon", "Samir", "Irina", "Tural", "Mariam", "Oleg", "Nino", "Farid", "Lusine", "Karen", "Aysel"]
LAST = ["Bekova", "Hakobyan", "Guliyev", "Petrosyan", "Mammadli", "Sokolov", "Beridze", "Karimli", "Avetisyan"]
ORG_HEAD = ["Caspian", "Eastern", "National", "Southern", "Highland", "United", "Border"]
ORG_TAIL = ["Shipping Agency", "Energy Company", "Development Bank", "Defence Forces", "Press Agency", "Party"]
TITLES = ["Foreign Minister", "Prime Minister", "Defence Minister", "President", "Ambassador", "Deputy Speaker"]
TEMPLATES = [
    "{reg_person} met {title} {name} in {reg_place} on Tuesday, officials said.",
    "The {org} ({acr}) said it would expand routes to {reg_place}; the {acr} expects more traffic.",
    "{name}, the deputy foreign minister of {reg_place}, told reporters that talks with {reg_org} would resume.",
    "{surname} later added that {reg_place} and {reg_place2} had agreed on a draft text in March.",
    "Bureau chief {name} and editor-in-chief {name2} were detained near {city}.",
    "Azerbaijan’s foreign ministry said the Minsk group would meet {reg_person}'s envoy in {city}.",
    '"We will not give up," {name} said after the vote in the {org}.',
    "Ceasefire violations along the 1,000km border surged, but the {org} reported no casualties in {reg_place}.",
    "In a Thursday post on Truth Social, {reg_person} praised the {org} and the people of {reg_place}.",
]
CITIES = ["Tbilisi", "Makhachkala", "Ganja", "Tehran", "Ankara", "Goris", "Kapan", "Aktau", "Vladikavkaz", "Batumi"]


def make_corpus(registry, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    people = [e.name for e in registry.entities if e.type == "person"]
    places = [e.name for e in registry.entities if e.type == "place"]
    orgs = [e.name for e in registry.entities if e.type == "organization"]
    corpus = []
    for _ in range(n):
        sentences = []
        while sum(map(len, sentences)) < rng.randint(2000, 5000):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            org = f"{rng.choice(ORG_HEAD)} {rng.choice(ORG_TAIL)}"
            sentences.append(
                rng.choice(TEMPLATES).format(
                    reg_person=rng.choice(people),
                    reg_place=rng.choice(places),
                    reg_place2=rng.choice(places),
                    reg_org=rng.choice(orgs),
                    title=rng.choice(TITLES),
                    name=f"{first} {last}",
                    name2=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    surname=last,
                    org=org,
                    acr="".join(w[0] for w in org.split()),
                    city=rng.choice(CITIES),
                )
            )
        if rng.random() < 0.3:
            sentences.append("\nFollow Example News English:\n- Compiled & Edited by Night Desk")
        corpus.append(" ".join(sentences))
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    registry = load_registry(SEEDS_DIR / "registry.yaml")
    corpus = make_corpus(registry, args.articles, args.seed)
    chars = sum(map(len, corpus))
    n_mentions = 0
    t0 = time.perf_counter()
    for text in corpus:
        non_body_spans(text)
        n_mentions += len(extract_entities(text, registry)[1])
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"articles: {len(corpus)}  chars: {chars:,}  mean chars/article: {chars / len(corpus):,.0f}")
    print(f"mentions: {n_mentions:,}  elapsed: {elapsed:.2f} s on 1 core")
    print(f"articles/second (per core): {len(corpus) / elapsed:,.0f}")
    print(f"chars/second (per core): {chars / elapsed:,.0f}")
    print(f"peak memory (ru_maxrss): {peak_mb:,.0f} MiB")


if __name__ == "__main__":
    main()

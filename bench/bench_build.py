"""Benchmark the whole build on a synthetic corpus (not a test; numbers go in the README).

    python bench/bench_build.py --articles 5000 --jobs 1 2

Generates N articles from templates (deterministic), writes them with sources.csv and the curated
files into a temporary seeds folder, then times `build` for each --jobs value and reports articles
per second, per-stage timings and peak memory (parent and workers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

from caucasus_peace.paths import SEEDS_DIR

LEADERS = ["Nikol Pashinyan", "Ilham Aliyev", "Donald Trump", "Vladimir Putin", "Emmanuel Macron"]
INVENTED = ["Aram Vardanyan", "Leyla Huseynova", "Petra Novak", "Tomas Brenner", "Sofia Marquez"]
PLACES = ["Baku", "Yerevan", "Washington", "Moscow", "Abu Dhabi", "Tbilisi", "Ankara", "Brussels"]
TITLES = ["Foreign Minister", "Deputy Prime Minister", "special envoy", "ambassador", "spokesperson"]
ORGS = ["the Caspian Transit Agency", "the Southern Energy Council", "the Mountain Rail Company", "Reuters"]
TEMPLATES = [
    "{leader} met {title} {person} in {place} on {weekday} to discuss the border.",
    "{title} {person} said on {weekday} that talks in {place} would resume in {month}.",
    "More than {n:,} people fled the fighting near {place} last month, according to {org}.",
    "{org} said about {n:,} residents had returned to {place} since {month} {year}.",
    "{leader} will host {person} in {place} on {weekday} for a signing ceremony.",
    "The two sides agreed on a draft text in {month}, but {person} said a deal could take months.",
    "Dozens of civilians were injured and {k} were killed in shelling near {place}, {org} reported.",
    "{person}, the {title} of Armenia, accused Azerbaijan of violating the ceasefire in the late 1990s.",
    "Officials in {place} detained {k} journalists on {weekday}; {leader} called the arrests unlawful.",
    "The {n:,}km pipeline from {place} to {place2} has carried gas for almost {k} decades.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def make_article(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(12, 30)):
        sentences.append(
            rng.choice(TEMPLATES).format(
                leader=rng.choice(LEADERS),
                person=rng.choice(INVENTED),
                title=rng.choice(TITLES),
                place=rng.choice(PLACES),
                place2=rng.choice(PLACES),
                org=rng.choice(ORGS),
                weekday=rng.choice(WEEKDAYS),
                month=rng.choice(MONTHS),
                year=rng.randint(1990, 2024),
                n=rng.randint(2, 200) * 500,
                k=rng.randint(2, 9),
            )
        )
    return "\n".join(sentences) + "\n"


def make_corpus(root: Path, n: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    seeds = root / "seeds"
    (seeds / "articles").mkdir(parents=True)
    for name in ("registry.yaml",):
        shutil.copy(SEEDS_DIR / name, seeds / name)
    lines = ["source_id,publisher,published,url,byline,published_note"]
    for i in range(n):
        sid = f"syn_{i:06d}"
        (seeds / "articles" / f"{sid}.txt").write_text(make_article(rng), encoding="utf-8")
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))
        lines.append(f"{sid},Synthetic Wire,{day.isoformat()},,,")
    (seeds / "sources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return seeds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    from caucasus_peace.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        seeds = make_corpus(Path(tmp), args.articles)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in (seeds / "articles").glob("*.txt"))
        print(f"corpus: {args.articles} articles, {chars / 1e6:.1f} M characters")
        for jobs in args.jobs:
            out = Path(tmp) / f"out{jobs}"
            start = time.perf_counter()
            result = build(seeds, out, jobs=jobs)
            secs = time.perf_counter() - start
            rows = sum(result.counts.values())
            print(f"jobs={jobs}: {secs:.1f} s, {args.articles / secs:.0f} articles/s, {rows} rows")
            stages = ", ".join(f"{k} {v:.1f} s" for k, v in result.seconds.items())
            print(f"  stages: {stages} (extract: {args.articles / result.seconds['extract']:.0f} articles/s)")
        me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory: build process {me:.0f} MiB, largest worker {kids:.0f} MiB")


if __name__ == "__main__":
    main()

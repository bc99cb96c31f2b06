"""Benchmark the whole build on a generated corpus, against a regex-tokenisation floor (not a test).

    python bench/bench_build.py --articles 1000 --jobs 1 2
    python bench/bench_build.py --articles 1000 --jobs 1 --compare main --check-identical --markdown

For each corpus size, generates a seeds folder (bench/corpus.py: the 5 seed articles plus N generated ones)
or uses --corpus, measures the floor (read every article and split it into tokens with one compiled regular
expression, best of 3), then runs ``caucasus_peace.pipeline.build`` once per --jobs value (or --repeat times,
keeping the fastest), each in a fresh Python process so that peak memory is that build's own. --compare REV
runs the same corpus with the code of git revision REV too (a temporary ``git worktree``; its build/ comes
first on PYTHONPATH) and prints the ratio of each stage; --check-identical compares every file the two builds
wrote, byte for byte (exit status 1 when one differs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

REPO = Path(__file__).resolve().parent.parent
TOKEN = re.compile(r"\w+|[^\w\s]")
STAGES = ("read seeds", "extract", "assemble", "validate tables", "write", "validate package")

# Runs in a fresh interpreter whose PYTHONPATH selects the code under test; prints one JSON line.
_RUNNER = """
import json, resource, sys, time
from pathlib import Path
import caucasus_peace
from caucasus_peace.pipeline import build
start = time.perf_counter()
result = build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=int(sys.argv[3]))
total = time.perf_counter() - start
print(json.dumps({
    "package": caucasus_peace.__file__,
    "seconds": getattr(result, "seconds", {}),
    "counts": result.counts,
    "total": total,
    "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "children_maxrss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
}))
"""


@dataclass(frozen=True)
class Code:
    """A version of the pipeline: the working tree, or a git revision checked out in a temporary worktree."""

    label: str
    root: Path


@dataclass(frozen=True)
class Floor:
    seconds: float
    tokens: int


@dataclass(frozen=True)
class Run:
    code: Code
    jobs: int
    seconds: dict[str, float]
    counts: dict[str, int]
    total: float
    parent_mib: float
    worker_mib: float
    out: Path

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(1)


def git(*args: str) -> str:
    done = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True)
    if done.returncode:
        fail(f"git {' '.join(args)}: {done.stderr.strip() or 'failed'}")
    return done.stdout.strip()


def working_tree() -> Code:
    dirty = git("status", "--porcelain", "--", "build", "schemas")
    return Code(f"now ({git('rev-parse', '--short', 'HEAD')}{'+changes' if dirty else ''})", REPO)


def checkout(rev: str, tmp: Path) -> Code:
    done = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode:
        fail(f"--compare {rev}: not a commit of this repository (try a branch, a tag or a hash)")
    sha = done.stdout.strip()
    path = tmp / f"rev-{sha[:10]}"
    git("worktree", "add", "--detach", "--quiet", str(path), sha)
    return Code(f"{rev} ({sha[:7]})", path)


def remove_checkout(code: Code) -> None:
    subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(code.root)], capture_output=True)


def regex_floor(seeds: Path, repeat: int = 3) -> Floor:
    """Reading and tokenising every article with one regex: the least any build must spend on the text."""
    files = sorted((seeds / "articles").glob("*.txt"))
    best, tokens = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        tokens = sum(len(TOKEN.findall(p.read_text(encoding="utf-8"))) for p in files)
        best = min(best, time.perf_counter() - start)
    return Floor(best, tokens)


def run_build(code: Code, seeds: Path, out: Path, jobs: int) -> Run:
    env = os.environ | {"PYTHONPATH": str(code.root / "build")}
    args = [sys.executable, "-c", _RUNNER, str(seeds), str(out), str(jobs)]
    done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=code.root)
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        fail(f"the build with {code.label} failed: {last}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    if not Path(data["package"]).resolve().is_relative_to(code.root.resolve()):
        fail(f"{code.label}: imported caucasus_peace from {data['package']}, not from {code.root}")
    return Run(code, jobs, data["seconds"], data["counts"], data["total"], data["maxrss_kib"] / 1024,
               data["children_maxrss_kib"] / 1024, out)  # fmt: skip


# --------------------------------------------------------------------------- tables
def render(header: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = [
            "| " + " | ".join(header) + " |",
            "|" + "|".join("---:" if i else "---" for i in range(len(header))) + "|",
        ]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])
    widths = [max(len(x) for x in col) for col in zip(header, *rows, strict=True)]

    def fmt(r: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))

    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *map(fmt, rows)])


def stage_seconds(run: Run) -> list[tuple[str, float]]:
    """Stages in pipeline order; 'publish' is the rest of the wall time (the atomic switch, cleanup)."""
    known = [(s, run.seconds[s]) for s in STAGES if s in run.seconds]
    extra = [(s, v) for s, v in run.seconds.items() if s not in STAGES]
    rest = run.total - sum(run.seconds.values())
    return known + extra + ([("publish", rest)] if run.seconds else [])


def stage_table(run: Run, floor: Floor, markdown: bool) -> str:
    n_articles = run.counts.get("sources", 0)
    rows = []
    for stage, secs in [*stage_seconds(run), ("total", run.total)]:
        items = n_articles if stage == "read seeds" else None if stage == "publish" else run.rows
        rate = f"{items / secs:,.0f}" if items and secs > 0 else ""
        rows.append([f"**{stage}**" if markdown and stage == "total" else stage, f"{secs:.2f}",
                     f"{100 * secs / run.total:.1f} %", f"{items:,}" if items else "", rate,
                     f"{secs / floor.seconds:,.0f}×"])  # fmt: skip
    return render(["stage", "seconds", "share", "rows", "rows/s", "× floor"], rows, markdown)


def summary(run: Run, floor: Floor) -> list[str]:
    n = run.counts.get("sources", 0)
    extract = run.seconds.get("extract")
    per_core = (
        f"{n / extract / run.jobs:,.1f} articles/s per core ({n:,} articles, --jobs {run.jobs})" if extract else "?"
    )
    workers = f"{run.worker_mib:,.0f} MiB" if run.worker_mib else "none (--jobs 1 extracts in the build process)"
    tables = ", ".join(f"{k} {v:,}" for k, v in sorted(run.counts.items()))
    floor_ratio = f"build {run.total / floor.seconds:,.0f}×" + (
        f", extraction {extract / floor.seconds:,.0f}×" if extract else ""
    )
    return [
        f"extraction: {per_core}",
        f"peak memory (ru_maxrss): build process {run.parent_mib:,.0f} MiB, largest worker {workers}",
        f"floor: reading and regex-tokenising the {n:,} articles takes {floor.seconds:.3f} s "
        f"({floor.tokens:,} tokens); {floor_ratio} the floor",
        f"rows: {tables}",
    ]  # fmt: skip


def compare_table(old: Run, new: Run, markdown: bool) -> str:
    rows = []
    before, after = dict(stage_seconds(old)), dict(stage_seconds(new))
    for stage in [*dict.fromkeys([*after, *before]), "total"]:
        a = old.total if stage == "total" else before.get(stage)
        b = new.total if stage == "total" else after.get(stage)
        ratio = f"{a / b:.2f}×" if a is not None and b else ""
        rows.append([stage, "" if a is None else f"{a:.2f}", "" if b is None else f"{b:.2f}", ratio])
    rows.append(["peak memory, build process (MiB)", f"{old.parent_mib:,.0f}", f"{new.parent_mib:,.0f}",
                 f"{old.parent_mib / new.parent_mib:.2f}×"])  # fmt: skip
    return render(["stage", f"{old.code.label} s", f"{new.code.label} s", "speed-up (before / now)"], rows, markdown)


def differing_files(a: Path, b: Path) -> list[str]:
    """Files that differ byte for byte (or exist on one side only), with the first differing line of texts."""
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    out = [f"{p}: only in {b if p in files_b else a}" for p in sorted(files_a ^ files_b)]
    for p in sorted(files_a & files_b):
        x, y = (a / p).read_bytes(), (b / p).read_bytes()
        if x == y:
            continue
        where = ""
        if p.suffix in (".csv", ".json"):
            lines = zip(x.splitlines(), y.splitlines(), strict=False)
            first = next((i for i, (u, v) in enumerate(lines, 1) if u != v), min(x.count(b"\n"), y.count(b"\n")) + 1)
            where = f" (first difference on line {first})"
        out.append(f"{p}: {len(x):,} vs {len(y):,} bytes{where}")
    return out


# --------------------------------------------------------------------------- main
def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, load average {load} at start, "
            f"Python {platform.python_version()}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")  # fmt: skip


def prepare_corpus(args: argparse.Namespace, n: int | None, tmp: Path) -> Path:
    if args.corpus:
        return args.corpus
    assert n is not None
    target = (args.keep / f"articles-{n}" if len(args.articles) > 1 else args.keep) if args.keep else tmp / f"seeds-{n}"
    start = time.perf_counter()
    corpus.write_corpus(target, n, args.seed)
    print(f"generated {target} in {time.perf_counter() - start:.1f} s")
    return target


def bench_corpus(args: argparse.Namespace, seeds: Path, codes: list[Code], tmp: Path) -> bool:
    """Build one corpus with every code version and --jobs value; False when --check-identical found a difference."""
    files = list((seeds / "articles").glob("*.txt"))
    size = sum(p.stat().st_size for p in files)
    floor = regex_floor(seeds)
    same = True
    h = "## " if args.markdown else "== "
    print(f"\n{h}corpus {seeds.name}: {len(files):,} articles, {size / 1e6:.1f} MB (seed {args.seed})")
    for jobs in args.jobs:
        best: dict[Code, Run] = {}
        for rep in range(args.repeat):  # interleaved, so that a noisy minute hits both versions alike
            for code in codes:
                run = run_build(code, seeds, tmp / f"out-{len(files)}-{jobs}-{code.root.name}-{rep}", jobs)
                keep, drop = (
                    (run, best.get(code)) if code not in best or run.total < best[code].total else (best[code], run)
                )
                best[code] = keep
                if drop:
                    shutil.rmtree(drop.out, ignore_errors=True)
        runs = [best[code] for code in codes]
        for run in runs:
            of = f" (fastest of {args.repeat})" if args.repeat > 1 else ""
            print(f"\n{h}build with {run.code.label}, --jobs {jobs}: {run.total:.1f} s{of}\n")
            print(stage_table(run, floor, args.markdown))
            print()
            print("\n".join(("- " if args.markdown else "") + line for line in summary(run, floor)))
        if len(runs) == 2:
            old, new = runs[1], runs[0]
            print(f"\n{h}{old.code.label} against {new.code.label}, --jobs {jobs}\n")
            print(compare_table(old, new, args.markdown))
            if args.check_identical:
                diff = differing_files(old.out, new.out)
                n_files = sum(1 for p in new.out.rglob("*") if p.is_file())
                verdict = "identical" if not diff else f"{len(diff)} file(s) differ"
                print(f"\ncheck-identical: {n_files} files written by each build, {verdict}")
                print("\n".join(f"  {d}" for d in diff))
                same = same and not diff
        for run in runs:
            shutil.rmtree(run.out, ignore_errors=True)
    return same


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="+", help="generated articles per corpus (default 1000)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1], help="worker processes for extraction (default 1)")
    ap.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    ap.add_argument("--repeat", type=int, default=1, help="build each version this many times, keep the fastest")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="write the generated corpus here and keep it")
    ap.add_argument("--corpus", type=Path, metavar="DIR", help="benchmark this seeds folder instead of generating one")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables (for README and CHANGELOG)")
    ap.add_argument("--compare", metavar="REV", help="also build with the code of this git revision")
    ap.add_argument("--check-identical", action="store_true", help="with --compare: compare every written file")
    args = ap.parse_args()
    if args.corpus and (args.articles or args.keep):
        fail("--corpus uses an existing seeds folder; leave out --articles and --keep")
    if args.check_identical and not args.compare:
        fail("--check-identical needs --compare REV (the revision to compare with)")
    if min(args.jobs) < 1 or args.repeat < 1 or min(args.articles or [1]) < 0:
        fail("--jobs and --repeat must be at least 1, --articles at least 0")
    if args.corpus and not (args.corpus / "sources.csv").is_file():
        fail(f"{args.corpus}: not a seeds folder (no sources.csv)")
    args.articles = args.articles or ([None] if args.corpus else [1000])
    same = True
    with tempfile.TemporaryDirectory(prefix="cp-bench-") as name:
        tmp = Path(name)
        codes = [working_tree()]
        try:
            if args.compare:
                codes.append(checkout(args.compare, tmp))
            print(f"machine: {machine()}")
            for n in args.articles:
                same = bench_corpus(args, prepare_corpus(args, n, tmp), codes, tmp) and same
        finally:
            for code in codes[1:]:
                remove_checkout(code)
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()

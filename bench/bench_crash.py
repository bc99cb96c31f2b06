"""kill -9 trials: a real build killed at random moments must leave a valid package, old or new.

    python bench/bench_crash.py --trials 50

Builds two different valid packages from the seeds (the "old" one from a reworded sources.csv note),
then, for each trial: copies the old package into a fresh folder, starts `caucasus-peace build` there,
sends SIGKILL after a random delay, and runs the next command, `caucasus-peace validate`, which must
finish any interrupted switch and find the package valid. The published files must equal the old
package's or the new one's, byte for byte. The delay is uniform over 0 to 1.05 times the median time of
a CLI build, measured before the trials and again every fifth trial (which also runs one more build that
must leave no staging folder behind), so it follows the machine's load; a build that finishes before its
moment does not count as a trial. Prints one line per trial and a summary; writes bench/out/crash.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from caucasus_peace.outdir import JOURNAL, PUBLISHED, STAGING_PREFIX
from caucasus_peace.paths import REPO_ROOT, SEEDS_DIR

OUT = REPO_ROOT / "bench" / "out" / "crash"


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "caucasus_peace.cli", *args]


def published(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for name in PUBLISHED
        for p in sorted([root / name, *(root / name).rglob("*")] if (root / name).is_dir() else [root / name])
        if p.is_file()
    }


def state(out: Path, new_files: dict[str, str]) -> str:
    """Where the build was when it died, judged from what it left."""
    if (out / JOURNAL).exists():
        return "switching"
    if any(out.glob(STAGING_PREFIX + "*")):
        return "writing/validating"
    return "after the switch" if published(out) == new_files else "reading/extracting"


def prepare() -> tuple[Path, Path, float]:
    shutil.rmtree(OUT, ignore_errors=True)
    seeds = OUT / "seeds-old"
    shutil.copytree(SEEDS_DIR, seeds)
    text = (seeds / "sources.csv").read_text(encoding="utf-8")
    (seeds / "sources.csv").write_text(text.replace("exact day unverified", "day not checked", 1), encoding="utf-8")
    old, new = OUT / "old", OUT / "new"
    subprocess.run(cli("build", "--seeds", str(seeds), "--out", str(old)), check=True, capture_output=True)
    seconds = []
    for _ in range(2):
        start = time.perf_counter()
        subprocess.run(cli("build", "--out", str(new)), check=True, capture_output=True)
        seconds.append(time.perf_counter() - start)
    return old, new, max(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    old, new, seconds = prepare()
    old_files, new_files = published(old), published(new)
    assert old_files != new_files
    rng = random.Random(args.seed)
    durations = [seconds]  # of uninterrupted builds: the kill moments follow the machine's current speed
    results: list[dict] = []
    finished_first = 0
    while len(results) < args.trials:
        trial = len(results)
        out = OUT / f"trial-{trial:02d}"
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(old, out)
        delay = rng.uniform(0, 1.05 * statistics.median(durations))
        process = subprocess.Popen(
            cli("build", "--out", str(out)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        start = time.perf_counter()
        while time.perf_counter() - start < delay and process.poll() is None:
            time.sleep(0.005)
        if process.poll() is not None:  # the build finished before its moment came: not a trial
            durations.append(time.perf_counter() - start)
            finished_first += 1
            continue
        process.kill()
        process.wait()
        died = state(out, new_files)
        check = subprocess.run(cli("validate", str(out)), capture_output=True, text=True)
        files = published(out)
        outcome = "old" if files == old_files else "new" if files == new_files else "CORRUPT"
        ok = check.returncode == 0 and outcome != "CORRUPT"
        if trial % 5 == 4:  # one more build: it must clean up, and its time keeps the kill moments current
            begin = time.perf_counter()
            again = subprocess.run(cli("build", "--out", str(out)), capture_output=True, text=True)
            durations.append(time.perf_counter() - begin)
            ok = ok and again.returncode == 0 and not any(out.glob(STAGING_PREFIX + "*"))
        results.append({"trial": trial, "delay_s": round(delay, 2), "died": died, "package": outcome, "ok": ok})
        print(
            f"trial {trial:2d}: killed after {delay:5.2f} s while {died:18s} -> {outcome} package, "
            f"validate {'ok' if check.returncode == 0 else 'FAILED: ' + check.stderr.strip()[:200]}",
            flush=True,
        )
        shutil.rmtree(out)
    passed = sum(r["ok"] for r in results)
    by_state: dict[str, int] = {}
    for r in results:
        by_state[r["died"]] = by_state.get(r["died"], 0) + 1
    print(
        f"\n{passed}/{len(results)} trials left a valid package (old or new); a build takes "
        f"{statistics.median(durations):.1f} s (median); {finished_first} builds finished before their kill"
    )
    print("killed while: " + ", ".join(f"{k} {v}" for k, v in sorted(by_state.items())))
    (OUT.parent / "crash.json").write_text(
        json.dumps({"build_seconds": statistics.median(durations), "trials": results}, indent=2)
    )
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()

"""The output folder: publishing survives a crash at any instant, one build at a time, signals and
filesystem errors end in one line, and nothing is left behind."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caucasus_peace import outdir
from caucasus_peace.outdir import JOURNAL, LOCK_FILE, STAGING_PREFIX
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.pipeline import build
from tests.unit.cli_harness import (
    CALL_CLI,
    CALL_PUBLISH,
    CALL_RECOVER,
    CRASH_AT_STEP,
    assert_one_error_line,
    cli_command,
    published_files,
    run_cli,
    run_python,
    snapshot,
)

STEPS = [
    "wrote the journal",
    "committed the journal",
    "moved the old data aside",
    "moved the new data in",
    "moved the old datapackage.json aside",
    "moved the new datapackage.json in",
    "removed the journal",
]


class Packages:
    """Two valid packages that differ (the old one was built from a reworded note), and how long a build takes."""

    def __init__(self, root: Path, new: Path) -> None:
        seeds = root / "seeds-old"
        shutil.copytree(SEEDS_DIR, seeds)
        text = (seeds / "sources.csv").read_text(encoding="utf-8")
        (seeds / "sources.csv").write_text(text.replace("exact day unverified", "day not checked", 1), encoding="utf-8")
        self.old = root / "old"
        start = time.perf_counter()
        build(seeds, self.old)
        self.build_seconds = time.perf_counter() - start
        self.new = new
        self.old_files = published_files(self.old)
        self.new_files = published_files(self.new)
        assert self.old_files != self.new_files

    def old_copy(self, dst: Path) -> Path:
        shutil.copytree(self.old, dst)
        return dst


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory, built: Path) -> Packages:
    return Packages(tmp_path_factory.mktemp("packages"), built)


def stage_new(packages: Packages, out: Path) -> Path:
    stage = out / f"{STAGING_PREFIX}test"
    stage.mkdir()
    shutil.copytree(packages.new / "data", stage / "data")
    shutil.copy2(packages.new / "datapackage.json", stage / "datapackage.json")
    return stage


def test_the_steps_of_publishing(packages: Packages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = packages.old_copy(tmp_path / "out")
    seen: list[str] = []
    monkeypatch.setattr(outdir, "_STEP_HOOK", seen.append)
    outdir.publish(stage_new(packages, out), out)
    assert seen == STEPS
    assert published_files(out) == packages.new_files


@pytest.mark.parametrize("step", STEPS)
def test_a_crash_at_any_step_of_publishing_leaves_old_or_new(packages: Packages, tmp_path: Path, step: str) -> None:
    out = packages.old_copy(tmp_path / "out")
    stage = stage_new(packages, out)
    crashed = run_python(CRASH_AT_STEP.format(call=CALL_PUBLISH), step, str(stage), str(out))
    assert crashed.returncode == 9, crashed.stderr
    outdir.recover(out)  # what every command does first
    expected = packages.old_files if step == "wrote the journal" else packages.new_files
    assert published_files(out) == expected
    assert not (out / JOURNAL).exists()


@pytest.mark.parametrize("step", STEPS[3:6])
def test_a_crash_while_finishing_a_crashed_switch_is_finished_too(
    packages: Packages, tmp_path: Path, step: str
) -> None:
    out = packages.old_copy(tmp_path / "out")
    stage = stage_new(packages, out)
    run_python(CRASH_AT_STEP.format(call=CALL_PUBLISH), "moved the old data aside", str(stage), str(out))
    crashed = run_python(CRASH_AT_STEP.format(call=CALL_RECOVER), step, str(out))
    assert crashed.returncode == 9, crashed.stderr
    outdir.recover(out)
    assert published_files(out) == packages.new_files


def test_the_next_command_finishes_a_crashed_switch(packages: Packages, tmp_path: Path) -> None:
    """Killed when the old data/ was moved aside and the new one not yet in: `validate` restores a package."""
    out = packages.old_copy(tmp_path / "out")
    stage = stage_new(packages, out)
    run_python(CRASH_AT_STEP.format(call=CALL_PUBLISH), "moved the old data aside", str(stage), str(out))
    assert not (out / "data").exists()
    result = run_cli("validate", str(out))
    assert result.returncode == 0, result.stderr
    assert published_files(out) == packages.new_files


def test_a_build_killed_while_publishing_is_finished_by_the_next_build(packages: Packages, tmp_path: Path) -> None:
    out = packages.old_copy(tmp_path / "out")
    (out / f"{STAGING_PREFIX}dead").mkdir()  # left by a build that died earlier
    (out / f"{STAGING_PREFIX}dead" / "data").mkdir()
    crashed = run_python(CRASH_AT_STEP.format(call=CALL_CLI), "moved the new data in", "build", "--out", str(out))
    assert crashed.returncode == 9, crashed.stderr
    assert (out / JOURNAL).exists()
    build(SEEDS_DIR, out)
    assert published_files(out) == packages.new_files
    assert not list(out.glob(f"{STAGING_PREFIX}*")) and not (out / JOURNAL).exists()


def test_kill_9_at_random_moments_of_a_build(packages: Packages, tmp_path: Path) -> None:
    """A few trials here; bench/bench_crash.py runs 50."""
    rng = random.Random(20250808)
    for trial in range(2):
        out = packages.old_copy(tmp_path / f"out{trial}")
        process = subprocess.Popen(cli_command("build", "--out", str(out)), stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.2 * packages.build_seconds + 1))
        process.kill()
        process.wait()
        outdir.recover(out)
        assert published_files(out) in (packages.old_files, packages.new_files)


def without_lock(files: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in files.items() if k != LOCK_FILE}


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_for(condition, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_a_second_build_into_the_same_folder_stops_at_once(packages: Packages, tmp_path: Path) -> None:
    out = packages.old_copy(tmp_path / "out")
    dead = out / f"{STAGING_PREFIX}dead"
    dead.mkdir()
    first = subprocess.Popen(cli_command("build", "--out", str(out)), stderr=subprocess.PIPE, text=True)
    wait_for(lambda: not dead.exists())  # the first build holds the lock: it removed the stale staging
    start = time.monotonic()
    second = run_cli("build", "--out", str(out))
    assert time.monotonic() - start < 30
    assert second.returncode == 1
    assert_one_error_line(second.stderr, str(out), "another caucasus-peace build is writing this folder")
    _, stderr = first.communicate(timeout=300)
    assert first.returncode == 0, stderr
    assert published_files(out) == packages.new_files
    assert not list(out.glob(f"{STAGING_PREFIX}*"))


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")
@pytest.mark.parametrize(
    ("signum", "jobs", "when"),
    [
        (signal.SIGTERM, "2", "extracting"),
        (signal.SIGTERM, "1", "staging"),
        (signal.SIGINT, "2", "extracting"),
    ],
)
def test_a_signal_ends_the_build_in_one_line_and_cleans_up(
    packages: Packages, tmp_path: Path, signum: int, jobs: str, when: str
) -> None:
    # The signal races the build: on a loaded machine the build can publish before the signal lands. Such a run must
    # have published the new package whole and left nothing behind; then the test tries again, and one of three runs
    # must be interrupted.
    before = without_lock(snapshot(packages.old))
    for attempt in range(3):
        out = packages.old_copy(tmp_path / f"out{attempt}")
        dead = out / f"{STAGING_PREFIX}dead"
        dead.mkdir()
        process = subprocess.Popen(
            cli_command("build", "--out", str(out), "--jobs", jobs),
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        wait_for(lambda: not dead.exists())  # noqa: B023 (called before the next iteration rebinds it)
        if when == "staging":
            wait_for(lambda: any(out.glob(f"{STAGING_PREFIX}*")))  # noqa: B023
        else:
            time.sleep(0.5)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=120)
        wait_for(lambda: not group_alive(process.pid), timeout=10)  # noqa: B023 (no worker outlives the build)
        if process.returncode == 0:
            assert published_files(out) == packages.new_files, stderr
            assert not list(out.glob(f"{STAGING_PREFIX}*"))
            continue
        assert process.returncode == 128 + signum
        assert_one_error_line(stderr, f"interrupted by {signal.Signals(signum).name}", "unchanged")
        assert not list(out.glob(f"{STAGING_PREFIX}*"))
        assert without_lock(snapshot(out)) == before
        return
    pytest.fail("the build published before the signal in each of three runs")


class _Stopped(Exception):
    pass


def _stop(signum: int, frame: object) -> None:
    raise _Stopped


@pytest.mark.skipif(not hasattr(os, "kill"), reason="POSIX signals")
def test_a_signal_that_lands_as_the_staging_folder_is_made_leaves_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race the signal test above can hit on a loaded machine, made certain: SIGTERM arrives right after the
    # staging folder exists, before the build knows its name.
    made = os.mkdir

    def mkdir_then_signal(path: str | os.PathLike[str], *args: object, **kwargs: object) -> None:
        made(path, *args, **kwargs)  # type: ignore[arg-type]
        if Path(path).name.startswith(STAGING_PREFIX):
            os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(os, "mkdir", mkdir_then_signal)
    old = signal.signal(signal.SIGTERM, _stop)
    try:
        with pytest.raises(_Stopped), outdir.staging_dir(tmp_path):
            pass
    finally:
        signal.signal(signal.SIGTERM, old)
    assert not list(tmp_path.glob(f"{STAGING_PREFIX}*"))


def test_an_output_path_below_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = run_cli("build", "--out", str(tmp_path / "file" / "pkg"))
    assert result.returncode == 1
    assert_one_error_line(result.stderr, str(tmp_path / "file" / "pkg"), "Not a directory")


def in_namespace(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a shell script as root of a new user and mount namespace (so it may mount), or skip."""
    if shutil.which("unshare") is None or sys.platform != "linux":
        pytest.skip("needs unshare (Linux)")
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not available here")
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", *args], capture_output=True, text=True, timeout=300
    )


SNAPSHOT = '(cd "$1" && find . -type f | LC_ALL=C sort | xargs sha256sum)'


def test_a_read_only_output_folder_is_one_line(packages: Packages, tmp_path: Path) -> None:
    out = packages.old_copy(tmp_path / "out")
    before = snapshot(out)
    script = (
        f'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec {" ".join(cli_command("build"))} --out "$1"'
    )
    result = in_namespace(script, str(out))
    assert result.returncode == 1
    assert_one_error_line(result.stderr, str(out), "Read-only file system")
    assert snapshot(out) == before


def test_a_full_disk_is_one_line(packages: Packages, tmp_path: Path) -> None:
    """A real tmpfs with room for the old package and a little more: the new one cannot be written."""
    room = sum(p.stat().st_size for p in packages.old.rglob("*") if p.is_file()) // 1024 + 150
    fs = tmp_path / "fs"
    fs.mkdir()
    snap = SNAPSHOT.replace("$1", "$1/pkg")
    cli = " ".join(cli_command("build"))
    script = (
        f'mount -t tmpfs -o size={room}k tmpfs "$1" && cp -r "$2" "$1/pkg" && {snap} > "$3/before" && '
        f'{cli} --out "$1/pkg"; echo "rc=$?" >&2; {snap} > "$3/after"; ls -a "$1/pkg" >&2'
    )
    result = in_namespace(script, str(fs), str(packages.old), str(tmp_path))
    lines = result.stderr.strip().splitlines()
    assert "rc=1" in lines, result.stderr
    assert_one_error_line(lines[0], "No space left on device" if "database" not in lines[0] else "disk is full")
    assert "free some space" in lines[0]
    assert (tmp_path / "before").read_text() == (tmp_path / "after").read_text()
    assert not [name for name in lines if name.startswith(STAGING_PREFIX)]


# Fault injection for machines without namespaces: the errors a full disk gives, raised by the real
# writers (pyarrow's ENOSPC) or by the real SQLite (a page limit makes it report "database or disk is full").
FULL_DISK = {
    "parquet": """
import errno, os
import caucasus_peace.write as write
def full(path, *args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
write.write_parquet = full
""",
    "sqlite": """
import sqlite3
real = sqlite3.connect
def small(*args, **kwargs):
    con = real(*args, **kwargs)
    con.execute("PRAGMA max_page_count = 8")
    return con
sqlite3.connect = small
""",
}


@pytest.mark.parametrize("writer", sorted(FULL_DISK))
def test_a_full_disk_by_fault_injection_is_one_line(packages: Packages, tmp_path: Path, writer: str) -> None:
    out = packages.old_copy(tmp_path / "out")
    before = snapshot(out)
    code = FULL_DISK[writer] + "\nimport sys\nfrom caucasus_peace.cli import main\nmain(sys.argv[1:])\n"
    result = run_python(code, "build", "--out", str(out))
    assert result.returncode == 1
    message = assert_one_error_line(result.stderr, str(out), "free some space")
    assert ("disk is full" if writer == "sqlite" else "No space left on device") in message
    assert without_lock(snapshot(out)) == without_lock(before)
    assert not list(out.glob(f"{STAGING_PREFIX}*"))


def test_a_journal_is_refused_or_dropped_when_it_cannot_be_followed(packages: Packages, tmp_path: Path) -> None:
    from caucasus_peace.errors import OutputError

    out = packages.old_copy(tmp_path / "out")
    (out / JOURNAL).write_text('{"stage": "../../etc"}', encoding="utf-8")
    with pytest.raises(OutputError, match="does not name a staging folder"):
        outdir.recover(out)
    (out / JOURNAL).write_text(f'{{"stage": "{STAGING_PREFIX}gone"}}', encoding="utf-8")
    assert outdir.recover(out)
    assert not (out / JOURNAL).exists() and published_files(out) == packages.old_files


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_a_build_while_the_lock_is_held_exits_at_once_and_touches_nothing(packages: Packages, tmp_path: Path) -> None:
    import fcntl

    out = packages.old_copy(tmp_path / "out")
    dead = out / f"{STAGING_PREFIX}dead"
    dead.mkdir()  # a running build's staging folder, as far as anyone can tell
    before = snapshot(out)
    with open(out / LOCK_FILE, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        start = time.monotonic()
        result = run_cli("build", "--out", str(out))
        assert time.monotonic() - start < 30
    assert result.returncode == 1
    assert_one_error_line(result.stderr, "another caucasus-peace build is writing this folder")
    assert snapshot(out) == before and dead.exists()

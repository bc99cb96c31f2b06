"""The output folder of a build: one build at a time, staging beside the package, a journalled switch.

Inside OUT while a build runs:

    .caucasus-peace.lock   held (flock) by the running build; the kernel releases it when the build dies
    .staging-XXXX/         the new package, written and validated here (same filesystem: renames are atomic)
    .staging-XXXX/old/     the previous package, moved aside during the switch
    .publish-journal       "switch OUT to .staging-XXXX", present only while switching

Publishing moves two entries (data/ and datapackage.json): four renames, and a crash between two of
them would leave a package without data/ or without its descriptor. So the switch is journalled: the
journal is written atomically once the new package is complete and before the first rename, and
removed after the last. Whoever finds a journal (the next build, validate, serve or package) finishes
the switch before doing anything else. Each step checks what is where, so finishing is idempotent and
a crash while finishing is finished by the next command too. At any instant OUT holds the old package,
the new one, or a journal that turns it into the new one.

Staging folders of builds that died (SIGKILL, power loss) are removed by the next build into OUT,
which holds the lock and so knows that no other build is using them.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import shutil
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from caucasus_peace.errors import BuildLocked, OutputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, builds into one folder must not overlap
    fcntl = None  # type: ignore[assignment]

PUBLISHED = ("data", "datapackage.json")
LOCK_FILE = ".caucasus-peace.lock"
JOURNAL = ".publish-journal"
STAGING_PREFIX = ".staging-"
OLD = "old"  # inside the staging folder: where the previous package waits during the switch

# Fault injection for tests: called with the name of each step of publishing, right after it.
_STEP_HOOK: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if _STEP_HOOK is not None:
        _STEP_HOOK(name)


def output_problem(path: Path, e: OSError | Exception, doing: str) -> OutputError:
    """One line for a filesystem error while writing the output: what failed, where, and what to do."""
    reason = getattr(e, "strerror", None) or str(e)
    hint = {
        errno.ENOSPC: "free some space and build again",
        errno.EROFS: "the folder is on a read-only filesystem; choose another --out",
        errno.EACCES: "you may not write there; choose another --out or fix its permissions",
        errno.EPERM: "you may not write there; choose another --out or fix its permissions",
        errno.ENOTDIR: "a part of the path is a file, not a folder; choose another --out",
    }.get(getattr(e, "errno", None) or 0, "fix the folder or choose another --out")
    if "database or disk is full" in str(e) or "[errno 28]" in str(e):
        hint = "free some space and build again"
    return OutputError(path, f"cannot {doing} ({reason}); {hint}")


def _open_lock(out: Path) -> int:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise output_problem(out, e, "create the output folder") from None
    try:
        return os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise output_problem(out, e, "write in the output folder") from None


def _try_lock(fd: int) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


@contextlib.contextmanager
def build_lock(out: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the lock of OUT, waiting at most ``wait`` seconds; BuildLocked if another build holds it."""
    fd = _open_lock(out)
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise BuildLocked(
                    out,
                    "another caucasus-peace build is writing this folder; wait for it to finish or use another --out",
                )
            time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # releases the lock


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block is done (they are delivered right after it)."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _fsync(path: Path) -> None:
    """Flush a file or folder to disk, so that after a power loss the journal never outlives the data."""
    if sys.platform == "win32":  # pragma: no cover - folders cannot be opened there
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    for folder, _, files in os.walk(root):
        for name in files:
            _fsync(Path(folder) / name)
        _fsync(Path(folder))


def _read_journal(out: Path) -> Path | None:
    """The staging folder named by the journal of OUT, or None when there is no journal."""
    path = out / JOURNAL
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as e:
        raise OutputError(path, f"cannot be read ({e}); it was not written by caucasus-peace: remove it") from None
    stage = doc.get("stage") if isinstance(doc, dict) else None
    if not isinstance(stage, str) or not stage.startswith(STAGING_PREFIX) or Path(stage).name != stage:
        raise OutputError(path, "does not name a staging folder; it was not written by caucasus-peace: remove it")
    return out / stage


def _switch(out: Path, stage: Path) -> None:
    """Move each published entry of ``stage`` into OUT, the previous one aside into stage/old. Safe to
    repeat after a crash at any point: an entry still in the stage has not been moved in yet."""
    old = stage / OLD
    old.mkdir(exist_ok=True)
    for name in PUBLISHED:
        new = stage / name
        if not os.path.lexists(new):
            continue
        if os.path.lexists(out / name):
            if os.path.lexists(old / name):  # a leftover of an earlier attempt; the package is in OUT
                _remove(old / name)
            os.rename(out / name, old / name)
            _step(f"moved the old {name} aside")
        os.rename(new, out / name)
        _step(f"moved the new {name} in")
    _fsync(out)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def finish_publishing(out: Path) -> bool:
    """Finish a switch that a crash interrupted (the caller holds the lock). True if there was one."""
    journal = _read_journal(out)
    if journal is None:
        return False
    if not journal.is_dir():  # removed by hand: nothing left to move in
        (out / JOURNAL).unlink()
        return True
    with signals_deferred():
        _switch(out, journal)
        (out / JOURNAL).unlink()
        _fsync(out)
    shutil.rmtree(journal, ignore_errors=True)
    return True


def recover(root: Path, wait: float = 60.0) -> bool:
    """For the commands that read a package: finish an interrupted switch first. Waits for a running
    build (which holds the lock only for milliseconds while switching) at most ``wait`` seconds."""
    if not (root / JOURNAL).exists():
        return False
    with build_lock(root, wait=wait):
        try:
            return finish_publishing(root)
        except OSError as e:
            raise output_problem(root, e, "finish publishing the package a crash interrupted") from None


def remove_stale(out: Path) -> None:
    """Remove the staging folders of builds that died (the caller holds the lock: none is running)."""
    for path in out.glob(STAGING_PREFIX + "*"):
        _remove(path)
    (out / (JOURNAL + ".tmp")).unlink(missing_ok=True)


@contextlib.contextmanager
def staging_dir(out: Path) -> Iterator[Path]:
    """A temporary folder beside the published package (same filesystem, so renames are atomic). The caller holds
    the lock, so no other build makes one here.

    The name is chosen before the folder is made, inside the block that removes it: a signal that lands just after
    the folder exists (tempfile.mkdtemp would return its name only then) cannot leave it behind. Blocking the
    signals would not do: a process with other threads (pyarrow's pools) receives them in any of them."""
    stage = out / f"{STAGING_PREFIX}{secrets.token_hex(8)}"
    try:
        stage.mkdir(mode=0o700)
        yield stage
    finally:
        # A journal naming this stage means the switch is half done: the next command needs the stage.
        if not (out / JOURNAL).exists():
            shutil.rmtree(stage, ignore_errors=True)


def publish(stage: Path, out: Path, on_switched: Callable[[], None] | None = None) -> None:
    """Switch the validated package in ``stage`` in place of the one in OUT (the caller holds the lock).
    SIGINT and SIGTERM wait until the switch is complete; ``on_switched`` runs before they are delivered."""
    with signals_deferred():
        _fsync_tree(stage)
        tmp = out / (JOURNAL + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"stage": stage.name}, f)
            f.flush()
            os.fsync(f.fileno())
        _step("wrote the journal")
        os.replace(tmp, out / JOURNAL)
        _fsync(out)
        _step("committed the journal")
        try:
            _switch(out, stage)
        except OSError as e:
            raise OutputError(
                out,
                f"switching to the new package stopped halfway ({e.strerror or e}); "
                "the next caucasus-peace command in this folder finishes it",
            ) from None
        (out / JOURNAL).unlink()
        _fsync(out)
        _step("removed the journal")
        if on_switched is not None:
            on_switched()

"""Running the real CLI in a subprocess, with or without a fault injected, and comparing packages."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

PUBLISHED = ("data", "datapackage.json")  # as in caucasus_peace.outdir (kept here so the harness runs on older code)

# Runs the CLI (or any call) in a fresh interpreter after installing a publishing hook that kills the
# process (os._exit, no cleanup, like kill -9) right after the step named in argv[1].
CRASH_AT_STEP = """
import os, sys
from pathlib import Path
from caucasus_peace import outdir

def crash(step):
    if step == sys.argv[1]:
        os._exit(9)

outdir._STEP_HOOK = crash
args = sys.argv[2:]
{call}
"""
CALL_CLI = "from caucasus_peace.cli import main\nmain(args)"
CALL_PUBLISH = "outdir.publish(Path(args[0]), Path(args[1]))"
CALL_RECOVER = "outdir.recover(Path(args[0]))"


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "caucasus_peace.cli", *args]


def run_cli(*args: str, timeout: float = 300, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_command(*args), capture_output=True, text=True, timeout=timeout, env=env)


def run_python(code: str, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout)


def snapshot(root: Path) -> dict[str, str]:
    """Hash of every file under root (hidden files included)."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def published_files(root: Path) -> dict[str, str]:
    """Hash of every published file (data/ and datapackage.json): what a user of the package reads."""
    files = snapshot(root)
    return {k: v for k, v in files.items() if k.split("/")[0] in PUBLISHED}


def assert_one_error_line(stderr: str, *parts: str) -> str:
    message = stderr.strip()
    assert "Traceback" not in stderr, stderr
    assert message.startswith("error: ") and message.count("\n") == 0, message
    for part in parts:
        assert part in message, f"{part!r} not in {message!r}"
    return message

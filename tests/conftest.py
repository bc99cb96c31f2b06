"""Shared fixtures: a fresh build of the seeds into a temporary folder, once per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from caucasus_peace.paths import SEEDS_DIR

# CI runs the property tests on a fixed sequence of examples (a failure there is reproducible, never a fluke of
# one run); locally they draw new examples each run, which is how new bugs are found.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package built from the committed seeds into a temporary folder (never the repo itself)."""
    from caucasus_peace.pipeline import build

    out = tmp_path_factory.mktemp("pkg")
    build(SEEDS_DIR, out, jobs=1)
    return out


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the seeds folder, for tests that break or extend the inputs."""
    dst = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, dst)
    return dst

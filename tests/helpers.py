"""Small helpers shared by tests."""

from __future__ import annotations

from caucasus_peace.paths import REPO_ROOT

# The published-contract checker lives in the shared folder beside the checkout (CI has it too).
CHECK_CONTRACT = REPO_ROOT.parent / "shared" / "tools" / "check-contract"


def load_bench_module(name: str):
    """Import bench/<name>.py (a script folder, not a package) once, for tests that check its measures."""
    import importlib.util
    import sys

    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module

"""Small helpers shared by tests."""

from __future__ import annotations

from caucasus_peace.paths import REPO_ROOT

# The published-contract checker lives in the shared folder beside the checkout (CI has it too).
CHECK_CONTRACT = REPO_ROOT.parent / "shared" / "tools" / "check-contract"

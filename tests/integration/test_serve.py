"""`caucasus-peace serve`: what a person sees when the port is taken or the host is not local, and the
bounds on what one query can allocate (in-process Datasette, and a fresh process for memory)."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

from caucasus_peace.serve import PLUGINS_DIR, check_port, datasette_args, is_loopback, make_datasette
from caucasus_peace.site import RESOURCE_LIMITS

CLI = [sys.executable, "-m", "caucasus_peace.cli"]


@pytest.fixture(scope="module")
def ds(built: Path):
    return make_datasette(built)


def query(ds, sql: str, fmt: str = ".json"):
    return asyncio.run(ds.client.get(f"/caucasus_peace{fmt}?" + urllib.parse.urlencode({"sql": sql})))


# --- The command ------------------------------------------------------------------------------


def test_port_in_use_is_one_line_that_suggests_port(built: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        started = time.monotonic()
        result = subprocess.run(
            [*CLI, "serve", "--root", str(built), "--port", str(port)], capture_output=True, text=True, timeout=60
        )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: port {port} on 127.0.0.1 is already taken")
    assert "--port" in lines[0] and "serving" not in result.stderr
    assert time.monotonic() - started < 20


def test_non_local_host_warns_then_reports_an_address_it_cannot_use(built: Path) -> None:
    # 192.0.2.1 is reserved for documentation (TEST-NET-1): never this machine's, so nothing is opened.
    result = subprocess.run(
        [*CLI, "serve", "--root", str(built), "--host", "192.0.2.1", "--port", "8001"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    warning, error = result.stderr.strip().splitlines()
    assert warning.startswith("warning: listening on 192.0.2.1, not only on this machine")
    assert error.startswith("error: cannot listen on 192.0.2.1 port 8001") and "--host 127.0.0.1" in error
    assert "Traceback" not in result.stderr


def test_host_option_reaches_datasette_and_loopback_is_recognised(built: Path) -> None:
    args = datasette_args(built, 8123, "::1")
    assert args[args.index("--host") + 1] == "::1"
    assert args[args.index("--plugins-dir") + 1] == str(PLUGINS_DIR)
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.0.0.2", "::1", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.0.2.1", "example.org"))


def test_free_port_passes_the_check() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    check_port("127.0.0.1", port)  # no exception


# --- Resource bounds --------------------------------------------------------------------------


def test_huge_blob_fails_at_once_with_an_error_page(ds) -> None:
    started = time.monotonic()
    response = query(ds, "select zeroblob(900000000)", fmt="")
    assert time.monotonic() - started < 2
    assert response.status_code == 400
    assert "too big" in response.text
    assert query(ds, "select zeroblob(900000000)").json()["ok"] is False


def test_long_strings_are_bounded_too(ds) -> None:
    limit = RESOURCE_LIMITS["max_value_bytes"]
    assert query(ds, f"select length(printf('%.*c', {limit - 10}, 'x')) as n").json()["rows"] == [[limit - 10]]
    doubled = query(ds, f"select replace(printf('%.*c', {limit - 10}, 'x'), 'x', 'xx')")
    assert doubled.status_code == 400 and "too big" in doubled.json()["error"]


@pytest.mark.parametrize(
    "sql",
    [
        "select printf('%.*c', 900000000, 'x')",
        "select format('%!.*c', 900000000, 'x')",
        "select printf('%*d', -900000000, 1)",
    ],
)
def test_printf_with_a_huge_width_fails_at_once(ds, sql: str) -> None:
    # SQLite's own printf loops for seconds over such a precision, out of reach of the time limit.
    started = time.monotonic()
    response = query(ds, sql)
    assert time.monotonic() - started < 2
    assert response.status_code == 400 and "too big" in response.json()["error"]


def test_printf_otherwise_formats_as_sqlite_does(ds) -> None:
    import sqlite3

    sql = (
        "select printf('%09d', 42), printf('%s-%d', 'x', 3), format('%.2f', 3.14159), "
        "printf('%5s|%-5s|', 'ab', 'cd'), printf(NULL), printf('%%'), printf('%.*c', 3, 'y'), printf('%q', 'it''s')"
    )
    expected = sqlite3.connect(":memory:").execute(sql).fetchone()
    assert tuple(query(ds, sql).json()["rows"][0]) == expected


def test_many_large_rows_exceed_the_result_budget(ds) -> None:
    sql = (
        "with recursive c(x) as (select 1 union all select x+1 from c limit 1000) select zeroblob(90000) as b, x from c"
    )
    response = query(ds, sql)
    assert response.status_code == 400 and "result too large" in response.json()["error"]


def test_too_many_columns_are_refused(ds) -> None:
    columns = ", ".join(f"{i} as c{i}" for i in range(RESOURCE_LIMITS["max_columns"] + 1))
    assert query(ds, f"select {columns}").status_code == 400


def test_ordinary_pages_fit_the_budget(ds) -> None:
    for path in (
        "/caucasus_peace/sentences.json?_size=max",
        "/caucasus_peace/timeline.json",
        "/caucasus_peace/mentions.json?_size=max",
        "/caucasus_peace/article.json?source_id=000_76851f9429046746",
    ):
        assert asyncio.run(ds.client.get(path)).status_code == 200, path


MEMORY_PROBE = """
import asyncio, json, resource, sys, urllib.parse
from pathlib import Path
from caucasus_peace.serve import make_datasette
ds = make_datasette(Path(sys.argv[1]))
async def main():
    await ds.client.get("/caucasus_peace/sources")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    statuses = []
    for sql in json.loads(sys.argv[2]):
        for fmt in (".json", "", ".csv"):
            r = await ds.client.get(f"/caucasus_peace{fmt}?" + urllib.parse.urlencode({"sql": sql}))
            statuses.append(r.status_code)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"grew_mb": (after - before) / 1024, "statuses": statuses}))
asyncio.run(main())
"""


def test_hostile_queries_keep_the_server_within_a_few_hundred_mb(built: Path) -> None:
    many = "with recursive c(x) as (select 1 union all select x+1 from c limit 5000)"
    wide = ", ".join(f"zeroblob(99000) as c{i}" for i in range(99))
    hostile = [
        "select zeroblob(900000000)",
        "select printf('%.*c', 900000000, 'x')",
        f"{many} select zeroblob(99000) as b, x from c",
        f"{many} select printf('%.*c', 99000, 'x') as b, x from c",
        f"{many} select {wide} from c",
        f"{many} select group_concat(printf('%.*c', 1000, 'x')) from c",
        # just under the budget: about 100 blobs of 99 KB, the largest answer the site gives
        "with recursive c(x) as (select 1 union all select x+1 from c limit 100) select zeroblob(99000), x from c",
    ]
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(built), json.dumps(hostile)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["grew_mb"] < 300, report

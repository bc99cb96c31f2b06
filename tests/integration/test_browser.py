"""The Datasette site in a real headless Chromium: tables, a canned query, search and the map of places.

Starts `caucasus-peace serve` on a free loopback port against a freshly built package and saves
screenshots to screenshots/ at the repository root (gitignored) for a human to look at.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from caucasus_peace.paths import REPO_ROOT
from caucasus_peace.schema import load_package

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = REPO_ROOT / "screenshots"
TIMEOUT_MS = 15_000

if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
    pytest.skip(
        f"no Chromium at {CHROMIUM}: install Debian's chromium package (CI installs it and runs this test)",
        allow_module_level=True,
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, log: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="module")
def site(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "serve.log"
    with open(log, "w") as out:  # a file, not a pipe: an unread pipe could fill up and stall the server
        proc = subprocess.Popen(
            [sys.executable, "-m", "caucasus_peace.cli", "serve", "--root", str(built), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so teardown stops everything it started
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url + "/-/versions.json", proc, log)
        yield url
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=10)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="module")
def page(site: str):
    if os.environ.get("CI"):
        from playwright import sync_api  # in CI a missing playwright is a failure, not a skip
    else:
        sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            # No network beyond the local server: map tiles come from the internet and are not needed.
            context.route(
                "**/*", lambda route: route.continue_() if route.request.url.startswith(site) else route.abort()
            )
            pg = context.new_page()
            pg.set_default_timeout(TIMEOUT_MS)
            yield pg
        finally:
            browser.close()


def _shot(pg, name: str) -> None:
    pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def test_home_page_lists_the_database(page, site: str) -> None:
    page.goto(site + "/caucasus_peace")
    assert "Caucasus Peace" in page.title() or "caucasus_peace" in page.title()
    assert page.locator("text=Timeline of events").count() >= 1
    _shot(page, "01-database")


def test_events_table_opens_sorted_with_facets(page, site: str) -> None:
    page.goto(site + "/caucasus_peace/events")
    page.wait_for_selector("h1")
    assert "Events" in page.locator("h1").inner_text()
    assert page.locator(".facet-info").count() >= 1 or page.locator("p.zero-results").count() == 1
    _shot(page, "02-events")


SITE_TABLES = [*load_package().tables, "event_types", "sentences"]


@pytest.mark.parametrize("table", SITE_TABLES)
def test_first_screen_of_every_table_page_shows_rows(page, site: str, table: str) -> None:
    page.goto(f"{site}/caucasus_peace/{table}")
    first_row = page.locator("table.rows-and-columns tbody tr").first
    first_row.wait_for()
    _shot(page, f"10-table-{table}")
    box = first_row.bounding_box()
    # At least the first lines of the first row are on screen (a row with a long quote may run below).
    assert box is not None and box["y"] + min(box["height"], 60) <= page.viewport_size["height"], (table, box)
    # The column descriptions are one click away, folded above the rows.
    if table != "sentences":
        assert page.locator("details.column-notes summary").is_visible()
        assert not page.locator("dl.column-descriptions").is_visible()


def test_event_types_are_one_click_from_an_event(page, site: str) -> None:
    page.goto(site + "/caucasus_peace/events")
    link = page.locator("td.col-event_type a").first
    event_type = link.inner_text()
    link.click()
    page.wait_for_url(f"**/caucasus_peace/event_types/{event_type}")
    assert "CAMEO" in page.content()
    _shot(page, "11-event-type")


def test_booleans_read_true_or_false(page, site: str) -> None:
    page.goto(site + "/caucasus_peace/entities")
    values = set(page.locator("td.col-is_curated").all_inner_texts())
    assert values and values <= {"true", "false"}


def test_canned_query_runs(page, site: str) -> None:
    page.goto(site + "/caucasus_peace/article?source_id=000_76851f9429046746")
    page.wait_for_selector("table.rows-and-columns tbody tr")
    assert page.locator("table.rows-and-columns tbody tr").count() > 0
    assert "Everything one article says" in page.locator("h1").inner_text()
    _shot(page, "03-canned-query")


def test_full_text_search_finds_sentences(page, site: str) -> None:
    page.goto(site + "/caucasus_peace/sentences")
    page.fill("#_search", "peace")
    page.press("#_search", "Enter")
    page.wait_for_url("**_search=peace**")
    rows = page.locator("table.rows-and-columns tbody tr")
    rows.first.wait_for()
    assert rows.count() > 0
    assert "peace" in rows.first.inner_text().lower()
    _shot(page, "04-search")


def test_map_of_places_renders_markers(page, site: str) -> None:
    page.goto(site + "/caucasus_peace/places?_size=max")
    page.wait_for_selector(".leaflet-container")
    # Single markers and clusters are both .leaflet-marker-icon in Leaflet.markercluster.
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".leaflet-marker-icon").count() > 0
    page.locator(".leaflet-container").scroll_into_view_if_needed()
    _shot(page, "05-map")


def test_timeline_chart_renders(page, site: str) -> None:
    from caucasus_peace.site import BAR_CHART

    with urllib.request.urlopen(site + "/caucasus_peace/events_per_month.json?_shape=array", timeout=10) as r:
        if not json.load(r):
            pytest.skip("no dated events to chart yet")
    page.goto(f"{site}/caucasus_peace/events_per_month#{BAR_CHART}")
    page.wait_for_selector(".vega-embed canvas")
    _shot(page, "06-chart")

"""Browser fixtures for the end-to-end tests: Debian's chromium driven by Playwright's sync API.

No browser is ever downloaded: Playwright launches /usr/bin/chromium (`make browser` installs it).
Use `page` together with pytest-django's `live_server`:

    @pytest.mark.e2e
    def test_it_lists(page, live_server):
        page.goto(live_server.url + "/agreements/")
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM would otherwise refuse
# to run there ("You cannot call this from an async context").
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
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
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def browser_context(browser):
    context = browser.new_context(
        # The tests read Korean text; LocaleMiddleware would serve English to an English browser.
        locale="ko-KR",
        timezone_id="Asia/Seoul",
        viewport={"width": 1366, "height": 900},
        accept_downloads=True,
    )
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    yield page
    page.close()


@pytest.fixture
def screenshots_dir():
    """Where screenshots go (git-ignored): /work/main/screenshots/."""
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS

"""Screenshots of the list, an agreement, the deadlines and an organisation at laptop and phone widths.

    .venv/bin/python bench/screenshots.py        → screenshots/*.png (git-ignored)

Builds 80 synthetic agreements in a throwaway SQLite file, serves them with Django's test server
and drives Debian's chromium through Playwright (no browser download).
"""

import os
import sys
import tempfile
import threading
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE = Path(tempfile.mkdtemp()) / "screenshots.sqlite3"
os.environ.update(
    DATABASE_URL=f"sqlite:///{DATABASE}",
    DJANGO_SETTINGS_MODULE="config.settings",
    DEBUG="1",
    DJANGO_ALLOW_ASYNC_UNSAFE="true",
)

import django  # noqa: E402

django.setup()

from django.contrib.staticfiles.handlers import StaticFilesHandler  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.utils import timezone  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from bench.synthetic import build  # noqa: E402
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

OUT = ROOT / "screenshots"
FULL_PAGE = {"detail"}
WIDTHS = {"laptop": (1366, 900), "phone": (390, 844)}


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def main():
    call_command("migrate", verbosity=0)
    build(80, timezone.localdate())
    from django.contrib.auth import get_user_model
    from django.test import Client

    from agreements.models import Agreement
    from agreements.workflow import agreement_transition

    agreement = Agreement.objects.filter(
        status=Agreement.Status.SIGNED, targets__isnull=False, budgets__isnull=False
    ).first()
    kim = get_user_model().objects.create_superuser(
        "kim", "kim@example.org", "x", last_name="김", first_name="담당"
    )
    agreement_transition(
        agreement=agreement, to=Agreement.Status.IN_PROGRESS, on=timezone.localdate(), by=kim
    )
    editor = Client()
    editor.force_login(kim)
    session = editor.cookies["sessionid"].value
    server = make_server("127.0.0.1", 0, StaticFilesHandler(get_wsgi_application()), handler_class=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    pages = {
        "list": "/agreements/",
        "list-filtered": "/agreements/?party_kind=company&budget_min=100&status=planned&status=signed&status=in_progress&o=due",
        "detail": agreement.get_absolute_url(),
        "deadlines": "/deadlines/",
        "deadlines-filtered": "/deadlines/?party_kind=company&budget_min=100",
        "organization": f"/organizations/{agreement.participations.last().organization_id}/",
    }
    editor_pages = {
        "detail-editor": agreement.get_absolute_url(),
        "admin-index": "/admin/",
        "admin-change": f"/admin/agreements/agreement/{agreement.pk}/change/",
        "admin-review": f"/admin/agreements/agreement/{agreement.pk}/review/",
    }
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for device, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height}, locale="ko-KR")
            for name, url in pages.items():
                page.goto(base + url)
                path = OUT / f"{name}-{device}.png"
                page.screenshot(path=str(path), full_page=name in FULL_PAGE)
                print(path.relative_to(ROOT))
            page.close()
            # What an editor sees: the next statuses as buttons, the admin, a review screen.
            context = browser.new_context(viewport={"width": width, "height": height}, locale="ko-KR")
            context.add_cookies([{"name": "sessionid", "value": session, "url": base}])
            page = context.new_page()
            for name, url in editor_pages.items():
                page.goto(base + url)
                path = OUT / f"{name}-{device}.png"
                page.screenshot(path=str(path))
                print(path.relative_to(ROOT))
            context.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()

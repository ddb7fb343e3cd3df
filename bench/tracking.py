"""Time the tracking pages and exports with N synthetic agreements, and count their queries.

.venv/bin/python bench/tracking.py [N]        (default 2000; a throwaway SQLite file)
DATABASE_URL=postgres://… .venv/bin/python bench/tracking.py 2000   (uses that database: empty it first)
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.synthetic import build  # noqa: E402

URLS = [
    "/agreements/",
    "/agreements/?party_kind=company&budget_min=100&o=-budget",
    "/agreements/export.csv",
    "/deadlines/",
    "/deadlines.ics",
    "/agreements/calendar.ics?status=signed",
]


def main(count):
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    build(count, timezone.localdate())
    print(f"built {count} agreements in {time.perf_counter() - started:.1f}s")
    client = Client(HTTP_HOST="localhost")
    for url in URLS:
        reset_queries()  # the log holds 9,000 queries; building filled it
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            size = len(b"".join(response.streaming_content) if response.streaming else response.content)
            elapsed = time.perf_counter() - started
        print(
            f"{url:60} {response.status_code}  {elapsed * 1000:7.0f} ms  {len(queries):2d} queries  {size:>9,} bytes"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)

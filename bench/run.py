"""Measure the tracker on the data bench/seed.py built, and print each figure beside its goal.

    DATABASE_URL=postgres://root@127.0.0.1:5432/bench .venv/bin/python bench/run.py [--repeat 20]

Pages are timed through Django's test client (server time, warm: one untimed request first), each
`--repeat` times: median, p95 and the number of queries; once as misses of the page cache (emptied
before each request: rendered and stored) and once as hits (served from it). The CSV export is timed whole, beside
PostgreSQL's own COPY of the same columns on the same rows, and its process memory is compared
between 10,000 rows and all of them. Then ingest throughput with 1 and 2 worker processes
(bench/ingest.py, each document rolled back) and a load run under gunicorn (bench/load.py, 30 s a target); skip
them with --no-ingest / --no-load. Writes bench/results.json:
{"machine", "database", "agreements", "figures": [{"name", "value", "unit", "goal", "met"}]}.
"""

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.cache import caches  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from agreements.models import Agreement, Participation  # noqa: E402

PAGE_GOAL_MS = 50
SEARCH_GOAL_MS = 100
FEED_GOAL_MS = 200
CSV_RATIO_GOAL = 3.0
CSV_MEMORY_GOAL_MB = 50


class Figures:
    def __init__(self):
        self.rows = []

    def add(self, name, value, unit, goal, met, extra=""):
        """A figure; one without a goal is information (met: None), printed with "—"."""
        met = bool(met) if goal else None
        self.rows.append({"name": name, "value": round(value, 3), "unit": unit, "goal": goal, "met": met})
        mark = "—" if met is None else "yes" if met else "NO"
        print(f"{name:58} {value:10.1f} {unit:5} goal {goal:>10}  met {mark:3} {extra}", flush=True)


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def time_page(client, url, repeat, miss=False):
    """(median ms, p95 ms, queries, bytes) of `url`, after one warm-up request. With `miss`, the page
    cache is emptied before each timed request, so each one is rendered and stored (the honest
    server time of a page nobody asked for since the last write); otherwise each after the first is
    served from the cache."""
    body_of(client.get(url))
    times, queries, size = [], 0, 0
    for _ in range(repeat):
        if miss:
            caches["pages"].clear()
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            size = len(body_of(response))
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95, queries, size


def busiest_organization():
    row = (
        Participation.objects.values("organization_id")
        .annotate(n=Count("id"))
        .order_by("-n")
        .values_list("organization_id", "n")
        .first()
    )
    return row


def pages(figures, client, repeat, only=()):
    org_id, org_rows = busiest_organization()
    deep = max(1, min(2000, Agreement.objects.count() // 50))
    urls = [
        ("list", "/agreements/", PAGE_GOAL_MS),
        (
            "list: open investments with a budget",
            "/agreements/?status=in_progress&status=signed&kind=investment&budget_min=10",
            PAGE_GOAL_MS,
        ),
        ("list: companies, overdue", "/agreements/?party_kind=company&overdue=on", PAGE_GOAL_MS),
        (
            "list: department, signed 2020-2022",
            "/agreements/?department=투자유치과&signed_after=2020-01-01&signed_before=2022-12-31",
            PAGE_GOAL_MS,
        ),
        ("list sorted by due date", "/agreements/?o=due", PAGE_GOAL_MS),
        (f"list at page {deep:,}", f"/agreements/?page={deep}", PAGE_GOAL_MS),
        ("list: Korean search '협약'", "/agreements/?q=협약", SEARCH_GOAL_MS),
        ("list: Korean search '데이터'", "/agreements/?q=데이터", SEARCH_GOAL_MS),
        ("deadlines", "/deadlines/", PAGE_GOAL_MS),
        ("deadlines: investments, companies", "/deadlines/?kind=investment&party_kind=company", PAGE_GOAL_MS),
        (f"organisation page ({org_rows:,} agreements)", f"/organizations/{org_id}/", PAGE_GOAL_MS),
        ("calendar feed", "/deadlines.ics", FEED_GOAL_MS),
    ]
    for name, url, goal in urls:
        if only and not any(word in name for word in only):
            continue
        for miss, label in ((True, "miss"), (False, "cache hit")):
            median, p95, queries, size = time_page(client, url, repeat, miss=miss)
            figures.add(
                f"{name} p95 ({label})",
                p95,
                "ms",
                f"<= {goal}",
                p95 <= goal,
                f"median {median:.1f} ms, {queries} queries, {size:,} B",
            )


COPY_SQL = """
COPY (
  SELECT a.id, a.title, a.kind,
         (SELECT string_agg(o.name, '; ' ORDER BY p.position, p.id)
            FROM agreements_participation p JOIN people_organization o ON o.id = p.organization_id
           WHERE p.agreement_id = a.id AND p.role = 'party'),
         a.signed_on, a.due_on, a.completed_on, a.status,
         (SELECT sum(b.amount_krw) FROM agreements_budget b WHERE b.agreement_id = a.id),
         a.department, a.summary, ar.headline, d.file_name, d.published_on
    FROM agreements_agreement a
    LEFT JOIN agreements_article ar ON ar.id = a.article_id
    LEFT JOIN agreements_sourcedocument d ON d.id = ar.document_id
   ORDER BY a.signed_on DESC NULLS LAST, a.id DESC
) TO STDOUT WITH CSV HEADER
"""


def copy_seconds():
    started = time.perf_counter()
    size = 0
    with connection.cursor() as cursor:
        with cursor.connection.cursor().copy(COPY_SQL) as copy:
            for block in copy:
                size += len(block)
    return time.perf_counter() - started, size


PEAK_RSS = """
import os, resource, sys
import django
django.setup()
from agreements import exports
from agreements.models import Agreement
rows = int(sys.argv[1])
queryset = Agreement.objects.for_list()
if rows:
    queryset = queryset.filter(pk__in=list(queryset.values_list("pk", flat=True)[:rows]))
for _line in exports.csv_lines(queryset):
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def csv_peak_mb(rows):
    """Peak resident memory (MB) of a fresh process that writes the CSV of the list's first `rows`
    agreements (all of them for 0): the interpreter, Django and the export, as a worker holds them."""
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, str(rows)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(done.stdout.split()[-1])


def csv_figures(figures, client):
    count = Agreement.objects.count()
    started = time.perf_counter()
    response = client.get("/agreements/export.csv")
    size = len(body_of(response))
    app = time.perf_counter() - started
    figures.add(f"CSV export of {count:,} agreements", app, "s", "", True, f"{size:,} B")
    if connection.vendor == "postgresql":
        copy, copy_size = copy_seconds()
        figures.add("PostgreSQL COPY of the same columns", copy, "s", "", True, f"{copy_size:,} B")
        ratio = app / copy
        figures.add("CSV export / COPY", ratio, "x", f"<= {CSV_RATIO_GOAL}", ratio <= CSV_RATIO_GOAL)
    small = csv_peak_mb(min(10_000, count))
    full = csv_peak_mb(0)
    growth = full - small
    figures.add(
        f"CSV peak memory growth, 10,000 → {count:,} rows",
        growth,
        "MB",
        f"<= {CSV_MEMORY_GOAL_MB}",
        growth <= CSV_MEMORY_GOAL_MB,
        f"{small:.1f} MB → {full:.1f} MB (peak RSS of the process)",
    )


def ingest_figures(figures):
    """Documents per second through `manage.py ingest --jobs 1` and `--jobs 2` (bench/ingest.py)."""
    import tempfile

    from bench import ingest

    with tempfile.TemporaryDirectory() as tmp:
        files = ingest.batch(Path(tmp), ingest.REPEAT)
        one = ingest.run(files, 1)
        two = ingest.run(files, 2)
    figures.add("ingest --jobs 1", one, "doc/s", "", True, f"{len(files)} documents, Kiwi start-up included")
    figures.add("ingest --jobs 2", two, "doc/s", "", True)
    ratio = two / one
    figures.add(
        "ingest --jobs 2 / --jobs 1", ratio, "x", f">= {ingest.GOAL_RATIO}", ratio >= ingest.GOAL_RATIO
    )


def load_figures(figures, seconds):
    """The list page and a trivial view under gunicorn, production settings (bench/load.py)."""
    from bench import load

    results, ratio, miss_ratio = load.load_run(seconds=seconds)
    for result in results:
        figures.add(
            f"load: {result['name']} req/s",
            result["rps"],
            "req/s",
            "",
            True,
            f"{result['requests']} requests in {seconds:.0f} s",
        )
        figures.add(f"load: {result['name']} p95", result["p95"], "ms", "", True)
        figures.add(f"load: {result['name']} errors", result["errors"], "", "0", result["errors"] == 0)
    figures.add(
        "load: list (cache hits) / trivial req/s", ratio, "x", f">= {load.RATIO_GOAL}", ratio >= load.RATIO_GOAL
    )
    # information, not the goal: visitors ask for the same pages again (the row above); with
    # every request a new query each one is drawn from the database, which no cache can make trivial
    figures.add("load: list (every request a miss) / trivial req/s", miss_ratio, "x", "", None)


def load_average():
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest throughput")
    parser.add_argument("--no-load", action="store_true", help="skip the load run under gunicorn")
    parser.add_argument("--load-seconds", type=float, default=30)
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="time only the pages whose name contains this (repeatable); skips the CSV figures",
    )
    parser.add_argument("--output", default=str(ROOT / "bench" / "results.json"))
    args = parser.parse_args()
    count = Agreement.objects.count()
    if not count:
        sys.exit("run: no agreements; build them first with bench/seed.py")
    print(f"{count:,} agreements on {connection.vendor} ({platform.node()}, {os.cpu_count()} cores)")
    print(f"load average at the start: {load_average()} (other work on the machine slows every figure)")
    print(f"{'figure':58} {'value':>10} {'unit':5} {'goal':>15}  met")
    figures = Figures()
    client = Client(HTTP_HOST="localhost")
    pages(figures, client, args.repeat, args.only)
    if not args.only:
        csv_figures(figures, client)
    if not args.no_ingest:
        ingest_figures(figures)
    if not args.no_load:
        load_figures(figures, args.load_seconds)
    result = {
        "machine": (
            f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
            f"load average at the end {load_average()}"
        ),
        "database": f"{connection.vendor} {connection.cursor().connection.info.server_version if connection.vendor == 'postgresql' else ''}".strip(),
        "agreements": count,
        "figures": figures.rows,
    }
    Path(args.output).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    goals = [f for f in figures.rows if f["met"] is not None]
    print(f"{sum(f['met'] for f in goals)}/{len(goals)} goals met; written {args.output}")


if __name__ == "__main__":
    main()

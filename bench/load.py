"""A load run on loopback: the app under gunicorn with the production settings, driven by a small
bounded client, on the list page and on a trivial view of the same app. Run alone:

    DATABASE_URL=postgres://root@127.0.0.1:5432/bench .venv/bin/python bench/load.py [--seconds 30]

or through bench/run.py, which adds its figures to bench/results.json.

The server is what `make serve` runs: `gunicorn -c config/gunicorn.py config.wsgi`, 2 sync workers,
DEBUG=0, static files through whitenoise, on the configured database (read only: nothing is
written), with the page cache in a new, empty folder. The trivial view is `/`, a redirect to the
list: the same middleware (sessions, CSRF, locale, axes, CSP), no query. The list is driven as
visitors ask for it (the same page again: cache hits) and with a new query string each request
(every request a miss: rendered and stored). Each target is driven for `--seconds` by `--clients` threads, each
with one keep-alive connection sending the next request when the last answer is read (a closed
loop: the rate is what the server sustains). Reports requests per second, p95 latency and errors
(any status but the expected one, or a connection error), and the list's rates over the trivial one.
"""

import argparse
import http.client
import itertools
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# gunicorn under the production settings on a free loopback port, as the soak run starts it
from bench.soak import GUNICORN, PYTHON, ROOT, free_port, production_env, wait_for  # noqa: E402

RATIO_GOAL = 0.4
# The list is driven twice: as visitors mostly ask for it (the same page again: served from the page
# cache while no write comes between), and with a query string never asked before on every request
# (`?n=…`, which the filters ignore), so that each request renders the page and stores it: the cost
# of a miss under load.
TARGETS = [
    ("trivial view (/ → redirect)", "/", 302),
    ("list page (/agreements/), cache hits", "/agreements/", 200),
    ("list page, every request a cache miss", "/agreements/?n={n}", 200),
]


def drive(port, path, expected, seconds, clients):
    """(requests per second, p95 ms, errors, requests) of `clients` closed loops on `path` ("{n}" in
    it is replaced by a number new to each request)."""
    stop = time.monotonic() + seconds
    latencies, errors = [], [0]
    lock = threading.Lock()
    numbers = itertools.count(int(time.time() * 1000))

    def loop():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine, failed = [], 0
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                connection.request("GET", path.format(n=next(numbers)), headers={"Host": "localhost"})
                response = connection.getresponse()
                response.read()
                if response.status != expected:
                    failed += 1
            except (OSError, http.client.HTTPException):
                failed += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            mine.append((time.perf_counter() - started) * 1000)
        connection.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=loop) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
    return len(latencies) / elapsed, p95, errors[0], len(latencies)


def load_run(seconds=30, clients=4, warmup=3):
    """Start gunicorn on the configured database, drive each target, stop it; a list of results
    {"name", "rps", "p95", "errors", "requests"}, and the ratios of the list's rate to the trivial
    one's, with cache hits and with every request a miss."""
    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        raise SystemExit("load: set DATABASE_URL to the benchmark's database")
    tmp = Path(tempfile.mkdtemp(prefix="hyeopyak-load-"))
    port = free_port()
    env = production_env(database_url, tmp / "static", port)
    env["PAGE_CACHE_DIR"] = str(tmp / "pages")  # empty at the start, shared by both workers
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    with open(tmp / "gunicorn.log", "w") as log:
        server = subprocess.Popen(
            [GUNICORN, "-c", "config/gunicorn.py", "config.wsgi"], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        try:
            wait_for(f"http://127.0.0.1:{port}/agreements/")
            results = []
            for name, path, expected in TARGETS:
                drive(port, path, expected, warmup, clients)  # warm both workers' caches
                rps, p95, errors, requests = drive(port, path, expected, seconds, clients)
                results.append({"name": name, "rps": rps, "p95": p95, "errors": errors, "requests": requests})
        finally:
            server.terminate()
            server.wait(timeout=30)
    ratio = results[1]["rps"] / results[0]["rps"] if results[0]["rps"] else 0.0
    miss_ratio = results[2]["rps"] / results[0]["rps"] if results[0]["rps"] else 0.0
    return results, ratio, miss_ratio


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    results, ratio, miss_ratio = load_run(args.seconds, args.clients)
    for result in results:
        print(
            f"{result['name']:40} {result['rps']:8.1f} req/s  p95 {result['p95']:7.1f} ms  "
            f"errors {result['errors']}  ({result['requests']} requests)"
        )
    met = "met" if ratio >= RATIO_GOAL and not any(r["errors"] for r in results) else "NOT met"
    print(f"list (cache hits) / trivial: {ratio:.3f} (goal >= {RATIO_GOAL}, no errors): {met}")
    print(f"list (every request a miss) / trivial: {miss_ratio:.3f}")
    print(f"machine load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

"""Soak test (not in CI): mixed traffic against gunicorn with the production settings, on loopback.

    .venv/bin/python bench/soak.py [--minutes 10] [--clients 4] [--agreements 300]
    DATABASE_URL=postgres://…/empty_db .venv/bin/python bench/soak.py     (PostgreSQL; it is flushed)

It migrates a database (a throwaway SQLite file unless DATABASE_URL is given), adds synthetic
agreements and an admin, runs `collectstatic`, and starts gunicorn (2 workers, DEBUG=0, whitenoise,
axes, CSP: what `make serve` runs). Client threads then read the list, detail, organisation and
deadline pages, filter, export CSV and calendars, fetch static files, and save agreements through the
admin change form (each thread edits its own agreements, so every save it is told succeeded can be
checked). At the end it checks: no 5xx, no refused save, no connection error; every acknowledged
save is in the database (the last one as the title, every one in the history); the workers' memory
(RSS) at the end is within --rss-slack MB of what it was after the warm-up. Exit status 0 when all
hold. Figures go to BENCHMARKS.md.
"""

import argparse
import http.client
import http.cookiejar
import json
import math
import os
import random
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database_url, static_root, port):
    env = dict(os.environ)
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(static_root),
        SECURE_COOKIES="0",  # plain HTTP on loopback
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    return env


SEED = """
import datetime, django
django.setup()
from django.contrib.auth import get_user_model
from django.core.management import call_command
from bench.synthetic import build
call_command("flush", "--noinput", verbosity=0)
build({count}, datetime.date.today())
get_user_model().objects.create_superuser("soak", "soak@example.org", {password!r})
"""


class FormFields(HTMLParser):
    """The values a browser would submit from the form with id `form_id`."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.fields = form_id, False, []
        self._select = self._textarea = None
        self._options = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = a.get("type", "text")
            if kind in {"submit", "button", "image", "file", "reset"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in a:
                return
            self.fields.append((name, a.get("value", "on" if kind in {"checkbox", "radio"} else "")))
        elif tag == "select" and name:
            self._select, self._options = (name, "multiple" in a), []
        elif tag == "option" and self._select:
            self._options.append((a.get("value", ""), "selected" in a))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self._select:
            name, multiple = self._select
            chosen = [value for value, selected in self._options if selected]
            if not chosen and not multiple and self._options:
                chosen = [self._options[0][0]]
            self.fields.extend((name, value) for value in chosen)
            self._select = None
        elif tag == "textarea" and self._textarea:
            name, text = self._textarea
            self.fields.append((name, text[1:] if text.startswith("\n") else text))
            self._textarea = None


class Client:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body)
        req.add_header("Accept-Language", "ko-KR")
        if data is not None:
            req.add_header("Referer", self.base + path)
        try:
            with self.opener.open(req, timeout=120) as resp:
                return resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read()

    def csrf(self):
        return next(c.value for c in self.jar if c.name == "csrftoken")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Soak:
    def __init__(self, args, base, agreement_ids, org_ids):
        self.args, self.base = args, base
        self.agreement_ids, self.org_ids = agreement_ids, org_ids
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.latency = defaultdict(list)
        self.errors = []
        self.acknowledged = defaultdict(list)  # agreement id → titles the server said it saved

    def record(self, kind, started, status, path):
        elapsed = time.monotonic() - started
        with self.lock:
            self.latency[kind].append(elapsed)
            if status >= 500 or status == 0:
                self.errors.append(f"{kind} {path}: {status}")

    def fetch(self, client, kind, path, expect=(200,)):
        started = time.monotonic()
        try:
            status, headers, body = client.request(path)
        except (OSError, http.client.HTTPException) as exc:
            self.record(kind, started, 0, path)
            with self.lock:
                self.errors.append(f"{kind} {path}: {exc!r}")
            return None
        self.record(kind, started, status, path)
        if status not in expect and status < 500:
            with self.lock:
                self.errors.append(f"{kind} {path}: unexpected {status}")
        return body

    def login(self, client):
        client.request("/admin/login/")
        status, headers, _ = client.request(
            "/admin/login/?next=/admin/",
            {"username": "soak", "password": self.args.password, "csrfmiddlewaretoken": client.csrf(),
             "next": "/admin/"},
        )
        if status != 302:
            raise SystemExit(f"admin login failed: {status}")

    def save(self, client, tid, agreement_id, counter):
        path = f"/admin/agreements/agreement/{agreement_id}/change/"
        body = self.fetch(client, "admin form", path)
        if body is None:
            return
        parser = FormFields("agreement_form")
        parser.feed(body.decode("utf-8"))
        fields = [(k, v) for k, v in parser.fields if k != "title"]
        current = dict(parser.fields).get("title", "")
        base_title = re.sub(r" \[soak [0-9.]+\]$", "", current)[:200]
        title = f"{base_title} [soak {tid}.{counter}]"
        fields += [("title", title), ("_save", "저장")]
        started = time.monotonic()
        try:
            status, headers, response = client.request(path, fields)
        except (OSError, http.client.HTTPException) as exc:
            self.record("admin save", started, 0, path)
            with self.lock:
                self.errors.append(f"admin save {path}: {exc!r}")
            return
        self.record("admin save", started, status, path)
        if status == 302:
            with self.lock:
                self.acknowledged[agreement_id].append(title)
        elif status < 500:
            note = re.search(rb'class="errornote">\s*(.*?)\s*<', response or b"", re.S)
            errors = re.findall(rb'<ul class="errorlist[^"]*"[^>]*><li>(.*?)</li>', response or b"")
            with self.lock:
                self.errors.append(
                    f"admin save {path}: refused {status} {note.group(1).decode() if note else ''} "
                    f"{[e.decode() for e in errors[:3]]}"
                )

    def client_loop(self, tid):
        rng = random.Random(tid)
        client = Client(self.base)
        self.login(client)
        mine = [pk for pk in self.agreement_ids if pk % self.args.clients == tid]
        counter = 0
        filters = [
            "?status=signed&status=in_progress", "?kind=investment&party_kind=company&budget_min=100",
            "?q=%EC%88%98%EC%86%8C", "?overdue=on", "?due_within=90&o=due", "?o=-budget", "?review=extracted",
            "?no_budget=on", "?signed_after=2026-01-01",
        ]
        while not self.stop.is_set():
            try:
                counter = self.one_request(client, rng, tid, mine, filters, counter)
            except Exception as exc:  # a client bug must show as an error, not end the thread quietly
                with self.lock:
                    self.errors.append(f"client {tid}: {exc!r}")

    def one_request(self, client, rng, tid, mine, filters, counter):
        roll = rng.random()
        if roll < 0.25:
            self.fetch(client, "list", "/agreements/" + (f"?page={rng.randint(1, 3)}" if rng.random() < 0.3 else ""))
        elif roll < 0.45:
            self.fetch(client, "detail", f"/agreements/{rng.choice(self.agreement_ids)}/")
        elif roll < 0.60:
            self.fetch(client, "filter", "/agreements/" + rng.choice(filters))
        elif roll < 0.68:
            self.fetch(client, "export csv", "/agreements/export.csv" + rng.choice(filters))
        elif roll < 0.73:
            self.fetch(client, "deadlines", "/deadlines/" + rng.choice(["", "?kind=investment"]))
        elif roll < 0.76:
            self.fetch(client, "calendar", "/deadlines.ics")
        elif roll < 0.80:
            self.fetch(client, "organisation", f"/organizations/{rng.choice(self.org_ids)}/")
        elif roll < 0.83:
            self.fetch(client, "static", "/static/admin/css/base.css")
        elif roll < 0.88:
            self.fetch(client, "admin list", "/admin/agreements/agreement/" + rng.choice(["", "?q=%ED%98%91%EC%95%BD"]))
        else:
            counter += 1
            self.save(client, tid, rng.choice(mine), counter)
        return counter


def worker_pids(master):
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                pids.append(int(entry.name))
    return sorted(pids)


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer {url}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    parser.add_argument("--agreements", type=int, default=300, help="synthetic agreements to seed")
    parser.add_argument("--warmup", type=float, default=30.0, help="seconds before the first RSS sample")
    parser.add_argument("--rss-slack", type=float, default=30.0, help="MB of growth per worker allowed")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    args.password = secrets.token_urlsafe(16)
    # Stopped early (kill, Ctrl-C): still stop gunicorn, through the `finally` below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("soak: terminated"))

    tmp = Path(tempfile.mkdtemp(prefix="hyeopyak-soak-"))
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{tmp / 'soak.sqlite3'}"
    port = free_port()
    env = production_env(database_url, tmp / "static", port)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))

    print(f"soak: {database_url.split('@')[-1]}, {args.minutes} min, {args.clients} clients, port {port}")
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    seed = SEED.format(count=args.agreements, password=args.password)
    subprocess.run([PYTHON, "-c", seed], cwd=ROOT, env=env, check=True)

    import django

    django.setup()
    from agreements.models import Agreement
    from people.models import Organization

    agreement_ids = list(Agreement.objects.values_list("pk", flat=True))
    org_ids = list(Organization.objects.values_list("pk", flat=True))

    log = open(tmp / "gunicorn.log", "w")
    server = subprocess.Popen(
        [GUNICORN, "-c", "config/gunicorn.py", "config.wsgi"], cwd=ROOT, env=env, stdout=log, stderr=log,
    )
    soak = Soak(args, f"http://127.0.0.1:{port}", agreement_ids, org_ids)
    try:
        wait_for(soak.base + "/agreements/")
        threads = [threading.Thread(target=soak.client_loop, args=(t,), daemon=True) for t in range(args.clients)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        time.sleep(min(args.warmup, args.minutes * 60 / 3))
        workers = worker_pids(server.pid)
        rss_start = {pid: rss_mb(pid) for pid in workers}
        samples = [(round(time.monotonic() - started), [round(rss_mb(p), 1) for p in workers])]
        end = started + args.minutes * 60
        while time.monotonic() < end:
            time.sleep(min(60, max(0.0, end - time.monotonic())))
            samples.append((round(time.monotonic() - started), [round(rss_mb(p), 1) for p in workers]))
        soak.stop.set()
        for thread in threads:
            thread.join(timeout=150)
        elapsed = time.monotonic() - started
        alive = worker_pids(server.pid)
        rss_end = {pid: rss_mb(pid) for pid in workers if pid in alive}
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        log.close()

    # Every acknowledged save is in the database: the last one as the title, each in the history.
    missing = []
    for pk, titles in soak.acknowledged.items():
        agreement = Agreement.objects.get(pk=pk)
        if agreement.title != titles[-1]:
            missing.append(f"agreement {pk}: title {agreement.title!r}, last saved {titles[-1]!r}")
        history = set(agreement.history.values_list("title", flat=True))
        missing += [f"agreement {pk}: saved {t!r} not in its history" for t in titles if t not in history]
    saves = sum(len(t) for t in soak.acknowledged.values())
    restarted = sorted(set(workers) - set(alive))

    total = sum(len(v) for v in soak.latency.values())
    figures = {
        "database": database_url.split("://")[0],
        "minutes": round(elapsed / 60, 1),
        "clients": args.clients,
        "agreements": len(agreement_ids),
        "requests": total,
        "requests_per_second": round(total / elapsed, 1),
        "errors": len(soak.errors),
        "acknowledged_saves": saves,
        "saves_missing": len(missing),
        "workers_restarted": len(restarted),
        "rss_mb_start": {str(p): round(v, 1) for p, v in rss_start.items()},
        "rss_mb_end": {str(p): round(v, 1) for p, v in rss_end.items()},
        "rss_samples": samples,
        "latency_ms": {
            kind: {
                "n": len(v),
                "median": round(statistics.median(v) * 1000),
                "p95": round(sorted(v)[max(0, math.ceil(len(v) * 0.95) - 1)] * 1000),
                "max": round(max(v) * 1000),
            }
            for kind, v in sorted(soak.latency.items())
        },
    }
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=1))
    flat = all(rss_end.get(p, 1e9) - rss_start[p] <= args.rss_slack for p in rss_start)
    for line in soak.errors[:20] + missing[:20]:
        print("  ", line)
    verdict = not soak.errors and not missing and flat and not restarted
    print(f"soak {'passed' if verdict else 'FAILED'}: {len(soak.errors)} errors, {saves} saves acknowledged, "
          f"{len(missing)} missing, memory {'flat' if flat else 'GREW'} (gunicorn log: {tmp / 'gunicorn.log'})")
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())

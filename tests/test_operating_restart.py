"""Faults under a running gunicorn: the database goes away and comes back under the workers' kept
connections (CONN_MAX_AGE), and the first request on each of them must not be a 500.

PostgreSQL: a private cluster (initdb in a temporary directory, on a free port; the shared server
is never touched) is restarted with `pg_ctl restart` under gunicorn.
SQLite has no server to restart; its equivalent is the file changing under the open connections,
which is what `manage.py restore` does while the site runs: each worker must then serve the restored
data, not a 500 and not its old view.
Each database's test is collected only in the run on that database (so nothing is skipped).
"""

import os
import pwd
import shutil
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
from django.db import connection

from tests.operating_support import Gunicorn, free_port, manage, production_env

ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
PG_BIN = Path("/usr/lib/postgresql/15/bin")
# A page that reads every agreement and needs no collected static files.
PAGE = "/agreements/export.csv"


def both_workers_answer(server, path, seconds=120):
    """Request `path` on new connections until each of the two workers has answered once;
    returns {pid: [statuses]} of the requests made here.

    Bounded by time, not by a count of requests: gunicorn listens as soon as its first worker is
    up, and a second worker still importing the project on a busy machine takes no connection for
    seconds while the first answers them all (a CI run failed so: 60 requests, all to one worker)."""
    seen_before = len(server.served())
    answered = {}
    deadline = time.monotonic() + seconds
    while len(answered) < 2 and time.monotonic() < deadline:
        status, _, _ = server.get(path)
        lines = server.wait_for_log(seen_before + 1)
        seen_before = len(lines)
        pid, _, _, logged = lines[-1]
        assert logged == status
        answered.setdefault(pid, []).append(status)
        time.sleep(0.05)  # let a worker that has just answered fall behind the other in accept()
    assert len(answered) == 2, f"only worker(s) {list(answered)} answered in {seconds} s:\n{server.errors()[-2000:]}"
    return answered


class Cluster:
    """A throwaway PostgreSQL 15 cluster on a free port, owned by the `postgres` user when the
    tests run as root (PostgreSQL refuses to run as root)."""

    def __init__(self):
        # Not under pytest's tmp_path: its parents are private to root, and postgres must reach it.
        self.dir = Path(tempfile.mkdtemp(prefix="hyeopyak-pg-"))
        self.port = free_port()
        self.as_user = []
        if os.geteuid() == 0:
            self.as_user = ["runuser", "-u", "postgres", "--"]
            owner = pwd.getpwnam("postgres")
            os.chown(self.dir, owner.pw_uid, owner.pw_gid)
        self.data = self.dir / "data"

    def run(self, *args):
        proc = subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr + proc.stdout
        return proc

    def pg_ctl(self, *args):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        return self.run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"),
                        "-o", options, "-w", "-t", "60", *args)

    def __enter__(self):
        self.run(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "root",
                 "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self.pg_ctl("start")
        return self

    def __exit__(self, *exc):
        subprocess.run([*self.as_user, str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                        "-w", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, name):
        return f"postgres://root@127.0.0.1:{self.port}/{name}"


if ON_POSTGRES:

    @pytest.mark.django_db
    def test_a_postgresql_restart_under_gunicorn_costs_no_request(tmp_path):
        """Both workers hold a connection; the server restarts; the next request on each worker
        reconnects (CONN_HEALTH_CHECKS) instead of failing on the dead one."""
        with Cluster() as cluster:
            with psycopg.connect(cluster.url("postgres"), autocommit=True) as admin:
                admin.execute("CREATE DATABASE hyeopyak")
            # The schema of the migrated test database, copied (faster than running every migration).
            schema = subprocess.run(
                ["pg_dump", "--schema-only", "--no-owner", "--no-privileges", connection.settings_dict["NAME"]],
                env={**os.environ, "PGHOST": connection.settings_dict["HOST"] or "127.0.0.1",
                     "PGPORT": str(connection.settings_dict["PORT"] or 5432),
                     "PGUSER": connection.settings_dict["USER"] or "root"},
                capture_output=True, text=True, check=True,
            ).stdout
            with psycopg.connect(cluster.url("hyeopyak"), autocommit=True) as db:
                # pg_dump ≥ 15.14 brackets its output in psql's \restrict meta-commands.
                db.execute("\n".join(line for line in schema.splitlines() if not line.startswith("\\")))

            env = production_env(DATABASE_URL=cluster.url("hyeopyak"), CONN_MAX_AGE=600)
            with Gunicorn(env, tmp_path, workers=2) as server:
                before = both_workers_answer(server, PAGE)
                assert all(s == [200] * len(s) for s in before.values()), before

                cluster.pg_ctl("restart", "-m", "fast")

                after = both_workers_answer(server, PAGE)
                assert {pid: statuses[0] for pid, statuses in after.items()} == dict.fromkeys(after, 200)
                assert "Traceback" not in server.errors()

else:

    def copy_of_the_test_database(path):
        """The migrated (in-memory) test database written to a file, through SQLite's backup API."""
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()

    @pytest.mark.django_db(transaction=True)
    def test_a_restore_under_gunicorn_is_served_by_every_worker(tmp_path):
        """SQLite: `manage.py restore` rewrites the file under the workers' open connections; the
        next request on each serves the restored rows, and none is a 500."""
        from agreements.models import Agreement

        copy_of_the_test_database(tmp_path / "empty.sqlite3")
        Agreement.objects.create(title="복원 전에만 있던 협약")
        database = tmp_path / "live.sqlite3"
        copy_of_the_test_database(database)
        env = production_env(DATABASE_URL=f"sqlite:///{database}", CONN_MAX_AGE=600)

        with Gunicorn(env, tmp_path, workers=2) as server:
            before = both_workers_answer(server, PAGE)
            assert all(set(s) == {200} for s in before.values()), before
            assert "복원 전에만 있던 협약" in server.get(PAGE)[2].decode("utf-8-sig")

            manage(env, "restore", "--noinput", str(tmp_path / "empty.sqlite3"))

            pages = {}
            for _ in range(60):
                status, _, body = server.get(PAGE)
                pid = server.wait_for_log(len(server.served()) + 1)[-1][0]
                assert status == 200
                pages.setdefault(pid, body.decode("utf-8-sig"))
                if len(pages) == 2:
                    break
            assert len(pages) == 2
            assert not any("복원 전에만 있던 협약" in page for page in pages.values())
            assert "Traceback" not in server.errors()

"""Two ingests at once, as two `manage.py ingest` processes: the database keeps one row per thing.

The processes load extraction JSON (no Kiwi), wait at a barrier so that they really write at the
same time, and write to a database both can reach: the test database on PostgreSQL, a file on
SQLite (the test database there lives in this process's memory).
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.django_db(transaction=True)

DRIVER = """
import os, sys, time, pathlib
sys.path.insert(0, os.getcwd())
import django
django.setup()
from django.core.management import execute_from_command_line
pathlib.Path(sys.argv[2]).touch()
while not pathlib.Path(sys.argv[1]).exists():
    time.sleep(0.005)
execute_from_command_line(["manage.py", "ingest", *sys.argv[3:]])
"""

COMPANIES = ["새솔전자", "푸른물산", "다온대학교", "한빛테크노파크", "누리바이오", "가온건설"]


def batch(folder, name, count, shared=("한빛시", "한빛상공회의소")):
    """`count` extraction files, every agreement naming the `shared` bodies and a company."""
    paths = []
    for n in range(count):
        articles = []
        for position in range(3):
            agreements = []
            for index in range(2):
                company = COMPANIES[(n + position + index) % len(COMPANIES)]
                agreements.append(
                    {
                        "title": f"{name} {n}-{position}-{index} {company} 업무협약",
                        "kind": "mou",
                        "parties": [{"name": body, "role": "party"} for body in [*shared, f"㈜{company}"]],
                        "budgets": [{"text": f"{n + 1}억원", "amount_krw": (n + 1) * 100_000_000}],
                    }
                )
            articles.append({"headline": "업무협약 체결", "text": "…", "agreements": agreements})
        data = {
            "file": f"{name}-{n}.txt",
            "sha256": hashlib.sha256(f"{name}-{n}".encode()).hexdigest(),
            "articles": articles,
        }
        path = folder / f"{name}-{n}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def migrated_sqlite(tmp_path_factory):
    """A migrated SQLite file, made once for the module (each test works on a copy)."""
    path = tmp_path_factory.mktemp("concurrent") / "migrated.sqlite3"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "DATABASE_URL": f"sqlite:///{path}"}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"], env=env, cwd=ROOT, check=True, timeout=300
    )
    return path


@pytest.fixture
def database(request, tmp_path, transactional_db):
    """(environment for the processes, a function that runs SQL on the same database)."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    if connection.vendor == "sqlite":
        path = tmp_path / "shared.sqlite3"
        shutil.copy(request.getfixturevalue("migrated_sqlite"), path)
        env["DATABASE_URL"] = f"sqlite:///{path}"

        def query(sql):
            with sqlite3.connect(path) as db:
                return db.execute(sql).fetchall()
    else:
        settings = connection.settings_dict
        env["DATABASE_URL"] = (
            f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
            f"/{settings['NAME']}"
        )

        def query(sql):
            with connection.cursor() as cursor:
                cursor.execute(sql)
                return cursor.fetchall()

    return env, query


def run_together(env, tmp_path, *file_lists):
    """Start one ingest process per list of files, release them at once; their CompletedProcess-es."""
    barrier = tmp_path / "go"
    barrier.unlink(missing_ok=True)
    procs = []
    for i, files in enumerate(file_lists):
        ready = tmp_path / f"ready-{i}"
        ready.unlink(missing_ok=True)
        command = [sys.executable, "-c", DRIVER, str(barrier), str(ready), *map(str, files)]
        proc = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        procs.append((proc, ready))
    deadline = time.monotonic() + 300
    while not all(ready.exists() for _, ready in procs):
        assert time.monotonic() < deadline, "the ingest processes did not start"
        assert all(proc.poll() is None for proc, _ in procs), [proc.communicate() for proc, _ in procs]
        time.sleep(0.01)
    barrier.touch()
    results = []
    for proc, _ in procs:
        out, err = proc.communicate(timeout=300)
        results.append((proc.returncode, out, err))
    return results


def assert_clean(results):
    """Each process either loaded its batch or named each document it could not save, one line each
    (keeping the others: each document is saved in its own transaction); never a traceback."""
    for code, _, err in results:
        assert "Traceback" not in err, err
        if code != 0:
            lines = err.strip().splitlines()
            assert lines[-1].startswith("CommandError: "), err
            assert all(".json: " in line or "개를 저장하지 못했습니다" in line for line in lines), err


def assert_no_duplicates(query):
    assert (
        query("SELECT sha256, COUNT(*) FROM agreements_sourcedocument GROUP BY sha256 HAVING COUNT(*) > 1")
        == []
    )
    assert (
        query("SELECT source_key, COUNT(*) FROM agreements_agreement GROUP BY source_key HAVING COUNT(*) > 1")
        == []
    )
    assert (
        query(
            "SELECT normalized_name, COUNT(*) FROM people_organization GROUP BY normalized_name HAVING COUNT(*) > 1"
        )
        == []
    )


def test_two_ingests_of_the_same_batch_at_once_make_no_duplicates(database, tmp_path):
    """The second process sees the first one's rows as unchanged, or names what it could not save and
    a rerun completes."""
    env, query = database
    files = batch(tmp_path, "same", 4)

    results = run_together(env, tmp_path, files, files)

    assert_clean(results)
    assert any(code == 0 for code, _, _ in results)
    # each document is saved in its own transaction, so the two processes may share the batch: each
    # document is created by one of them, and the other finds it, with its agreements, unchanged
    for _, out, _ in results:
        for line in out.splitlines():
            if "document: 0 created" in line:
                assert "agreement: 0 created, 0 updated, 6 unchanged" in line, line
    if all(code == 0 for code, _, _ in results):
        created = [line.split(":")[0] for _, out, _ in results for line in out.splitlines() if "document: 1 created" in line]
        assert sorted(created) == sorted(path.name for path in files)
    if any(code != 0 for code, _, _ in results):
        [(code, out, err)] = run_together(env, tmp_path, files)
        assert code == 0, err
        assert out.count("document: 0 created, 0 updated, 1 unchanged") == 4
    assert query("SELECT COUNT(*) FROM agreements_sourcedocument") == [(4,)]
    assert query("SELECT COUNT(*) FROM agreements_agreement") == [(24,)]
    assert query("SELECT COUNT(*) FROM people_organization") == [(2 + len(COMPANIES),)]
    assert_no_duplicates(query)


def test_two_ingests_of_different_documents_naming_the_same_new_bodies_share_them(database, tmp_path):
    """Two batches that both name bodies nobody has seen yet both load, with one row per body."""
    env, query = database

    results = run_together(env, tmp_path, batch(tmp_path, "left", 3), batch(tmp_path, "right", 3))

    assert_clean(results)
    if any(code != 0 for code, _, _ in results):
        failed = [files for files, (code, _, _) in zip(["left", "right"], results, strict=True) if code != 0]
        for name in failed:
            [(code, _, err)] = run_together(env, tmp_path, sorted(tmp_path.glob(f"{name}-*.json")))
            assert code == 0, err
    assert query("SELECT COUNT(*) FROM agreements_sourcedocument") == [(6,)]
    assert query("SELECT COUNT(*) FROM agreements_agreement") == [(36,)]
    assert query("SELECT COUNT(*) FROM people_organization") == [(2 + len(COMPANIES),)]
    assert_no_duplicates(query)

"""Faults: `manage.py ingest` killed with SIGKILL half-way through a batch (inside the second
document, after the first was written) keeps the documents saved before it, whole, and nothing of
the one it was saving; running the same batch again completes it, once. Real process, real SIGKILL,
on the suite's database. On PostgreSQL with --jobs 2 the worker saving is killed instead: the
others are stopped, the command names the documents it could not vouch for, and a rerun completes."""

import copy
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db(transaction=True)

# Runs `ingest` with a hook that SIGKILLs the process saving at the first agreement row of the second
# document it saves, i.e. after its first document was committed. The hook is set when the module
# is imported, so a worker process (started by a forkserver that imports the main module) has it too.
KILL_INSIDE_SECOND_DOCUMENT = """
import os, signal, sys
sys.path.insert(0, os.getcwd())
from django.db.backends import utils

documents = 0
_execute = utils.CursorWrapper.execute

def execute(self, sql, params=None):
    global documents
    result = _execute(self, sql, params)
    statement = sql.lstrip().upper()
    if statement.startswith('INSERT INTO "AGREEMENTS_SOURCEDOCUMENT"'):
        documents += 1
    elif statement.startswith('INSERT INTO "AGREEMENTS_AGREEMENT"') and documents == 2:
        sys.stdout.write("killing\\n"); sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return result

utils.CursorWrapper.execute = execute

if __name__ == "__main__":
    from django.core.management import execute_from_command_line
    execute_from_command_line(["manage.py", "ingest", *sys.argv[1:]])
"""

TABLES = ["agreements_sourcedocument", "agreements_article", "agreements_agreement", "agreements_participation",
          "agreements_budget", "people_organization"]


def batch(tmp_path, sample_extraction, count=3):
    """`count` distinct documents (the sample page with its own headlines, titles and hash)."""
    paths = []
    for n in range(1, count + 1):
        document = copy.deepcopy(sample_extraction)
        document["file"] = f"page-{n}.txt"
        document["sha256"] = hashlib.sha256(f"page {n}".encode()).hexdigest()
        for article in document["articles"]:
            article["headline"] = f"{article.get('headline') or ''} ({n}면)"
            for agreement in article.get("agreements", []):
                agreement["title"] = f"{agreement.get('title') or '협약'} ({n}면)"
        path = tmp_path / f"page-{n}.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture
def database(tmp_path):
    """(DATABASE_URL for the subprocess, a function counting rows of a table there)."""
    if connection.vendor == "sqlite":  # the in-memory test database, copied to a file
        path = tmp_path / "faults.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()

        def count(table):
            db = sqlite3.connect(path)
            try:
                return db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            finally:
                db.close()

        return f"sqlite:///{path}", count
    settings = connection.settings_dict
    url = (f"postgres://{settings['USER'] or 'root'}@{settings['HOST'] or '127.0.0.1'}:"
           f"{settings['PORT'] or 5432}/{settings['NAME']}")

    def count(table):
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            return cursor.fetchone()[0]

    return url, count


def run(database_url, *args):
    env = {"PATH": os.environ["PATH"], "DEBUG": "1", "DATABASE_URL": database_url,
           "DJANGO_SETTINGS_MODULE": "config.settings"}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


JOBS = [["--jobs", "1"], ["--jobs", "2"]] if connection.vendor == "postgresql" else [["--jobs", "1"]]


@pytest.mark.parametrize("jobs", JOBS)
def test_sigkill_inside_a_batch_keeps_whole_documents_and_a_rerun_completes_it(tmp_path, sample_extraction, database, jobs):
    database_url, count = database
    files = batch(tmp_path, sample_extraction, count=4)
    per_document = sum(len(article.get("agreements") or []) for article in sample_extraction["articles"])
    before = {table: count(table) for table in TABLES}
    driver = tmp_path / "kill_inside_second_document.py"
    driver.write_text(KILL_INSIDE_SECOND_DOCUMENT, encoding="utf-8")

    killed = run(database_url, str(driver), *files, *jobs)
    assert "killing" in killed.stdout, killed.stderr
    if jobs == ["--jobs", "1"]:
        assert killed.returncode == -signal.SIGKILL, killed.stderr
    else:  # the parent names what it could not vouch for, on one line each
        assert killed.returncode == 1, killed.stderr
        assert "Traceback" not in killed.stderr
        assert "작업 프로세스가 멈춰 저장되지 않았을 수 있습니다" in killed.stderr
    documents = count("agreements_sourcedocument") - before["agreements_sourcedocument"]
    assert 1 <= documents < 4  # the first document of the process killed was kept
    assert count("agreements_agreement") - before["agreements_agreement"] == documents * per_document  # whole

    rerun = run(database_url, "manage.py", "ingest", *files, *jobs)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.count("document: 1 created") == 4 - documents
    assert count("agreements_sourcedocument") == before["agreements_sourcedocument"] + 4
    assert count("agreements_agreement") - before["agreements_agreement"] == 4 * per_document
    after = {table: count(table) for table in TABLES}

    again = run(database_url, "manage.py", "ingest", *files, *jobs)
    assert again.returncode == 0, again.stderr
    assert {table: count(table) for table in TABLES} == after  # nothing twice

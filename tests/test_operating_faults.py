"""Faults: `manage.py ingest` killed with SIGKILL half-way through a batch (inside the second
document, after the first was written) leaves nothing of the batch behind, and running the same
batch again completes it, once. Real process, real SIGKILL, on the suite's database."""

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

# Runs `ingest` with a hook that SIGKILLs the process at the first agreement row of the second
# document, i.e. after the first document's rows were written inside the same transaction.
KILL_INSIDE_SECOND_DOCUMENT = """
import os, signal, sys, django
django.setup()
from django.core.management import call_command
from django.db import connection

documents = 0
def kill_in_second(execute, sql, params, many, context):
    global documents
    result = execute(sql, params, many, context)
    statement = sql.lstrip().upper()
    if statement.startswith('INSERT INTO "AGREEMENTS_SOURCEDOCUMENT"'):
        documents += 1
    elif statement.startswith('INSERT INTO "AGREEMENTS_AGREEMENT"') and documents == 2:
        sys.stdout.write("killing\\n"); sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return result

with connection.execute_wrapper(kill_in_second):
    call_command("ingest", *sys.argv[1:])
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


def test_sigkill_inside_a_batch_leaves_nothing_and_a_rerun_completes_it(tmp_path, sample_extraction, database):
    database_url, count = database
    files = batch(tmp_path, sample_extraction)
    before = {table: count(table) for table in TABLES}

    killed = run(database_url, "-c", KILL_INSIDE_SECOND_DOCUMENT, *files)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert "killing" in killed.stdout
    assert {table: count(table) for table in TABLES} == before  # not the first document either

    rerun = run(database_url, "manage.py", "ingest", *files)
    assert rerun.returncode == 0, rerun.stderr
    assert count("agreements_sourcedocument") == before["agreements_sourcedocument"] + 3
    agreements = count("agreements_agreement") - before["agreements_agreement"]
    assert agreements > 0 and agreements % 3 == 0  # each of the three copies made its agreements
    after = {table: count(table) for table in TABLES}

    again = run(database_url, "manage.py", "ingest", *files)
    assert again.returncode == 0, again.stderr
    assert {table: count(table) for table in TABLES} == after  # nothing twice

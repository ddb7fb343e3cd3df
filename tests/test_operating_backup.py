"""Backups (README "Operating it"): `manage.py backup` and `manage.py restore` round-trip every row
exactly (microseconds of every timestamp included), on PostgreSQL (pg_dump/pg_restore) and SQLite
(its backup API), into a fresh database and over a changed one."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from agreements.loader import load_extraction
from agreements.models import Agreement

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db(transaction=True)


def manage(database_url, *args):
    env = {"PATH": os.environ["PATH"], "DEBUG": "1", "DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def rows(cursor, tables):
    """Every row of every table, in primary-key order, and (PostgreSQL) every sequence's position."""
    found = {}
    for table in tables:
        cursor.execute(f'SELECT * FROM "{table}" ORDER BY 1')
        found[table] = cursor.fetchall()
    if connection.vendor == "postgresql":
        cursor.execute("SELECT sequencename, last_value FROM pg_sequences ORDER BY 1")
        found["sequences"] = cursor.fetchall()
    return found


def source_rows():
    """The test database's rows, read as the restored one is (psycopg/sqlite3 without Django's
    own type adapters, which return jsonb as text)."""
    tables = connection.introspection.table_names()
    if connection.vendor == "postgresql":
        with psycopg.connect(server_url() + "/" + connection.settings_dict["NAME"]) as db:
            return tables, rows(db.cursor(), tables)
    with connection.cursor() as cursor:
        return tables, rows(cursor, tables)


def server_url():
    settings = connection.settings_dict
    return f"postgres://{settings['USER'] or 'root'}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"


@pytest.fixture
def fresh_database(tmp_path):
    """(DATABASE_URL, a function returning its rows) of an empty database of the suite's kind."""
    if connection.vendor == "sqlite":
        path = tmp_path / "restored.sqlite3"

        def read(tables):
            # The converters Django's connection uses, so both sides read as the same Python values.
            db = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
            try:
                return rows(db.cursor(), tables)
            finally:
                db.close()

        yield f"sqlite:///{path}", read
        return

    name = f"{connection.settings_dict['NAME']}_restore"
    server = server_url()
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')

    def read(tables):
        with psycopg.connect(f"{server}/{name}") as db:
            return rows(db.cursor(), tables)

    yield f"{server}/{name}", read
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restores_every_row_exactly_into_a_fresh_database(tmp_path, sample_extraction, fresh_database):
    load_extraction(sample_extraction)
    agreement = Agreement.objects.order_by("pk").first()
    agreement.title = "사람이 고친 제목"
    agreement.save()
    tables, before = source_rows()
    assert sum(len(v) for v in before.values()) > 50

    backup = tmp_path / "hyeopyak.backup"
    call_command("backup", str(backup))
    database_url, read = fresh_database
    restored = manage(database_url, "restore", "--noinput", str(backup))
    assert restored.returncode == 0, restored.stderr

    assert read(tables) == before

    # Again over the restored database after a change there: the backup's state comes back.
    if connection.vendor == "postgresql":
        with psycopg.connect(database_url, autocommit=True) as db:
            db.execute("DELETE FROM agreements_commitment")
    else:
        db = sqlite3.connect(database_url.removeprefix("sqlite:///"))
        db.execute("DELETE FROM agreements_commitment")
        db.commit()
        db.close()
    assert manage(database_url, "restore", "--noinput", str(backup)).returncode == 0
    assert read(tables) == before


def test_a_file_that_is_not_a_backup_is_refused_and_changes_nothing(tmp_path, sample_extraction):
    load_extraction(sample_extraction)
    tables, before = source_rows()
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("협약 목록\n", encoding="utf-8")

    with pytest.raises(Exception) as refused:
        call_command("restore", str(not_a_backup), interactive=False)
    assert "notes.txt" in str(refused.value)
    assert "\n" not in str(refused.value).strip()
    assert source_rows()[1] == before


def test_backup_refuses_a_missing_directory(tmp_path):
    with pytest.raises(Exception, match="디렉터리가 없습니다"):
        call_command("backup", str(tmp_path / "nowhere" / "x.backup"))

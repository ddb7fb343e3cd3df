"""SQLite under several gunicorn workers: two transactions that read and then write must queue,
not fail. bench/soak.py found an admin save answered with 500 "database is locked": with SQLite's
default deferred transactions, the second writer holds a read lock the first needs to commit, so
SQLite refuses it at once instead of waiting. (Runs in both suites: it uses its own SQLite file.)"""

import os
import runpy
import threading
import time
from pathlib import Path

from django.db.backends.sqlite3.base import DatabaseWrapper
from django.db.utils import ConnectionHandler

SETTINGS = Path(__file__).resolve().parent.parent / "config" / "settings.py"


def sqlite_settings(monkeypatch, path):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setenv("SECRET_KEY", os.environ.get("SECRET_KEY", "tests"))
    configured = runpy.run_path(str(SETTINGS))["DATABASES"]
    return ConnectionHandler().configure_settings(configured)["default"]


def wrapper_for(settings_dict, name):
    return DatabaseWrapper(dict(settings_dict), alias=name)


def read_then_write(settings_dict, name, pause, started, results):
    wrapper = wrapper_for(settings_dict, name)
    try:
        wrapper.ensure_connection()
        wrapper._start_transaction_under_autocommit()  # what transaction.atomic() runs
        with wrapper.cursor() as cursor:
            cursor.execute("SELECT total FROM counter")
            (total,) = cursor.fetchone()
            started.set()
            time.sleep(pause)
            cursor.execute("UPDATE counter SET total = %s", [total + 1])
        wrapper.commit()
        results[name] = "saved"
    except Exception as exc:  # noqa: BLE001 - the outcome is the assertion
        results[name] = f"{type(exc).__name__}: {exc}"
        started.set()
    finally:
        wrapper.close()


def test_two_workers_saving_at_once_both_succeed_in_turn(monkeypatch, tmp_path, django_db_blocker):
    settings_dict = sqlite_settings(monkeypatch, tmp_path / "shared.sqlite3")
    with django_db_blocker.unblock():
        run_both(settings_dict)


def run_both(settings_dict):
    setup = wrapper_for(settings_dict, "setup")
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE counter (total integer)")
        cursor.execute("INSERT INTO counter VALUES (0)")
    setup.close()

    results = {}
    first_in = threading.Event()
    first = threading.Thread(target=read_then_write, args=(settings_dict, "first", 0.5, first_in, results))
    second = threading.Thread(
        target=read_then_write, args=(settings_dict, "second", 0, threading.Event(), results)
    )
    first.start()
    first_in.wait(10)
    second.start()
    first.join(30)
    second.join(30)

    assert results == {"first": "saved", "second": "saved"}
    check = wrapper_for(settings_dict, "check")
    with check.cursor() as cursor:
        cursor.execute("SELECT total FROM counter")
        assert cursor.fetchone() == (2,)  # the second read after the first's write: no lost update
    check.close()

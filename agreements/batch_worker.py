"""What a worker process of `manage.py ingest --jobs N` runs when it saves what it reads
(batch.saves_in_workers: PostgreSQL): Django set up once, on the parent's database, then one file at a
time read, extracted and saved in its own transaction (batch.ingest_file).

Nothing from Django or the project is imported at the top: the pool names these functions by module
when it starts a process, before Django is set up there.
"""

import os
import threading
import time


def start(database, parent):
    """Set Django up in this process and point it at the parent's database (its settings may name
    another: a test run's database is named at run time); end this process when the parent (the
    command, `parent` its pid) is gone."""
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()
    from django.db import connections

    connections["default"].close()  # nothing inherited: this process opens its own connection
    connections["default"].settings_dict.update(database)
    threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent):
    """A worker whose command was killed would otherwise wait for work forever (it holds its own queue's
    write end, so it never reads an end of file), keeping ~520 MB and a database connection. Leaving
    at once drops the connection, so PostgreSQL rolls back the document it was saving."""
    while True:
        time.sleep(1)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)


def ingest(path, published, dry_run):
    """(summary, refusal) of one file, as plain strings: nothing else crosses back to the parent."""
    from .batch import ingest_file

    outcome = ingest_file(path, published, dry_run=dry_run)
    return outcome.summary, outcome.refusal

"""`manage.py ingest --jobs N`: files read in N processes (on PostgreSQL also saved there, each
document in its own transaction), with the same rows as one process; documents that name the same
new bodies at the same moment share one row each. The tests commit (transaction=True): on
PostgreSQL the workers' own connections write, outside any test transaction."""

import hashlib
import io
import json
import multiprocessing
import os
import subprocess
import sys
import threading
import time

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from agreements.models import Agreement, SourceDocument
from people.models import Membership, Organization, Person
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db(transaction=True)

CORPUS = ROOT / "bench" / "corpus"
FILES = [CORPUS / "a1.txt", CORPUS / "a2.txt", ROOT / "fixtures" / "jeonju-daily-page.json"]


def rows():
    """What the import saved, without ids or timestamps."""
    agreements = [
        (
            a.title, a.kind, a.status, a.signed_on, a.due_on, a.article.headline, a.article.document.sha256,
            sorted((p.organization.name, p.role, p.signatory.name if p.signatory else "") for p in a.participations.all()),
            sorted(b.amount_krw for b in a.budgets.all()),
            sorted((t.description, t.due_on, str(t.value), t.unit) for t in a.targets.all()),
            sorted(c.text for c in a.commitments.all()),
        )
        for a in Agreement.objects.all()
    ]
    return (
        sorted(agreements, key=repr),
        sorted(SourceDocument.objects.values_list("file_name", "sha256", "raw_text")),
        sorted(Organization.objects.values_list("name", flat=True)),
        sorted(Person.objects.values_list("name", flat=True)),
    )


def ingest(*args):
    out = io.StringIO()
    call_command("ingest", *map(str, FILES), "--published", "2026-03-06", *args, stdout=out)
    return out.getvalue()


def forget_everything():
    Agreement.objects.all().delete()
    SourceDocument.objects.all().delete()
    Membership.objects.all().delete()
    Person.objects.all().delete()
    Organization.objects.all().delete()


def test_two_processes_save_the_same_rows_as_one():
    said_by_one = ingest("--jobs", "1")
    saved_by_one = rows()
    forget_everything()

    said_by_two = ingest("--jobs", "2")

    assert Agreement.objects.count() >= 6
    assert rows() == saved_by_one
    assert said_by_two == said_by_one


def test_a_refused_file_among_processes_is_named_and_the_others_are_kept(tmp_path, capsys):
    """Each bad file is named with its reason, in the order given, as with one process; the good one
    is saved, the workers stop, and the batch run again saves nothing twice."""
    scan = tmp_path / "scan.txt"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")

    with pytest.raises(CommandError, match="문서 2개를 저장하지 못했습니다"):
        call_command("ingest", str(FILES[-1]), str(scan), str(empty), "--jobs", "2")

    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("scan.txt: PNG") and err[1].startswith("empty.txt: ")
    assert SourceDocument.objects.count() == 1
    assert Agreement.objects.count() == 4
    assert multiprocessing.active_children() == []
    with pytest.raises(CommandError):
        call_command("ingest", str(FILES[-1]), str(scan), "--jobs", "2")
    assert "agreement: 0 created, 0 updated, 4 unchanged" in capsys.readouterr().out
    assert (SourceDocument.objects.count(), Agreement.objects.count()) == (1, 4)


def test_with_atomic_a_refusal_after_saved_documents_undoes_them(tmp_path):
    """--atomic: documents are saved while later ones are still being read; a later refusal undoes them all."""
    scan = tmp_path / "scan.txt"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)

    with pytest.raises(CommandError, match="scan.txt: PNG"):
        call_command("ingest", *map(str, FILES), str(scan), "--jobs", "2", "--atomic")

    assert not SourceDocument.objects.exists()
    assert not Agreement.objects.exists()
    assert multiprocessing.active_children() == []


def test_it_takes_only_a_positive_number_of_processes():
    with pytest.raises(CommandError, match="1 이상의 정수"):
        call_command("ingest", str(FILES[0]), "--jobs", "0")


def extraction_naming(tmp_path, name, *agreements):
    """An extraction file of one article whose agreements each name the parties given, in that order
    (a name, or a (name, alias) pair), the first party with its head '한가람'."""

    def agreement(index, bodies):
        parties = [[body] if isinstance(body, str) else list(body) for body in bodies]
        return {
            "title": f"{name} 상생 업무협약 {index}",
            "parties": [{"name": body, "role": "party", "aliases": aliases} for body, *aliases in parties],
            "people": [{"name": "한가람", "title": "대표", "org": parties[0][0]}],
        }

    data = {
        "file": f"{name}.txt",
        "sha256": hashlib.sha256(name.encode()).hexdigest(),
        "articles": [
            {
                "headline": f"{name} 업무협약",
                "text": "…",
                "agreements": [agreement(index, bodies) for index, bodies in enumerate(agreements)],
            }
        ],
    }
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def waiting_on_locks():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def ingest_while_held(held, files, end):
    """`ingest --jobs 2` of `files` while another transaction creates the bodies `held`; once both
    workers wait for a lock, that transaction ends (`commit` or `rollback`). How many waited."""
    from people.models import Organization

    holding, release = threading.Event(), threading.Event()
    waiters = []

    def hold():
        try:
            with transaction.atomic():
                for body in held:
                    Organization(name=body).save()
                holding.set()
                release.wait(120)
                transaction.set_rollback(end == "rollback")
        finally:
            connection.close()

    def watch():
        deadline = time.monotonic() + 120
        while waiting_on_locks() < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        waiters.append(waiting_on_locks())
        release.set()
        connection.close()

    holder, watcher = threading.Thread(target=hold), threading.Thread(target=watch)
    holder.start()
    assert holding.wait(60)
    watcher.start()
    try:
        call_command("ingest", *map(str, files), "--jobs", "2")
    finally:
        release.set()
        holder.join(60)
        watcher.join(60)
    return waiters


if connection.vendor == "postgresql":

    @pytest.mark.parametrize(
        ("held", "first", "second", "end"),
        [
            # Both workers wait for a body another transaction is creating, which then commits:
            # each reads that row instead of making its own.
            (["누리솔라"], ["누리솔라", "가온시"], ["누리솔라", "가온시"], "commit"),
            # Two bodies held, each worker waiting for another one first; the holder gives up, so each
            # worker creates the one it waited for and then waits for the other's: a deadlock, which
            # PostgreSQL ends by failing one document, and that document is saved again.
            (["누리솔라", "다온바이오"], ["누리솔라", "다온바이오"], ["다온바이오", "누리솔라"], "rollback"),
        ],
    )
    def test_workers_creating_the_same_new_bodies_at_once_make_one_row_each(tmp_path, capsys, held, first, second, end):
        from people.models import Organization

        files = [extraction_naming(tmp_path, "first", first), extraction_naming(tmp_path, "second", second)]

        assert ingest_while_held(held, files, end) == [2]

        assert sorted(Organization.objects.values_list("name", flat=True)) == sorted({*first, *second})
        assert Agreement.objects.count() == 2
        assert capsys.readouterr().out.count("document: 1 created") == 2

    def test_workers_naming_the_same_new_person_at_once_make_one(tmp_path, capsys):
        """Each document names the head of a known body first, then a body another transaction is
        creating: the second worker waits for the first's person instead of making a second one."""
        from people.models import Organization

        Organization(name="가온시").save()
        files = [
            extraction_naming(tmp_path, name, ["가온시"], ["가온시", "누리솔라"]) for name in ("first", "second")
        ]

        assert ingest_while_held(["누리솔라"], files, "commit") == [2]

        assert list(Person.objects.values_list("name", flat=True)) == ["한가람"]
        assert Membership.objects.get().organization.name == "가온시"
        assert capsys.readouterr().out.count("document: 1 created") == 2

    def test_workers_adding_aliases_to_one_body_at_once_keep_both(tmp_path):
        """Each document gives a known body an alias of its own, then names a body another
        transaction is creating: the second worker adds its alias to the row as the first left it."""
        from people.models import Organization

        Organization(name="가온시").save()
        files = [
            extraction_naming(tmp_path, "first", [("가온시", "가온특례시")], ["가온시", "누리솔라"]),
            extraction_naming(tmp_path, "second", [("가온시", "가온시청")], ["가온시", "누리솔라"]),
        ]

        assert ingest_while_held(["누리솔라"], files, "commit") == [2]

        assert sorted(Organization.objects.get(name="가온시").aliases) == ["가온시청", "가온특례시"]
        assert Organization.objects.matching("가온시청").get() == Organization.objects.matching("가온특례시").get()

    def connected_since(moment):
        """Connections to this database opened after `moment` (the database's clock), ours aside."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid() AND backend_start > %s",
                [moment],
            )
            return cursor.fetchone()[0]

    def database_clock():
        with connection.cursor() as cursor:
            cursor.execute("SELECT clock_timestamp()")
            return cursor.fetchone()[0]

    def test_killing_the_command_ends_its_workers_and_keeps_nothing_of_their_documents(tmp_path):
        """SIGKILL of `ingest --jobs 2` while both workers are inside a document: they leave too
        (before, they finished their document and then waited for work forever, ~520 MB and a
        connection each), so their documents are rolled back and no connection is left."""
        from people.models import Organization

        files = [extraction_naming(tmp_path, name, ["누리솔라", "가온시"]) for name in ("first", "second")]
        settings = connection.settings_dict
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DATABASE_URL": f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
            f"{settings['PORT'] or 5432}/{settings['NAME']}",
        }
        holding, release = threading.Event(), threading.Event()

        def hold():
            try:
                with transaction.atomic():
                    Organization(name="누리솔라").save()
                    holding.set()
                    release.wait(120)
                    transaction.set_rollback(True)
            finally:
                connection.close()

        holder = threading.Thread(target=hold)
        holder.start()
        assert holding.wait(60)
        launched = database_clock()
        command = subprocess.Popen(
            [sys.executable, "manage.py", "ingest", "--jobs", "2", *map(str, files)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 120
            while waiting_on_locks() < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
            waited = waiting_on_locks()
            command.kill()
            command.wait(30)
            time.sleep(3)  # the workers look for their command every second
        finally:
            release.set()
            holder.join(60)
        # A backend blocked on a lock notices its client is gone only when the lock is released.
        deadline = time.monotonic() + 30
        while connected_since(launched) and time.monotonic() < deadline:
            time.sleep(0.1)

        assert (waited, connected_since(launched)) == (2, 0)
        assert not SourceDocument.objects.exists()
        assert not Organization.objects.exists()

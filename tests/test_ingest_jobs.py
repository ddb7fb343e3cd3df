"""`manage.py ingest --jobs N`: text files extracted in N processes, loaded as with one."""

import io
import multiprocessing

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from agreements.models import Agreement, SourceDocument
from people.models import Membership, Organization, Person
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db

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


def test_a_refused_file_among_processes_saves_nothing(tmp_path):
    """The first bad file in the order given is named, as with one process, and nothing is saved."""
    scan = tmp_path / "scan.txt"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")

    with pytest.raises(CommandError, match="scan.txt: PNG"):
        call_command("ingest", str(FILES[-1]), str(scan), str(empty), "--jobs", "2")

    assert not SourceDocument.objects.exists()
    assert not Agreement.objects.exists()
    assert multiprocessing.active_children() == []  # the workers stopped with the refusal


def test_a_refusal_after_saved_documents_undoes_them(tmp_path):
    """Documents are saved while later ones are still being read; a later refusal undoes them all."""
    scan = tmp_path / "scan.txt"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)

    with pytest.raises(CommandError, match="scan.txt: PNG"):
        call_command("ingest", *map(str, FILES), str(scan), "--jobs", "2")

    assert not SourceDocument.objects.exists()
    assert not Agreement.objects.exists()
    assert multiprocessing.active_children() == []


def test_it_takes_only_a_positive_number_of_processes():
    with pytest.raises(CommandError, match="1 이상의 정수"):
        call_command("ingest", str(FILES[0]), "--jobs", "0")

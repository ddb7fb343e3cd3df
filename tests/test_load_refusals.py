"""What the ingest command says when the database refuses a load: a lock says to run again, a
database without the tables says to migrate, anything else says what the database said. A missing
table was reported as 'another import is writing', which sends a person to wait for nothing."""

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, OperationalError, ProgrammingError

from agreements.loader import database_refusal

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (OperationalError("database is locked"), "다른 가져오기가 데이터베이스를 쓰고 있어"),
        (OperationalError("canceling statement due to lock timeout"), "다른 가져오기가 데이터베이스를 쓰고 있어"),
        (OperationalError("deadlock detected"), "다른 가져오기가 데이터베이스를 쓰고 있어"),
        (IntegrityError("duplicate key value violates unique constraint"), "같은 문서를 다른 가져오기가"),
        (ProgrammingError('relation "agreements_sourcedocument" does not exist'), "manage.py migrate"),
        (OperationalError("no such table: agreements_sourcedocument"), "manage.py migrate"),
        (OperationalError("could not write to file: No space left on device"), "No space left on device"),
    ],
)
def test_each_refusal_of_the_database_is_named_for_what_it_is(error, says):
    assert says in database_refusal(error)


def test_the_ingest_command_tells_to_migrate_a_database_without_tables(tmp_path, monkeypatch):
    document = tmp_path / "release.txt"
    document.write_text("가람시, 다온과 협약\n\n가람시는 5일 ㈜다온과 업무협약을 체결했다.\n", encoding="utf-8")

    def missing_table(*args, **kwargs):
        raise ProgrammingError('relation "agreements_sourcedocument" does not exist')

    monkeypatch.setattr("agreements.batch.load_extraction", missing_table)
    with pytest.raises(CommandError) as refused:
        call_command("ingest", str(document))

    assert "manage.py migrate" in str(refused.value)
    assert "다른 가져오기" not in str(refused.value)

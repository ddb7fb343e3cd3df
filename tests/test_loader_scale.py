"""Loading a document costs the same with 20 organisations stored as with 20,000 (issue 11)."""

import copy
import re

import factory
import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from agreements.loader import load_extraction
from people.models import Organization
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

MANY = 1500
TABLES = ("people_organization", "people_organizationkey")


def _document(sample_extraction, sha256):
    """The sample page as a document of its own, one more party in its first agreement: a body
    seen for the first time, which the loader looks for before it creates it."""
    data = copy.deepcopy(sample_extraction)
    data["sha256"] = sha256
    data["articles"][0]["agreements"][0]["parties"].append({"name": "㈜솔내들녘에너지", "role": "party"})
    return data


class _Undo(Exception):
    pass


def _rows_read():
    """Rows of the organisation tables this transaction has read so far (PostgreSQL's own count)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COALESCE(SUM(seq_tup_read + COALESCE(idx_tup_fetch, 0)), 0) FROM pg_stat_xact_user_tables"
            " WHERE relname = ANY(%s)",
            [list(TABLES)],
        )
        return cursor.fetchone()[0]


def _load(data):
    """(statements, organisation rows read) of loading `data`, then undone: each load sees the same
    database. Rows read are counted on PostgreSQL only (None on SQLite)."""
    postgres = connection.vendor == "postgresql"
    try:
        with transaction.atomic():
            before = _rows_read() if postgres else None
            with CaptureQueriesContext(connection) as queries:
                load_extraction(data)
            read = _rows_read() - before if postgres else None
            raise _Undo
    except _Undo:
        pass
    return len(queries.captured_queries), read


def _store_many_organizations():
    OrganizationFactory.create_batch(MANY, name=factory.Sequence(lambda n: f"㈜다른기업{n}"))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # as autovacuum would, so the planner knows the sizes
            cursor.execute(f"ANALYZE {', '.join(TABLES)}")


def test_loading_a_document_costs_no_more_with_many_organizations_stored(sample_extraction):
    """The same statements, and on PostgreSQL no more organisation rows read, whether 5 or 1,500
    other bodies are stored: each party is found through an index, not by reading every body."""
    load_extraction(sample_extraction)  # the page's bodies exist; the measured document names them again
    data = _document(sample_extraction, "7" * 64)
    few, read_few = _load(data)

    _store_many_organizations()
    many, read_many = _load(data)

    assert Organization.objects.count() > MANY
    assert many == few
    if read_few is not None:
        assert read_many <= read_few


@pytest.mark.parametrize("name", ["㈜전북에이아이데이터센터", "㈜솔내들녘에너지"])
def test_finding_an_organization_reads_no_table_whole(name, sample_extraction):
    """The look-up of a known body and of a new one reads a row or two through an index (PostgreSQL's
    count of rows read), and is an index search in the database's own plan (SQLite)."""
    load_extraction(sample_extraction)
    _store_many_organizations()
    lookup = Organization.objects.matching(name).order_by("id")

    if connection.vendor == "postgresql":
        before = _rows_read()
        lookup.first()
        # the key and the body, and the planner's look at its indexes' ends: a handful of 1,500
        assert _rows_read() - before <= 10
    else:
        assert not re.search(r"\bSCAN\b", lookup[:1].explain())  # a whole table; SEARCH is an index


def test_an_organization_renamed_is_found_by_its_new_names_only():
    """Keys follow the name and aliases a person edits: the old ones find nothing any more."""
    org = OrganizationFactory(name="㈜옛이름기업", aliases=["옛별칭"])
    org = Organization.objects.get(pk=org.pk)
    org.name, org.aliases = "새이름기업", ["새 별칭"]
    org.save()

    assert list(Organization.objects.matching("(주)새이름기업")) == [org]
    assert list(Organization.objects.matching("새별칭")) == [org]
    assert not Organization.objects.matching("옛이름기업", ["옛별칭"]).exists()


def test_an_organization_saved_with_its_own_keys_writes_no_key_again():
    """An edit that leaves name and aliases alone (a contact address) writes only the organisation."""
    org = Organization.objects.get(pk=OrganizationFactory(name="한빛상사", aliases=["한빛"]).pk)
    org.email = "contact@example.org"
    with CaptureQueriesContext(connection) as queries:
        org.save()

    assert not [q for q in queries.captured_queries if "people_organizationkey" in q["sql"]]
    assert list(Organization.objects.matching("한빛")) == [org]

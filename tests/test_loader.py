import copy

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from agreements.loader import LoadError, load_extraction
from agreements.models import Agreement, Budget, Commitment, Participation, SourceDocument, Target
from people.models import Membership, Organization, Person
from tests.conftest import FIXTURE
from tests.test_reimport import load_confirmed

pytestmark = pytest.mark.django_db


def row_counts():
    models = [
        Agreement,
        Participation,
        Budget,
        Target,
        Commitment,
        SourceDocument,
        Organization,
        Person,
        Membership,
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_it_loads_the_sample_page(sample_extraction):
    """Four agreements, fifteen distinct organisations and three people."""
    report = load_extraction(sample_extraction)

    assert Agreement.objects.count() == 4
    assert Organization.objects.count() == 15
    assert Person.objects.count() == 3
    assert report.counts["agreement"]["created"] == 4
    assert set(Agreement.objects.values_list("review_state", flat=True)) == {"extracted"}


def test_it_reports_a_second_load_as_unchanged(sample_extraction):
    """Loading the same document twice changes nothing and says so."""
    load_extraction(sample_extraction)
    before = row_counts()

    report = load_extraction(copy.deepcopy(sample_extraction))

    assert row_counts() == before
    assert report.total("created") == 0
    assert report.total("updated") == 0
    assert report.counts["agreement"]["unchanged"] == 4


def test_it_merges_legal_form_spellings_into_one_organization(sample_extraction):
    """'㈜전북에이아이데이터센터' and '전북에이아이데이터센터' end as one organisation."""
    load_extraction(sample_extraction)

    matches = Organization.objects.matching("전북에이아이데이터센터")
    assert matches.count() == 1
    assert Organization.objects.matching("㈜전북에이아이데이터센터").get() == matches.get()
    assert Organization.objects.matching("(주) BAIDC").get() == matches.get()


def test_it_reuses_an_organization_from_another_document(sample_extraction):
    """A second document naming '(주)전북에이아이데이터센터' adds no organisation."""
    load_extraction(sample_extraction)
    other = {
        "file": "other.txt",
        "articles": [
            {
                "headline": "새 협약",
                "is_agreement": True,
                "agreements": [
                    {
                        "title": "후속 협약",
                        "kind": "mou",
                        "parties": [{"name": "(주)전북에이아이데이터센터", "kind": "company"}],
                    }
                ],
            }
        ],
    }
    before = Organization.objects.count()

    load_extraction(other)

    assert Organization.objects.count() == before


def test_it_leaves_no_rows_behind_when_loading_fails_half_way(sample_extraction):
    """A bad value in the last article rolls back everything written before it."""
    broken = copy.deepcopy(sample_extraction)
    broken["articles"][3]["agreements"][0]["targets"][0]["due"] = "언젠가"

    with pytest.raises(LoadError, match="언젠가"):
        load_extraction(broken)

    assert all(count == 0 for count in row_counts().values())


def test_it_refuses_a_negative_budget_before_writing(sample_extraction):
    """A budget below zero is a clear LoadError, in Korean."""
    broken = copy.deepcopy(sample_extraction)
    broken["articles"][0]["agreements"][0]["budgets"][0]["amount_krw"] = -1

    with pytest.raises(LoadError, match=r"^기사 1, 협약 1, 사업비 1: 금액이 음수입니다 \(-1원\)"):
        load_extraction(broken)

    assert Agreement.objects.count() == 0


@pytest.mark.parametrize(
    ("part", "key", "value", "message"),
    [
        ("budgets", "amount_krw", 2**63, "한 건의 사업비 한도\\(1,000조 원\\)를 넘습니다"),
        ("budgets", "amount_krw", 10**15 + 1, "한 건의 사업비 한도\\(1,000조 원\\)를 넘습니다"),
        ("targets", "value", 10**16, "목표 수치로 저장할 수 있는 범위를 넘습니다"),
    ],
)
def test_it_refuses_a_number_its_column_cannot_hold(sample_extraction, part, key, value, message):
    """Won beyond 1,000조원 (and a bigint) or a target beyond 16 digits is a LoadError, not a database error."""
    broken = copy.deepcopy(sample_extraction)
    broken["articles"][0]["agreements"][0][part][0][key] = value

    with pytest.raises(LoadError, match=message):
        load_extraction(broken)

    assert Agreement.objects.count() == 0


def test_it_keeps_due_dates_with_their_precision(sample_extraction):
    """'2027년 완공' becomes the agreement's deadline: 2027-12-31 at year precision."""
    load_extraction(sample_extraction)

    agreement = Agreement.objects.get(kind="mou")
    assert str(agreement.due_on) == "2027-12-31"
    assert agreement.due_precision == "year"


def test_it_names_signatories_and_memberships(sample_extraction):
    """A person of a signing party becomes its signatory, with the title as a membership."""
    load_extraction(sample_extraction)

    party = Participation.objects.get(agreement__kind="mou", organization__name="㈜전북에이아이데이터센터")
    assert party.signatory.name == "이정천"
    assert Membership.objects.filter(person__name="운동목", title="전주시장 권한대행 부시장").count() == 1


def test_it_updates_an_unedited_draft_from_a_corrected_document_once_confirmed(sample_extraction):
    """A corrected value replaces what no person has touched, when a reviewer confirms the match."""
    load_extraction(sample_extraction)
    corrected = copy.deepcopy(sample_extraction)
    corrected["sha256"] = "f" * 64
    corrected["articles"][0]["agreements"][0]["budgets"][0].update(
        text="3000억원", amount_krw=300_000_000_000
    )

    report = load_confirmed(corrected)

    assert report.counts["agreement"]["updated"] == 1
    assert Agreement.objects.count() == 4
    assert Budget.objects.get(agreement__kind="mou").amount_krw == 300_000_000_000


def test_the_ingest_command_loads_the_fixture_and_prints_counts(capsys):
    """`manage.py ingest fixtures/….json` prints created counts, then unchanged ones."""
    call_command("ingest", str(FIXTURE))
    first = capsys.readouterr().out
    call_command("ingest", str(FIXTURE))
    second = capsys.readouterr().out

    assert "agreement: 4 created" in first
    assert "agreement: 0 created, 0 updated, 4 unchanged" in second
    assert SourceDocument.objects.get().raw_text.startswith("\n\n전주시, AI")


def test_the_ingest_command_refuses_a_broken_json_file(tmp_path):
    """A file that is not an extraction object names the file and saves nothing."""
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")

    with pytest.raises(CommandError, match="bad.json"):
        call_command("ingest", str(bad))

    assert SourceDocument.objects.count() == 0


def _one_agreement(sample_extraction, sha256, copies):
    """The sample's first agreement alone in a document of its own, its budgets, targets and
    commitments each repeated `copies` times."""
    data = copy.deepcopy(sample_extraction)
    data["sha256"] = sha256  # a document of its own
    article = data["articles"][0]
    article["agreements"] = article["agreements"][:1]
    data["articles"] = [article]
    draft = article["agreements"][0]
    for field in ("budgets", "targets", "commitments"):
        draft[field] = [dict(value) for value in draft.get(field) or [] for _ in range(copies)]
    return data


class _Undo(Exception):
    pass


def _queries_to_load(data):
    """(queries, targets written) of loading `data`, then undone: each load sees the same database."""
    targets = Target.objects.count()
    with CaptureQueriesContext(connection) as queries:
        try:
            with transaction.atomic():
                load_extraction(data)
                written = Target.objects.count() - targets
                raise _Undo
        except _Undo:
            pass
    return len(queries.captured_queries) - 1, written  # less the count above


def test_an_imports_queries_do_not_grow_with_its_budgets_and_targets(sample_extraction):
    """Saving a draft writes each kind of part in one statement (with its history in one more), so a
    release listing twenty targets costs the database no more round trips than one listing two."""
    load_extraction(_one_agreement(sample_extraction, "1" * 64, 1))  # its bodies exist now

    few, targets_few = _queries_to_load(_one_agreement(sample_extraction, "2" * 64, 1))
    many, targets_many = _queries_to_load(_one_agreement(sample_extraction, "2" * 64, 10))

    assert targets_many == 10 * targets_few > 0
    assert many == few

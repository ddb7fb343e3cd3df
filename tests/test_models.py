import datetime

import pytest
import time_machine
from django.db import IntegrityError

from agreements.templatetags.hyeopyak import deadline, krw
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("factory", "expected"),
    [
        (lambda: factories.AgreementFactory(title="스마트시티 협약"), "스마트시티 협약"),
        (lambda: factories.ParticipationFactory(organization__name="새솔㈜"), "새솔㈜ (협약 당사자)"),
        (lambda: factories.BudgetFactory(amount_krw=300_700_000_000), "3,007억 원"),
        (lambda: factories.TargetFactory(description="2027년 완공"), "2027년 완공"),
        (lambda: factories.CommitmentFactory(text="인허가 지원"), "인허가 지원"),
        (lambda: factories.SourceDocumentFactory(file_name="a.txt"), "a.txt"),
        (lambda: factories.ArticleFactory(headline="한빛시 협약"), "한빛시 협약"),
        (lambda: factories.ImportConflictFactory(agreement__title="협약", field="title"), "협약: title"),
        (lambda: factories.OrganizationFactory(name="한빛시"), "한빛시"),
        (lambda: factories.PersonFactory(name="김하늘"), "김하늘"),
        (
            lambda: factories.MembershipFactory(
                person__name="김하늘", organization__name="한빛시", title="시장"
            ),
            "김하늘 (한빛시 시장)",
        ),
    ],
)
def test_it_names_each_model_for_people(factory, expected):
    """`str()` of every model reads as a person would write it."""
    assert str(factory()) == expected


def test_a_document_is_stored_once_per_content():
    """Two documents with the same sha256 cannot exist."""
    factories.SourceDocumentFactory(sha256="a" * 64)
    with pytest.raises(IntegrityError):
        factories.SourceDocumentFactory(sha256="a" * 64)


def test_a_budget_cannot_be_negative():
    """The database refuses a negative amount of won."""
    with pytest.raises(IntegrityError):
        factories.BudgetFactory(amount_krw=-1)


def test_a_budget_cannot_pass_1000jo():
    """A budget is at most 1,000조원: two budgets of 2^62 won, whose sum made SQLite's SUM overflow
    and the list pages 500, can no longer be stored; 1,000조원 itself can."""
    factories.BudgetFactory(amount_krw=10**15)
    with pytest.raises(IntegrityError):
        factories.BudgetFactory(amount_krw=2**62)


def test_a_due_date_needs_its_precision():
    """A deadline stored without a precision is refused."""
    with pytest.raises(IntegrityError):
        factories.AgreementFactory(due_on=datetime.date(2027, 12, 31), due_precision="")


def test_organizations_with_legal_form_variants_collide():
    """'㈜새솔' and '새솔' normalise alike and cannot be two rows."""
    factories.OrganizationFactory(name="㈜새솔")
    with pytest.raises(IntegrityError):
        factories.OrganizationFactory(name="새솔")


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (300_700_000_000, "3,007억 원"),
        (30_000_000, "3,000만 원"),
        (1_200_000_000_000, "1조 2,000억 원"),
        (367_000_000, "3억 6,700만 원"),
        (5_000, "5,000원"),
        (0, "0원"),
        (None, ""),
    ],
)
def test_it_formats_won_in_korean_units(amount, expected):
    """Won read the way Korean documents write them."""
    assert krw(amount) == expected


@pytest.mark.parametrize(
    ("day", "precision", "expected"),
    [
        (datetime.date(2027, 12, 31), "year", "2027년"),
        (datetime.date(2026, 12, 31), "half", "2026년 하반기"),
        (datetime.date(2026, 6, 30), "half", "2026년 상반기"),
        (datetime.date(2026, 9, 30), "quarter", "2026년 3분기"),
        (datetime.date(2027, 6, 30), "month", "2027년 6월"),
        (datetime.date(2027, 6, 5), "day", "2027년 6월 5일"),
    ],
)
def test_it_shows_deadlines_at_their_precision(day, precision, expected):
    """A deadline known to the year shows as the year, not as 31 December."""
    assert deadline(day, precision) == expected


def test_it_takes_an_undated_reference_year_from_the_seoul_calendar():
    """An agreement without a signing date created on 1 January in Seoul is numbered in that year."""
    kst = datetime.timezone(datetime.timedelta(hours=9))
    with time_machine.travel(datetime.datetime(2027, 1, 1, 8, 0, tzinfo=kst), tick=False):
        agreement = factories.AgreementFactory(signed_on=None)
    agreement.refresh_from_db()
    assert agreement.reference == f"HY-2027-{agreement.pk:04d}"

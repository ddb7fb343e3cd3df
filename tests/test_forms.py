import datetime

import pytest
from django.core.exceptions import ValidationError

from agreements.forms import AgreementAdminForm, BudgetForm, DeadlineField, KRWField, TargetForm
from agreements.ingest.dates import Deadline
from people.forms import AliasesField, OrganizationAdminForm
from tests import factories
from tests.adminforms import seen


@pytest.mark.parametrize(
    ("typed", "won"),
    [
        ("3007억원", 300_700_000_000),
        ("3,007억", 300_700_000_000),
        ("3,007억 원", 300_700_000_000),
        ("1조 2000억", 1_200_000_000_000),
        ("1조 2,000억 원", 1_200_000_000_000),
        ("3000만 원", 30_000_000),
        ("3억 6,700만 원", 367_000_000),
        ("300700000000", 300_700_000_000),
        ("300,700,000,000", 300_700_000_000),
        ("  12.5억 ", 1_250_000_000),
        ("5,000원", 5_000),
        ("₩3,000,000", 3_000_000),
        ("3007억여원", 300_700_000_000),
        ("약 3000억", 300_000_000_000),
    ],
)
def test_it_reads_money_as_people_type_it(typed, won):
    """Korean myriad units, commas and plain digits all clean to integer won."""
    assert KRWField().clean(typed) == won


@pytest.mark.parametrize("typed", ["abc", "삼억원쯤", "1.5원", "억", "3007달러", "1억 2조"])
def test_it_refuses_what_is_not_an_amount_of_won(typed):
    """Words, fractions of a won and units out of order get a Korean error."""
    with pytest.raises(ValidationError) as error:
        KRWField().clean(typed)

    assert "금액으로 읽을 수 없습니다" in " ".join(error.value.messages)


@pytest.mark.parametrize("typed", ["-3억원", "−3억원", "마이너스 3억원", "-300000000", -300_000_000])
def test_it_refuses_a_negative_amount_rather_than_flip_it(typed):
    """'-3억원' is never stored as +3억원: the form says a budget is at least 0 won."""
    with pytest.raises(ValidationError) as error:
        KRWField().clean(typed)

    assert "사업비는 0원 이상이어야 합니다" in " ".join(error.value.messages)


@pytest.mark.parametrize("typed", ["999999조원", "1000조 1원", "1000000000000001", 2**63 - 1])
def test_it_refuses_more_than_a_city_can_sign(typed):
    """One budget is at most 1,000조원; '999999조원' is refused with a reason, not stored."""
    with pytest.raises(ValidationError) as error:
        KRWField().clean(typed)

    assert "1,000조 원을 넘을 수 없습니다" in " ".join(error.value.messages)


def test_it_accepts_exactly_1000jo():
    """The limit itself is a budget."""
    assert KRWField().clean("1000조원") == 10**15


def test_it_requires_an_amount_unless_told_otherwise():
    """An empty money field is refused when required and None when not."""
    with pytest.raises(ValidationError):
        KRWField().clean("")
    assert KRWField(required=False).clean("  ") is None


@pytest.mark.parametrize(
    ("won", "shown"),
    [(300_700_000_000, "3,007억 원"), (30_000_000, "3,000만 원"), (1_200_000_000_000, "1조 2,000억 원")],
)
def test_it_shows_stored_money_back_in_korean_units(won, shown):
    """What the field shows reads again as the same amount."""
    field = KRWField()

    assert field.prepare_value(won) == shown
    assert field.clean(field.prepare_value(won)) == won


@pytest.mark.parametrize(
    ("typed", "day", "precision", "shown"),
    [
        ("2027", datetime.date(2027, 12, 31), "year", "2027년"),
        ("2027년", datetime.date(2027, 12, 31), "year", "2027년"),
        ("2027-06", datetime.date(2027, 6, 30), "month", "2027년 6월"),
        ("2027-06-30", datetime.date(2027, 6, 30), "day", "2027년 6월 30일"),
        ("2026 하반기", datetime.date(2026, 12, 31), "half", "2026년 하반기"),
        ("2026년 상반기", datetime.date(2026, 6, 30), "half", "2026년 상반기"),
        ("2026년 3분기", datetime.date(2026, 9, 30), "quarter", "2026년 3분기"),
        ("2028-02", datetime.date(2028, 2, 29), "month", "2028년 2월"),
        ("2027년 6월말", datetime.date(2027, 6, 30), "month", "2027년 6월"),
        ("2027년 6월 말까지", datetime.date(2027, 6, 30), "month", "2027년 6월"),
        ("2026년 하반기까지", datetime.date(2026, 12, 31), "half", "2026년 하반기"),
        ("2027-06-30까지", datetime.date(2027, 6, 30), "day", "2027년 6월 30일"),
    ],
)
def test_it_reads_a_deadline_at_its_precision(typed, day, precision, shown):
    """The last day of the period is stored with its precision, and shown at that precision."""
    field = DeadlineField()

    deadline = field.clean(typed)

    assert (deadline.date, deadline.precision) == (day, precision)
    assert field.prepare_value(deadline) == shown
    assert field.clean(field.prepare_value(deadline))[:2] == (day, precision)


@pytest.mark.parametrize(
    "typed",
    ["언젠가", "2027-13", "2027-02-30", "27년", "내년", "2026 3반기", "까지", "6월말", "2027년 13월말"],
)
def test_it_refuses_what_is_not_a_deadline(typed):
    """Unknown words, impossible dates and relative years get a Korean error with examples."""
    with pytest.raises(ValidationError) as error:
        DeadlineField().clean(typed)

    assert "기한으로 읽을 수 없습니다" in " ".join(error.value.messages)
    assert "2026 하반기" in " ".join(error.value.messages)


def test_it_leaves_an_optional_deadline_empty():
    """An empty optional deadline is None."""
    assert DeadlineField(required=False).clean("") is None


def test_it_sees_no_change_when_a_deadline_is_shown_and_sent_back():
    """Saving a form untouched does not count its deadline as edited."""
    field = DeadlineField()
    stored = Deadline(datetime.date(2027, 12, 31), "year", "2027")

    assert not field.has_changed(stored, "2027년")
    assert field.has_changed(stored, "2027-06")


@pytest.mark.django_db
def test_it_stores_the_agreement_deadline_in_due_on_and_due_precision():
    """The agreement form's one deadline box writes the date and its precision."""
    agreement = factories.AgreementFactory()
    form = AgreementAdminForm(
        data={"title": agreement.title, "kind": "mou", "status": "signed", "due": "2026 하반기", **seen(agreement)},
        instance=agreement,
    )

    assert form.is_valid(), form.errors
    form.save()

    agreement.refresh_from_db()
    assert (agreement.due_on, agreement.due_precision) == (datetime.date(2026, 12, 31), "half")
    assert AgreementAdminForm(instance=agreement)["due"].value() is not None
    assert 'value="2026년 하반기"' in str(AgreementAdminForm(instance=agreement)["due"])


@pytest.mark.django_db
def test_it_clears_a_deadline_left_empty():
    """Emptying the deadline box removes both the date and the precision."""
    agreement = factories.AgreementFactory(due_on=datetime.date(2027, 12, 31), due_precision="year")
    form = AgreementAdminForm(
        data={"title": agreement.title, "kind": "mou", "status": "signed", "due": "", **seen(agreement)},
        instance=agreement,
    )

    assert form.is_valid(), form.errors
    form.save()

    agreement.refresh_from_db()
    assert (agreement.due_on, agreement.due_precision) == (None, "")


@pytest.mark.django_db
def test_it_shows_a_budget_in_korean_units_and_saves_won():
    """The budget form shows 3,007억 원 and saves what is typed as won."""
    budget = factories.BudgetFactory()
    assert 'value="3,007억 원"' in str(BudgetForm(instance=budget)["amount_krw"])

    form = BudgetForm(data={"agreement": budget.agreement_id, "amount_krw": "1조 2000억"}, instance=budget)

    assert form.is_valid(), form.errors
    assert form.save().amount_krw == 1_200_000_000_000


@pytest.mark.django_db
def test_it_puts_a_bad_target_deadline_on_the_field():
    """A deadline the parser refuses is an error on the target's deadline box."""
    agreement = factories.AgreementFactory()
    form = TargetForm(data={"agreement": agreement.pk, "description": "완공", "due": "곧"})

    assert not form.is_valid()
    assert "기한으로 읽을 수 없습니다" in form.errors["due"][0]


def test_it_reads_aliases_one_a_line_or_comma_separated():
    """Lines and commas both separate names; blanks and repeats go."""
    field = AliasesField()

    assert field.clean("㈜BAIDC, 전북에이아이데이터센터\n\nBAIDC\n㈜BAIDC") == [
        "㈜BAIDC",
        "전북에이아이데이터센터",
        "BAIDC",
    ]
    assert field.prepare_value(["가", "나"]) == "가\n나"


@pytest.mark.django_db
def test_it_edits_organization_aliases_as_text():
    """The organisation form saves typed aliases as the JSON list the matching uses."""
    organization = factories.OrganizationFactory(name="전북에이아이데이터센터")
    form = OrganizationAdminForm(
        data={"name": organization.name, "classification": "company", "aliases": "㈜BAIDC\nBAIDC 센터"},
        instance=organization,
    )

    assert form.is_valid(), form.errors
    form.save()

    organization.refresh_from_db()
    assert organization.aliases == ["㈜BAIDC", "BAIDC 센터"]
    assert organization in type(organization).objects.matching("(주)BAIDC")


@pytest.mark.django_db
def test_it_refuses_a_name_another_organization_has_already():
    """Renaming an organisation to another's name (legal form aside) asks for a merge, not a 500."""
    factories.OrganizationFactory(name="새솔")
    organization = factories.OrganizationFactory(name="새솔테크")
    form = OrganizationAdminForm(
        data={"name": "㈜새솔", "classification": "company", "aliases": ""}, instance=organization
    )

    assert not form.is_valid()
    assert "name" in form.errors


@pytest.mark.django_db
def test_it_refuses_a_status_the_workflow_does_not_allow():
    """The admin form cannot jump from 체결 straight to 완료, nor reopen a cancelled agreement."""
    signed = factories.AgreementFactory(status="signed")
    cancelled = factories.AgreementFactory(status="cancelled")

    jump = AgreementAdminForm(
        data={"title": signed.title, "kind": "mou", "status": "completed", "completed_on": "2026-05-01", **seen(signed)},
        instance=signed,
    )
    reopen = AgreementAdminForm(
        data={"title": cancelled.title, "kind": "mou", "status": "planned", **seen(cancelled)}, instance=cancelled
    )

    assert "status" in jump.errors and "status" in reopen.errors
    assert "가능한 상태: 추진중, 취소" in jump.errors["status"][0]


@pytest.mark.django_db
def test_it_allows_the_next_status_and_asks_a_completion_date():
    """Moving on by one step is allowed; 완료 needs its date."""
    in_progress = factories.AgreementFactory(status="in_progress")

    undated = AgreementAdminForm(
        data={"title": in_progress.title, "kind": "mou", "status": "completed", **seen(in_progress)},
        instance=in_progress,
    )
    dated = AgreementAdminForm(
        data={"title": in_progress.title, "kind": "mou", "status": "completed", "completed_on": "2026-05-01", **seen(in_progress)},
        instance=in_progress,
    )

    assert "completed_on" in undated.errors
    assert dated.is_valid(), dated.errors

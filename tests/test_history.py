import datetime

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.urls import reverse

from agreements.history import agreement_history
from agreements.workflow import agreement_transition, target_meet
from tests.adminforms import fresh
from tests.factories import AgreementFactory, BudgetFactory, ParticipationFactory, TargetFactory

pytestmark = pytest.mark.django_db

KST = datetime.timezone(datetime.timedelta(hours=9))


def at(day):
    return time_machine.travel(datetime.datetime(day.year, day.month, day.day, 10, tzinfo=KST), tick=False)


@pytest.fixture
def kim(django_user_model):
    return django_user_model.objects.create_user("kim", "kim@example.org", last_name="김", first_name="담당")


def lines(agreement):
    return [line for entry in agreement_history(agreement) for line in entry.lines()]


def test_it_shows_a_status_change_with_labels_date_and_user(client, kim):
    """'상태: 체결 → 추진중, 2026-03-02, 김담당' on the agreement page, for a logged-in user."""
    with at(datetime.date(2026, 2, 1)):
        agreement = AgreementFactory(status="signed")
    with at(datetime.date(2026, 3, 2)):
        agreement_transition(agreement=agreement, to="in_progress", on=datetime.date(2026, 3, 2), by=kim)
    client.force_login(kim)

    page = client.get(agreement.get_absolute_url()).content.decode()

    assert "상태: 체결 → 추진중, 2026-03-02, 김담당" in page


def test_it_keeps_staff_names_from_anonymous_visitors(client, kim):
    """The public sees what changed and when, but not who changed it nor who owns it."""
    with at(datetime.date(2026, 2, 1)):
        agreement = AgreementFactory(status="signed")
    with at(datetime.date(2026, 3, 2)):
        agreement_transition(agreement=agreement, to="in_progress", on=datetime.date(2026, 3, 2), by=kim)
        agreement.owner = kim
        agreement.save()

    page = client.get(agreement.get_absolute_url()).content.decode()

    assert "상태: 체결 → 추진중, 2026-03-02" in page
    assert "김담당" not in page
    assert "kim" not in page


def test_it_names_fields_by_verbose_name_and_dates_plainly(kim):
    """Changed fields read as their Korean names; unchanged ones are not listed."""
    with at(datetime.date(2026, 2, 1)):
        agreement = AgreementFactory(department="")
    with at(datetime.date(2026, 2, 3)):
        agreement.department = "정보화정책과"
        agreement.due_on = datetime.date(2027, 12, 31)
        agreement.due_precision = "year"
        agreement._history_user = kim
        agreement.save()

    assert lines(agreement)[:3] == [
        "담당부서: — → 정보화정책과, 2026-02-03, 김담당",
        "완료 목표일: — → 2027-12-31, 2026-02-03, 김담당",
        "목표일 정밀도: — → 연, 2026-02-03, 김담당",
    ]


def test_it_includes_the_parts_of_the_agreement(kim):
    """Parties added, budgets changed and targets met appear in the agreement's history."""
    agreement = AgreementFactory()
    with at(datetime.date(2026, 2, 1)):
        ParticipationFactory(agreement=agreement, organization__name="㈜새솔")
        budget = BudgetFactory(agreement=agreement, amount_krw=100 * 10**8)
        target = TargetFactory(agreement=agreement, description="착공")
    with at(datetime.date(2026, 3, 2)):
        budget.amount_krw = 120 * 10**8
        budget._history_user = kim
        budget.save()
        target_meet(target=target, on=datetime.date(2026, 3, 2), by=kim)

    history = lines(agreement)

    assert "참여 기관 · ㈜새솔 (협약 당사자) 추가, 2026-02-01" in history
    assert "사업비 · 120억 원 · 금액(원): 100억 원 → 120억 원, 2026-03-02, 김담당" in history
    assert "목표 · 착공 · 달성일: — → 2026-03-02, 2026-03-02, 김담당" in history


def test_it_records_the_logged_in_user_through_the_middleware(client, kim):
    """A status changed on the page is signed with the request's user by the history middleware."""
    kim.user_permissions.add(Permission.objects.get(codename="change_agreement"))
    client.force_login(kim)

    with at(datetime.date(2026, 3, 2)):
        agreement = AgreementFactory(status="signed")
        client.post(reverse("agreements:change_status", args=[agreement.pk]), {"to": "in_progress", **fresh(agreement)})

    assert agreement.history.latest().history_user == kim
    assert "상태: 체결 → 추진중, 2026-03-02, 김담당" in lines(agreement)


def test_it_reads_the_history_in_a_fixed_number_of_queries(client, django_assert_num_queries, kim):
    """The detail page costs the same with a long history."""
    agreement = AgreementFactory(status="planned")
    ParticipationFactory.create_batch(3, agreement=agreement)
    TargetFactory.create_batch(3, agreement=agreement)
    for status in ["signed", "in_progress"]:
        agreement_transition(agreement=agreement, to=status, on=datetime.date(2026, 3, 2), by=kim)

    # agreement with article and owner; participations; budgets; targets; commitments;
    # then the history of the agreement, its participations, budgets, targets and commitments.
    with django_assert_num_queries(10):
        response = client.get(reverse("agreements:detail", args=[agreement.pk]))

    assert "상태: 예정 → 체결" in response.content.decode()


def test_it_shows_a_reason_only_when_a_person_gave_one(client, kim):
    """The workflow's own summary is not repeated; a reason someone typed is shown."""
    agreement = AgreementFactory(status="planned")
    agreement_transition(agreement=agreement, to="signed", on=datetime.date(2026, 3, 2), by=kim)
    agreement_transition(
        agreement=agreement, to="cancelled", on=datetime.date(2026, 3, 3), by=kim, reason="기업 측 사업 철회"
    )

    page = client.get(agreement.get_absolute_url()).content.decode()

    assert "— 기업 측 사업 철회" in page
    assert "(2026-03-02)" not in page

import datetime

import pytest
from django.core.exceptions import ValidationError

from agreements.models import Agreement
from agreements.workflow import (
    agreement_cancel,
    agreement_complete,
    agreement_transition,
    allowed_transitions,
    target_meet,
)
from tests.factories import AgreementFactory, TargetFactory

pytestmark = pytest.mark.django_db

Status = Agreement.Status
DAY = datetime.date(2026, 3, 2)


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("kim", "kim@example.org", last_name="김", first_name="담당")


@pytest.mark.parametrize(
    "start, to",
    [
        (Status.PLANNED, Status.SIGNED),
        (Status.SIGNED, Status.IN_PROGRESS),
        (Status.IN_PROGRESS, Status.COMPLETED),
        (Status.PLANNED, Status.CANCELLED),
        (Status.SIGNED, Status.CANCELLED),
        (Status.IN_PROGRESS, Status.CANCELLED),
    ],
)
def test_it_allows_each_step_of_the_workflow(start, to, user):
    """Every allowed step saves the new status."""
    agreement = AgreementFactory(status=start)

    agreement_transition(agreement=agreement, to=to, on=DAY, by=user)

    agreement.refresh_from_db()
    assert agreement.status == to


@pytest.mark.parametrize(
    "start, to",
    [
        (Status.PLANNED, Status.IN_PROGRESS),
        (Status.PLANNED, Status.COMPLETED),
        (Status.SIGNED, Status.COMPLETED),
        (Status.SIGNED, Status.PLANNED),
        (Status.IN_PROGRESS, Status.SIGNED),
        (Status.COMPLETED, Status.IN_PROGRESS),
        (Status.COMPLETED, Status.CANCELLED),
        (Status.CANCELLED, Status.SIGNED),
    ],
)
def test_it_refuses_an_illegal_step(start, to, user):
    """Skipping or going back is refused and nothing is saved."""
    agreement = AgreementFactory(status=start)

    with pytest.raises(ValidationError) as error:
        agreement_transition(agreement=agreement, to=to, on=DAY, by=user)

    assert error.value.code == "illegal_transition"
    assert "바꿀 수 없습니다" in error.value.messages[0]
    agreement.refresh_from_db()
    assert agreement.status == start


def test_it_names_the_statuses_in_korean_when_refusing(user):
    """The message says where from, where to, and what is possible."""
    agreement = AgreementFactory(status=Status.SIGNED)

    with pytest.raises(ValidationError) as error:
        agreement_transition(agreement=agreement, to=Status.COMPLETED, on=DAY, by=user)

    assert error.value.messages == [
        "'체결' 상태에서 '완료' 상태로 바꿀 수 없습니다. 가능한 상태: 추진중, 취소"
    ]


def test_it_refuses_the_status_an_agreement_already_has(user):
    """Signed → signed is not a change."""
    agreement = AgreementFactory(status=Status.SIGNED)

    with pytest.raises(ValidationError, match="이미 '체결' 상태입니다"):
        agreement_transition(agreement=agreement, to=Status.SIGNED, on=DAY, by=user)


def test_it_refuses_an_unknown_status(user):
    """A typo is not a status."""
    with pytest.raises(ValidationError, match="알 수 없는 상태"):
        agreement_transition(agreement=AgreementFactory(), to="done", on=DAY, by=user)


def test_it_checks_against_the_saved_status_not_a_stale_object(user):
    """A second tab with an old copy cannot complete an agreement that was cancelled meanwhile."""
    agreement = AgreementFactory(status=Status.IN_PROGRESS)
    stale = Agreement.objects.get(pk=agreement.pk)
    agreement_cancel(agreement=agreement, on=DAY, by=user)

    with pytest.raises(ValidationError):
        agreement_complete(agreement=stale, on=DAY, by=user)


def test_it_sets_the_completion_date(user):
    """Completing records the day it was completed."""
    agreement = AgreementFactory(status=Status.IN_PROGRESS)

    agreement_complete(agreement=agreement, on=DAY, by=user)

    agreement.refresh_from_db()
    assert (agreement.status, agreement.completed_on) == (Status.COMPLETED, DAY)


def test_it_refuses_a_completion_before_the_signing(user):
    """Completed before it was signed is a typo."""
    agreement = AgreementFactory(status=Status.IN_PROGRESS, signed_on=datetime.date(2026, 5, 1))

    with pytest.raises(ValidationError, match="체결일"):
        agreement_complete(agreement=agreement, on=DAY, by=user)


def test_it_records_who_and_why_in_the_history(user):
    """The history row carries the user and a readable reason."""
    agreement = AgreementFactory(status=Status.SIGNED)

    agreement_transition(agreement=agreement, to=Status.IN_PROGRESS, on=DAY, by=user)

    latest = agreement.history.latest()
    assert latest.history_user == user
    assert latest.history_change_reason == "상태: 체결 → 추진중 (2026-03-02)"


def test_it_lists_the_allowed_next_statuses():
    """The workflow can tell a form what to offer."""
    assert allowed_transitions(Status.SIGNED) == [Status.IN_PROGRESS, Status.CANCELLED]
    assert allowed_transitions(Status.COMPLETED) == []


def test_it_meets_a_target(user):
    """Meeting a target sets met_on and leaves a history row with the user."""
    target = TargetFactory()

    target_meet(target=target, on=DAY, by=user)

    target.refresh_from_db()
    assert target.met_on == DAY
    assert target.history.latest().history_user == user


def test_it_refuses_to_meet_a_target_twice(user):
    """A met target keeps its first date."""
    target = TargetFactory(met_on=datetime.date(2026, 1, 5))

    with pytest.raises(ValidationError, match="이미 2026-01-05에 달성한 목표"):
        target_meet(target=target, on=DAY, by=user)


def test_it_refuses_to_meet_a_target_of_a_cancelled_agreement(user):
    """Cancelled agreements have nothing left to meet."""
    target = TargetFactory(agreement=AgreementFactory(status=Status.CANCELLED))

    with pytest.raises(ValidationError, match="취소된 협약"):
        target_meet(target=target, on=DAY, by=user)

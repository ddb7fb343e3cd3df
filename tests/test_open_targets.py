"""Open targets follow their agreement's status, whatever writes it (issue 11): the deadlines page and
the feed read a flag the database keeps on each target (migration 0014), so each path is checked."""

import datetime

import pytest

from agreements.models import Agreement, Target
from tests.factories import AgreementFactory, TargetFactory

pytestmark = pytest.mark.django_db

DUE = datetime.date(2027, 6, 30)


def open_targets():
    return sorted(Target.objects.open().values_list("description", flat=True))


def test_it_drops_the_targets_of_an_agreement_completed_or_cancelled_and_takes_them_back():
    agreement = AgreementFactory(status=Agreement.Status.SIGNED)
    TargetFactory(agreement=agreement, description="공장 착공", due_on=DUE, due_precision="day")
    assert open_targets() == ["공장 착공"]

    agreement.status = Agreement.Status.COMPLETED
    agreement.save()
    assert open_targets() == []

    Agreement.objects.filter(pk=agreement.pk).update(status=Agreement.Status.IN_PROGRESS)
    assert open_targets() == ["공장 착공"]

    Agreement.objects.filter(pk=agreement.pk).update(status=Agreement.Status.CANCELLED)
    assert open_targets() == []


def test_a_target_added_to_or_moved_to_a_closed_agreement_is_not_open():
    closed = AgreementFactory(status=Agreement.Status.CANCELLED)
    TargetFactory(agreement=closed, description="취소된 목표", due_on=DUE, due_precision="day")
    Target.objects.bulk_create(
        [Target(agreement=closed, description="한꺼번에 넣은 목표", due_on=DUE, due_precision="day")]
    )
    moved = TargetFactory(
        agreement=AgreementFactory(), description="옮긴 목표", due_on=DUE, due_precision="day"
    )
    assert open_targets() == ["옮긴 목표"]

    moved.agreement = closed
    moved.save()
    assert open_targets() == []


def test_a_stale_target_does_not_write_back_an_old_flag():
    """A target read while its agreement was open, saved after the agreement was completed, stays closed."""
    agreement = AgreementFactory(status=Agreement.Status.SIGNED)
    target = TargetFactory(agreement=agreement, description="옛 목표", due_on=DUE, due_precision="day")
    stale = Target.objects.get(pk=target.pk)
    Agreement.objects.filter(pk=agreement.pk).update(status=Agreement.Status.COMPLETED)

    stale.description = "고친 목표"
    stale.save()

    assert open_targets() == []

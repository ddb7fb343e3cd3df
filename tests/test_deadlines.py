import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from agreements.deadlines import deadline_sections, deadlines_of
from agreements.models import Agreement
from tests.factories import AgreementFactory, TargetFactory

pytestmark = pytest.mark.django_db

KST = datetime.timezone(datetime.timedelta(hours=9))


def at(day, hour=12):
    """Frozen time at noon (Seoul) of `day`."""
    return time_machine.travel(datetime.datetime(day.year, day.month, day.day, hour, tzinfo=KST), tick=False)


# (precision, stored last day of the period, how the list shows it)
PRECISIONS = [
    ("day", datetime.date(2026, 3, 2), "2026년 3월 2일"),
    ("month", datetime.date(2026, 3, 31), "2026년 3월"),
    ("quarter", datetime.date(2026, 6, 30), "2026년 2분기"),
    ("half", datetime.date(2026, 12, 31), "2026년 하반기"),
    ("year", datetime.date(2027, 12, 31), "2027년"),
]


@pytest.mark.parametrize("precision, last_day, shown", PRECISIONS)
def test_it_is_not_overdue_on_the_last_day_of_the_period(precision, last_day, shown):
    """A deadline known to the month, half or year counts from the period's last day."""
    agreement = AgreementFactory(due_on=last_day, due_precision=precision)

    with at(last_day, hour=23):
        today = timezone.localdate()
        assert not agreement.is_overdue(today)
        assert not Agreement.objects.overdue(today).exists()


@pytest.mark.parametrize("precision, last_day, shown", PRECISIONS)
def test_it_is_overdue_from_the_day_after(precision, last_day, shown):
    """At 00:30 in Seoul the day after, the deadline is overdue (UTC is still the day before)."""
    agreement = AgreementFactory(due_on=last_day, due_precision=precision)

    with at(last_day + datetime.timedelta(days=1), hour=0):
        today = timezone.localdate()
        assert agreement.is_overdue(today)
        assert list(Agreement.objects.overdue(today)) == [agreement]


@pytest.mark.parametrize("precision, last_day, shown", PRECISIONS)
def test_it_shows_each_precision_on_the_deadlines_page(client, precision, last_day, shown):
    """'2027년', '2026년 하반기' … as the `deadline` filter writes them."""
    AgreementFactory(due_on=last_day, due_precision=precision)

    with at(datetime.date(2026, 1, 10)):
        page = client.get(reverse("agreements:deadlines")).content.decode()

    assert shown in page


def test_it_never_lists_completed_or_cancelled_agreements_as_overdue():
    """Overdue is derived from the status; completion ends it."""
    AgreementFactory(status="completed", due_on=datetime.date(2026, 1, 1), due_precision="day")
    AgreementFactory(status="cancelled", due_on=datetime.date(2026, 1, 1), due_precision="day")

    assert not Agreement.objects.overdue(datetime.date(2026, 3, 1)).exists()


@at(datetime.date(2026, 3, 2))
def test_it_sorts_deadlines_into_sections(client):
    """Overdue first, then 30 days, 90 days, later this year, after this year."""
    AgreementFactory(title="지남", due_on=datetime.date(2026, 2, 27), due_precision="day")
    AgreementFactory(title="곧", due_on=datetime.date(2026, 4, 1), due_precision="day")
    AgreementFactory(title="분기", due_on=datetime.date(2026, 5, 31), due_precision="month")
    AgreementFactory(title="가을", due_on=datetime.date(2026, 9, 30), due_precision="quarter")
    AgreementFactory(title="내후년", due_on=datetime.date(2027, 12, 31), due_precision="year")

    response = client.get(reverse("agreements:deadlines"))

    sections = {s.slug: [d.what for d in s.deadlines] for s in response.context["sections"]}
    assert sections == {
        "overdue": ["지남"],
        "30": ["곧"],
        "90": ["분기"],
        "year": ["가을"],
        "later": ["내후년"],
    }
    page = response.content.decode()
    assert (
        page.index("지남") < page.index("곧") < page.index("분기") < page.index("가을") < page.index("내후년")
    )
    assert "3일 지남" in page
    assert "30일 남음" in page
    assert "2026년 9월" in page  # the month heading of "later this year"


@at(datetime.date(2026, 3, 2))
def test_it_lists_the_deadlines_of_targets_too(client):
    """An open target's deadline is listed with what it is and its agreement."""
    agreement = AgreementFactory(title="데이터센터 협약")
    TargetFactory(
        agreement=agreement, description="착공", due_on=datetime.date(2026, 3, 20), due_precision="day"
    )

    page = client.get(reverse("agreements:deadlines")).content.decode()

    assert "착공" in page
    assert "데이터센터 협약" in page
    assert "18일 남음" in page


def test_it_leaves_out_met_targets_and_closed_agreements():
    """Met targets, and targets of completed or cancelled agreements, are not deadlines."""
    TargetFactory(description="달성", met_on=datetime.date(2026, 1, 1))
    TargetFactory(description="완료된 협약의 목표", agreement=AgreementFactory(status="completed"))
    TargetFactory(description="취소된 협약의 목표", agreement=AgreementFactory(status="cancelled"))
    TargetFactory(description="열린 목표", due_on=datetime.date(2026, 5, 1), due_precision="day")
    AgreementFactory(title="기한 없는 협약")

    assert [d.what for d in deadlines_of(Agreement.objects.all())] == ["열린 목표"]


def test_it_keys_deadlines_stably():
    """The key is what the calendar's UID and the reminders rely on."""
    agreement = AgreementFactory(due_on=datetime.date(2026, 5, 1), due_precision="day")
    target = TargetFactory(agreement=agreement)

    keys = [d.key for d in deadlines_of(Agreement.objects.all())]

    assert keys == [f"agreement-{agreement.pk}-due", f"target-{target.pk}"]


def test_it_puts_a_deadline_90_days_ahead_in_the_90_day_section_across_new_year():
    """In November, a February deadline is 'within 90 days', not 'next year'."""
    AgreementFactory(title="2월", due_on=datetime.date(2027, 2, 15), due_precision="day")

    sections = deadline_sections(deadlines_of(Agreement.objects.all()), datetime.date(2026, 11, 27))

    assert {s.slug: len(s.deadlines) for s in sections} == {
        "overdue": 0,
        "30": 0,
        "90": 1,
        "year": 0,
        "later": 0,
    }


@pytest.mark.parametrize("count", [5, 50])
@at(datetime.date(2026, 3, 2))
def test_it_lists_deadlines_in_two_queries(client, django_assert_num_queries, count):
    """5 or 50 agreements with targets: the same two queries."""
    for n in range(count):
        agreement = AgreementFactory(due_on=datetime.date(2026, 1 + n % 12, 1), due_precision="day")
        TargetFactory(agreement=agreement)

    # 1: open agreements with a due date or an open target; 2: their open targets (prefetch).
    with django_assert_num_queries(2):
        response = client.get(reverse("agreements:deadlines"))

    assert response.context["count"] == 2 * count

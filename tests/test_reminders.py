import datetime
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError

from agreements.models import DeadlineReminder
from agreements.reminders import deadline_reminders_send
from tests.factories import AgreementFactory, TargetFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 2)
KST = datetime.timezone(datetime.timedelta(hours=9))


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user("kim", "kim@example.org")


def test_it_emails_the_owner_about_deadlines_in_the_window_and_overdue(owner):
    """One mail per owner lists the deadline in 30 days and the overdue one."""
    AgreementFactory(title="곧 마감", owner=owner, due_on=datetime.date(2026, 3, 20), due_precision="day")
    AgreementFactory(title="지난 협약", owner=owner, due_on=datetime.date(2026, 2, 1), due_precision="day")
    AgreementFactory(title="먼 협약", owner=owner, due_on=datetime.date(2026, 9, 1), due_precision="day")

    counts = deadline_reminders_send(today=TODAY, days=30)

    assert (counts.emails, counts.deadlines) == (1, 2)
    [message] = mail.outbox
    assert message.to == ["kim@example.org"]
    assert message.subject == "[협약 현황] 기한 알림 2건 (기한 지남 1건)"
    assert "곧 마감: 2026년 3월 20일 (18일 남음)" in message.body
    assert "지난 협약: 2026년 2월 1일 (29일 지남)" in message.body
    assert "먼 협약" not in message.body


def test_it_sends_once_and_not_twice(owner):
    """Running again the same day, or the next, sends nothing new."""
    AgreementFactory(owner=owner, due_on=datetime.date(2026, 3, 20), due_precision="day")

    deadline_reminders_send(today=TODAY, days=30)
    again = deadline_reminders_send(today=TODAY, days=30)
    next_day = deadline_reminders_send(today=TODAY + datetime.timedelta(days=1), days=30)

    assert len(mail.outbox) == 1
    assert (again.emails, again.already_sent) == (0, 1)
    assert (next_day.emails, next_day.already_sent) == (0, 1)
    assert DeadlineReminder.objects.count() == 1


def test_it_reminds_again_when_the_deadline_becomes_overdue(owner):
    """The 30-day reminder and the overdue reminder are two windows."""
    AgreementFactory(owner=owner, due_on=datetime.date(2026, 3, 20), due_precision="day")

    deadline_reminders_send(today=TODAY, days=30)
    deadline_reminders_send(today=datetime.date(2026, 3, 21), days=30)

    assert len(mail.outbox) == 2
    assert sorted(DeadlineReminder.objects.values_list("window", flat=True)) == ["30d", "overdue"]


def test_it_reminds_again_when_the_deadline_moves(owner):
    """A new date is a new deadline."""
    agreement = AgreementFactory(owner=owner, due_on=datetime.date(2026, 3, 20), due_precision="day")
    deadline_reminders_send(today=TODAY, days=30)
    agreement.due_on = datetime.date(2026, 3, 25)
    agreement.save()

    deadline_reminders_send(today=TODAY, days=30)

    assert len(mail.outbox) == 2


def test_it_falls_back_to_the_department_address_and_reminds_targets():
    """Without an owner the department hears about the target's deadline."""
    agreement = AgreementFactory(title="협약", department_email="info@city.example")
    TargetFactory(
        agreement=agreement, description="착공", due_on=datetime.date(2026, 3, 31), due_precision="month"
    )

    deadline_reminders_send(today=TODAY, days=30)

    [message] = mail.outbox
    assert message.to == ["info@city.example"]
    assert "[목표] 착공 — 협약: 2026년 3월 (29일 남음)" in message.body


def test_it_counts_deadlines_nobody_can_be_told_about():
    """No owner and no department address: counted, not marked as sent."""
    AgreementFactory(due_on=datetime.date(2026, 3, 20), due_precision="day")

    counts = deadline_reminders_send(today=TODAY, days=30)

    assert (counts.emails, counts.no_recipient) == (0, 1)
    assert not DeadlineReminder.objects.exists()


def test_it_skips_completed_agreements_and_met_targets(owner):
    """Nothing to remind about once it is done."""
    AgreementFactory(owner=owner, status="completed", due_on=datetime.date(2026, 3, 20), due_precision="day")
    TargetFactory(
        agreement__owner=owner, met_on=TODAY, due_on=datetime.date(2026, 3, 20), due_precision="day"
    )

    assert deadline_reminders_send(today=TODAY, days=30).emails == 0


def test_it_retries_tomorrow_when_the_mail_server_fails(owner, settings):
    """A failed send leaves no reminder row, so the next run sends it."""
    AgreementFactory(owner=owner, due_on=datetime.date(2026, 3, 20), due_precision="day")
    settings.EMAIL_BACKEND = "tests.test_reminders.BrokenBackend"

    counts = deadline_reminders_send(today=TODAY, days=30)

    assert (counts.emails, counts.failed) == (0, 1)
    assert not DeadlineReminder.objects.exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert deadline_reminders_send(today=TODAY, days=30).emails == 1


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("smtp is down")


@time_machine.travel(datetime.datetime(2026, 3, 2, 7, 0, tzinfo=KST), tick=False)
def test_it_prints_the_counts_from_the_command(owner):
    """`remind_deadlines --days 30` uses today's date in Seoul and prints what it did."""
    AgreementFactory(owner=owner, due_on=datetime.date(2026, 3, 20), due_precision="day")
    out = StringIO()

    call_command("remind_deadlines", "--days", "30", stdout=out)
    call_command("remind_deadlines", stdout=out)

    assert out.getvalue().splitlines() == [
        "emails sent: 1, deadlines reminded: 1, already reminded: 0, without recipient: 0, failed: 0",
        "emails sent: 0, deadlines reminded: 0, already reminded: 1, without recipient: 0, failed: 0",
    ]
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--days", "-1"], "--days는 0 이상이어야 합니다 (-1)."),
        (["--today", "2026-13-01"], "--today '2026-13-01'은(는) 날짜(YYYY-MM-DD)가 아닙니다."),
    ],
)
def test_it_refuses_bad_arguments_in_korean(args, message):
    """A bad --days or --today is one Korean line, not an English one inside a Korean tool."""
    with pytest.raises(CommandError) as refused:
        call_command("remind_deadlines", *args)
    assert str(refused.value) == message

"""Deadline reminders by email, safe to run every day from cron.

Each deadline is reminded once per window: once while it falls within the next N days
(window "30d" for --days 30) and once when it has passed ("overdue"). The DeadlineReminder row is
written in the same transaction as the mail is handed to the backend, so a failed send is retried
the next day and two overlapping runs cannot both send (the second hits the unique constraint).
A deadline whose date changes is a new deadline: the key carries the date.
"""

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from .deadlines import as_deadlines, deadline_rows
from .models import Agreement, DeadlineReminder
from .templatetags.hyeopyak import days_left, deadline_text

logger = logging.getLogger(__name__)

OVERDUE = "overdue"


@dataclass
class ReminderCounts:
    emails: int = 0
    deadlines: int = 0
    already_sent: int = 0
    no_recipient: int = 0
    failed: int = 0


def recipient_of(agreement):
    if agreement.owner is not None and agreement.owner.email:
        return agreement.owner.email
    return agreement.department_email


def reminder_key(deadline):
    return f"{deadline.key}-{deadline.due_on.isoformat()}"


def window_of(deadline, today, days):
    if deadline.due_on < today:
        return OVERDUE
    if deadline.due_on <= today + datetime.timedelta(days=days):
        return f"{days}d"
    return None


def reminder_text(deadlines, today):
    lines = [_("담당 협약의 기한을 알려 드립니다 (%(today)s 기준).") % {"today": today.isoformat()}, ""]
    for deadline in deadlines:
        what = deadline.what if deadline.target is None else f"{deadline.what} — {deadline.agreement.title}"
        lines.append(
            f"- [{deadline.kind_label}] {what}: {deadline_text(deadline.due_on, deadline.precision)}"
            f" ({days_left(deadline.due_on, today)})"
        )
        lines.append(f"  {settings.SITE_URL}{deadline.agreement.get_absolute_url()}")
    lines += ["", _("기한 목록: %(url)s") % {"url": settings.SITE_URL + reverse("agreements:deadlines")}]
    return "\n".join(lines)


def deadline_reminders_send(*, today, days=30):
    """Email every owner (or department address) about their deadlines in the next `days` days and
    those overdue, each once per window. Returns the counts."""
    counts = ReminderCounts()
    due = []
    # Deadlines up to the window's end (overdue ones included); a batch job, so not bounded in number.
    upcoming = deadline_rows(Agreement.objects.all(), end=today + datetime.timedelta(days=days))
    for deadline in as_deadlines(list(upcoming), related=["owner"]):
        window = window_of(deadline, today, days)
        if window is not None:
            due.append((deadline, window))
    sent = set(
        DeadlineReminder.objects.filter(deadline_key__in=[reminder_key(d) for d, _w in due]).values_list(
            "deadline_key", "window"
        )
    )
    by_recipient = defaultdict(list)
    for deadline, window in due:
        if (reminder_key(deadline), window) in sent:
            counts.already_sent += 1
        elif not recipient_of(deadline.agreement):
            counts.no_recipient += 1
        else:
            by_recipient[recipient_of(deadline.agreement)].append((deadline, window))

    for recipient, items in sorted(by_recipient.items()):
        deadlines = [deadline for deadline, _window in items]
        late = sum(1 for _deadline, window in items if window == OVERDUE)
        subject = _("[협약 현황] 기한 알림 %(n)d건") % {"n": len(items)}
        if late:
            subject += _(" (기한 지남 %(late)d건)") % {"late": late}
        try:
            with transaction.atomic():
                DeadlineReminder.objects.bulk_create(
                    [
                        DeadlineReminder(
                            agreement=deadline.agreement,
                            deadline_key=reminder_key(deadline),
                            window=window,
                            sent_to=recipient,
                        )
                        for deadline, window in items
                    ]
                )
                send_mail(subject, reminder_text(deadlines, today), None, [recipient])
        except IntegrityError:  # another run claimed these reminders first
            counts.already_sent += len(items)
            continue
        except Exception:  # noqa: BLE001 - one bad address must not stop the others; retried tomorrow
            logger.exception("Could not send deadline reminders to %s", recipient)
            counts.failed += len(items)
            continue
        counts.emails += 1
        counts.deadlines += len(items)
    return counts

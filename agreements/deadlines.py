"""Deadlines: an open agreement's completion target and its open dated targets, as one kind of row.

A deadline known only to the year or half year is stored as the period's last day, so every
comparison here is on that date; the precision is kept for display.
"""

import datetime
from dataclasses import dataclass
from itertools import groupby

from django.utils.translation import gettext_lazy as _

from .models import Agreement, Target


@dataclass(frozen=True)
class Deadline:
    agreement: Agreement
    due_on: datetime.date
    precision: str
    target: Target | None = None

    @property
    def key(self):
        """Stable per deadline: the ICS UID and the reminder key start with it."""
        if self.target is not None:
            return f"target-{self.target.pk}"
        return f"agreement-{self.agreement.pk}-due"

    @property
    def what(self):
        return self.target.description if self.target is not None else self.agreement.title

    @property
    def kind_label(self):
        return _("목표") if self.target is not None else _("완료 목표")

    def days_left(self, today):
        """Positive: days to go; 0: today; negative: days late."""
        return (self.due_on - today).days


def deadlines_of(agreements):
    """Every deadline of the open agreements in `agreements`, earliest first (two queries)."""
    rows = []
    for agreement in agreements.with_deadlines():
        if agreement.due_on is not None:
            rows.append(Deadline(agreement, agreement.due_on, agreement.due_precision or "day"))
        for target in agreement.open_targets:
            rows.append(Deadline(agreement, target.due_on, target.due_precision or "day", target))
    rows.sort(key=lambda d: (d.due_on, d.agreement.pk, d.target.pk if d.target else 0))
    return rows


@dataclass
class Section:
    slug: str
    title: str
    deadlines: list
    by_month: bool = False

    def months(self):
        """(first day of the month, deadlines) pairs, for the sections grouped by month."""
        return [
            (month, list(rows))
            for month, rows in groupby(self.deadlines, key=lambda d: d.due_on.replace(day=1))
        ]


def deadline_sections(deadlines, today):
    """Overdue, within 30 days, within 90 days, later this year, and after this year."""
    soon = today + datetime.timedelta(days=30)
    quarter = today + datetime.timedelta(days=90)
    sections = [
        Section("overdue", _("기한 지남"), [d for d in deadlines if d.due_on < today]),
        Section("30", _("30일 이내"), [d for d in deadlines if today <= d.due_on <= soon]),
        Section("90", _("90일 이내"), [d for d in deadlines if soon < d.due_on <= quarter]),
        Section(
            "year",
            _("올해 남은 기한"),
            [d for d in deadlines if quarter < d.due_on and d.due_on.year == today.year],
            by_month=True,
        ),
        Section(
            "later",
            _("내년 이후"),
            [d for d in deadlines if quarter < d.due_on and d.due_on.year > today.year],
            by_month=True,
        ),
    ]
    return sections

"""Deadlines: an open agreement's completion target and its open dated targets, as one kind of row.

A deadline known only to the year or half year is stored as the period's last day, so every
comparison here is on that date; the precision is kept for display.

Pages a person reads are bounded whatever the number of agreements: the database merges the two
kinds of deadline (a UNION ordered by date), counts each section, and returns only the rows shown.
"""

import datetime
from dataclasses import dataclass, field
from itertools import groupby

from django.db import connection
from django.db.models import BigIntegerField, Count, F, Q, Value
from django.utils.translation import gettext_lazy as _

from .models import Agreement, Target

# Rows one section shows on the deadlines page; the rest are one link away, a page at a time.
SECTION_ROWS = 50
SECTION_PAGE_ROWS = 100
# The calendar feed: open deadlines from a year ago to two years ahead, at most this many events (the
# coming ones first). A calendar of more is not read, and building it takes seconds at 100,000
# agreements; a full feed says so in its description, and a filtered feed (a department, an owner)
# holds the rest.
FEED_PAST_DAYS = 365
FEED_FUTURE_DAYS = 2 * 365
FEED_MAX_EVENTS = 500
# What a deadline shows of its agreement and its target (the page, the feed, a reminder's email).
DEADLINE_FIELDS = ("title", "status", "department", "department_email", "signed_on", "created_at")
TARGET_FIELDS = ("agreement_id", "description", "due_on", "due_precision", "met_on")
CLOSED_STATUSES = (Agreement.Status.COMPLETED, Agreement.Status.CANCELLED)


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


def _between(queryset, start, end):
    if start is not None:
        queryset = queryset.filter(due_on__gte=start)
    if end is not None:
        queryset = queryset.filter(due_on__lte=end)
    return queryset


def _sources(agreements, counting=False):
    """The open agreements of `agreements` with a completion target, and the open dated targets of
    its open agreements, as two querysets over the same ids."""
    targets = Target.objects.open()
    # The agreements' own deadlines: the filter's conditions on the same rows, not `pk IN (the
    # filtered ids)`, so that the date index of the open agreements (which carries the columns the
    # common filters read) answers without reading the table.
    completions = agreements.order_by().open().filter(due_on__isnull=False)
    if not agreements.query.where:  # no filter: every agreement, so no subquery of all their ids
        return completions, targets
    filtered = agreements.order_by()
    if counting:
        # Only the open ones of the filtered agreements (an open target's agreement is open), named
        # as the open statuses rather than "not closed", so that the (status, kind) index reads only
        # their ranges (investments with a company at 100,000 agreements: 10,000 ids, not 16,000). Not
        # for a section's first rows: there the planner hashed those 10,000 for each section instead
        # of looking up the agreements of the targets it reads.
        open_statuses = [status for status in Agreement.Status.values if status not in CLOSED_STATUSES]
        filtered = filtered.filter(status__in=open_statuses)
    return completions, targets.filter(agreement__in=filtered.values("pk"))


def deadline_rows(agreements, start=None, end=None, first=None, latest=False):
    """(due_on, agreement id, target id or 0, precision) of every deadline of the open agreements of
    `agreements` (their completion target and their open dated targets) due
    between `start` and `end` (inclusive, either open), earliest first (`latest`: latest first): one
    query when sliced.

    Both kinds are columns of the same names, added in the same order, so the UNION lines up. With
    `first`, on PostgreSQL, each kind is cut to its `first` earliest before the UNION, so that each
    reads that many rows of its date index instead of sorting all of them (tens of thousands overdue
    at 100,000 agreements); SQLite allows no LIMIT inside a UNION, and reads its small tables whole."""
    completions, targets = _sources(agreements)
    columns = ("d_due", "d_agreement", "d_target", "d_precision")
    completions = (
        _between(completions, start, end)
        .annotate(
            d_due=F("due_on"),
            d_agreement=F("pk"),
            d_target=Value(0, output_field=BigIntegerField()),
            d_precision=F("due_precision"),
        )
        .values_list(*columns)
    )
    targets = (
        _between(targets, start, end)
        .annotate(
            d_due=F("due_on"),
            d_agreement=F("agreement_id"),
            d_target=F("pk"),
            d_precision=F("due_precision"),
        )
        .values_list(*columns)
    )
    order = ["-d_due", "-d_agreement", "-d_target"] if latest else ["d_due", "d_agreement", "d_target"]
    if first is not None and connection.features.supports_slicing_ordering_in_compound:
        completions = completions.order_by(*order[:2])[:first]
        targets = targets.order_by(*order)[:first]
    else:
        completions, targets = completions.order_by(), targets.order_by()
    rows = completions.union(targets, all=True).order_by(*order)
    return rows if first is None else rows[:first]


def as_deadlines(rows, related=()):
    """Deadline objects for (due, agreement id, target id, precision) rows: two queries (the
    agreements with their `related` rows, and the targets)."""
    agreement_ids = {row[1] for row in rows}
    target_ids = {row[2] for row in rows if row[2]}
    # Only what a deadline shows (the page, the feed, a reminder): the feed reads 500 rows, the page
    # 250, and building each agreement whole (its summary, bigrams, spans) cost more than reading it.
    shown = Agreement.objects.select_related(*related).only(*DEADLINE_FIELDS, *related)
    agreements = shown.in_bulk(agreement_ids) if agreement_ids else {}
    targets = Target.objects.only(*TARGET_FIELDS).in_bulk(target_ids) if target_ids else {}
    return [
        Deadline(agreements[a_id], due, precision or "day", targets[t_id] if t_id else None)
        for due, a_id, t_id, precision in rows
    ]


@dataclass
class Section:
    slug: str
    title: str
    start: datetime.date | None
    end: datetime.date | None
    by_month: bool = False
    total: int = 0
    deadlines: list = field(default_factory=list)

    @property
    def more(self):
        """How many of the section's deadlines the page leaves out (shown one link away)."""
        return self.total - len(self.deadlines)

    def months(self):
        """(first day of the month, deadlines) pairs, for the sections grouped by month."""
        return [
            (month, list(rows))
            for month, rows in groupby(self.deadlines, key=lambda d: d.due_on.replace(day=1))
        ]


def sections_for(today):
    """Overdue, within 30 days, within 90 days, later this year, and after this year (empty ranges
    are sections with nothing in them)."""
    soon = today + datetime.timedelta(days=30)
    quarter = today + datetime.timedelta(days=90)
    year_end = datetime.date(today.year, 12, 31)
    return [
        Section("overdue", _("기한 지남"), None, today - datetime.timedelta(days=1)),
        Section("30", _("30일 이내"), today, soon),
        Section("90", _("90일 이내"), soon + datetime.timedelta(days=1), quarter),
        Section("year", _("올해 남은 기한"), quarter + datetime.timedelta(days=1), year_end, by_month=True),
        Section(
            "later",
            _("내년 이후"),
            max(quarter, year_end) + datetime.timedelta(days=1),
            None,
            by_month=True,
        ),
    ]


def _in(section):
    q = Q()
    if section.start is not None:
        q &= Q(due_on__gte=section.start)
    if section.end is not None:
        q &= Q(due_on__lte=section.end)
    return q


def count_sections(agreements, sections):
    """Set each section's `total`: two queries (one per kind of deadline), whatever the rows."""
    completions, targets = _sources(agreements, counting=True)
    for source in (completions, targets):
        counts = source.aggregate(
            **{f"n_{section.slug}": Count("pk", filter=_in(section)) for section in sections}
        )
        for section in sections:
            section.total += counts.get(f"n_{section.slug}") or 0


def deadline_sections(agreements, today, rows=SECTION_ROWS):
    """The deadlines page: every section counted, and its first `rows` deadlines.

    Queries: two counts, the first rows of every section, two to fetch what is shown (five in all)."""
    sections = sections_for(today)
    count_sections(agreements, sections)
    shown = _first_rows(
        [deadline_rows(agreements, section.start, section.end, first=rows) for section in sections]
    )
    deadlines = iter(as_deadlines([row for section_rows in shown for row in section_rows]))
    for section, section_rows in zip(sections, shown, strict=True):
        section.deadlines = [next(deadlines) for _row in section_rows]
    return sections


def _first_rows(queries):
    """The rows of each of `queries` (each a sliced `deadline_rows`), in one query: each is a derived
    table tagged with its place, so five sections cost one round trip and one plan, not five."""
    parts, params = [], []
    for number, query in enumerate(queries):
        sql, query_params = query.query.sql_with_params()
        parts.append(f"SELECT {number} AS section, s.* FROM ({sql}) s")
        params.extend(query_params)
    found = [[] for _query in queries]
    sql = " UNION ALL ".join(parts) + " ORDER BY 1, 2, 3, 4"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for number, *row in cursor.fetchall():
            found[number].append(tuple(row))
    return found


def feed_deadlines(agreements, today):
    """The calendar feed's deadlines: open ones from FEED_PAST_DAYS ago to FEED_FUTURE_DAYS ahead, at
    most FEED_MAX_EVENTS of them: every coming one first (the nearest), then the most recent overdue
    ones, so that a backlog of overdue deadlines never pushes next week's out of a calendar (four
    queries; three when the coming ones fill it)."""
    coming = list(
        deadline_rows(agreements, today, today + datetime.timedelta(days=FEED_FUTURE_DAYS), first=FEED_MAX_EVENTS)
    )
    room = FEED_MAX_EVENTS - len(coming)
    overdue = []
    if room > 0:
        past = today - datetime.timedelta(days=FEED_PAST_DAYS)
        overdue = list(deadline_rows(agreements, past, today - datetime.timedelta(days=1), first=room, latest=True))
    return as_deadlines([*reversed(overdue), *coming])

"""Deadlines: an open agreement's completion target and its open dated targets, as one kind of row.

A deadline known only to the year or half year is stored as the period's last day, so every
comparison here is on that date; the precision is kept for display.

Pages a person reads are bounded whatever the number of agreements: the database merges the two
kinds of deadline (a UNION ordered by date), counts each section up to DEADLINE_COUNT_LIMIT, and
returns only the rows shown.
"""

import datetime
from dataclasses import dataclass, field
from itertools import groupby

from django.conf import settings
from django.db import connection
from django.db.models import BigIntegerField, F, Value
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
# A deadline as a row of either kind: the same four columns in the same order, so that a UNION lines up.
COLUMNS = ("d_due", "d_agreement", "d_target", "d_precision")
# What the deadlines page shows of a deadline's agreement and target, read with its rows (attnames,
# in the models' field order: Model.from_db takes them so).
PAGE_AGREEMENT_FIELDS = ("id", "title", "status", "department")
PAGE_TARGET_FIELDS = ("id", "agreement_id", "description")


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


def _as_columns(completions, targets):
    """Both kinds of deadline as COLUMNS, unordered."""
    completions = completions.annotate(
        d_due=F("due_on"),
        d_agreement=F("pk"),
        d_target=Value(0, output_field=BigIntegerField()),
        d_precision=F("due_precision"),
    ).values_list(*COLUMNS)
    targets = targets.annotate(
        d_due=F("due_on"),
        d_agreement=F("agreement_id"),
        d_target=F("pk"),
        d_precision=F("due_precision"),
    ).values_list(*COLUMNS)
    return completions.order_by(), targets.order_by()


def deadline_rows(agreements, start=None, end=None, first=None, latest=False):
    """(due_on, agreement id, target id or 0, precision) of every deadline of the open agreements of
    `agreements` (their completion target and their open dated targets) due
    between `start` and `end` (inclusive, either open), earliest first (`latest`: latest first): one
    query when sliced.

    With `first`, on PostgreSQL, each kind is cut to its `first` earliest before the UNION, so that
    each reads that many rows of its date index instead of sorting all of them (tens of thousands
    overdue at 100,000 agreements); SQLite allows no LIMIT inside a UNION, and reads its small tables
    whole."""
    completions, targets = _as_columns(*(_between(source, start, end) for source in _sources(agreements)))
    order = ["-d_due", "-d_agreement", "-d_target"] if latest else ["d_due", "d_agreement", "d_target"]
    if first is not None and connection.features.supports_slicing_ordering_in_compound:
        completions = completions.order_by(*order[:2])[:first]
        targets = targets.order_by(*order)[:first]
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
    # Counted no further than DEADLINE_COUNT_LIMIT: `total` is then that limit, and means "at least".
    bounded: bool = False
    deadlines: list = field(default_factory=list)

    @property
    def empty(self):
        """A range with no day in it (later this year, in the last 90 days of a year): nothing to read."""
        return self.start is not None and self.end is not None and self.start > self.end

    @property
    def more(self):
        """How many of the section's deadlines the page leaves out (shown one link away); at least
        that many when the section is `bounded`."""
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


class _Compiled:
    """A source of deadlines (COLUMNS) compiled to SQL once, then cut to each section's dates as a
    derived table: the filter's SQL is the same for the five sections, and compiling five UNIONs of
    it took Django ~5 ms of Python each (about as long as the database took to answer them)."""

    def __init__(self, queryset):
        sql, params = queryset.query.sql_with_params()
        self.sql, self.params = sql, list(params)

    def within(self, section, columns="*", tail=""):
        """(sql, params): the source's rows due within `section` (both ends inclusive, either open)."""
        where, params = [], list(self.params)
        for op, day in ((">=", section.start), ("<=", section.end)):
            if day is not None:
                where.append(f"d_due {op} %s")
                params.append(connection.ops.adapt_datefield_value(day))
        condition = f" WHERE {' AND '.join(where)}" if where else ""
        return f"SELECT {columns} FROM ({self.sql}) src{condition} {tail}", params


def _compiled_sources(agreements, counting=False):
    completions, targets = _as_columns(*_sources(agreements, counting=counting))
    return _Compiled(completions), _Compiled(targets)


def count_sections(agreements, sections, at_most=None):
    """Set each section's `total`, counting no further than `at_most` (settings.DEADLINE_COUNT_LIMIT)
    deadlines: past it the section is `bounded` and its total is `at_most`. One query, whatever the rows.

    An exact count read every open deadline there is (the sections partition them): at 100,000
    agreements some 115,000 index entries, 20-60 ms a page. Counting to the limit stops at the
    `at_most + 1`th deadline of a section (with a filter, after the entries the filter passes over)."""
    at_most = settings.DEADLINE_COUNT_LIMIT if at_most is None else at_most
    sections = [section for section in sections if not section.empty]
    completions, targets = _compiled_sources(agreements, counting=True)
    parts, params = [], []
    for section in sections:
        completions_sql, completions_params = completions.within(section, "d_due")
        targets_sql, targets_params = targets.within(section, "d_due")
        parts.append(
            f"(SELECT COUNT(*) FROM ({completions_sql} UNION ALL {targets_sql} LIMIT {int(at_most) + 1}) n)"
        )
        params.extend([*completions_params, *targets_params])
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        counts = cursor.fetchone()
    for section, count in zip(sections, counts, strict=True):
        section.total, section.bounded = min(count, at_most), count > at_most


def deadline_sections(agreements, today, rows=SECTION_ROWS):
    """The deadlines page: every section counted (up to DEADLINE_COUNT_LIMIT), and its first `rows`
    deadlines with what the page shows of them.

    Queries: the counts, then the first rows of every section with their agreements and targets (two)."""
    sections = sections_for(today)
    # Never fewer than the rows a section shows, so that "the rest" is never less than nothing.
    count_sections(agreements, sections, at_most=max(settings.DEADLINE_COUNT_LIMIT, rows))
    read = [section for section in sections if not section.empty]
    for section, deadlines in zip(read, _first_deadlines(agreements, read, rows), strict=True):
        section.deadlines = deadlines
    return sections


def _first_deadlines(agreements, sections, rows):
    """Each section's first `rows` deadlines, in one query: for each section, each kind's first `rows`
    by its date index, merged and cut to `rows`; the sections tagged and joined to the agreement and
    the target each row shows (a key lookup for each of the ~250 rows)."""
    completions, targets = _compiled_sources(agreements)
    parts, params = [], []
    for number, section in enumerate(sections):
        completions_sql, completions_params = completions.within(
            section, tail=f"ORDER BY d_due, d_agreement LIMIT {int(rows)}"
        )
        targets_sql, targets_params = targets.within(
            section, tail=f"ORDER BY d_due, d_agreement, d_target LIMIT {int(rows)}"
        )
        # Each kind in a derived table of its own: SQLite takes no ORDER BY or LIMIT on a UNION's parts.
        parts.append(
            f"SELECT {number} AS section, s.* FROM (SELECT * FROM ({completions_sql}) c UNION ALL "
            f"SELECT * FROM ({targets_sql}) t ORDER BY 1, 2, 3 LIMIT {int(rows)}) s"
        )
        params.extend([*completions_params, *targets_params])
    agreement_table, target_table = Agreement._meta.db_table, Target._meta.db_table
    shown = ", ".join(
        [f"a.{name}" for name in PAGE_AGREEMENT_FIELDS[1:]] + [f"t.{name}" for name in PAGE_TARGET_FIELDS[2:]]
    )
    sql = (
        f"SELECT r.section, r.d_due, r.d_agreement, r.d_target, r.d_precision, {shown} "
        f"FROM ({' UNION ALL '.join(parts)}) r "
        f"JOIN {agreement_table} a ON a.id = r.d_agreement "
        f"LEFT JOIN {target_table} t ON t.id = r.d_target "
        "ORDER BY 1, 2, 3, 4"
    )
    found = [[] for _section in sections]
    agreements_read = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for number, due, a_id, t_id, precision, title, status, department, description in cursor.fetchall():
            agreement = agreements_read.get(a_id)
            if agreement is None:
                agreement = agreements_read[a_id] = Agreement.from_db(
                    connection.alias, PAGE_AGREEMENT_FIELDS, (a_id, title, status, department)
                )
            target = (
                Target.from_db(connection.alias, PAGE_TARGET_FIELDS, (t_id, a_id, description)) if t_id else None
            )
            found[number].append(Deadline(agreement, _as_date(due), precision or "day", target))
    return found


def _as_date(value):
    """A date read by raw SQL: SQLite gives its text."""
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


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

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from agreements.deadlines import (
    SECTION_PAGE_ROWS,
    SECTION_ROWS,
    as_deadlines,
    deadline_rows,
    deadline_sections,
)
from agreements.models import Agreement
from tests.factories import AgreementFactory, TargetFactory

pytestmark = pytest.mark.django_db

KST = datetime.timezone(datetime.timedelta(hours=9))


def all_deadlines():
    return as_deadlines(list(deadline_rows(Agreement.objects.all())))


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


def test_it_shows_the_words_of_a_deadline_as_text_not_markup(client):
    """A title, a target and a department with markup in them are shown as written, never run."""
    agreement = AgreementFactory(title="<b>굵은</b> 협약 & 부속", department="<i>기획</i>과")
    TargetFactory(
        agreement=agreement,
        description="<script>x()</script>",
        due_on=datetime.date(2026, 3, 20),
        due_precision="day",
    )

    with at(datetime.date(2026, 3, 2)):
        page = client.get(reverse("agreements:deadlines")).content.decode()

    assert "&lt;b&gt;굵은&lt;/b&gt; 협약 &amp; 부속" in page
    assert "&lt;script&gt;x()&lt;/script&gt; · " in page
    assert "&lt;i&gt;기획&lt;/i&gt;과 · " in page
    assert "<script>x()" not in page and "<b>굵은" not in page


def test_it_leaves_out_met_targets_and_closed_agreements():
    """Met targets, and targets of completed or cancelled agreements, are not deadlines."""
    TargetFactory(description="달성", met_on=datetime.date(2026, 1, 1))
    TargetFactory(description="완료된 협약의 목표", agreement=AgreementFactory(status="completed"))
    TargetFactory(description="취소된 협약의 목표", agreement=AgreementFactory(status="cancelled"))
    TargetFactory(description="열린 목표", due_on=datetime.date(2026, 5, 1), due_precision="day")
    AgreementFactory(title="기한 없는 협약")

    assert [d.what for d in all_deadlines()] == ["열린 목표"]


def test_it_keys_deadlines_stably():
    """The key is what the calendar's UID and the reminders rely on."""
    agreement = AgreementFactory(due_on=datetime.date(2026, 5, 1), due_precision="day")
    target = TargetFactory(agreement=agreement)

    keys = [d.key for d in all_deadlines()]

    assert keys == [f"agreement-{agreement.pk}-due", f"target-{target.pk}"]


def test_it_puts_a_deadline_90_days_ahead_in_the_90_day_section_across_new_year():
    """In November, a February deadline is 'within 90 days', not 'next year'."""
    AgreementFactory(title="2월", due_on=datetime.date(2027, 2, 15), due_precision="day")

    sections = deadline_sections(Agreement.objects.all(), datetime.date(2026, 11, 27))

    assert {s.slug: s.total for s in sections} == {
        "overdue": 0,
        "30": 0,
        "90": 1,
        "year": 0,
        "later": 0,
    }


@pytest.mark.parametrize("count", [5, 50])
@at(datetime.date(2026, 3, 2))
def test_it_lists_deadlines_in_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    """5 or 50 agreements with targets: the same three queries."""
    for n in range(count):
        agreement = AgreementFactory(due_on=datetime.date(2026, 1 + n % 12, 1), due_precision="day")
        TargetFactory(agreement=agreement)

    # 0: the data version (the page cache's check); 1: every section's count, both kinds (each
    # counted up to DEADLINE_COUNT_LIMIT); 2: every section's first rows (a UNION of both kinds for
    # each), joined to the agreements and targets they show.
    with django_assert_num_queries(3):
        response = client.get(reverse("agreements:deadlines"))

    assert response.context["count"] == 2 * count


@at(datetime.date(2026, 3, 2))
def test_it_shows_a_bounded_number_of_rows_a_section_and_links_to_the_rest(client):
    """Many overdue deadlines: the section shows its first rows, counts them all, and pages the rest."""
    extra = 7
    for n in range(SECTION_ROWS + extra):
        AgreementFactory(
            title=f"늦은 협약 {n:03d}",
            due_on=datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
            due_precision="day",
        )

    response = client.get(reverse("agreements:deadlines"))
    page = response.content.decode()

    overdue = response.context["sections"][0]
    assert (overdue.slug, overdue.total, len(overdue.deadlines)) == (
        "overdue",
        SECTION_ROWS + extra,
        SECTION_ROWS,
    )
    assert page.count("늦은 협약") == SECTION_ROWS
    assert "나머지 7건 보기" in page
    assert "늦은 협약 000" in page and f"늦은 협약 {SECTION_ROWS:03d}" not in page

    rest = client.get(reverse("agreements:deadlines") + "?section=overdue&page=1").content.decode()
    assert rest.count("늦은 협약") == SECTION_ROWS + extra  # under SECTION_PAGE_ROWS: one page
    assert "30일 이내" not in rest.split("<section", 1)[1]  # only the chosen section is listed


@at(datetime.date(2026, 3, 2))
def test_it_pages_through_one_section_in_date_order(client):
    """A section's own page lists SECTION_PAGE_ROWS deadlines a page, earliest first, both kinds merged."""
    agreement = AgreementFactory(title="긴 협약")
    for n in range(SECTION_PAGE_ROWS + 3):
        TargetFactory(
            agreement=agreement,
            description=f"목표 {n:03d}",
            due_on=datetime.date(2027, 1, 1) + datetime.timedelta(days=n),
            due_precision="day",
        )

    first = client.get(reverse("agreements:deadlines") + "?section=later")
    second = client.get(reverse("agreements:deadlines") + "?section=later&page=2")

    assert [d.what for d in first.context["sections"][0].deadlines][:2] == ["목표 000", "목표 001"]
    assert len(first.context["sections"][0].deadlines) == SECTION_PAGE_ROWS
    assert [d.what for d in second.context["sections"][0].deadlines] == [
        f"목표 {n:03d}" for n in range(SECTION_PAGE_ROWS, SECTION_PAGE_ROWS + 3)
    ]


def test_counts_in_the_thousands_are_written_with_separators(client, settings):
    """'협약 1,200건', '기한 1,200건' and the sections' counts: a person reads 1,200, not 1200."""
    settings.DEADLINE_COUNT_LIMIT = 5000  # counted exactly (the bound has its own tests)
    day = datetime.date(2026, 3, 2)
    Agreement.objects.bulk_create(
        [
            Agreement(title=f"일괄 {n}", due_on=datetime.date(2025, 1, 1), due_precision="day", status="signed")
            for n in range(1200)
        ]
    )
    with at(day):
        listing = client.get(reverse("agreements:list")).content.decode()
        deadlines = client.get(reverse("agreements:deadlines")).content.decode()
    assert "협약 1,200건" in listing
    assert "기한 1,200건" in deadlines and "1200" not in deadlines.replace("일괄 1200", "")

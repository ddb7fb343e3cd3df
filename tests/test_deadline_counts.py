"""The deadlines page counts each section up to settings.DEADLINE_COUNT_LIMIT (issue 11): an exact
count read every open deadline there is, tens of thousands at a province's scale. Below the limit
a count is exact; past it the page says "N건 이상" and that it counts no further."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from agreements.deadlines import SECTION_ROWS
from agreements.models import Agreement, Target
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

KST = datetime.timezone(datetime.timedelta(hours=9))
TODAY = datetime.date(2026, 3, 2)
LIMIT = SECTION_ROWS + 10  # the smallest the page allows is the rows a section shows
LATE = datetime.date(2025, 6, 30)  # overdue on TODAY
SOON = datetime.date(2026, 3, 20)  # within 30 days of TODAY


@pytest.fixture(autouse=True)
def limit(settings):
    settings.DEADLINE_COUNT_LIMIT = LIMIT


def page(client, query=""):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 12, tzinfo=KST), tick=False):
        response = client.get(reverse("agreements:deadlines") + (f"?{query}" if query else ""))
    assert response.status_code == 200
    return response


def late_agreements(n, kind=Agreement.Kind.INVESTMENT):
    Agreement.objects.bulk_create(
        [
            Agreement(title=f"늦은 협약 {i}", kind=kind, status="signed", due_on=LATE, due_precision="day")
            for i in range(n)
        ]
    )


def by_slug(response):
    return {section.slug: section for section in response.context["sections"]}


def test_it_counts_exactly_up_to_the_limit_and_says_nothing_of_it(client):
    """As many deadlines as the limit: an exact count, and no word of a limit on the page."""
    late_agreements(LIMIT)

    response = page(client)
    text = response.content.decode()

    overdue = by_slug(response)["overdue"]
    assert (overdue.total, overdue.bounded) == (LIMIT, False)
    assert f"기한 {LIMIT}건" in text and "이상" not in text.replace("100억 이상", "")
    assert "까지만 셉니다" not in text
    assert f"나머지 {LIMIT - SECTION_ROWS}건 보기" in text


def test_past_the_limit_a_section_says_at_least_and_the_page_says_why(client):
    late_agreements(LIMIT + 5)
    soon = AgreementFactory(title="곧 마감", status="signed", due_on=SOON, due_precision="day")
    Target.objects.create(agreement=soon, description="착공", due_on=SOON, due_precision="day")

    response = page(client)
    text = response.content.decode()

    sections = by_slug(response)
    assert (sections["overdue"].total, sections["overdue"].bounded) == (LIMIT, True)
    assert (sections["30"].total, sections["30"].bounded) == (2, False)  # the other sections stay exact
    assert f"기한 {LIMIT + 2}건 이상" in text
    assert f"{LIMIT}건 이상</span></h2>" in text and f"기한 지남 <b>{LIMIT}+</b>" in text
    assert f"각 구간은 {LIMIT}건까지만 셉니다." in text
    assert f"나머지 {LIMIT - SECTION_ROWS}건 이상 보기" in text
    assert len(sections["overdue"].deadlines) == SECTION_ROWS


def test_the_limit_counts_the_deadlines_the_filter_keeps(client):
    """Filtered to a kind, a section is counted among that kind's deadlines only."""
    late_agreements(LIMIT + 5, kind=Agreement.Kind.INVESTMENT)
    late_agreements(7, kind=Agreement.Kind.MOU)

    investments = by_slug(page(client, "kind=investment"))["overdue"]
    memoranda = by_slug(page(client, "kind=mou"))["overdue"]

    assert (investments.total, investments.bounded) == (LIMIT, True)
    assert (memoranda.total, memoranda.bounded) == (7, False)


def test_targets_count_toward_the_limit_with_completions(client):
    """Both kinds of deadline fill one section's count: 40 completions and 25 targets past 60."""
    late_agreements(40)
    holder = AgreementFactory(title="목표 많은 협약", status="signed")
    Target.objects.bulk_create(
        [Target(agreement=holder, description=f"목표 {i}", due_on=LATE, due_precision="day") for i in range(25)]
    )

    overdue = by_slug(page(client))["overdue"]

    assert (overdue.total, overdue.bounded) == (LIMIT, True)


def test_a_section_is_never_counted_below_the_rows_it_shows(client, settings):
    """A limit set below SECTION_ROWS would make "the rest" negative: the rows shown count instead."""
    settings.DEADLINE_COUNT_LIMIT = 3
    late_agreements(SECTION_ROWS + 1)

    overdue = by_slug(page(client))["overdue"]

    assert (overdue.total, overdue.bounded, len(overdue.deadlines)) == (SECTION_ROWS, True, SECTION_ROWS)


def test_it_says_so_in_english_too(client):
    late_agreements(LIMIT + 1)
    client.cookies["django_language"] = "en"

    text = page(client).content.decode()

    assert f"More than {LIMIT} deadlines" in text
    assert f"Each section is counted up to {LIMIT}." in text

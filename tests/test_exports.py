import csv
import datetime
import io

import icalendar
import pytest
import time_machine
from django.contrib.admin.sites import site
from django.urls import reverse

from agreements.deadlines import FEED_FUTURE_DAYS, FEED_PAST_DAYS
from agreements.exports import COLUMNS, export_selected_as_csv
from agreements.models import Agreement
from tests.factories import (
    AgreementFactory,
    ArticleFactory,
    BudgetFactory,
    OrganizationFactory,
    ParticipationFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db

KST = datetime.timezone(datetime.timedelta(hours=9))
FROZEN = time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=KST), tick=False)
KOREAN_HEADER = [ko for ko, _en in COLUMNS]


def download(client, query=""):
    response = client.get(reverse("agreements:export_csv") + query)
    assert response.status_code == 200
    return response, b"".join(response.streaming_content)


def read_csv(raw):
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def make_agreements(count):
    for n in range(count):
        agreement = AgreementFactory(article=ArticleFactory(), signed_on=datetime.date(2026, 1, 1 + n % 28))
        ParticipationFactory.create_batch(2, agreement=agreement)
        BudgetFactory(agreement=agreement)
        TargetFactory(agreement=agreement)


# CSV


def test_it_writes_a_korean_header_a_bom_and_crlf(client):
    """Excel-ready: UTF-8 BOM, CRLF after every line, the Korean header."""
    AgreementFactory()

    response, raw = download(client)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="hyeopyak-agreements-')
    assert raw.startswith("\ufeff관리번호,협약명,구분,협약기관,".encode())
    assert raw.count(b"\r\n") == 2
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert read_csv(raw)[0] == KOREAN_HEADER


def test_it_writes_an_english_header_on_request(client):
    """?lang=en for scripts that want English names and status codes."""
    AgreementFactory(status="in_progress")

    _response, raw = download(client, "?lang=en")

    rows = read_csv(raw)
    assert rows[0][:3] == ["Reference", "Title", "Kind"]
    assert rows[1][7] == "in_progress"


def test_it_writes_one_row_per_agreement_with_every_column(client, settings):
    """The row holds the reference, labels, parties, dates, the budget in won and the link."""
    settings.SITE_URL = "https://hyeopyak.example"
    agreement = AgreementFactory(
        title="AI 데이터센터 협약",
        kind="investment",
        status="in_progress",
        signed_on=datetime.date(2026, 1, 20),
        due_on=datetime.date(2027, 12, 31),
        due_precision="year",
        department="정보화정책과",
        summary="9.8MW 규모",
        article=ArticleFactory(headline="AI 중심지로", document__file_name="page.txt"),
    )
    ParticipationFactory(agreement=agreement, organization__name="전주시")
    ParticipationFactory(agreement=agreement, organization__name="㈜새솔")
    ParticipationFactory(agreement=agreement, organization__name="후원사", role="sponsor")
    BudgetFactory(agreement=agreement, amount_krw=300_700_000_000)
    BudgetFactory(agreement=agreement, amount_krw=5_000_000)

    _response, raw = download(client)

    assert read_csv(raw)[1] == [
        f"HY-2026-{agreement.pk:04d}",
        "AI 데이터센터 협약",
        "투자협약",
        "전주시; ㈜새솔",
        "2026-01-20",
        "2027년",
        "",
        "추진중",
        "300705000000",
        "정보화정책과",
        "9.8MW 규모",
        "AI 중심지로 · page.txt",
        f"https://hyeopyak.example/agreements/{agreement.pk}/",
    ]


def test_it_defuses_formulas_in_text_cells(client):
    """=, +, -, @, tab and CR at the start of a text cell get an apostrophe; numbers stay numbers."""
    for title in ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"]:
        agreement = AgreementFactory(title=title, signed_on=datetime.date(2026, 1, 1))
        BudgetFactory(agreement=agreement, amount_krw=1000)

    _response, raw = download(client, "?o=title")

    rows = read_csv(raw)[1:]
    assert sorted(row[1] for row in rows) == sorted(
        ['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx"]
    )
    assert {row[8] for row in rows} == {"1000"}


def test_it_quotes_commas_quotes_and_line_breaks(client):
    """RFC 4180: a cell with a comma, a quote or a line break is quoted and quotes doubled."""
    AgreementFactory(title='전주시, "상생" 협약', summary="첫 줄\r\n둘째 줄")

    _response, raw = download(client)

    assert '"전주시, ""상생"" 협약"'.encode() in raw
    assert '"첫 줄\r\n둘째 줄"'.encode() in raw
    assert read_csv(raw)[1][10] == "첫 줄\r\n둘째 줄"


def test_it_exports_exactly_the_filtered_list_in_its_order_and_all_pages(client):
    """Same FilterSet, same order, every row, not just the first page of 50."""
    company = OrganizationFactory(classification="company")
    for n in range(60):
        agreement = AgreementFactory(title=f"기업 협약 {n:02d}")
        ParticipationFactory(agreement=agreement, organization=company)
        BudgetFactory(agreement=agreement, amount_krw=(n + 1) * 10**8)
    AgreementFactory(title="다른 협약")
    query = "?party_kind=company&o=-budget"

    listed = client.get(reverse("agreements:list") + query)
    _response, raw = download(client, query)

    rows = read_csv(raw)[1:]
    assert len(rows) == listed.context["page"].paginator.count == 60
    assert [row[1] for row in rows[:50]] == [a.title for a in listed.context["agreements"]]
    assert rows[0][1] == "기업 협약 59"


def test_it_keeps_the_filters_of_the_list_in_the_export_link(client):
    """The list's 'CSV로 내려받기' link carries the query string, minus the page."""
    AgreementFactory()

    page = client.get(reverse("agreements:list") + "?status=signed&kind=mou&page=1").content.decode()

    assert 'href="/agreements/export.csv?status=signed&amp;kind=mou"' in page
    assert 'href="/agreements/calendar.ics?status=signed&amp;kind=mou"' in page


@pytest.mark.parametrize("count", [5, 50])
def test_it_exports_in_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    """5 or 50 agreements: the same two queries."""
    make_agreements(count)

    # 1: the agreements with their article, document and budget total (one chunk);
    # 2: their participations with organisations (prefetched per chunk of 2000).
    with django_assert_num_queries(2):
        _response, raw = download(client)

    assert len(read_csv(raw)) == count + 1


def test_it_exports_the_selection_from_the_admin(rf, admin_user):
    """The admin action streams the same CSV for the selected agreements."""
    chosen = AgreementFactory(title="고른 협약")
    AgreementFactory(title="안 고른 협약")
    request = rf.get("/admin/agreements/agreement/")
    request.user = admin_user

    response = export_selected_as_csv(
        site._registry[Agreement], request, Agreement.objects.filter(pk=chosen.pk)
    )

    rows = read_csv(b"".join(response.streaming_content))
    assert [row[1] for row in rows[1:]] == ["고른 협약"]


# iCalendar


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


@FROZEN
def test_it_publishes_every_deadline_as_an_all_day_event(client, settings):
    """One event per agreement deadline and per open target, with stable UIDs and links."""
    settings.SITE_URL = "https://hyeopyak.example"
    agreement = AgreementFactory(title="데이터센터", due_on=datetime.date(2027, 12, 31), due_precision="year")
    target = TargetFactory(
        agreement=agreement, description="착공", due_on=datetime.date(2026, 6, 30), due_precision="half"
    )
    TargetFactory(agreement=agreement, description="달성함", met_on=datetime.date(2026, 1, 1))
    AgreementFactory(status="completed", due_on=datetime.date(2026, 5, 1), due_precision="day")

    calendar = parse(client.get(reverse("agreements:deadlines_ics")))

    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {f"agreement-{agreement.pk}-due@hyeopyak", f"target-{target.pk}@hyeopyak"}
    due = events[f"agreement-{agreement.pk}-due@hyeopyak"]
    assert due.decoded("DTSTART") == datetime.date(2027, 12, 31)
    assert due.decoded("DTEND") == datetime.date(2028, 1, 1)
    assert str(due["SUMMARY"]) == "[완료 목표] 데이터센터"
    assert str(due["URL"]) == f"https://hyeopyak.example/agreements/{agreement.pk}/"
    assert "기한: 2027년" in str(due["DESCRIPTION"])
    goal = events[f"target-{target.pk}@hyeopyak"]
    assert str(goal["SUMMARY"]) == "[목표] 착공 — 데이터센터"
    assert "2026년 상반기" in str(goal["DESCRIPTION"])
    assert str(calendar["X-WR-CALNAME"]) == "협약 기한"


@FROZEN
def test_it_keeps_the_uids_when_the_feed_is_fetched_again(client):
    """A subscribed calendar updates events in place."""
    AgreementFactory(due_on=datetime.date(2026, 5, 1), due_precision="day")

    first = parse(client.get(reverse("agreements:deadlines_ics")))
    second = parse(client.get(reverse("agreements:deadlines_ics")))

    assert [str(e["UID"]) for e in first.walk("VEVENT")] == [str(e["UID"]) for e in second.walk("VEVENT")]


@FROZEN
def test_it_filters_the_calendar_like_the_list(client):
    """/agreements/calendar.ics?<filters> holds only the deadlines of the filtered agreements."""
    kept = AgreementFactory(kind="investment", due_on=datetime.date(2026, 5, 1), due_precision="day")
    AgreementFactory(kind="mou", due_on=datetime.date(2026, 5, 1), due_precision="day")

    calendar = parse(client.get(reverse("agreements:calendar") + "?kind=investment&o=-budget"))

    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [f"agreement-{kept.pk}-due@hyeopyak"]


@pytest.mark.parametrize("count", [5, 50])
def test_it_builds_the_calendar_in_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    """5 or 50 agreements: the same five queries, for both feeds."""
    make_agreements(count)

    # 0: the data version (the page cache's check); 1, 2: the coming and the overdue deadlines in the
    # feed's window (each one UNION of both kinds); 3: their agreements; 4: their targets.
    with django_assert_num_queries(5):
        calendar = parse(client.get(reverse("agreements:deadlines_ics")))
    with django_assert_num_queries(5):
        parse(client.get(reverse("agreements:calendar") + "?status=signed"))

    assert len(calendar.walk("VEVENT")) == count


@FROZEN
def test_it_bounds_the_calendar_to_a_year_back_and_two_years_ahead(client):
    """The feed holds open deadlines from FEED_PAST_DAYS ago to FEED_FUTURE_DAYS ahead, no more."""
    today = datetime.date(2026, 3, 2)
    inside = [
        AgreementFactory(
            title="작년 봄", due_precision="day", due_on=today - datetime.timedelta(days=FEED_PAST_DAYS)
        ),
        AgreementFactory(
            title="두 해 뒤", due_precision="day", due_on=today + datetime.timedelta(days=FEED_FUTURE_DAYS)
        ),
    ]
    AgreementFactory(
        title="오래 밀린", due_precision="day", due_on=today - datetime.timedelta(days=FEED_PAST_DAYS + 1)
    )
    AgreementFactory(
        title="먼 훗날", due_precision="day", due_on=today + datetime.timedelta(days=FEED_FUTURE_DAYS + 1)
    )

    calendar = parse(client.get(reverse("agreements:deadlines_ics")))

    assert {str(e["UID"]) for e in calendar.walk("VEVENT")} == {
        f"agreement-{a.pk}-due@hyeopyak" for a in inside
    }


@FROZEN
def test_a_full_calendar_keeps_the_coming_deadlines_and_drops_the_oldest_overdue(client, monkeypatch):
    """Past the cap, the feed keeps every coming deadline and the most recent overdue ones: a year of
    overdue deadlines must not push next week's out of a subscribed calendar."""
    from agreements import deadlines

    monkeypatch.setattr(deadlines, "FEED_MAX_EVENTS", 4)
    today = datetime.date(2026, 3, 2)

    def due(days, title):
        return AgreementFactory(title=title, due_precision="day", due_on=today + datetime.timedelta(days=days))

    overdue = [due(-300 + 10 * n, f"밀린 {n}") for n in range(5)]
    coming = [due(7, "다음 주"), due(40, "다음 달")]

    calendar = parse(client.get(reverse("agreements:deadlines_ics")))

    kept = {str(e["UID"]) for e in calendar.walk("VEVENT")}
    assert kept == {f"agreement-{a.pk}-due@hyeopyak" for a in [*coming, *overdue[-2:]]}
    assert "4건만 담았습니다" in str(calendar["X-WR-CALDESC"])


def test_a_calendar_within_the_cap_says_nothing_of_it(client):
    AgreementFactory(due_on=datetime.date.today() + datetime.timedelta(days=3), due_precision="day")

    assert "X-WR-CALDESC" not in parse(client.get(reverse("agreements:deadlines_ics")))


def test_it_leaves_numbers_alone_even_negative_ones():
    """Only text is defused; an integer cell, negative or not, stays a number."""
    from agreements.exports import safe

    assert safe(-5) == -5
    assert safe(300_700_000_000) == 300_700_000_000
    assert safe("-5") == "'-5"
    assert safe(None) == ""

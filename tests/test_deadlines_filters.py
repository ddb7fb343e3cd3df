"""/deadlines/ takes the list's AgreementFilter query string, and links to the same rows elsewhere."""

import datetime

import icalendar
import pytest
import time_machine
from django.urls import reverse

from tests.factories import (
    AgreementFactory,
    BudgetFactory,
    OrganizationFactory,
    ParticipationFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db

KST = datetime.timezone(datetime.timedelta(hours=9))
FROZEN = time_machine.travel(datetime.datetime(2026, 3, 2, 12, 0, tzinfo=KST), tick=False)
QUERY = "kind=investment&party_kind=company&budget_min=100"
EOK = 10**8


def agreement(title, *, kind="investment", company=True, eok=200, **fields):
    """An agreement due in May 2026 with a target, a city party and optionally a company party."""
    made = AgreementFactory(
        title=title, kind=kind, due_on=datetime.date(2026, 5, 1), due_precision="day", **fields
    )
    ParticipationFactory(agreement=made, organization=OrganizationFactory(classification="government"))
    if company:
        ParticipationFactory(agreement=made, organization=OrganizationFactory(classification="company"))
    BudgetFactory(agreement=made, amount_krw=eok * EOK)
    TargetFactory(
        agreement=made,
        description=f"{title} 착공",
        due_on=datetime.date(2026, 9, 30),
        due_precision="quarter",
    )
    return made


def deadlines_page(client, query=""):
    response = client.get(reverse("agreements:deadlines") + (f"?{query}" if query else ""))
    assert response.status_code == 200
    return response


def titles(response):
    return {d.agreement.title for section in response.context["sections"] for d in section.deadlines}


@FROZEN
def test_it_lists_only_the_deadlines_of_the_agreements_the_filter_keeps(client):
    """An investment with a company and 200억 stays; an MOU, a 50억 deal and one without a company go."""
    agreement("데이터센터 투자협약")
    agreement("업무협약", kind="mou")
    agreement("작은 투자협약", eok=50)
    agreement("기관끼리 투자협약", company=False)

    response = deadlines_page(client, QUERY)

    assert titles(response) == {"데이터센터 투자협약"}
    assert response.context["count"] == 2  # its completion target and its open target
    page = response.content.decode()
    assert "데이터센터 투자협약 착공" in page
    assert "작은 투자협약" not in page
    assert "업무협약 착공" not in page


@FROZEN
def test_it_lists_every_deadline_without_a_filter(client):
    """No query string: every open agreement's deadlines, as before."""
    agreement("데이터센터 투자협약")
    agreement("업무협약", kind="mou")

    assert titles(deadlines_page(client)) == {"데이터센터 투자협약", "업무협약"}


@FROZEN
def test_it_shows_the_conditions_in_force_with_links_to_drop_and_clear_them(client):
    """Chips in Korean, each dropping itself; one link clears them all, one opens the same list."""
    page = deadlines_page(client, QUERY).content.decode()

    assert "이 조건의 기한만" in page
    assert "구분: 투자협약" in page
    assert "기관 유형: 기업" in page
    assert "사업비(억원): 100 ~" in page
    assert 'href="?party_kind=company&amp;budget_min=100"' in page  # drops 구분 only
    assert f'href="{reverse("agreements:deadlines")}">조건 지우기</a>' in page
    assert (
        f'href="{reverse("agreements:list")}?kind=investment&amp;party_kind=company&amp;budget_min=100"'
        in page
    )


@FROZEN
def test_it_shows_no_conditions_without_a_filter(client):
    """The plain page has no summary and no clearing link; a sort alone is not a condition."""
    for query in ("", "o=-budget"):
        page = deadlines_page(client, query).content.decode()

        assert "조건 지우기" not in page
        assert "이 조건의 기한만" not in page


@FROZEN
def test_it_links_its_own_calendar_with_the_same_query_string(client, settings):
    """The .ics link, the page's alternate link and the subscription address carry the filters; the
    page number does not."""
    settings.SITE_URL = "https://hyeopyak.example"
    page = deadlines_page(client, QUERY + "&page=2").content.decode()

    ics = f'{reverse("agreements:deadlines_ics")}?kind=investment&amp;party_kind=company&amp;budget_min=100"'
    assert page.count(f'href="{ics}') == 2
    assert f'value="https://hyeopyak.example{ics}' in page
    assert "page=2" not in page


@FROZEN
def test_its_calendar_holds_exactly_the_deadlines_on_the_page(client):
    """/deadlines.ics?<query> has one event per deadline the page lists, and says so in its name."""
    agreement("데이터센터 투자협약")
    agreement("업무협약", kind="mou")

    response = deadlines_page(client, QUERY)
    feed = icalendar.Calendar.from_ical(client.get(reverse("agreements:deadlines_ics") + "?" + QUERY).content)

    on_page = {f"{d.key}@hyeopyak" for section in response.context["sections"] for d in section.deadlines}
    assert {str(event["UID"]) for event in feed.walk("VEVENT")} == on_page
    assert len(on_page) == 2
    assert str(feed["X-WR-CALNAME"]) == "협약 기한 (구분: 투자협약, 기관 유형: 기업, 사업비(억원): 100 ~)"


@FROZEN
def test_the_list_links_to_the_deadlines_of_exactly_its_rows(client):
    """'이 목록의 마감' carries the list's filters, and the page it opens lists the same agreements."""
    agreement("데이터센터 투자협약")
    agreement("업무협약", kind="mou")
    agreement("작은 투자협약", eok=50)

    response = client.get(reverse("agreements:list") + "?" + QUERY + "&page=1")
    link = f'{reverse("agreements:deadlines")}?kind=investment&amp;party_kind=company&amp;budget_min=100"'
    assert link in response.content.decode()
    assert "이 목록의 마감" in response.content.decode()

    listed = {a.title for a in response.context["agreements"]}
    assert titles(deadlines_page(client, response.context["query"])) == listed == {"데이터센터 투자협약"}


@FROZEN
def test_the_organisation_page_links_to_its_own_deadlines(client):
    """On an organisation's page the link is filtered to that organisation."""
    kept = agreement("데이터센터 투자협약")
    agreement("업무협약", kind="mou")
    organization = kept.participations.first().organization

    response = client.get(reverse("agreements:organization", args=[organization.pk]))
    assert f'href="{reverse("agreements:deadlines")}?party={organization.pk}"' in response.content.decode()

    deadlines = deadlines_page(client, f"party={organization.pk}")
    assert titles(deadlines) == {"데이터센터 투자협약"}
    assert f"협약기관: {organization.name}" in deadlines.content.decode()


@FROZEN
def test_it_explains_an_invalid_value_and_applies_the_others(client):
    """A broken bookmark says which value it could not use, like the list, and is never a 500."""
    agreement("데이터센터 투자협약")
    agreement("업무협약", kind="mou")

    response = deadlines_page(client, "due_within=soon&kind=investment&budget_min=many")

    page = response.content.decode()
    assert "알아볼 수 없는 조건은 빼고 보여 드립니다." in page
    assert "N일 안에 마감: " in page
    assert "사업비(억원): " in page
    assert titles(response) == {"데이터센터 투자협약"}  # 구분 still applies


@FROZEN
def test_it_answers_an_unknown_party_with_a_message(client):
    """A party id that names nothing is an error message, not a 500 and not every deadline hidden."""
    agreement("데이터센터 투자협약")

    response = deadlines_page(client, "party=999999")

    assert "협약기관: " in response.content.decode()
    assert titles(response) == {"데이터센터 투자협약"}


@pytest.mark.parametrize("count", [5, 50])
@FROZEN
def test_it_filters_the_deadlines_in_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    """Kind, party kind and budget filters add no query, whatever the number of agreements."""
    for n in range(count):
        agreement(f"투자협약 {n}")

    # The data version (page cache); the filters (party kind and budget) are subqueries of: 1: every
    # section's count; 2: every section's first rows with the agreements and targets they show. The
    # summary needs nothing more.
    with django_assert_num_queries(3):
        response = deadlines_page(client, QUERY)

    assert response.context["count"] == 2 * count


@pytest.mark.parametrize("count", [5, 50])
@FROZEN
def test_it_checks_a_party_and_a_department_once_whatever_the_rows(client, django_assert_num_queries, count):
    """Filters whose values are checked against the database cost one query each, not one per row."""
    company = OrganizationFactory(classification="company", name="㈜새솔")
    for n in range(count):
        made = agreement(f"투자협약 {n}", department="투자유치과")
        ParticipationFactory(agreement=made, organization=company)

    # validation: the chosen party, the department choices; then the page's three (above).
    with django_assert_num_queries(5):
        response = deadlines_page(client, f"{QUERY}&party={company.pk}&department=투자유치과&status=signed")

    assert response.context["count"] == 2 * count
    assert "협약기관: ㈜새솔" in response.content.decode()

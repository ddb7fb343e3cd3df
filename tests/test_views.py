import datetime
import html

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.filters import PARTY_CHOICES_MAX
from agreements.loader import load_extraction
from agreements.models import Agreement
from tests.adminforms import fresh
from tests.factories import (
    AgreementFactory,
    BudgetFactory,
    OrganizationFactory,
    ParticipationFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db


def test_it_redirects_the_home_page_to_the_list(client):
    """`/` goes to the agreement list."""
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == reverse("agreements:list")


def test_the_list_shows_the_four_sample_agreements(client, sample_extraction):
    """Every agreement of the sample page is listed with its parties, in Korean."""
    load_extraction(sample_extraction)

    response = client.get(reverse("agreements:list"))

    assert response.status_code == 200
    page = response.content.decode()
    for title in Agreement.objects.values_list("title", flat=True):
        assert title in page
    assert "협약 4건" in page
    assert "㈜전북에이아이데이터센터" in page
    assert "3,007" in page  # the budget column, in 억원


def test_the_detail_shows_budgets_deadlines_and_the_article(client, sample_extraction):
    """Money reads '3,007억 원', the deadline '2027년', and the article text is there."""
    load_extraction(sample_extraction)
    agreement = Agreement.objects.get(kind="mou")

    response = client.get(agreement.get_absolute_url())

    page = response.content.decode()
    assert "3,007억 원" in page
    assert "2027년" in page
    assert "9.8 MW" in page
    assert "인허가 등 복잡한 행정 절차" in page
    assert "이정천" in page


def test_the_detail_answers_404_for_an_unknown_agreement(client):
    """A missing id is a 404, not an error page."""
    assert client.get(reverse("agreements:detail", args=[999])).status_code == 404


def list_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("agreements:list"))
    assert response.status_code == 200
    return len(queries)


def make_agreements(count):
    for _ in range(count):
        agreement = AgreementFactory()
        ParticipationFactory.create_batch(2, agreement=agreement)
        BudgetFactory(agreement=agreement)


def test_the_list_queries_do_not_grow_with_the_agreements(client):
    """5 and 50 agreements cost the same six queries."""
    make_agreements(5)
    with_five = list_queries(client)
    make_agreements(45)

    # 1 for the data version (the page cache's check; the page is rendered, as nothing is cached),
    # 1 count with the sum of the budgets of all matching agreements (their own totals),
    # 1 for the page of agreements (its ids read in a subquery), 1 prefetch of participations with
    # their organisations, and for the filter form: 1 for the party choices, 1 for the departments.
    assert list_queries(client) == with_five == 6


def test_the_party_field_lists_a_large_registry_no_more(client, django_assert_num_queries):
    """Past PARTY_CHOICES_MAX organisations taking part, the select offers only the one chosen."""
    agreement = AgreementFactory()
    organizations = OrganizationFactory.create_batch(PARTY_CHOICES_MAX + 1)
    for organization in organizations:
        ParticipationFactory(agreement=agreement, organization=organization)
    chosen = organizations[-1]

    plain = client.get(reverse("agreements:list")).content.decode()
    filtered = client.get(reverse("agreements:list") + f"?party={chosen.pk}").content.decode()

    def options(page):
        return page.split('name="party"')[1].split("</select>")[0].count("<option")

    assert options(plain) == 1  # 전체
    assert options(filtered) == 2
    assert f'<option value="{chosen.pk}" selected>{chosen.name}</option>' in filtered
    assert "전체 (기관이 많아 검색창이나 기관 페이지에서 고릅니다)" in filtered


def test_the_list_can_require_a_login(client, settings):
    """With PUBLIC_READ off, anonymous visitors are sent to log in."""
    settings.PUBLIC_READ = False

    response = client.get(reverse("agreements:list"))

    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.fixture
def editor(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", "editor@example.org")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["change_agreement", "change_target"]))
    client.force_login(user)
    return client


@time_machine.travel(datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
def test_it_moves_an_agreement_along_from_its_page(editor):
    """An editor sees the next statuses as buttons and a press changes the status."""
    agreement = AgreementFactory(status="in_progress")

    page = editor.get(agreement.get_absolute_url()).content.decode()
    response = editor.post(
        reverse("agreements:change_status", args=[agreement.pk]),
        {"to": "completed", **fresh(agreement)},
        follow=True,
    )

    assert 'value="completed"' in page
    agreement.refresh_from_db()
    assert (agreement.status, agreement.completed_on) == ("completed", datetime.date(2026, 3, 2))
    assert "상태를 '완료'(으)로 바꿨습니다." in html.unescape(response.content.decode())


def test_it_explains_a_refused_step_on_the_page(editor):
    """A forged illegal step comes back as the workflow's Korean message."""
    agreement = AgreementFactory(status="planned")

    response = editor.post(
        reverse("agreements:change_status", args=[agreement.pk]),
        {"to": "completed", **fresh(agreement)},
        follow=True,
    )

    assert "'예정' 상태에서 '완료' 상태로 바꿀 수 없습니다." in html.unescape(response.content.decode())
    agreement.refresh_from_db()
    assert agreement.status == "planned"


def test_it_refuses_status_changes_without_the_permission(client, django_user_model):
    """Reading is public; changing needs change_agreement, and only by POST."""
    agreement = AgreementFactory(status="signed")
    client.force_login(django_user_model.objects.create_user("reader"))

    assert (
        client.post(reverse("agreements:change_status", args=[agreement.pk]), {"to": "cancelled"}).status_code
        == 403
    )
    assert client.get(reverse("agreements:change_status", args=[agreement.pk])).status_code == 405
    assert "상태 바꾸기" not in client.get(agreement.get_absolute_url()).content.decode()
    agreement.refresh_from_db()
    assert agreement.status == "signed"


def test_it_marks_a_target_met_from_the_agreement_page(editor):
    """The 달성 button records today's date; a second press is refused."""
    target = TargetFactory()

    editor.post(reverse("agreements:target_met", args=[target.pk]), {"on": "2026-03-02"})
    response = editor.post(
        reverse("agreements:target_met", args=[target.pk]), {"on": "2026-03-05"}, follow=True
    )

    target.refresh_from_db()
    assert target.met_on == datetime.date(2026, 3, 2)
    assert "이미 2026-03-02에 달성한 목표입니다." in response.content.decode()


def test_it_refuses_a_malformed_date(editor):
    """A date that is not YYYY-MM-DD is explained, not a 500."""
    target = TargetFactory()

    response = editor.post(reverse("agreements:target_met", args=[target.pk]), {"on": "어제"}, follow=True)

    assert "YYYY-MM-DD" in response.content.decode()


def test_it_lists_an_organisations_agreements_with_the_filters(client):
    """/organizations/<id>/ shows its agreements, filterable, and exports only those."""
    organization = OrganizationFactory(name="㈜새솔", aliases=["새솔"])
    ParticipationFactory(
        organization=organization, agreement=AgreementFactory(title="새솔 체결", status="signed")
    )
    ParticipationFactory(
        organization=organization, agreement=AgreementFactory(title="새솔 완료", status="completed")
    )
    ParticipationFactory(agreement=AgreementFactory(title="남의 협약"))

    response = client.get(reverse("agreements:organization", args=[organization.pk]) + "?status=signed")

    assert response.status_code == 200
    assert [a.title for a in response.context["agreements"]] == ["새솔 체결"]
    page = response.content.decode()
    assert "㈜새솔" in page
    assert f'href="/agreements/export.csv?status=signed&amp;party={organization.pk}"' in page


def test_it_exports_nothing_from_the_page_of_an_organisation_without_agreements(client):
    """A parent body that takes part in nothing exports and subscribes to no rows, not every row."""
    parent = OrganizationFactory(name="한빛통신")
    ParticipationFactory(
        organization=OrganizationFactory(name="한빛통신 전북본부", parent=parent),
        agreement=AgreementFactory(
            title="남의 협약", due_on=datetime.date(2027, 12, 31), due_precision="year"
        ),
    )

    query = client.get(reverse("agreements:organization", args=[parent.pk])).context["query"]
    export = client.get(reverse("agreements:export_csv") + "?" + query)
    feed = client.get(reverse("agreements:calendar") + "?" + query)

    assert "남의 협약" not in b"".join(export.streaming_content).decode()
    assert "남의 협약" not in feed.content.decode()


@pytest.mark.parametrize("count", [5, 50])
def test_it_lists_an_organisation_in_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    """The organisation page costs the same with 5 or 50 agreements."""
    organization = OrganizationFactory()
    for _ in range(count):
        ParticipationFactory(organization=organization, agreement=BudgetFactory().agreement)

    # the data version (page cache); organisation with parent; count with the budget sum; the page
    # of agreements; their participations; the department choices (the party choice is not shown).
    with django_assert_num_queries(6):
        response = client.get(reverse("agreements:organization", args=[organization.pk]))

    assert response.context["page"].paginator.count == count


def test_it_answers_404_for_an_unknown_organisation(client):
    """A missing organisation is a 404."""
    assert client.get(reverse("agreements:organization", args=[999])).status_code == 404


@pytest.mark.parametrize("count", [5, 50])
def test_it_filters_the_list_in_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    """Filtering by status, party kind and budget does not add queries per row."""
    make_agreements(count)

    # the data version (page cache); count with the budget sum; the page; participations with
    # organisations; the party choices; the department choices.
    with django_assert_num_queries(6):
        response = client.get(
            reverse("agreements:list") + "?status=signed&party_kind=government&budget_min=1"
        )

    assert response.context["page"].paginator.count == count


def test_it_keeps_the_filters_in_the_page_links(client):
    """Page 2 of a filtered list is still filtered (the URL is the bookmark)."""
    make_agreements(55)

    page = client.get(reverse("agreements:list") + "?status=signed&o=title").content.decode()

    assert 'href="?status=signed&amp;o=title&amp;page=2"' in page
    assert "협약 55건" in page


def test_it_shows_the_conditions_in_force_with_links_that_drop_them(client):
    """Each active filter is a chip labelled in Korean; its link keeps the other filters."""
    organization = ParticipationFactory(organization__name="㈜새솔").organization

    page = client.get(
        reverse("agreements:list")
        + f"?status=signed&status=in_progress&party={organization.pk}&budget_min=100&overdue=on&page=1"
    ).content.decode()

    assert "상태: 체결, 추진중" in page
    assert "협약기관: ㈜새솔" in page
    assert "사업비(억원): 100 ~" in page
    assert f'href="?party={organization.pk}&amp;budget_min=100&amp;overdue=on"' in page  # drop the statuses
    assert 'href="?status=signed&amp;status=in_progress&amp;party=' in page


@pytest.mark.parametrize("count", [5, 50])
def test_it_keeps_the_list_queries_fixed_with_the_filters_in_force(client, django_assert_num_queries, count):
    """Text, statuses, kind, party, party kind, dates, budget, department, review and sort together."""
    company = OrganizationFactory(classification="company")
    make_agreements(count)
    for agreement in Agreement.objects.all():
        ParticipationFactory(agreement=agreement, organization=company)
    Agreement.objects.update(department="정보화정책과", due_on="2026-06-30", due_precision="half")
    query = (
        f"?q=스마트&status=signed&status=in_progress&kind=mou&party={company.pk}&party_kind=company"
        "&signed_after=2025-01-01&signed_before=2026-12-31&due_after=2026-01-01&due_before=2027-12-31"
        "&budget_min=1&budget_max=10000&department=정보화정책과&review=extracted&o=status"
    )

    # the data version (page cache); validation: the chosen party, the department choices; then the
    # count with the budget sum, the page of agreements, their participations; and the form: the
    # party choices, the departments.
    with django_assert_num_queries(8):
        response = client.get(reverse("agreements:list") + query)

    assert response.context["filter"].is_valid()
    assert response.context["page"].paginator.count == count


def translations_drawing_the_list(client, monkeypatch):
    """How many messages the list page translates (lazy labels included) as it is drawn."""
    from django.utils import translation

    calls = []
    real = translation._trans.gettext
    monkeypatch.setattr(translation._trans, "gettext", lambda message: calls.append(message) or real(message))
    assert client.get(reverse("agreements:list") + "?o=title").status_code == 200
    monkeypatch.setattr(translation._trans, "gettext", real)
    return len(calls)


def test_the_list_translates_each_rows_labels_once(client, monkeypatch, settings):
    """A row's kind and status are translated once each, not every kind and status there is (Django's
    get_FOO_display translated all eleven labels to look one up: ~650 translations a page)."""
    settings.PAGE_CACHE = False
    make_agreements(5)
    five = translations_drawing_the_list(client, monkeypatch)
    make_agreements(20)

    assert translations_drawing_the_list(client, monkeypatch) - five <= 20 * 2

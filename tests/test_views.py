import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.loader import load_extraction
from agreements.models import Agreement
from tests.factories import AgreementFactory, BudgetFactory, ParticipationFactory

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

    # 1 count for the paginator, 1 sum of the budgets of all matching agreements,
    # 1 for the page of agreements with their budget totals, 1 prefetch of participations with
    # their organisations, and for the filter form: 1 for the party choices, 1 for the departments.
    assert list_queries(client) == with_five == 6


def test_the_list_can_require_a_login(client, settings):
    """With PUBLIC_READ off, anonymous visitors are sent to log in."""
    settings.PUBLIC_READ = False

    response = client.get(reverse("agreements:list"))

    assert response.status_code == 302
    assert "login" in response["Location"]

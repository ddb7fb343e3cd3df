"""The admin import when the loader refuses what the extractor read: a form error, and nothing saved."""

import pytest
from django.urls import reverse

from agreements.models import Agreement, Article, Budget, Participation, SourceDocument, Target
from people.models import Organization, Person

pytestmark = pytest.mark.django_db

IMPORT_URL = "admin:agreements_agreement_import"


def release(amount="3007억원", aim="2027년까지 공장을 완공할 계획이다."):
    return (
        "한빛시, 새솔전자와 투자협약\n\n"
        f"한빛시는 지난 5일 시청에서 새솔전자㈜와 {amount} 규모의 투자협약을 체결했다고 6일 밝혔다.\n"
        f"새솔전자는 {aim}\n"
    )


def row_counts():
    models = [SourceDocument, Article, Agreement, Participation, Budget, Target, Organization, Person]
    return {model.__name__: model.objects.count() for model in models}


@pytest.mark.parametrize("amount", ["999999조원", "9999999조원"])
def test_it_reads_no_budget_from_a_figure_no_city_can_sign(staff_client, amount):
    """Beyond 1,000조원 a figure is an economy, not a budget: the draft has no budget, not that sum."""
    response = staff_client.post(reverse(IMPORT_URL), {"text": release(amount=amount)})

    assert response.status_code == 302
    assert Agreement.objects.count() == 1
    assert Budget.objects.count() == 0


def test_it_never_stores_a_negative_amount_as_a_positive_one(staff_client):
    """'-3억원' in a release was stored as a budget of +3억원; a decrease is not a sum spent."""
    staff_client.post(reverse(IMPORT_URL), {"text": release(amount="-3억원")})

    assert Agreement.objects.count() == 1
    assert not Budget.objects.filter(amount_krw=300_000_000).exists()


def test_it_shows_a_target_too_large_to_store_as_a_form_error(staff_client):
    """A target of 99,999,999,999,999,999 people is refused on the form, not by the database."""
    aim = "2030년까지 99999999999999999명을 고용할 계획이다."

    response = staff_client.post(reverse(IMPORT_URL), {"text": release(aim=aim)})

    errors = response.context["form"].non_field_errors()
    assert "아무것도 저장하지 않았습니다" in errors[0]
    assert "목표 수치로 저장할 수 있는 범위를 넘습니다" in errors[0]
    assert set(row_counts().values()) == {0}


def test_it_leaves_earlier_imports_as_they_were_when_loading_fails(staff_client):
    """A refused import of a corrected release changes neither the draft nor anything else."""
    staff_client.post(reverse(IMPORT_URL), {"text": release()})
    agreement = Agreement.objects.get()
    before = row_counts()

    aim = "2030년까지 99999999999999999명을 고용할 계획이다."
    response = staff_client.post(reverse(IMPORT_URL), {"text": release(aim=aim)})

    assert response.context["form"].non_field_errors()
    assert row_counts() == before
    assert Budget.objects.get(agreement=agreement).amount_krw == 300_700_000_000

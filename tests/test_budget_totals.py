"""Each agreement's total budget is kept by the database, whatever path writes a budget (issue 11)."""

import pytest
from django.urls import reverse

from agreements.models import Agreement, Budget
from tests.factories import AgreementFactory, BudgetFactory

pytestmark = pytest.mark.django_db

EOK = 10**8


def total(agreement):
    return Agreement.objects.values_list("total_budget", flat=True).get(pk=agreement.pk)


def test_it_sums_the_budgets_as_they_are_added_changed_and_deleted():
    """None without a budget; the sum after each change; None again once the last one goes."""
    agreement = AgreementFactory()
    assert total(agreement) is None

    first = BudgetFactory(agreement=agreement, amount_krw=3 * EOK)
    Budget.objects.bulk_create([Budget(agreement=agreement, amount_krw=2 * EOK)])
    assert total(agreement) == 5 * EOK

    first.amount_krw = 10 * EOK
    first.save()
    assert total(agreement) == 12 * EOK

    Budget.objects.filter(agreement=agreement).delete()
    assert total(agreement) is None


def test_it_moves_a_budget_between_agreements():
    """A budget moved to another agreement leaves the first and counts for the second."""
    one, other = AgreementFactory(), AgreementFactory()
    budget = BudgetFactory(agreement=one, amount_krw=7 * EOK)

    budget.agreement = other
    budget.save()

    assert total(one) is None
    assert total(other) == 7 * EOK


def test_a_stale_agreement_does_not_write_back_an_old_total():
    """An agreement read before its budgets changed, then saved, keeps the database's total."""
    agreement = AgreementFactory()
    stale = Agreement.objects.get(pk=agreement.pk)
    BudgetFactory(agreement=agreement, amount_krw=4 * EOK)

    stale.title = "고친 이름"
    stale.save()

    assert total(agreement) == 4 * EOK
    assert Agreement.objects.get(pk=agreement.pk).title == "고친 이름"


def test_the_list_shows_and_sorts_by_the_totals(client):
    """The list's total is the sum of the rows' budgets, and '사업비 큰 순' puts the largest first."""
    small, large, none = (
        AgreementFactory(title="작은"),
        AgreementFactory(title="큰"),
        AgreementFactory(title="없는"),
    )
    BudgetFactory(agreement=small, amount_krw=1 * EOK)
    BudgetFactory(agreement=large, amount_krw=300 * EOK)
    BudgetFactory(agreement=large, amount_krw=7 * EOK)

    response = client.get(reverse("agreements:list") + "?o=-budget")

    assert [a.title for a in response.context["agreements"]] == ["큰", "작은", "없는"]
    assert response.context["total_budget"] == 308 * EOK
    assert none.title in response.content.decode()


def test_it_filters_agreements_without_a_budget(client):
    """'사업비 없음' keeps exactly those with no budget line, a zero budget being a budget."""
    AgreementFactory(title="없는")
    BudgetFactory(agreement=AgreementFactory(title="영"), amount_krw=0)

    response = client.get(reverse("agreements:list") + "?no_budget=on")

    assert [a.title for a in response.context["agreements"]] == ["없는"]


def test_a_deep_page_shows_the_rows_of_that_page_in_order(client):
    """Page 3 of 120 agreements holds the 101st to the 120th, in the list's order."""
    for n in range(120):
        AgreementFactory(title=f"협약 {n:03d}")

    response = client.get(reverse("agreements:list") + "?o=title&page=3")

    assert [a.title for a in response.context["agreements"]] == [f"협약 {n:03d}" for n in range(100, 120)]
    assert response.context["page"].paginator.count == 120

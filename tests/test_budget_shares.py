"""A budget line that is a share of another (a firm's part of a stated total, a total's breakdown
into 국비 and 시비) stays on the agreement with its words and is left out of its sum: a 500억 pact
listed with its firms' shares shows 500억, not 1,000억."""

import datetime

import pytest
from django.urls import reverse

from agreements.ingest import extract_text
from agreements.loader import LoadError, load_extraction
from agreements.models import Agreement, Budget
from tests.articles import only_agreement
from tests.factories import AgreementFactory, BudgetFactory

EOK = 10**8
DAY = datetime.date(2031, 4, 8)

FIRMS = (
    "하람군은 7일 군청에서 하람산단 입주 4개 기업과 총 600억 원 규모의 투자협약을 체결했다.\n"
    "기업별 투자 규모는 ㈜가온소재 250억 원, ㈜누리정밀 150억 원, ㈜다솜식품 120억 원, "
    "㈜라온테크 80억 원이다.\n"
)


def shares(text):
    return {b["amount_krw"] // EOK: b.get("share", False) for b in only_agreement(text, published=DAY)["budgets"]}


def total(agreement_pk):
    return Agreement.objects.values_list("total_budget", flat=True).get(pk=agreement_pk)


# --- the extractor marks the shares -------------------------------------------------------------


def test_each_firms_part_of_a_stated_total_is_a_share():
    """'총 600억 원 … 기업별 투자 규모는 A 250억 원, B 150억 원, …': the four parts add up to the total;
    they stay budgets, marked as shares."""
    assert shares(FIRMS) == {600: False, 250: True, 150: True, 120: True, 80: True}


def test_parts_told_before_their_total_are_shares():
    """'A가 200억 원, B가 100억 원 등 모두 300억 원을 투자한다': the total comes after its parts."""
    text = (
        "바다시는 12일 시청에서 ㈜한결에너지, ㈜새봄전력과 풍력단지 조성 투자협약을 체결했다.\n"
        "한결에너지가 200억 원, 새봄전력이 100억 원 등 두 기업이 모두 300억 원을 투자한다.\n"
    )
    assert shares(text) == {200: True, 100: True, 300: False}


def test_a_totals_breakdown_after_jung_is_a_share():
    """'총사업비 90억 원 중 국비 45억 원, 도비 13억 원': the breakdown's lines are shares even where they
    do not add up to the whole (the rest is not told)."""
    text = (
        "누리군은 3일 ㈜솔내바이오와 바이오 실증센터 건립 협약을 체결했다.\n"
        "센터는 총사업비 90억 원 중 국비 45억 원, 도비 13억 원을 들여 2033년까지 짓는다.\n"
    )
    assert shares(text) == {90: False, 45: True, 13: True}


def test_amounts_that_add_up_to_nothing_are_all_in_the_total():
    """Guard: a firm's investment and the city's support are two sums of money, both counted."""
    text = (
        "바다시는 12일 시청에서 ㈜한결에너지와 수소충전소 구축 투자협약을 체결했다.\n"
        "한결에너지는 300억 원을 투자하고, 시는 인허가와 기반시설 20억 원을 지원한다.\n"
    )
    assert shares(text) == {300: False, 20: False}


# --- the database sums only what is in the total -------------------------------------------------


@pytest.mark.django_db
def test_an_imported_pact_with_its_firms_shares_totals_the_pact_once(client):
    """Read, loaded and listed: the list and its sum show 600억, and the detail page tells the shares."""
    load_extraction(extract_text(FIRMS, name="p.txt", published=DAY))
    (agreement,) = Agreement.objects.all()

    assert total(agreement.pk) == 600 * EOK
    listed = client.get(reverse("agreements:list"))
    assert listed.context["total_budget"] == 600 * EOK
    detail = client.get(agreement.get_absolute_url()).content.decode()
    assert detail.count("합계에 든 내역") == 4


@pytest.mark.django_db
def test_ticking_and_unticking_a_line_moves_the_total():
    """A person who marks a line as a share, or back, sees the sum follow, on either database."""
    agreement = AgreementFactory()
    whole = BudgetFactory(agreement=agreement, amount_krw=500 * EOK)
    part = BudgetFactory(agreement=agreement, amount_krw=200 * EOK)
    assert total(agreement.pk) == 700 * EOK

    part.is_share = True
    part.save()
    assert total(agreement.pk) == 500 * EOK

    Budget.objects.filter(pk=whole.pk).update(is_share=True)
    assert total(agreement.pk) is None

    Budget.objects.filter(agreement=agreement).update(is_share=False)
    assert total(agreement.pk) == 700 * EOK


@pytest.mark.django_db
def test_a_share_marker_that_is_not_true_or_false_is_refused_with_a_reason():
    """'share': "no" is refused in one line that names it, and nothing is stored."""
    data = extract_text(FIRMS, name="p.txt", published=DAY)
    data["articles"][0]["agreements"][0]["budgets"][1]["share"] = "no"

    with pytest.raises(LoadError) as refused:
        load_extraction(data)

    assert "'share'" in str(refused.value) and "\n" not in str(refused.value)
    assert not Agreement.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_budgets_stored_before_the_migration_stay_in_their_totals():
    """Budgets made before migration 0015 are no shares and keep their total; after it, marking one
    as a share moves the total, and a budget's change still reaches the page cache's data version."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from agreements.models_version import data_version

    executor = MigrationExecutor(connection)
    executor.migrate([("agreements", "0014_target_agreement_open")])
    apps = executor.loader.project_state([("agreements", "0014_target_agreement_open")]).apps
    agreement = apps.get_model("agreements", "Agreement").objects.create(title="옛 협약")
    for amount in (300 * EOK, 200 * EOK):
        apps.get_model("agreements", "Budget").objects.create(agreement=agreement, amount_krw=amount)

    MigrationExecutor(connection).migrate(executor.loader.graph.leaf_nodes())

    assert total(agreement.pk) == 500 * EOK
    assert not Budget.objects.filter(agreement_id=agreement.pk, is_share=True).exists()
    before = data_version()
    Budget.objects.filter(agreement_id=agreement.pk, amount_krw=200 * EOK).update(is_share=True)
    assert total(agreement.pk) == 300 * EOK
    assert data_version() != before


@pytest.mark.django_db
def test_a_clerk_who_ticks_a_share_in_the_admin_sees_the_total_follow(client, django_user_model):
    """In the change form's budget lines, ticking '다른 줄의 몫' on a firm's part takes it out of the
    list's sum; a form that leaves the box out counts the line, as an unticked box does."""
    from django.contrib.auth.models import Group

    from tests.adminforms import change_form_data

    agreement = AgreementFactory(title="가온 투자협약")
    BudgetFactory(agreement=agreement, amount_krw=500 * EOK)
    part = BudgetFactory(agreement=agreement, amount_krw=200 * EOK)
    clerk = django_user_model.objects.create_user("clerk", password="pw", is_staff=True)
    clerk.groups.add(Group.objects.get(name="담당자"))
    client.force_login(clerk)
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    data = change_form_data(client.get(url))
    line = next(k[: -len("-id")] for k, v in data.items() if k.startswith("budgets-") and k.endswith("-id") and v == str(part.pk))

    assert client.post(url, {**data, f"{line}-is_share": "on"}).status_code == 302
    assert total(agreement.pk) == 500 * EOK

    data = change_form_data(client.get(url))
    data.pop(f"{line}-is_share", None)
    assert client.post(url, data).status_code == 302
    assert total(agreement.pk) == 700 * EOK

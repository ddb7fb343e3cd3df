import datetime

import pytest

from tests.factories import AgreementFactory, BudgetFactory, OrganizationFactory, ParticipationFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_it_goes_from_a_filtered_list_to_its_deadlines_and_back(page, live_server, screenshots_dir):
    """'100억 이상 기업 협약' → '이 목록의 마감' lists that list's deadlines; '조건 지우기' lists all."""
    company = OrganizationFactory(name="㈜새솔에너지", classification="company")
    big = AgreementFactory(
        title="수소충전소 구축 협약", due_on=datetime.date(2030, 6, 30), due_precision="half"
    )
    ParticipationFactory(agreement=big, organization=company)
    BudgetFactory(agreement=big, amount_krw=300 * 10**8)
    AgreementFactory(title="청년 창업 지원 협약", due_on=datetime.date(2030, 3, 31), due_precision="month")

    page.goto(live_server.url + "/agreements/")
    page.get_by_role("link", name="100억 이상 기업 협약").click()
    page.wait_for_url("**budget_min=100**")
    page.get_by_role("link", name="이 목록의 마감").click()

    page.wait_for_url(lambda url: "/deadlines/?" in url and "party_kind=company" in url)
    main = page.locator("main").inner_text()
    assert "수소충전소 구축 협약" in main
    assert "청년 창업 지원 협약" not in main
    assert "기관 유형: 기업" in page.locator(".active-filters").inner_text()
    page.screenshot(path=str(screenshots_dir / "e2e-deadlines-filtered.png"), full_page=True)

    page.get_by_role("link", name="조건 지우기").click()
    page.wait_for_url("**/deadlines/")
    assert "청년 창업 지원 협약" in page.locator("main").inner_text()

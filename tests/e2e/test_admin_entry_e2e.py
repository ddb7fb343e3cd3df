"""Data entry and review in a real browser: Korean amounts and deadlines, add-another, review."""

import copy

import pytest
from playwright.sync_api import expect

from agreements.loader import load_extraction
from agreements.models import Agreement
from people.models import Organization

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def admin_page(page, live_server, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    return page


def test_it_saves_an_agreement_typed_in_korean_units(admin_page, live_server):
    """Typing 3007억원 and 2027 saves won and a year, shown back as 3,007억 원 and 2027년."""
    page = admin_page
    page.goto(live_server.url + "/admin/agreements/agreement/add/")
    page.fill("#id_title", "한빛시 데이터센터 업무협약")
    page.fill("#id_due", "2027")
    page.click("#budgets-group .add-row a")
    page.fill("#id_budgets-0-amount_krw", "3007억원")
    page.click("input[name=_continue]")

    page.wait_for_selector(".messagelist")
    assert page.input_value("#id_due") == "2027년"
    assert page.input_value("#id_budgets-0-amount_krw") == "3,007억 원"
    agreement = Agreement.objects.get()
    assert (str(agreement.due_on), agreement.due_precision) == ("2027-12-31", "year")
    assert agreement.budgets.get().amount_krw == 300_700_000_000

    page.goto(live_server.url + "/admin/agreements/agreement/")
    row = page.locator("#result_list tbody tr").first
    assert "3,007억 원" in row.inner_text()
    assert "2027년" in row.inner_text()


def test_it_shows_a_korean_error_for_an_unreadable_amount(admin_page, live_server):
    """An amount the parser refuses comes back as an error beside the field."""
    page = admin_page
    page.goto(live_server.url + "/admin/agreements/agreement/add/")
    page.fill("#id_title", "협약")
    page.click("#budgets-group .add-row a")
    page.fill("#id_budgets-0-amount_krw", "삼천억쯤")
    page.click("input[name=_save]")

    assert "금액으로 읽을 수 없습니다" in page.locator("#budgets-group .errorlist").first.inner_text()
    assert not Agreement.objects.exists()


def test_it_adds_a_new_organization_from_the_party_inline(admin_page, live_server):
    """The + beside the organisation autocomplete opens a popup and selects the new organisation."""
    page = admin_page
    page.goto(live_server.url + "/admin/agreements/agreement/add/")
    page.fill("#id_title", "새솔전자 투자협약")
    page.click("#participations-group .add-row a")
    with page.expect_popup() as popup_info:
        page.click("#add_id_participations-0-organization")
    popup = popup_info.value
    popup.wait_for_selector("#id_name")
    popup.fill("#id_name", "새솔전자㈜")
    popup.fill("#id_aliases", "새솔전자\n새솔")
    popup.click("input[name=_save]")
    popup.wait_for_event("close")

    # the opener fills the select after the popup has closed: wait for it rather than read at once
    expect(page.locator("#select2-id_participations-0-organization-container")).to_have_text("새솔전자㈜")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist")
    organization = Organization.objects.get()
    assert organization.aliases == ["새솔전자", "새솔"]
    assert Agreement.objects.get().participations.get().organization == organization


def test_it_reviews_a_draft_from_the_sample_page(admin_page, live_server, sample_extraction, screenshots_dir):
    """The review screen shows the article beside the values; 검토 완료 marks it reviewed."""
    load_extraction(sample_extraction)
    agreement = Agreement.objects.get(kind="mou")
    page = admin_page
    page.goto(f"{live_server.url}/admin/agreements/agreement/{agreement.pk}/review/")

    assert page.locator(".hy-text mark").count() >= 8
    page.hover(".hy-values li[id^=budget-]")
    assert "hy-active" in (page.locator("mark[data-target^=budget-]").first.get_attribute("class") or "")
    page.screenshot(path=str(screenshots_dir / "review-draft.png"))
    page.screenshot(path=str(screenshots_dir / "review-draft-full.png"), full_page=True)

    page.click("input[value='검토 완료']")
    page.wait_for_selector(".hy-pill-reviewed")
    agreement.refresh_from_db()
    assert agreement.review_state == "reviewed"
    page.screenshot(path=str(screenshots_dir / "review-done.png"))


def test_it_settles_conflicts_of_a_corrected_document(
    admin_page, live_server, sample_extraction, screenshots_dir
):
    """A corrected article is proposed as the reviewed agreement; once merged its differences are
    conflicts, and accepting one writes the new amount."""
    load_extraction(sample_extraction)
    agreement = Agreement.objects.get(kind="mou")
    Agreement.objects.filter(pk=agreement.pk).update(review_state="reviewed")
    corrected = copy.deepcopy(sample_extraction)
    corrected["sha256"] = "c" * 64
    draft = corrected["articles"][0]["agreements"][0]
    draft["budgets"][0].update(text="3000억원", amount_krw=300_000_000_000)
    draft["place"] = "시청 4층 대회의실"
    load_extraction(corrected)
    page = admin_page

    page.goto(f"{live_server.url}/admin/agreements/agreement/{agreement.pk}/review/")
    assert page.locator(".hy-conflict").count() == 0
    assert "이 협약과 같은 협약일 수 있습니다" in page.locator(".hy-match").inner_text()
    page.screenshot(path=str(screenshots_dir / "review-match.png"))
    page.locator(".hy-match button[value=confirm]").click()
    page.wait_for_selector(".messagelist")
    assert page.locator(".hy-match").count() == 0
    assert page.locator(".hy-conflict").count() == 2
    page.screenshot(path=str(screenshots_dir / "review-conflicts.png"))
    page.locator(".hy-conflict", has_text="3,000억 원").locator("button[value=accept]").click()
    page.wait_for_selector(".messagelist")

    assert agreement.budgets.get().amount_krw == 300_000_000_000
    assert page.locator(".hy-conflict").count() == 1

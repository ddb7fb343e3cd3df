import csv
import datetime
import io

import pytest

from tests.factories import AgreementFactory, BudgetFactory, OrganizationFactory, ParticipationFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def agreements():
    company = OrganizationFactory(name="㈜새솔에너지", classification="company")
    city = OrganizationFactory(name="한빛시")
    wanted = AgreementFactory(
        title="수소충전소 구축 업무협약",
        status="in_progress",
        due_on=datetime.date(2027, 12, 31),
        due_precision="year",
    )
    ParticipationFactory(agreement=wanted, organization=city)
    ParticipationFactory(agreement=wanted, organization=company)
    BudgetFactory(agreement=wanted, amount_krw=120 * 10**8)
    same_party_other_status = AgreementFactory(title="=SUM(A1) 관광 협약", status="signed")
    ParticipationFactory(agreement=same_party_other_status, organization=company)
    ParticipationFactory(agreement=AgreementFactory(title="청년 창업 지원 협약", status="in_progress"))
    return wanted, company


def test_it_filters_opens_and_downloads_what_the_list_shows(page, live_server, agreements, screenshots_dir):
    """List → filter by status and party → open the agreement → the CSV holds the filtered rows."""
    wanted, company = agreements
    page.goto(live_server.url + "/agreements/")
    assert page.locator(".summary").inner_text().startswith("협약 3건")

    page.get_by_label("추진중").check()
    page.get_by_label("협약기관").select_option(label="㈜새솔에너지")
    page.get_by_role("button", name="찾기").click()

    page.wait_for_url(lambda url: "status=in_progress" in url and f"party={company.pk}" in url)
    assert page.locator(".summary").inner_text().startswith("협약 1건")
    assert page.get_by_label("추진중").is_checked()  # the form keeps what was asked
    page.screenshot(path=str(screenshots_dir / "e2e-list-filtered.png"))

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV로 내려받기").click()
    download = download_info.value
    raw = open(download.path(), "rb").read()
    assert download.suggested_filename.startswith("hyeopyak-agreements-")
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0][:2] == ["관리번호", "협약명"]
    assert [row[1] for row in rows[1:]] == ["수소충전소 구축 업무협약"]
    assert rows[1][3] == "한빛시; ㈜새솔에너지"
    assert rows[1][8] == str(120 * 10**8)

    page.get_by_role("link", name="수소충전소 구축 업무협약").click()
    page.wait_for_url(f"**/agreements/{wanted.pk}/")
    assert page.locator("h1").inner_text() == "수소충전소 구축 업무협약"
    assert "120억 원" in page.locator("main").inner_text()
    assert "2027년" in page.locator(".facts").inner_text()


def test_it_reads_on_a_phone(page, live_server, agreements, screenshots_dir):
    """At 390px the list has no horizontal scroll and the deadlines page shows days left."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/agreements/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(screenshots_dir / "e2e-list-phone.png"))

    page.get_by_role("link", name="기한", exact=True).click()
    assert "남음" in page.locator("main").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

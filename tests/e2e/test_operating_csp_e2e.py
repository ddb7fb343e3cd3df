"""The Content-Security-Policy in a real browser: every page people use loads, runs its scripts and
applies its styles without one violation (a blocked inline script or style would be one)."""

import pytest

from agreements.loader import load_extraction
from agreements.models import Agreement

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Recorded in the page before any of its own code runs; Playwright's init scripts are not subject
# to the page's policy.
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sourceFile || "") + ":" + e.lineNumber);
});
"""


@pytest.fixture
def watched_page(page):
    console = []
    page.on("console", lambda msg: console.append(msg.text) if msg.type == "error" else None)
    page.add_init_script(RECORD_VIOLATIONS)
    page.console_errors = console
    return page


def violations(page):
    recorded = page.evaluate("window.__csp || []")
    from_console = [text for text in page.console_errors if "Content Security Policy" in text]
    page.console_errors.clear()
    return recorded + from_console


def test_the_admin_and_the_pages_run_under_the_policy(watched_page, live_server, django_user_model, sample_extraction):
    page = watched_page
    load_extraction(sample_extraction)
    agreement = Agreement.objects.order_by("pk").first()
    organization = agreement.participations.first().organization
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")

    response = page.goto(live_server.url + "/admin/login/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")

    visited = {}
    admin = live_server.url + "/admin/agreements/agreement/"
    for url in [
        live_server.url + "/admin/",
        admin,
        admin + "?review_state__exact=extracted",
        admin + f"{agreement.pk}/change/",
        admin + f"{agreement.pk}/review/",
        admin + f"{agreement.pk}/history/",
        admin + "import/",
        admin + "add/",
        live_server.url + "/admin/people/organization/",
        live_server.url + f"/admin/people/organization/{organization.pk}/change/",
        live_server.url + "/agreements/",
        live_server.url + f"/agreements/{agreement.pk}/",
        live_server.url + "/deadlines/",
        live_server.url + f"/organizations/{organization.pk}/",
    ]:
        response = page.goto(url)
        assert response.status == 200, url
        page.wait_for_load_state("load")
        visited[url] = violations(page)

    # Scripts that run on interaction: the inlines' "add another" row and the review page's
    # highlighting (both would fail silently if their script had been blocked).
    page.goto(admin + f"{agreement.pk}/change/")
    rows = page.locator("#budgets-group tr.form-row:not(.empty-form)").count()
    page.click("#budgets-group .add-row a")
    assert page.locator("#budgets-group tr.form-row:not(.empty-form)").count() == rows + 1
    visited["change form, add a row"] = violations(page)

    page.goto(admin + f"{agreement.pk}/review/")
    mark = page.locator("[data-target]").first
    mark.hover()
    assert "hy-active" in (mark.get_attribute("class") or "")
    visited["review, hover"] = violations(page)

    # The calendar address selects itself when clicked (it was an inline onfocus handler).
    page.goto(live_server.url + "/deadlines/")
    page.click("details.subscribe summary")
    page.click("#subscription-url")
    selection = page.evaluate("(f => [f.selectionStart, f.selectionEnd, f.value.length])(document.getElementById('subscription-url'))")
    assert selection[0] == 0 and selection[1] == selection[2] > 0
    visited["deadlines, focus the address"] = violations(page)

    # The cancel button asks first (its confirm() was an inline onclick, which the policy refuses).
    page.goto(live_server.url + f"/agreements/{agreement.pk}/")
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.click("form.workflow button.danger")
    page.wait_for_load_state("load")
    assert asked and "되돌릴 수 없습니다" in asked[0]
    agreement.refresh_from_db()
    assert agreement.status != Agreement.Status.CANCELLED
    visited["detail, cancel dismissed"] = violations(page)

    assert {url: found for url, found in visited.items() if found} == {}

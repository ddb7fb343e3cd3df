"""Optimistic locking of the status buttons and the review actions: a button pressed on a page opened
before someone else's change is refused with a message naming it, and a fresh one moves the agreement."""

import pytest
from django.urls import reverse

from agreements.models import ImportConflict
from tests import factories
from tests.adminforms import change_form_data, seen
from tests.locking.support import change_url, day, logged_in, page_text

pytestmark = pytest.mark.django_db


# --- the status buttons and the review actions --------------------------------------------------


def status_url(agreement):
    return reverse("agreements:change_status", args=[agreement.pk])


def test_it_refuses_a_stale_status_button(agreement, kim, lee):
    """Lee presses 취소 on a page opened before Kim's edit: refused, Kim's change named."""
    first, second = logged_in(kim), logged_in(lee)
    kims = change_form_data(first.get(change_url(agreement)))
    lees_page = second.get(agreement.get_absolute_url())
    stale = seen(lees_page.context["agreement"])
    kims["title"] = "김의 이름"
    assert first.post(change_url(agreement), kims).status_code == 302

    response = second.post(status_url(agreement), {"to": "cancelled", **stale}, follow=True)

    assert f"협약명: 옛 이름 → 김의 이름, {day()}, 김담당" in page_text(response)
    agreement.refresh_from_db()
    assert (agreement.status, agreement.title) == ("signed", "김의 이름")


def test_it_refuses_a_status_button_pressed_twice_from_one_page(agreement, lee):
    """Two presses from the same page: the second is refused as stale, naming the first."""
    client = logged_in(lee)
    page = seen(client.get(agreement.get_absolute_url()).context["agreement"])
    client.post(status_url(agreement), {"to": "in_progress", **page})

    response = client.post(status_url(agreement), {"to": "cancelled", **page}, follow=True)

    assert f"상태: 체결 → 추진중, {day()}, 이검토" in page_text(response)
    agreement.refresh_from_db()
    assert agreement.status == "in_progress"


def test_it_sends_the_version_with_the_status_buttons_and_moves_a_fresh_one(agreement, lee):
    """The page's status form carries the version; pressing a button from it works."""
    client = logged_in(lee)
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert f'name="version" value="{agreement.version}"' in page

    client.post(status_url(agreement), {"to": "in_progress", **seen(agreement)})

    agreement.refresh_from_db()
    assert agreement.status == "in_progress"


def test_it_refuses_a_status_button_without_its_version(agreement, lee):
    """A status post that does not say which version it saw is refused."""
    response = logged_in(lee).post(status_url(agreement), {"to": "cancelled"}, follow=True)

    assert "새로 고친 뒤" in page_text(response)
    agreement.refresh_from_db()
    assert agreement.status == "signed"


def review_post(client, name, agreement, data):
    return client.post(reverse(f"admin:agreements_agreement_{name}", args=[agreement.pk]), data, follow=True)


def test_it_refuses_a_stale_review_and_a_stale_reopen(agreement, kim, lee):
    """검토 완료 and 검토 다시 열기 from a screen opened before a change are refused."""
    first, second = logged_in(kim), logged_in(lee)
    review_page = reverse("admin:agreements_agreement_review", args=[agreement.pk])
    stale = seen(second.get(review_page).context["agreement"])
    kims = change_form_data(first.get(change_url(agreement)))
    kims["title"] = "김의 이름"
    assert first.post(change_url(agreement), kims).status_code == 302

    response = review_post(second, "review_done", agreement, stale)

    assert f"협약명: 옛 이름 → 김의 이름, {day()}, 김담당" in page_text(response)
    agreement.refresh_from_db()
    assert agreement.review_state == "extracted"

    fresh = seen(second.get(review_page).context["agreement"])
    review_post(second, "review_done", agreement, fresh)
    agreement.refresh_from_db()
    assert agreement.review_state == "reviewed"

    response = review_post(second, "review_reopen", agreement, fresh)  # the page before the review

    assert f"검토 상태: 검토 대기 → 검토 완료, {day()}, 이검토" in page_text(response)
    agreement.refresh_from_db()
    assert agreement.review_state == "reviewed"


def test_it_refuses_a_stale_conflict_settlement(agreement, kim, lee):
    """Accepting an import's value from a screen opened before a person's edit is refused."""
    conflict = factories.ImportConflictFactory(
        agreement=agreement,
        field="place",
        kept_value="",
        incoming_value="시청",
        incoming_data={"place": "시청"},
    )
    first, second = logged_in(kim), logged_in(lee)
    stale = seen(
        second.get(reverse("admin:agreements_agreement_review", args=[agreement.pk])).context["agreement"]
    )
    kims = change_form_data(first.get(change_url(agreement)))
    kims["place"] = "도청"
    assert first.post(change_url(agreement), kims).status_code == 302

    url = reverse("admin:agreements_agreement_conflict", args=[agreement.pk, conflict.pk])
    response = second.post(url, {"decision": "accept", **stale}, follow=True)

    assert f"체결 장소: — → 도청, {day()}, 김담당" in page_text(response)
    agreement.refresh_from_db()
    assert agreement.place == "도청"
    assert not ImportConflict.objects.get(pk=conflict.pk).resolved


def test_it_sends_the_version_with_every_review_button(agreement, kim):
    """The review screen's forms all carry the version they were drawn at."""
    factories.ImportConflictFactory(agreement=agreement, field="place", incoming_data={"place": "시청"})
    factories.AgreementFactory()  # another draft, so the 'and next' button shows
    page = (
        logged_in(kim).get(reverse("admin:agreements_agreement_review", args=[agreement.pk])).content.decode()
    )

    assert page.count(f'name="version" value="{agreement.version}"') == 3

"""Optimistic locking: a save from a screen opened before someone else's change is refused.

Two people open the same agreement; the first saves; the second's save (stale) is refused with a
message naming who changed what since the screen was opened, and the first one's change stays.
"""

import datetime
import threading
import time

import pytest
from django.db import OperationalError, connection, transaction
from django.db.models.signals import post_init
from django.urls import reverse
from django.utils import timezone

from agreements import locking
from agreements.loader import load_extraction
from agreements.models import Agreement
from agreements.workflow import agreement_transition, target_meet
from tests import factories
from tests.adminforms import change_form_data
from tests.locking.support import budget_key, change_url, day, logged_in, page_text

pytestmark = pytest.mark.django_db


# --- the admin change form ----------------------------------------------------------------------


def test_it_refuses_a_stale_change_form_and_names_who_changed_what(agreement, kim, lee):
    """Kim and Lee open the same form; Kim saves title and budget; Lee's later save is refused."""
    first, second = logged_in(kim), logged_in(lee)
    kims = change_form_data(first.get(change_url(agreement)))
    lees = change_form_data(second.get(change_url(agreement)))
    kims["title"] = "김의 이름"
    kims[budget_key(kims)] = "5억원"
    assert first.post(change_url(agreement), kims).status_code == 302

    lees["summary"] = "이의 요약"
    refused = second.post(change_url(agreement), lees)

    assert refused.status_code == 200
    text = page_text(refused)
    assert "저장하지 않았습니다" in text
    assert f"협약명: 옛 이름 → 김의 이름, {day()}, 김담당" in text
    assert f"사업비 · 5억 원 · 금액(원): 3억 원 → 5억 원, {day()}, 김담당" in text
    agreement.refresh_from_db()
    assert (agreement.title, agreement.summary) == ("김의 이름", "처음 요약")
    assert list(agreement.budgets.values_list("amount_krw", flat=True)) == [500_000_000]


@pytest.mark.parametrize("edit", ["change", "delete", "add"])
def test_it_refuses_a_stale_inline_only_edit(agreement, kim, lee, edit):
    """A stale form that only touches a budget row (edit, delete or add) is refused too."""
    first, second = logged_in(kim), logged_in(lee)
    kims = change_form_data(first.get(change_url(agreement)))
    lees = change_form_data(second.get(change_url(agreement)))
    kims["title"] = "김의 이름"
    assert first.post(change_url(agreement), kims).status_code == 302

    if edit == "change":
        lees[budget_key(lees)] = "9억원"
    elif edit == "delete":
        lees[budget_key(lees).replace("amount_krw", "DELETE")] = "on"
    else:
        lees.update(
            {"budgets-TOTAL_FORMS": "2", "budgets-1-amount_krw": "7억원", "budgets-1-agreement": agreement.pk}
        )
    refused = second.post(change_url(agreement), lees)

    assert refused.status_code == 200
    assert f"협약명: 옛 이름 → 김의 이름, {day()}, 김담당" in page_text(refused)
    assert list(agreement.budgets.values_list("amount_krw", flat=True)) == [300_000_000]
    agreement.refresh_from_db()
    assert agreement.title == "김의 이름"


def test_it_saves_a_fresh_form_and_again_after_reopening(agreement, kim, lee):
    """A form opened after the last change saves; reopened after a refusal, it saves too."""
    first, second = logged_in(kim), logged_in(lee)
    kims = change_form_data(first.get(change_url(agreement)))
    lees = change_form_data(second.get(change_url(agreement)))
    kims["title"] = "김의 이름"
    assert first.post(change_url(agreement), kims).status_code == 302
    assert second.post(change_url(agreement), lees).status_code == 200  # stale

    again = change_form_data(second.get(change_url(agreement)))
    again["summary"] = "이의 요약"

    assert second.post(change_url(agreement), again).status_code == 302
    agreement.refresh_from_db()
    assert (agreement.title, agreement.summary) == ("김의 이름", "이의 요약")


def test_it_carries_the_version_in_a_hidden_field(agreement, kim):
    """The change form sends back the version it was opened at."""
    page = logged_in(kim).get(change_url(agreement)).content.decode()

    assert f'<input type="hidden" name="version" value="{agreement.version}"' in page


def test_it_refuses_a_change_form_without_its_version(agreement, kim):
    """A post that does not say which version it edits is refused, not saved over."""
    client = logged_in(kim)
    data = change_form_data(client.get(change_url(agreement)))
    del data["version"]
    data["title"] = "몰래 바꾼 이름"

    refused = client.post(change_url(agreement), data)

    assert "새로 고친 뒤" in page_text(refused)
    agreement.refresh_from_db()
    assert agreement.title == "옛 이름"


def test_it_makes_a_form_opened_before_a_part_edited_on_its_own_page_stale(agreement, kim, lee):
    """A budget corrected on the budget admin page moves its agreement's version."""
    first, second = logged_in(kim), logged_in(lee)
    lees = change_form_data(second.get(change_url(agreement)))
    budget = agreement.budgets.get()
    url = reverse("admin:agreements_budget_change", args=[budget.pk])
    data = change_form_data(first.get(url))
    data["amount_krw"] = "6억원"
    assert first.post(url, data).status_code == 302

    lees["title"] = "이의 이름"
    refused = second.post(change_url(agreement), lees)

    assert refused.status_code == 200
    assert f"금액(원): 3억 원 → 6억 원, {day()}, 김담당" in page_text(refused)
    agreement.refresh_from_db()
    assert agreement.title == "옛 이름"


def test_it_makes_a_form_opened_before_an_organisation_merge_stale(agreement, kim, lee):
    """Merging the party's duplicate into another moves the agreement's version: the form that still
    names the merged-away organisation is refused with what the merge changed, not a puzzling error."""
    from people.merge import organization_merge

    duplicate = factories.OrganizationFactory(name="새솔일렉트로닉스")
    kept = factories.OrganizationFactory(name="새솔전자㈜")
    factories.ParticipationFactory(agreement=agreement, organization=duplicate)
    lees = change_form_data(logged_in(lee).get(change_url(agreement)))

    organization_merge(keep=kept, others=[duplicate], by=kim)
    lees["title"] = "이의 이름"
    refused = logged_in(lee).post(change_url(agreement), lees)

    assert refused.status_code == 200
    assert "저장하지 않았습니다" in page_text(refused)
    assert "기관" in page_text(refused) and "새솔전자㈜" in page_text(refused)
    agreement.refresh_from_db()
    assert agreement.title == "옛 이름"
    assert agreement.participations.get().organization == kept


# --- writers without a form: the loader and the workflow ----------------------------------------


def extraction(title, amount):
    return {
        "file": "press.txt",
        "sha256": "a" * 64,
        "articles": [
            {
                "headline": "한빛시, 새솔전자와 투자협약",
                "text": "한빛시는 새솔전자와 투자협약을 체결했다.",
                "is_agreement": True,
                "agreements": [{"title": title, "budgets": [{"amount_krw": amount, "text": "3억원"}]}],
            }
        ],
    }


def test_it_makes_a_form_opened_before_an_import_stale(kim):
    """A re-import that updates the draft moves the version: a form opened before it is refused."""
    load_extraction(extraction("한빛시 투자협약", 300_000_000))
    agreement = Agreement.objects.get()
    client = logged_in(kim)
    data = change_form_data(client.get(change_url(agreement)))
    load_extraction(extraction("한빛시·새솔전자 투자협약", 300_000_000))

    data["summary"] = "김의 요약"
    refused = client.post(change_url(agreement), data)

    assert refused.status_code == 200
    assert "협약명: 한빛시 투자협약 → 한빛시·새솔전자 투자협약" in page_text(refused)
    agreement.refresh_from_db()
    assert (agreement.title, agreement.summary) == ("한빛시·새솔전자 투자협약", "")


def test_it_makes_a_form_opened_before_an_import_of_parts_only_stale(kim):
    """A re-import that changes only a budget moves the version too."""
    load_extraction(extraction("한빛시 투자협약", 300_000_000))
    agreement = Agreement.objects.get()
    client = logged_in(kim)
    data = change_form_data(client.get(change_url(agreement)))
    load_extraction(extraction("한빛시 투자협약", 400_000_000))

    data["summary"] = "김의 요약"
    refused = client.post(change_url(agreement), data)

    assert "저장하지 않았습니다" in page_text(refused)
    agreement.refresh_from_db()
    assert agreement.summary == ""


def test_it_makes_a_form_opened_before_a_transition_or_a_met_target_stale(agreement, kim, lee):
    """A status moved by the workflow, or a target met, moves the version."""
    client = logged_in(kim)
    for step in (
        lambda: agreement_transition(
            agreement=agreement, to="in_progress", on=datetime.date(2026, 3, 2), by=lee
        ),
        lambda: target_meet(
            target=factories.TargetFactory(agreement=agreement), on=datetime.date(2026, 3, 2), by=lee
        ),
    ):
        data = change_form_data(client.get(change_url(agreement)))
        step()
        data["summary"] = "김의 요약"

        assert "저장하지 않았습니다" in page_text(client.post(change_url(agreement), data))
    agreement.refresh_from_db()
    assert agreement.summary == "처음 요약"


# --- the check itself ---------------------------------------------------------------------------


def test_it_lets_only_one_of_two_saves_from_the_same_version_through(agreement):
    """Two screens drawn at one version: the first claims and saves; the second's claim fails."""
    opened = locking.Seen(version=agreement.version, opened_at=timezone.now())
    first, second = Agreement.objects.get(pk=agreement.pk), Agreement.objects.get(pk=agreement.pk)
    locking.claim(agreement=first, seen=opened)
    first.title = "첫째"
    first.save()

    with pytest.raises(locking.StaleEdit):
        locking.claim(agreement=second, seen=opened)
    assert Agreement.objects.get(pk=agreement.pk).title == "첫째"


@pytest.mark.django_db(transaction=True)
def test_two_saves_at_once_from_the_same_version_leave_exactly_one(agreement):
    """Two transactions on two connections claim one version at the same time: one save lands.

    The first holds the row between its claim and its commit; the second, started meanwhile, waits
    (PostgreSQL) and then finds the version moved, or is turned away by SQLite's one-writer lock.
    Either way it saves nothing over the first."""
    opened = locking.Seen(version=agreement.version, opened_at=timezone.now())
    first_holds_the_row = threading.Event()
    outcome = {}

    def save(title, wait=None, signal=None):
        try:
            if wait is not None:
                wait.wait(timeout=30)
            with transaction.atomic():
                row = Agreement.objects.get(pk=agreement.pk)
                locking.claim(agreement=row, seen=opened)
                if signal is not None:
                    signal.set()
                    time.sleep(0.3)  # keep the row while the other one tries (not a timing assertion)
                row.title = title
                row.save()
            outcome[title] = "saved"
        except locking.StaleEdit:
            outcome[title] = "refused"
        except OperationalError:  # SQLite: the table is locked by the first writer
            outcome[title] = "refused by the database"
        finally:
            connection.close()

    threads = [
        threading.Thread(target=save, args=("첫째",), kwargs={"signal": first_holds_the_row}),
        threading.Thread(target=save, args=("둘째",), kwargs={"wait": first_holds_the_row}),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert outcome["첫째"] == "saved"
    assert outcome["둘째"] in {"refused", "refused by the database"}
    if connection.vendor == "postgresql":
        assert outcome["둘째"] == "refused"
    assert Agreement.objects.get(pk=agreement.pk).title == "첫째"


def test_it_refuses_a_save_that_loses_the_race_after_its_form_was_checked(agreement, kim):
    """Someone saves between the form's check and its save: the save's own claim refuses it whole."""
    client = logged_in(kim)
    data = change_form_data(client.get(change_url(agreement)))
    data["title"] = "늦은 이름"
    data[budget_key(data)] = "8억원"

    def someone_saves_meanwhile(sender, instance, **kwargs):
        # The change form has just read the agreement (and will check the form against what it
        # read); another request moves the version before this one saves.
        if instance.pk == agreement.pk:
            post_init.disconnect(someone_saves_meanwhile, sender=Agreement)
            locking.touch(instance)

    post_init.connect(someone_saves_meanwhile, sender=Agreement)
    try:
        response = client.post(change_url(agreement), data, follow=True)
    finally:
        post_init.disconnect(someone_saves_meanwhile, sender=Agreement)

    assert response.redirect_chain == [(change_url(agreement), 302)]
    assert "저장하지 않았습니다" in page_text(response)
    agreement.refresh_from_db()
    assert agreement.title == "옛 이름"
    assert list(agreement.budgets.values_list("amount_krw", flat=True)) == [300_000_000]


def test_it_never_writes_back_a_version_read_earlier(agreement):
    """A save from an instance read before another change still moves the version forward."""
    early = Agreement.objects.get(pk=agreement.pk)
    locking.touch(agreement)
    early.summary = "다른 요약"
    early.save()

    assert Agreement.objects.get(pk=agreement.pk).version == agreement.version + 2

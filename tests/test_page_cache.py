"""The cache of rendered public pages (agreements/page_cache.py): served again while nothing changed,
never after a write, never across languages, days or users."""

import datetime
import html

import pytest
import time_machine
from django.apps import apps
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from agreements.loader import load_extraction
from agreements.models import Agreement, Budget, DataVersion
from agreements.models_version import data_version
from agreements.review import agreement_review
from agreements.workflow import target_meet
from people.merge import organization_merge
from tests.adminforms import change_form_data, fresh
from tests.factories import (
    AgreementFactory,
    BudgetFactory,
    OrganizationFactory,
    ParticipationFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db

LIST = reverse("agreements:list")
KST = datetime.timezone(datetime.timedelta(hours=9))
EOK = 100_000_000


def text(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def on(day):
    return time_machine.travel(datetime.datetime(day.year, day.month, day.day, 12, tzinfo=KST), tick=False)


def public_urls():
    organization = OrganizationFactory(name="한빛시")
    agreement = AgreementFactory(title="한빛 데이터 협약", due_on=datetime.date(2026, 5, 31), due_precision="day")
    ParticipationFactory(agreement=agreement, organization=organization)
    return [
        LIST,
        LIST + "?status=signed&o=due&q=데이터",
        reverse("agreements:organization", args=[organization.pk]),
        reverse("agreements:deadlines"),
        reverse("agreements:deadlines_ics"),
        reverse("agreements:calendar") + "?kind=mou",
    ]


@on(datetime.date(2026, 3, 2))
def test_a_second_request_is_served_from_the_cache_in_one_query(client, django_assert_num_queries):
    """Each public page, asked again with nothing changed, costs one query (the data version)."""
    for url in public_urls():
        first = client.get(url)
        assert first.status_code == 200

        with django_assert_num_queries(1):
            second = client.get(url)

        assert second.status_code == 200
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]


def test_the_calendar_keeps_its_file_name_when_served_from_the_cache(client):
    public_urls()
    first = client.get(reverse("agreements:deadlines_ics"))
    second = client.get(reverse("agreements:deadlines_ics"))

    assert second["Content-Disposition"] == first["Content-Disposition"] == 'inline; filename="hyeopyak-deadlines.ics"'


# --- every write shows on the next request --------------------------------------------------------


def test_an_admin_save_shows_on_the_next_request(client, django_user_model):
    agreement = AgreementFactory(title="옛 협약명")
    assert "옛 협약명" in text(client, LIST)
    staff = Client()
    staff.force_login(django_user_model.objects.create_superuser("staff", "s@example.org", "pw"))
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    data = change_form_data(staff.get(url))

    assert staff.post(url, {**data, "title": "새 협약명"}).status_code == 302

    page = text(client, LIST)
    assert "새 협약명" in page and "옛 협약명" not in page


def test_a_budget_added_in_the_admin_inline_shows_in_the_total(client, django_user_model):
    """The inline writes a budget row; the database trigger writes the agreement's total."""
    agreement = AgreementFactory(title="예산 협약")
    assert "사업비 합계" not in text(client, LIST)
    staff = Client()
    staff.force_login(django_user_model.objects.create_superuser("staff", "s@example.org", "pw"))
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    data = change_form_data(staff.get(url))
    data.update({"budgets-TOTAL_FORMS": "1", "budgets-0-amount_krw": "250억원", "budgets-0-agreement": agreement.pk})

    assert staff.post(url, data).status_code == 302

    assert "사업비 합계 250억 원" in text(client, LIST)


def test_a_status_button_shows_on_the_next_request(client, django_user_model):
    agreement = AgreementFactory(status="signed")
    in_progress = LIST + "?status=in_progress"
    assert "협약 0건" in text(client, in_progress)
    staff = Client()
    staff.force_login(django_user_model.objects.create_superuser("staff", "s@example.org", "pw"))

    staff.post(
        reverse("agreements:change_status", args=[agreement.pk]),
        {"to": "in_progress", "on": "2026-03-02", **fresh(agreement)},
    )

    assert "협약 1건" in text(client, in_progress)


def test_a_review_shows_on_the_next_request(client, django_user_model):
    agreement = AgreementFactory(review_state="extracted")
    reviewed = LIST + "?review=reviewed"
    assert "협약 0건" in text(client, reviewed)

    agreement_review(agreement=agreement, by=django_user_model.objects.create_user("kim"))

    assert "협약 1건" in text(client, reviewed)


@on(datetime.date(2026, 3, 2))
def test_a_target_met_leaves_the_deadlines_on_the_next_request(client, django_user_model):
    target = TargetFactory(description="공장 착공", due_on=datetime.date(2026, 4, 30))
    assert "공장 착공" in text(client, reverse("agreements:deadlines"))

    target_meet(target=target, on=datetime.date(2026, 3, 2), by=django_user_model.objects.create_user("kim"))

    assert "공장 착공" not in text(client, reverse("agreements:deadlines"))


def test_an_import_through_the_loader_shows_on_the_next_request(client, sample_extraction):
    assert "협약 0건" in text(client, LIST)

    load_extraction(sample_extraction)

    assert "협약 4건" in text(client, LIST)


def test_bulk_inserts_and_queryset_updates_show_on_the_next_request(client):
    """Writes that send no signal: bulk_create, update(), and the totals the triggers keep."""
    assert "협약 0건" in text(client, LIST)
    Agreement.objects.bulk_create([Agreement(title=f"일괄 {n}") for n in range(3)])
    assert "협약 3건" in text(client, LIST)

    Agreement.objects.filter(title="일괄 0").update(title="고친 이름")
    assert "고친 이름" in text(client, LIST)

    budget = BudgetFactory(agreement=Agreement.objects.get(title="고친 이름"), amount_krw=5 * EOK)
    assert "사업비 합계 5억 원" in text(client, LIST)
    Budget.objects.filter(pk=budget.pk).update(amount_krw=7 * EOK)
    assert "사업비 합계 7억 원" in text(client, LIST)


def test_raw_sql_shows_on_the_next_request(client):
    AgreementFactory(title="날것의 이름")
    assert "날것의 이름" in text(client, LIST)

    with connection.cursor() as cursor:
        cursor.execute("UPDATE agreements_agreement SET title = %s", ["다듬은 이름"])

    assert "다듬은 이름" in text(client, LIST)


def test_a_merge_shows_on_the_organisation_pages(client):
    keep, other = OrganizationFactory(name="한빛시청"), OrganizationFactory(name="빛고을청")
    ParticipationFactory(organization=other, agreement=AgreementFactory(title="옮겨질 협약"))
    kept_page = reverse("agreements:organization", args=[keep.pk])
    assert "옮겨질 협약" not in text(client, kept_page)
    assert "빛고을청" in text(client, LIST)

    organization_merge(keep=keep, others=[other])

    assert "옮겨질 협약" in text(client, kept_page)
    assert "빛고을청" not in text(client, LIST)


def test_a_delete_shows_on_the_next_request(client):
    agreement = AgreementFactory(title="지울 협약")
    assert "지울 협약" in text(client, LIST)

    agreement.delete()

    assert "지울 협약" not in text(client, LIST)


def test_an_alias_added_to_an_organisation_is_found_on_the_next_search(client):
    organization = OrganizationFactory(name="한빛시")
    ParticipationFactory(organization=organization, agreement=AgreementFactory(title="도시 협약"))
    search = LIST + "?q=빛고을"
    assert "협약 0건" in text(client, search)

    organization.aliases = ["빛고을"]
    organization.save()

    assert "협약 1건" in text(client, search)


@pytest.mark.django_db(transaction=True)
def test_each_committed_write_gives_a_version_never_seen_before():
    agreement = AgreementFactory(title="0")
    seen = [data_version()]
    for n in range(1, 300):
        with transaction.atomic():
            Agreement.objects.filter(pk=agreement.pk).update(title=str(n))
        seen.append(data_version())

    assert len(set(seen)) == len(seen)
    assert [int(v.split(":")[1]) for v in seen] == sorted(int(v.split(":")[1]) for v in seen)


def test_every_table_a_page_reads_is_watched():
    """A new model in agreements or people needs the data-version trigger (a migration like 0011),
    or a reason here not to."""
    not_watched = {
        "agreements_dataversion",
        "agreements_datachange",
        "agreements_importjob",  # the import queue's progress; the rows it loads are watched
        "agreements_deadlinereminder",  # the log of reminders mailed
        "people_organizationkey",  # derived from an organisation's row, which is watched
    }
    tables = {
        model._meta.db_table
        for app in ("agreements", "people")
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
        if not model._meta.db_table.split("_", 1)[1].startswith("historical")
    }
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'hy_data_version'"
            )
            watched = {row[0] for row in cursor.fetchall()}
        else:
            cursor.execute("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'hy_data_version_%'")
            events = {}
            for table, name in cursor.fetchall():
                events.setdefault(table, set()).add(name.rsplit("_", 1)[1])
            watched = {table for table, kinds in events.items() if kinds == {"insert", "update", "delete"}}

    assert tables - not_watched - watched == set()
    assert watched & not_watched == set()


# --- what varies --------------------------------------------------------------------------------


def test_languages_do_not_leak_into_each_other(client):
    AgreementFactory(title="언어 협약")
    korean = text(client, LIST, HTTP_ACCEPT_LANGUAGE="ko")
    english = text(client, LIST, HTTP_ACCEPT_LANGUAGE="en")

    assert '<html lang="ko">' in korean and "협약 목록" in korean
    assert '<html lang="en">' in english and "Agreements" in english
    assert text(client, LIST, HTTP_ACCEPT_LANGUAGE="ko") == korean
    assert text(client, LIST, HTTP_ACCEPT_LANGUAGE="en") == english
    client.cookies["django_language"] = "en"
    assert text(client, LIST) == english


def test_a_staff_page_is_never_served_to_the_public(django_user_model):
    AgreementFactory(title="공개 협약")
    staff = Client()
    staff.force_login(django_user_model.objects.create_superuser("staff", "s@example.org", "pw"))
    admin_link = f'href="{reverse("admin:index")}"'

    assert admin_link in text(staff, LIST)
    assert admin_link not in text(Client(), LIST)
    assert admin_link not in text(Client(), LIST)
    assert admin_link in text(staff, LIST)


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page(client):
    """A message (e.g. after logging out) is shown once, on a page that is not cached or served from it."""
    AgreementFactory()
    text(client, LIST)
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.http import HttpRequest, HttpResponse

    storage = CookieStorage(HttpRequest())
    response = HttpResponse()
    storage._store(["안내 문구입니다"], response)
    client.cookies["messages"] = response.cookies["messages"].value

    assert "안내 문구입니다" in text(client, LIST)
    assert "안내 문구입니다" not in text(client, LIST)


def test_the_deadlines_page_changes_with_the_day(client):
    AgreementFactory(due_on=datetime.date(2026, 3, 10), due_precision="day", status="signed")
    with on(datetime.date(2026, 3, 2)):
        first = text(client, reverse("agreements:deadlines"))
    with on(datetime.date(2026, 3, 3)):
        second = text(client, reverse("agreements:deadlines"))

    assert "2026-03-02" in first and "8일 남음" in first
    assert "2026-03-03" in second and "7일 남음" in second


def test_it_renders_every_time_with_the_cache_off(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE = False
    AgreementFactory()
    text(client, LIST)

    with django_assert_num_queries(5):
        text(client, LIST)


def test_a_restored_or_refilled_database_starts_a_new_epoch(client):
    """Versions count again from a new random epoch when the row is made anew, so pages cached
    for another database's version 1 are not taken for this one's."""
    AgreementFactory(title="처음")
    before = data_version()
    DataVersion.objects.all().delete()
    assert data_version() is None

    AgreementFactory(title="다시")

    after = data_version()
    assert after is not None and after.split(":")[0] != before.split(":")[0]

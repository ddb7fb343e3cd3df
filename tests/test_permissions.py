import datetime
import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from agreements.models import Agreement, Budget
from people.models import Organization
from tests import factories
from tests.adminforms import fresh

pytestmark = pytest.mark.django_db

groups_migration = importlib.import_module("agreements.migrations.0002_groups")


@pytest.fixture
def member(django_user_model, client):
    """A logged-in staff member of one of the three groups."""
    if not Group.objects.filter(name="검토자").exists():  # a transactional test flushed them
        groups_migration.create_groups(apps, None)

    def make(group):
        user = django_user_model.objects.create_user(f"user-{group}", password="pw", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        client.user = user
        return client

    return make


def test_it_creates_the_three_groups_with_their_permissions():
    """열람자 views; 담당자 also adds and changes; 검토자 also reviews, merges and deletes."""

    def codes(name):
        return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    viewer, clerk, reviewer = codes("열람자"), codes("담당자"), codes("검토자")

    assert {"view_agreement", "view_organization", "view_budget"} <= viewer
    assert not any(code.startswith(("add_", "change_", "delete_")) for code in viewer)
    assert {
        "add_agreement",
        "change_agreement",
        "change_budget",
        "add_organization",
        "change_person",
    } <= clerk
    assert "review_agreement" not in clerk and "merge_organization" not in clerk
    assert not any(code.startswith("delete_") for code in clerk)
    assert clerk < reviewer
    assert {"review_agreement", "merge_organization", "delete_agreement", "delete_organization"} <= reviewer


def test_a_viewer_sees_the_review_screen_without_buttons(member):
    """A viewer opens the review screen but has no review or conflict buttons."""
    client = member("열람자")
    agreement = factories.AgreementFactory()
    factories.ImportConflictFactory(agreement=agreement)

    page = client.get(reverse("admin:agreements_agreement_review", args=[agreement.pk])).content.decode()

    assert agreement.title in page
    assert reverse("admin:agreements_agreement_review_done", args=[agreement.pk]) not in page
    assert 'value="accept"' not in page


@pytest.mark.parametrize("group", ["열람자", "담당자"])
def test_only_a_reviewer_may_mark_a_draft_reviewed(member, group):
    """A viewer and a clerk are refused; the draft stays a draft."""
    client = member(group)
    agreement = factories.AgreementFactory()

    response = client.post(reverse("admin:agreements_agreement_review_done", args=[agreement.pk]))

    assert response.status_code == 403
    agreement.refresh_from_db()
    assert agreement.review_state == "extracted"


def test_a_reviewer_marks_a_draft_reviewed(member):
    """A 검토자 completes the review."""
    client = member("검토자")
    agreement = factories.AgreementFactory()

    client.post(reverse("admin:agreements_agreement_review_done", args=[agreement.pk]), fresh(agreement))

    agreement.refresh_from_db()
    assert agreement.review_state == "reviewed"
    assert agreement.reviewed_by == client.user


def test_a_viewer_cannot_settle_a_conflict(member):
    """Settling a conflict changes data: a viewer is refused."""
    client = member("열람자")
    conflict = factories.ImportConflictFactory(incoming_data={"title": "나"})

    url = reverse("admin:agreements_agreement_conflict", args=[conflict.agreement_id, conflict.pk])
    response = client.post(url, {"decision": "accept"})

    assert response.status_code == 403
    conflict.refresh_from_db()
    assert not conflict.resolved


def test_a_clerk_settles_a_conflict(member):
    """A 담당자 corrects data, so may accept the document's value."""
    client = member("담당자")
    conflict = factories.ImportConflictFactory(incoming_data={"title": "새 이름"})

    url = reverse("admin:agreements_agreement_conflict", args=[conflict.agreement_id, conflict.pk])
    client.post(url, {"decision": "accept", **fresh(conflict.agreement)})

    assert Agreement.objects.get().title == "새 이름"


@pytest.mark.parametrize(("group", "status"), [("열람자", 403), ("담당자", 200), ("검토자", 200)])
def test_importing_needs_the_right_to_add_agreements(member, group, status):
    """The import page opens for clerks and reviewers only."""
    client = member(group)

    assert client.get(reverse("admin:agreements_agreement_import")).status_code == status


def test_a_viewer_cannot_change_an_agreement(member):
    """The change form refuses a viewer's POST."""
    client = member("열람자")
    agreement = factories.AgreementFactory()

    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    response = client.post(url, {"title": "바꾼 이름"})

    assert response.status_code == 403
    assert Agreement.objects.get().title == agreement.title


@pytest.mark.parametrize(("group", "offered"), [("담당자", False), ("검토자", True)])
def test_only_a_reviewer_is_offered_the_merge_action(member, group, offered):
    """The merge action is listed, and works, only with the merge permission."""
    client = member(group)
    first, second = factories.OrganizationFactory(), factories.OrganizationFactory()
    url = reverse("admin:people_organization_changelist")

    page = client.get(url).content.decode()
    client.post(
        url,
        {
            "action": "merge_organizations",
            "_selected_action": [first.pk, second.pk],
            "confirm": "yes",
            "keep": first.pk,
        },
    )

    assert ("merge_organizations" in page) is offered
    assert Organization.objects.count() == (1 if offered else 2)


def test_a_clerk_cannot_delete(member):
    """Deleting is for reviewers."""
    client = member("담당자")
    agreement = factories.AgreementFactory()

    response = client.post(reverse("admin:agreements_agreement_delete", args=[agreement.pk]), {"post": "yes"})

    assert response.status_code == 403
    assert Agreement.objects.exists()


def test_the_review_button_needs_a_csrf_token(django_user_model):
    """CSRF protection is on for the review POST."""
    user = django_user_model.objects.create_superuser("csrf", "c@example.org", "pw")
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    agreement = factories.AgreementFactory()

    response = client.post(reverse("admin:agreements_agreement_review_done", args=[agreement.pk]))

    assert response.status_code == 403
    agreement.refresh_from_db()
    assert agreement.review_state == "extracted"


def test_public_pages_are_readable_without_a_login(client, settings):
    """The list and detail pages are public by default and ask for a login when PUBLIC_READ is off."""
    agreement = factories.AgreementFactory()

    assert client.get(reverse("agreements:list")).status_code == 200
    assert client.get(reverse("agreements:detail", args=[agreement.pk])).status_code == 200
    settings.PUBLIC_READ = False
    assert client.get(reverse("agreements:list")).status_code == 302


def test_the_admin_screens_need_a_staff_login(client):
    """The review and import screens send an anonymous visitor to the login page."""
    agreement = factories.AgreementFactory()

    for url in (
        reverse("admin:agreements_agreement_review", args=[agreement.pk]),
        reverse("admin:agreements_agreement_import"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response.url


@pytest.mark.parametrize("group", ["열람자", "담당자"])
def test_only_a_reviewer_may_reopen_a_review(member, group):
    """Sending a reviewed agreement back to the drafts is a reviewer's decision."""
    client = member(group)
    agreement = factories.AgreementFactory(review_state="reviewed")

    response = client.post(reverse("admin:agreements_agreement_review_reopen", args=[agreement.pk]))

    assert response.status_code == 403
    agreement.refresh_from_db()
    assert agreement.review_state == "reviewed"


def removal_conflict():
    """A re-import that no longer names a budget: accepting its value removes the budget."""
    budget = factories.BudgetFactory()
    conflict = factories.ImportConflictFactory(
        agreement=budget.agreement,
        field=f"budget:{budget.pk}",
        incoming_value="",
        incoming_data={"model": "budget", "pk": budget.pk, "values": None},
    )
    url = reverse("admin:agreements_agreement_conflict", args=[budget.agreement_id, conflict.pk])
    return budget, conflict, url


def test_a_clerk_cannot_delete_a_part_by_accepting_a_conflict(member):
    """Deleting is for reviewers, also when a document no longer names a part: the clerk is told why."""
    client = member("담당자")
    budget, conflict, url = removal_conflict()

    response = client.post(url, {"decision": "accept"}, follow=True)

    assert Budget.objects.filter(pk=budget.pk).exists()
    conflict.refresh_from_db()
    assert not conflict.resolved
    assert "검토자만" in response.content.decode()


def test_a_reviewer_removes_a_part_by_accepting_a_conflict(member):
    """A 검토자 may delete, so accepting the removal removes the budget."""
    client = member("검토자")
    budget, conflict, url = removal_conflict()

    client.post(url, {"decision": "accept", **fresh(conflict.agreement)})

    assert not Budget.objects.filter(pk=budget.pk).exists()
    conflict.refresh_from_db()
    assert conflict.resolved


def test_a_clerk_still_keeps_the_part_of_a_removal_conflict(member):
    """Keeping the part changes nothing but the conflict: a clerk may do that."""
    client = member("담당자")
    budget, conflict, url = removal_conflict()

    client.post(url, {"decision": "keep", **fresh(conflict.agreement)})

    assert Budget.objects.filter(pk=budget.pk).exists()
    conflict.refresh_from_db()
    assert conflict.resolved


def test_a_clerk_can_choose_the_owner_of_an_agreement_from_the_staff(member, django_user_model):
    """담당자 may not read the user admin, yet the owner field offers the staff to choose from."""
    django_user_model.objects.create_user("kim", first_name="민지", last_name="김", is_staff=True)
    django_user_model.objects.create_user("gone", is_staff=True, is_active=False)
    django_user_model.objects.create_user("citizen", is_staff=False)
    clerk = member("담당자")

    form = clerk.get(reverse("admin:agreements_agreement_add"))

    owner = form.context["adminform"].form.fields["owner"]
    assert sorted(user.username for user in owner.queryset) == ["kim", "user-담당자"]
    assert "김민지 (kim)" in form.content.decode()
    assert clerk.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_a_viewer_reads_the_deadlines_in_korean_not_a_blank_field(member):
    """The change form a viewer sees labels the agreement's and each target's deadline and shows
    it as written (`2027년`), not an English field name with 'None'; an editor still gets the input."""
    agreement = factories.AgreementFactory(due_on=datetime.date(2027, 1, 1), due_precision="year")
    factories.TargetFactory(agreement=agreement, due_on=datetime.date(2026, 6, 1), due_precision="month")
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])

    page = member("열람자").get(url, HTTP_ACCEPT_LANGUAGE="ko").content.decode()

    assert "완료 목표" in page and "2027년" in page and "2026년 6월" in page
    assert ">Due:<" not in page


def test_an_editor_still_gets_the_deadline_input(member):
    agreement = factories.AgreementFactory(due_on=datetime.date(2027, 1, 1), due_precision="year")
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])

    page = member("담당자").get(url, HTTP_ACCEPT_LANGUAGE="ko").content.decode()

    assert 'name="due"' in page

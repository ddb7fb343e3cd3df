"""Reverting to a version from the admin history: only for people who may change the record, never
the review or the status, always recorded as a revert (issue 9, defect 1)."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from agreements.models import Agreement, Budget
from agreements.review import agreement_reopen, agreement_review
from agreements.workflow import agreement_transition
from people.models import Organization
from tests import factories
from tests.adminforms import change_form_data

pytestmark = pytest.mark.django_db

groups_migration = importlib.import_module("agreements.migrations.0002_groups")


@pytest.fixture
def member(django_user_model):
    """A logged-in staff member of one of the three groups, with CSRF checks on as in a browser."""
    if not Group.objects.filter(name="검토자").exists():
        groups_migration.create_groups(apps, None)

    def make(group):
        user = django_user_model.objects.create_user(f"user-{group}", password="pw", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        client.user = user
        return client

    return make


def revert_url(obj, record):
    opts = obj._meta
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_simple_history", args=[obj.pk, record.history_id]
    )


def post_form(client, url, **changes):
    """GET the revert form and POST it back as a browser would, with its CSRF token."""
    page = client.get(url)
    assert page.status_code == 200
    data = {**change_form_data(page), **changes}
    data["csrfmiddlewaretoken"] = client.cookies["csrftoken"].value
    data["_save"] = "되돌리기"
    return client.post(url, data)


def with_csrf(client, url):
    client.get(url)  # sets the CSRF cookie
    return client.cookies["csrftoken"].value


def test_a_viewer_cannot_save_through_the_history_form(member):
    """열람자 posting the history form with a valid CSRF token is refused; the title stays."""
    client = member("열람자")
    agreement = factories.AgreementFactory(title="원래 이름")
    record = agreement.history.earliest()
    url = revert_url(agreement, record)

    token = with_csrf(client, reverse("admin:agreements_agreement_change", args=[agreement.pk]))
    response = client.post(
        url,
        {
            "csrfmiddlewaretoken": token,
            "title": "열람자가 바꾼 이름",
            "kind": "mou",
            "status": "signed",
            "_save": "1",
        },
    )

    assert response.status_code == 403
    agreement.refresh_from_db()
    assert agreement.title == "원래 이름"
    assert agreement.history.count() == 1


def test_a_viewer_sees_a_version_without_a_revert_button(member):
    """The history form still shows a viewer the old version, read-only."""
    client = member("열람자")
    agreement = factories.AgreementFactory(title="첫 이름")
    first = agreement.history.earliest()
    agreement.title = "둘째 이름"
    agreement.save()

    page = client.get(revert_url(agreement, first)).content.decode()

    assert "첫 이름" in page
    assert 'name="_save"' not in page
    assert 'name="title"' not in page


@pytest.mark.parametrize("model_admin", ["budget", "participation", "organization", "person"])
def test_a_viewer_cannot_revert_a_part_or_an_organisation(member, model_admin):
    """Every history form, not only the agreement's, needs the change permission to save."""
    client = member("열람자")
    participation = factories.ParticipationFactory()
    budget = factories.BudgetFactory(agreement=participation.agreement)
    obj, data = {
        "budget": (budget, {"agreement": budget.agreement_id, "amount_krw": "1억"}),
        "participation": (
            participation,
            {
                "agreement": participation.agreement_id,
                "organization": participation.organization_id,
                "role": "sponsor",
            },
        ),
        "organization": (participation.organization, {"name": "바뀐 이름", "classification": "company"}),
        "person": (factories.PersonFactory(), {"name": "바뀐 이름"}),
    }[model_admin]
    before = obj.history.count()
    token = with_csrf(client, reverse("admin:index"))

    response = client.post(revert_url(obj, obj.history.earliest()), {"csrfmiddlewaretoken": token, **data})

    assert response.status_code == 403
    assert obj.history.count() == before


def reviewed_then_reopened():
    """An agreement that was reviewed by a reviewer, then sent back to the drafts."""
    boss = get_user_model().objects.create_user("boss", last_name="박", first_name="검토")
    agreement = factories.AgreementFactory(title="검토한 이름")
    agreement_review(agreement=agreement, by=boss)
    reviewed = agreement.history.latest()
    agreement_reopen(agreement=agreement, by=boss)
    return agreement, reviewed


def test_a_clerk_cannot_mark_reviewed_by_reverting_to_a_reviewed_version(member):
    """Reverting to a version saved while reviewed leaves the draft a draft, with no reviewer."""
    client = member("담당자")
    agreement, reviewed = reviewed_then_reopened()

    response = post_form(client, revert_url(agreement, reviewed), title="검토한 이름 (되돌림)")

    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.title == "검토한 이름 (되돌림)"
    assert agreement.review_state == Agreement.ReviewState.EXTRACTED
    assert agreement.reviewed_by is None and agreement.reviewed_at is None


def test_a_revert_restores_what_people_typed_but_not_the_status_or_review(member):
    """A clerk's revert brings back the old title and summary; status and review stay as they are,
    and what a person locked stays locked."""
    client = member("담당자")
    agreement = factories.AgreementFactory(title="첫 이름", summary="첫 요약", status="signed")
    first = agreement.history.earliest()
    agreement.title, agreement.summary, agreement.locked_fields = "둘째 이름", "둘째 요약", ["place"]
    agreement.source_key = "doc:abc:0"
    agreement.save()
    agreement_transition(agreement=agreement, to="in_progress", on=agreement.signed_on, by=None)
    reviewer = get_user_model().objects.create_user("boss")
    agreement_review(agreement=agreement, by=reviewer)

    response = post_form(client, revert_url(agreement, first))

    assert response.status_code == 302
    agreement.refresh_from_db()
    assert (agreement.title, agreement.summary) == ("첫 이름", "첫 요약")
    assert agreement.status == "in_progress"
    assert agreement.review_state == "reviewed" and agreement.reviewed_by == reviewer
    assert agreement.source_key == "doc:abc:0"
    assert {"place", "title", "summary"} <= set(agreement.locked_fields)


def test_a_revert_is_recorded_as_a_revert(member):
    """The history keeps who reverted, to which version, and the agreement's page says so."""
    client = member("담당자")
    agreement = factories.AgreementFactory(title="첫 이름")
    first = agreement.history.earliest()
    agreement.title = "둘째 이름"
    agreement.save()

    post_form(client, revert_url(agreement, first))

    latest = agreement.history.latest()
    assert latest.title == "첫 이름"
    assert latest.history_user == client.user
    assert "되돌림" in latest.history_change_reason
    page = client.get(reverse("agreements:detail", args=[agreement.pk])).content.decode()
    assert "되돌림" in page
    history = client.get(reverse("admin:agreements_agreement_history", args=[agreement.pk])).content.decode()
    assert "되돌림" in history


def test_a_part_revert_keeps_it_locked(member):
    """A budget reverted to its imported amount is a person's decision: it stays locked."""
    client = member("담당자")
    budget = factories.BudgetFactory(amount_krw=100_000_000, locked=False)
    first = budget.history.earliest()
    budget.amount_krw, budget.locked = 200_000_000, True
    budget.save()

    response = post_form(client, revert_url(budget, first))

    assert response.status_code == 302
    budget.refresh_from_db()
    assert budget.amount_krw == 100_000_000
    assert budget.locked is True
    assert "되돌림" in budget.history.latest().history_change_reason


def test_a_deleted_record_is_not_brought_back_by_a_revert(member):
    """Reverting the history of a deleted budget does not re-create it."""
    client = member("검토자")
    budget = factories.BudgetFactory()
    first = budget.history.earliest()
    budget_pk = budget.pk
    token = with_csrf(client, reverse("admin:agreements_budget_changelist"))
    budget.delete()

    response = client.post(
        reverse("admin:agreements_budget_simple_history", args=[budget_pk, first.history_id]),
        {
            "csrfmiddlewaretoken": token,
            "agreement": first.agreement_id,
            "amount_krw": "3007억원",
            "_save": "1",
        },
    )

    assert response.status_code in (302, 403, 404)
    assert not Budget.objects.filter(pk=budget_pk).exists()


def test_an_organisation_revert_needs_no_agreements(member):
    """people/ has the same safe revert: a clerk restores an organisation's old name."""
    client = member("담당자")
    organization = factories.OrganizationFactory(name="옛 이름")
    first = organization.history.earliest()
    organization.name = "새 이름"
    organization.save()

    response = post_form(client, revert_url(organization, first))

    assert response.status_code == 302
    assert Organization.objects.get().name == "옛 이름"
    assert "되돌림" in organization.history.latest().history_change_reason

import pytest
from django.urls import reverse

from agreements.models import Budget, Commitment, Participation
from people.merge import organization_merge
from people.models import Membership, Organization
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def duplicates():
    keep = factories.OrganizationFactory(name="㈜전북에이아이데이터센터", aliases=["BAIDC"])
    other = factories.OrganizationFactory(
        name="전북AI데이터센터", aliases=["전북 AI센터"], email="ai@example.org"
    )
    return keep, other


def test_it_moves_every_relation_to_the_organization_kept(duplicates, django_user_model):
    """Participations, memberships, commitments, funded budgets and children all move."""
    keep, other = duplicates
    participation = factories.ParticipationFactory(organization=other)
    membership = factories.MembershipFactory(organization=other)
    commitment = factories.CommitmentFactory(organization=other)
    budget = factories.BudgetFactory(funder=other)
    child = factories.OrganizationFactory(name="전북AI데이터센터 전주지사", parent=other)
    user = django_user_model.objects.create_user("reviewer")

    moved = organization_merge(keep=keep, others=[other], by=user)

    assert not Organization.objects.filter(pk=other.pk).exists()
    assert Participation.objects.get(pk=participation.pk).organization == keep
    assert Membership.objects.get(pk=membership.pk).organization == keep
    assert Commitment.objects.get(pk=commitment.pk).organization == keep
    assert Budget.objects.get(pk=budget.pk).funder == keep
    assert Organization.objects.get(pk=child.pk).parent == keep
    assert moved["participation"] == 1 and moved["organization"] == 1


def test_it_keeps_the_other_names_as_aliases(duplicates):
    """The merged organisation's name and aliases match the one kept afterwards."""
    keep, other = duplicates

    organization_merge(keep=keep, others=[other], by=None)

    keep.refresh_from_db()
    assert keep.aliases == ["BAIDC", "전북AI데이터센터", "전북 AI센터"]
    assert keep.email == "ai@example.org"
    assert Organization.objects.matching("전북 AI 데이터센터").get() == keep


def test_it_merges_a_participation_that_would_repeat_instead_of_crashing(duplicates):
    """Both organisations as party to one agreement become one participation, keeping the signatory."""
    keep, other = duplicates
    agreement = factories.AgreementFactory()
    kept_row = factories.ParticipationFactory(agreement=agreement, organization=keep, role="party")
    signatory = factories.PersonFactory(name="이정천")
    factories.ParticipationFactory(
        agreement=agreement, organization=other, role="party", signatory=signatory, locked=True
    )
    factories.ParticipationFactory(agreement=agreement, organization=other, role="consortium")

    organization_merge(keep=keep, others=[other], by=None)

    rows = Participation.objects.filter(agreement=agreement).order_by("role")
    assert [(r.organization, r.role) for r in rows] == [(keep, "consortium"), (keep, "party")]
    kept_row.refresh_from_db()
    assert kept_row.signatory == signatory
    assert kept_row.locked


def test_it_merges_a_repeated_membership(duplicates):
    """The same person with the same title at both organisations ends as one membership."""
    keep, other = duplicates
    person = factories.PersonFactory()
    factories.MembershipFactory(person=person, organization=keep, title="회장")
    factories.MembershipFactory(person=person, organization=other, title="회장")

    organization_merge(keep=keep, others=[other], by=None)

    assert list(Membership.objects.values_list("organization", "title")) == [(keep.pk, "회장")]


def test_it_writes_the_merge_into_the_history(duplicates, django_user_model):
    """The kept organisation, the moved rows and the deleted one carry the reason and the person."""
    keep, other = duplicates
    participation = factories.ParticipationFactory(organization=other)
    user = django_user_model.objects.create_user("reviewer")
    other_pk = other.pk

    organization_merge(keep=keep, others=[other], by=user)

    latest = keep.history.latest()
    assert latest.history_change_reason == "기관 합치기: 전북AI데이터센터 → ㈜전북에이아이데이터센터"
    assert latest.history_user == user
    assert participation.history.latest().history_change_reason.startswith("기관 합치기")
    deleted = Organization.history.filter(id=other_pk).latest()
    assert deleted.history_type == "-"
    assert deleted.history_user == user


def test_it_clears_a_parent_that_is_merged_into_its_child():
    """Merging a parent into its own branch leaves the branch without itself as parent."""
    parent = factories.OrganizationFactory(name="KT")
    branch = factories.OrganizationFactory(name="KT 전북본부", parent=parent)

    organization_merge(keep=branch, others=[parent], by=None)

    branch.refresh_from_db()
    assert branch.parent is None


def test_it_asks_which_organization_to_keep_before_merging(duplicates, staff_client):
    """The admin action shows a confirmation page first and merges on confirming."""
    keep, other = duplicates
    factories.ParticipationFactory(organization=other)
    url = reverse("admin:people_organization_changelist")
    selected = {"action": "merge_organizations", "_selected_action": [keep.pk, other.pk]}

    page = staff_client.post(url, selected)

    assert page.status_code == 200
    assert "남길 기관" in page.content.decode()
    assert Organization.objects.count() == 2

    done = staff_client.post(url, {**selected, "confirm": "yes", "keep": keep.pk})

    assert done.status_code == 302
    assert list(Organization.objects.all()) == [keep]
    assert Participation.objects.get().organization == keep


def test_an_agreements_history_still_opens_after_its_party_was_merged_away(duplicates, staff_client):
    """The history rows of the party point at the deleted organisation: shown by its number, no 500."""
    keep, other = duplicates
    participation = factories.ParticipationFactory(organization=other)
    agreement, other_pk = participation.agreement, other.pk

    organization_merge(keep=keep, others=[other])

    public = staff_client.get(reverse("agreements:detail", args=[agreement.pk]))
    admin_history = staff_client.get(reverse("admin:agreements_agreement_history", args=[agreement.pk]))
    assert public.status_code == admin_history.status_code == 200
    assert f"#{other_pk} → ㈜전북에이아이데이터센터" in public.content.decode()

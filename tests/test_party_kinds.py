"""The "기관 유형" filter follows every change of who takes part and of what kind they are (issue 11):
the kinds are a column the database keeps (migration 0012), so each write path is checked here."""

import pytest

from agreements.filters import AgreementFilter
from agreements.models import Agreement, Participation
from people.merge import organization_merge
from people.models import Organization
from tests.factories import AgreementFactory, OrganizationFactory, ParticipationFactory

pytestmark = pytest.mark.django_db

COMPANY = Organization.Kind.COMPANY
GOVERNMENT = Organization.Kind.GOVERNMENT
UNIVERSITY = Organization.Kind.UNIVERSITY


def found(kind):
    """Titles the list keeps with ?party_kind=<kind>."""
    agreement_filter = AgreementFilter({"party_kind": kind}, queryset=Agreement.objects.all())
    assert agreement_filter.is_valid(), agreement_filter.errors
    return sorted(a.title for a in agreement_filter.qs)


def test_it_finds_an_agreement_by_any_party_kind_as_parties_come_and_go():
    """Found by each kind that takes part, in any role; not once the last one of a kind leaves."""
    agreement = AgreementFactory(title="물류센터 협약")
    city = ParticipationFactory(
        agreement=agreement, organization=OrganizationFactory(classification=GOVERNMENT)
    )
    Participation.objects.bulk_create(
        [
            Participation(
                agreement=agreement,
                organization=OrganizationFactory(classification=COMPANY),
                role=Participation.Role.SPONSOR,
            )
        ]
    )
    assert found(GOVERNMENT) == found(COMPANY) == ["물류센터 협약"]
    assert found(UNIVERSITY) == []

    city.delete()
    assert found(GOVERNMENT) == []
    Participation.objects.filter(agreement=agreement).delete()
    assert found(COMPANY) == []


def test_it_follows_a_party_moved_to_another_agreement_or_organisation():
    one, other = AgreementFactory(title="하나"), AgreementFactory(title="둘")
    participation = ParticipationFactory(
        agreement=one, organization=OrganizationFactory(classification=COMPANY)
    )

    participation.agreement = other
    participation.save()
    assert found(COMPANY) == ["둘"]

    participation.organization = OrganizationFactory(classification=UNIVERSITY)
    participation.save()
    assert found(COMPANY) == []
    assert found(UNIVERSITY) == ["둘"]


def test_it_follows_an_organisation_whose_kind_changes():
    """An organisation reclassified moves every agreement it takes part in to its new kind."""
    body = OrganizationFactory(classification=COMPANY)
    for title in ("가", "나"):
        ParticipationFactory(agreement=AgreementFactory(title=title), organization=body)

    body.classification = UNIVERSITY
    body.save()

    assert found(COMPANY) == []
    assert found(UNIVERSITY) == ["가", "나"]


def test_it_follows_a_merge_of_organisations():
    """A university merged into a company: its agreements are the company's now."""
    company = OrganizationFactory(classification=COMPANY)
    university = OrganizationFactory(classification=UNIVERSITY)
    ParticipationFactory(agreement=AgreementFactory(title="연구 협약"), organization=university)

    organization_merge(keep=company, others=[university])

    assert found(UNIVERSITY) == []
    assert found(COMPANY) == ["연구 협약"]


def test_a_stale_agreement_does_not_write_back_old_party_kinds():
    """An agreement read before its parties changed, then saved, keeps what the database knows."""
    agreement = AgreementFactory(title="옛 협약")
    stale = Agreement.objects.get(pk=agreement.pk)
    ParticipationFactory(agreement=agreement, organization=OrganizationFactory(classification=COMPANY))

    stale.title = "고친 협약"
    stale.save()

    assert found(COMPANY) == ["고친 협약"]

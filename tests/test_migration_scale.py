"""Agreements and organisations that exist before migration 0010 get their bigrams and totals."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from agreements.filters import AgreementFilter
from agreements.models import Agreement
from people.models import Organization

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("agreements", "0009_original_files"), ("people", "0002_organization_merge_permission")]


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_it_fills_the_bigrams_and_totals_of_existing_rows():
    """An agreement and a party made before the migration are found by the search box afterwards,
    and the agreement's total is the sum of its budgets."""
    apps = migrate(BEFORE)
    OldAgreement = apps.get_model("agreements", "Agreement")
    agreement = OldAgreement.objects.create(title="해상풍력 협약")
    party = apps.get_model("people", "Organization").objects.create(
        name="솔빛에너지", normalized_name="솔빛에너지", aliases=["솔빛파워"], alias_keys="|솔빛파워|"
    )
    apps.get_model("agreements", "Participation").objects.create(agreement=agreement, organization=party)
    for amount in (3 * 10**8, 4 * 10**8):
        apps.get_model("agreements", "Budget").objects.create(agreement=agreement, amount_krw=amount)

    migrate()

    assert Agreement.objects.get(pk=agreement.pk).total_budget == 7 * 10**8
    for word in ("풍력", "솔빛파워"):
        found = AgreementFilter({"q": word}, queryset=Agreement.objects.all()).qs
        assert [a.pk for a in found] == [agreement.pk]


def test_it_matches_the_organizations_stored_before_their_keys():
    """An organisation made before migration 0004 is found by its name and its alias afterwards, and
    nothing a person entered in it changes."""
    apps = migrate([("people", "0003_search_grams")])
    party = apps.get_model("people", "Organization").objects.create(
        name="㈜솔빛에너지", normalized_name="솔빛에너지", aliases=["솔빛 파워"], alias_keys="|솔빛파워|"
    )

    migrate()

    for name in ("솔빛에너지", "(주)솔빛에너지", "솔빛파워"):
        assert [o.pk for o in Organization.objects.matching(name)] == [party.pk]
    stored = Organization.objects.get(pk=party.pk)
    assert (stored.name, stored.aliases, stored.alias_keys) == ("㈜솔빛에너지", ["솔빛 파워"], "|솔빛파워|")

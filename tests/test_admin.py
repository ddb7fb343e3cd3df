import pytest
from django.contrib import admin
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

FACTORIES = {
    "agreement": factories.AgreementFactory,
    "participation": factories.ParticipationFactory,
    "budget": factories.BudgetFactory,
    "target": factories.TargetFactory,
    "commitment": factories.CommitmentFactory,
    "article": factories.ArticleFactory,
    "sourcedocument": factories.SourceDocumentFactory,
    "importconflict": factories.ImportConflictFactory,
    "organization": factories.OrganizationFactory,
    "person": factories.PersonFactory,
    "membership": factories.MembershipFactory,
}

PROJECT_MODELS = [m for m in admin.site._registry if m._meta.app_label in {"agreements", "people"}]


@pytest.mark.parametrize("model", PROJECT_MODELS, ids=lambda m: m._meta.model_name)
def test_it_answers_the_changelist_and_change_form_of_each_model(staff_client, model):
    """Every admin page of the project opens for a staff user, with a row in it."""
    opts = model._meta
    factory = FACTORIES.get(opts.model_name)
    if factory is None:  # a model without a factory gets a row from its agreement
        obj = model.objects.create(
            agreement=factories.AgreementFactory(), deadline_key="agreement:1", window="30", sent_to="a@b.c"
        )
    else:
        obj = factory()

    changelist = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    change = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    add = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))

    assert changelist.status_code == 200
    assert change.status_code == 200
    assert add.status_code == 200
    assert str(obj) in changelist.content.decode()


def test_it_finds_organizations_by_autocomplete(staff_client):
    """The organisation autocomplete matches aliases as well as names."""
    factories.OrganizationFactory(name="새솔전자㈜", aliases=["SSE"])
    factories.OrganizationFactory(name="한빛시")
    url = reverse("admin:autocomplete")

    response = staff_client.get(
        url,
        {"term": "sse", "app_label": "agreements", "model_name": "participation", "field_name": "organization"},
    )

    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["새솔전자㈜"]

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def agreement_with_parts(count):
    agreement = factories.AgreementFactory()
    for i in range(count):
        organization = factories.OrganizationFactory(name=f"기관{i:02d}")
        factories.ParticipationFactory(
            agreement=agreement,
            organization=organization,
            signatory=factories.PersonFactory(name=f"서명{i:02d}"),
        )
        factories.BudgetFactory(agreement=agreement, funder=organization)
        factories.TargetFactory(agreement=agreement)
        factories.CommitmentFactory(agreement=agreement, organization=organization)
    return agreement


def change_url(agreement):
    return reverse("admin:agreements_agreement_change", args=[agreement.pk])


@pytest.mark.parametrize("parts", [1, 12])
def test_it_opens_an_agreement_in_the_same_number_of_queries_however_many_parts(
    parts, staff_client, django_assert_num_queries
):
    """Each inline row's organization and signatory come with the row, not one query each."""
    agreement = agreement_with_parts(parts)
    staff_client.get(change_url(agreement))  # warm the session

    # session, user, agreement (+its parties for the list columns), participations, budgets,
    # targets, commitments, each with the organizations and people they name; the staff an owner
    # is chosen from
    with django_assert_num_queries(9):
        response = staff_client.get(change_url(agreement))

    assert response.status_code == 200


def test_it_shows_each_rows_organization_and_signatory_as_chosen(staff_client):
    """The autocompletes still show who each row names, selected, and nothing else."""
    agreement = agreement_with_parts(3)

    html = staff_client.get(change_url(agreement)).content.decode()

    for i in range(3):
        organization = agreement.participations.get(organization__name=f"기관{i:02d}").organization
        assert f'<option value="{organization.pk}" selected>기관{i:02d}</option>' in html
        assert f"selected>서명{i:02d}" in html
    assert html.count("selected>기관00</option>") == 3  # its party, its budget's funder, its commitment


def test_it_shows_a_changed_choice_that_came_back_with_an_error(staff_client):
    """A row whose organization a person changed shows the new choice when the form is refused."""
    agreement = agreement_with_parts(1)
    participation = agreement.participations.get()
    other = factories.OrganizationFactory(name="새로고른기관")
    response = staff_client.get(change_url(agreement))
    data = response.context["adminform"].form.initial.copy()
    form_data = {}
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for field in management:
            form_data[field.html_name] = field.value()
        for form in formset.formset.forms:
            for field in form:
                value = field.value()
                if value is not None and value is not False:
                    form_data[field.html_name] = value
    form_data["participations-0-organization"] = other.pk
    form_data.update({"title": "", "kind": data["kind"], "status": data["status"]})  # title missing: refused
    form_data["participations-0-id"] = participation.pk

    refused = staff_client.post(change_url(agreement), form_data)

    assert refused.status_code == 200
    assert f'<option value="{other.pk}" selected>새로고른기관</option>' in refused.content.decode()


def test_it_gives_the_title_a_box_wide_enough_for_a_long_title(staff_client):
    """An agreement's long title is shown whole, in the admin's wide text box."""
    agreement = factories.AgreementFactory(title="전북 AI 데이터센터 구축 및 운영 업무협약")

    form = staff_client.get(change_url(agreement)).context["adminform"].form

    assert form.fields["title"].widget.attrs["class"] == "vLargeTextField"
    assert 'maxlength="300"' in str(form["title"])

"""Which incoming part a part a person kept stands for, when a corrected document reorders its parts."""

import copy

import pytest
from django.urls import reverse

from agreements.loader import load_extraction
from agreements.models import Agreement, Budget, ImportConflict, Participation
from agreements.review import conflict_resolve
from tests.adminforms import change_form_data
from tests.factories import OrganizationFactory
from tests.test_reimport import load_confirmed

pytestmark = pytest.mark.django_db

EOK = 100_000_000  # 억


def page(sha, text, budgets):
    """An article of `text` with one agreement whose budgets are the given words, spans and all."""

    def budget(words):
        start = text.index(words)
        return {
            "text": words,
            "amount_krw": int(words.removesuffix("억원")) * EOK,
            "span": [start, start + len(words)],
        }

    agreement = {
        "title": "한빛시 새솔전자 투자협약",
        "kind": "investment",
        "budgets": [budget(w) for w in budgets],
    }
    article = {
        "headline": "한빛시, 새솔전자와 투자협약",
        "text": text,
        "is_agreement": True,
        "agreements": [agreement],
    }
    return {"file": "p.txt", "sha256": sha, "articles": [article]}


def correct_budget(client, budget, amount):
    """A person corrects a budget's amount on its admin page, which locks it."""
    url = reverse("admin:agreements_budget_change", args=[budget.pk])
    data = change_form_data(client.get(url))
    data["amount_krw"] = amount
    assert client.post(url, data).status_code == 302
    budget.refresh_from_db()
    assert budget.locked
    return budget


def amounts():
    return sorted(Budget.objects.values_list("amount_krw", flat=True))


def test_it_pairs_a_corrected_budget_by_its_place_when_a_budget_is_inserted_before_it(staff_client):
    """A new budget ahead of a corrected one is added; the conflict names the corrected one's new words."""
    load_extraction(page("a" * 64, "사업비는 국비 100억원과 민자 200억원이다.", ["100억원", "200억원"]))
    untouched = Budget.objects.get(source_text="100억원")
    kept = correct_budget(staff_client, Budget.objects.get(source_text="200억원"), "250억원")

    report = load_confirmed(
        page(
            "b" * 64,
            "사업비는 시비 50억원, 국비 100억원과 민자 210억원이다.",
            ["50억원", "100억원", "210억원"],
        )
    )

    assert amounts() == [50 * EOK, 100 * EOK, 250 * EOK]
    assert Budget.objects.get(pk=kept.pk).amount_krw == 250 * EOK
    assert Budget.objects.get(amount_krw=100 * EOK).pk == untouched.pk
    assert not Budget.objects.get(amount_krw=50 * EOK).locked
    conflict = ImportConflict.objects.get()
    assert conflict.field == f"budget:{kept.pk}"
    assert (conflict.kept_value, conflict.incoming_value) == (
        "사업비: 250억 원 (200억원)",
        "사업비: 210억 원 (210억원)",
    )
    assert report.conflicts == 1


def test_it_pairs_a_corrected_budget_by_its_place_when_the_budgets_are_reordered(staff_client):
    """The budget list comes back in another order: the corrected budget meets its own counterpart."""
    load_extraction(
        page("a" * 64, "국비 100억원, 민자 200억원, 시비 300억원.", ["100억원", "200억원", "300억원"])
    )
    kept = correct_budget(staff_client, Budget.objects.get(source_text="200억원"), "250억원")

    load_confirmed(
        page("b" * 64, "시비 310억원, 국비 100억원, 민자 210억원.", ["310억원", "100억원", "210억원"])
    )

    assert amounts() == [100 * EOK, 250 * EOK, 310 * EOK]  # the unlocked 300억 follows the document
    conflict = ImportConflict.objects.get()
    assert (conflict.field, conflict.incoming_value) == (f"budget:{kept.pk}", "사업비: 210억 원 (210억원)")


def test_it_prefers_a_budgets_words_to_its_place(staff_client):
    """A corrected budget whose words come back elsewhere in the text is paired by its words."""
    load_extraction(page("a" * 64, "국비 100억원, 민자 200억원.", ["100억원", "200억원"]))
    kept = correct_budget(staff_client, Budget.objects.get(source_text="200억원"), "250억원")

    load_confirmed(page("b" * 64, "민자 200억원, 국비 110억원.", ["200억원", "110억원"]))

    assert amounts() == [110 * EOK, 250 * EOK]
    conflict = ImportConflict.objects.get()
    assert (conflict.field, conflict.incoming_value) == (f"budget:{kept.pk}", "사업비: 200억 원 (200억원)")


def test_it_accepts_the_conflict_of_a_reordered_budget_into_the_same_row(staff_client):
    """Accepting the conflict writes the counterpart's amount and words into the person's row."""
    load_extraction(page("a" * 64, "사업비는 국비 100억원과 민자 200억원이다.", ["100억원", "200억원"]))
    kept = correct_budget(staff_client, Budget.objects.get(source_text="200억원"), "250억원")
    text = "사업비는 시비 50억원, 국비 100억원과 민자 210억원이다."
    load_confirmed(page("b" * 64, text, ["50억원", "100억원", "210억원"]))

    conflict_resolve(conflict=ImportConflict.objects.get(), accept=True, by=staff_client.user)

    kept.refresh_from_db()
    assert (kept.amount_krw, kept.source_text, kept.locked) == (210 * EOK, "210억원", True)
    assert text[kept.span_start : kept.span_end] == "210억원"
    assert amounts() == [50 * EOK, 100 * EOK, 210 * EOK]


# --- parties --------------------------------------------------------------------------------------


def mou():
    return Agreement.objects.get(kind="mou")


def corrected(extraction, change):
    """The sample page as a corrected document would bring it (another sha256)."""
    data = copy.deepcopy(extraction)
    data["sha256"] = "c" * 64
    change(data["articles"][0]["agreements"][0])
    return data


def correct_party(client, agreement, name, organization):
    """A person says, in the agreement's form, that the party read as `name` is `organization`."""
    participation = Participation.objects.get(agreement=agreement, source_text=name)
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    data = change_form_data(client.get(url))
    prefix = next(
        k.removesuffix("-id")
        for k, v in data.items()
        if k.startswith("participations-") and k.endswith("-id") and v == str(participation.pk)
    )
    data[f"{prefix}-organization"] = str(organization.pk)
    assert client.post(url, data).status_code == 302
    participation.refresh_from_db()
    assert participation.locked
    return participation


def parties(agreement):
    return sorted(
        Participation.objects.filter(agreement=agreement).values_list("organization__name", flat=True)
    )


CORRECTED_PARTIES = ["㈜KT 전남전북광역본부", "전주시", "전북특별자치도", "한국마이크로소프트(유)"]


def test_it_pairs_a_corrected_party_by_its_words_when_a_party_is_inserted_before_it(
    sample_extraction, staff_client
):
    """A new first party is added; the person's organisation stays and the conflict names the party's words."""
    load_extraction(sample_extraction)
    region = OrganizationFactory(name="전북특별자치도")
    kept = correct_party(staff_client, mou(), "㈜전북에이아이데이터센터", region)

    report = load_confirmed(
        corrected(
            sample_extraction, lambda d: d["parties"].insert(0, {"name": "완주군", "kind": "government"})
        )
    )

    assert parties(mou()) == sorted([*CORRECTED_PARTIES, "완주군"])
    assert Participation.objects.get(pk=kept.pk).organization == region
    conflict = ImportConflict.objects.get(field=f"participation:{kept.pk}")
    assert conflict.kept_value == "참여 기관: 전북특별자치도 (협약 당사자), 이정천"
    assert conflict.incoming_value == "참여 기관: ㈜전북에이아이데이터센터 (협약 당사자), 이정천"
    assert report.conflicts == 1


def test_it_pairs_a_corrected_party_by_its_words_when_the_parties_are_reordered(
    sample_extraction, staff_client
):
    """The corrected party moves to the end of the list: it still meets its own words, not its neighbour."""
    load_extraction(sample_extraction)
    kept = correct_party(
        staff_client, mou(), "㈜전북에이아이데이터센터", OrganizationFactory(name="전북특별자치도")
    )

    load_confirmed(corrected(sample_extraction, lambda d: d["parties"].append(d["parties"].pop(1))))

    assert parties(mou()) == sorted(CORRECTED_PARTIES)
    conflict = ImportConflict.objects.get()
    assert conflict.field == f"participation:{kept.pk}"
    assert conflict.incoming_value.startswith("참여 기관: ㈜전북에이아이데이터센터 (협약 당사자)")

"""The search box on SQLite (LIKE) and PostgreSQL (bigram index, then the word itself): issue 11."""

import pytest
from django.test import override_settings
from django.urls import reverse

from agreements.filters import AgreementFilter
from agreements.models import Agreement
from people.search import grams, text_grams
from tests.factories import AgreementFactory, BudgetFactory, OrganizationFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


def titles(query):
    agreement_filter = AgreementFilter({"q": query}, queryset=Agreement.objects.all())
    assert agreement_filter.is_valid(), agreement_filter.errors
    return sorted(a.title for a in agreement_filter.qs)


def test_it_splits_words_into_their_bigrams():
    """Each word gives its pairs of characters, lowercased; a single character gives none."""
    assert grams("업무협약") == ["무협", "업무", "협약"]
    assert grams("AI") == ["ai"]
    assert grams("시") == []
    assert text_grams("청년 협약", "", "청년") == "청년 협약"


def test_it_finds_a_two_syllable_word():
    """'협약' is found in a title whatever stands around it, and nowhere else."""
    AgreementFactory(title="가온시 청년창업 업무협약식")
    AgreementFactory(title="나래군 협약")
    AgreementFactory(title="다솜구 상생 약속")

    assert titles("협약") == ["가온시 청년창업 업무협약식", "나래군 협약"]


def test_it_finds_a_three_syllable_word_in_a_title_a_place_or_a_site():
    """'데이터' in the title, the place of signing or the site of the project."""
    AgreementFactory(title="빅데이터 활용 협약")
    AgreementFactory(title="장소", place="데이터허브 3층")
    AgreementFactory(title="위치", location="별빛시 데이터단지")
    AgreementFactory(title="데이 터 따로")

    assert titles("데이터") == ["빅데이터 활용 협약", "위치", "장소"]


def test_it_finds_nothing_from_bigrams_out_of_order():
    """'나다 가나' holds both bigrams of '가나다' but not the word: no match."""
    AgreementFactory(title="나다 가나 협약")
    AgreementFactory(title="가나다라 협약")

    assert titles("가나다") == ["가나다라 협약"]


def test_it_finds_an_agreement_by_a_word_of_a_party():
    """A party's name holding the word finds the agreement, even when its title does not."""
    party = OrganizationFactory(name="㈜새온데이터")
    ParticipationFactory(agreement=AgreementFactory(title="물류 협약"), organization=party)
    AgreementFactory(title="다른 협약")

    assert titles("데이터") == ["물류 협약"]
    assert titles("(주)새온") == ["물류 협약"]  # the legal form written another way


def test_it_finds_an_agreement_by_an_alias_added_later():
    """An alias a person adds to an organisation finds its agreements at once."""
    party = OrganizationFactory(name="한누리에너지공사")
    ParticipationFactory(agreement=AgreementFactory(title="발전소 협약"), organization=party)
    assert titles("누리파워") == []

    party.aliases = ["누리파워"]
    party.save()

    assert titles("누리파워") == ["발전소 협약"]


def test_it_needs_every_word_but_each_may_be_in_the_title_or_a_party():
    """'해상풍력 솔빛' finds the agreement with one word in its title and the other in a party."""
    party = OrganizationFactory(name="솔빛에너지")
    ParticipationFactory(agreement=AgreementFactory(title="해상풍력 협약"), organization=party)
    AgreementFactory(title="해상풍력 단지 협약")
    ParticipationFactory(agreement=AgreementFactory(title="태양광 협약"), organization=party)

    assert titles("해상풍력 솔빛") == ["해상풍력 협약"]


def test_it_follows_an_edited_title():
    """After the title changes, the old word no longer finds the agreement and the new one does."""
    agreement = AgreementFactory(title="스마트팜 협약")
    agreement.title = "수소충전소 협약"
    agreement.save()

    assert titles("스마트팜") == []
    assert titles("충전") == ["수소충전소 협약"]


def test_it_finds_a_single_character_and_latin_letters_in_any_case():
    """One character reads the text itself; 'ai' finds 'AI'."""
    AgreementFactory(title="AI 협약", place="강당")
    AgreementFactory(title="로봇 협약", place="회의실")

    assert titles("당") == ["AI 협약"]
    assert titles("ai") == ["AI 협약"]


@pytest.mark.parametrize("count", [3, 30])
def test_it_searches_in_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    """A search of two words costs the same queries with 3 or 30 agreements."""
    party = OrganizationFactory(name="솔빛데이터")
    for n in range(count):
        ParticipationFactory(agreement=AgreementFactory(title=f"데이터 협약 {n}"), organization=party)

    # the data version (page cache), the count with the budget sum (the search as subqueries), the
    # page, its participations, the party choices, the department choices.
    with django_assert_num_queries(6):
        response = client.get(reverse("agreements:list") + "?q=데이터 협약")

    assert response.context["page"].paginator.count == count


@override_settings(SEARCH_COUNT_LIMIT=50)
def test_it_says_a_search_matched_more_than_it_counted_and_shows_no_partial_total(client):
    """Past the limit a search's count reads 'N건 이상', with no budget total and no last page; a
    page further on counts further, and the count is exact again when it reaches the end."""
    for n in range(51):
        BudgetFactory(agreement=AgreementFactory(title=f"데이터 협약 {n}"), amount_krw=100_000_000)
    AgreementFactory(title="다른 협약")
    url = reverse("agreements:list") + "?q=데이터"

    first = client.get(url).content.decode()
    last = client.get(url + "&page=2").content.decode()

    assert "협약 50건 이상" in first
    assert "50건까지만 셉니다" in first
    assert "사업비 합계 " not in first
    assert "page=2" in first and "끝" not in first
    assert "협약 51건" in last and "건 이상" not in last
    assert "사업비 합계 51억 원" in last


def test_it_counts_a_search_exactly_below_the_limit(client):
    """A search that matches fewer agreements than the limit shows their number and total."""
    for n in range(3):
        BudgetFactory(agreement=AgreementFactory(title=f"데이터 협약 {n}"), amount_krw=200_000_000)

    text = client.get(reverse("agreements:list") + "?q=데이터").content.decode()

    assert "협약 3건" in text and "건 이상" not in text
    assert "사업비 합계 6억 원" in text


def test_it_follows_a_title_edited_on_an_agreement_loaded_without_its_bigrams():
    """An agreement read with only some columns still saves the bigrams of its new title."""
    agreement = AgreementFactory(title="스마트팜 협약")
    partial = Agreement.objects.defer("search_grams", "summary").get(pk=agreement.pk)
    partial.title = "수소충전소 협약"
    partial.save()

    assert titles("충전") == ["수소충전소 협약"]
    assert titles("스마트팜") == []


def test_it_finds_organisations_and_agreements_inserted_in_bulk():
    """Rows inserted many at a time with their bigrams (bench/seed.py does) are stored and found."""
    organizations = OrganizationFactory._meta.model.objects.bulk_create(
        [
            OrganizationFactory.build(name=name, normalized_name=name, search_grams=text_grams(name))
            for name in ("가온데이터", "나래물산", "다솜에너지연구원")
        ]
    )
    agreements = Agreement.objects.bulk_create(
        [Agreement(title=title, search_grams=text_grams(title)) for title in ("빅데이터 협약", "물류 협약")]
    )
    ParticipationFactory(agreement=agreements[1], organization=organizations[0])

    assert titles("데이터") == ["물류 협약", "빅데이터 협약"]

"""General forms the twenty-seventh round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

from agreements.ingest.article import extract_article
from tests.articles import people_of, signers

# --- signings told one after another -----------------------------------------------------------------

TWO_PAIRS = (
    "다온군은 관내 기업 두 곳과 마을 두 곳이 '1사1촌 자매결연'을 각각 맺었다고 21일 밝혔다.\n"
    "군에 따르면 지난 18일 오전에는 표고 가공업체 솔향버섯(대표 구민철)과 하늘면 참나무골마을(이장 석대호)이 "
    "마을회관에서 협약서를 주고받았고, 같은 날 오후에는 누리청과(대표 안세린)와 하늘면 별빛마을(이장 모창훈)이 "
    "마을 경로당에서 따로 결연식을 가졌다.\n"
    "결연을 맺은 기업과 마을은 일손 돕기와 특산물 구매로 교류를 이어 간다.\n"
)


def test_two_twinnings_told_in_one_sentence_are_two_agreements_of_their_own_pairs():
    """'… A(대표 NAME)와 OO면 B마을(이장 NAME)이 … 협약서를 주고받았고, 같은 날 오후에는 C(대표 NAME)와
    OO면 D마을(이장 NAME)이 … 결연식을 가졌다': two ceremonies, each pair its own agreement, the day shared.
    Before: one agreement of the first village alone, the second pair's heads among its people."""
    is_agreement, agreements = extract_article(TWO_PAIRS, headline=None, subheadline=None, published=None)

    assert is_agreement
    assert [[p["name"] for p in a["parties"] if p["role"] == "party"] for a in agreements] == [
        ["솔향버섯", "참나무골마을"],
        ["누리청과", "별빛마을"],
    ]
    assert {(p["name"], p["org"]) for p in agreements[1]["people"]} == {("안세린", "누리청과"), ("모창훈", "별빛마을")}
    assert agreements[1]["title"] == "누리청과·별빛마을 결연"


def test_a_firm_its_head_in_brackets_vouches_for_signs_with_the_village_after_it():
    """'A(대표 NAME)와 B마을이 … 결연식을 가졌다': a firm with no legal mark, named only by its head's
    bracket, is the village's partner. Before: the village signed alone."""
    text = "지난 4일 잣 가공업체 푸른숲잣(대표 하은결)과 가을면 단풍골마을(이장 봉기수)이 자매결연식을 가졌다.\n"

    assert signers(text) == ["푸른숲잣", "단풍골마을"]
    assert ("하은결", "대표", "푸른숲잣") in people_of(text)


def test_exchanging_the_signed_copies_told_in_the_past_is_a_signing():
    """'… 협약서를 주고받았다': the signed copies exchanged. Before, only '교환했다' and '주고받는다'-less forms
    were read as a signing and the page was no agreement."""
    text = "나래시 청년센터와 ㈜봄길커피가 지난 2일 청년 바리스타 양성 협약서를 주고받았다.\n"

    assert signers(text) == ["나래시 청년센터", "㈜봄길커피"]


def test_a_county_that_tells_of_two_others_twinning_is_no_signer():
    """'가람군은 ㈜A와 B마을이 자매결연을 맺었다고 9일 밝혔다': the pair is the subject of the signing, the
    county only tells of it. Before: the county signed beside them."""
    text = "가람군은 ㈜한울식품과 물푸레마을이 지난 6일 자매결연을 맺었다고 9일 밝혔다.\n"

    assert signers(text) == ["㈜한울식품", "물푸레마을"]


def test_a_county_whose_ceremony_a_pair_attends_still_signs():
    """Guard (passes before the round too): '가람군은 A와 B가 참석한 가운데 … 협약을 맺었다' — the pair is
    the subject of '참석한', the county of the signing."""
    text = "가람군은 ㈜한울식품과 물푸레마을이 참석한 가운데 지난 6일 ㈜다온유통과 판로 협약을 맺었다고 9일 밝혔다.\n"

    assert "가람군" in signers(text)


def test_the_county_a_signing_is_told_according_to_is_no_signer():
    """'군에 따르면 지난 3일 ㈜A와 B마을이 … 맺었다': who the news comes from. Before: the county signed."""
    text = "나래군은 지역 상생 사업을 넓히고 있다고 5일 밝혔다.\n군에 따르면 지난 3일 ㈜가온테크와 솔밭마을이 자매결연을 맺었다.\n"

    assert signers(text) == ["㈜가온테크", "솔밭마을"]

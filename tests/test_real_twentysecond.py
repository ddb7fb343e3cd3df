"""General forms the twenty-second round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

from agreements.ingest.article import extract_article
from tests.articles import people_of, signers

DAY = datetime.date(2031, 4, 22)


def detected(text, headline=None):
    return extract_article(text, headline=headline, subheadline=None, published=DAY)[0]


# --- a body with its branch ---------------------------------------------------------------------


def test_an_institutions_regional_office_is_one_party_when_kiwi_reads_no_name_in_it():
    """'산림복지공단 서부지역본부': a 공단 of common words (Kiwi finds no proper noun in it) with its
    regional office is one body, an institution, and its head's org is the office."""
    text = (
        "소라군은 21일 군청에서 늘봄농협, 산림복지공단 서부지역본부, ㈜다솜에너지와 마을 태양광 사업 "
        "업무협약을 체결했다. 이날 한경수 소라군수와 노태준 산림복지공단 서부지역본부장이 서명했다.\n"
    )
    assert "산림복지공단 서부지역본부" in signers(text)
    assert "서부지역본부" not in signers(text)


def test_a_branch_named_for_its_city_after_an_institution_is_one_party():
    """'국토안전공단 가온지사와': the institution's branch, not a firm called '가온지사'."""
    text = "소라시는 21일 국토안전공단 가온지사와 노후 교량 점검 협력 업무협약을 체결했다.\n"
    assert signers(text) == ["소라시", "국토안전공단 가온지사"]


def test_a_village_body_is_named_with_the_housing_estate_it_serves():
    """'OO마을3단지 자율방범대', 'OO아파트 부녀회': the estate is part of the body's name."""
    text = (
        "소라경찰서는 21일 늘봄지구대와 해오름마을2단지 자율방범대가 생활안전 업무협약을 맺었다고 밝혔다. "
        "이에 앞서 소라시 솔내동 행정복지센터는 푸른숲아파트 부녀회와 나눔 협약을 맺었다.\n"
    )
    assert "해오름마을2단지 자율방범대" in signers(text)


def test_a_housing_estate_alone_is_no_party():
    """Guard: an estate named where the pact is signed is a place, not a signer."""
    text = "소라경찰서는 21일 해오름마을2단지 관리사무소 회의실에서 늘봄지구대와 생활안전 업무협약을 맺었다.\n"
    assert not any("해오름마을2단지" in name for name in signers(text))

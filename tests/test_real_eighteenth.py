"""General forms the eighteenth round's real development pages (dev42 and dev43, scored unread and then
read) showed the extractor missing, tried with sentences written for the purpose: invented bodies,
people, figures and wording (places only where a rule rests on the gazetteer, and not the pages' own).
Each test fails on the code before the round except the guards written with their rules."""

import datetime

from tests.articles import only_agreement

DAY = datetime.date(2025, 10, 14)


def party_names(text: str) -> list[str]:
    return [p["name"] for p in only_agreement(text, published=DAY)["parties"] if p["role"] == "party"]


# --- who takes part, listed after the signing ---------------------------------------------------


def test_a_participation_list_of_small_local_bodies_names_each_one():
    """'업무협약에는 A, B, C 및 D 지회, E회, F대와 G 배달업체가 참여했다': the list fills the count the signing
    sentence gave; names of several words, one joined by '및', and the last pair joined by '와' are
    each a signer."""
    text = (
        "나래소방서는 9일 회의실에서 관내 7개 기관·단체와 '안전한 마을 만들기 업무협약'을 체결했다.\n"
        "이날 업무협약에는 나래소방서, ㈜한빛버스, 화물 및 용달 나래지회, 안전지킴이회, 어머니봉사회, "
        "청년방범대와 다온 나래 배달대행이 참여했다.\n"
    )
    names = set(party_names(text))
    assert {"㈜한빛버스", "화물 및 용달 나래지회", "안전지킴이회", "어머니봉사회", "청년방범대", "다온 나래 배달대행"} <= names


def test_a_participation_list_of_people_with_titles_names_no_bodies():
    """Guard: '협약식에는 NAME 회장, NAME 대표, NAME 대장이 참여했다' lists people, not bodies."""
    text = (
        "나래소방서는 9일 회의실에서 관내 3개 기관·단체와 '안전한 마을 만들기 업무협약'을 체결했다.\n"
        "이날 협약식에는 김하나 지킴이회장, 이두리 봉사회 대표, 박세나 방범대장이 참여했다.\n"
    )
    names = set(party_names(text))
    assert not any(name.startswith(("김하나", "이두리", "박세나")) for name in names), names


# --- places the signing sentence only counts, named earlier -------------------------------------


def test_three_cities_counted_as_the_signers_are_the_cities_the_lead_named():
    """'김제·정읍·남원시 시장 협의회' in the lead, then '이에 3개 시는 … 협약을 체결했다': the counted cities
    are the three the article named, each in full."""
    text = (
        "김제·정읍·남원시 시장협의회가 3일 김제시청에서 열렸다.\n"
        "회의에는 세 시의 시장과 부서장 40여 명이 참석해 공동사업 6건을 점검했다.\n"
        "이에 3개 시는 관광 상품 공동 판매를 내용으로 하는 '서남권 관광 협력 협약'을 체결했다.\n"
    )
    assert {"김제시", "정읍시", "남원시"} <= set(party_names(text))


def test_three_cities_counted_in_words_are_the_cities_named_before():
    """'A시와 B시, C시는 … 출범시켰다. … 협약 체결식에서 세 도시는 … 약속했다': the three cities sign."""
    text = (
        "김포시와 광명시, 김제시는 오늘 도시 연합 '한누리동맹'을 출범시켰습니다.\n"
        "광명시청에서 열린 한누리동맹 상생협력 협약 체결식에서 세 도시는 관광과 산업 교류를 넓히자고 약속했습니다.\n"
    )
    assert {"김포시", "광명시", "김제시"} <= set(party_names(text))


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

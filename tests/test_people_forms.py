"""People in the orders real articles name them (agreements/ingest/people.py, people_forms.py);
fictional names throughout."""

from agreements.ingest.article import extract_article


def people_of(text):
    is_agreement, agreements = extract_article(text, headline=None, subheadline=None, published=None)
    assert is_agreement
    return {(p["name"], p["title"], p["org"]) for p in agreements[0]["people"]}


def test_heads_listed_with_a_counted_group_are_people():
    """'NAME 가람시장 등 6개 시·군 단체장': the list goes on after the title."""
    text = (
        "누리도는 12일 도청에서 한누리 누리도지사와 서하늘 가람시장 등 6개 시·군 단체장과 "
        "13개 기업 대표가 참여한 가운데 투자협약을 체결했다."
    )
    assert ("서하늘", "가람시장", "가람시") in people_of(text)


def test_a_governor_named_with_a_bare_title_is_a_person_of_the_province():
    """'NAME 지사는 …': the governor of the province the article names."""
    text = "누리도가 기업 유치에 나섰다. 한누리 지사는 10일 도청에서 ㈜다온정밀과 투자협약(MOU)을 체결했다."
    assert ("한누리", "지사", "누리도") in people_of(text)


def test_a_head_named_with_a_party_kiwi_does_not_know():
    """'NAME 다온 대표이사와' and '다온 NAME 대표이사': the party is the head's body, in both orders."""
    text = "가람시는 7일 시청에서 누리테크, 다온 2개사와 투자협약을 가졌다. 이날 협약은 서하늘 가람시장과 누리테크 윤바다 사장, 다온 최산들 대표이사 등과 이뤄졌다."
    people = people_of(text)
    assert ("최산들", "대표이사", "다온") in people
    assert ("윤바다", "사장", "누리테크") in people


def test_an_officers_rank_is_no_part_of_the_name():
    """'누리지원단(단장 NAME 대령)': the rank after the name is dropped."""
    text = "가람군(군수 한누리)과 육군 누리지원단(단장 서하늘 대령)은 3일 군청에서 업무협약을 체결했다."
    assert ("서하늘", "단장", "누리지원단") in people_of(text)

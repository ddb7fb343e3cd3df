"""The gazetteer in extraction: public bodies known by name, heads signing for their bodies, places
that are not people (sentences written for these tests; unknown names still read by their endings)."""

from tests.articles import agreement_of, people_of


def parties_of(text):
    return [(p["name"], p["kind"], p["role"]) for p in agreement_of(text)["parties"]]


def test_it_knows_a_public_enterprise_named_without_an_ending():
    """'한국수력원자력' ends like no organisation; the gazetteer knows it is a public institution."""
    text = "가람시는 3일 시청에서 한국수력원자력과 '수소 협력 업무협약'을 체결했다."
    assert ("한국수력원자력", "public_institution", "party") in parties_of(text)


def test_it_keeps_a_public_enterprise_written_with_a_company_mark_public():
    """'한국남부발전㈜' is written like a company but is a public institution."""
    text = "누리군은 5일 군청에서 한국남부발전㈜와 '태양광 상생 협약'을 체결했다."
    assert ("한국남부발전㈜", "public_institution", "party") in parties_of(text)


def test_it_reads_latin_short_names_of_public_bodies():
    text = "새솔시는 12일 LH, K-water와 '스마트 물관리 협약'을 체결했다."
    parties = parties_of(text)
    assert ("LH", "public_institution", "party") in parties
    assert ("K-water", "public_institution", "party") in parties


def test_it_takes_a_short_form_for_the_body_named_in_full():
    """'한전' later in the article is 한국전력공사, not another body."""
    text = "새솔군은 한국전력공사와 '전력망 협약'을 체결했다. 한전은 변전소를 짓는다."
    parties = agreement_of(text)["parties"]
    assert [p["name"] for p in parties] == ["새솔군", "한국전력공사"]
    assert "한전" in parties[1]["aliases"]


def test_it_takes_the_bodies_of_heads_who_sign():
    """'A 전남지사와 B 광주시장은 … 체결했다': the province and the city are the parties."""
    text = "김가람 전남지사와 박누리 광주시장은 5일 '광역 교통망 협약'을 체결했다."
    assert parties_of(text) == [("전남도", "government", "party"), ("광주시", "government", "party")]


def test_it_takes_the_article_name_for_the_body_a_head_heads():
    """A governor's body is called as the article calls it elsewhere ('경상북도', not '경북도')."""
    text = (
        "임하늘 경북지사와 조바다 ㈜다온전자 대표는 9일 '이차전지 공장 투자협약'을 체결했다.\n\n"
        "경상북도는 인허가를 지원한다."
    )
    assert [p[0] for p in parties_of(text)] == ["경상북도", "㈜다온전자"]


def test_it_takes_an_education_office_for_its_superintendent():
    text = "박하늘 경남교육감과 최바다 창원시장은 2일 '돌봄 교실 협약'을 맺었다."
    assert parties_of(text) == [("경남교육청", "government", "party"), ("창원시", "government", "party")]


def test_it_reads_heads_of_places_the_gazetteer_does_not_know_by_their_endings():
    text = "홍길동 가람시장과 이누리 새솔군수는 8일 '상생 발전 협약'을 체결했다."
    assert [p[0] for p in parties_of(text)] == ["가람시", "새솔군"]


def test_it_names_a_ward_several_cities_share_by_its_city():
    """'울산 중구청장': 중구 is a ward of six cities; the place before it says which, and the place is
    no part of the person's name."""
    text = "박하늘 울산 중구청장과 김바다 ㈜다온 대표는 7일 '원도심 상생 협약'을 체결했다."
    assert [p[0] for p in parties_of(text)] == ["울산광역시 중구", "㈜다온"]
    assert ("박하늘", "중구청장", "울산광역시 중구") in people_of(text)


def test_it_does_not_take_a_governor_who_attends_for_a_party():
    during = "김누리 경기도지사가 참석한 가운데 가람시와 ㈜다온은 9일 '물류 협약'을 체결했다."
    after = "가람시는 9일 ㈜다온과 '물류 협약'을 체결했다.\n\n협약식에는 김누리 경기도지사가 참석했다."
    for text in (during, after):
        assert [p[0] for p in parties_of(text)] == ["가람시", "㈜다온"]


def test_it_does_not_take_a_branch_office_for_a_governor():
    """'한국관광공사 강원지사' is the branch of a public institution, not the governor of 강원."""
    text = "누리시는 21일 한국관광공사 강원지사, ㈜다온항공과 '관광객 유치 협약'을 맺었다."
    parties = parties_of(text)
    assert ("한국관광공사 강원지사", "public_institution", "party") in parties
    assert not any(name.startswith("강원") for name, _, _ in parties)


def test_it_keeps_a_regional_office_and_its_branch_as_one_body():
    """'OO공사 OO지역본부 OO지사', and its short form later, are one party."""
    text = (
        "누리시는 지난 3일 한국농어촌공사 새솔지역본부 누리지사와 '저수지 공원 위·수탁 협약'을 체결했다.\n\n"
        "농어촌공사 누리지사는 실시설계와 공사 발주를 맡는다."
    )
    parties = agreement_of(text)["parties"]
    assert [p["name"] for p in parties] == ["누리시", "한국농어촌공사 새솔지역본부 누리지사"]
    assert parties[1]["kind"] == "public_institution"


def test_it_reads_the_employer_of_a_public_enterprise_head():
    text = (
        "누리군은 4일 한국남동발전과 '에너지 복지 협약'을 체결했다.\n\n"
        "협약식에는 김하늘 누리군수, 박바다 한국남동발전 사장이 참석했다."
    )
    assert ("박바다", "사장", "한국남동발전") in people_of(text)

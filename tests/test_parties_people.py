"""People who act for the parties: heads, deputies and branch heads, foreign and masked names, and
which body each one is given (fictional names throughout)."""

import pytest

from tests.test_parties import agreement_of, party_names, people_of


def test_it_reads_a_deputy_governor_as_a_person_not_a_branch():
    """'NAME OO도 경제부지사' is a person; no party '…경제부지사'."""
    text = (
        "가람시와 새솔도는 지난 9일 ㈜다온바이오와 '공장 신설 투자협약'을 체결했다.\n\n"
        "협약식에는 한지석 가람시장, 오민하 새솔도 경제부지사, 남궁현 대표 등이 참석했다."
    )
    agreement = agreement_of(text)
    assert not any("부지사" in p["name"] for p in agreement["parties"])
    assert ("오민하", "경제부지사", "새솔도") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_gives_a_branch_head_the_branch_as_employer():
    """'NAME OO공사 OO지사장' works at 'OO공사 OO지사', which is there through its branch only."""
    text = (
        "누리군은 지난 2일 군청에서 한빛농업공사 누리지사와 '논 재배 확대 업무협약'을 체결했다.\n\n"
        "이날 협약식에는 한수정 누리군수와 마동길 한빛농업공사 누리지사장이 참석했다."
    )
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == ["누리군", "한빛농업공사 누리지사"]
    people = {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    assert ("마동길", "누리지사장", "한빛농업공사 누리지사") in people


def test_it_reads_a_foreign_name_of_two_words():
    """'(대표 NAME NAME)' and 'NAME NAME 대표' give one person with the whole name and the company."""
    text = (
        "가람시는 24일 시청에서 다온케미칼 유한회사(대표 요하네스 크뤼거)와 '공장 투자협약'을 체결했다.\n\n"
        "협약식에는 한지석 가람시장과 요하네스 크뤼거 대표 등이 참석했다."
    )
    agreement = agreement_of(text)
    assert "다온케미칼 유한회사" in [p["name"] for p in agreement["parties"]]
    people = {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    assert ("요하네스 크뤼거", "대표", "다온케미칼 유한회사") in people
    assert not any(p["name"] in ("크뤼거", "요하네스") for p in agreement["people"])


def test_it_reads_a_masked_name():
    """A press release may mask a name with circles: '홍○○ 군수' is a person."""
    text = (
        "누리군(군수 한○○)은 지난 2일 군청에서 새솔농업협동조합과 '재배 확대 업무협약'을 체결했다.\n\n"
        '한○○ 군수는 "농가 소득을 높이겠다"고 말했다.'
    )
    people = people_of(text)
    assert ("한○○", "군수", "누리군") in people


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("협약식에는 한결조선 마도윤 사장이 참석했다.", ("마도윤", "사장", "한결조선㈜")),
        ("협약식에는 재단 측에서 구나래 대표이사가 참석했다.", ("구나래", "대표이사", "새솔복지재단")),
        (
            "협약식에는 누리대학교 산학협력단의 석하람 교수 연구팀이 참석했다.",
            ("석하람", "교수", "누리대학교 산학협력단"),
        ),
    ],
)
def test_it_reads_the_body_named_before_a_person(sentence, person):
    """A body before the name: a short form, '재단 측에서', or 'OO단의 NAME 교수'."""
    text = (
        "가람시는 2일 시청에서 한결조선㈜, 새솔복지재단, 누리대학교 산학협력단과 '조선 인력 업무협약'을 체결했다.\n\n"
        + sentence
    )
    assert person in people_of(text)


def test_it_gives_a_city_department_head_the_city():
    """'NAME OO시 경제산업본부장' works for the city, not for a body '…본부'."""
    text = "누리시는 5일 ㈜다온은행과 '소상공인 금융 업무협약'을 체결했다.\n\n노하진 누리시 경제산업본부장은 \"힘이 되길 바란다\"고 말했다."
    assert ("노하진", "경제산업본부장", "누리시") in people_of(text)


def test_it_does_not_join_a_word_to_a_korean_name():
    """'새솔 김하늘 대표' is 김하늘; only a foreign name runs over two words."""
    text = "가람시는 5일 ㈜다온소재와 '소재 공장 투자협약'을 체결했다.\n\n협약식에는 새솔 김하늘 대표가 참석했다."
    assert {p["name"] for p in agreement_of(text)["people"]} >= {"김하늘"}
    assert not any(" " in p["name"] for p in agreement_of(text)["people"])


def test_it_reads_a_bracketed_head_with_a_compound_title():
    """'(은행장 NAME)' names the bank's head, as '(대표 NAME)' names a company's."""
    text = "새솔시와 누리은행(은행장 임도현)은 12일 시청에서 '지역 일자리 창출을 위한 업무협약'을 맺었다."
    agreement = agreement_of(text)
    assert ("임도현", "은행장", "누리은행") in {
        (p["name"], p["title"], p["org"]) for p in agreement["people"]
    }


def test_it_gives_a_deputy_head_the_body_of_the_article():
    """'NAME 부군수' is the county's deputy head: the org is the county, not a body '부군'."""
    text = (
        "가람군은 지난 4일 군청에서 '관광 기본계획 수립 용역' 착수보고회를 개최했다.\n\n"
        "이날 보고회에는 하경수 부군수를 비롯해 관계 공무원 등 20여명이 참석했다."
    )
    assert ("하경수", "부군수", "가람군") in people_of(text)


def test_it_reads_a_foreign_name_with_a_one_syllable_given_name_and_no_lawmaker():
    """'존 스미스 OO전자 대표' is one person of two words; 'NAME 국회의원' attends for no party, so is
    no person of the agreement (bench/real/LABELLING.md: guests are not people)."""
    text = (
        "누리시는 24일 시청에서 한빛전자와 '반도체 공장 투자협약'을 체결했다.\n\n"
        "이날 협약식에는 박수민 국회의원과 존 스미스 한빛전자 대표 등이 참석했다."
    )
    people = people_of(text)
    assert "박수민" not in {name for name, _title, _org in people}
    assert ("존 스미스", "대표", "한빛전자") in people


def test_it_gives_a_company_head_the_one_company_that_takes_part():
    """'NAME 대표는 …' with one company among the parties heads that company."""
    text = (
        "가람시는 9일 시청에서 ㈜다온바이오와 '백신 공장 투자협약'을 체결했다.\n\n"
        '남궁현 대표는 "지역과 함께 성장하겠다"고 말했다.'
    )
    assert ("남궁현", "대표", "㈜다온바이오") in people_of(text)


def test_it_takes_an_attending_branch_head_for_the_branch():
    """'NAME OO공사 OO지역본부장이 참석했다': the branch attends, not the whole body."""
    text = (
        "가람시와 ㈜한결바이오는 지난 9일 시청에서 '공장 신설 투자협약'을 체결했다.\n\n"
        "협약식에는 오하늘 가람시장과 정하나 한빛농업공사 새솔지역본부장이 참석했다."
    )
    roles = {p["name"]: p["role"] for p in agreement_of(text)["parties"]}
    assert roles.get("한빛농업공사 새솔지역본부") == "participant" and "한빛농업공사" not in roles


def test_it_does_not_take_a_companys_short_name_for_a_given_name():
    """'다온 스미스 대표' of ㈜다온바이오 is 스미스, not a person '다온 스미스'."""
    text = (
        "가람시는 9일 시청에서 ㈜다온바이오와 '백신 공장 투자협약'을 체결했다.\n\n"
        "협약식에는 오하늘 가람시장과 다온 스미스 대표가 참석했다."
    )
    assert not any(p["name"].startswith("다온") for p in agreement_of(text)["people"])


def test_it_reads_the_branch_head_of_a_signing_company_as_its_own_person():
    """'NAME ㈜다온푸드 가람본부장이 참석': ㈜다온푸드 signs, so its 본부 is not another party and the
    person works for the party (as 'NAME OO시 경제산업본부장' works for the city)."""
    text = (
        "가람시교육청은 26일 가람구, ㈜다온푸드와 '돌봄 업무협약'을 체결했다.\n\n"
        "협약식에는 오하늘 가람시교육감과 편도윤 가람구청장, 성민호 ㈜다온푸드 가람본부장이 참석했다."
    )
    agreement = agreement_of(text)
    assert [p["name"] for p in agreement["parties"]] == ["가람시교육청", "가람구", "㈜다온푸드"]
    assert ("성민호", "가람본부장", "㈜다온푸드") in people_of(text)


def test_it_reads_a_governor_named_by_the_provinces_short_name():
    """'NAME 전남지사' is the governor of 전라남도, not a branch called 전남지사; 'OO공단 경남지사' is one."""
    text = (
        "전라남도와 가람시는 26일 '탄소중립 협약'을 체결했다. "
        "협약식에는 명하늘 전남지사와 오다온 가람시장, 한빛공단 경남지사 관계자가 참석했다."
    )
    assert ("명하늘", "전남지사", "전라남도") in people_of(text)
    assert "명하늘 전남지사" not in party_names(text)


def test_it_reads_no_second_person_inside_one_already_read():
    """'NAME 한빛 누리지사장': the body's short name after the person is no one's name."""
    text = (
        "누리시는 29일 시청에서 한빛전력공사 누리지사, 누리상인회와 '상생협약'을 체결했다.\n\n"
        "협약식에는 서다온 누리시 부시장과 어경민 한빛 누리지사장 등이 참석했다."
    )
    names = [p["name"] for p in agreement_of(text)["people"]]
    assert names == ["서다온", "어경민"]


def test_a_name_that_ends_like_a_district_before_a_title_is_a_person():
    """'가람상인회 박동구 회장': 박동구 is a person, not a district that attends."""
    text = (
        "가람시는 4일 시청에서 ㈜다온유통과 상생협약을 체결했다. "
        "이날 협약식에는 가람상인회 박동구 회장이 참석했다."
    )
    assert "박동구" not in party_names(text)


def test_a_photo_credit_is_never_part_of_an_employer():
    """'… 박새봄 새솔공사 사장 <사진=새솔공사> |' and '(사진=다온병원 제공)': '사진=' ends a word, so no
    person is given '사진=새솔공사' as the body they work for."""
    text = (
        "새솔공사와 다온병원은 9일 공공의료 협력을 위한 업무협약을 체결했다.\n\n"
        "(왼쪽)박새봄 새솔공사 사장, 오하늘 다온병원 병원장 <사진=새솔공사> |\n\n"
        "양 기관은 의료 취약지에 순회 진료를 함께 운영한다. (사진=다온병원 제공)"
    )
    orgs = {org for _, _, org in people_of(text)}
    assert orgs and not any(org and "사진" in org for org in orgs)


def test_staff_listed_after_their_head_work_for_the_heads_body():
    """'NAME 군수, NAME 부군수, NAME 기획감사실장과 NAME 새솔은행장' and 'NAME 병원장을 비롯한 NAME
    공공부원장, NAME 사무국장이 … NAME 새솔시장과 NAME 보건소장, NAME 보건정책과장을 만나': each of
    the staff works for the body of the head listed before them; the next head starts a body of its own."""
    text = (
        "가람군과 새솔은행은 17일 군청에서 박하늘 군수, 안다온 부군수, 이정훈 기획감사실장과 최누리 "
        "새솔은행장 등이 참석한 가운데 금고업무 취급 약정 체결식을 열었다.\n\n"
        "이날 다온대병원 정새롬 병원장을 비롯한 윤재석 공공부원장, 한지민 사무국장이 새솔시청을 방문해 "
        "김태양 새솔시장과 오세진 보건소장, 강민호 보건정책과장을 만났다."
    )
    people = {name: (title, org) for name, title, org in people_of(text)}
    assert people["이정훈"] == ("기획감사실장", "가람군")
    assert people["최누리"][1] == "새솔은행"
    assert people["윤재석"] == ("공공부원장", "다온대병원") and people["한지민"] == ("사무국장", "다온대병원")
    assert people["오세진"] == ("보건소장", "새솔시") and people["강민호"] == ("보건정책과장", "새솔시")


def test_a_market_whose_name_ends_like_a_mayors_title_is_no_person():
    """'… 인정된 다온 도깨비시장과 새솔마트 …': '다온' is no mayor of a city called '도깨비시'."""
    text = (
        "가람시 다온도깨비시장과 새솔마트가 시의 주선하에 상생발전을 약속했다.\n\n"
        "가람시는 11일 시청에서 다온도깨비시장과 새솔마트 가람점 관계자 등이 참석한 가운데 상생 업무협약을 "
        "체결했다. 박하늘 가람시장은 좋은 상생모델이 되길 바란다고 말했다.\n\n"
        "협약식에는 올해 전통시장으로 인정된 다온 도깨비시장과 새솔마트 가람점 관계자들이 참석해 서명했다."
    )
    assert {name for name, _, _ in people_of(text)} == {"박하늘"}


def test_a_farm_named_before_its_heads_name_is_the_body_not_part_of_the_name():
    """'다온마리아농장 최베드로 대표': the farm is a company and the head is 최베드로, not a foreign name
    of two words."""
    text = (
        "15일 가람군청에서 가람군과 건강식품 제조업체 다온마리아농장의 63억원 규모 투자협약이 체결됐다. "
        "박영호 군수(왼쪽 세번째)와 다온마리아농장 최베드로 대표(왼쪽 두번째)를 비롯한 관계자들이 "
        "기념사진을 찍고 있다."
    )
    assert ("최베드로", "대표", "다온마리아농장") in people_of(text)


def test_deputies_and_bare_titles_work_for_the_body_their_title_names():
    """'NAME 다온시부시장' works for 다온시 (not '다온시부시'), 'NAME 새솔부군수' for 새솔군; a bare 서장,
    교육장 or 총장 for the one fire station, education office or university that signs; a bare 회장
    for the one firm when no association takes part."""
    text = (
        "가람소방서와 누리대학교, 가람교육지원청, ㈜다온정밀은 9일 재난대응 협력 협약을 체결했다.\n\n"
        "이날 협약식에는 염종수 서장, 변창호 총장, 최도훈 교육장, 이형준 회장과 "
        "이장우 다온시부시장, 김성민 새솔부군수가 참석했다."
    )
    people = {name: org for name, _, org in people_of(text)}
    assert people["이장우"] == "다온시" and people["김성민"] == "새솔군"
    assert people["염종수"] == "가람소방서" and people["변창호"] == "누리대학교"
    assert people["최도훈"] == "가람교육지원청" and people["이형준"] == "㈜다온정밀"


def test_a_head_named_after_the_province_works_for_the_county_the_title_names():
    """'권익수 전라북도 부안군수는': the county of the title, not the province written before it; a
    qualified deputy ('NAME 행정부시장') is no head of a city called '행정시'."""
    text = (
        "서울특별시는 27일 전라북도 부안군과 상생발전을 위한 우호교류협약을 화상으로 체결했다. "
        "권익수 전라북도 부안군수는 부안군청에서 비대면으로 함께 했다. 방수현 행정부시장이 서명했다."
    )
    people = {name: org for name, _, org in people_of(text)}
    assert people["권익수"] == "부안군"
    assert people["방수현"] != "행정시"


def test_a_council_named_with_its_city_is_the_body_of_its_chair():
    """'NAME 가람시 구청장협의회장': the council of the city's district heads, a body of its own."""
    text = (
        "다온시는 9일 가람시, 가람시 구청장협의회와 상생 협약을 체결했다. 이날 협약식에는 이장수 "
        "다온시부시장, 박원호 가람시장, 성장훈 가람시 구청장협의회장이 참석했다."
    )
    people = {name: org for name, _, org in people_of(text)}
    assert people["성장훈"] == "가람시 구청장협의회" and people["박원호"] == "가람시"


def test_a_places_education_office_and_council_are_named_by_their_heads_titles():
    """'NAME 청도교육장' heads 청도교육지원청, 'NAME 청도 군의장' 청도군의회 (so, its county signing, the
    chair attends as a guest and is no person of the agreement); a city's 경제부시장 stays the city's."""
    text = (
        "청도군과 대구한의대는 9일 교육발전특구 협약을 체결했다. 이날 협약식에는 김하준 청도군수, "
        "이시훈 청도교육장, 김효석 청도 군의장, 나승훈 청도군 경제부군수가 참석했다."
    )
    people = {name: org for name, _, org in people_of(text)}
    assert people["이시훈"] == "청도교육지원청" and "김효석" not in people
    province = "누리대와 제주특별자치도교육청은 협약을 맺었다. 협약식에는 김광호 제주특별자치도 교육감이 참석했다."
    assert ("김광호", "교육감", "제주특별자치도교육청") in people_of(province)
    assert people["나승훈"] == "청도군"


def test_a_community_chest_is_a_body_and_its_chair_works_for_it():
    """'NAME 가람사회복지공동모금회장': the chest (…모금회) is an association, the chair its head."""
    text = (
        "가람구는 9일 구청에서 가람사회복지공동모금회와 복지 사각지대 발굴 협약을 체결했다. "
        "이날 협약식에는 김정호 구청장과 조건수 가람사회복지공동모금회장이 참석했다."
    )
    assert ("조건수", "가람사회복지공동모금회장", "가람사회복지공동모금회") in people_of(text)
    assert {"가람구", "가람사회복지공동모금회"} <= set(party_names(text))

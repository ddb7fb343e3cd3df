"""Signers named after the signing sentence or only by a head's bare title, in forms real pages
use (issue 10); invented names throughout, real place names only where the gazetteer is the point."""

import datetime

from agreements.ingest.article import extract_article
from tests.articles import agreement_of, people_of, signers


def test_a_body_glued_to_the_end_of_the_sentence_before():
    """'…나섰다.가람시설공단, …': a missing space after a sentence's end does not make the body's name
    start with the verb."""
    text = "가람시는 주민 복지를 위해 힘을 모으기로 나섰다.가람시설공단, 누리복지재단과 9일 업무협약을 체결했다."
    assert signers(text) == ["가람시", "가람시설공단", "누리복지재단"]


def test_a_governors_bare_title_names_the_province_of_the_articles_cities():
    """'NAME 지사는 … NAME 구미시장, … 체결했다' with no province named: 구미시 is in 경상북도, whose
    governor signs; the governor works for it."""
    text = "박하람 지사는 5일 도청에서 김하늘 구미시장, 이다온 해솔전자 대표와 투자협약을 체결했다."
    assert signers(text) == ["경상북도", "구미시", "해솔전자"]
    assert ("박하람", "지사", "경상북도") in people_of(text)
    # cities of two provinces leave the governor's province unknown
    text = "박하람 지사는 5일 도청에서 김하늘 구미시장, 이다온 천안시장과 교류 협약을 체결했다."
    assert "경상북도" not in signers(text)


def test_firms_counted_besides_one_are_named_in_a_later_list():
    """'㈜A 외 2개 업체와' counts two firms besides A; '… 업체는 B와 C 2곳이다' names them."""
    text = (
        "누리군은 21일 군청에서 ㈜해솔식품 외 2개 업체와 투자협약을 체결했다. "
        "새로 투자하는 업체는 가온산업(주)와 한결중공업(주) 2곳이다."
    )
    assert signers(text) == ["누리군", "㈜해솔식품", "가온산업(주)", "한결중공업(주)"]
    text = (
        "누리군은 21일 군청에서 ㈜해솔식품 외 2개 업체와 투자협약을 체결했다. "
        "협약 업체는 ㈜해솔식품, 가온산업(주), 한결중공업(주)이다."
    )
    assert signers(text) == ["누리군", "㈜해솔식품", "가온산업(주)", "한결중공업(주)"]


def test_bodies_counted_in_the_signing_sentence_are_named_in_a_list_of_their_own():
    """'공공기관 4곳과 … 맺었다. 이전 기관은 A, B, C, D 등이다': the list names the four; a sentence
    that only mentions bodies inside its items ('A 견학과 B 실습 등이다') lists no signers."""
    text = (
        "가람도는 5일 도청에서 혁신도시로 이전한 공공기관 4곳과 지역인재 채용 협약을 맺었다. "
        "이전 기관은 한빛전력공사, 누리가스공사, 다온관광공사, 가온환경공단 등이다."
    )
    assert signers(text) == ["가람도", "한빛전력공사", "누리가스공사", "다온관광공사", "가온환경공단"]
    text = (
        "가람도는 5일 도청에서 혁신도시로 이전한 공공기관 4곳과 지역인재 채용 협약을 맺었다. "
        "주요 내용은 한빛전력공사 견학과 누리가스공사 실습 등이다."
    )
    assert signers(text) == ["가람도"]


def test_this_firm_invests_is_the_firm_named_before():
    """'B㈜는 … 기업이다. 이 기업은 100억원을 들여 …': '이 기업은' points back to the firm just named,
    which invests as a signer does."""
    text = (
        "누리시는 9일 시청에서 투자협약을 체결했다. "
        "한빛케미칼㈜은 바이오 소재를 만드는 기업이다. 이 기업은 100억원을 들여 공장을 짓는다."
    )
    assert "한빛케미칼㈜" in signers(text)


def test_a_marked_firms_name_goes_on_after_a_space():
    """'㈜OO엔지니어링 종합건설과': the trade word after a marked firm's name is the rest of its name."""
    text = "가람구는 4일 구청에서 한빛건설협회, ㈜해솔엔지니어링 종합건설과 지역업체 참여 활성화를 위한 협약을 체결했다."
    assert "㈜해솔엔지니어링 종합건설" in signers(text)


def test_a_person_before_a_short_body_name_and_a_title_works_there():
    """'NAME 경기경총 회장', 'NAME 해솔산업 대표': the proper noun between the name and the title is
    the body (경총 the clipped 경영자총협회), not a second name."""
    text = "가람시는 9일 시청에서 경기경영자총협회와 협약을 체결했다. 이날 박누리 경기경총 회장과 김하늘 가람시장이 서명했다."
    assert ("박누리", "회장", "경기경영자총협회") in people_of(text)
    text = "가람시는 9일 해솔산업과 투자협약을 체결했다. 이 자리에는 김하늘 가람시장, 이누리 해솔산업 대표가 참석했다."
    assert ("이누리", "대표", "해솔산업") in people_of(text)


def test_universities_counted_as_places_are_named_by_their_heads_who_attend():
    """'지역 대학 3곳과 … 체결했다. 협약식에는 NAME 교육감, NAME 가람교육대 총장, … 이 참석했다': each
    head's university, named only by its short form, is one of the three."""
    text = (
        "[가람=OO뉴스] 가람도교육청은 19일 지역 대학 3곳과 인적 교류를 위한 업무협약을 체결했다.\n"
        "이날 협약식에는 박하람 가람교육감, 김하늘 가람교육대 총장, 이누리 누리대 총장, 최다온 "
        "한빛교원대 총장이 참석했다."
    )
    assert signers(text) == ["가람도교육청", "가람교육대", "누리대", "한빛교원대"]


def test_hospitals_counted_in_the_lead_are_named_by_their_heads_attending():
    """'지역 병원 4곳과 … 협약을 체결했다' then '… 열린 협약식에는 NAME 가람대학교 새솔병원장, NAME
    가람가톨릭대학교 누리병원장, NAME 다온재활센터 원장, NAME 누리시의료원장 등이 참석했다': each head's
    body is a signer (a unit with its parent: the hospital of a university, not the university), each
    head works for it, and the ceremony's own day is the signing day."""
    text = (
        "가람구가 최근 지역 내 병원 4곳과 취약계층 의료봉사 협약을 체결했다고 14일 밝혔다.\n\n"
        "지난 11일 구청장실에서 열린 협약식에는 오하늘 구청장을 비롯해 박새봄 가람대학교 새솔병원장, "
        "최다온 가람가톨릭대학교 누리병원장, 정바다 다온재활센터 원장, 윤하람 누리시의료원장 등이 참석했다."
    )
    is_agreement, (agreement,) = extract_article(
        text, headline=None, subheadline=None, published=datetime.date(2031, 4, 14)
    )
    assert signers(text) == [
        "가람구",
        "가람대학교 새솔병원",
        "가람가톨릭대학교 누리병원",
        "다온재활센터",
        "누리시의료원",
    ]
    orgs = {p["name"]: p["org"] for p in agreement["people"]}
    assert orgs["박새봄"] == "가람대학교 새솔병원" and orgs["최다온"] == "가람가톨릭대학교 누리병원"
    assert agreement["signed_on"] == "2031-04-11"


def test_a_district_office_with_its_head_in_brackets_signs_in_a_list_of_universities():
    """'A대학교(총장 NAME)는 …, B구청(구청장 NAME), C대학교(총장 NAME)과 함께 … 협약을 체결했다': the
    office between the two bracketed heads is a signer, a government, and its head works for it."""
    text = (
        "누리여자대학교(총장 이윤서)는 3월 28일, 가람구청(구청장 박경수), 다온대학교(총장 오선미)과 "
        "함께 지역 현안 해결을 위한 업무협약을 체결했다."
    )
    agreement = agreement_of(text)
    assert signers(text) == ["누리여자대학교", "가람구청", "다온대학교"]
    assert {p["name"]: p["kind"] for p in agreement["parties"]}["가람구청"] == "government"
    assert ("박경수", "구청장", "가람구청") in {(p["name"], p["title"], p["org"]) for p in agreement["people"]}


def test_the_venues_province_and_the_projects_name_are_no_signers():
    """'… 경기도 안산에 있는 가람공사 누리관리단에서 … 협약을 체결했다' (the province tells where the
    venue is) and '… 다온신공항, 가람군 공간개발사업의 성공적인 추진을 위한 업무협약' (the airport names
    a project): neither is a party."""
    venue = (
        "13일 가람공사와 누리공사에 따르면 이날 경기도 안산에 있는 가람공사 누리관리단에서 "
        "'물 관리 상생협력 업무 협약'을 체결했다."
    )
    assert "경기도" not in signers(venue)
    project = (
        "가람군(군수 박진열)과 누리공사 다온지역본부(본부장 최광수)는 9일 가람군청에서 다온신공항, "
        "가람군 공간개발사업의 성공적인 추진을 위한 업무협약을 체결했다."
    )
    assert "다온신공항" not in signers(project) and "가람군" in signers(project)


def test_a_body_that_arranged_the_deal_between_others_takes_part_without_signing():
    """'…시장 상인회와 ㈜새솔마트, 다온유통이 시의 주선으로 … 협약을 맺었다': the city brought the three
    together; it attends, the three sign."""
    text = (
        "가람시장 상인회와 ㈜새솔마트, 다온유통㈜은 가람시의 주선으로 9일 시청에서 상생협력 협약을 체결했다."
    )
    roles = {p["name"]: p["role"] for p in agreement_of(text)["parties"]}
    assert roles.get("가람시") == "participant"
    assert [n for n, r in roles.items() if r == "party"] == ["가람시장 상인회", "㈜새솔마트", "다온유통㈜"]


def test_a_subject_with_no_partner_signs_with_the_bodies_whose_heads_attend():
    """'A공사는 … NAME A공사 사장, NAME 완도군수 등이 참석한 가운데 완도 앞바다풍력 추진을 위한 공동개발
    합의 각서를 체결했다': the county whose head attends (known to the gazetteer) is the partner;
    '완도' names the project."""
    text = (
        "누리에너지공사가 전남 완도군에 해상풍력발전단지를 조성한다.\n\n"
        "누리에너지공사는 지난 21일 완도군청에서 손정우 누리에너지공사 사장, 신우진 완도군수 등이 참석한 "
        "가운데 완도 앞바다풍력 추진을 위한 공동개발 합의 각서를 체결했다고 22일 밝혔다."
    )
    assert signers(text) == ["누리에너지공사", "완도군"]


def test_universities_counted_in_the_lead_are_named_by_their_heads_attending():
    """'가람시정연구원은 … 관내 3개 대학과 공동연구 업무 협약을 맺었다' then 'NAME 다온대 부총장, NAME
    새솔대 총장, NAME 누리대 총장 등 … 참석했다': the three universities sign, and no group party is
    left once all are named (the institute itself is none of the three)."""
    text = (
        "가람시정연구원은 21일 시청에서 관내 3개 대학과 공동연구 업무 협약을 맺었다고 밝혔다.\n\n"
        "이날 협약식에는 전준호 가람시정연구원장, 전병철 다온대 부총장, 한균석 새솔대 총장, "
        "김수호 누리대 총장 등 관계자 10여명이 참석했다."
    )
    assert signers(text) == ["가람시정연구원", "다온대", "새솔대", "누리대"]


def test_firms_counted_in_the_lead_are_named_where_they_invest_or_attend():
    """'가람도는 … 4개 기업과 … 투자협약을 했다' then 'A개발은 … 752억원을 투자해', 'B씨푸드가 … 55억원을
    투자해', 'C소금은 … 118억원을 투입해' (names Kiwi reads as common nouns) and '양오석 D기업(주) 대표
    등 4개 기업대표 … 등이 함께했다': all four sign and the count is then named."""
    text = (
        "가람도는 16일 도청에서 서남권 4개 기업과 관광 활성화를 위한 1천억 원 규모의 투자협약을 했다.\n\n"
        "누리개발은 가람군 일원에 2026년까지 640억원을 투자해 리조트를 건설한다. "
        "새솔 바이오산단에는 파랑씨푸드가 2024년까지 55억원을 투자해 공장을 만든다. "
        "바람소금은 2024년까지 118억원을 투입해 창고를 구축한다.\n\n"
        "이날 협약식에는 김영호 가람도지사와 양오석 다온기업(주) 대표 등 4개 기업대표가 함께했다."
    )
    names = signers(text)
    assert {"누리개발", "파랑씨푸드", "바람소금"} <= set(names) and any("다온기업" in n for n in names)
    assert "4개 기업" not in names


def test_offices_and_firms_with_their_heads_in_brackets_or_in_the_title():
    """'가람교육지원청(교육장 NAME)은 … 다온산업개발(대표이사 정민구)과 함께 … 협약을 체결한다': the
    office and the firm sign, the head's name (read by Kiwi as a 구) does not; 'NAME 위원장은 … NAME
    가람시장, NAME 가람경찰서장과 함께 … 체결했다': the police station its head names signs too."""
    first = (
        "가람교육지원청(교육장 최도훈)은 3월 16일 다온산업개발(대표이사 정민구)과 함께 학생 지원을 위해 "
        "업무협약(MOU)을 체결한다."
    )
    assert signers(first) == ["가람교육지원청", "다온산업개발"]
    second = (
        "신현우 가람자치경찰위원회 위원장은 지난 19일 가람시청에서 박형석 가람시장, 민경수 가람경찰서장과 "
        "함께 '치안 협력 강화를 위한 업무협약'을 체결했다고 20일 밝혔다."
    )
    assert "가람경찰서" in signers(second)


def test_bodies_listed_with_their_heads_names_in_brackets_sign_with_a_lone_subject():
    """'구는 … 상생협약을 체결했다. 이날 협약에는 가람큰시장(이형석), 다온 상점가(백경수)의 상인회장과
    새솔마트둔산점(오세훈), 월평점(김봉수) 점장 등 총 4명이 함께했다': each body signs, a branch written
    alone is the branch of the firm before it, and each name holds the group's title at its body."""
    text = (
        "구는 8일 구청 대회의실에서 '전통시장과 대형마트 상생협약'을 체결했다.\n\n"
        "이날 협약에는 가람큰시장(이형석), 다온 상점가(백경수)의 상인회장과 새솔마트둔산점(오세훈), "
        "월평점(김봉수) 점장 등 총 4명이 함께했다."
    )
    is_agreement, (agreement,) = extract_article(
        "가람구는 지역경제를 살리려 전통시장, 대형마트와 뜻을 모았다.\n\n" + text,
        headline=None,
        subheadline=None,
        published=None,
    )
    names = [p["name"] for p in agreement["parties"] if p["role"] == "party"]
    assert names == ["가람구", "가람큰시장", "다온 상점가", "새솔마트둔산점", "새솔마트 월평점"]
    people = {(p["name"], p["title"], p["org"]) for p in agreement["people"]}
    assert {("이형석", "상인회장", "가람큰시장"), ("김봉수", "점장", "새솔마트 월평점")} <= people


def test_signers_listed_where_the_article_says_who_takes_part():
    """'시는 … 이들 기관과 … 업무협약을 체결했다. 협약에는 A연구원, B공사, C공단 가람본부 등 3개
    공공기관이 참여했다': each listed body signs, whatever its ending and with its branch; '협약식에는
    A(대표 NAME), B(대표 NAME) 등 2개 기업이 참여했다' likewise; 'A, B 등 12개 기업' names two members of
    the group of twelve, which signs as one: the group signs, and so do the members named; one member
    named alone ('A 등 12개 기업') leaves the group whole."""
    text = (
        "가람시는 28일 시청에서 이들 기관과 '지역 건설산업 활성화 업무협약'을 체결했다.\n\n"
        "협약에는 다온경제연구원, 새솔석유공사, 누리도로공단 가람면허본부 등 3개 공공기관이 참여했다."
    )
    assert signers(text) == ["가람시", "다온경제연구원", "새솔석유공사", "누리도로공단 가람면허본부"]
    firms = (
        "가람군은 이날 군청에서 신규 투자 희망기업 협약식을 가졌다.\n\n"
        "협약식에는 대원엔엠(대표 김대석), 탑아이디(대표 정호준) 등 2개 기업이 참여했다."
    )
    assert signers(firms) == ["가람군", "대원엔엠", "탑아이디"]
    few = (
        "가람시는 12개 제조기업과 투자 협약을 체결했다.\n\n"
        "협약식에는 다솜, 한빛텍 등 12개 기업 대표가 참석했다."
    )
    assert signers(few) == ["가람시", "12개 제조기업", "다솜", "한빛텍"]
    assert signers(few.replace("다솜, 한빛텍 등", "다솜 등")) == ["가람시", "12개 제조기업"]


def test_a_group_counted_and_named_in_brackets_signs_member_by_member():
    """'가람시는 … 관내 3개 대학교(가람대학교, 다온대학교, 새솔도립대학교)와 … 협의회를 구성했다. …
    협약서를 체결, 총 7개 과제를 채택했다': the written agreement ('협약서를 체결') is an agreement, and
    the three universities the bracket names sign, one by one."""
    text = (
        "가람시(시장 김한석)는 26일 시청에서 관내 3개 대학교(가람대학교, 다온대학교, 새솔도립대학교)와 "
        "대학상생발전협의회를 구성하고 제1차 정례회를 개최했다.\n\n"
        "이번 정례회에서는 지역발전에 기여하기 위한 협약서를 체결, 총 7개 과제를 채택했다."
    )
    names = signers(text)
    assert names[-3:] == ["가람대학교", "다온대학교", "새솔도립대학교"] and "3개 대학교" not in names


def test_two_corporations_whose_names_share_letters_stay_two():
    """'가람도시공사, 가람도시철도공사와': each name is whole, neither a short form of the other."""
    text = (
        "가람마케팅공사는 20일 공사 대회의실에서 가람시설관리공단, 가람도시공사, 가람도시철도공사와 "
        "지역발전을 위한 업무협약을 체결했다고 밝혔다."
    )
    assert signers(text) == ["가람마케팅공사", "가람시설관리공단", "가람도시공사", "가람도시철도공사"]


def test_signers_listed_with_no_count_where_the_article_says_who_takes_part():
    """'이번 협약에는 가람도시공사, 누리정보산업진흥원, 가람레저·태권도조직위원회, 가람문화재단이
    참여했다': a list of bodies with the subject's particle on the last is the signers; a list of
    people ('협약식에는 NAME 시장, NAME 군수가 참석했다') names no body this way."""
    text = (
        "가람문화재단을 비롯한 가람지역 4개 공공기관이 25일 업무협약을 체결했다.\n\n"
        "이번 협약에는 가람도시공사, 누리정보산업진흥원, 가람레저·태권도조직위원회, 가람문화재단이 참여했다."
    )
    names = signers(text)
    assert {"가람도시공사", "누리정보산업진흥원", "가람레저·태권도조직위원회", "가람문화재단"} <= set(names)
    people = "가람시와 다온군은 9일 상생 협약을 맺었다.\n\n협약식에는 박하준 시장, 김도윤 군수가 참석했다."
    assert signers(people) == ["가람시", "다온군"]


def test_army_units_counted_in_the_lead_are_named_by_their_commanders():
    """'시는 … 지역 3개 군부대 및 기관과 … 업무협약을 체결했다' then '이날 협약은 가람군수사령부 NAME
    사령관과 제77보병사단 NAME 사단장, 국군가람병원 NAME 병원장이 참석했다': the units sign, whatever
    their kind, and each commander heads his unit."""
    text = (
        "가람시는 9일 오후 대회의실에서 지역 3개 군부대 및 기관과 '관·군협의회 업무협약'을 체결했다.\n\n"
        "이날 협약은 가람군수사령부 이정훈 사령관과 제77보병사단 김태영 사단장, 국군가람병원 손승호 "
        "병원장이 참석했다."
    )
    names = signers(text)
    assert {"가람군수사령부", "제77보병사단", "국군가람병원"} <= set(names)
    people = {(p["name"], p["title"], p["org"]) for p in agreement_of(text)["people"]}
    assert ("이정훈", "사령관", "가람군수사령부") in people and ("김태영", "사단장", "제77보병사단") in people


def test_a_body_in_the_name_of_the_event_is_no_signer():
    """'가람군은 … 열린 충남도와 시·군 합동 투자협약 체결식에서 2개 유망기업과 투자협약을 체결했다': the
    province names the event where the county signed; it does not sign this agreement."""
    text = (
        "가람군은 지난 17일 충남도청 대회의실에서 열린 충남도와 시·군 합동 투자협약 체결식에서 "
        "국내 유망기업 2개 사와 186억원 규모의 투자협약을 체결했다."
    )
    assert signers(text)[0] == "가람군" and "충남도" not in signers(text)
